import { normaliseLabel, trigrams } from '../../common/labels';
import { EVIDENCE_WEIGHT, labelSimilarity, MATCH_THRESHOLD, SAME_SKILL_MIN, similarityRead, SkillReader, SkillReading } from './skills';
import type { SkillDto } from '../../common/dto/profile-parts.dto';

/** Dice overlap below which labelSimilarity cannot reach MATCH_THRESHOLD (0.5 / 0.8 = 0.625), with room for rounding. */
const DICE_NEEDED = 0.6;

/** Whether every word of a normalised label is long enough to be found inside another label's words. */
const wordsAreLong = (key: string): boolean => key.split(' ').every((word) => word.length >= 4);
/**
 * How many of a label's trigrams lie inside its words (touch no space): a label whose every word
 * lies inside a word of another shares at least these with it.
 */
const innerGrams = (grams: Set<string>): number => {
  let inner = 0;
  for (const gram of grams) if (!gram.includes(' ')) inner++;
  return inner;
};

/** Alike lists kept per skill label asked about: labels recur across candidates and requests. */
const KEPT = 20_000;

/**
 * The required-skill labels of many records (every opening's), and per skill label asked about,
 * which of them it meets (skillSimilarity at or above MATCH_THRESHOLD) and how alike they are.
 * Two labels are alike only if they share a trigram (the same label, a word inside the other's,
 * or a Dice overlap all do) or read as the same taxonomy skill, so each is looked up in an index of
 * the labels' trigrams and taxonomy skills rather than compared with every label.
 */
export class SkillLabelIndex {
  private readonly byGram = new Map<string, number[]>();
  private readonly bySkill = new Map<string, number[]>();
  private readonly alikeLists = new Map<string, { ids: Int32Array; sims: Float64Array }>();
  private readonly seen: Int32Array;
  private readonly shared: Int32Array;
  /** Per label: its trigrams, its normalised length, and whether every word has 4 letters or more (so it can lie inside another). */
  private readonly gramCount: Int32Array;
  private readonly keyLength: Int32Array;
  private readonly longWords: Uint8Array;
  private readonly inner: Int32Array;
  /** Per label, how the taxonomy reads it: read once, not once per pair. */
  private readonly readings: (SkillReading | null)[];

  constructor(
    readonly labels: readonly string[],
    private readonly read?: SkillReader,
  ) {
    this.gramCount = new Int32Array(labels.length);
    this.keyLength = new Int32Array(labels.length);
    this.longWords = new Uint8Array(labels.length);
    this.inner = new Int32Array(labels.length);
    this.readings = labels.map((label) => read?.(label) ?? null);
    labels.forEach((label, id) => {
      const key = normaliseLabel(label);
      const grams = trigrams(key);
      for (const gram of grams) this.add(this.byGram, gram, id);
      this.gramCount[id] = grams.size;
      this.keyLength[id] = key.length;
      this.longWords[id] = wordsAreLong(key) ? 1 : 0;
      this.inner[id] = innerGrams(grams);
      const reading = this.readings[id];
      if (reading && reading.confidence >= SAME_SKILL_MIN) this.add(this.bySkill, reading.skillId, id);
    });
    this.seen = new Int32Array(labels.length).fill(-1);
    this.shared = new Int32Array(labels.length);
  }

  /**
   * Per label id, bestMatch's best for the candidate's skills: the best similarity × evidence of
   * the skills alike enough, 0 where none is. `into` is filled whole.
   */
  bestFor(skills: SkillDto[], into: Float64Array): void {
    into.fill(0);
    for (const skill of skills) {
      const { ids, sims } = this.alikeTo(skill.label);
      const weight = EVIDENCE_WEIGHT[skill.evidence];
      for (let k = 0; k < ids.length; k++) {
        const score = sims[k] * weight;
        if (score > into[ids[k]]) into[ids[k]] = score;
      }
    }
  }

  /** The labels (by id) `label` meets, with how alike: worked out once per label while kept. */
  alikeTo(label: string): { ids: Int32Array; sims: Float64Array } {
    let found = this.alikeLists.get(label);
    if (found) return found;
    const ids: number[] = [];
    const sims: number[] = [];
    const marker = this.alikeLists.size;
    let reading: SkillReading | null | undefined;
    const readLabel = () => (reading === undefined ? (reading = this.read?.(label) ?? null) : reading);
    const consider = (id: number) => {
      if (this.seen[id] === marker) return;
      this.seen[id] = marker;
      const sim = this.read ? similarityRead(this.labels[id], label, () => this.readings[id], readLabel) : labelSimilarity(this.labels[id], label);
      if (sim >= MATCH_THRESHOLD) {
        ids.push(id);
        sims.push(sim);
      }
    };
    // Trigrams shared with each label: only a label that shares all of the smaller's (the same
    // label), or at least two and could lie inside the other (shares the shorter's inner trigrams)
    // or reach labelSimilarity's Dice, can be alike.
    const key = normaliseLabel(label);
    const grams = trigrams(key);
    const touched: number[] = [];
    for (const gram of grams) {
      for (const id of this.byGram.get(gram) ?? []) {
        if (this.shared[id]++ === 0) touched.push(id);
      }
    }
    const longWords = wordsAreLong(key);
    const inner = innerGrams(grams);
    for (const id of touched) {
      const shared = this.shared[id];
      this.shared[id] = 0;
      const shorterIsIn = this.keyLength[id] <= key.length ? this.longWords[id] === 1 && shared >= this.inner[id] : longWords && shared >= inner;
      const all = shared === Math.min(grams.size, this.gramCount[id]);
      if (all || (shared >= 2 && (shorterIsIn || 2 * shared >= DICE_NEEDED * (grams.size + this.gramCount[id])))) consider(id);
    }
    const own = readLabel();
    if (own && own.confidence >= SAME_SKILL_MIN) for (const id of this.bySkill.get(own.skillId) ?? []) consider(id);
    if (this.alikeLists.size >= KEPT) {
      this.alikeLists.clear();
      this.seen.fill(-1);
    }
    found = { ids: Int32Array.from(ids), sims: Float64Array.from(sims) };
    this.alikeLists.set(label, found);
    return found;
  }

  private add(index: Map<string, number[]>, key: string, id: number): void {
    const list = index.get(key);
    if (!list) index.set(key, [id]);
    else if (list.at(-1) !== id) list.push(id);
  }
}
