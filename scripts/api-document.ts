/**
 * npm run api:generate (and api:check)
 * Writes the OpenAPI document the service serves at /docs-json to the given file, keys of paths
 * and schemas sorted so the committed file changes only where the API does. Nest's preview mode
 * builds the modules without instantiating providers: no database, no network.
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../src/app.module';
import { loadConfig } from '../src/config/app-config';
import { buildOpenApiDocument, sortedDocument } from '../src/openapi/openapi-document';

async function main(out: string): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.create(AppModule.forRoot({ ...config, databaseUrl: 'postgres://preview.invalid/none' }), { preview: true, logger: false });
  const document = sortedDocument(buildOpenApiDocument(app));
  writeFileSync(out, JSON.stringify(document, null, 2) + '\n');
  await app.close();
}

main(process.argv[2] ?? 'openapi.json').catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
