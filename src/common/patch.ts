import { Problem } from './problems';

/**
 * The fields a PATCH sets. `null` clears a field only where clearing is allowed;
 * for the rest it is a validation error, not a database error.
 */
export function patchFields<T extends object>(dto: T, clearable: readonly (keyof T)[]): Partial<T> {
  const patch: Partial<T> = {};
  const errors: { field: string; message: string }[] = [];
  for (const [key, value] of Object.entries(dto) as [keyof T, T[keyof T]][]) {
    if (value === undefined) continue;
    if (value === null && !clearable.includes(key)) {
      errors.push({ field: String(key), message: `${String(key)} cannot be null` });
      continue;
    }
    patch[key] = value;
  }
  if (errors.length > 0) throw Problem.validation(errors);
  return patch;
}
