import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';

/**
 * Without DATABASE_URL the suite runs on one in-memory embedded Postgres, started here and
 * reached through the same socket and `pg` driver the service uses; with it, on that server.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    console.log(`\nTests on PostgreSQL at ${process.env.DATABASE_URL.replace(/\/\/[^@]*@/, '//')}`);
    return;
  }
  const embedded = await startEmbeddedPostgres();
  (globalThis as { koblingEmbedded?: typeof embedded }).koblingEmbedded = embedded;
  process.env.DATABASE_URL = embedded.url;
  process.env.DATABASE_POOL_SIZE = '1';
  process.env.KOBLING_TEST_DATABASE = 'embedded';
  console.log('\nTests on the embedded Postgres (PGlite + pgvector)');
}
