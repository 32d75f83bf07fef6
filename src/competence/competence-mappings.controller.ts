import { Body, Controller, Get, Headers, Param, Patch, Post } from '@nestjs/common';
import { CurrentPrincipal, Roles } from '../common/auth.decorators';
import type { Principal } from '../common/principal';
import { RecordIdPipe } from '../common/id.pipe';
import { ApiProblem, ApiBodyExample } from '../common/openapi';
import { CompetenceMappingsService } from './competence-mappings.service';
import { CompetenceMappingView, CreateCompetenceMappingDto, UpdateCompetenceMappingDto } from './dto/competence-mapping.dto';
import { CREATE_COMPETENCE_MAPPING, UPDATE_COMPETENCE_MAPPING } from './dto/competence-mapping.examples';
import { ApiIfMatch } from '../common/versions';

const candidateId = new RecordIdPipe('candidate');

/** Kompetansekartlegging: career centres record what a candidate can do; the candidate shows the merged state. */
@Controller('api/v1/candidates/:candidateId/competence-mappings')
export class CompetenceMappingsController {
  constructor(private readonly service: CompetenceMappingsService) {}

  @Post()
  @Roles('career_centre')
  @ApiBodyExample(CreateCompetenceMappingDto, CREATE_COMPETENCE_MAPPING)
  create(
    @CurrentPrincipal() actor: Principal,
    @Param('candidateId', candidateId) id: string,
    @Body() dto: CreateCompetenceMappingDto,
  ): Promise<CompetenceMappingView> {
    return this.service.create(actor, id, dto);
  }

  /** Every mapping session of the candidate, newest first. */
  @Get()
  @Roles('admin', 'career_centre', 'coordinator')
  list(@CurrentPrincipal() actor: Principal, @Param('candidateId', candidateId) id: string): Promise<CompetenceMappingView[]> {
    return this.service.list(actor, id);
  }

  /** Only the career centre that made the mapping may change it (403 for another centre). */
  @Patch(':mappingId')
  @Roles('career_centre')
  @ApiProblem(409, 'A missing or stale version: the mapping changed since you read it.')
  @ApiBodyExample(UpdateCompetenceMappingDto, UPDATE_COMPETENCE_MAPPING)
  @ApiIfMatch()
  update(
    @CurrentPrincipal() actor: Principal,
    @Param('candidateId', candidateId) id: string,
    @Param('mappingId', new RecordIdPipe('competenceMapping')) mappingId: string,
    @Body() dto: UpdateCompetenceMappingDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<CompetenceMappingView> {
    return this.service.update(actor, id, mappingId, dto, ifMatch);
  }
}
