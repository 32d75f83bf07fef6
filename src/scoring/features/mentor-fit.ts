import type { LanguageDto, MentorType } from '../../common/dto/profile-parts.dto';
import { normaliseLabel } from '../../common/labels';
import { FeatureResult } from './feature';
import { labelSimilarity } from './skills';

/** Two shared interests make a full score: pairs meet on what they both like doing. */
const FULL_AT = 2;
/** The similarity from which two interests are one. */
const SAME_INTEREST = 0.8;

/**
 * How many of a's interests pair off with b's, one to one: in a's order each takes the first alike
 * interest of b not taken yet, and an interest a lists twice (the same key) counts once. Works on
 * labels, or on ids of labels (a cohort's millions of pairs); `shared` collects those of a that paired.
 */
export function pairOff<T>(a: readonly T[], b: readonly T[], key: (x: T) => unknown, alike: (x: T, y: T) => boolean, shared?: T[]): number {
  let count = 0;
  // Which of b are taken: bits while b is short (no allocation per pair), a list beyond.
  let takenBits = 0;
  const takenList = b.length > 30 ? new Array<boolean>(b.length).fill(false) : null;
  for (let ai = 0; ai < a.length; ai++) {
    const x = a[ai];
    const k = key(x);
    let repeat = false;
    for (let earlier = 0; earlier < ai && !repeat; earlier++) repeat = key(a[earlier]) === k;
    if (repeat) continue;
    for (let i = 0; i < b.length; i++) {
      if ((takenList ? takenList[i] : takenBits & (1 << i)) || !alike(x, b[i])) continue;
      if (takenList) takenList[i] = true;
      else takenBits |= 1 << i;
      count++;
      shared?.push(x);
      break;
    }
  }
  return count;
}

/** Two interests are one when written alike, or one's words lie inside the other's. */
export const sameInterest = (a: string, b: string): boolean => labelSimilarity(a, b, SAME_INTEREST) >= SAME_INTEREST;

/** The feature's value for this many shared interests. */
export const sharedInterestsValue = (count: number): number => Math.min(1, count / FULL_AT);

/** Interests matched one to one, so one interest written two ways counts once. */
export function sharedInterests(a: string[], b: string[]): FeatureResult<Extract<FeatureResult['evidence'], { kind: 'interests' }>> {
  const shared: string[] = [];
  const count = pairOff(a, b, normaliseLabel, sameInterest, shared);
  return { value: sharedInterestsValue(count), evidence: { kind: 'interests', shared } };
}

const mainLanguages = (languages: LanguageDto[]) => languages.filter((l) => l.level === 'native').map((l) => normaliseLabel(l.code));
const goodLanguages = (languages: LanguageDto[]) =>
  languages.filter((l) => ['native', 'C2', 'C1', 'B2'].includes(l.level)).map((l) => normaliseLabel(l.code));

/**
 * A shared mother tongue lifts a språkmentor or kulturguide (1, or 0 without one); for a
 * fagmentor language is neutral (0.5 whatever is shared).
 */
export function languageFit(candidate: LanguageDto[], mentor: LanguageDto[], mentorType: MentorType): FeatureResult<Extract<FeatureResult['evidence'], { kind: 'language' }>> {
  const mentorSpeaks = goodLanguages(mentor);
  const shared = [...new Set(mainLanguages(candidate))].filter((code) => code !== 'nb' && code !== 'nn' && code !== 'no' && mentorSpeaks.includes(code));
  const evidence = { kind: 'language' as const, shared, mentorType };
  if (mentorType === 'fagmentor') return { value: 0.5, evidence };
  return { value: shared.length > 0 ? 1 : 0, evidence };
}

export function capacityFit(capacity: number, taken: number): FeatureResult<Extract<FeatureResult['evidence'], { kind: 'capacity' }>> {
  const free = Math.max(0, capacity - taken);
  return { value: capacity > 0 ? free / capacity : 0, evidence: { kind: 'capacity', free, capacity } };
}
