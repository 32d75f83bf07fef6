import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { closedLoop, fmt, percentile } from './support';

/** Clock ticks per second of /proc/<pid>/stat's utime and stime (USER_HZ: 100 on Linux). */
const TICKS = 100;

/** utime + stime in seconds per pid, of the processes `include` picks (by pid, command and parent). */
function cpuByPid(include: (pid: number, comm: string, ppid: number) => boolean): Map<number, number> {
  const seconds = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    // The command is in parentheses and may hold spaces; the fields after it are plain.
    const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ppid = Number(fields[1]);
    if (include(Number(entry), comm, ppid)) seconds.set(Number(entry), (Number(fields[11]) + Number(fields[12])) / TICKS);
  }
  return seconds;
}

/** The largest resident memory (MB) of the processes `include` picks: the catalogues are per process. */
function largestRssMb(include: (pid: number, comm: string, ppid: number) => boolean): number {
  let largest = 0;
  for (const pid of cpuByPid(include).keys()) {
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (rss) largest = Math.max(largest, Number(rss[1]) / 1024);
    } catch {
      // The process ended meanwhile.
    }
  }
  return largest;
}

/** CPU seconds used since `before` by the processes in `after` (one that started meanwhile counts from 0). */
const usedSince = (before: Map<number, number>, after: Map<number, number>) => [...after].reduce((sum, [pid, s]) => sum + s - (before.get(pid) ?? 0), 0);

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The built service (`dist/src/main.js`) with WEB_CONCURRENCY=n on the bench's database, ready once every process has warmed up. */
async function startService(processes: number, adminKey: string): Promise<{ child: ChildProcess; base: string; stop: () => Promise<void>; log: () => string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(__dirname, '..', '..', 'src', 'main.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      WEB_CONCURRENCY: String(processes),
      ADMIN_API_KEY: adminKey,
      DEMO_DATA: 'false',
      EMBEDDING_PROVIDER: 'hashing',
      RATE_LIMIT_RANKINGS_PER_MINUTE: '0',
      WEBHOOK_DISPATCHER: 'false',
      NO_COLOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  // Each process embeds the taxonomy's labels once at start: wait for all of them, so that CPU is not the ranking's.
  const warmed = () => (log.match(/Taxonomy search by embedding similarity/g) ?? []).length >= processes;
  for (let waited = 0; !warmed(); waited += 200) {
    if (child.exitCode !== null || waited > 300_000) throw new Error(`The service did not start with WEB_CONCURRENCY=${processes}:\n${log.slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const stop = async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  return { child, base: `http://127.0.0.1:${port}/api/v1`, stop, log: () => log };
}

/**
 * Ranking requests/s, p95 at 20 clients and at 1, and CPU per request (the service's processes and
 * PostgreSQL's together over the run, divided by the requests), with 1 and with 2 service
 * processes on the same database: figures that do not depend on how loaded the machine was.
 */
export async function processesBench(paths: ((i: number) => string)[], adminKey: string, requests: number): Promise<void> {
  console.log(`\nThe built service as its own processes (WEB_CONCURRENCY), the four ranking endpoints in turn, ${requests} requests at 20 clients, ${requests / 4} at 1`);
  console.log('processes  req/s (20 clients)  p95 ms (20)  p95 ms (1 client)  CPU ms/request (service + PostgreSQL)  largest RSS MB');
  for (const processes of [1, 2]) {
    const service = await startService(processes, adminKey);
    try {
      const url = (i: number) => service.base + paths[i % paths.length](i);
      const ours = (pid: number, _comm: string, ppid: number) => pid === service.child.pid || ppid === service.child.pid;
      const postgres = (_pid: number, comm: string) => comm === 'postgres';
      await closedLoop((i) => url(i + 5000), adminKey, 20, 80);
      const before = { service: cpuByPid(ours), postgres: cpuByPid(postgres) };
      const start = performance.now();
      const loaded = await closedLoop(url, adminKey, 20, requests);
      const seconds = (performance.now() - start) / 1000;
      const cpu = usedSince(before.service, cpuByPid(ours)) + usedSince(before.postgres, cpuByPid(postgres));
      const alone = await closedLoop((i) => url(i + 9000), adminKey, 1, requests / 4);
      console.log(
        `${String(processes).padEnd(11)}${fmt(requests / seconds, 0).padStart(18)}  ${fmt(percentile(loaded, 95)).padStart(11)}  ${fmt(percentile(alone, 95)).padStart(17)}  ${fmt((cpu * 1000) / requests, 1).padStart(10)}${fmt(largestRssMb(ours), 0).padStart(35)}`,
      );
    } catch (error) {
      // What the service said is what tells why a request failed.
      throw new Error(`${error instanceof Error ? error.message : String(error)} (WEB_CONCURRENCY=${processes}); the service's log ends:\n${service.log().slice(-3000)}`);
    } finally {
      await service.stop();
    }
  }
}
