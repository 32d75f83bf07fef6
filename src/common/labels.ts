/** Labels repeat across millions of pairs (a cohort), so their normal forms are kept. */
const normalised = new Map<string, string>();

/** Lowercase, Unicode-normalised, punctuation as spaces: how labels are compared. */
export function normaliseLabel(label: string): string {
  let result = normalised.get(label);
  if (result === undefined) {
    result = label
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (normalised.size > 100_000) normalised.clear();
    normalised.set(label, result);
  }
  return result;
}

/** The character trigrams of a normalised label, padded so word starts and ends count: how spellings are compared. */
export function trigrams(text: string): Set<string> {
  const padded = ` ${text} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}
