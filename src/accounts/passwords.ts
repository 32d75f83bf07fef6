import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hash, verify } from '@node-rs/argon2';
import { PACKAGE_ROOT } from '../config/package-root';
import { fieldError, FieldError } from '../common/problems';

/**
 * argon2id with the parameters OWASP recommends as a minimum (19 MiB, 2 passes, 1 lane); the
 * library's default algorithm is argon2id, and the PHC string records the parameters, so they can
 * be raised later without breaking stored hashes.
 */
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string): Promise<string> => hash(password, ARGON2);

/** A hash of nothing anyone knows: unknown addresses are checked against it, so they take as long as a wrong password. */
let dummyHash: Promise<string> | undefined;

/** True when `password` matches; with no stored hash, the same work is done against a dummy hash and the answer is false. */
export async function checkPassword(stored: string | null, password: string): Promise<boolean> {
  dummyHash ??= hash('kobling-dummy-password-that-no-one-has', ARGON2);
  if (!stored) {
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

let common: Set<string> | undefined;
/** data/passwords/common-passwords.txt: the 1,000 most common passwords (its header names the source). */
function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(join(PACKAGE_ROOT, 'data/passwords/common-passwords.txt'), 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#')),
  );
  return common;
}

/**
 * A common password is refused as typed (in any case), with digits and symbols added at the end
 * (`Password2024!`), or repeated (`qwertyqwerty`): the usual ways to stretch one to 12 characters.
 */
export function isCommonPassword(password: string): boolean {
  const list = commonPasswords();
  const lower = password.toLowerCase();
  const stem = lower.replace(/[^\p{L}]+$/u, '');
  const unit = /^(.+?)\1+$/.exec(lower)?.[1];
  return [lower, stem, unit].some((p) => p !== undefined && p !== '' && list.has(p));
}

/** The rules of a new password, as field errors of `field`. */
export function passwordErrors(field: string, password: string, email?: string): FieldError[] {
  const errors: FieldError[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH) errors.push(fieldError(field, 'too_short', { min: PASSWORD_MIN_LENGTH }));
  if (isCommonPassword(password)) errors.push(fieldError(field, 'password_too_common'));
  if (email && password.trim().toLowerCase() === email.toLowerCase()) errors.push(fieldError(field, 'password_is_email'));
  return errors;
}
