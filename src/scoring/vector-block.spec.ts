import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seeded } from './testing/seeded';
import { VectorBlock } from './vector-block';
import { dot } from './vectors';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { assemble } = require('../../scripts/build-wasm.js') as { assemble: () => Promise<string> };

// Any floats, not the seeded quarters: the order the products are added in must be the same as dot's.
const vector = (random: () => number, n: number) => Float32Array.from({ length: n }, () => random() * 2 - 1);

describe('VectorBlock', () => {
  it('gives the very doubles dot gives, also where the length is not a multiple of four', () => {
    const random = seeded(3).next;
    for (const n of [384, 7, 1, 4]) {
      const records = Array.from({ length: 50 }, () => vector(random, n));
      const block = new VectorBlock(records);
      for (let q = 0; q < 5; q++) {
        const query = vector(random, n);
        block.setQuery(query);
        records.forEach((r, i) => expect(block.dot(i)).toBe(dot(query, r)));
      }
    }
  });

  it('has no dot for a record without a vector or of another dimension, nor without a query', () => {
    const random = seeded(4).next;
    const block = new VectorBlock([vector(random, 8), undefined, vector(random, 4)]);
    expect(block.dot(0)).toBeNull();
    block.setQuery(vector(random, 8));
    expect(block.dot(0)).not.toBeNull();
    expect(block.dot(1)).toBeNull();
    expect(block.dot(2)).toBeNull();
    block.setQuery(vector(random, 4));
    expect(block.dot(0)).toBeNull();
    block.setQuery(undefined);
    expect(block.dot(0)).toBeNull();
  });

  it('runs the bytes dot.wat assembles to', async () => {
    expect(readFileSync(join(__dirname, 'dot-wasm.ts'), 'utf8')).toBe(await assemble());
  });
});
