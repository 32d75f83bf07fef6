import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const START_TIMEOUT_MS = 240_000;

/** What the journeys need to know about the running service: written to a file, its path in the environment. */
export interface ServiceInfo {
  baseURL: string;
  dataDir: string;
  /** Demo API keys by role, from the start-up log, with the key's organisation. */
  keys: Record<string, { key: string; organisation: string | null }>;
  /** Demo users' passwords by email, from the start-up log ("Logg inn som …: email / password"). */
  passwords: Record<string, string>;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port'))));
    });
  });
}

/** Starts `node dist/src/main.js` (built by scripts/browser-tests.js) and waits for its "API at" line. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const main = join(ROOT, 'dist', 'src', 'main.js');
  if (!existsSync(main) || !existsSync(join(ROOT, 'dist', 'web', 'index.html'))) {
    throw new Error('The service is not built: run `npm run build` (scripts/browser-tests.js does).');
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'kobling-browser-'));
  const child: ChildProcess = spawn(process.execPath, [main], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: '',
      EMBEDDED_DATA_DIR: join(dataDir, 'pglite'),
      DEMO_DATA: 'true',
      EMBEDDING_PROVIDER: 'hashing',
      NO_COLOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keys: ServiceInfo['keys'] = {};
  const passwords: ServiceInfo['passwords'] = {};
  await new Promise<void>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`The service did not start in ${START_TIMEOUT_MS / 1000} s:\n${log}`)), START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      for (const m of log.matchAll(/Demo (\w+) key(?: \(([^)]*)\))?: (\S+)/g)) keys[m[1]] = { key: m[3], organisation: m[2] ?? null };
      for (const m of log.matchAll(/Logg inn som [^:]+: (\S+@\S+) \/ (\S+)/g)) passwords[m[1]] = m[2];
      // The demo keys and users are printed right after the "API at" line, in the same tick.
      if (/Kobling API at/.test(log)) {
        clearTimeout(timer);
        setTimeout(ok, 500);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`The service stopped (exit ${code}) before it was ready:\n${log}`));
    });
  });
  const info: ServiceInfo = { baseURL: `http://127.0.0.1:${port}`, dataDir, keys, passwords };
  const infoFile = join(dataDir, 'service.json');
  writeFileSync(infoFile, JSON.stringify(info));
  process.env.KOBLING_BROWSER_SERVICE = infoFile;

  return async () => {
    child.removeAllListeners('exit');
    if (child.exitCode === null) {
      const exited = new Promise((ok) => child.once('exit', ok));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((ok) => setTimeout(ok, 15_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
}

export function serviceInfo(): ServiceInfo {
  const file = process.env.KOBLING_BROWSER_SERVICE;
  if (!file) throw new Error('KOBLING_BROWSER_SERVICE is not set: run through test/browser/playwright.config.ts');
  return JSON.parse(readFileSync(file, 'utf8')) as ServiceInfo;
}
