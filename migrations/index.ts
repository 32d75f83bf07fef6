import { Foundation1764000000000 } from './1764000000000-Foundation';

/** Every migration, in order. Listed by class so the same list works from ts-jest and from dist/. */
export const migrations = [Foundation1764000000000];
