import type { CefrLevel } from '../common/dto/profile-parts.dto';
import { meetsLevel } from './features/norwegian';
import type { Lang } from '../common/language';

/** Hard rules exclude; each says why in nb and en. */
export type HardRule =
  | 'no_consent_matching'
  | 'no_consent_share'
  | 'mentor_inactive'
  | 'mentor_full'
  | 'already_mentor'
  | 'mentor_gender_preference'
  | 'mentee_gender_rule'
  | 'opening_not_open'
  | 'too_far'
  | 'norwegian_required';

const WORDS: Record<HardRule, [string, string]> = {
  no_consent_matching: ['Kandidaten har ikke samtykket til matching', 'The candidate has not consented to matching'],
  no_consent_share: ['Kandidaten har ikke samtykket til deling med arbeidsgivere', 'The candidate has not consented to sharing with employers'],
  mentor_inactive: ['Mentoren er ikke aktiv', 'The mentor is not active'],
  mentor_full: ['Mentoren har ikke ledig kapasitet', 'The mentor has no free capacity'],
  already_mentor: ['Mentoren er allerede foreslått for eller mentor for kandidaten', 'The mentor is already proposed for or mentoring the candidate'],
  mentor_gender_preference: ['Kandidaten ønsker en mentor av et annet kjønn', 'The candidate wants a mentor of another gender'],
  mentee_gender_rule: ['Mentoren tar bare mentees av et annet kjønn', 'The mentor takes only mentees of another gender'],
  opening_not_open: ['Stillingen er ikke åpen', 'The opening is not open'],
  too_far: ['Lenger unna enn kandidaten kan reise', 'Farther away than the candidate can travel'],
  norwegian_required: ['Under norsknivået stillingen krever', 'Below the Norwegian level the opening requires'],
};

export const ruleReason = (rule: HardRule, lang: Lang): string => WORDS[rule][lang === 'nb' ? 0 : 1];

export interface CandidateFacts {
  consentMatching: boolean;
  consentShare: boolean;
  gender: string | null;
  mentorGender?: 'female' | 'male' | 'any';
  maxTravelKm?: number;
  norwegianLevel: string | null;
}

export function candidateMentorRule(
  c: CandidateFacts,
  m: { active: boolean; capacity: number; taken: number; gender: string | null; menteeGender: string | null; paired?: boolean },
  km: number | null,
): HardRule | null {
  if (!c.consentMatching) return 'no_consent_matching';
  if (!m.active) return 'mentor_inactive';
  // `paired`: the candidate already has this mentor (proposed or active); never suggested twice.
  if (m.paired) return 'already_mentor';
  if (m.taken >= m.capacity) return 'mentor_full';
  if (c.mentorGender && c.mentorGender !== 'any' && m.gender !== c.mentorGender) return 'mentor_gender_preference';
  if (m.menteeGender && c.gender !== m.menteeGender) return 'mentee_gender_rule';
  if (c.maxTravelKm !== undefined && km !== null && km > c.maxTravelKm) return 'too_far';
  return null;
}

export function candidateOpeningRule(
  c: CandidateFacts,
  o: { status: string; minNorwegianLevel: CefrLevel | null; norwegianLevelRequired: boolean },
  km: number | null,
  forEmployer: boolean,
): HardRule | null {
  if (!c.consentMatching) return 'no_consent_matching';
  if (forEmployer && !c.consentShare) return 'no_consent_share';
  if (o.status !== 'open') return 'opening_not_open';
  if (c.maxTravelKm !== undefined && km !== null && km > c.maxTravelKm) return 'too_far';
  if (o.norwegianLevelRequired && o.minNorwegianLevel && !meetsLevel(c.norwegianLevel, o.minNorwegianLevel)) return 'norwegian_required';
  return null;
}
