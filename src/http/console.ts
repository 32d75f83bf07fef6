import { existsSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/** Paths the service answers itself: never the console's page, so an unknown API route stays a problem+json 404. */
const SERVICE_PATHS = /^\/(api|docs|docs-json|health)(\/|$)/;

/**
 * Where the built console is (`dist/web`, from `vite build`), found from this file so the compiled
 * service (dist/src/http) and the tests (src/http) find the same folder; null when it is not built.
 */
export function consoleDirectory(from: string = __dirname): string | null {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
  const web = join(dir, 'dist', 'web');
  return existsSync(join(web, 'index.html')) ? web : null;
}

/**
 * Serves the console at `/`: its files, and its page (index.html) for every other path a browser
 * opens, so `/kandidater/…` works on reload. Hashed assets are cached for good, the page never.
 */
export function serveConsole(app: NestExpressApplication, dir: string | null = consoleDirectory()): boolean {
  if (!dir) return false;
  const page = join(dir, 'index.html');
  app.useStaticAssets(dir, {
    index: false,
    setHeaders(res, path) {
      res.setHeader('Cache-Control', path.includes(`${join(dir, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    // A missing file (a stale asset) is a 404, not the page.
    if (SERVICE_PATHS.test(req.path) || extname(req.path) !== '') return next();
    if (!req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(page);
  });
  return true;
}
