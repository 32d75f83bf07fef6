import { randomBytes } from 'node:crypto';
import { SecretBox, SecretUnreadableError } from './secret-box';

describe('SecretBox', () => {
  const key = randomBytes(32);
  const box = new SecretBox(key);

  it('seals to v1:<base64> with a fresh IV each time, and opens it again', () => {
    const a = box.seal('whsec_abc');
    const b = box.seal('whsec_abc');
    expect(a).toMatch(/^v1:[A-Za-z0-9+/]+=*$/);
    expect(a).not.toBe(b);
    expect(box.open(a)).toEqual({ value: 'whsec_abc', current: true });
  });

  it('takes a value without the prefix as plain text written before encryption', () => {
    expect(box.open('whsec_plain')).toEqual({ value: 'whsec_plain', current: false });
  });

  it('opens values under the previous key during a rotation, marked for re-encryption', () => {
    const old = box.seal('pseudonym');
    const rotated = new SecretBox(randomBytes(32), key);
    expect(rotated.open(old)).toEqual({ value: 'pseudonym', current: false });
    expect(rotated.open(rotated.seal('pseudonym'))).toEqual({ value: 'pseudonym', current: true });
  });

  it('refuses a wrong key or an altered value instead of decrypting garbage', () => {
    const sealed = box.seal('secret');
    expect(() => new SecretBox(randomBytes(32)).open(sealed)).toThrow(SecretUnreadableError);
    expect(() => new SecretBox(randomBytes(32)).open(sealed)).toThrow(/KOBLING_SECRET_KEY/);
    const bytes = Buffer.from(sealed.slice(3), 'base64');
    bytes[bytes.length - 1] ^= 1;
    expect(() => box.open('v1:' + bytes.toString('base64'))).toThrow(SecretUnreadableError);
  });
});
