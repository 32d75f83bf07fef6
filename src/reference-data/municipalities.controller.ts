import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/auth.decorators';
import { MunicipalityDto, MunicipalitySearchDto } from './dto/municipality.dto';
import { ReferenceDataService } from './reference-data.service';

/** Kommuner by name or number, for every role: which Herøy is 1515 and which is 1818. */
@ApiTags('reference data')
@ApiBearerAuth()
@Controller('api/v1/municipalities')
@Roles('admin', 'coordinator', 'career_centre', 'employer')
export class MunicipalitiesController {
  constructor(private readonly referenceData: ReferenceDataService) {}

  /** Best first: the exact number, a number prefix, the kommune an old (2020–2023) number became, the name, a name prefix; then by population. */
  @Get()
  search(@Query() query: MunicipalitySearchDto): MunicipalityDto[] {
    return this.referenceData.searchMunicipalities(query.q, query.limit);
  }
}
