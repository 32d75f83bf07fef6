import { clamp01, FeatureEvidence, FeatureResult } from './features/feature';

export const MATCH_TYPES = ['mentor', 'praksis', 'job', 'shortlist'] as const;
export type MatchType = (typeof MATCH_TYPES)[number];

/**
 * The features each match type computes, in the order components are listed. A weight profile
 * weighs exactly these (the seeded v1 profiles name the same ones, in this order).
 */
export const FEATURES: Record<MatchType, readonly string[]> = {
  mentor: ['shared_interests', 'semantic_interests', 'profession', 'semantic_profile', 'language', 'distance', 'capacity'],
  praksis: ['semantic', 'skills_must', 'skills_nice', 'occupation', 'norwegian', 'distance', 'recognition', 'employer_record', 'terms'],
  job: ['semantic', 'skills_must', 'skills_nice', 'occupation', 'norwegian', 'distance', 'recognition', 'terms'],
  shortlist: ['semantic', 'skills_must', 'skills_nice', 'occupation', 'norwegian', 'distance', 'recognition'],
};

export interface Component {
  feature: string;
  value: number;
  weight: number;
  contribution: number;
}

export interface Weighed {
  score: number;
  components: Component[];
}

export interface Scored extends Weighed {
  /** Per feature, the evidence the reasons are rendered from. */
  evidence: Record<string, FeatureEvidence>;
}

/** Feature values as they are weighed: each clamped into [0, 1]. What a ranking record keeps. */
export function featureValues(features: Record<string, FeatureResult>): Record<string, number> {
  return Object.fromEntries(Object.entries(features).map(([feature, result]) => [feature, clamp01(result.value)]));
}

/**
 * The one place a score is made: the sum of weight × value over the profile's features, so the
 * components explain it exactly. A live ranking, a reproduced one, a preview and an evaluation
 * all weigh through here, so they agree to the last bit.
 */
export function weigh(values: Record<string, number>, weights: Record<string, number>): Weighed {
  const components: Component[] = [];
  let score = 0;
  for (const [feature, weight] of Object.entries(weights)) {
    const value = values[feature];
    if (value === undefined) throw new Error(`The weight profile names a feature this match type does not compute: ${feature}`);
    const contribution = weight * value;
    components.push({ feature, value, weight, contribution });
    score += contribution;
  }
  return { score, components };
}

/**
 * The score alone, for scoring many pairs when the components are not shown (a cohort's
 * millions): the same sum in the same order as weigh(), so the same bits, without its objects.
 */
export function scoreOf(features: Record<string, FeatureResult>, weights: Record<string, number>): number {
  let score = 0;
  for (const feature in weights) {
    const result = features[feature];
    if (result === undefined) throw new Error(`The weight profile names a feature this match type does not compute: ${feature}`);
    score += weights[feature] * clamp01(result.value);
  }
  return score;
}

/** Each value in [0, 1], the contributions add up to the score; the evidence of each weighted feature is kept for the reasons. */
export function combine(features: Record<string, FeatureResult>, weights: Record<string, number>): Scored {
  const weighed = weigh(featureValues(features), weights);
  const evidence: Record<string, FeatureEvidence> = {};
  for (const c of weighed.components) evidence[c.feature] = features[c.feature].evidence;
  return { ...weighed, evidence };
}

/** Feature values of one ranked item, computed once and weighed under any profile. */
export interface FeatureRow {
  id: string;
  values: Record<string, number>;
}

/** Rows ranked under a profile's weights, best first, in the order a live ranking uses. */
export function rankRows(rows: FeatureRow[], weights: Record<string, number>): (FeatureRow & Weighed)[] {
  return rows.map((row) => ({ ...row, ...weigh(row.values, weights) })).sort(byScoreThenId);
}

/** Every feature of the match type, absent ones at 0, scaled to sum 1 so scores stay in [0, 1]. */
export function normaliseWeights(matchType: MatchType, raw: Record<string, number>): Record<string, number> {
  const total = FEATURES[matchType].reduce((sum, feature) => sum + (raw[feature] ?? 0), 0);
  if (!(total > 0) || !Number.isFinite(total)) throw new Error('Weights need at least one positive, finite value');
  return Object.fromEntries(FEATURES[matchType].map((feature) => [feature, (raw[feature] ?? 0) / total]));
}

/** Highest score first; equal scores in id order, so a ranking is reproducible. */
export const byScoreThenId = (a: { score: number; id: string }, b: { score: number; id: string }): number =>
  b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
