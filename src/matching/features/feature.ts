import type { CefrLevel } from '../../common/dto/profile-parts.dto';

/** A feature's value in [0, 1] and the evidence behind it, from which reasons are rendered. */
export interface FeatureResult<E extends FeatureEvidence = FeatureEvidence> {
  value: number;
  evidence: E;
}

/** Evidence is data, not prose: the reasons renderer turns it into words in nb or en. */
export type FeatureEvidence =
  | { kind: 'semantic'; cosine: number | null }
  | { kind: 'skills'; required: number; matched: { required: string; matched: string; evidence: string }[]; missing: string[] }
  | {
      kind: 'occupation';
      via: 'experience' | 'desired' | 'inferred' | null;
      level: OccupationLevel | null;
      code: string | null;
      target: string | null;
      /** With `experience`: the title as typed, when the code was read from it (no code was given). */
      read?: string;
    }
  | { kind: 'norwegian'; level: string | null; required: CefrLevel | null }
  | { kind: 'distance'; km: number | null }
  | { kind: 'recognition'; needsDegree: boolean; state: string | null }
  | { kind: 'interests'; shared: string[] }
  | { kind: 'language'; shared: string[]; mentorType: string }
  | { kind: 'capacity'; free: number; capacity: number }
  | { kind: 'employer_record'; praksis: number; hired: number }
  | { kind: 'terms'; permanent: boolean; wageSubsidy: boolean };

export type OccupationLevel = 'same' | 'minor_group' | 'sub_major_group' | 'major_group';

export const clamp01 = (x: number): number => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/** Labels repeat across millions of pairs (a cohort), so their normal forms are kept. */
const normalised = new Map<string, string>();

/** Lowercase, Unicode-normalised, punctuation as spaces: how labels are compared. */
export function normaliseLabel(label: string): string {
  let result = normalised.get(label);
  if (result === undefined) {
    result = label
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (normalised.size > 100_000) normalised.clear();
    normalised.set(label, result);
  }
  return result;
}

/** The character trigrams of a normalised label, padded so word starts and ends count: how spellings are compared. */
export function trigrams(text: string): Set<string> {
  const padded = ` ${text} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

/** Cosine similarity as a feature; no vector on either side is no semantic signal (0), not an error. */
export function semanticFit(cosine: number | null): FeatureResult<Extract<FeatureEvidence, { kind: 'semantic' }>> {
  return { value: cosine === null ? 0 : clamp01(cosine), evidence: { kind: 'semantic', cosine } };
}
