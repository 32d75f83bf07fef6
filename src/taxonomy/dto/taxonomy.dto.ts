import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import type { MatchKind } from '../label-index';
import type { OccupationSearchResult } from '../occupation-taxonomy';
import type { SkillSearchResult } from '../skill-taxonomy';
import type { SynonymView } from '../taxonomy.repository';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsNotBlank, IsOmittable } from '../../common/validators';

export class TaxonomySearchDto {
  /** What the user typed: a prefix ("sveis"), a synonym, or a whole title or skill. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  q: string;

  @ApiPropertyOptional({ default: 10, minimum: 1, maximum: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit: number = 10;
}

export const SYNONYM_LANGS = ['nb', 'nn', 'en'] as const;

export class AddSynonymDto {
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  label: string;

  @ApiPropertyOptional({ enum: SYNONYM_LANGS, default: 'nb' })
  @IsOmittable()
  @IsIn(SYNONYM_LANGS)
  lang: (typeof SYNONYM_LANGS)[number] = 'nb';
}

export class OccupationSearchResultView implements OccupationSearchResult {
  /** STYRK-08 code. */
  code: string;
  /** The STYRK-08 title of the code. */
  title: string;
  /** The title that matched what was typed. */
  matched: string;
  via: 'styrk' | 'nav' | 'esco';
  kind: MatchKind | 'embedding';
  score: number;
}

export class SkillSearchResultView implements SkillSearchResult {
  id: string;
  /** The skill's own (ESCO) label. */
  label: string;
  /** The label or synonym meant. */
  matched: string;
  via: 'label' | 'synonym';
  kind: MatchKind | 'embedding';
  score: number;
}

export class SynonymDto implements SynonymView {
  id: string;
  skillId: string;
  label: string;
  lang: string;
  source: 'seed' | 'admin';
  createdAt: Date;
}

export class SkillWithSynonymsView {
  id: string;
  label: string;
  synonyms: SynonymDto[];
}
