import type { EmbeddedField, OwnerType } from '../embeddings/embedding-texts';
import type { SourceFilter } from '../embeddings/embeddings.repository';
import type { FeatureResult } from '../scoring/features/feature';
import type { HardRule } from '../scoring/hard-rules';
import type { MatchType } from '../scoring/scoring';
import type { ExcludedMatch, MatchResult } from './dto/match.dto';

/** A record's fate in one query: left out by a hard rule, or its features before any weights. */
export type Verdict = { rule: HardRule } | { features: Record<string, FeatureResult> };

/** Cosines of the ranked records to the query, per probe field. */
export type Cosines = Partial<Record<EmbeddedField, Map<string, number>>>;

/** What the two stages need to find and judge one query's records. */
export interface RankSpec<T extends { id: string }> {
  type: OwnerType;
  /** The query's vectors, each against one field of the ranked records. */
  probes: { field: EmbeddedField; vector?: string }[];
  filter: SourceFilter;
  /** Occupation groups (3-digit STYRK) whose records join the first stage whatever their text. */
  groups: string[];
  /** The records by id, with what judging them needs (places taken, employers' records): every read is here. */
  load(ids: string[]): Promise<T[]>;
  /** Hard rules first; the features only for who passes them. */
  judge(items: T[], cosines: Cosines): Promise<Map<string, Verdict>>;
  /**
   * The ids of the best `limit` records under the weights, found exactly over every record rather
   * than by the first stage, when the match type can (mentors: MentorCatalogue). They are then
   * judged as the first stage's would be; `limit` may come back longer with records a rule the
   * caller judges (its own mentorships) leaves out.
   */
  exactTop?(limit: number, profile: { key: string; weights: Record<string, number> }): Promise<string[]>;
}

/** One query of one match type: how to find and judge its records, and how to show them. */
export interface RankQuery<T extends { id: string }> extends RankSpec<T> {
  matchType: MatchType;
  subject: { candidateId: string; openingId: null } | { candidateId: null; openingId: string };
  present(item: T): Pick<MatchResult, 'mentor' | 'opening' | 'candidate'>;
  presentExcluded?(item: T): Pick<ExcludedMatch, 'mentor' | 'opening' | 'candidate'>;
  /** What the ranking record keeps of a result: its id, or in a shortlist the ref that was shown. */
  recordAs(item: T): string;
}

/** Who passed the hard rules, with their features before any weights, and who did not, by which rule. */
export interface Judged<T> {
  passed: { item: T; features: Record<string, FeatureResult> }[];
  excluded: { item: T; rule: HardRule }[];
}
