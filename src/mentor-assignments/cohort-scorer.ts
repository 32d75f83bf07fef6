import type { Candidate } from '../candidates/entities/candidate.entity';
import type { EmbeddedField } from '../embeddings/embedding-texts';
import { normaliseLabel } from '../common/labels';
import { clamp01 } from '../scoring/features/feature';
import { distanceFit, kmBetween, Point } from '../scoring/features/geo';
import { capacityFit, languageFit, pairOff, sameInterest, sharedInterestsValue } from '../scoring/features/mentor-fit';
import { occupationSources, occupationValue, readOccupations } from '../scoring/features/occupation';
import { candidateFacts } from '../scoring/candidate-facts';
import { candidateMentorRule, HardRule } from '../scoring/hard-rules';
import { mentorScoreBound } from '../scoring/mentor-features';
import { FEATURES } from '../scoring/scoring';
import type { Mentor } from '../mentors/entities/mentor.entity';
import type { InferredOccupation } from '../taxonomy/occupation-inference';
import { MinHeap } from '../common/min-heap';
import { ValueGroups } from '../scoring/value-groups';
import { VectorBlock } from '../scoring/vector-block';

type Vectors = Partial<Record<EmbeddedField, Float32Array>>;

/** A mentor (by index) among a candidate's best, with the pair's score. */
export interface MentorOption {
  mentor: number;
  score: number;
}

/** The mentor match's features, each at a slot of a pair's values: the list weight profiles name. */
const SLOTS: Record<string, number> = Object.fromEntries(FEATURES.mentor.map((feature, slot) => [feature, slot]));

/** Interest ids are their own keys: labels written alike have one id already. */
const byItself = (id: number) => id;


/**
 * Each candidate's best mentors of a cohort under one weight profile, scored as a ranking scores
 * the pair (the values mentorFeatures gives, summed as scoreOf sums them; the cosines from the
 * vectors here rather than from pgvector) without the objects a ranking shows, for millions of pairs:
 * - profession, distance and language depend on one field of the mentor each, so they are worked
 *   out once per distinct occupation, municipality and set of languages;
 * - interests are compared as ids, each pair of labels once;
 * - the vectors (the costly part) only for pairs whose bound, with them at their best, can still
 *   reach the top.
 */
export class CohortScorer {
  private readonly terms: { weight: number; slot: number }[];
  private readonly bound: ReturnType<typeof mentorScoreBound>;
  private readonly rules: { active: boolean; capacity: number; gender: string | null; menteeGender: string | null; taken: number }[];
  private readonly capacity: number[];
  private readonly byOccupation: ValueGroups;
  private readonly byPlace: ValueGroups;
  private readonly byLanguages: ValueGroups;
  /** Ties in id order: each mentor's place in id order, compared as numbers across millions of pairs. */
  private readonly idOrder: Int32Array;
  private readonly kmByMunicipality = new Map<string, Float64Array>();
  private readonly interestIds = new Map<string, number>();
  private readonly interestLabels: string[] = [];
  private readonly alike = new Map<number, boolean>();
  private readonly mentorInterests: number[][];
  /** Each interest id some mentor has, and those mentors by index. */
  private readonly mentorsWithInterest = new Map<number, number[]>();
  private readonly mentorInterestIds: number[];
  /** Per field, every mentor's vector (by index) in one block: the cosines are most of a cohort's work. */
  private readonly blocks: Record<'interests' | 'profile', VectorBlock>;
  /** Per mentor working space of topMentors, made once: a cohort asks for thousands of candidates. */
  private readonly scratch: {
    mayShare: Uint8Array;
    firstDone: Uint8Array;
    shared: Float64Array;
    profession: Float64Array;
    language: Float64Array;
    distance: Float64Array;
    semantic: Record<'interests' | 'profile', Float64Array>;
    values: Float64Array;
    frontier: MinHeap;
  };
  /** The cosine worked out first: the one weighed more, which tightens the bound most. */
  private readonly firstVector: 'interests' | 'profile';

  constructor(
    private readonly mentors: Mentor[],
    taken: ReadonlyMap<string, number>,
    weights: Record<string, number>,
    private readonly points: ReadonlyMap<string, Point>,
    vectors: ReadonlyMap<string, Vectors>,
  ) {
    this.terms = Object.entries(weights).map(([feature, weight]) => {
      if (SLOTS[feature] === undefined) throw new Error(`The weight profile names a feature this match type does not compute: ${feature}`);
      return { weight, slot: SLOTS[feature] };
    });
    this.bound = mentorScoreBound(weights);
    this.firstVector = (weights.semantic_profile ?? 0) >= (weights.semantic_interests ?? 0) ? 'profile' : 'interests';
    this.rules = mentors.map((m) => ({ active: m.active, capacity: m.capacity, gender: m.gender, menteeGender: m.menteeGender, taken: taken.get(m.id) ?? 0 }));
    this.capacity = mentors.map((m, mi) => capacityFit(m.capacity, this.rules[mi].taken).value);
    this.byOccupation = new ValueGroups(mentors.map((m) => m.occupationCode ?? ''));
    this.byPlace = new ValueGroups(mentors.map((m) => m.municipalityCode));
    this.byLanguages = new ValueGroups(mentors.map((m) => `${m.mentorType}:${m.languages.map((l) => `${l.code}/${l.level}`).join(',')}`));
    this.idOrder = new Int32Array(mentors.length);
    mentors
      .map((m, mi) => ({ id: m.id, mi }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .forEach((m, order) => (this.idOrder[m.mi] = order));
    this.mentorInterests = mentors.map((m) => m.interests.map((label) => this.interestId(label)));
    this.mentorInterests.forEach((ids, mi) => {
      for (const id of ids) {
        const holders = this.mentorsWithInterest.get(id) ?? [];
        if (holders.at(-1) !== mi) holders.push(mi);
        this.mentorsWithInterest.set(id, holders);
      }
    });
    this.mentorInterestIds = [...this.mentorsWithInterest.keys()];
    const block = (field: 'interests' | 'profile') => new VectorBlock(mentors.map((m) => vectors.get(m.id)?.[field]));
    this.blocks = { interests: block('interests'), profile: block('profile') };
    const n = mentors.length;
    this.scratch = {
      mayShare: new Uint8Array(n),
      firstDone: new Uint8Array(n),
      shared: new Float64Array(n),
      profession: new Float64Array(n),
      language: new Float64Array(n),
      distance: new Float64Array(n),
      semantic: { interests: new Float64Array(n), profile: new Float64Array(n) },
      values: new Float64Array(FEATURES.mentor.length),
      frontier: new MinHeap(),
    };
  }

  /**
   * The candidate's best `n` mentors that pass the hard rules, best first (equal scores in id
   * order), and how many mentors each hard rule left out. `among`: only these mentors (a caller's pool).
   */
  topMentors(
    candidate: Candidate,
    vectors: Vectors,
    inferred: InferredOccupation[],
    n: number,
    among?: (mi: number) => boolean,
  ): { options: MentorOption[]; rules: Map<HardRule, number> } {
    const { mentors } = this;
    const facts = candidateFacts(candidate);
    const sources = occupationSources(candidate.experience, candidate.desiredOccupations, inferred, readOccupations(candidate.resolvedOccupations));
    const professionOf = this.byOccupation.perGroup((mi) => occupationValue(sources, mentors[mi].occupationCode));
    const kmFrom = this.kmFrom(candidate.municipalityCode);
    const placeOf = this.byPlace.groups;
    const kmTo = (mi: number) => kmFrom[placeOf[mi]];
    const km = (mi: number) => (kmTo(mi) < 0 ? null : kmTo(mi));
    const distanceOf = this.byPlace.perGroup((mi) => distanceFit(km(mi), facts.maxTravelKm).value);
    const languageOf = this.byLanguages.perGroup((mi) => languageFit(candidate.languages, mentors[mi].languages, mentors[mi].mentorType).value);
    const interests = candidate.interests.map((label) => this.interestId(label));

    const rules = new Map<HardRule, number>();
    // Shared interests are paired off only with mentors that have an interest alike to one of the
    // candidate's (most have none, and share nothing): their ids, from each alike interest's mentors.
    const { mayShare, firstDone, shared, profession, language, distance, semantic, values, frontier } = this.scratch;
    mayShare.fill(0);
    firstDone.fill(0);
    frontier.clear();
    if (interests.length > 0) {
      for (const id of this.mentorInterestIds) {
        if (interests.some((mine) => this.sameInterest(mine, id))) for (const mi of this.mentorsWithInterest.get(id)!) mayShare[mi] = 1;
      }
    }
    // Per mentor, whether its first cosine is worked out yet: a pop works it out and puts the
    // mentor back under its tighter bound, so most pairs never reach the second vector.
    const boundOf = (mi: number) =>
      this.bound(
        profession[mi], language[mi], distance[mi], this.capacity[mi], shared[mi],
        firstDone[mi] && this.firstVector === 'interests' ? semantic.interests[mi] : 1,
        firstDone[mi] && this.firstVector === 'profile' ? semantic.profile[mi] : 1,
      );
    for (let mi = 0; mi < mentors.length; mi++) {
      if (among && !among(mi)) continue;
      const kmRaw = kmTo(mi);
      const rule = candidateMentorRule(facts, this.rules[mi], kmRaw < 0 ? null : kmRaw);
      if (rule) {
        rules.set(rule, (rules.get(rule) ?? 0) + 1);
        continue;
      }
      profession[mi] = professionOf(mi);
      language[mi] = languageOf(mi);
      distance[mi] = distanceOf(mi);
      shared[mi] = mayShare[mi] ? sharedInterestsValue(pairOff(interests, this.mentorInterests[mi], byItself, this.sameInterest)) : 0;
      // Negated: the largest bound comes out first.
      frontier.push(-boundOf(mi), mi);
    }

    const options: MentorOption[] = [];
    // semanticFit's value, without the evidence a ranking shows: hundreds of thousands a cohort.
    this.blocks.interests.setQuery(vectors.interests);
    this.blocks.profile.setQuery(vectors.profile);
    const cosine = (mi: number, field: 'interests' | 'profile') => {
      const c = this.blocks[field].dot(mi);
      return c === null ? 0 : clamp01(c);
    };
    while (frontier.size > 0) {
      if (options.length === n && -frontier.topKey < options[n - 1].score) break;
      const mi = frontier.pop();
      if (!firstDone[mi]) {
        semantic[this.firstVector][mi] = cosine(mi, this.firstVector);
        firstDone[mi] = 1;
        frontier.push(-boundOf(mi), mi);
        continue;
      }
      // The last part, then the pair's score exactly as a ranking sums it.
      const second = this.firstVector === 'interests' ? 'profile' : 'interests';
      semantic[second][mi] = cosine(mi, second);
      values[SLOTS.shared_interests] = shared[mi];
      values[SLOTS.semantic_interests] = semantic.interests[mi];
      values[SLOTS.profession] = profession[mi];
      values[SLOTS.semantic_profile] = semantic.profile[mi];
      values[SLOTS.language] = language[mi];
      values[SLOTS.distance] = distance[mi];
      values[SLOTS.capacity] = this.capacity[mi];
      let score = 0;
      for (const term of this.terms) score += term.weight * clamp01(values[term.slot]);
      // Kept sorted, best first and ties in id order: at most n + 1 long.
      let at = options.length;
      while (at > 0 && (options[at - 1].score < score || (options[at - 1].score === score && this.idOrder[options[at - 1].mentor] > this.idOrder[mi]))) at--;
      options.splice(at, 0, { mentor: mi, score });
      if (options.length > n) options.pop();
    }
    return { options, rules };
  }

  /**
   * Per place group, the km from a candidate's municipality (-1 unknown: a group's value is a
   * number). The same for every candidate of a municipality, so worked out once for each.
   */
  private kmFrom(municipality: string): Float64Array {
    let km = this.kmByMunicipality.get(municipality);
    if (!km) {
      km = this.byPlace.everyGroup((mi) => kmBetween(this.points, municipality, this.mentors[mi].municipalityCode) ?? -1);
      this.kmByMunicipality.set(municipality, km);
    }
    return km;
  }

  /** Interests by the key they are compared by: one id for labels written alike. */
  private interestId(label: string): number {
    const key = normaliseLabel(label);
    let id = this.interestIds.get(key);
    if (id === undefined) {
      id = this.interestLabels.length;
      this.interestIds.set(key, id);
      this.interestLabels.push(label);
    }
    return id;
  }

  /** sameInterest of two interest ids, each pair worked out once. */
  private readonly sameInterest = (a: number, b: number): boolean => {
    const key = a * 2 ** 26 + b;
    let alike = this.alike.get(key);
    if (alike === undefined) {
      alike = sameInterest(this.interestLabels[a], this.interestLabels[b]);
      this.alike.set(key, alike);
    }
    return alike;
  };
}
