import request from 'supertest';
import { LoopbackSmtp, mailBody, startSmtp } from './support/smtp';
import { ADMIN_KEY, startTestApp, TestApp, unique } from './support/test-app';

/** The mail as it arrived at a real SMTP server on a loopback port. */
describe('Mail through SMTP_URL', () => {
  let smtp: LoopbackSmtp;
  let t: TestApp;

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestApp({ SMTP_URL: smtp.url, MAIL_FROM: 'Kobling <ikke-svar@kobling.example.no>', PUBLIC_URL: 'https://kobling.example.no' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('sends the invite through SMTP from MAIL_FROM, in plain Bokmål text with the link; nothing is stored', async () => {
    const kommune = await t.organisation('municipality');
    const email = `smtp-${unique()}@kommune.example.no`;
    const res = await t.api(ADMIN_KEY).post('/api/v1/users').send({ email, name: 'Ola Nordmann', role: 'coordinator', organisationId: kommune });
    expect(res.status).toBe(201);
    const [mail] = await smtp.arrivedFor(email);
    expect(mail.from).toBe('ikke-svar@kobling.example.no');
    expect(mail.raw).toMatch(/^Content-Type: text\/plain; charset=utf-8/im);
    expect(mail.raw).toMatch(/^Subject: =\?UTF-8\?Q\?Du_har_f=C3=A5tt_tilgang_til_Kobling\?=|^Subject: Du har fått tilgang til Kobling/m);
    const text = mailBody(mail.raw);
    expect(text).toContain('Hei, Ola Nordmann.');
    expect(text).toMatch(/https:\/\/kobling\.example\.no\/passord\?token=[\w-]{43}/);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM stored_mail WHERE to_address = $1`, [email]))[0].n).toBe(0);

    // The link in the mail sets the password.
    const token = /token=([\w-]{43})/.exec(text)![1];
    expect((await request(t.http).post('/api/v1/auth/password').send({ token, password: 'nordlys-over-lofoten-i-mars' })).status).toBe(204);
  });

  it('sends the reset link through SMTP, and nothing for an unknown address', async () => {
    const user = await t.user('employer');
    const before = smtp.received.length;
    expect((await request(t.http).post('/api/v1/auth/password-reset').send({ email: `ukjent-${unique()}@example.no` })).status).toBe(202);
    expect((await request(t.http).post('/api/v1/auth/password-reset').send({ email: user.email })).status).toBe(202);
    const [mail] = await smtp.arrivedFor(user.email);
    expect(mailBody(mail.raw)).toContain('gjelder i 1 time');
    expect(smtp.received.length).toBe(before + 1);
  });
});
