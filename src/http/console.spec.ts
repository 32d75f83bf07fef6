import express from 'express';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { consoleDirectory, serveConsole } from './console';

describe('serving the console', () => {
  let dir: string;
  let app: express.Express;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kobling-console-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<div id="root"></div>');
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    app = express();
    // The two calls serveConsole makes on Nest's express application.
    const nest = {
      useStaticAssets: (path: string, options: object) => app.use(express.static(path, options)),
      use: (handler: express.RequestHandler) => app.use(handler),
    } as unknown as NestExpressApplication;
    expect(serveConsole(nest, dir)).toBe(true);
    // What Nest answers after: the API's own 404.
    app.use((_req, res) => res.status(404).type('application/problem+json').send('{"status":404}'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers the console\'s own paths with its page, never cached', async () => {
    for (const path of ['/', '/logg-inn', '/kandidater/0b7d2a4e-1111-4111-8111-111111111111']) {
      const res = await request(app).get(path).set('Accept', 'text/html');
      expect(res.status).toBe(200);
      expect(res.text).toContain('<div id="root">');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves hashed assets to be cached for good, and a missing one is a 404, not the page', async () => {
    const asset = await request(app).get('/assets/index-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await request(app).get('/assets/index-gone.js')).status).toBe(404);
  });

  it('leaves the API, the docs, health, writes and non-HTML requests to the service', async () => {
    for (const path of ['/api/v1/no-such-route', '/api', '/docs', '/docs-json', '/health/live']) {
      const res = await request(app).get(path).set('Accept', 'text/html');
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect((await request(app).post('/kandidater')).status).toBe(404);
    expect((await request(app).get('/kandidater').set('Accept', 'application/json')).status).toBe(404);
  });

  it('finds no console where none is built', () => {
    expect(consoleDirectory(tmpdir())).toBeNull();
  });
});
