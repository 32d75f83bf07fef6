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
import { bestMatch, NOTHING_REQUIRED_VALUE, SkillReader } from '../scoring/features/skills';
import { candidateOpeningRule } from '../scoring/hard-rules';
import type { InferredOccupation } from '../taxonomy/occupation-inference';

/** Sums taken in another order than the ranking's may differ in the last bit; a bound stays above by this much. */
const BOUND_SLACK = 1e-9;
/** Openings are taken in this many bands of their bound, best band first: a counting sort, not a heap of all. */
const BANDS = 1024;

/** Per record, a list of label ids, in two flat arrays: where each record's list starts, and the ids. */
interface LabelLists {
  start: Int32Array;
  ids: Int32Array;
}

/**
 * Each candidate's best openings of one kind under one weight profile, scored as the opening
 * ranking scores them (the feature functions of fitForOpening, summed in the profile's order; the
 * cosine from the vectors here rather than from pgvector), over every opening, exactly:
 * - the features of one field of the opening (occupation, Norwegian level, place, employer, terms)
 *   are worked out once per distinct value, and a required skill's part once per distinct label;
 * - that is every feature but the cosine, so with the cosine at its best each opening has a
 *   bound; openings are taken by band of bound, best first, and the cosine worked out only while
 *   a bound can still reach the top. The bands end where the best `n` are provably found.
 */
export class OpeningScorer {
  private readonly terms: { feature: string; weight: number }[];
  private readonly weights: Record<string, number>;
  private readonly byCode: Groups;
  private readonly byPlace: Groups;
  private readonly byLevel: Groups;
  private readonly byEmployer: Groups;
  private readonly byTerms: Groups;
  /** Per opening, its place in id order: equal scores are ordered by id, as the ranking orders them. */
  private readonly idOrder: Int32Array;
  private readonly labels: string[] = [];
  private readonly must: LabelLists;
  private readonly nice: LabelLists;
  private readonly open: Uint8Array;
  private readonly openingVectors: (Float32Array | undefined)[];
  private readonly maxBound: number;
  /** Per opening working space of top(), made once. */
  private readonly scratch: { bound: Float64Array; band: Int32Array; values: Float64Array };

  constructor(
    private readonly openings: OpeningFacts[],
    vectors: ReadonlyMap<string, Float32Array>,
    private readonly records: ReadonlyMap<string, { praksis: number; hired: number }>,
    weights: Record<string, number>,
    private readonly points: ReadonlyMap<string, Point>,
  ) {
    this.weights = weights;
    this.terms = Object.entries(weights).map(([feature, weight]) => ({ feature, weight }));
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
    const labelIds = new Map<string, number>();
    const lists = (mustHave: boolean): LabelLists => {
      const start = new Int32Array(openings.length + 1);
      const ids: number[] = [];
      openings.forEach((o, i) => {
        start[i] = ids.length;
        for (const skill of o.requiredSkills) {
          if (skill.mustHave !== mustHave) continue;
          let id = labelIds.get(skill.label);
          if (id === undefined) labelIds.set(skill.label, (id = this.labels.push(skill.label) - 1));
          ids.push(id);
        }
      });
      start[openings.length] = ids.length;
      return { start, ids: Int32Array.from(ids) };
    };
    this.must = lists(true);
    this.nice = lists(false);
    this.open = Uint8Array.from(openings, (o) => (o.status === 'open' ? 1 : 0));
    this.openingVectors = openings.map((o) => vectors.get(o.id));
    this.maxBound = Object.values(weights).reduce((sum, w) => sum + Math.max(0, w), 0) + BOUND_SLACK;
    this.scratch = { bound: new Float64Array(openings.length), band: new Int32Array(openings.length), values: new Float64Array(openings.length * 2) };
  }

  /** The candidate's best `n` openings (by index) that pass the hard rules with their scores, best first (equal scores in id order). */
  top(candidate: Candidate, vector: Float32Array | undefined, inferred: InferredOccupation[], read: SkillReader, n: number): { i: number; score: number }[] {
    const { openings } = this;
    const facts = candidateFacts(candidate);
    if (n <= 0 || !facts.consentMatching) return [];
    const w = (feature: string) => this.weights[feature] ?? 0;
    const sources = occupationSources(candidate.experience, candidate.desiredOccupations, inferred, readOccupations(candidate.resolvedOccupations));
    const kmOf = this.byPlace.everyGroup((i) => kmBetween(this.points, candidate.municipalityCode, openings[i].municipalityCode) ?? -1);
    const km = (g: number) => (kmOf[g] < 0 ? null : kmOf[g]);
    // Per group of each field, the feature's value and whether the hard rules of that field pass.
    const occupation = this.byCode.everyGroup((i) => occupationValue(sources, openings[i].occupationCode));
    const recognition = this.byCode.everyGroup((i) => recognitionFit(candidate.education, openings[i].occupationCode).value);
    const norwegian = this.byLevel.everyGroup((i) => norwegianFit(candidate.languages, openings[i].minNorwegianLevel).value);
    const levelPasses = this.byLevel.everyGroup((i) => (candidateOpeningRule(facts, { ...openings[i], status: 'open' }, null, false) ? 0 : 1));
    const distance = Float64Array.from(kmOf, (_, g) => distanceFit(km(g), facts.maxTravelKm).value);
    const near = Float64Array.from(kmOf, (_, g) => (candidateOpeningRule(facts, { status: 'open', minNorwegianLevel: null, norwegianLevelRequired: false }, km(g), false) ? 0 : 1));
    const record = this.byEmployer.everyGroup((i) => {
      const r = this.records.get(openings[i].organisationId) ?? { praksis: 0, hired: 0 };
      return employerRecord(r.praksis, r.hired).value;
    });
    const terms = this.byTerms.everyGroup((i) => termsFit(openings[i].permanent, openings[i].wageSubsidy).value);
    // A required skill's part (skillCoverage's per-skill best), per label when first needed.
    const labelBest = new Float64Array(this.labels.length).fill(Number.NaN);
    const coverage = ({ start, ids }: LabelLists, i: number): number => {
      const [from, to] = [start[i], start[i + 1]];
      if (from === to) return NOTHING_REQUIRED_VALUE;
      let total = 0;
      for (let at = from; at < to; at++) {
        const id = ids[at];
        if (Number.isNaN(labelBest[id])) labelBest[id] = bestMatch(this.labels[id], candidate.skills, read).best;
        total += labelBest[id];
      }
      return total / (to - from);
    };

    const { bound, band, values } = this.scratch;
    const [wSemantic, wMust, wNice, wOccupation, wNorwegian, wDistance, wRecognition, wRecord, wTerms] = [
      'semantic', 'skills_must', 'skills_nice', 'occupation', 'norwegian', 'distance', 'recognition', 'employer_record', 'terms',
    ].map(w);
    const counts = new Int32Array(BANDS + 1);
    let eligible = 0;
    for (let i = 0; i < openings.length; i++) {
      band[i] = -1;
      const place = this.byPlace.groupOf(i);
      const level = this.byLevel.groupOf(i);
      if (!this.open[i] || !levelPasses[level] || !near[place]) continue;
      const code = this.byCode.groupOf(i);
      const must = wMust === 0 ? 0 : coverage(this.must, i);
      const nice = wNice === 0 ? 0 : coverage(this.nice, i);
      values[2 * i] = must;
      values[2 * i + 1] = nice;
      const b =
        BOUND_SLACK + wSemantic + wMust * clamp01(must) + wNice * clamp01(nice) + wOccupation * clamp01(occupation[code]) + wNorwegian * clamp01(norwegian[level]) +
        wDistance * clamp01(distance[place]) + wRecognition * clamp01(recognition[code]) + wRecord * clamp01(record[this.byEmployer.groupOf(i)]) +
        wTerms * clamp01(terms[this.byTerms.groupOf(i)]);
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
    const feature: Record<string, number> = {};
    for (let b = BANDS - 1; b >= 0; b--) {
      // Every opening of this band and below is bounded by the band's upper edge.
      if (best.length === n && ((b + 1) / BANDS) * this.maxBound < kth()) break;
      for (let at = counts[b]; at < counts[b + 1]; at++) {
        const i = order[at];
        if (bound[i] < kth()) continue;
        const cosine = clamp01(dot(vector, this.openingVectors[i]) ?? 0);
        if (bound[i] - wSemantic * (1 - cosine) < kth()) continue;
        // The score exactly as the ranking sums it: each weighed value in the profile's order.
        const code = this.byCode.groupOf(i);
        feature.semantic = cosine;
        feature.skills_must = values[2 * i];
        feature.skills_nice = values[2 * i + 1];
        feature.occupation = occupation[code];
        feature.norwegian = norwegian[this.byLevel.groupOf(i)];
        feature.distance = distance[this.byPlace.groupOf(i)];
        feature.recognition = recognition[code];
        feature.employer_record = record[this.byEmployer.groupOf(i)];
        feature.terms = terms[this.byTerms.groupOf(i)];
        let score = 0;
        for (const term of this.terms) score += term.weight * clamp01(feature[term.feature] ?? 0);
        let place = best.length;
        while (place > 0 && (best[place - 1].score < score || (best[place - 1].score === score && this.idOrder[best[place - 1].i] > this.idOrder[i]))) place--;
        if (place < n) {
          best.splice(place, 0, { i, score });
          if (best.length > n) best.pop();
        }
      }
    }
    return best;
  }
}
