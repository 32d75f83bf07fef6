import request from 'supertest';
import { ADMIN_KEY, startTestApp, TestApp } from './support/test-app';

/** The CSP's directives as a map: `script-src` → ["'self'"]. */
const directives = (csp: string): Record<string, string[]> =>
  Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );

describe('security headers over http', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const expectHardened = (res: request.Response) => {
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    const csp = directives(res.headers['content-security-policy']);
    expect(csp).toMatchObject({ 'default-src': ["'self'"], 'script-src': ["'self'"], 'frame-ancestors': ["'none'"], 'object-src': ["'none'"] });
    // Served over plain http here (no PUBLIC_URL): no HSTS.
    expect(res.headers['strict-transport-security']).toBeUndefined();
  };

  it('sends them on the API, with no-store, on answers and on problems alike', async () => {
    const ok = await t.api(ADMIN_KEY).get('/api/v1/organisations?limit=1');
    expect(ok.status).toBe(200);
    expectHardened(ok);
    expect(ok.headers['cache-control']).toBe('no-store');
    for (const res of [await t.api().get('/api/v1/organisations'), await t.api(ADMIN_KEY).get('/api/v1/organisations?limit=nope'), await t.api(ADMIN_KEY).get('/api/v1/no-such-route')]) {
      expect(res.status).toBeGreaterThanOrEqual(400);
      expectHardened(res);
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });

  it('sends them on /health', async () => {
    const res = await request(t.http).get('/health');
    expect(res.status).toBe(200);
    expectHardened(res);
  });

  it('serves /docs under a CSP that allows every script, style and image it loads, none inline', async () => {
    const page = await request(t.http).get('/docs/');
    expect(page.status).toBe(200);
    expectHardened(page);
    const csp = directives(page.headers['content-security-policy']);
    // A browser runs no inline script under script-src 'self': the page must have none.
    const scripts = [...page.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThanOrEqual(3);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/src=/);
      expect(body.trim()).toBe('');
    }
    if (/<style[\s>]/.test(page.text)) expect(csp['style-src']).toContain("'unsafe-inline'");
    // Every asset it references is the service's own (so 'self' covers it) and is there.
    const assets = [...page.text.matchAll(/(?:src|href)=["']([^"']+)["']/g)].map((m) => m[1]);
    expect(assets).toEqual(expect.arrayContaining([expect.stringMatching(/swagger-ui-bundle\.js$/), expect.stringMatching(/swagger-ui-init\.js$/), expect.stringMatching(/swagger-ui\.css$/)]));
    for (const asset of assets) {
      expect(asset).not.toMatch(/^(https?:)?\/\//);
      const path = new URL(asset, 'http://kobling.local/docs/').pathname;
      const res = await request(t.http).get(path);
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
      expectHardened(res);
    }
    // Swagger UI's icons are data: images in its CSS.
    const css = await request(t.http).get('/docs/swagger-ui.css');
    if (css.text.includes('url("data:') || css.text.includes("url('data:") || css.text.includes('url(data:')) expect(csp['img-src']).toContain('data:');
    // The spec it loads comes from the same origin.
    expect((await request(t.http).get('/docs-json')).status).toBe(200);
  });

});

// Apart: the embedded suite database serves one app at a time.
describe('security headers over https', () => {
  it('asks for HSTS when the service is published over https', async () => {
    const https = await startTestApp({ PUBLIC_URL: 'https://kobling.example.no' });
    try {
      const res = await request(https.http).get('/health');
      expect(res.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    } finally {
      await https.close();
    }
  });
});
