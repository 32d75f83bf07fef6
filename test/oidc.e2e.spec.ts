import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import request from 'supertest';
import { ADMIN_KEY, sessionCookieOf, startTestApp, TestApp, unique } from './support/test-app';

const PUBLIC_URL = 'http://127.0.0.1:9/';
const CLIENT = { OIDC_CLIENT_ID: 'kobling-test', OIDC_CLIENT_SECRET: 'kobling-test-client-secret-0123456789' };

/** Single sign-on against a real OpenID provider (oidc-provider) on a loopback port. */
describe('Single sign-on (OpenID Connect)', () => {
  let provider: ChildProcess;
  let issuer: string;
  let t: TestApp;

  beforeAll(async () => {
    provider = spawn(process.execPath, [join(__dirname, 'support/oidc-provider.mjs')], {
      env: { ...process.env, ...CLIENT, REDIRECT_URI: new URL('api/v1/auth/oidc/callback', PUBLIC_URL).href },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    issuer = await new Promise<string>((resolve, reject) => {
      provider.stdout!.on('data', (chunk: Buffer) => {
        const match = /listening (\S+)/.exec(chunk.toString());
        if (match) resolve(match[1]);
      });
      provider.on('exit', (code) => reject(new Error(`provider exited ${code}`)));
    });
    t = await startTestApp({ PUBLIC_URL, OIDC_ISSUER: issuer, ...CLIENT });
  });
  afterAll(async () => {
    await t?.close();
    provider?.kill('SIGTERM');
  });

  /** From /oidc/login through the provider and back to /oidc/callback, keeping each side's cookies as a browser does. */
  async function signIn(email: string): Promise<request.Response> {
    await fetch(`${issuer}/__account?email=${encodeURIComponent(email)}`);
    const start = await request(t.http).get('/api/v1/auth/oidc/login');
    expect(start.status).toBe(302);
    const stateCookie = ([] as string[]).concat(start.headers['set-cookie']).find((c) => c.startsWith('kobling_oidc_state='))!.split(';')[0];
    const authorize = new URL(start.headers.location);
    expect(authorize.origin).toBe(issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    for (const p of ['state', 'nonce', 'code_challenge']) expect(authorize.searchParams.get(p)).toBeTruthy();

    const jar = new Map<string, string>();
    let location = authorize.href;
    for (let hop = 0; hop < 10 && location.startsWith(issuer); hop++) {
      const res = await fetch(location, { redirect: 'manual', headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
      for (const c of res.headers.getSetCookie()) {
        const [pair] = c.split(';');
        const eq = pair.indexOf('=');
        jar.set(pair.slice(0, eq), pair.slice(eq + 1));
      }
      expect([302, 303]).toContain(res.status);
      location = new URL(res.headers.get('location')!, location).href;
    }
    const back = new URL(location);
    expect(back.pathname).toBe('/api/v1/auth/oidc/callback');
    return request(t.http).get(`${back.pathname}${back.search}`).set('Cookie', stateCookie);
  }

  it('tells the console that single sign-on is on', async () => {
    expect((await request(t.http).get('/api/v1/auth/providers')).body).toEqual({ password: true, oidc: true });
  });

  it('logs in an invited user matched by e-mail in any case: a session, and the invited user becomes active', async () => {
    const kommune = await t.organisation('municipality');
    const email = `sso-${unique()}@kommune.example.no`;
    const created = await t.api(ADMIN_KEY).post('/api/v1/users').send({ email, name: 'Sigrid SSO', role: 'coordinator', organisationId: kommune });
    expect(created.body.status).toBe('invited');
    const res = await signIn(email.toUpperCase());
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe(PUBLIC_URL);
    const me = await request(t.http).get('/api/v1/auth/me').set('Cookie', sessionCookieOf(res));
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({ id: created.body.id, status: 'active', role: 'coordinator' });
    const [row] = await t.db.query(`SELECT details FROM audit_log WHERE action = 'auth.login' AND resource_id = $1`, [created.body.id]);
    expect(row.details.method).toBe('oidc');
  });

  it('sends an unknown e-mail, or a disabled user, to the console login page with an error code and no session', async () => {
    const unknown = await signIn(`ukjent-${unique()}@example.no`);
    expect(unknown.status).toBe(302);
    expect(unknown.headers.location).toBe(`${PUBLIC_URL}logg-inn?feil=oidc_no_access`);
    expect(([] as string[]).concat(unknown.headers['set-cookie'] ?? []).some((c) => /^kobling_session=[^;]/.test(c))).toBe(false);

    const user = await t.user('employer');
    await t.api(ADMIN_KEY).patch(`/api/v1/users/${user.id}`).send({ status: 'disabled' });
    expect((await signIn(user.email)).headers.location).toBe(`${PUBLIC_URL}logg-inn?feil=oidc_no_access`);
  });

  it('refuses a callback without the browser’s state cookie (login CSRF), and a state used twice', async () => {
    const res = await request(t.http).get('/api/v1/auth/oidc/callback?code=x&state=y');
    expect(res.headers.location).toBe(`${PUBLIC_URL}logg-inn?feil=oidc_failed`);
    const start = await request(t.http).get('/api/v1/auth/oidc/login');
    const state = new URL(start.headers.location).searchParams.get('state')!;
    const forged = await request(t.http).get(`/api/v1/auth/oidc/callback?code=x&state=${state}`).set('Cookie', 'kobling_oidc_state=other');
    expect(forged.headers.location).toBe(`${PUBLIC_URL}logg-inn?feil=oidc_failed`);
  });
});
