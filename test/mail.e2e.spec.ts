import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import request from 'supertest';
import { ADMIN_KEY, startTestApp, TestApp, unique } from './support/test-app';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** The mail as it arrived at a real SMTP server on a loopback port. */
describe('Mail through SMTP_URL', () => {
  const received: Received[] = [];
  let smtp: SMTPServer;
  let t: TestApp;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    t = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'Kobling <ikke-svar@kobling.example.no>', PUBLIC_URL: 'https://kobling.example.no' });
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  async function arrivedFor(to: string, count = 1): Promise<Received[]> {
    for (let i = 0; i < 200; i++) {
      const mine = received.filter((m) => m.to.includes(to));
      if (mine.length >= count) return mine;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no mail for ${to}`);
  }
  /** The text part, quoted-printable undone. */
  const bodyOf = (raw: string) =>
    Buffer.from(
      raw
        .split(/\r?\n\r?\n/)
        .slice(1)
        .join('\n\n')
        .replace(/=\r?\n/g, '')
        .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    ).toString('utf8');

  it('sends the invite through SMTP from MAIL_FROM, in plain Bokmål text with the link; nothing is stored', async () => {
    const kommune = await t.organisation('municipality');
    const email = `smtp-${unique()}@kommune.example.no`;
    const res = await t.api(ADMIN_KEY).post('/api/v1/users').send({ email, name: 'Ola Nordmann', role: 'coordinator', organisationId: kommune });
    expect(res.status).toBe(201);
    const [mail] = await arrivedFor(email);
    expect(mail.from).toBe('ikke-svar@kobling.example.no');
    expect(mail.raw).toMatch(/^Content-Type: text\/plain; charset=utf-8/im);
    expect(mail.raw).toMatch(/^Subject: =\?UTF-8\?Q\?Du_har_f=C3=A5tt_tilgang_til_Kobling\?=|^Subject: Du har fått tilgang til Kobling/m);
    const text = bodyOf(mail.raw);
    expect(text).toContain('Hei, Ola Nordmann.');
    expect(text).toMatch(/https:\/\/kobling\.example\.no\/passord\?token=[\w-]{43}/);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM stored_mail WHERE to_address = $1`, [email]))[0].n).toBe(0);

    // The link in the mail sets the password.
    const token = /token=([\w-]{43})/.exec(text)![1];
    expect((await request(t.http).post('/api/v1/auth/password').send({ token, password: 'nordlys-over-lofoten-i-mars' })).status).toBe(204);
  });

  it('sends the reset link through SMTP, and nothing for an unknown address', async () => {
    const user = await t.user('employer');
    const before = received.length;
    expect((await request(t.http).post('/api/v1/auth/password-reset').send({ email: `ukjent-${unique()}@example.no` })).status).toBe(202);
    expect((await request(t.http).post('/api/v1/auth/password-reset').send({ email: user.email })).status).toBe(202);
    const [mail] = await arrivedFor(user.email);
    expect(bodyOf(mail.raw)).toContain('gjelder i 1 time');
    expect(received.length).toBe(before + 1);
  });
});
