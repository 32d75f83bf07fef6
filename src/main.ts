import 'reflect-metadata';
import cluster from 'node:cluster';
import { Logger } from '@nestjs/common';
import { createApp, RunningApp } from './app.factory';
import { ConfigError, loadConfig } from './config/app-config';
import { TaxonomyVectors } from './taxonomy/taxonomy-vectors';

async function main(): Promise<void> {
  const logger = new Logger('Kobling');
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      logger.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  if (config.webConcurrency > 1 && cluster.isPrimary) {
    supervise(config.webConcurrency, logger);
    return;
  }
  // With WEB_CONCURRENCY, the first process migrates and seeds before the others start, and alone says so.
  const first = (process.env.KOBLING_WORKER ?? '1') === '1';
  const running = await createApp(config);
  closeOnSignals(running, logger);
  await running.app.listen(config.port);
  const base = (await running.app.getUrl()).replace('[::1]', 'localhost').replace('127.0.0.1', 'localhost');
  const where = running.database === 'embedded' ? `embedded PGlite in ${config.embeddedDataDir ?? 'memory'}` : 'PostgreSQL at DATABASE_URL';
  const processes = config.webConcurrency > 1 ? `, process ${process.env.KOBLING_WORKER} of ${config.webConcurrency}` : '';
  logger.log(`Kobling API at ${base}/api/v1, docs at ${base}/docs (database: ${where}${processes})`);
  // In the background: taxonomy search is lexical until the label vectors are ready.
  void running.app.get(TaxonomyVectors).warm();
  if (!first) return;
  if (config.demoData && running.database === 'postgres') {
    logger.log('Demo data is loaded; demo keys are printed only on the embedded database. Create keys with ADMIN_API_KEY.');
  }
  if (running.demoUsers.length > 0) logger.log(`Konsollen: ${base}/`);
  for (const u of running.demoUsers) logger.log(`Logg inn som ${u.label}: ${u.email} / ${u.password}`);
  for (const k of running.demoKeys) {
    logger.log(`Demo ${k.role} key${k.organisation ? ` (${k.organisation})` : ''}: ${k.key}`);
  }
}

/**
 * WEB_CONCURRENCY=n: n service processes sharing the port (node:cluster) and the PostgreSQL server.
 * The first migrates the database and loads the reference data before the others start, so they
 * find it ready; caches stay right across them through the change feed (src/database/change-feed.ts).
 * A process that dies is started again; SIGTERM and SIGINT stop them all.
 */
function supervise(processes: number, logger: Logger): void {
  let stopping = false;
  const start = (index: number) => {
    const worker = cluster.fork({ KOBLING_WORKER: String(index) });
    worker.on('exit', (code, signal) => {
      if (stopping) return;
      logger.error(`Process ${index} stopped (${signal ?? `exit code ${code}`}); starting it again`);
      setTimeout(() => start(index), 1000);
    });
    return worker;
  };
  start(1).once('listening', () => {
    for (let index = 2; index <= processes; index++) start(index);
  });
  const onSignal = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  cluster.on('exit', () => {
    if (stopping && Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
  });
}

/**
 * SIGTERM (docker stop, systemd, Kubernetes) and SIGINT (Ctrl-C) close the service cleanly: the
 * embedded database is closed and its lock removed. A second signal does not wait.
 */
function closeOnSignals(running: RunningApp, logger: Logger): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) {
      logger.warn(`${signal} again: stopping at once`);
      process.exit(1);
    }
    closing = true;
    logger.log(`${signal}: finishing requests in flight, then stopping`);
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error(`Stopping failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

main().catch((error) => {
  new Logger('Kobling').error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
