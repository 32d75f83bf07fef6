import type { LanguageDto } from '../../common/dto/profile-parts.dto';
import type { MentorType } from '../../mentors/entities/mentor.entity';
import { FeatureResult, normaliseLabel } from './feature';
import { labelSimilarity } from './skills';

/** Two shared interests make a full score: pairs meet on what they both like doing. */
const FULL_AT = 2;
/** Two interests are one when written alike, or one's words lie inside the other's. */
const SAME_INTEREST = 0.8;

/** Interests matched one to one, so one interest written two ways counts once. */
export function sharedInterests(a: string[], b: string[]): FeatureResult<Extract<FeatureResult['evidence'], { kind: 'interests' }>> {
  const shared: string[] = [];
  const used = new Set<number>();
  const seen = new Set<string>();
  for (const interest of a) {
    const key = normaliseLabel(interest);
    if (seen.has(key)) continue;
    seen.add(key);
    const match = b.findIndex((other, i) => !used.has(i) && labelSimilarity(interest, other, SAME_INTEREST) >= SAME_INTEREST);
    if (match >= 0) {
      used.add(match);
      shared.push(interest);
    }
  }
  return { value: Math.min(1, shared.length / FULL_AT), evidence: { kind: 'interests', shared } };
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
