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
