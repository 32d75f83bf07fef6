import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/roles';
import { RecordIdPipe } from '../common/id.pipe';
import { CompetenceMappingsService } from './competence-mappings.service';
import { CompetenceMappingView, CreateCompetenceMappingDto, UpdateCompetenceMappingDto } from './dto/competence-mapping.dto';

const candidateId = new RecordIdPipe('candidate');

/** Kompetansekartlegging: career centres record what a candidate can do; the candidate shows the merged state. */
@ApiTags('competence mappings')
@ApiBearerAuth()
@Controller('api/v1/candidates/:candidateId/competence-mappings')
export class CompetenceMappingsController {
  constructor(private readonly service: CompetenceMappingsService) {}

  @Post()
  @Roles('career_centre')
  create(
    @CurrentPrincipal() actor: Principal,
    @Param('candidateId', candidateId) id: string,
    @Body() dto: CreateCompetenceMappingDto,
  ): Promise<CompetenceMappingView> {
    return this.service.create(actor, id, dto);
  }

  /** Every mapping session of the candidate, newest first. */
  @Get()
  @Roles('admin', 'coordinator', 'career_centre')
  list(@CurrentPrincipal() actor: Principal, @Param('candidateId', candidateId) id: string): Promise<CompetenceMappingView[]> {
    return this.service.list(actor, id);
  }

  /** Only the career centre that made the mapping may change it (403 for another centre). */
  @Patch(':mappingId')
  @Roles('career_centre')
  update(
    @CurrentPrincipal() actor: Principal,
    @Param('candidateId', candidateId) id: string,
    @Param('mappingId', new RecordIdPipe('competenceMapping')) mappingId: string,
    @Body() dto: UpdateCompetenceMappingDto,
  ): Promise<CompetenceMappingView> {
    return this.service.update(actor, id, mappingId, dto);
  }
}
