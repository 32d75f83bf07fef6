import { hashEmbed } from './hashing-embedder';

const cosine = (a: Float32Array, b: Float32Array) => a.reduce((sum, x, i) => sum + x * b[i], 0);
const norm = (a: Float32Array) => Math.sqrt(cosine(a, a));

describe('hashing embedder', () => {
  it('is deterministic and returns unit vectors of the asked dimension', () => {
    const a = hashEmbed('Sveiser med erfaring fra verft', 384);
    expect(a).toHaveLength(384);
    expect(Array.from(hashEmbed('Sveiser med erfaring fra verft', 384))).toEqual(Array.from(a));
    expect(norm(a)).toBeCloseTo(1, 6);
    expect(norm(hashEmbed('regnskap', 64))).toBeCloseTo(1, 6);
  });

  it('returns a zero vector for a text without words', () => {
    expect(norm(hashEmbed('  ,.; ', 384))).toBe(0);
  });

  it('ignores case, punctuation and Unicode form', () => {
    const a = hashEmbed('Sjåfør, buss!', 384);
    const b = hashEmbed('sja\u030Aføre buss', 384);
    expect(cosine(a, hashEmbed('SJÅFØR buss', 384))).toBeCloseTo(1, 6);
    expect(cosine(a, b)).toBeGreaterThan(0.5);
  });

  it('ranks related Norwegian texts above unrelated ones', () => {
    const welder = hashEmbed('sveiser', 384);
    expect(cosine(welder, hashEmbed('sveising i verft', 384))).toBeGreaterThan(cosine(welder, hashEmbed('barnehagelærer', 384)));
    const accounting = hashEmbed('regnskap', 384);
    // A compound shares most of its first part's grams.
    expect(cosine(accounting, hashEmbed('regnskapsmedarbeider', 384))).toBeGreaterThan(0.3);
    expect(cosine(accounting, hashEmbed('regnskapsmedarbeider', 384))).toBeGreaterThan(cosine(accounting, hashEmbed('bussjåfør', 384)));
    const nurse = hashEmbed('sykepleier i hjemmetjenesten', 384);
    expect(cosine(nurse, hashEmbed('sykepleie og omsorg', 384))).toBeGreaterThan(cosine(nurse, hashEmbed('sveisesertifikat', 384)));
  });
});
