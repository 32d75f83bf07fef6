import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsIn, IsInt, IsISO8601, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { MATCH_TYPES, MatchType } from '../../scoring/scoring';

/** Most queries a preview ranks, and its largest top-k. */
export const PREVIEW_MAX = 50;

export class PreviewDto {
  /** For mentor, praksis and job profiles: the candidates to rank for. Default: the 50 most recently registered who consent to matching. */
  @IsOptional()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(PREVIEW_MAX)
  @IsUUID(undefined, { each: true })
  candidateIds?: string[];

  /** For shortlist profiles: the openings whose candidates to rank. Default: the 50 most recently registered open openings. */
  @IsOptional()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(PREVIEW_MAX)
  @IsUUID(undefined, { each: true })
  openingIds?: string[];

  /** The top-k compared, at most 50. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(PREVIEW_MAX)
  limit: number = 10;
}

/** Which recorded outcomes to judge by: those that happened in this window (ISO 8601, both ends included). Default: all. */
export class OutcomeWindowDto {
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}

export class EvaluateDto extends OutcomeWindowDto {}

export class SuggestionQueryDto extends OutcomeWindowDto {
  @IsIn(MATCH_TYPES)
  matchType: MatchType;
}

export class RankedEntry {
  /** A mentor, opening or (shortlist) candidate id. */
  id: string;
  score: number;
}

export class Move {
  id: string;
  /** Place in the whole ranking under the active profile (1 = first). */
  rankBefore: number;
  /** Place under the previewed profile. */
  rankAfter: number;
  /** The component whose contribution changed most in the direction of the move, and by how much. */
  movedBy: { feature: string; change: number };
}

export class PreviewQuery {
  candidateId?: string;
  openingId?: string;
  /** Top-k under the active profile. */
  before: RankedEntry[];
  /** Top-k under the previewed profile. */
  after: RankedEntry[];
  /** Share of the before top-k still in the after top-k; null when nothing passed the hard rules. */
  overlap: number | null;
  /**
   * Kendall's tau-b over the union of both top-k lists, comparing each item's place in the
   * whole ranking under either profile: 1 the same order, −1 reversed; null under two items.
   */
  kendallTau: number | null;
  entered: Move[];
  left: Move[];
}

export class ProfileRef {
  id: string;
  version: number;
}

export class PreviewedProfileRef extends ProfileRef {
  /** `draft`, `active` or `retired`. */
  status: string;
}

export class PreviewView {
  matchType: MatchType;
  limit: number;
  profile: PreviewedProfileRef;
  active: ProfileRef;
  queries: PreviewQuery[];
  summary: { queries: number; meanOverlap: number | null; meanKendallTau: number | null };
}

export class Quality {
  /** Mean nDCG@10 over the queries, gains 2^grade − 1. */
  ndcg: number | null;
  /** Share of queries with a positive outcome in the top 10. */
  hitRate: number | null;
}

export class ProfileQuality extends ProfileRef {
  /** Mean nDCG@10 over the queries, gains 2^grade − 1. */
  ndcg: number | null;
  /** Share of queries with a positive outcome in the top 10. */
  hitRate: number | null;
}

export class EvaluatedProfile extends ProfileQuality {
  /** `draft`, `active` or `retired`. */
  status: string;
}

export class EvaluationView {
  matchType: MatchType;
  k: number;
  window: { from: string | null; to: string | null };
  /** Queries (candidates, or openings for shortlists) with a positive outcome that were ranked. */
  queries: number;
  /** Queries left out: the candidate or opening is gone, or the hard rules now leave nothing to rank. */
  skipped: number;
  profile: EvaluatedProfile;
  active: ProfileQuality;
}

export class SuggestionView {
  matchType: MatchType;
  /** Ready to send as `weights` of a new draft. */
  rawWeights: Record<string, number>;
  /** Normalised, as the draft would weigh. */
  weights: Record<string, number>;
  note: string;
  /** The active version the fit started from and is compared with. */
  basedOn: ProfileRef;
  window: { from: string | null; to: string | null };
  queries: { training: number; holdout: number; skipped: number };
  evaluation: { training: { suggested: Quality; active: Quality }; holdout: { suggested: Quality; active: Quality } };
}
