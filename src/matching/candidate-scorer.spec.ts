import type { Candidate } from '../candidates/entities/candidate.entity';
import type { CandidateScoringFacts } from '../candidates/candidates.repository';
import type { CefrLevel } from '../common/dto/profile-parts.dto';
import type { Opening } from '../openings/entities/opening.entity';
import { candidateFacts } from '../scoring/candidate-facts';
import { kmBetween } from '../scoring/features/geo';
import { candidateOpeningRule } from '../scoring/hard-rules';
import { byScoreThenId, FEATURES, normaliseWeights, scoreOf } from '../scoring/scoring';
import { CandidateScorer } from './candidate-scorer';
import { fitForOpening } from './match-parts';
import { seeded, seededId, SEEDED_PLACES, SEEDED_POINTS } from '../scoring/testing/seeded';

const CODES = ['5120', '5131', '2512', '2511', '7212', '7213', null];
const SKILLS = ['TIG-sveising', 'sveising', 'welding', 'matlaging', 'kokk', 'chef', 'renhold', 'truckførerbevis', 'regnskap', 'regnskapsføring'];
const READINGS: Record<string, { skillId: string; confidence: number }> = {
  sveising: { skillId: 'weld', confidence: 0.95 },
  welding: { skillId: 'weld', confidence: 1 },
  // Alike through the taxonomy alone: not a trigram in common.
  kokk: { skillId: 'cook', confidence: 0.95 },
  chef: { skillId: 'cook', confidence: 0.93 },
};
const read = (label: string) => READINGS[label] ?? null;
const EVIDENCE = ['certified', 'verified', 'mapped', 'self_reported'] as const;
const LEVELS: (CefrLevel | null)[] = [null, 'A1', 'A2', 'B1', 'B2'];
const ORGS = ['o1', 'o2', 'o3'];


function population(seed: number) {
  const g = seeded(seed);
  const id = seededId;
  const candidates: CandidateScoringFacts[] = Array.from({ length: 1500 }, (_, i) => ({
    id: id('a', (i * 37) % 1500),
    ownerOrganisationId: g.pick(ORGS),
    sharedWith: g.some(ORGS, 1),
    municipalityCode: g.pick(SEEDED_PLACES),
    gender: null,
    languages: [{ code: 'nb', level: g.pick(['A1', 'A2', 'B1', 'B2']) }],
    education: g.next() > 0.5 ? [{ level: 'bachelor', field: 'x', recognition: g.pick(['none', 'recognised']) }] : [],
    experience: g.some(CODES, 2).map((code) => ({ title: 'x', years: g.pick([0.5, 3]), occupationCode: code })),
    skills: g.some(SKILLS, 3).map((label) => ({ label, evidence: g.pick(EVIDENCE) })),
    desiredOccupations: g.some(CODES, 1).filter((code): code is string => code !== null),
    resolvedOccupations: [],
    preferences: { maxTravelKm: g.pick([undefined, 20, 500]) },
    consent: { matching: g.next() > 0.1, shareWithEmployers: g.next() > 0.1 },
  })) as unknown as CandidateScoringFacts[];
  const inferred = new Map(candidates.map((c) => [c.id, g.next() > 0.5 ? [{ code: g.pick(['5120', '7212']), confidence: g.next() }] : []]));
  const openings = Array.from({ length: 12 }, (_, i) => ({
    id: id('c', i),
    status: 'open',
    occupationCode: g.pick(CODES),
    municipalityCode: g.pick(SEEDED_PLACES),
    requiredSkills: g.some(SKILLS, 3).map((label) => ({ label, mustHave: g.next() > 0.4 })),
    minNorwegianLevel: g.pick(LEVELS),
    norwegianLevelRequired: g.next() > 0.7,
  })) as unknown as Opening[];
  const vectors = new Map([...candidates, ...openings].map((r) => [r.id, g.vector()]));
  return { candidates, inferred, openings, vectors };
}

const dot = (a: Float32Array, b: Float32Array) => a.reduce((sum, x, i) => sum + x * b[i], 0);
const weightsOf = (reversed: boolean) =>
  normaliseWeights('shortlist', Object.fromEntries(FEATURES.shortlist.map((feature, i) => [feature, reversed ? FEATURES.shortlist.length - i : i + 1])));

describe('CandidateScorer', () => {
  it.each([
    [1, false, 'all'], [2, true, 'all'], [3, false, 'o1'], [4, true, 'o2'],
  ] as const)('gives each opening the top candidates a full scoring of every candidate gives, with the same scores (population %i)', (seed, reversed, pool) => {
    const { candidates, inferred, openings, vectors } = population(seed);
    const weights = weightsOf(reversed);
    const scorer = new CandidateScorer(candidates, inferred, vectors, weights, SEEDED_POINTS, read);
    for (const opening of openings) {
      const every = candidates
        .filter((c) => pool === 'all' || c.ownerOrganisationId === pool || c.sharedWith.includes(pool))
        .filter((c) => !candidateOpeningRule(candidateFacts(c), opening, kmBetween(SEEDED_POINTS, c.municipalityCode, opening.municipalityCode), true))
        .map((c) => {
          const km = kmBetween(SEEDED_POINTS, c.municipalityCode, opening.municipalityCode);
          const features = fitForOpening(c as unknown as Candidate, opening, dot(vectors.get(c.id)!, vectors.get(opening.id)!), km, inferred.get(c.id)!, read);
          return { id: c.id, score: scoreOf(features, weights) };
        })
        .sort(byScoreThenId)
        .slice(0, 8);
      const top = scorer.top(opening, vectors.get(opening.id), pool, 8);
      expect(top.map((t) => ({ id: candidates[t.i].id, score: t.score }))).toEqual(every);
    }
  });
});
