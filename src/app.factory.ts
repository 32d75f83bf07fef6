import { INestApplication, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module';
import { QuietLogger } from './common/quiet-logger';
import { ProblemDetailsFilter } from './common/problem-details.filter';
import { validationPipe } from './common/validation';
import { AppConfig } from './config/app-config';
import { startEmbeddedPostgres, EmbeddedPostgres } from './database/embedded-postgres';
import { DemoKey, DemoSeeder } from './demo/demo-seeder';
import { ReferenceDataService } from './reference-data/reference-data.service';

export interface RunningApp {
  app: INestApplication;
  database: 'embedded' | 'postgres';
  demoKeys: DemoKey[];
  close(): Promise<void>;
}

/** Builds the whole service: database (embedded unless DATABASE_URL), migrations, reference data, demo data. */
export async function createApp(config: AppConfig, logger?: LoggerService | false): Promise<RunningApp> {
  let embedded: EmbeddedPostgres | undefined;
  if (!config.databaseUrl) embedded = await startEmbeddedPostgres(config.embeddedDataDir);
  const databaseUrl = config.databaseUrl ?? embedded!.url;
  try {
    const app = await NestFactory.create(AppModule.forRoot({ ...config, databaseUrl }), {
      logger: logger ?? new QuietLogger(),
      abortOnError: false,
    });
    configureHttp(app);
    await app.get(ReferenceDataService).importAll();
    // Runs the start-up checks (the embedding dimension) before anything is written.
    await app.init();
    let demoKeys: DemoKey[] = [];
    if (config.demoData) {
      const seeder = app.get(DemoSeeder);
      await seeder.seedIfEmpty();
      demoKeys = await seeder.issueDemoKeys();
    }
    return {
      app,
      database: embedded ? 'embedded' : 'postgres',
      demoKeys,
      async close() {
        await app.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

function configureHttp(app: INestApplication): void {
  app.useGlobalPipes(validationPipe);
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Kobling API')
      .setDescription(
        'Explainable matching of candidates with mentors, praksisplasser and jobs. ' +
          'Send `Authorization: Bearer <api key>`; errors are application/problem+json.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
