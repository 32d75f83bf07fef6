import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { CurrentPrincipal, Roles } from '../common/auth.decorators';
import type { Principal } from '../common/principal';
import { RecordIdPipe } from '../common/id.pipe';
import { AddSynonymDto, OccupationSearchResultView, SkillSearchResultView, SkillWithSynonymsView, SynonymDto, TaxonomySearchDto } from './dto/taxonomy.dto';
import { TaxonomyService } from './taxonomy.service';
import { ApiBodyExample } from '../common/openapi';
import { ADD_SYNONYM } from './dto/taxonomy.examples';

const skillId = new RecordIdPipe('skill');

/** Occupations (STYRK-08, with NAV and ESCO titles) and skills (ESCO, with Norwegian synonyms), for every role. */
@Controller('api/v1/taxonomy')
@Roles('admin', 'coordinator', 'career_centre', 'employer')
export class TaxonomyController {
  constructor(private readonly taxonomy: TaxonomyService) {}

  /** Ranked occupations for what was typed (prefix, NAV title, ESCO label, similar spelling), with their codes. */
  @Get('occupations')
  occupations(@Query() query: TaxonomySearchDto): Promise<OccupationSearchResultView[]> {
    return this.taxonomy.searchOccupations(query.q, query.limit);
  }

  /** Ranked skills for what was typed (prefix, synonym, similar spelling). */
  @Get('skills')
  skills(@Query() query: TaxonomySearchDto): Promise<SkillSearchResultView[]> {
    return this.taxonomy.searchSkills(query.q, query.limit);
  }

  @Get('skills/:id')
  skill(@Param('id', skillId) id: string): Promise<SkillWithSynonymsView> {
    return this.taxonomy.synonyms(id);
  }

  /** Admins grow the Norwegian vocabulary: a synonym makes free text with that word resolve to the skill. */
  @Post('skills/:id/synonyms')
  @Roles('admin')
  @ApiBodyExample(AddSynonymDto, ADD_SYNONYM)
  addSynonym(@CurrentPrincipal() actor: Principal, @Param('id', skillId) id: string, @Body() dto: AddSynonymDto): Promise<SynonymDto> {
    return this.taxonomy.addSynonym(actor, id, dto.label, dto.lang);
  }
}
