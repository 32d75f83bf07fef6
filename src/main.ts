import 'reflect-metadata';
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
  const running = await createApp(config);
  closeOnSignals(running, logger);
  await running.app.listen(config.port);
  const base = (await running.app.getUrl()).replace('[::1]', 'localhost').replace('127.0.0.1', 'localhost');
  const where = running.database === 'embedded' ? `embedded PGlite in ${config.embeddedDataDir ?? 'memory'}` : 'PostgreSQL at DATABASE_URL';
  logger.log(`Kobling API at ${base}/api/v1, docs at ${base}/docs (database: ${where})`);
  if (config.demoData && running.database === 'postgres') {
    logger.log('Demo data is loaded; demo keys are printed only on the embedded database. Create keys with ADMIN_API_KEY.');
  }
  if (running.demoUsers.length > 0) logger.log(`Konsollen: ${base}/`);
  for (const u of running.demoUsers) logger.log(`Logg inn som ${u.label}: ${u.email} / ${u.password}`);
  for (const k of running.demoKeys) {
    logger.log(`Demo ${k.role} key${k.organisation ? ` (${k.organisation})` : ''}: ${k.key}`);
  }
  // In the background: taxonomy search is lexical until the label vectors are ready.
  void running.app.get(TaxonomyVectors).warm();
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
