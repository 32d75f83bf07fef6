import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import request from 'supertest';
import { aCandidate, aMentor } from './support/builders';
import { startTestApp, TestApp, unique } from './support/test-app';

/** With SMTP_URL the proposal goes to a real SMTP server, with the link under PUBLIC_URL. */
describe('the proposal mail through SMTP_URL', () => {
  const received: { to: string[]; raw: string }[] = [];
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
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
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

  it('arrives at the mentor with a working one-time link, and nothing is stored', async () => {
    const coordinator = await t.key('coordinator');
    const email = `mentor-${unique()}@demo.kobling.no`;
    const candidateId = (await t.api(coordinator).post('/api/v1/candidates').send(aCandidate({ fullName: 'Layla Ahmed Hassan' }))).body.id;
    const mentorId = (await t.api(coordinator).post('/api/v1/mentors').send(aMentor({ email }))).body.id;
    const created = await t.api(coordinator).post('/api/v1/mentorships').send({ candidateId, mentorId });
    expect(created.status).toBe(201);

    let mail: { raw: string } | undefined;
    for (let i = 0; i < 200 && !mail; i++) {
      mail = received.find((m) => m.to.includes(email));
      if (!mail) await new Promise((r) => setTimeout(r, 50));
    }
    expect(mail).toBeDefined();
    const text = bodyOf(mail!.raw);
    expect(text).toContain('koble deg som mentor med Layla.');
    expect(text).not.toContain('Layla Ahmed Hassan');
    const token = /https:\/\/kobling\.example\.no\/mentor-svar\?token=([A-Za-z0-9_-]+)/.exec(text)?.[1];
    expect(token).toBeDefined();
    expect((await t.db.query(`SELECT count(*)::int AS n FROM stored_mail WHERE to_address = $1`, [email]))[0].n).toBe(0);
    // Only the hash is stored.
    expect((await t.db.query(`SELECT count(*)::int AS n FROM mentorship_answer_links WHERE token_hash = $1`, [token]))[0].n).toBe(0);

    const accepted = await request(t.http).post(`/api/v1/mentorship-answers/${token}`).send({ answer: 'accept' });
    expect(accepted.body).toMatchObject({ mentorshipId: created.body.id, status: 'active', answer: 'accepted' });
  });
});
