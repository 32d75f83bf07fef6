import { normaliseLabel } from '../common/labels';

/** One name of an occupation: its STYRK-08 title, one of NAV's job titles, or an ESCO label (English). */
export interface OccupationName {
  code: string;
  title: string;
  source: 'styrk' | 'nav' | 'esco';
}

/** One occupation a piece of typed text reads as. */
export interface OccupationReading {
  /** STYRK-08 code. */
  code: string;
  /** The STYRK-08 title of the code: what reasons and views name it by, never the bare code. */
  title: string;
  /** In [0, 1]: 1 for the text as one of the occupation's names, less the further the closest name is. */
  confidence: number;
  /** The name the text was read as. */
  matched: string;
  via: OccupationName['source'];
  kind: 'exact' | 'similar';
}

/** What typed text resolved to: the occupations read at or above the floor, else unread with the closest guess. */
export interface TitleResolution {
  read: boolean;
  occupations: OccupationReading[];
  /** Below the floor: the closest occupation, for a coordinator to check; never used by ranking. */
  closest: OccupationReading | null;
}

/** Below this confidence a title stays unread: ranking does not use it, and the candidate says so. */
export const READ_FLOOR = 0.6;
/** Readings kept beside the best: a title can name several occupations (shared NAV titles, ESCO labels of two codes). */
const MAX_READINGS = 3;
/** A further reading is kept only within this share of the best one. */
const KEEP_WITHIN = 0.85;
/** The same words in another inflection («kokken», «sveisere», "welders") read almost as sure as the name itself. */
const INFLECTED = 0.95;
/** Otherwise a reading is at most this sure: a name typed as it is always wins. */
const SIMILAR_MAX = 0.92;
/** How much the words (stems and compound parts) count against the character trigrams (spelling). */
const WORDS_SHARE = 0.6;
/** How much each source's names are trusted: STYRK's own titles, NAV's Norwegian job titles, ESCO's English labels. */
const TRUST: Record<OccupationName['source'], number> = { styrk: 1, nav: 0.98, esco: 0.96 };
/** Inflectional endings, Norwegian and English, longest first; one is stripped, leaving a stem of 3 letters or more. */
const ENDINGS = ['erne', 'ene', 'ane', 'ere', 'ers', 'en', 'er', 'et', 'ar', 'es', 'a', 'e', 's'];
const MIN_STEM = 3;
const MIN_PART = 4;
/** A word the names never use, read as the closest word they do (a typo), counts this much. */
const CORRECTED = 0.85;
/** Candidates scored exactly after the words and rarer trigrams found them. */
const CANDIDATES = 400;
/** Trigrams in more names than this share of them only count in the exact scoring, not in finding candidates. */
const COMMON_GRAM = 0.05;

/** A word without its inflectional ending: «sveisere», «sveiseren» and «sveiser» all read «sveis». */
export function stem(word: string): string {
  const ending = ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= MIN_STEM);
  return ending ? word.slice(0, -ending.length) : word;
}

/** The words of a normalised text that say what the work is: numbers («12 år») say how long, not what. */
const wordsOf = (key: string): string[] => key.split(' ').filter((w) => w && !/^\p{N}+$/u.test(w));

/** A sparse vector: feature ids ascending, weights beside them. */
interface Sparse {
  ids: Int32Array;
  weights: Float32Array;
  norm: number;
}

function sparse(features: Map<number, number>): Sparse {
  const ids = Int32Array.from([...features.keys()].sort((a, b) => a - b));
  const weights = Float32Array.from(ids, (id) => features.get(id)!);
  return { ids, weights, norm: Math.sqrt(weights.reduce((sum, w) => sum + w * w, 0)) };
}

function cosine(a: Sparse, b: Sparse): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let dot = 0;
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length; ) {
    if (a.ids[i] === b.ids[j]) dot += a.weights[i++] * b.weights[j++];
    else if (a.ids[i] < b.ids[j]) i++;
    else j++;
  }
  return dot / (a.norm * b.norm);
}

/**
 * Reads typed job titles as STYRK-08 occupations: an index over every name of every occupation
 * (STYRK-08 titles, NAV's job titles, ESCO's labels and alternative labels, whose ISCO-08 codes
 * are STYRK-08's four digits), Norwegian and English alike.
 * - A text that is one of the names (after normalising case and punctuation) reads as its
 *   occupations at its source's trust; the same words in another inflection at 0.95 of it.
 * - Otherwise by TF-IDF cosine against each name, over its word stems with Norwegian compounds
 *   split into known words («sveisearbeider» → sveis + arbeid, «lastebilsjåfør» → lastebil +
 *   sjåfør), and over character trigrams for typos («svieser»): rare stems weigh more than
 *   common heads («-arbeider», «-medarbeider»).
 * Each occupation scores by its closest name. General: no per-code rules or lists of special cases.
 */
export class OccupationResolver {
  private readonly names: { code: string; label: string; source: OccupationName['source']; words: Sparse; grams: Sparse }[] = [];
  private readonly exact = new Map<string, number[]>();
  private readonly inflected = new Map<string, number[]>();
  private readonly featureIds = new Map<string, number>();
  private idf = new Float64Array(0);
  private readonly postings: number[][] = [];
  /** Word stems of the names, for splitting compounds and correcting typos. */
  private readonly vocabulary = new Set<string>();
  /** The trigrams of the vocabulary's words, to find the closest known word to a misspelt one. */
  private readonly vocabularyGrams = new Map<string, string[]>();
  private readonly corrections = new Map<string, string | null>();
  private readonly scratch: Float64Array;
  private readonly cache = new Map<string, TitleResolution>();

  constructor(
    private readonly titles: ReadonlyMap<string, string>,
    rows: OccupationName[],
  ) {
    const seen = new Set<string>();
    const kept: { code: string; label: string; source: OccupationName['source']; key: string; stems: string[] }[] = [];
    for (const row of [...[...titles].map(([code, title]) => ({ code, title, source: 'styrk' as const })), ...rows]) {
      // Only codes STYRK-08 knows: an opening or a mentor can only carry those.
      if (!titles.has(row.code)) continue;
      const key = normaliseLabel(row.title);
      if (!key || seen.has(`${row.code}\u0000${key}`)) continue;
      seen.add(`${row.code}\u0000${key}`);
      const stems = wordsOf(key).map(stem);
      for (const s of stems) this.vocabulary.add(s);
      kept.push({ code: row.code, label: row.title, source: row.source, key, stems });
    }
    for (const word of this.vocabulary) for (const g of wordGrams(word)) push(this.vocabularyGrams, g, word);
    // Document frequencies first (compound splitting needs the whole vocabulary), then the vectors.
    const counted = kept.map((k) => ({ words: this.wordFeatures(k.stems, true), grams: this.gramFeatures(k.stems, true) }));
    const df = new Map<number, number>();
    for (const c of counted) for (const id of new Set([...c.words.keys(), ...c.grams.keys()])) df.set(id, (df.get(id) ?? 0) + 1);
    this.idf = new Float64Array(this.featureIds.size);
    for (const [id, n] of df) this.idf[id] = Math.log(1 + kept.length / n);
    kept.forEach((k, i) => {
      const weigh = (f: Map<number, number>) => new Map([...f].map(([id, tf]) => [id, tf * this.idf[id]]));
      const words = sparse(weigh(counted[i].words));
      const grams = sparse(weigh(counted[i].grams));
      this.names.push({ code: k.code, label: k.label, source: k.source, words, grams });
      push(this.exact, k.key, i);
      push(this.inflected, k.stems.join(' '), i);
      for (const id of words.ids) (this.postings[id] ??= []).push(i);
      for (const id of grams.ids) if (df.get(id)! <= kept.length * COMMON_GRAM) (this.postings[id] ??= []).push(i);
    });
    this.scratch = new Float64Array(this.names.length);
  }

  /** How many names the index holds. */
  get size(): number {
    return this.names.length;
  }

  /** The STYRK-08 title of a code, if STYRK-08 knows it. */
  title(code: string): string | undefined {
    return this.titles.get(code);
  }

  /** The occupations a typed title reads as, best first; the same text always reads the same. */
  resolve(text: string): TitleResolution {
    let result = this.cache.get(text);
    if (!result) {
      result = this.compute(text);
      if (this.cache.size > 50_000) this.cache.clear();
      this.cache.set(text, result);
    }
    return result;
  }

  /** The best occupation a title reads as at or above the floor, or null: for records that hold one code. */
  best(text: string): OccupationReading | null {
    const r = this.resolve(text);
    return r.read ? r.occupations[0] : null;
  }

  private compute(text: string): TitleResolution {
    const key = normaliseLabel(text);
    const stems = wordsOf(key).map(stem);
    if (stems.length === 0) return { read: false, occupations: [], closest: null };
    const byCode = new Map<string, OccupationReading>();
    const consider = (name: number, confidence: number, kind: OccupationReading['kind']) => {
      const n = this.names[name];
      const score = round(confidence * TRUST[n.source]);
      const current = byCode.get(n.code);
      if (!current || score > current.confidence) {
        byCode.set(n.code, { code: n.code, title: this.titles.get(n.code)!, confidence: score, matched: n.label, via: n.source, kind });
      }
    };
    for (const name of this.exact.get(key) ?? []) consider(name, 1, 'exact');
    for (const name of this.inflected.get(stems.join(' ')) ?? []) consider(name, INFLECTED, 'similar');
    for (const { name, score } of this.similar(stems)) consider(name, score * SIMILAR_MAX, 'similar');
    const ranked = [...byCode.values()].sort((a, b) => b.confidence - a.confidence || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    const best = ranked[0];
    if (!best || best.confidence < READ_FLOOR) return { read: false, occupations: [], closest: best ?? null };
    const occupations = ranked.filter((r) => r.confidence >= READ_FLOOR && r.confidence >= best.confidence * KEEP_WITHIN).slice(0, MAX_READINGS);
    return { read: true, occupations, closest: null };
  }

  /** Names sharing a word or a rarer trigram with the text, scored exactly by both cosines; the closest few. */
  private similar(stems: string[]): { name: number; score: number }[] {
    const weigh = (f: Map<number, number>) =>
      // A feature no name has still counts in the text's length, as a moderately rare one: unknown words make a reading less sure.
      sparse(new Map([...f].map(([id, tf]) => [id, tf * (id >= 0 ? this.idf[id] : Math.log(1 + this.names.length / 20))])));
    const words = weigh(this.wordFeatures(stems, false));
    const grams = weigh(this.gramFeatures(stems, false));
    const hits = this.scratch;
    const touched: number[] = [];
    for (const v of [words, grams]) {
      v.ids.forEach((id, i) => {
        for (const name of (id >= 0 && this.postings[id]) || []) {
          if (hits[name] === 0) touched.push(name);
          hits[name] += v.weights[i];
        }
      });
    }
    const candidates = touched.sort((a, b) => hits[b] - hits[a] || a - b).slice(0, CANDIDATES);
    for (const name of touched) hits[name] = 0;
    return candidates
      .map((name) => ({ name, score: WORDS_SHARE * cosine(words, this.names[name].words) + (1 - WORDS_SHARE) * cosine(grams, this.names[name].grams) }))
      .sort((a, b) => b.score - a.score || a.name - b.name)
      .slice(0, 50);
  }

  private featureId(feature: string, add: boolean): number | undefined {
    let id = this.featureIds.get(feature);
    if (id === undefined && add) {
      id = this.featureIds.size;
      this.featureIds.set(feature, id);
    }
    return id;
  }

  /** Each word's stem, or for a compound not known as a whole its known parts. */
  private wordFeatures(stems: string[], add: boolean): Map<number, number> {
    const out = new Map<number, number>();
    let unknown = -1;
    for (const s of stems) {
      const parts = this.split(s);
      const known = parts.every((p) => this.vocabulary.has(p));
      const corrected = known || add ? null : this.correct(s);
      for (const part of corrected ? [corrected] : parts) {
        // Unknown words get distinct negative ids: they add to the text's length, never to a match.
        const id = this.featureId(`w:${part}`, add) ?? unknown--;
        out.set(id, (out.get(id) ?? 0) + (corrected ? CORRECTED : 1));
      }
    }
    return out;
  }

  /**
   * A word as known words: itself when the names use it, else a compound of a known modifier
   * (with or without a linking s or e) and a known head, the head split again once:
   * «lastebilsjåfør» → lastebil + sjåfør. Names are split the same way, so «sveisearbeider» and
   * «sveiser» share «sveis» whichever side is the compound.
   */
  private split(word: string, depth = 0): string[] {
    if (this.vocabulary.has(word) && depth > 0) return [word];
    if (depth < 2) {
      // The longest known modifier first: «lastebil» + «sjåfør», not «last» + «bil» + ...
      for (let i = word.length - MIN_PART; i >= MIN_PART - 1; i--) {
        const first = word.slice(0, i);
        const modifier = [first, first.replace(/[se]$/, ''), stem(first)].find((m) => m.length >= MIN_PART - 1 && this.vocabulary.has(m));
        if (!modifier) continue;
        const rest = this.split(stem(word.slice(i)), depth + 1);
        if (rest.every((r) => this.vocabulary.has(r))) return depth === 0 && this.vocabulary.has(word) ? [word, modifier, ...rest] : [modifier, ...rest];
      }
    }
    return [word];
  }

  /**
   * The known word a misspelt one most likely is: among the words sharing a trigram with it, the
   * closest by edit distance (a swap of two letters counts once), at most 1 edit for words
   * under 8 letters and 2 from 8. Ties go to the word more names use.
   */
  private correct(word: string): string | null {
    if (word.length < 4) return null;
    let found = this.corrections.get(word);
    if (found !== undefined) return found;
    const max = word.length >= 8 ? 2 : 1;
    const seen = new Set<string>();
    let best: { word: string; distance: number; df: number } | null = null;
    for (const g of wordGrams(word)) {
      for (const known of this.vocabularyGrams.get(g) ?? []) {
        if (seen.has(known) || Math.abs(known.length - word.length) > max) continue;
        seen.add(known);
        const distance = editDistance(word, known, max);
        if (distance > max) continue;
        const id = this.featureIds.get(`w:${known}`);
        const df = id === undefined ? 0 : this.idf[id] ? 1 / this.idf[id] : 0;
        if (!best || distance < best.distance || (distance === best.distance && (df > best.df || (df === best.df && known < best.word)))) best = { word: known, distance, df };
      }
    }
    found = best?.word ?? null;
    if (this.corrections.size > 50_000) this.corrections.clear();
    this.corrections.set(word, found);
    return found;
  }

  private gramFeatures(stems: string[], add: boolean): Map<number, number> {
    const out = new Map<number, number>();
    let unknown = -1;
    for (const s of stems) {
      const padded = ` ${s} `;
      for (let i = 0; i + 3 <= padded.length; i++) {
        const id = this.featureId(padded.slice(i, i + 3), add) ?? unknown--;
        out.set(id, (out.get(id) ?? 0) + 1);
      }
    }
    return out;
  }
}

function wordGrams(word: string): Set<string> {
  const padded = ` ${word} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

/** Optimal string alignment distance (insertions, deletions, substitutions, swaps of neighbours), stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      current.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** What one typed title on a record was read as: stored on the candidate (`resolvedOccupations`), computed on write. */
export interface TitleReading extends TitleResolution {
  /**
   * Where the text was typed: an experience entry without an occupation code, or a desired
   * occupation in the candidate's own words. Readings stored before desired texts existed have none: experience.
   */
  from: 'experience' | 'desired';
  text: string;
}

/** Typed texts read as occupations, each distinct text once. */
function readTexts(from: TitleReading['from'], typed: string[], resolver: OccupationResolver): TitleReading[] {
  const texts = [...new Set(typed.map((t) => t.trim()).filter(Boolean))];
  return texts.map((text) => ({ from, text, ...resolver.resolve(text) }));
}

/** The readings of a record's experience titles that carry no code: the same text is read once. */
export function readTitles(experience: { title: string; occupationCode?: string | null }[], resolver: OccupationResolver): TitleReading[] {
  return readTexts('experience', experience.filter((e) => !e.occupationCode).map((e) => e.title), resolver);
}

/** The readings of what a candidate wants to work as, typed in their own words. */
export function readDesired(texts: string[], resolver: OccupationResolver): TitleReading[] {
  return readTexts('desired', texts, resolver);
}

// What ranking reads of the stored readings (`readOccupations`) is pure scoring: src/scoring/features/occupation.ts.
export { readOccupations, type ReadOccupation } from '../scoring/features/occupation';
