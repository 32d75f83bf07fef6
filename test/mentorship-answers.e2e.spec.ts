import request from 'supertest';
import { Clock } from '../src/common/clock';
import { aCandidate, aMentor } from './support/builders';
import { ADMIN_KEY, startTestApp, TestApp, unique, UserAgent } from './support/test-app';

/** A mentor answers a proposal through the e-mailed link, without an account (issue 14). */
describe('mentorship answers', () => {
  let t: TestApp;
  let kommune: string;
  let coordinator: UserAgent;
  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: 'true' });
    kommune = await t.organisation('municipality', '1515');
    coordinator = await t.user('coordinator', kommune);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => t.close());

  /** A mentorship proposed by the coordinator user; the token from the mail the mentor got. */
  const proposed = async (mentorOverrides: Record<string, unknown> = {}) => {
    const email = `mentor-${unique()}@demo.kobling.no`;
    const candidate = (await coordinator.post('/api/v1/candidates').send(aCandidate({ fullName: `Amina Yusuf ${unique()}` }))).body;
    const mentor = (await coordinator.post('/api/v1/mentors').send(aMentor({ email, phone: '+47 412 34 567', ...mentorOverrides }))).body;
    const created = await coordinator.post('/api/v1/mentorships').send({ candidateId: candidate.id, mentorId: mentor.id });
    expect(created.status).toBe(201);
    const mail = (await t.api(ADMIN_KEY).get('/api/v1/dev/mail?limit=100')).body.items.find((m: { to: string }) => m.to === email);
    const token = mail ? /mentor-svar\?token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1] : undefined;
    return { id: created.body.id as string, candidate, mentor, mail, token: token!, email };
  };
  const publicApi = (address = '198.51.100.1') => ({
    show: (token: string) => request(t.http).get(`/api/v1/mentorship-answers/${token}`).set('X-Forwarded-For', address),
    answer: (token: string, body: Record<string, unknown>) => request(t.http).post(`/api/v1/mentorship-answers/${token}`).set('X-Forwarded-For', address).send(body),
  });
  const status = async (id: string) => (await t.db.query(`SELECT status, version, mentor_answer AS answer, started_at AS "startedAt", end_reason AS "endReason" FROM mentorships WHERE id = $1`, [id]))[0];

  it('e-mails the mentor in Norwegian with a link; the link shows the first name and who asks, and accepting makes it active', async () => {
    const { id, mail, token, candidate } = await proposed();
    expect(mail.subject).toBe('Vil du være mentor? Svar på forslaget');
    expect(mail.text).toContain('gjelder i 14 dager');
    expect(mail.text).toContain(`koble deg som mentor med Amina.`);
    expect(mail.text).not.toContain(candidate.fullName);
    expect(mail.text).toContain(coordinator.email);

    const shown = await publicApi().show(token);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ mentorshipId: id, status: 'proposed', open: true, answer: null, candidateFirstName: 'Amina', contact: { email: coordinator.email } });
    expect(JSON.stringify(shown.body)).not.toContain(candidate.fullName);
    expect(shown.body).not.toHaveProperty('candidateId');

    const accepted = await publicApi().answer(token, { answer: 'accept' });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'active', answer: 'accepted', open: false });
    expect(await status(id)).toMatchObject({ status: 'active', version: 2, answer: 'accepted' });
    expect((await status(id)).startedAt).not.toBeNull();

    // The coordinator sees the answer; the audit names the mentor, through the link.
    expect((await coordinator.get(`/api/v1/mentorships/${id}`)).body).toMatchObject({ status: 'active', mentorAnswer: 'accepted' });
    const audit = (await t.api(ADMIN_KEY).get(`/api/v1/audit?resourceId=${id}&action=mentorship.answer`)).body.items;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: { role: 'mentor' }, details: { answer: 'accepted', via: 'answer_link' } });
  });

  it('declines: the mentorship ends with the reason "declined by mentor", and the place is free again', async () => {
    const { id, token, mentor } = await proposed({ capacity: 1 });
    const declined = await publicApi().answer(token, { answer: 'decline', reason: 'Har ikke tid i vår' });
    expect(declined.body).toMatchObject({ status: 'ended', answer: 'declined' });
    expect(await status(id)).toMatchObject({ status: 'ended', endReason: 'declined by mentor: Har ikke tid i vår' });
    const again = await coordinator.post('/api/v1/mentorships').send({ candidateId: (await coordinator.post('/api/v1/candidates').send(aCandidate())).body.id, mentorId: mentor.id });
    expect(again.status).toBe(201);
  });

  it('works once: a second answer is 409 and changes nothing; the link then says it is answered', async () => {
    const { id, token } = await proposed();
    expect((await publicApi().answer(token, { answer: 'decline' })).status).toBe(200);
    const second = await publicApi().answer(token, { answer: 'accept' });
    expect(second.status).toBe(409);
    expect(second.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(second.body).toMatchObject({ code: 'mentorship_already_answered', detail: 'Du har allerede svart på dette forslaget.' });
    expect(await status(id)).toMatchObject({ status: 'ended', answer: 'declined', version: 2 });
    expect((await publicApi().show(token)).body).toMatchObject({ open: false, answer: 'declined' });
  });

  it('lets exactly one of six racing answers win', async () => {
    const { id, token } = await proposed();
    const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => publicApi().answer(token, { answer: i % 2 === 0 ? 'accept' : 'decline' })));
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    expect(answers.filter((r) => r.status === 409).every((r) => r.body.code === 'mentorship_already_answered')).toBe(true);
    const winner = answers.find((r) => r.status === 200)!.body.answer;
    expect(await status(id)).toMatchObject({ answer: winner, status: winner === 'accepted' ? 'active' : 'ended', version: 2 });
    expect((await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE resource_id = $1 AND action = 'mentorship.answer'`, [id]))[0].n).toBe(1);
  });

  it('refuses a link after 14 days (by the Clock) and a forged one, changing nothing', async () => {
    const { id, token } = await proposed();
    const clock = t.running.app.get(Clock);
    jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + 14 * 86_400_000 + 60_000));
    const expired = await publicApi().answer(token, { answer: 'accept' });
    expect([expired.status, expired.body.code]).toEqual([422, 'mentorship_answer_link_expired']);
    expect(expired.body.detail).toBe('Lenken gjaldt i 14 dager og er utløpt. Ta kontakt med koordinatoren.');
    expect((await publicApi().show(token)).status).toBe(422);
    jest.restoreAllMocks();

    // Just inside the 14 days it still works, so the refusal was the expiry.
    jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + 14 * 86_400_000 - 3_600_000));
    const forged = await publicApi().answer(`${token.slice(0, -2)}xx`, { answer: 'accept' });
    expect([forged.status, forged.body.code]).toEqual([404, 'mentorship_answer_link_invalid']);
    const english = await publicApi().show('not-a-token').set('Accept-Language', 'en');
    expect(english.body.detail).toBe('The link is not valid. Check that you have the whole link from the e-mail.');
    expect(await status(id)).toMatchObject({ status: 'proposed', version: 1, answer: null });
    expect((await publicApi().answer(token, { answer: 'accept' })).status).toBe(200);
  });

  it('refuses a bad answer body with 400 and leaves the link usable', async () => {
    const { id, token } = await proposed();
    for (const body of [{}, { answer: 'maybe' }, { answer: 'decline', reason: 'x'.repeat(501) }, { answer: 'accept', extra: 1 }]) {
      expect((await publicApi().answer(token, body)).status).toBe(400);
    }
    expect(await status(id)).toMatchObject({ status: 'proposed', version: 1 });
    expect((await publicApi().show(token)).body.open).toBe(true);
  });

  it('says the proposal is closed when the coordinator ended it first', async () => {
    const { id, token } = await proposed();
    expect((await coordinator.patch(`/api/v1/mentorships/${id}`).send({ status: 'ended', endReason: 'Kandidaten flyttet', version: 1 })).status).toBe(200);
    const late = await publicApi().answer(token, { answer: 'accept' });
    expect([late.status, late.body.code]).toEqual([409, 'mentorship_answer_closed']);
    expect(await status(id)).toMatchObject({ status: 'ended', answer: null });
    expect((await publicApi().show(token)).body).toMatchObject({ open: false, answer: null, status: 'ended' });
  });

  it('needs no login or CSRF token, also when a session cookie comes along', async () => {
    const { token } = await proposed();
    const withCookie = await request(t.http).post(`/api/v1/mentorship-answers/${token}`).set('Cookie', coordinator.cookie).set('X-Forwarded-For', '198.51.100.9').send({ answer: 'accept' });
    expect(withCookie.status).toBe(200);
  });

  it('answers 429 after 20 unknown links from one address, also to a right one', async () => {
    const { token } = await proposed();
    const guesser = publicApi('203.0.113.77');
    const guesses = await Promise.all(Array.from({ length: 22 }, (_, i) => guesser.show(`guess-${i}-${unique()}`)));
    expect(guesses.filter((r) => r.status === 404)).toHaveLength(20);
    const blocked = await guesser.answer(token, { answer: 'accept' });
    expect([blocked.status, blocked.body.code]).toEqual([429, 'auth_failures_blocked']);
    expect(blocked.headers['retry-after']).toBeDefined();
    expect((await publicApi('198.51.100.20').show(token)).body.open).toBe(true);
  });

  it('sends no mail to a mentor without an address; the coordinator can still move the proposal', async () => {
    const candidate = (await coordinator.post('/api/v1/candidates').send(aCandidate())).body;
    const mentor = (await coordinator.post('/api/v1/mentors').send(aMentor())).body;
    const before = (await t.db.query(`SELECT count(*)::int AS n FROM stored_mail`))[0].n;
    const created = await coordinator.post('/api/v1/mentorships').send({ candidateId: candidate.id, mentorId: mentor.id });
    expect(created.status).toBe(201);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM stored_mail`))[0].n).toBe(before);
    expect((await coordinator.patch(`/api/v1/mentorships/${created.body.id}`).send({ status: 'active', version: 1 })).body.status).toBe('active');
  });
});
