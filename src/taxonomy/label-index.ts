import { normaliseLabel, trigrams } from '../common/labels';

/** One way to name a thing: a skill's label or synonym, an occupation's title. */
export interface LabelEntry<R> {
  label: string;
  ref: R;
  /** Where the label comes from (`label`, `synonym`, `nav`, ...); the owner decides the names. */
  via: string;
  /** How much a match on this label is worth against a match on the thing's own label (0–1]. */
  trust: number;
}

export type MatchKind = 'exact' | 'prefix' | 'phrase' | 'compound' | 'similar';

export interface LabelMatch<R> {
  entry: LabelEntry<R>;
  kind: MatchKind;
  /** In [0, 1]: exact 1, then prefix, phrase, compound, trigram similarity; times the entry's trust. */
  score: number;
}

const MIN_COMPOUND_PART = 5;
/** The highest score a phrase, compound or similar match can reach (before the entry's trust): what resolve() weighs against exact. */
const NON_EXACT_MAX = 0.9;
const SIMILAR_MIN = 0.55;
const MAX_PREFIX_HITS = 5000;

/**
 * Finds labels for free text: exact (normalised), as a typed prefix, as a phrase inside longer
 * text ("erfaring med TIG-sveising"), as the first part of a Norwegian compound ("regnskap" in
 * "regnskapsfører"), or by character-trigram similarity (spelling variants). In memory: the
 * taxonomy is a few tens of thousands of labels and is searched as people type.
 */
export class LabelIndex<R> {
  private readonly keys: string[];
  private readonly exact = new Map<string, number[]>();
  /** Every word of every label, sorted, for prefix search by binary search. */
  private readonly words: { word: string; entry: number }[] = [];
  private readonly grams = new Map<string, number[]>();
  private readonly gramCounts: number[];

  constructor(private readonly entries: LabelEntry<R>[]) {
    this.keys = entries.map((e) => normaliseLabel(e.label));
    this.gramCounts = new Array<number>(entries.length);
    this.keys.forEach((key, i) => {
      if (!key) return;
      push(this.exact, key, i);
      for (const word of new Set(key.split(' '))) this.words.push({ word, entry: i });
      const grams = trigrams(key);
      this.gramCounts[i] = grams.size;
      for (const g of grams) push(this.grams, g, i);
    });
    this.words.sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : a.entry - b.entry));
  }

  /** The best reading of a whole piece of free text as one label, or null below `min`. */
  resolve(text: string, min: number): LabelMatch<R> | null {
    const key = normaliseLabel(text);
    if (!key) return null;
    const exact = this.exactMatches(key);
    // Every other kind scores at most NON_EXACT_MAX: a surer exact reading needs no search.
    const bestExact = bestFirst(exact)[0];
    if (bestExact && bestExact.score > NON_EXACT_MAX) return bestExact.score >= min ? bestExact : null;
    const matches = [...exact, ...this.phraseMatches(key), ...this.compoundMatches(key), ...this.similarMatches(key, 20)];
    const best = bestFirst(matches)[0];
    return best && best.score >= min ? best : null;
  }

  /** Ranked matches for what someone is typing: exact, prefix, then similar spellings. */
  search(query: string, limit: number): LabelMatch<R>[] {
    const key = normaliseLabel(query);
    if (!key) return [];
    return bestFirst([...this.exactMatches(key), ...this.prefixMatches(key), ...this.similarMatches(key, limit * 4)]);
  }

  private exactMatches(key: string): LabelMatch<R>[] {
    return (this.exact.get(key) ?? []).map((i) => this.match(i, 'exact', 1));
  }

  /** Every query word is the start of some word of the label; a label that starts with the query ranks higher. */
  private prefixMatches(key: string): LabelMatch<R>[] {
    const queryWords = key.split(' ');
    const longest = queryWords.reduce((a, b) => (b.length > a.length ? b : a));
    const hits = new Set<number>();
    for (let i = lowerBound(this.words, longest); i < this.words.length && this.words[i].word.startsWith(longest); i++) {
      hits.add(this.words[i].entry);
      if (hits.size >= MAX_PREFIX_HITS) break;
    }
    const matches: LabelMatch<R>[] = [];
    for (const i of hits) {
      const labelWords = this.keys[i].split(' ');
      if (!queryWords.every((q) => labelWords.some((w) => w.startsWith(q)))) continue;
      const coverage = key.length / this.keys[i].length;
      const base = this.keys[i].startsWith(key) ? 0.8 : 0.65;
      matches.push(this.match(i, 'prefix', base + 0.15 * coverage));
    }
    return matches;
  }

  /** A label that appears as whole words inside longer text. */
  private phraseMatches(key: string): LabelMatch<R>[] {
    const padded = ` ${key} `;
    const textWords = key.split(' ');
    const matches: LabelMatch<R>[] = [];
    const seen = new Set<number>();
    for (const word of new Set(textWords)) {
      for (let i = lowerBound(this.words, word); i < this.words.length && this.words[i].word === word; i++) {
        const entry = this.words[i].entry;
        const label = this.keys[entry];
        if (seen.has(entry) || label === key || label.length < 4 || !padded.includes(` ${label} `)) continue;
        seen.add(entry);
        matches.push(this.match(entry, 'phrase', 0.7 + 0.2 * (label.length / key.length)));
      }
    }
    return matches;
  }

  /** A one-word label that begins a compound word of the text: "sveis" in "sveisearbeid". */
  private compoundMatches(key: string): LabelMatch<R>[] {
    const matches: LabelMatch<R>[] = [];
    for (const word of new Set(key.split(' '))) {
      for (let length = MIN_COMPOUND_PART; length < word.length; length++) {
        for (const i of this.exact.get(word.slice(0, length)) ?? []) {
          matches.push(this.match(i, 'compound', 0.6 + 0.3 * (length / word.length) * (word.length / key.length)));
        }
      }
    }
    return matches;
  }

  /** Trigram Dice similarity over the labels sharing enough trigrams with the text. */
  private similarMatches(key: string, limit: number): LabelMatch<R>[] {
    const grams = trigrams(key);
    const shared = new Map<number, number>();
    for (const g of grams) for (const i of this.grams.get(g) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    const matches: LabelMatch<R>[] = [];
    for (const [i, count] of shared) {
      const dice = (2 * count) / (grams.size + this.gramCounts[i]);
      if (dice >= SIMILAR_MIN) matches.push(this.match(i, 'similar', dice * 0.9));
    }
    return bestFirst(matches).slice(0, limit);
  }

  private match(i: number, kind: MatchKind, score: number): LabelMatch<R> {
    const entry = this.entries[i];
    return { entry, kind, score: Math.min(1, score) * entry.trust };
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function lowerBound(words: { word: string }[], word: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].word < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Highest score first; then the shorter label, then alphabetical, so results are stable. */
function bestFirst<R>(matches: LabelMatch<R>[]): LabelMatch<R>[] {
  return matches.sort(
    (a, b) => b.score - a.score || a.entry.label.length - b.entry.label.length || a.entry.label.localeCompare(b.entry.label),
  );
}
