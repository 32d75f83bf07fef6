import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Keys carry 256 random bits, so a plain SHA-256 is a safe way to store them (no salt or slow hash needed). */
export const hashApiKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

export function generateApiKey(): string {
  return `kob_${randomBytes(32).toString('base64url')}`;
}

export function sameSecret(a: string, b: string): boolean {
  const ha = Buffer.from(hashApiKey(a), 'hex');
  const hb = Buffer.from(hashApiKey(b), 'hex');
  return timingSafeEqual(ha, hb);
}
