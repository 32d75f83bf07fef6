import { DOT_WASM } from './dot-wasm';

/** The part of Node's WebAssembly this uses (the service's build has Node's types only, which leave it out). */
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
  Memory: new (descriptor: { initial: number }) => { buffer: ArrayBuffer };
};

/** Compiled once per process; each block is an instance of it over its own memory. */
let compiled: object | undefined;
const dotModule = () => (compiled ??= new WebAssembly.Module(Buffer.from(DOT_WASM, 'base64')));

const PAGE = 65_536;

/**
 * Many records' vectors of one field in WebAssembly memory, each dotted with one query vector at a
 * time by dot.wat: the same doubles as `dot`, three to four times faster, for scorers that work
 * out hundreds of thousands of cosines a request. The query sits in the first slot, record `i` in
 * slot i + 1. A record without a vector, or of another dimension, has no dot (null), as with `dot`.
 */
export class VectorBlock {
  private readonly dimension: number;
  private readonly floats: Float32Array;
  private readonly present: Uint8Array;
  private readonly dotAt: (a: number, b: number, n: number) => number;
  private hasQuery = false;

  constructor(vectors: readonly (Float32Array | undefined)[]) {
    this.dimension = vectors.find((v) => v !== undefined)?.length ?? 0;
    const memory = new WebAssembly.Memory({ initial: Math.max(1, Math.ceil(((vectors.length + 1) * this.dimension * 4) / PAGE)) });
    this.dotAt = new WebAssembly.Instance(dotModule(), { env: { memory } }).exports.dot as (a: number, b: number, n: number) => number;
    this.floats = new Float32Array(memory.buffer);
    this.present = new Uint8Array(vectors.length);
    vectors.forEach((v, i) => {
      if (v?.length !== this.dimension || this.dimension === 0) return;
      this.floats.set(v, (i + 1) * this.dimension);
      this.present[i] = 1;
    });
  }

  /** The vector every `dot` is taken with, until the next call; none (or of another dimension): every dot is null. */
  setQuery(query: Float32Array | undefined): void {
    this.hasQuery = query?.length === this.dimension && this.dimension > 0;
    if (this.hasQuery) this.floats.set(query!, 0);
  }

  /** dot(query, record i's vector), null when either is missing. */
  dot(i: number): number | null {
    if (!this.hasQuery || this.present[i] !== 1) return null;
    return this.dotAt(0, (i + 1) * this.dimension * 4, this.dimension);
  }
}
