import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { ADMIN_KEY, unique } from './support/test-app';

const ROOT = join(__dirname, '..');

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The PID of a process that has exited (and been reaped). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

interface Service {
  child: ChildProcess;
  base: string;
  output: () => string;
  exited: Promise<number | null>;
}

/** `npm start` as an operator runs it: the built service, its own embedded database in `dataDir`. */
async function startService(dataDir: string): Promise<Service> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, EMBEDDED_DATA_DIR: dataDir, PORT: String(port), DEMO_DATA: 'false', ADMIN_API_KEY: ADMIN_KEY, EMBEDDING_PROVIDER: 'hashing' };
  delete env.DATABASE_URL;
  delete env.DATABASE_POOL_SIZE;
  const child = spawn(process.execPath, ['dist/src/main.js'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = Date.now() + 120_000;
  while (!output.includes('Kobling API at')) {
    if (child.exitCode !== null || Date.now() > ready) throw new Error(`The service did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, base: `http://127.0.0.1:${port}`, output: () => output, exited };
}

/** Resolves with the exit code, or null if the process is still running after `ms`. */
const exitWithin = (service: Service, ms: number): Promise<number | null | 'running'> =>
  Promise.race([service.exited, new Promise<'running'>((resolve) => setTimeout(() => resolve('running'), ms))]);

describe('stopping the service', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kobling-stop-'));
  const lockFile = join(dataDir, 'kobling.lock');
  const services: Service[] = [];

  beforeAll(() => {
    // The test runs what operators run: the build.
    execFileSync(process.execPath, [join(ROOT, 'node_modules/@nestjs/cli/bin/nest.js'), 'build'], { cwd: ROOT, stdio: 'ignore' });
  }, 300_000);
  afterAll(() => {
    for (const s of services) if (s.child.exitCode === null) s.child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('closes the embedded database on SIGTERM, removes its lock and exits 0; the next start has the data', async () => {
    const first = await startService(dataDir);
    services.push(first);
    expect(Number(readFileSync(lockFile, 'utf8'))).toBe(first.child.pid);
    const name = `Verft ${unique()}`;
    const created = await fetch(`${first.base}/api/v1/organisations`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${ADMIN_KEY}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ kind: 'employer', name, municipalityCode: '1516' }),
    });
    expect(created.status).toBe(201);

    first.child.kill('SIGTERM');
    expect(await exitWithin(first, 30_000)).toBe(0);
    expect(existsSync(lockFile)).toBe(false);

    // Killed hard, a service leaves its lock behind with a PID that is gone: the next start takes it.
    writeFileSync(lockFile, String(await deadPid()));
    const second = await startService(dataDir);
    services.push(second);
    const list = await fetch(`${second.base}/api/v1/organisations?limit=100`, { headers: { Authorization: `Bearer ${ADMIN_KEY}` } });
    expect(((await list.json()) as { items: { name: string }[] }).items.map((o) => o.name)).toContain(name);

    second.child.kill('SIGINT');
    expect(await exitWithin(second, 30_000)).toBe(0);
    expect(existsSync(lockFile)).toBe(false);
  }, 300_000);

  it('refuses a folder whose lock is held by a running process, naming it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kobling-locked-'));
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      writeFileSync(join(folder, 'kobling.lock'), String(holder.pid));
      await expect(startEmbeddedPostgres(folder)).rejects.toThrow(`in use by process ${holder.pid}`);
      expect(readFileSync(join(folder, 'kobling.lock'), 'utf8')).toBe(String(holder.pid));
    } finally {
      holder.kill('SIGKILL');
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
