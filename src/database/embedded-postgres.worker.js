'use strict';
/**
 * The embedded database's thread: PGlite (WebAssembly Postgres) with pgvector, served on a
 * loopback port by pglite-socket. PGlite executes queries synchronously, so on the service's
 * main thread every query (an HNSW insert, a scan) would block the event loop; here it blocks
 * only this thread. Plain JavaScript: Jest does not transform worker files.
 *
 * workerData: {dataDir?: string}. Posts {type: 'ready', url} or {type: 'error', message};
 * on {type: 'stop'} closes the server and the database, posts {type: 'stopped'} and exits.
 */
const { parentPort, workerData } = require('node:worker_threads');

async function main() {
  const { PGlite } = await import('@electric-sql/pglite');
  const { vector } = await import('@electric-sql/pglite-pgvector');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const db = await PGlite.create({ dataDir: workerData.dataDir, extensions: { vector } });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0 });
  await server.start();
  parentPort.on('message', async (message) => {
    if (message.type !== 'stop') return;
    await server.stop();
    await db.close();
    parentPort.postMessage({ type: 'stopped' });
    process.exit(0);
  });
  parentPort.postMessage({ type: 'ready', url: `postgres://postgres@${server.getServerConn()}/postgres` });
}

main().catch((error) => parentPort.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) }));
