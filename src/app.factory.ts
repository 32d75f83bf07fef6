import { INestApplication, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module';
import { isCsvImportRequest, MAX_IMPORT_BYTES } from './candidate-import/import-columns';
import { QuietLogger } from './common/quiet-logger';
import { ProblemDetailsFilter } from './common/problem-details.filter';
import { validationPipe } from './common/validation';
import { AppConfig } from './config/app-config';
import { startEmbeddedPostgres, EmbeddedPostgres } from './database/embedded-postgres';
import { DemoKey, DemoSeeder, DemoUser } from './demo/demo-seeder';
import { EmbeddingsService } from './embeddings/embeddings.service';
import { buildOpenApiDocument } from './openapi/openapi-document';
import { answerClientErrorsWithProblems } from './http/client-errors';
import { serveConsole } from './http/console';
import { drainHttp } from './http/drain';
import { useSecurityHeaders } from './http/security-headers';
import { ReferenceDataService } from './reference-data/reference-data.service';
import { TaxonomyService } from './taxonomy/taxonomy.service';
import { WebhookDispatcher } from './webhooks/webhook-dispatcher';
import { TitleReadings } from './competence/title-readings';

export interface RunningApp {
  app: INestApplication;
  database: 'embedded' | 'postgres';
  demoKeys: DemoKey[];
  /** The demo users' e-mail and password (embedded demo database only). */
  demoUsers: DemoUser[];
  /** Stops taking requests, lets those in flight finish (bounded), stops the workers, closes Nest and the database. */
  close(): Promise<void>;
}

/** How long requests in flight may take to finish when the service stops. */
const DRAIN_MS = 10_000;

export interface CreateAppOptions {
  logger?: LoggerService | false;
  /**
   * A one-off task (backfill, bench) rather than the server: no embedding start-up checks or
   * background embedding, no webhook delivery worker, no demo data.
   */
  task?: boolean;
}

/** Builds the whole service: database (embedded unless DATABASE_URL), migrations, reference data, demo data. */
export async function createApp(config: AppConfig, { logger, task = false }: CreateAppOptions = {}): Promise<RunningApp> {
  let embedded: EmbeddedPostgres | undefined;
  if (!config.databaseUrl) embedded = await startEmbeddedPostgres(config.embeddedDataDir);
  const databaseUrl = config.databaseUrl ?? embedded!.url;
  let app: INestApplication | undefined;
  try {
    const nest = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ ...config, databaseUrl }), {
      logger: logger ?? new QuietLogger(),
      abortOnError: false,
    });
    app = nest;
    // Behind a proxy, the client's address (for the failed-auth limit) comes from X-Forwarded-For.
    nest.set('trust proxy', config.trustProxy);
    useSecurityHeaders(nest, { https: config.publicUrl?.protocol === 'https:' });
    answerClientErrorsWithProblems(nest.getHttpServer());
    configureHttp(nest);
    await app.get(ReferenceDataService).importAll();
    await app.get(TaxonomyService).importAll();
    await app.init();
    // Candidates' experience titles read again when the taxonomy changed since they were read (in the background).
    if (!task) app.get(TitleReadings).start();
    // The embedding start-up check (dimension) runs before anything is written.
    if (!task) await app.get(EmbeddingsService).start();
    // Delivery belongs to the server; a one-off task leaves it to the server's worker.
    if (!task && config.webhooks.dispatcher) app.get(WebhookDispatcher).start();
    let demoKeys: DemoKey[] = [];
    let demoUsers: DemoUser[] = [];
    if (config.demoData && !task) {
      const seeder = app.get(DemoSeeder);
      await seeder.seedIfEmpty();
      // Keys go to the log, so only a newcomer's embedded database gets them; a server's admin uses ADMIN_API_KEY.
      if (embedded) demoKeys = await seeder.issueDemoKeys();
      // Users with known passwords likewise: never on a real server's database.
      if (embedded) demoUsers = await seeder.ensureDemoUsers(config.embeddedDataDir);
    }
    return {
      app,
      database: embedded ? 'embedded' : 'postgres',
      demoKeys,
      demoUsers,
      async close() {
        // Nest closes the HTTP server only after the database: requests in flight would lose it.
        await drainHttp(nest.getHttpServer(), DRAIN_MS);
        await nest.get(TitleReadings).settled();
        await nest.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await app?.close();
    await embedded?.stop();
    throw error;
  }
}

function configureHttp(app: NestExpressApplication): void {
  // CSV bodies only on the import route, up to its limit; a larger body is a 413 problem.
  app.useBodyParser('text', { type: isCsvImportRequest, limit: MAX_IMPORT_BYTES });
  app.useGlobalPipes(validationPipe);
  app.useGlobalFilters(new ProblemDetailsFilter());
  // The console (web/, built into dist/web) at `/`; the API stays at /api/v1, its docs at /docs.
  serveConsole(app);
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
