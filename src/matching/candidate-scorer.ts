import type { CandidateScoringFacts } from '../candidates/candidates.repository';
import { ValueGroups as Groups } from '../scoring/value-groups';
import { dot } from '../scoring/vectors';
import type { Opening } from '../openings/entities/opening.entity';
import { candidateFacts } from '../scoring/candidate-facts';
import { clamp01 } from '../scoring/features/feature';
import { distanceFit, kmBetween, Point } from '../scoring/features/geo';
import { norwegianFit, norwegianLevel } from '../scoring/features/norwegian';
import { affinityAtMost, occupationSources, occupationValue, OccupationSource, readOccupations } from '../scoring/features/occupation';
import { needsDegree, recognitionFit } from '../scoring/features/recognition';
import { SkillLabelIndex } from '../scoring/features/skill-label-index';
import { EVIDENCE_WEIGHT, NOTHING_REQUIRED_VALUE, SkillReader } from '../scoring/features/skills';
import { CandidateFacts, candidateOpeningRule } from '../scoring/hard-rules';
import type { InferredOccupation } from '../taxonomy/occupation-inference';
import { BOUND_SLACK, bestInGroups, maxBoundOf, Terms, termsOf, weighedInOrder } from './bounded-top';

/** Whose candidates a shortlist draws on: every one, or those an organisation owns or was shared. */
export type CandidatePool = 'all' | string;

/**
 * The best candidates for an opening under the shortlist's weight profile, scored as the
 * shortlist scores them (fitForOpening's feature functions, summed in the profile's order; the
 * cosine from the vectors here), over every candidate, exactly. Each feature but the cosine
 * depends on one part of the candidate (where they live and how far they travel, their Norwegian,
 * education, occupations) and is worked out once per distinct value; the skills per distinct
 * skill label. Then the bands of bound leave only a few cosines to work out (bestWithinBounds).
 */
export class CandidateScorer {
  private readonly terms: Terms;
  private readonly byReach: Groups;
  private readonly byLevel: Groups;
  private readonly byEducation: Groups;
  private readonly byOccupations: Groups;
  private readonly idOrder: Int32Array;
  private readonly skills: SkillLabelIndex;
  /** Per candidate its skills, flat: where each one's list starts, the label ids, and their evidence weights. */
  private readonly skillStart: Int32Array;
  private readonly skillIds: Int32Array;
  private readonly skillWeights: Float64Array;
  /** Per skill label, the candidates that list it: those with no skill alike to an opening's required ones get nothing for skills. */
  private readonly holders: { start: Int32Array; ids: Int32Array };
  /** Per candidate: both consents the shortlist needs (matching, and being shown to employers). */
  private readonly consents: Uint8Array;
  private readonly vectors: (Float32Array | undefined)[];
  private readonly sources: OccupationSource[][];
  /** Per code prefix (1 to 4 digits) of any of a candidate's occupations, those candidates: the others share nothing with an opening's occupation there. */
  private readonly byPrefix = new Map<string, Int32Array>();
  private readonly everyone: Int32Array;
  /** Per candidate, the hard rules' facts with the consents taken as given (the scorer checks those itself, per candidate). */
  private readonly ruleFacts: CandidateFacts[];
  private readonly maxBound: number;
  /** Per candidate working space of top(); `near`: whether one of its occupations shares a first digit with the opening's. */
  private readonly scratch: { bound: Float64Array; skills: Float64Array; visited: Int32Array; near: Int32Array; skilled: Int32Array; stamp: number };

  constructor(
    private readonly candidates: CandidateScoringFacts[],
    inferred: ReadonlyMap<string, InferredOccupation[]>,
    vectors: ReadonlyMap<string, Float32Array>,
    private readonly weights: Record<string, number>,
    private readonly points: ReadonlyMap<string, Point>,
    read: SkillReader,
  ) {
    this.terms = termsOf(weights);
    this.byReach = new Groups(candidates.map((c) => `${c.municipalityCode}:${c.preferences.maxTravelKm ?? ''}`));
    this.byLevel = new Groups(candidates.map((c) => norwegianLevel(c.languages) ?? ''));
    this.byEducation = new Groups(candidates.map((c) => JSON.stringify(c.education)));
    this.sources = candidates.map((c) => occupationSources(c.experience, c.desiredOccupations, inferred.get(c.id) ?? [], readOccupations(c.resolvedOccupations)));
    this.byOccupations = new Groups(this.sources.map((s) => JSON.stringify(s.map((x) => [x.code, x.factor]))));
    const prefixed = new Map<string, number[]>();
    this.sources.forEach((sources, i) => {
      const prefixes = new Set(sources.flatMap((x) => [1, 2, 3, 4].map((digits) => x.code.slice(0, digits))));
      for (const prefix of prefixes) {
        const members = prefixed.get(prefix);
        if (members) members.push(i);
        else prefixed.set(prefix, [i]);
      }
    });
    for (const [prefix, members] of prefixed) this.byPrefix.set(prefix, Int32Array.from(members));
    this.everyone = Int32Array.from(candidates, (_, i) => i);
    this.ruleFacts = candidates.map((c) => ({ ...candidateFacts(c), consentMatching: true, consentShare: true }));
    this.idOrder = new Int32Array(candidates.length);
    candidates
      .map((c, i) => ({ id: c.id, i }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .forEach((c, order) => (this.idOrder[c.i] = order));
    const labelIds = new Map<string, number>();
    const labels: string[] = [];
    this.skillStart = new Int32Array(candidates.length + 1);
    const ids: number[] = [];
    const weightsOf: number[] = [];
    candidates.forEach((c, i) => {
      this.skillStart[i] = ids.length;
      for (const skill of c.skills) {
        let id = labelIds.get(skill.label);
        if (id === undefined) labelIds.set(skill.label, (id = labels.push(skill.label) - 1));
        ids.push(id);
        weightsOf.push(EVIDENCE_WEIGHT[skill.evidence]);
      }
    });
    this.skillStart[candidates.length] = ids.length;
    this.skillIds = Int32Array.from(ids);
    this.skillWeights = Float64Array.from(weightsOf);
    this.skills = new SkillLabelIndex(labels, read);
    this.holders = holdersOf(this.skillStart, this.skillIds, labels.length);
    this.consents = Uint8Array.from(candidates, (c) => (c.consent.matching && c.consent.shareWithEmployers ? 1 : 0));
    this.vectors = candidates.map((c) => vectors.get(c.id));
    this.maxBound = maxBoundOf(weights);
    this.scratch = { bound: new Float64Array(candidates.length), skills: new Float64Array(candidates.length * 2), visited: new Int32Array(candidates.length),
      near: new Int32Array(candidates.length),
      skilled: new Int32Array(candidates.length),
      stamp: 0,
    };
  }

  /** The best `n` candidates (by index) in the pool for the opening that pass the hard rules, with their scores, best first (equal scores in id order); `skip`: candidates to leave out. */
  top(opening: Opening, vector: Float32Array | undefined, pool: CandidatePool, n: number, skip?: Uint8Array): { i: number; score: number }[] {
    const { candidates } = this;
    if (n <= 0 || opening.status !== 'open') return [];
    const w = (feature: string) => this.weights[feature] ?? 0;
    const [wSemantic, wMust, wNice, wOccupation, wNorwegian, wDistance, wRecognition] = [
      'semantic', 'skills_must', 'skills_nice', 'occupation', 'norwegian', 'distance', 'recognition',
    ].map(w);
    // Per group of each part of the candidate, when first needed: the feature's value, NaN where that part's hard rule leaves it out.
    const kmFrom = new Map<string, number | null>();
    const km = (i: number) => {
      const from = candidates[i].municipalityCode;
      let found = kmFrom.get(from);
      if (found === undefined) kmFrom.set(from, (found = kmBetween(this.points, from, opening.municipalityCode)));
      return found;
    };
    const noLevel = { status: 'open', minNorwegianLevel: null, norwegianLevelRequired: false };
    const distanceOf = this.byReach.perGroup((i) =>
      candidateOpeningRule(this.ruleFacts[i], noLevel, km(i), true) ? Number.NaN : distanceFit(km(i), candidates[i].preferences.maxTravelKm).value,
    );
    const norwegian = this.byLevel.everyGroup((i) =>
      candidateOpeningRule({ ...this.ruleFacts[i], maxTravelKm: undefined }, opening, null, true)
        ? Number.NaN
        : norwegianFit(candidates[i].languages, opening.minNorwegianLevel).value,
    );
    // Work that asks no degree is the same to every candidate; occupations that share not even the first digit are worth nothing.
    const everyRecognition = recognitionFit([], opening.occupationCode).value;
    const recognitionOf = needsDegree(opening.occupationCode) ? this.byEducation.perGroup((i) => recognitionFit(candidates[i].education, opening.occupationCode).value) : () => everyRecognition;
    const code = opening.occupationCode;
    const related = code ? (this.byPrefix.get(code.slice(0, 1)) ?? new Int32Array()) : this.everyone;
    const { bound, skills, visited, near, skilled } = this.scratch;
    const stamp = ++this.scratch.stamp;
    for (let k = 0; k < related.length; k++) near[related[k]] = stamp;
    const occupationValueOf = this.byOccupations.perGroup((i) => occupationValue(this.sources[i], code));
    const occupationOf = (i: number) => (near[i] === stamp ? occupationValueOf(i) : 0);
    // The opening's required skills against each distinct skill label of the candidates, and how well they can be met at best.
    const alikeOf = (mustHave: boolean) =>
      opening.requiredSkills
        .filter((s) => s.mustHave === mustHave)
        .map((s) => {
          const sims = new Float64Array(this.skills.labels.length);
          const { ids, sims: found } = this.skills.alikeTo(s.label);
          for (let k = 0; k < ids.length; k++) sims[ids[k]] = found[k];
          return { sims, best: found.reduce((m, x) => Math.max(m, x), 0) };
        });
    const [must, nice] = [alikeOf(true), alikeOf(false)];
    const atBest = (required: { best: number }[]) => (required.length === 0 ? NOTHING_REQUIRED_VALUE : required.reduce((sum, r) => sum + r.best, 0) / required.length);
    const { skillStart, skillIds, skillWeights, consents, maxBound } = this;
    /** skillCoverage: per required skill the best of the candidate's similarity × evidence, averaged. */
    const coverage = (required: { sims: Float64Array }[], i: number): number => {
      if (required.length === 0) return NOTHING_REQUIRED_VALUE;
      let total = 0;
      for (const { sims } of required) {
        let best = 0;
        for (let at = skillStart[i]; at < skillStart[i + 1]; at++) {
          const score = sims[skillIds[at]] * skillWeights[at];
          if (score > best) best = score;
        }
        total += best;
      }
      return total / required.length;
    };

    const visit = (i: number): boolean => {
      // A candidate is in several groups; it is judged once.
      if (visited[i] === stamp || !consents[i] || skip?.[i]) return false;
      visited[i] = stamp;
      if (pool !== 'all' && candidates[i].ownerOrganisationId !== pool && !candidates[i].sharedWith.includes(pool)) return false;
      const d = distanceOf(i);
      const nor = norwegian[this.byLevel.groups[i]];
      if (Number.isNaN(d) || Number.isNaN(nor)) return false;
      const skillsMust = wMust === 0 ? 0 : coverage(must, i);
      const skillsNice = wNice === 0 ? 0 : coverage(nice, i);
      skills[2 * i] = skillsMust;
      skills[2 * i + 1] = skillsNice;
      bound[i] =
        BOUND_SLACK + wSemantic + wMust * clamp01(skillsMust) + wNice * clamp01(skillsNice) + wOccupation * clamp01(occupationOf(i)) +
        wNorwegian * clamp01(nor) + wDistance * clamp01(d) + wRecognition * clamp01(recognitionOf(i));
      return true;
    };
    // Candidates grouped by how close their occupations can come to the opening's (same code, the
    // same 3, 2 or 1 first digits, or none) and by whether they have a skill alike to a required
    // one: only those get anything for skills (the others nothing, or, none required, what that is
    // worth). Each group bounded with every other part at its best.
    const best = norwegian.reduce((m, v) => (Number.isNaN(v) ? m : Math.max(m, v)), -Infinity);
    const rest = BOUND_SLACK + wSemantic + wNorwegian * clamp01(best) + wDistance + wRecognition;
    const others = rest + wMust * atBest(must) + wNice * atBest(nice);
    const unskilled = rest + (must.length === 0 ? wMust * NOTHING_REQUIRED_VALUE : 0) + (nice.length === 0 ? wNice * NOTHING_REQUIRED_VALUE : 0);
    const withSkill: number[] = [];
    for (const required of opening.requiredSkills) {
      const { ids } = this.skills.alikeTo(required.label);
      for (let k = 0; k < ids.length; k++) {
        for (let at = this.holders.start[ids[k]]; at < this.holders.start[ids[k] + 1]; at++) {
          const i = this.holders.ids[at];
          if (skilled[i] !== stamp) withSkill.push(i);
          skilled[i] = stamp;
        }
      }
    }
    const prefixed = [4, 3, 2, 1].map((digits) => ({ digits, members: code ? (this.byPrefix.get(code.slice(0, digits)) ?? new Int32Array()) : new Int32Array() }));
    const skilledOf = (members: Int32Array) => members.filter((i) => skilled[i] === stamp);
    // Without a code, the occupation is unknown to every candidate: at most its full weight.
    const anyOccupation = code ? 0 : wOccupation;
    const groups = [
      ...prefixed.map(({ digits, members }) => ({ bound: others + wOccupation * affinityAtMost(digits), members: skilledOf(members) })),
      { bound: others + anyOccupation, members: Int32Array.from(withSkill) },
      ...prefixed.map(({ digits, members }) => ({ bound: unskilled + wOccupation * affinityAtMost(digits), members })),
      { bound: unskilled + anyOccupation, members: this.everyone },
    ];
    const feature: Record<string, number> = {};
    return bestInGroups(
      groups,
      visit,
      {
        bound,
        maxBound,
        wSemantic,
        idOrder: this.idOrder,
        cosineOf: (i) => clamp01(dot(vector, this.vectors[i]) ?? 0),
        scoreOf: (i, cosine) => {
          feature.semantic = cosine;
          feature.skills_must = skills[2 * i];
          feature.skills_nice = skills[2 * i + 1];
          feature.occupation = occupationOf(i);
          feature.norwegian = norwegian[this.byLevel.groups[i]];
          feature.distance = distanceOf(i);
          feature.recognition = recognitionOf(i);
          return weighedInOrder(this.terms, feature);
        },
      },
      n,
    );
  }
}

/** Per label id, the records (by index) whose lists hold it, from the records' flat lists; each record once per label. */
function holdersOf(start: Int32Array, ids: Int32Array, labels: number): { start: Int32Array; ids: Int32Array } {
  const perLabel: number[][] = Array.from({ length: labels }, () => []);
  for (let i = 0; i + 1 < start.length; i++) {
    for (let at = start[i]; at < start[i + 1]; at++) if (perLabel[ids[at]].at(-1) !== i) perLabel[ids[at]].push(i);
  }
  const from = new Int32Array(labels + 1);
  perLabel.forEach((holders, id) => (from[id + 1] = from[id] + holders.length));
  return { start: from, ids: Int32Array.from(perLabel.flat()) };
}
