import type { Candidate } from '../candidates/entities/candidate.entity';
import { ValueGroups as Groups } from '../scoring/value-groups';
import { dot } from '../scoring/vectors';
import type { OpeningFacts } from '../openings/openings.repository';
import { candidateFacts } from '../scoring/candidate-facts';
import { BOUND_SLACK, bestInGroups, maxBoundOf, Terms, termsOf, weighedInOrder } from './bounded-top';
import { clamp01 } from '../scoring/features/feature';
import { distanceFit, kmBetween, Point } from '../scoring/features/geo';
import { norwegianFit } from '../scoring/features/norwegian';
import { occupationSources, occupationValue, readOccupations } from '../scoring/features/occupation';
import { employerRecord, termsFit } from '../scoring/features/opening-terms';
import { recognitionFit } from '../scoring/features/recognition';
import { SkillLabelIndex } from '../scoring/features/skill-label-index';
import { NOTHING_REQUIRED_VALUE, SkillReader } from '../scoring/features/skills';
import { candidateOpeningRule } from '../scoring/hard-rules';
import type { InferredOccupation } from '../taxonomy/occupation-inference';


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
  private readonly terms: Terms;
  private readonly weights: Record<string, number>;
  private readonly byCode: Groups;
  private readonly byPlace: Groups;
  private readonly byLevel: Groups;
  private readonly byEmployer: Groups;
  private readonly byTerms: Groups;
  /** Per opening, its place in id order: equal scores are ordered by id, as the ranking orders them. */
  private readonly idOrder: Int32Array;
  private readonly skills: SkillLabelIndex;
  private readonly must: LabelLists;
  private readonly nice: LabelLists;
  /** Per label, the occupation groups whose openings require it (must, nice); per group, whether one of its openings requires none. */
  private readonly mustGroups: { ofLabel: LabelLists; noneIn: Uint8Array };
  private readonly niceGroups: { ofLabel: LabelLists; noneIn: Uint8Array };
  private readonly open: Uint8Array;
  /** Per occupation, its openings: those of occupations far from the candidate's are mostly never visited. */
  private readonly atCode: Int32Array[];
  private readonly openingVectors: (Float32Array | undefined)[];
  private readonly maxBound: number;
  /** Per opening working space of top(), made once. */
  private readonly scratch: { bound: Float64Array; values: Float64Array; labelBest: Float64Array };

  constructor(
    private readonly openings: OpeningFacts[],
    vectors: ReadonlyMap<string, Float32Array>,
    private readonly records: ReadonlyMap<string, { praksis: number; hired: number }>,
    weights: Record<string, number>,
    private readonly points: ReadonlyMap<string, Point>,
    read: SkillReader,
  ) {
    this.weights = weights;
    this.terms = termsOf(weights);
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
    const labels: string[] = [];
    const lists = (mustHave: boolean): LabelLists => {
      const start = new Int32Array(openings.length + 1);
      const ids: number[] = [];
      openings.forEach((o, i) => {
        start[i] = ids.length;
        for (const skill of o.requiredSkills) {
          if (skill.mustHave !== mustHave) continue;
          let id = labelIds.get(skill.label);
          if (id === undefined) labelIds.set(skill.label, (id = labels.push(skill.label) - 1));
          ids.push(id);
        }
      });
      start[openings.length] = ids.length;
      return { start, ids: Int32Array.from(ids) };
    };
    this.must = lists(true);
    this.nice = lists(false);
    this.skills = new SkillLabelIndex(labels, read);
    this.mustGroups = groupsOfLabels(this.must, this.byCode.groups, labels.length);
    this.niceGroups = groupsOfLabels(this.nice, this.byCode.groups, labels.length);
    this.open = Uint8Array.from(openings, (o) => (o.status === 'open' ? 1 : 0));
    this.atCode = this.byCode.members();
    this.openingVectors = openings.map((o) => vectors.get(o.id));
    this.maxBound = maxBoundOf(weights);
    this.scratch = {
      bound: new Float64Array(openings.length),
      values: new Float64Array(openings.length * 2),
      labelBest: new Float64Array(labels.length),
    };
  }

  /** The candidate's best `n` openings (by index) that pass the hard rules with their scores, best first (equal scores in id order); `skip`: openings to leave out. */
  top(candidate: Candidate, vector: Float32Array | undefined, inferred: InferredOccupation[], n: number, skip?: Uint8Array): { i: number; score: number }[] {
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
    // A required skill's part (skillCoverage's per-skill best), per label.
    const { bound, values, labelBest } = this.scratch;
    this.skills.bestFor(candidate.skills, labelBest);
    const coverage = (lists: LabelLists, i: number): number => {
      const { start, ids } = lists;
      const from = start[i];
      const to = start[i + 1];
      if (from === to) return NOTHING_REQUIRED_VALUE;
      let total = 0;
      for (let at = from; at < to; at++) total += labelBest[ids[at]];
      return total / (to - from);
    };

    const [wSemantic, wMust, wNice, wOccupation, wNorwegian, wDistance, wRecognition, wRecord, wTerms] = [
      'semantic', 'skills_must', 'skills_nice', 'occupation', 'norwegian', 'distance', 'recognition', 'employer_record', 'terms',
    ].map(w);
    // Each field's weighed part of the bound, per group; NaN where its hard rule leaves the group out.
    const codePart = Float64Array.from(occupation, (v, g) => wOccupation * clamp01(v) + wRecognition * clamp01(recognition[g]));
    const levelPart = Float64Array.from(norwegian, (v, g) => (levelPasses[g] ? wNorwegian * clamp01(v) : Number.NaN));
    const employerPart = Float64Array.from(record, (v) => wRecord * clamp01(v));
    const termsPart = Float64Array.from(terms, (v) => wTerms * clamp01(v));
    const [codes, levels, employers, termGroups] = [this.byCode.groups, this.byLevel.groups, this.byEmployer.groups, this.byTerms.groups];
    const { open, must: mustLists, nice: niceLists, maxBound } = this;
    const places = this.byPlace.groups;
    const placePart = Float64Array.from(distance, (v, g) => (near[g] ? wDistance * clamp01(v) : Number.NaN));
    const visit = (i: number): boolean => {
      const place = placePart[places[i]];
      const level = levelPart[levels[i]];
      if (!open[i] || Number.isNaN(place) || Number.isNaN(level) || skip?.[i]) return false;
      const must = wMust === 0 ? 0 : coverage(mustLists, i);
      const nice = wNice === 0 ? 0 : coverage(niceLists, i);
      values[2 * i] = must;
      values[2 * i + 1] = nice;
      bound[i] =
        BOUND_SLACK + wSemantic + place + level + codePart[codes[i]] + employerPart[employers[i]] + termsPart[termGroups[i]] + wMust * clamp01(must) + wNice * clamp01(nice);
      return true;
    };
    // Per occupation, a bound for all its openings: its own occupation part; the skills at the best
    // any label its openings require is met (or, one requires none, what that is worth): most
    // occupations require no skill alike to the candidate's, and are never visited; every other
    // part at its best over the openings in reach.
    const best = (parts: Float64Array) => parts.reduce((m, v) => (Number.isNaN(v) ? m : Math.max(m, v)), -Infinity);
    const othersAtBest = BOUND_SLACK + wSemantic + best(placePart) + best(levelPart) + best(employerPart) + best(termsPart);
    const alike = candidate.skills.map((k) => this.skills.alikeTo(k.label).ids);
    const mustAtBest = skillsAtBest(this.mustGroups, alike, labelBest);
    const niceAtBest = skillsAtBest(this.niceGroups, alike, labelBest);
    const groups = this.atCode.map((members, g) => ({
      bound: othersAtBest + codePart[g] + wMust * clamp01(mustAtBest[g]) + wNice * clamp01(niceAtBest[g]),
      members,
    }));
    const feature: Record<string, number> = {};
    return bestInGroups(
      groups,
      visit,
      {
        bound,
        maxBound,
        wSemantic,
        idOrder: this.idOrder,
        cosineOf: (i) => clamp01(dot(vector, this.openingVectors[i]) ?? 0),
        scoreOf: (i, cosine) => {
          const code = codes[i];
          feature.semantic = cosine;
          feature.skills_must = values[2 * i];
          feature.skills_nice = values[2 * i + 1];
          feature.occupation = occupation[code];
          feature.norwegian = norwegian[levels[i]];
          feature.distance = distance[places[i]];
          feature.recognition = recognition[code];
          feature.employer_record = record[employers[i]];
          feature.terms = terms[termGroups[i]];
          return weighedInOrder(this.terms, feature);
        },
      },
      n,
    );
  }
}

/** Per label, the distinct groups (of `groupOf`) of the records whose lists hold it; per group, whether a record of it has an empty list. */
function groupsOfLabels(lists: LabelLists, groupOf: Int32Array, labels: number): { ofLabel: LabelLists; noneIn: Uint8Array } {
  const perLabel: number[][] = Array.from({ length: labels }, () => []);
  const noneIn = new Uint8Array(groupOf.reduce((m, g) => Math.max(m, g + 1), 0));
  for (let i = 0; i + 1 < lists.start.length; i++) {
    const g = groupOf[i];
    if (lists.start[i] === lists.start[i + 1]) noneIn[g] = 1;
    for (let at = lists.start[i]; at < lists.start[i + 1]; at++) {
      const groups = perLabel[lists.ids[at]];
      if (!groups.includes(g)) groups.push(g);
    }
  }
  const start = new Int32Array(labels + 1);
  perLabel.forEach((groups, id) => (start[id + 1] = start[id] + groups.length));
  return { ofLabel: { start, ids: Int32Array.from(perLabel.flat()) }, noneIn };
}

/**
 * Per group, the most a record of it can get for a list of required skills: an average of the
 * labels' parts is at most its largest, and only labels alike to one of the candidate's skills
 * (`alike`, by skill) have a part at all; a record requiring nothing gets NOTHING_REQUIRED_VALUE.
 */
function skillsAtBest(index: { ofLabel: LabelLists; noneIn: Uint8Array }, alike: Int32Array[], labelBest: Float64Array): Float64Array {
  const { ofLabel, noneIn } = index;
  const best = Float64Array.from(noneIn, (none) => (none ? NOTHING_REQUIRED_VALUE : 0));
  for (const ids of alike) {
    for (let k = 0; k < ids.length; k++) {
      const part = labelBest[ids[k]];
      for (let at = ofLabel.start[ids[k]]; at < ofLabel.start[ids[k] + 1]; at++) if (part > best[ofLabel.ids[at]]) best[ofLabel.ids[at]] = part;
    }
  }
  return best;
}
