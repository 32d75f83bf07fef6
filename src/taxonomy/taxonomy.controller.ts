import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/roles';
import { RecordIdPipe } from '../common/id.pipe';
import { AddSynonymDto, TaxonomySearchDto } from './dto/taxonomy.dto';
import type { OccupationSearchResult } from './occupation-taxonomy';
import type { SkillSearchResult } from './skill-taxonomy';
import type { SynonymView } from './taxonomy.repository';
import { TaxonomyService } from './taxonomy.service';

const skillId = new RecordIdPipe('skill');

/** Occupations (STYRK-08, with NAV and ESCO titles) and skills (ESCO, with Norwegian synonyms), for every role. */
@ApiTags('taxonomy')
@ApiBearerAuth()
@Controller('api/v1/taxonomy')
@Roles('admin', 'coordinator', 'career_centre', 'employer')
export class TaxonomyController {
  constructor(private readonly taxonomy: TaxonomyService) {}

  /** Ranked occupations for what was typed (prefix, NAV title, ESCO label, similar spelling), with their codes. */
  @Get('occupations')
  occupations(@Query() query: TaxonomySearchDto): Promise<OccupationSearchResult[]> {
    return this.taxonomy.searchOccupations(query.q, query.limit);
  }

  /** Ranked skills for what was typed (prefix, synonym, similar spelling). */
  @Get('skills')
  skills(@Query() query: TaxonomySearchDto): Promise<SkillSearchResult[]> {
    return this.taxonomy.searchSkills(query.q, query.limit);
  }

  @Get('skills/:id')
  skill(@Param('id', skillId) id: string): Promise<{ id: string; label: string; synonyms: SynonymView[] }> {
    return this.taxonomy.synonyms(id);
  }

  /** Admins grow the Norwegian vocabulary: a synonym makes free text with that word resolve to the skill. */
  @Post('skills/:id/synonyms')
  @Roles('admin')
  addSynonym(@CurrentPrincipal() actor: Principal, @Param('id', skillId) id: string, @Body() dto: AddSynonymDto): Promise<SynonymView> {
    return this.taxonomy.addSynonym(actor, id, dto.label, dto.lang);
  }
}
