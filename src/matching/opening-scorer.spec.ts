import type { Candidate } from '../candidates/entities/candidate.entity';
import type { CefrLevel } from '../common/dto/profile-parts.dto';
import type { OpeningFacts } from '../openings/openings.repository';
import { candidateFacts } from '../scoring/candidate-facts';
import { kmBetween } from '../scoring/features/geo';
import { employerRecord, termsFit } from '../scoring/features/opening-terms';
import { candidateOpeningRule } from '../scoring/hard-rules';
import { byScoreThenId, FEATURES, normaliseWeights, scoreOf } from '../scoring/scoring';
import type { Opening } from '../openings/entities/opening.entity';
import { fitForOpening } from './match-parts';
import { OpeningScorer } from './opening-scorer';
import { seeded, seededId, SEEDED_PLACES, SEEDED_POINTS } from '../scoring/testing/seeded';

const CODES = ['5120', '5131', '2512', '2511', '7212', '7213', null];
const SKILLS = ['TIG-sveising', 'sveising', 'welding', 'matlaging', 'cooking', 'kokk', 'chef', 'renhold', 'truckførerbevis', 'regnskap', 'regnskapsføring'];
/** The taxonomy's readings: labels in two languages that are the same skill, as surely as the taxonomy says. */
const READINGS: Record<string, { skillId: string; confidence: number }> = {
  sveising: { skillId: 'weld', confidence: 0.95 },
  welding: { skillId: 'weld', confidence: 1 },
  matlaging: { skillId: 'cook', confidence: 0.92 },
  cooking: { skillId: 'cook', confidence: 0.85 },
  // Alike through the taxonomy alone: not a trigram in common.
  kokk: { skillId: 'cook', confidence: 0.95 },
  chef: { skillId: 'cook', confidence: 0.93 },
};
const read = (label: string) => READINGS[label] ?? null;
const LEVELS: (CefrLevel | null)[] = [null, 'A1', 'A2', 'B1', 'B2', 'C1'];
const EVIDENCE = ['certified', 'verified', 'mapped', 'self_reported'] as const;


function market(seed: number) {
  const g = seeded(seed);
  const id = seededId;
  const employers = Array.from({ length: 6 }, (_, i) => id('e', i));
  const openings: OpeningFacts[] = Array.from({ length: 400 }, (_, i) => ({
    id: id('c', (i * 37) % 400),
    organisationId: g.pick(employers),
    kind: 'job',
    title: 'x',
    occupationCode: g.pick(CODES),
    municipalityCode: g.pick(SEEDED_PLACES),
    requiredSkills: g.some(SKILLS, 3).map((label) => ({ label, mustHave: g.next() > 0.4 })),
    minNorwegianLevel: g.pick(LEVELS),
    norwegianLevelRequired: g.next() > 0.8,
    permanent: g.next() > 0.5,
    wageSubsidy: g.pick([true, false, null]),
    status: g.pick(['open', 'open', 'open', 'filled']),
  }));
  const candidates = Array.from({ length: 25 }, (_, i) => ({
    id: id('a', i),
    municipalityCode: g.pick(SEEDED_PLACES),
    languages: [{ code: 'nb', level: g.pick(['A2', 'B1', 'B2']) }],
    experience: g.some(CODES, 2).map((code) => ({ title: 'x', years: g.pick([0.5, 3]), occupationCode: code })),
    desiredOccupations: g.some(CODES, 2).filter((code): code is string => code !== null),
    skills: g.some(SKILLS, 3).map((label) => ({ label, evidence: g.pick(EVIDENCE) })),
    education: g.next() > 0.5 ? [{ level: 'bachelor', field: 'x', recognition: g.pick(['none', 'recognised']) }] : [],
    preferences: { maxTravelKm: g.pick([undefined, 20, 500]) },
    consent: { matching: true, shareWithEmployers: true },
  })) as unknown as Candidate[];
  const vectors = new Map([...openings, ...candidates].map((r) => [r.id, g.vector()]));
  const records = new Map(employers.map((e) => [e, { praksis: Math.floor(g.next() * 5), hired: Math.floor(g.next() * 3) }]));
  return { openings, candidates, vectors, records };
}

const dot = (a: Float32Array, b: Float32Array) => a.reduce((sum, x, i) => sum + x * b[i], 0);
/** Every feature weighed, each differently: derived from FEATURES, so a new feature shows. */
const weightsOf = (kind: 'job' | 'praksis', reversed: boolean) =>
  normaliseWeights(kind, Object.fromEntries(FEATURES[kind].map((feature, i) => [feature, reversed ? FEATURES[kind].length - i : i + 1])));

describe('OpeningScorer', () => {
  it.each([
    [1, 'job', false], [2, 'job', true], [3, 'praksis', false], [4, 'praksis', true], [5, 'job', false],
  ] as const)('gives each candidate the top openings a full scoring of every opening gives, with the same scores (market %i, %s)', (seed, kind, reversed) => {
    const { openings, candidates, vectors, records } = market(seed);
    const weights = weightsOf(kind, reversed);
    const scorer = new OpeningScorer(openings, vectors, records, weights, SEEDED_POINTS, read);
    for (const candidate of candidates) {
      const inferred = [{ code: '5120', confidence: 0.7 }];
      const every = openings
        .filter((o) => !candidateOpeningRule(candidateFacts(candidate), o, kmBetween(SEEDED_POINTS, candidate.municipalityCode, o.municipalityCode), false))
        .map((o) => {
          const km = kmBetween(SEEDED_POINTS, candidate.municipalityCode, o.municipalityCode);
          const record = records.get(o.organisationId)!;
          const features = {
            ...fitForOpening(candidate, o as Opening, dot(vectors.get(candidate.id)!, vectors.get(o.id)!), km, inferred, read),
            employer_record: employerRecord(record.praksis, record.hired),
            terms: termsFit(o.permanent, o.wageSubsidy),
          };
          return { id: o.id, score: scoreOf(features, weights) };
        })
        .sort(byScoreThenId)
        .slice(0, 8);
      const top = scorer.top(candidate, vectors.get(candidate.id), inferred, 8);
      expect(top.map((t) => ({ id: openings[t.i].id, score: t.score }))).toEqual(every);
    }
  });

  it('shows nothing to a candidate who has not consented to matching', () => {
    const { openings, candidates, vectors, records } = market(6);
    const scorer = new OpeningScorer(openings, vectors, records, weightsOf('job', false), SEEDED_POINTS, () => null);
    const candidate = { ...candidates[0], consent: { matching: false, shareWithEmployers: false } } as unknown as Candidate;
    expect(scorer.top(candidate, vectors.get(candidate.id), [], 8)).toEqual([]);
  });
});
