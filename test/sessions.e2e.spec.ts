import request from 'supertest';
import { aMentor } from './support/builders';
import { ADMIN_KEY, sessionCookieOf, startTestApp, TestApp, TEST_PASSWORD, unique } from './support/test-app';

/** A documentation address per test (RFC 5737), so the per-address lockout of one test never reaches another. */
const address = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}, 10.0.0.${Math.floor(Math.random() * 250) + 1}`;

describe('Logins and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: 'true' });
  });
  afterAll(() => t.close());

  const login = (email: string, password: string, from = address()) =>
    request(t.http).post('/api/v1/auth/login').set('X-Forwarded-For', from).send({ email, password });

  it('logs in with e-mail (any case) and password: an HttpOnly, SameSite=Lax cookie, the user and a CSRF token; the token is stored hashed', async () => {
    const organisation = await t.organisation('municipality');
    const coordinator = await t.user('coordinator', organisation);
    const res = await login(coordinator.email.toUpperCase(), TEST_PASSWORD);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      user: {
        id: coordinator.id,
        email: coordinator.email,
        name: 'Test coordinator',
        role: 'coordinator',
        status: 'active',
        organisation: { id: organisation, name: expect.any(String), kind: 'municipality' },
        lastLoginAt: expect.any(String),
        createdAt: expect.any(String),
      },
      csrfToken: expect.stringMatching(/^[\w-]{43}$/),
    });
    const setCookie = ([] as string[]).concat(res.headers['set-cookie']).find((c) => c.startsWith('kobling_session='))!;
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; SameSite=Lax/);
    expect(setCookie).toMatch(/; Path=\//);
    expect(setCookie).toMatch(/Max-Age=43200/);
    expect(setCookie).not.toMatch(/; Secure/);
    const token = sessionCookieOf(res).split('=')[1];
    const stored = await t.db.query('SELECT token_hash FROM sessions WHERE user_id = $1', [coordinator.id]);
    expect(stored.length).toBe(2);
    expect(stored.every((s: { token_hash: string }) => /^[0-9a-f]{64}$/.test(s.token_hash) && !s.token_hash.includes(token))).toBe(true);
    const [hash] = await t.db.query('SELECT password_hash FROM users WHERE id = $1', [coordinator.id]);
    expect(hash.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('answers /auth/me with the user and the CSRF token with a cookie, 401 without; the session acts with the user’s role and organisation', async () => {
    const coordinator = await t.user('coordinator');
    const me = await coordinator.get('/api/v1/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ user: { id: coordinator.id, role: 'coordinator', organisation: { id: coordinator.organisationId } }, csrfToken: coordinator.csrfToken });
    const none = await request(t.http).get('/api/v1/auth/me');
    expect(none.status).toBe(401);
    const withKey = await t.api(await t.key('coordinator')).get('/api/v1/auth/me');
    expect(withKey.status).toBe(401);
    expect(withKey.body.code).toBe('session_required');
    // A coordinator's routes work, an admin's are 403.
    expect((await coordinator.get('/api/v1/candidates')).status).toBe(200);
    const audit = await coordinator.get('/api/v1/audit');
    expect(audit.status).toBe(403);
    expect(audit.body.code).toBe('role_not_allowed');
  });

  it('refuses a cookie write without the X-CSRF-Token or with a wrong one (403), takes it with the right one; keys need none', async () => {
    const coordinator = await t.user('coordinator');
    const body = aMentor();
    const without = await request(t.http).post('/api/v1/mentors').set('Cookie', coordinator.cookie).send(body);
    expect(without.status).toBe(403);
    expect(without.body).toMatchObject({ code: 'csrf_token_invalid', status: 403 });
    const wrong = await request(t.http).post('/api/v1/mentors').set('Cookie', coordinator.cookie).set('X-CSRF-Token', 'x'.repeat(43)).send(body);
    expect(wrong.status).toBe(403);
    expect(wrong.body.code).toBe('csrf_token_invalid');
    const other = await t.user('coordinator');
    const othersToken = await request(t.http).post('/api/v1/mentors').set('Cookie', coordinator.cookie).set('X-CSRF-Token', other.csrfToken).send(body);
    expect(othersToken.status).toBe(403);
    const right = await coordinator.post('/api/v1/mentors').send(aMentor());
    expect(right.status).toBe(201);
    const key = await t.key('coordinator');
    expect((await t.api(key).post('/api/v1/mentors').send(aMentor())).status).toBe(201);
    // The audit row names the user, and the key's names the key.
    const rows = await t.db.query(`SELECT actor_user_id, actor_key_id FROM audit_log WHERE resource_id = $1`, [right.body.id]);
    expect(rows).toEqual([{ actor_user_id: coordinator.id, actor_key_id: null }]);
  });

  it('gives the same 401 for an unknown address, a wrong password, an invited and a disabled user, in about the same time', async () => {
    const coordinator = await t.user('coordinator');
    const invitedEmail = `invitert-${unique()}@test.kobling.no`;
    await t.api(ADMIN_KEY).post('/api/v1/users').send({ email: invitedEmail, name: 'Invitert', role: 'coordinator', organisationId: coordinator.organisationId });
    const disabled = await t.user('coordinator');
    await t.db.query(`UPDATE users SET status = 'disabled' WHERE id = $1`, [disabled.id]);
    const timed = async (email: string, password: string) => {
      const started = process.hrtime.bigint();
      const res = await login(email, password);
      return { res, ms: Number(process.hrtime.bigint() - started) / 1e6 };
    };
    const answers = [
      await timed(`ukjent-${unique()}@test.kobling.no`, TEST_PASSWORD),
      await timed(coordinator.email, 'feil-passord-helt-sikkert'),
      await timed(invitedEmail, TEST_PASSWORD),
      await timed(disabled.email, TEST_PASSWORD),
    ];
    for (const { res } of answers) {
      expect(res.status).toBe(401);
      expect(res.body).toEqual(answers[0].res.body);
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    expect(answers[0].res.body).toMatchObject({ code: 'login_failed', detail: 'E-postadressen eller passordet er feil.' });
    // Both paths run argon2: an unknown address is no quicker than a wrong password by much.
    expect(answers[0].ms).toBeGreaterThan(answers[1].ms / 4);
  });

  it('logs out: 204, the cookie cleared, the session ended (401 after), and logging out needs the CSRF token', async () => {
    const coordinator = await t.user('coordinator');
    const noToken = await request(t.http).post('/api/v1/auth/logout').set('Cookie', coordinator.cookie);
    expect(noToken.status).toBe(403);
    const res = await coordinator.post('/api/v1/auth/logout');
    expect(res.status).toBe(204);
    expect(([] as string[]).concat(res.headers['set-cookie']).join()).toMatch(/kobling_session=;.*Expires=Thu, 01 Jan 1970/);
    const after = await coordinator.get('/api/v1/auth/me');
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('session_expired');
  });

  it('ends a session unused for 30 minutes, and any session 12 hours after login, however busy', async () => {
    const idle = await t.user('coordinator');
    await t.db.query(`UPDATE sessions SET last_seen_at = now() - interval '29 minutes' WHERE user_id = $1`, [idle.id]);
    expect((await idle.get('/api/v1/auth/me')).status).toBe(200);
    await t.db.query(`UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE user_id = $1`, [idle.id]);
    const expired = await idle.get('/api/v1/auth/me');
    expect(expired.status).toBe(401);
    expect(expired.body.code).toBe('session_expired');
    expect(([] as string[]).concat(expired.headers['set-cookie']).join()).toMatch(/kobling_session=;/);

    const busy = await t.user('coordinator');
    await t.db.query(`UPDATE sessions SET created_at = now() - interval '11 hours 59 minutes' WHERE user_id = $1`, [busy.id]);
    expect((await busy.get('/api/v1/auth/me')).status).toBe(200);
    await t.db.query(`UPDATE sessions SET created_at = now() - interval '12 hours 1 minute' WHERE user_id = $1`, [busy.id]);
    expect((await busy.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('takes the timeouts from SESSION_IDLE_MINUTES and SESSION_MAX_HOURS', async () => {
    const short = await startTestApp({ SESSION_IDLE_MINUTES: '5', SESSION_MAX_HOURS: '1' });
    try {
      const user = await short.user('employer');
      await short.db.query(`UPDATE sessions SET last_seen_at = now() - interval '6 minutes' WHERE user_id = $1`, [user.id]);
      expect((await user.get('/api/v1/auth/me')).status).toBe(401);
      const other = await short.user('employer');
      await short.db.query(`UPDATE sessions SET created_at = now() - interval '61 minutes' WHERE user_id = $1`, [other.id]);
      expect((await other.get('/api/v1/auth/me')).status).toBe(401);
    } finally {
      await short.close();
    }
  });

  it('marks the cookie Secure when PUBLIC_URL is https', async () => {
    const secure = await startTestApp({ PUBLIC_URL: 'https://kobling.example.no' });
    try {
      const user = await secure.user('admin');
      const res = await request(secure.http).post('/api/v1/auth/login').send({ email: user.email, password: user.password });
      expect(([] as string[]).concat(res.headers['set-cookie']).join()).toMatch(/kobling_session=[^;]+;.*; Secure/);
    } finally {
      await secure.close();
    }
  });

  it('tells the console how people log in: password, and no single sign-on without OIDC_ISSUER', async () => {
    const res = await request(t.http).get('/api/v1/auth/providers');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ password: true, oidc: false });
    expect((await request(t.http).get('/api/v1/auth/oidc/login')).status).toBe(404);
  });

  describe('lockout', () => {
    it('answers 429 with Retry-After after 5 failed logins for one account within 15 minutes, even with the right password, and writes an audit row', async () => {
      const user = await t.user('employer');
      for (let i = 0; i < 5; i++) expect((await login(user.email, `feil-passord-${i}-xxxx`)).status).toBe(401);
      const locked = await login(user.email, TEST_PASSWORD);
      expect(locked.status).toBe(429);
      expect(locked.body).toMatchObject({ code: 'login_locked', status: 429 });
      const retryAfter = Number(locked.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(14 * 60);
      expect(retryAfter).toBeLessThanOrEqual(15 * 60);
      const [row] = await t.db.query(`SELECT actor_role, details FROM audit_log WHERE action = 'auth.login_locked' AND resource_id = $1`, [user.id]);
      expect(row).toMatchObject({ actor_role: 'system', details: { account: true, address: false } });
      // Retry-After counts down to the moment the oldest of the five leaves the window.
      await t.db.query(`UPDATE login_attempts SET at = at - interval '10 minutes' WHERE email = $1`, [user.email]);
      const later = await login(user.email, TEST_PASSWORD);
      expect(later.status).toBe(429);
      expect(Number(later.headers['retry-after'])).toBeLessThanOrEqual(5 * 60);
      await t.db.query(`UPDATE login_attempts SET at = at - interval '6 minutes' WHERE email = $1`, [user.email]);
      expect((await login(user.email, TEST_PASSWORD)).status).toBe(200);
    });

    it('answers 429 after 20 failed logins from one address, for any account; a successful login does not wipe the address’s failures', async () => {
      const from = address();
      const user = await t.user('employer');
      for (let i = 0; i < 19; i++) expect((await login(`ukjent-${i}-${unique()}@test.kobling.no`, 'feil-passord-xxxx', from)).status).toBe(401);
      expect((await login(user.email, TEST_PASSWORD, from)).status).toBe(200);
      expect((await login(`ukjent-${unique()}@test.kobling.no`, 'feil-passord-xxxx', from)).status).toBe(401);
      const locked = await login(user.email, TEST_PASSWORD, from);
      expect(locked.status).toBe(429);
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(14 * 60);
      // Another address is not locked.
      expect((await login(user.email, TEST_PASSWORD)).status).toBe(200);
    });

    it('keeps the count in the database, so a second process sees it', async () => {
      const user = await t.user('employer');
      for (let i = 0; i < 5; i++) await login(user.email, `feil-passord-${i}-xxxx`);
      const second = await startTestApp();
      try {
        const res = await request(second.http).post('/api/v1/auth/login').send({ email: user.email, password: TEST_PASSWORD });
        expect(res.status).toBe(429);
      } finally {
        await second.close();
      }
    });
  });
});
