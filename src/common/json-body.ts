import { FieldError, fieldError } from './problems';

/** Deeper than any body Kobling accepts (a candidate is about 4 levels); far below what overflows the mapper's stack. */
export const MAX_JSON_DEPTH = 32;

/** A UTF-16 surrogate without its other half: valid in a JS string, refused by PostgreSQL's JSON and text. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export type JsonBodyFault = { kind: 'too_deep'; field: string } | { kind: 'bad_text'; errors: FieldError[] };

/**
 * Checks a parsed JSON body before the object mapper and validation see it: nesting depth
 * (class-transformer recurses, so 1,500 levels overflow the stack) and text PostgreSQL cannot
 * store (a lone surrogate, NUL). Walks with an explicit stack, so the check itself cannot overflow.
 */
export function inspectJsonBody(body: unknown): JsonBodyFault | undefined {
  const errors: FieldError[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: body, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      if (value.includes('\u0000') || LONE_SURROGATE.test(value)) errors.push(fieldError(path, 'unstorable_character'));
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_JSON_DEPTH) return { kind: 'too_deep', field: path };
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      if (key.includes('\u0000') || LONE_SURROGATE.test(key)) errors.push(fieldError(childPath, 'unstorable_character'));
      stack.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
  if (errors.length === 0) return undefined;
  errors.sort((a, b) => a.field.localeCompare(b.field));
  return { kind: 'bad_text', errors };
}
