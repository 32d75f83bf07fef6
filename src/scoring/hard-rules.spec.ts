import { CandidateFacts, candidateMentorRule, candidateOpeningRule, HardRule, ruleReason } from './hard-rules';

const candidate = (over: Partial<CandidateFacts> = {}): CandidateFacts => ({
  consentMatching: true,
  consentShare: true,
  gender: 'female',
  norwegianLevel: 'B1',
  ...over,
});
type MentorFacts = Parameters<typeof candidateMentorRule>[1];
const mentor = (over: Partial<MentorFacts> = {}): MentorFacts => ({ active: true, capacity: 2, taken: 0, gender: 'female', menteeGender: null, ...over });
type OpeningFacts = Parameters<typeof candidateOpeningRule>[1];
const opening = (over: Partial<OpeningFacts> = {}): OpeningFacts => ({ status: 'open', minNorwegianLevel: 'B1', norwegianLevelRequired: false, ...over });

describe('candidateMentorRule', () => {
  it('passes when every rule holds', () => {
    expect(candidateMentorRule(candidate({ mentorGender: 'female', maxTravelKm: 30 }), mentor({ menteeGender: 'female' }), 12)).toBeNull();
    expect(candidateMentorRule(candidate({ mentorGender: 'any' }), mentor({ gender: 'male' }), null)).toBeNull();
  });

  it.each<[string, Partial<CandidateFacts>, Partial<MentorFacts>, number | null, HardRule]>([
    ['no consent to matching', { consentMatching: false }, {}, 5, 'no_consent_matching'],
    ['an inactive mentor', {}, { active: false }, 5, 'mentor_inactive'],
    ['a full mentor', {}, { capacity: 2, taken: 2 }, 5, 'mentor_full'],
    ['the mentor the candidate already has', {}, { paired: true }, 5, 'already_mentor'],
    ['a mentor of another gender than wanted', { mentorGender: 'female' }, { gender: 'male' }, 5, 'mentor_gender_preference'],
    ['a mentor of unknown gender when one is wanted', { mentorGender: 'male' }, { gender: null }, 5, 'mentor_gender_preference'],
    ['a mentor who takes only women, for a man', { gender: 'male' }, { menteeGender: 'female' }, 5, 'mentee_gender_rule'],
    ['a mentor who takes only women, for unknown gender', { gender: null }, { menteeGender: 'female' }, 5, 'mentee_gender_rule'],
    ['a mentor beyond the travel limit', { maxTravelKm: 30 }, {}, 31, 'too_far'],
  ])('excludes %s', (_label, c, m, km, rule) => {
    expect(candidateMentorRule(candidate(c), mentor(m), km)).toBe(rule);
  });

  it('judges distance only when the candidate set a travel limit and the distance is known', () => {
    expect(candidateMentorRule(candidate(), mentor(), 500)).toBeNull();
    expect(candidateMentorRule(candidate({ maxTravelKm: 30 }), mentor(), null)).toBeNull();
    expect(candidateMentorRule(candidate({ maxTravelKm: 30 }), mentor(), 30)).toBeNull();
  });
});

describe('candidateOpeningRule', () => {
  it('passes when every rule holds', () => {
    expect(candidateOpeningRule(candidate({ maxTravelKm: 30 }), opening({ norwegianLevelRequired: true }), 12, true)).toBeNull();
  });

  it('excludes a candidate without consent to matching', () => {
    expect(candidateOpeningRule(candidate({ consentMatching: false }), opening(), 5, false)).toBe('no_consent_matching');
  });

  it('requires consent to share only when ranking for the employer', () => {
    expect(candidateOpeningRule(candidate({ consentShare: false }), opening(), 5, true)).toBe('no_consent_share');
    expect(candidateOpeningRule(candidate({ consentShare: false }), opening(), 5, false)).toBeNull();
  });

  it('excludes an opening that is not open', () => {
    expect(candidateOpeningRule(candidate(), opening({ status: 'filled' }), 5, false)).toBe('opening_not_open');
  });

  it('excludes an opening beyond the travel limit', () => {
    expect(candidateOpeningRule(candidate({ maxTravelKm: 40 }), opening(), 41, false)).toBe('too_far');
    expect(candidateOpeningRule(candidate(), opening(), 400, false)).toBeNull();
  });

  it('excludes Norwegian below the minimum only when the opening requires it', () => {
    const a2 = candidate({ norwegianLevel: 'A2' });
    expect(candidateOpeningRule(a2, opening({ norwegianLevelRequired: true }), 5, false)).toBe('norwegian_required');
    expect(candidateOpeningRule(candidate({ norwegianLevel: null }), opening({ norwegianLevelRequired: true }), 5, false)).toBe('norwegian_required');
    expect(candidateOpeningRule(a2, opening({ norwegianLevelRequired: false }), 5, false)).toBeNull();
    expect(candidateOpeningRule(a2, opening({ norwegianLevelRequired: true, minNorwegianLevel: null }), 5, false)).toBeNull();
    expect(candidateOpeningRule(candidate({ norwegianLevel: 'native' }), opening({ norwegianLevelRequired: true, minNorwegianLevel: 'C2' }), 5, false)).toBeNull();
  });
});

describe('ruleReason', () => {
  it('says why in nb and en', () => {
    expect(ruleReason('mentor_full', 'nb')).toBe('Mentoren har ikke ledig kapasitet');
    expect(ruleReason('mentor_full', 'en')).toBe('The mentor has no free capacity');
    expect(ruleReason('norwegian_required', 'nb')).toBe('Under norsknivået stillingen krever');
    expect(ruleReason('too_far', 'en')).toBe('Farther away than the candidate can travel');
  });

  it('has distinct, non-empty words for every rule in both languages', () => {
    const rules: HardRule[] = ['no_consent_matching', 'no_consent_share', 'mentor_inactive', 'mentor_full', 'already_mentor', 'mentor_gender_preference', 'mentee_gender_rule', 'opening_not_open', 'too_far', 'norwegian_required'];
    for (const lang of ['nb', 'en'] as const) {
      const words = rules.map((r) => ruleReason(r, lang));
      expect(words.every((w) => w.length > 0)).toBe(true);
      expect(new Set(words).size).toBe(rules.length);
    }
    expect(rules.every((r) => ruleReason(r, 'nb') !== ruleReason(r, 'en'))).toBe(true);
  });
});
