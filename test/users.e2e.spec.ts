import request from 'supertest';
import { ADMIN_KEY, startTestApp, TestApp, TEST_PASSWORD, unique } from './support/test-app';

const GOOD_PASSWORD = 'fjordbåt-lyng-og-tyttebær';

describe('Users: invites, password links, admin routes', () => {
  let t: TestApp;
  let kommune: string;
  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL: 'https://kobling.example.no/' });
    kommune = await t.organisation('municipality');
  });
  afterAll(() => t.close());

  const admin = () => t.api(ADMIN_KEY);
  const email = () => `person-${unique()}@kommune.example.no`;
  /** The newest stored mail to an address (mail to the reset route is sent after the answer: wait for it). */
  async function mailTo(to: string, count = 1): Promise<{ subject: string; text: string; token: string }> {
    for (let i = 0; i < 100; i++) {
      const rows = await t.db.query(`SELECT subject, text FROM stored_mail WHERE to_address = $1 ORDER BY id DESC`, [to]);
      if (rows.length >= count) return { ...rows[0], token: /token=([\w-]+)/.exec(rows[0].text)![1] };
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no mail to ${to}`);
  }
  const setPassword = (token: string, password: string) => request(t.http).post('/api/v1/auth/password').send({ token, password });
  const login = (address: string, password: string) =>
    request(t.http).post('/api/v1/auth/login').send({ email: address, password });
  const invite = async (body: Record<string, unknown> = {}) => {
    const res = await admin().post('/api/v1/users').send({ email: email(), name: 'Kari Nordmann', role: 'coordinator', organisationId: kommune, ...body });
    expect(res.status).toBe(201);
    return res.body as { id: string; email: string };
  };

  it('creates an invited user and mails a one-time link to /passord, in Bokmål', async () => {
    const address = email();
    const res = await admin().post('/api/v1/users').send({ email: address.toUpperCase(), name: 'Kari Nordmann', role: 'coordinator', organisationId: kommune });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ email: address, role: 'coordinator', status: 'invited', organisation: { id: kommune, kind: 'municipality' }, lastLoginAt: null });
    const mail = await mailTo(address);
    expect(mail.subject).toBe('Du har fått tilgang til Kobling');
    expect(mail.text).toMatch(/^Hei, Kari Nordmann\./);
    expect(mail.text).toContain('gjelder i 72 timer');
    expect(mail.text).toMatch(/https:\/\/kobling\.example\.no\/passord\?token=[\w-]{43}/);
    const [link] = await t.db.query(`SELECT token_hash, expires_at - created_at AS valid FROM account_links WHERE user_id = $1`, [res.body.id]);
    expect(link.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(link.token_hash).not.toContain(mail.token);
    // Invited: no login yet, with any password.
    expect((await login(address, TEST_PASSWORD)).status).toBe(401);
    // The same address in another case is taken.
    const again = await admin().post('/api/v1/users').send({ email: address.replace('person', 'PERSON'), name: 'X', role: 'admin' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('email_taken');
  });

  it('ties each role to its kind of organisation: coordinators to a kommune or a frivilligsentral, none for admins', async () => {
    const employer = await t.organisation('employer');
    const volunteer = await t.organisation('volunteer');
    const cases: [Record<string, unknown>, string][] = [
      [{ role: 'coordinator', organisationId: employer }, 'user_organisation_wrong_kind'],
      [{ role: 'employer', organisationId: undefined }, 'user_needs_organisation'],
      [{ role: 'admin', organisationId: kommune }, 'admin_user_no_organisation'],
      [{ role: 'career_centre', organisationId: '00000000-0000-4000-8000-000000000000' }, 'unknown_record'],
      [{ email: 'ikke-en-adresse' }, 'invalid_email'],
    ];
    for (const [body, code] of cases) {
      const res = await admin().post('/api/v1/users').send({ email: email(), name: 'X', role: 'coordinator', organisationId: kommune, ...body });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { code: string }) => e.code)).toContain(code);
    }
    expect((await admin().post('/api/v1/users').send({ email: email(), name: 'Frivillig', role: 'coordinator', organisationId: volunteer })).status).toBe(201);
    expect((await admin().post('/api/v1/users').send({ email: email(), name: 'Drift', role: 'admin' })).status).toBe(201);
  });

  it('sets the password with the invite link once: short, common and e-mail passwords refused with field errors (the link still works), then active and able to log in', async () => {
    const user = await invite();
    const { token } = await mailTo(user.email);
    const refused: [string, string[]][] = [
      ['kort-pass1', ['too_short']],
      ['password', ['too_short', 'password_too_common']],
      ['Password2024!!', ['password_too_common']],
      ['qwertyqwertyqwerty', ['password_too_common']],
      [user.email, ['password_is_email']],
    ];
    for (const [password, codes] of refused) {
      const res = await setPassword(token, password);
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { code: string }) => e.code).sort()).toEqual([...codes].sort());
      expect(res.body.errors.every((e: { field: string }) => e.field === 'password')).toBe(true);
    }
    expect((await setPassword(token, GOOD_PASSWORD)).status).toBe(204);
    const used = await setPassword(token, GOOD_PASSWORD + 'x');
    expect(used.status).toBe(422);
    expect(used.body.code).toBe('account_link_invalid');
    const res = await login(user.email, GOOD_PASSWORD);
    expect(res.status).toBe(200);
    expect(res.body.user.status).toBe('active');
  });

  it('refuses an invite link after 72 hours, and sends a new one on request (the old one stops working)', async () => {
    const user = await invite();
    const first = await mailTo(user.email);
    await t.db.query(`UPDATE account_links SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
    expect((await setPassword(first.token, GOOD_PASSWORD)).status).toBe(422);
    const again = await admin().post(`/api/v1/users/${user.id}/invite`);
    expect(again.status).toBe(200);
    const second = await mailTo(user.email, 2);
    expect(second.token).not.toBe(first.token);
    expect((await setPassword(second.token, GOOD_PASSWORD)).status).toBe(204);
    expect((await admin().post(`/api/v1/users/${user.id}/invite`)).body.code).toBe('user_not_invited');
  });

  it('answers a reset request with the same 202 whether or not the address has a user; the link works once, for an hour, and ends the sessions', async () => {
    const user = await t.user('coordinator', kommune);
    const unknown = await request(t.http).post('/api/v1/auth/password-reset').send({ email: `ukjent-${unique()}@example.no` });
    const known = await request(t.http).post('/api/v1/auth/password-reset').send({ email: user.email.toUpperCase() });
    expect(unknown.status).toBe(202);
    expect(known.status).toBe(202);
    expect(known.body).toEqual(unknown.body);
    const mail = await mailTo(user.email);
    expect(mail.subject).toBe('Nytt passord i Kobling');
    expect(mail.text).toContain('gjelder i 1 time');
    const [link] = await t.db.query(`SELECT extract(epoch FROM expires_at - created_at)::int AS seconds FROM account_links WHERE user_id = $1 AND purpose = 'reset'`, [user.id]);
    expect(link.seconds).toBe(3600);

    expect((await setPassword(mail.token, GOOD_PASSWORD)).status).toBe(204);
    expect((await user.get('/api/v1/auth/me')).status).toBe(401);
    expect((await login(user.email, TEST_PASSWORD)).status).toBe(401);
    expect((await login(user.email, GOOD_PASSWORD)).status).toBe(200);
    expect((await setPassword(mail.token, GOOD_PASSWORD + 'x')).status).toBe(422);

    await request(t.http).post('/api/v1/auth/password-reset').send({ email: user.email });
    const late = await mailTo(user.email, 2);
    await t.db.query(`UPDATE account_links SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND used_at IS NULL`, [user.id]);
    expect((await setPassword(late.token, 'enda-et-nytt-langt-passord')).status).toBe(422);
  });

  it('lists users paged and filtered, shows one, and 404s an unknown id', async () => {
    const volunteer = await t.organisation('volunteer');
    const a = await invite({ organisationId: volunteer });
    await invite({ organisationId: volunteer });
    const page = await admin().get(`/api/v1/users?organisationId=${volunteer}&limit=1`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ total: 2, page: 1, limit: 1, items: [{ organisation: { id: volunteer, kind: 'volunteer' } }] });
    expect((await admin().get(`/api/v1/users?organisationId=${volunteer}&status=active`)).body.total).toBe(0);
    const one = await admin().get(`/api/v1/users/${a.id}`);
    expect(one.body).toMatchObject({ id: a.id, email: a.email, status: 'invited' });
    expect((await admin().get('/api/v1/users/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const coordinator = await t.user('coordinator');
    expect((await coordinator.get('/api/v1/users')).status).toBe(403);
  });

  it('disables a user: the sessions end at once, the login is refused, and turning them on again lets them back in', async () => {
    const user = await t.user('employer');
    const adminUser = await t.user('admin');
    expect((await user.get('/api/v1/auth/me')).status).toBe(200);
    const res = await adminUser.patch(`/api/v1/users/${user.id}`).send({ status: 'disabled' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('disabled');
    expect((await user.get('/api/v1/openings')).status).toBe(401);
    expect((await login(user.email, TEST_PASSWORD)).status).toBe(401);
    const [row] = await t.db.query(`SELECT actor_user_id, details FROM audit_log WHERE action = 'user.update' AND resource_id = $1`, [user.id]);
    expect(row).toMatchObject({ actor_user_id: adminUser.id, details: { fields: ['status'], status: 'disabled', sessionsEnded: 1 } });
    expect((await adminUser.patch(`/api/v1/users/${user.id}`).send({ status: 'active' })).body.status).toBe('active');
    expect((await login(user.email, TEST_PASSWORD)).status).toBe(200);
  });

  it('changes role and organisation (checked together), takes effect on the open session, and keeps admins from locking themselves out', async () => {
    const user = await t.user('coordinator');
    const centre = await t.organisation('career_centre');
    const wrong = await admin().patch(`/api/v1/users/${user.id}`).send({ role: 'career_centre' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].code).toBe('user_organisation_wrong_kind');
    const moved = await admin().patch(`/api/v1/users/${user.id}`).send({ role: 'career_centre', organisationId: centre });
    expect(moved.body).toMatchObject({ role: 'career_centre', organisation: { id: centre } });
    expect((await user.get('/api/v1/auth/me')).body.user).toMatchObject({ role: 'career_centre' });
    expect((await admin().patch(`/api/v1/users/${user.id}`).send({ role: 'admin' })).body).toMatchObject({ role: 'admin', organisation: null });

    const self = await t.user('admin');
    for (const body of [{ status: 'disabled' }, { role: 'coordinator', organisationId: kommune }]) {
      const res = await self.patch(`/api/v1/users/${self.id}`).send(body);
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('own_user_account');
    }
    expect((await self.patch(`/api/v1/users/${self.id}`).send({ name: 'Nytt navn' })).body.name).toBe('Nytt navn');
  });

  it('lists the stored mail for admins at /dev/mail, newest first', async () => {
    const user = await invite();
    await admin().post(`/api/v1/users/${user.id}/invite`);
    const res = await admin().get('/api/v1/dev/mail?limit=100');
    expect(res.status).toBe(200);
    const mine = res.body.items.filter((m: { to: string }) => m.to === user.email);
    expect(mine).toHaveLength(2);
    expect(mine[0]).toEqual({ id: expect.any(String), to: user.email, subject: 'Du har fått tilgang til Kobling', text: expect.stringContaining('/passord?token='), createdAt: expect.any(String) });
    expect(new Date(mine[0].createdAt).getTime()).toBeGreaterThanOrEqual(new Date(mine[1].createdAt).getTime());
    expect(Number(mine[0].id)).toBeGreaterThan(Number(mine[1].id));
    expect((await t.api(await t.key('coordinator')).get('/api/v1/dev/mail')).status).toBe(403);
  });
});
