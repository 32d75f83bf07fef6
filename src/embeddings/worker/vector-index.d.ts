export interface VectorHit {
  index: number;
  score: number;
}
export declare class VectorIndex {
  readonly size: number;
  constructor(data: Float32Array, dimension: number, options?: { seed?: number; probes?: number; lists?: number });
  nearest(query: Float32Array, k: number): VectorHit[];
}
export declare const EXACT_UP_TO: number;
