import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

/**
 * Security headers on every response (helmet). The CSP allows only the service's own scripts,
 * styles, images and fonts; Swagger UI at /docs loads its scripts as files (swagger-ui-init.js
 * too, no inline script) but writes `<style>` blocks and style attributes and draws icons as
 * data: images, hence `'unsafe-inline'` for styles and `data:` for images, nothing more.
 * HSTS only when the service is published over https: over plain http it would lock browsers
 * out of a local or intranet install.
 */
export function useSecurityHeaders(app: NestExpressApplication, { https }: { https: boolean }): void {
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          ...(https ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      frameguard: { action: 'deny' },
      strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    }),
  );
  // Every API answer carries personal data or keys: no browser or proxy may keep a copy.
  app.use('/api/v1', (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
}
