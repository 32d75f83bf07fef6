import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { OPENING_KINDS, OpeningKind } from '../../openings/entities/opening.entity';
import { ComponentView } from '../../rankings/dto/ranking.dto';
import type { MatchType } from '../../scoring/scoring';

export { ComponentView };

export class MatchQueryDto {
  @ApiPropertyOptional({ description: 'How many results, at most 50.', default: 10, minimum: 1, maximum: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit: number = 10;

  /** `true` adds `excluded`: who was left out, by which hard rule. */
  @IsOptional()
  @IsIn(['true', 'false'])
  explainExcluded?: 'true' | 'false';
}

export class OpeningMatchQueryDto extends MatchQueryDto {
  /** Which openings to rank: praksisplasser or jobs (each has its own weight profile). */
  @IsIn(OPENING_KINDS)
  kind: OpeningKind;
}

export class MentorSummary {
  id: string;
  fullName: string;
  mentorType: string;
  occupation: { title: string; code: string | null };
  municipalityCode: string;
}

export class OpeningSummary {
  id: string;
  organisationId: string;
  kind: OpeningKind;
  title: string;
  occupationCode: string | null;
  municipalityCode: string;
  status: string;
}

/**
 * What an employer sees of a candidate: competence, not identity. No name, gender, birth
 * year, country of origin, or free text that could carry them.
 */
export class AnonymousCandidate {
  /** Stable per employer organisation and candidate; reveals nothing by itself. */
  ref: string;
  skills: { label: string; evidence: string }[];
  experience: { title: string; years: number; occupationCode: string | null }[];
  education: { level: string; field: string; recognition: string }[];
  norwegianLevel: string | null;
  municipalityCode: string;
}

export class MatchResult {
  rank: number;
  score: number;
  mentor?: MentorSummary;
  opening?: OpeningSummary;
  candidate?: AnonymousCandidate;
  components: ComponentView[];
  reasons: string[];
}

export class ExcludedMatch {
  mentor?: MentorSummary;
  opening?: OpeningSummary;
  /** A shortlist names the excluded by reference only. */
  candidate?: { ref: string };
  rule: string;
  reason: string;
}

export class RankingView {
  /** The recorded ranking: `GET /api/v1/rankings/{id}` shows what was ranked and reproduces the scores. */
  id: string;
  matchType: MatchType;
  weightProfile: { id: string; version: number };
  results: MatchResult[];
  excluded?: ExcludedMatch[];
}

