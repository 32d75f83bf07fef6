import type { ExperienceDto } from '../../common/dto/profile-parts.dto';
import { FeatureResult, OccupationLevel } from './feature';

/**
 * An occupation read from typed text, as ranking uses it: the code, how sure, the text it was read
 * from, and whether that text was an experience title without a code (the default) or a desired occupation.
 */
export interface ReadOccupation {
  code: string;
  confidence: number;
  text: string;
  from?: 'experience' | 'desired';
}

/** A stored title reading as ranking reads it; `from` is absent on readings stored before desired texts existed (experience). */
export interface StoredReading {
  read: boolean;
  text: string;
  from?: 'experience' | 'desired';
  occupations: { code: string; confidence: number }[];
}

/** The occupations ranking reads from a record's stored title readings (`resolvedOccupations`): only those at or above the floor. */
export function readOccupations(readings: StoredReading[] | null | undefined): ReadOccupation[] {
  return (readings ?? []).flatMap((r) =>
    r.read ? r.occupations.map((o) => ({ code: o.code, confidence: o.confidence, text: r.text, from: r.from ?? 'experience' })) : [],
  );
}

/** STYRK-08 codes share their first 3, 2 or 1 digits with related occupations (ISCO groups). */
const LEVELS: { digits: number; level: OccupationLevel; value: number }[] = [
  { digits: 4, level: 'same', value: 1 },
  { digits: 3, level: 'minor_group', value: 0.6 },
  { digits: 2, level: 'sub_major_group', value: 0.3 },
  { digits: 1, level: 'major_group', value: 0.1 },
];
/** The most an occupation sharing its first `digits` digits with the target can be worth (a factor is never above 1). */
export const affinityAtMost = (digits: number): number => LEVELS.find((l) => l.digits === digits)?.value ?? 0;

/** Wanting an occupation counts a little less than having done it. */
const DESIRED_FACTOR = 0.9;
/** Less than this many years of experience counts a little less. */
const SHORT_EXPERIENCE_YEARS = 1;
const SHORT_EXPERIENCE_FACTOR = 0.85;
/** An occupation inferred from skills counts for its confidence (see below), and less than one done or wanted. */
const INFERRED_FACTOR = 0.8;
/** The target has no code: nothing to compare. */
const UNKNOWN = 0.5;

export function codeAffinity(a: string, b: string): { level: OccupationLevel; value: number } | null {
  const l = affinityLevel(a, b);
  return l ? { level: l.level, value: l.value } : null;
}

/** The level two codes share, as one of LEVELS (no object made: rankings ask this of hundreds of thousands of pairs). */
function affinityLevel(a: string, b: string): (typeof LEVELS)[number] | undefined {
  // The shared leading digits, without slicing.
  let shared = 0;
  while (shared < 4 && shared < a.length && shared < b.length && a.charCodeAt(shared) === b.charCodeAt(shared)) shared++;
  const same = shared === a.length && shared === b.length;
  for (const l of LEVELS) if (shared >= l.digits || same) return l;
  return undefined;
}

/** One of the candidate's occupations as occupationFit weighs it: the code, how it is known, and its factor. */
export interface OccupationSource {
  code: string;
  via: 'experience' | 'desired' | 'inferred';
  factor: number;
  /** The typed text it was read from (an experience title or a desired occupation), for an occupation read from text. */
  typed?: string;
}

/**
 * The candidate's occupations (done, read from typed titles, wanted as codes or read from desired
 * texts, inferred from skills), in the order occupationFit considers them. An occupation read from
 * text counts for its confidence: a typed title as experience, a desired text as wanted.
 */
export function occupationSources(
  experience: ExperienceDto[],
  desired: string[],
  inferred: { code: string; confidence: number }[] = [],
  read: ReadOccupation[] = [],
): OccupationSource[] {
  const sources: OccupationSource[] = [];
  for (const e of experience) {
    if (e.occupationCode) sources.push({ code: e.occupationCode, via: 'experience', factor: e.years < SHORT_EXPERIENCE_YEARS ? SHORT_EXPERIENCE_FACTOR : 1 });
  }
  for (const r of read) if (r.from !== 'desired') sources.push({ code: r.code, via: 'experience', factor: r.confidence, typed: r.text });
  for (const code of desired) sources.push({ code, via: 'desired', factor: DESIRED_FACTOR });
  for (const r of read) if (r.from === 'desired') sources.push({ code: r.code, via: 'desired', factor: DESIRED_FACTOR * r.confidence, typed: r.text });
  // Confidence relative to the likeliest inferred occupation too (the geometric mean of the two):
  // a few skills, or skills of two occupations, explain less of the profile each, yet the
  // likeliest occupation is still what they point to (eval: `distracted` 0.749 → 0.785, `sparse`
  // 0.748 → 0.751, full skill profiles 0.893 unchanged).
  const top = inferred.reduce((m, i) => Math.max(m, i.confidence), 0);
  for (const { code, confidence } of inferred) sources.push({ code, via: 'inferred', factor: Math.sqrt(confidence * (confidence / top)) * INFERRED_FACTOR });
  return sources;
}

/** occupationFit's value alone, from sources worked out once: a cohort asks it of each distinct mentor occupation. */
export function occupationValue(sources: OccupationSource[], target: string | null): number {
  if (!target) return UNKNOWN;
  let best = 0;
  for (const source of sources) {
    const affinity = affinityLevel(source.code, target);
    if (affinity && affinity.value * source.factor > best) best = affinity.value * source.factor;
  }
  return best;
}

/**
 * How close the candidate's occupations (done, wanted, or inferred from skills) come to the target
 * occupation. `read`: occupations read from typed text: experience titles without a code count as
 * experience for their confidence, desired occupation texts as wanted for theirs.
 */
export function occupationFit(
  experience: ExperienceDto[],
  desired: string[],
  target: string | null,
  inferred: { code: string; confidence: number }[] = [],
  read: ReadOccupation[] = [],
): FeatureResult<Extract<FeatureResult['evidence'], { kind: 'occupation' }>> {
  const none = { kind: 'occupation' as const, via: null, level: null, code: null, target };
  if (!target) return { value: UNKNOWN, evidence: none };
  let best: FeatureResult<Extract<FeatureResult['evidence'], { kind: 'occupation' }>> = { value: 0, evidence: none };
  for (const { code, via, factor, typed } of occupationSources(experience, desired, inferred, read)) {
    const affinity = codeAffinity(code, target);
    if (affinity && affinity.value * factor > best.value) {
      best = { value: affinity.value * factor, evidence: { kind: 'occupation', via, level: affinity.level, code, target, ...(typed ? { read: typed } : {}) } };
    }
  }
  return best;
}
