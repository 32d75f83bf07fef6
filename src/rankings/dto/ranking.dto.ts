import type { Role } from '../../common/principal';
import type { Component, MatchType } from '../../scoring/scoring';

/** One feature's part of a score: `contribution = value × weight`; the contributions sum to the score. */
export class ComponentView implements Component {
  /** The feature, e.g. `skills`, `occupation`, `norwegian`, `distance`. */
  feature: string;
  /** What the feature measured, 0–1. */
  value: number;
  /** Its weight in the active weight profile version. */
  weight: number;
  contribution: number;
}

export class RecordedResult {
  rank: number;
  mentorId?: string;
  openingId?: string;
  /** In a shortlist: the pseudonymous ref that was shown, never the candidate's id. */
  candidateRef?: string;
  /** The score as it was returned. */
  storedScore: number;
  /** The score weighed again from the recorded feature values under the profile version's weights. */
  score: number;
  components: ComponentView[];
}

export class RecordedRankingView {
  id: string;
  matchType: MatchType;
  /** What was ranked: a candidate's mentors or openings (the kind is the match type), or an opening's candidates. */
  request: { candidateId?: string; openingId?: string; limit: number };
  requestedBy: { keyId: string | null; role: Role; organisationId: string | null };
  createdAt: Date;
  weightProfile: { id: string; version: number; weights: Record<string, number> };
  results: RecordedResult[];
  /** Every reproduced score is within 1e-9 of the stored one. */
  reproduced: boolean;
}
