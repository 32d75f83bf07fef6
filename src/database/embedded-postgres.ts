import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

export interface EmbeddedPostgres {
  /** A postgres:// URL for the pg driver; the server accepts one connection at a time. */
  url: string;
  stop(): Promise<void>;
}

const LOCK_FILE = 'kobling.lock';

/** Lock files this process holds: its own PID in a lock it does not hold is a previous run's (a container restarts with the same PID). */
const held = new Set<string>();

/** EPERM: the process exists but is another user's. */
const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * PGlite is one process's database: a second process opening the same folder would corrupt it.
 * The lock is created exclusively (two starts at once cannot both take it); a lock left by a
 * process that is gone (killed, crashed) is stale and taken over.
 */
function lock(dataDir: string): () => void {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 1; ; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      try {
        writeSync(fd, String(process.pid));
      } finally {
        closeSync(fd);
      }
      held.add(path);
      return () => {
        held.delete(path);
        rmSync(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const pid = Number(readFileSync(path, 'utf8').trim());
    const stale = !Number.isInteger(pid) || pid <= 0 || (pid === process.pid ? !held.has(path) : !isRunning(pid));
    if (!stale || attempt > 1) {
      throw new Error(
        `The embedded database in ${dataDir} is in use by process ${pid} (is \`npm start\` running?). ` +
          'Stop that process first, or point DATABASE_URL at a PostgreSQL server.',
      );
    }
    rmSync(path, { force: true });
  }
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
