import request from 'supertest';
import { aCandidate, aMentor } from './support/builders';
import { LoopbackSmtp, mailBody, startSmtp } from './support/smtp';
import { startTestApp, TestApp, unique } from './support/test-app';

/** With SMTP_URL the proposal goes to a real SMTP server, with the link under PUBLIC_URL. */
describe('the proposal mail through SMTP_URL', () => {
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

  it('arrives at the mentor with a working one-time link, and nothing is stored', async () => {
    const coordinator = await t.key('coordinator');
    const email = `mentor-${unique()}@demo.kobling.no`;
    const candidateId = (await t.api(coordinator).post('/api/v1/candidates').send(aCandidate({ fullName: 'Layla Ahmed Hassan' }))).body.id;
    const mentorId = (await t.api(coordinator).post('/api/v1/mentors').send(aMentor({ email }))).body.id;
    const created = await t.api(coordinator).post('/api/v1/mentorships').send({ candidateId, mentorId });
    expect(created.status).toBe(201);

    const [mail] = await smtp.arrivedFor(email);
    const text = mailBody(mail.raw);
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
