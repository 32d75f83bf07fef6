'use strict';
/**
 * The offline default embedder: signed feature hashing of words and character n-grams,
 * L2-normalised. Deterministic and model-free. The n-grams (3 to 5 characters, with word
 * boundaries marked) let Norwegian compounds meet their parts: "regnskapsmedarbeider" shares
 * "<re", "reg", "egn", "gns", "nsk", "ska", "kap" with "regnskap".
 *
 * Plain JavaScript because it runs inside the inference worker thread, which Jest does not transform.
 */

const MIN_GRAM = 3;
const MAX_GRAM = 5;
const WORD_WEIGHT = 0.5;

/** FNV-1a over UTF-16 code units, 32 bits. */
function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** murmur3's finaliser: decorrelates the sign bit from the bucket. */
function mix(hash) {
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

function words(text) {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

function add(vector, feature, weight) {
  const hash = fnv1a(feature);
  const sign = mix(hash) >>> 31 ? -1 : 1;
  vector[hash % vector.length] += sign * weight;
}

/** A unit vector of `dimension` floats; all zeros when the text has no words. */
function hashEmbed(text, dimension) {
  const vector = new Float32Array(dimension);
  for (const word of words(text)) {
    // The whole word counts, but less than its grams: compounds share grams, not words.
    add(vector, 'w:' + word, WORD_WEIGHT);
    const marked = '<' + word + '>';
    const grams = [];
    for (let n = MIN_GRAM; n <= MAX_GRAM; n++) {
      for (let i = 0; i + n <= marked.length; i++) grams.push(marked.slice(i, i + n));
    }
    // The grams of one word together weigh 1, however long the word.
    const weight = grams.length > 0 ? 1 / Math.sqrt(grams.length) : 0;
    for (const gram of grams) add(vector, 'g:' + gram, weight);
  }
  let norm = 0;
  for (let i = 0; i < dimension; i++) norm += vector[i] * vector[i];
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < dimension; i++) vector[i] /= norm;
  return vector;
}

module.exports = { hashEmbed, HASHING_MODEL_ID: 'kobling-hashing-v1' };
