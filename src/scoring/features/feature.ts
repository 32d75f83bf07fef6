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
      /** With `experience` or `desired`: the text as typed, when the code was read from it (no code was given). */
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

/** Cosine similarity as a feature; no vector on either side is no semantic signal (0), not an error. */
export function semanticFit(cosine: number | null): FeatureResult<Extract<FeatureEvidence, { kind: 'semantic' }>> {
  return { value: cosine === null ? 0 : clamp01(cosine), evidence: { kind: 'semantic', cosine } };
}
