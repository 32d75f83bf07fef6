import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

export interface EmbeddedPostgres {
  /** A postgres:// URL for the pg driver; the server accepts one connection at a time. */
  url: string;
  stop(): Promise<void>;
}

const LOCK_FILE = 'kobling.lock';

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** PGlite is one process's database: a second process opening the same folder would corrupt it. */
function lock(dataDir: string): () => void {
  const path = join(dataDir, LOCK_FILE);
  if (existsSync(path)) {
    const pid = Number(readFileSync(path, 'utf8'));
    if (pid !== process.pid && isRunning(pid)) {
      throw new Error(
        `The embedded database in ${dataDir} is in use by process ${pid} (is \`npm start\` running?). ` +
          'Stop that process first, or point DATABASE_URL at a PostgreSQL server.',
      );
    }
  }
  writeFileSync(path, String(process.pid));
  return () => rmSync(path, { force: true });
}

/**
 * PGlite with pgvector, served on a loopback port so the app reaches it through the same
 * `pg` driver as a real server: one data path. It runs in a worker thread of this process
 * (embedded-postgres.worker.js) so its queries never block the event loop. PGlite is a single
 * session, so the pool using it must hold one connection (transactions then serialise
 * instead of interleaving).
 */
export async function startEmbeddedPostgres(dataDir?: string): Promise<EmbeddedPostgres> {
  let unlock = () => undefined as void;
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    unlock = lock(dataDir);
  }
  const worker = new Worker(join(__dirname, 'embedded-postgres.worker.js'), { workerData: { dataDir } });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      worker.once('message', (m: { type: string; url?: string; message?: string }) =>
        m.type === 'ready' ? resolve(m.url!) : reject(new Error(`Embedded database: ${m.message}`)),
      );
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`Embedded database stopped at start (exit ${code})`)));
    });
    return {
      url,
      async stop() {
        await new Promise<void>((resolve) => {
          worker.once('exit', () => resolve());
          worker.postMessage({ type: 'stop' });
        });
        unlock();
      },
    };
  } catch (error) {
    await worker.terminate();
    unlock();
    throw error;
  }
}
