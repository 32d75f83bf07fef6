/**
 * The dot product of two vectors (their cosine, for the unit vectors the embedders make), null when
 * either is missing: four sums side by side, for the scorers' hundreds of thousands.
 */
export const dot = (a: Float32Array | undefined, b: Float32Array | undefined): number | null => {
  if (!a || !b || a.length !== b.length) return null;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let i = 0;
  for (; i + 3 < a.length; i += 4) {
    s0 += a[i] * b[i];
    s1 += a[i + 1] * b[i + 1];
    s2 += a[i + 2] * b[i + 2];
    s3 += a[i + 3] * b[i + 3];
  }
  for (; i < a.length; i++) s0 += a[i] * b[i];
  return s0 + s1 + s2 + s3;
};

/**
 * The same vectors as views into one block of memory: a catalogue holds hundreds of thousands,
 * and one typed array each costs several times its floats in allocations.
 */
export function packVectors<K>(vectors: ReadonlyMap<K, Float32Array>): Map<K, Float32Array> {
  let length = 0;
  for (const v of vectors.values()) length += v.length;
  const block = new Float32Array(length);
  const packed = new Map<K, Float32Array>();
  let at = 0;
  for (const [key, v] of vectors) {
    block.set(v, at);
    packed.set(key, block.subarray(at, at + v.length));
    at += v.length;
  }
  return packed;
}
