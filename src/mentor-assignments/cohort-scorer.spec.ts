import type { Candidate } from '../candidates/entities/candidate.entity';
import type { LanguageDto } from '../common/dto/profile-parts.dto';
import { candidateFacts } from '../scoring/candidate-facts';
import { kmBetween } from '../scoring/features/geo';
import { candidateMentorRule } from '../scoring/hard-rules';
import { mentorFeatures } from '../scoring/mentor-features';
import { byScoreThenId, FEATURES, normaliseWeights, scoreOf } from '../scoring/scoring';
import type { Mentor, MentorType } from '../mentors/entities/mentor.entity';
import { CohortScorer } from './cohort-scorer';
import { seeded, seededId, SEEDED_PLACES, SEEDED_POINTS } from '../scoring/testing/seeded';

/** Every mentor feature weighed, each differently (so a new feature, or two swapped, shows): derived from FEATURES.mentor. */
const WEIGHTS = normaliseWeights('mentor', Object.fromEntries(FEATURES.mentor.map((feature, i) => [feature, i + 1])));
/** The same in reverse: the interests' cosine weighed above the profile's, so the scorer works that one out first. */
const REVERSED = normaliseWeights('mentor', Object.fromEntries(FEATURES.mentor.map((feature, i) => [feature, FEATURES.mentor.length - i])));
const INTERESTS = ['fjellturer', 'Fjelltur', 'fotball', 'matlaging', 'sjakk', 'strikking', 'fiske', 'korsang', 'ski'];
const CODES = ['5120', '5131', '2512', '2511', '7212', '5321', null];
const LANGUAGES: LanguageDto[][] = [
  [{ code: 'ar', level: 'native' }],
  [{ code: 'ti', level: 'native' }, { code: 'nb', level: 'B1' }],
  [{ code: 'uk', level: 'C1' }],
  [],
];
const TYPES: MentorType[] = ['fagmentor', 'språkmentor', 'kulturguide'];


function cohort(seed: number) {
  const g = seeded(seed);
  const id = seededId;
  const mentors = Array.from({ length: 60 }, (_, i) => ({
    id: id('b', (i * 37) % 60),
    gender: g.pick(['female', 'male', null]),
    municipalityCode: g.pick(SEEDED_PLACES),
    occupationCode: g.pick(CODES),
    languages: g.pick(LANGUAGES),
    interests: g.some(INTERESTS, 4),
    mentorType: g.pick(TYPES),
    capacity: g.pick([1, 2, 3]),
    menteeGender: g.pick([null, null, 'female']),
    active: g.next() > 0.1,
  })) as Mentor[];
  const candidates = Array.from({ length: 25 }, (_, i) => ({
    id: id('a', i),
    gender: g.pick(['female', 'male', null]),
    municipalityCode: g.pick(SEEDED_PLACES),
    languages: g.pick(LANGUAGES),
    interests: g.some(INTERESTS, 4),
    experience: g.some(CODES, 2).map((code) => ({ title: 'x', years: g.pick([0.5, 3]), occupationCode: code })),
    desiredOccupations: g.some(CODES, 2).filter((code): code is string => code !== null),
    preferences: { mentorGender: g.pick([undefined, 'any', 'female']), maxTravelKm: g.pick([undefined, 20, 500]) },
    consent: { matching: true, shareWithEmployers: true },
  })) as unknown as Candidate[];
  const taken = new Map(mentors.map((m) => [m.id, Math.floor(g.next() * 3)]));
  const vectors = new Map([...mentors, ...candidates].map((r) => [r.id, { interests: g.vector(), profile: g.vector() }]));
  return { mentors, candidates, taken, vectors };
}

const dot = (a: Float32Array, b: Float32Array) => a.reduce((sum, x, i) => sum + x * b[i], 0);

describe('CohortScorer', () => {
  it.each([
    [1, WEIGHTS], [2, WEIGHTS], [3, WEIGHTS], [4, WEIGHTS], [5, WEIGHTS],
    [6, REVERSED], [7, REVERSED], [8, REVERSED],
  ])('gives each candidate the top mentors a full scoring of every pair gives, with the same scores (cohort %i)', (seed, weights) => {
    const { mentors, candidates, taken, vectors } = cohort(seed);
    const scorer = new CohortScorer(mentors, taken, weights, SEEDED_POINTS, vectors);
    for (const candidate of candidates) {
      const inferred = [{ code: '5120', confidence: 0.7 }];
      const theirs = vectors.get(candidate.id)!;
      const everyPair = mentors
        .filter((m) => !candidateMentorRule(candidateFacts(candidate), { ...m, taken: taken.get(m.id)! }, kmBetween(SEEDED_POINTS, candidate.municipalityCode, m.municipalityCode)))
        .map((m) => {
          const mine = vectors.get(m.id)!;
          const cosine = { interests: dot(theirs.interests, mine.interests), profile: dot(theirs.profile, mine.profile) };
          const km = kmBetween(SEEDED_POINTS, candidate.municipalityCode, m.municipalityCode);
          return { id: m.id, score: scoreOf(mentorFeatures(candidate, m, cosine, km, taken.get(m.id)!, inferred), weights) };
        })
        .sort(byScoreThenId)
        .slice(0, 5);
      const { options } = scorer.topMentors(candidate, theirs, inferred, 5);
      expect(options.map((o) => ({ id: mentors[o.mentor].id, score: o.score }))).toEqual(everyPair);
    }
  });

  it('counts the mentors each hard rule leaves out', () => {
    const { mentors, candidates, taken, vectors } = cohort(9);
    const scorer = new CohortScorer(mentors, taken, WEIGHTS, SEEDED_POINTS, vectors);
    const candidate = { ...candidates[0], preferences: { mentorGender: 'female' } } as Candidate;
    const { rules } = scorer.topMentors(candidate, {}, [], 5);
    expect(rules.get('mentor_inactive')).toBe(mentors.filter((m) => !m.active).length);
    expect(rules.get('mentor_gender_preference')).toBeGreaterThan(0);
  });
});
