import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 'v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A stored value neither the current nor the previous key opens: the key was lost or mistyped. */
export class SecretUnreadableError extends Error {}

/**
 * Encrypts secrets at rest: AES-256-GCM, a random 12-byte IV per value, stored as
 * `v1:<base64 of iv | tag | ciphertext>`. GCM's tag makes a wrong key or an altered value fail
 * instead of decrypting to garbage. During a rotation it also opens values under the previous
 * key, and says so, so the caller can re-encrypt them with the current one.
 */
export class SecretBox {
  constructor(
    private readonly key: Buffer,
    private readonly previousKey?: Buffer,
  ) {
    for (const k of [key, previousKey]) if (k && k.length !== 32) throw new Error('A secret key is 32 bytes');
  }

  seal(plain: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return VERSION + Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64');
  }

  /**
   * The plain value, and whether it is stored as it should be (`current`: sealed under the
   * current key). Values without the `v1:` prefix were written before encryption at rest: plain.
   */
  open(stored: string): { value: string; current: boolean } {
    if (!stored.startsWith(VERSION)) return { value: stored, current: false };
    const sealed = Buffer.from(stored.slice(VERSION.length), 'base64');
    const value = decrypt(this.key, sealed);
    if (value !== null) return { value, current: true };
    const previous = this.previousKey ? decrypt(this.previousKey, sealed) : null;
    if (previous !== null) return { value: previous, current: false };
    throw new SecretUnreadableError(
      'A stored secret cannot be decrypted with KOBLING_SECRET_KEY' + (this.previousKey ? ' or KOBLING_SECRET_KEY_PREVIOUS' : '') +
        '. Start with the key it was encrypted with (during a rotation: as KOBLING_SECRET_KEY_PREVIOUS); see docs/operations.md, "Secrets and rotation".',
    );
  }
}

function decrypt(key: Buffer, sealed: Buffer): string | null {
  if (sealed.length < IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_BYTES));
    decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
