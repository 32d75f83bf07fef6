import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SecretsConfig } from '../config/app-config';

/**
 * The key secrets are encrypted with: KOBLING_SECRET_KEY when set; otherwise one generated once
 * into the key file (mode 0600) and read on later starts; in memory, a key for this process only
 * (its database dies with it).
 */
export function loadSecretKey(config: SecretsConfig): Buffer {
  if (config.key) return config.key;
  if (!config.keyFile) return randomBytes(32);
  return readKeyFile(config.keyFile) ?? createKeyFile(config.keyFile);
}

function readKeyFile(path: string): Buffer | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if (!/^[0-9a-f]{64}$/.test(text)) throw new Error(`The secret key file ${path} does not hold a key (64 hex digits)`);
  return Buffer.from(text, 'hex');
}

/** Written whole under a temporary name and linked into place: a process starting at the same time reads a whole key or makes none. */
function createKeyFile(path: string): Buffer {
  mkdirSync(dirname(path), { recursive: true });
  const key = randomBytes(32);
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, key.toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
  try {
    linkSync(temporary, path);
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return readKeyFile(path)!;
  } finally {
    rmSync(temporary, { force: true });
  }
}
