import type { Candidate } from '../candidates/entities/candidate.entity';
import { dot } from '../mentor-assignments/cohort-scorer';
import { MentorGroups as Groups } from '../mentor-assignments/mentor-groups';
import type { OpeningFacts } from '../openings/openings.repository';
import { candidateFacts } from '../scoring/candidate-facts';
import { clamp01 } from '../scoring/features/feature';
import { distanceFit, kmBetween, Point } from '../scoring/features/geo';
import { norwegianFit } from '../scoring/features/norwegian';
import { occupationSources, occupationValue, readOccupations } from '../scoring/features/occupation';
import { employerRecord, termsFit } from '../scoring/features/opening-terms';
import { recognitionFit } from '../scoring/features/recognition';
import { EVIDENCE_WEIGHT, skillCoverage, SkillReader } from '../scoring/features/skills';
import { candidateOpeningRule } from '../scoring/hard-rules';
import type { InferredOccupation } from '../taxonomy/occupation-inference';

/** The features whose value depends on one field of the opening each: worked out once per distinct value. */
const CHEAP = ['occupation', 'norwegian', 'distance', 'recognition', 'employer_record', 'terms'] as const;
/** Sums taken in another order than the ranking's may differ in the last bit; a bound stays above by this much. */
const BOUND_SLACK = 1e-9;
/** Openings are taken in this many bands of their bound, best band first: a counting sort, not a heap of all. */
const BANDS = 1024;

/**
 * Each candidate's best openings of one kind under one weight profile, scored as the opening
 * ranking scores them (the feature functions of fitForOpening, summed in the profile's order; the
 * cosine from the vectors here rather than from pgvector), over every opening, exactly:
 * - the cheap features depend on one field of the opening each (occupation, Norwegian level,
 *   place, employer, terms), so they are worked out once per distinct value;
 * - with the skills and the cosine at their best, that gives each opening a bound; openings are
 *   taken by band of bound, best first, and the cosine, then the skills, only for those whose
 *   bound can still reach the top. The bands end where the best `n` are provably found.
 */
export class OpeningScorer {
  private readonly terms: { feature: string; weight: number }[];
  private readonly w: (feature: string) => number;
  private readonly byCode: Groups;
  private readonly byPlace: Groups;
  private readonly byLevel: Groups;
  private readonly byEmployer: Groups;
  private readonly byTerms: Groups;
  /** Per opening, its place in id order: equal scores are ordered by id, as the ranking orders them. */
  private readonly idOrder: Int32Array;
  private readonly must: OpeningFacts['requiredSkills'][];
  private readonly nice: OpeningFacts['requiredSkills'][];
  private readonly maxBound: number;
  private readonly bound: Float64Array;
  private readonly band: Int32Array;

  constructor(
    private readonly openings: OpeningFacts[],
    private readonly vectors: ReadonlyMap<string, Float32Array>,
    private readonly records: ReadonlyMap<string, { praksis: number; hired: number }>,
    weights: Record<string, number>,
    private readonly points: ReadonlyMap<string, Point>,
  ) {
    this.terms = Object.entries(weights).map(([feature, weight]) => ({ feature, weight }));
    this.w = (feature) => weights[feature] ?? 0;
    this.byCode = new Groups(openings.map((o) => o.occupationCode ?? ''));
    this.byPlace = new Groups(openings.map((o) => o.municipalityCode));
    this.byLevel = new Groups(openings.map((o) => `${o.minNorwegianLevel ?? ''}:${o.norwegianLevelRequired}`));
    this.byEmployer = new Groups(openings.map((o) => o.organisationId));
    this.byTerms = new Groups(openings.map((o) => `${o.permanent}:${o.wageSubsidy}`));
    this.idOrder = new Int32Array(openings.length);
    openings
      .map((o, i) => ({ id: o.id, i }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .forEach((o, order) => (this.idOrder[o.i] = order));
    this.must = openings.map((o) => o.requiredSkills.filter((s) => s.mustHave));
    this.nice = openings.map((o) => o.requiredSkills.filter((s) => !s.mustHave));
    this.maxBound = Object.values(weights).reduce((sum, w) => sum + Math.max(0, w), 0) + BOUND_SLACK;
    this.bound = new Float64Array(openings.length);
    this.band = new Int32Array(openings.length);
  }

  /** The indexes of the candidate's best `n` openings that pass the hard rules, best first (equal scores in id order). */
  top(candidate: Candidate, vector: Float32Array | undefined, inferred: InferredOccupation[], read: SkillReader, n: number): number[] {
    const { openings, w } = this;
    const facts = candidateFacts(candidate);
    if (n <= 0 || !facts.consentMatching) return [];
    const sources = occupationSources(candidate.experience, candidate.desiredOccupations, inferred, readOccupations(candidate.resolvedOccupations));
    const kmTo = this.byPlace.perGroup((i) => kmBetween(this.points, candidate.municipalityCode, openings[i].municipalityCode) ?? -1);
    const km = (i: number) => (kmTo(i) < 0 ? null : kmTo(i));
    const value: Record<(typeof CHEAP)[number], (i: number) => number> = {
      occupation: this.byCode.perGroup((i) => occupationValue(sources, openings[i].occupationCode)),
      norwegian: this.byLevel.perGroup((i) => norwegianFit(candidate.languages, openings[i].minNorwegianLevel).value),
      distance: this.byPlace.perGroup((i) => distanceFit(km(i), facts.maxTravelKm).value),
      recognition: this.byCode.perGroup((i) => recognitionFit(candidate.education, openings[i].occupationCode).value),
      employer_record: this.byEmployer.perGroup((i) => {
        const record = this.records.get(openings[i].organisationId) ?? { praksis: 0, hired: 0 };
        return employerRecord(record.praksis, record.hired).value;
      }),
      terms: this.byTerms.perGroup((i) => termsFit(openings[i].permanent, openings[i].wageSubsidy).value),
    };
    const passes = this.byLevel.perGroup((i) => (candidateOpeningRule(facts, { ...openings[i], status: 'open' }, null, false) ? 0 : 1));
    const near = this.byPlace.perGroup((i) => (candidateOpeningRule(facts, { status: 'open', minNorwegianLevel: null, norwegianLevelRequired: false }, km(i), false) ? 0 : 1));
    const cheapTerms = CHEAP.filter((f) => w(f) !== 0).map((f) => ({ weight: w(f), of: value[f] }));
    // A required skill is met at best by the candidate's best-evidenced skill; nothing required is worth exactly what skillCoverage gives it.
    const bestSkill = candidate.skills.reduce((m, s) => Math.max(m, EVIDENCE_WEIGHT[s.evidence]), 0);
    const skillsAtBest = (required: unknown[]) => (required.length === 0 ? skillCoverage([], []).value : bestSkill);

    // Bounds, and a counting sort of the openings into bands of them.
    const { bound, band } = this;
    const counts = new Int32Array(BANDS + 1);
    let eligible = 0;
    for (let i = 0; i < openings.length; i++) {
      band[i] = -1;
      if (openings[i].status !== 'open' || !passes(i) || !near(i)) continue;
      let b = BOUND_SLACK + w('semantic') + w('skills_must') * skillsAtBest(this.must[i]) + w('skills_nice') * skillsAtBest(this.nice[i]);
      for (const term of cheapTerms) b += term.weight * clamp01(term.of(i));
      bound[i] = b;
      band[i] = Math.min(BANDS - 1, Math.max(0, Math.floor((b / this.maxBound) * BANDS)));
      counts[band[i] + 1]++;
      eligible++;
    }
    for (let b = 1; b <= BANDS; b++) counts[b] += counts[b - 1];
    const order = new Int32Array(eligible);
    const next = counts.slice(0, BANDS);
    for (let i = 0; i < openings.length; i++) if (band[i] >= 0) order[next[band[i]]++] = i;

    const best: { i: number; score: number }[] = [];
    const kth = () => (best.length === n ? best[n - 1].score : -Infinity);
    const values: Record<string, number> = {};
    for (let b = BANDS - 1; b >= 0; b--) {
      // Every opening of this band and below is bounded by the band's upper edge.
      if (best.length === n && ((b + 1) / BANDS) * this.maxBound < kth()) break;
      for (let at = counts[b]; at < counts[b + 1]; at++) {
        const i = order[at];
        if (bound[i] < kth()) continue;
        const cosine = clamp01(dot(vector, this.vectors.get(openings[i].id)) ?? 0);
        if (bound[i] - w('semantic') * (1 - cosine) < kth()) continue;
        values.semantic = cosine;
        values.skills_must = skillCoverage(this.must[i], candidate.skills, read).value;
        values.skills_nice = skillCoverage(this.nice[i], candidate.skills, read).value;
        for (const f of CHEAP) values[f] = value[f](i);
        let score = 0;
        for (const term of this.terms) score += term.weight * clamp01(values[term.feature] ?? 0);
        let place = best.length;
        while (place > 0 && (best[place - 1].score < score || (best[place - 1].score === score && this.idOrder[best[place - 1].i] > this.idOrder[i]))) place--;
        if (place < n) {
          best.splice(place, 0, { i, score });
          if (best.length > n) best.pop();
        }
      }
    }
    return best.map((b) => b.i);
  }
}
