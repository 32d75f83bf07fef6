export declare function hashEmbed(text: string, dimension: number): Float32Array;
export declare const HASHING_MODEL_ID: string;
