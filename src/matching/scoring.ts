import { clamp01, FeatureEvidence, FeatureResult } from './features/feature';

export type MatchType = 'mentor' | 'praksis' | 'job' | 'shortlist';

export interface Component {
  feature: string;
  value: number;
  weight: number;
  contribution: number;
}

export interface Scored {
  score: number;
  components: Component[];
  /** Per feature, the evidence the reasons are rendered from. */
  evidence: Record<string, FeatureEvidence>;
}

/**
 * The score is the sum of weight × value over the profile's features, so the components
 * explain it exactly: each value in [0, 1], the contributions add up to the score.
 */
export function combine(features: Record<string, FeatureResult>, weights: Record<string, number>): Scored {
  const components: Component[] = [];
  const evidence: Record<string, FeatureEvidence> = {};
  let score = 0;
  for (const [feature, weight] of Object.entries(weights)) {
    const result = features[feature];
    if (!result) throw new Error(`The weight profile names a feature this match type does not compute: ${feature}`);
    const value = clamp01(result.value);
    const contribution = weight * value;
    components.push({ feature, value, weight, contribution });
    evidence[feature] = result.evidence;
    score += contribution;
  }
  return { score, components, evidence };
}

/** Highest score first; equal scores in id order, so a ranking is reproducible. */
export const byScoreThenId = (a: { score: number; id: string }, b: { score: number; id: string }): number =>
  b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
