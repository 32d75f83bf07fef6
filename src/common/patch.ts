import { FieldError, fieldError, invalid } from './problems';

/**
 * The fields a PATCH sets. `null` clears a field only where clearing is allowed;
 * for the rest it is a validation error, not a database error.
 */
export function patchFields<T extends object>(dto: T, clearable: readonly (keyof T)[]): Partial<T> {
  const patch: Partial<T> = {};
  const errors: FieldError[] = [];
  for (const [key, value] of Object.entries(dto) as [keyof T, T[keyof T]][]) {
    if (value === undefined) continue;
    if (value === null && !clearable.includes(key)) {
      errors.push(fieldError(String(key), 'not_clearable'));
      continue;
    }
    patch[key] = value;
  }
  if (errors.length > 0) throw invalid(errors);
  return patch;
}
