import { BACKFILL_CONSENT_HISTORY } from '../migrations/1764840000000-CandidateConsents';
import { Clock } from '../src/common/clock';
import { aCandidate } from './support/builders';
import { startTestApp, TestApp } from './support/test-app';

interface Entry {
  kind: string;
  granted: boolean;
  textVersion: string;
  text: string;
  recordedAt: string;
  recordedBy: { kind: string; id: string | null; name: string | null };
}

/** Consent as a history: who recorded what, when, against which text; the current consent is the latest entry. */
describe('consent history', () => {
  let t: TestApp;
  let coordinator: string;

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.key('coordinator');
  });
  afterAll(() => t.close());

  it('gives the consent text in force, in Norwegian, with its version', async () => {
    const res = await t.api(coordinator).get('/api/v1/candidates/consent-text');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ version: expect.any(String), matching: expect.stringMatching(/^Jeg samtykker/), shareWithEmployers: expect.stringMatching(/arbeidsgivere/) });
  });

  it('records consent at registration and every change after, by the user who did it, against the text', async () => {
    const user = await t.user('coordinator');
    const text = (await user.get('/api/v1/candidates/consent-text')).body;
    const registeredAt = new Date('2026-11-02T09:15:00Z');
    const clock = jest.spyOn(t.running.app.get(Clock), 'now').mockReturnValue(registeredAt);
    const created = await user.post('/api/v1/candidates').send(aCandidate({ consent: { matching: true, shareWithEmployers: false }, consentTextVersion: text.version }));
    expect(created.status).toBe(201);
    expect(created.body.consent).toEqual({ matching: true, shareWithEmployers: false });
    // One candidate's answer names its desired occupations too, for the form to show them.
    expect(created.body.desiredOccupationTitles).toEqual([{ code: '2411', title: expect.stringMatching(/\w/) }]);
    const first: Entry[] = created.body.consentHistory;
    expect(first).toHaveLength(2);
    expect(first).toEqual(
      expect.arrayContaining([
        { kind: 'matching', granted: true, textVersion: text.version, text: text.matching, recordedAt: registeredAt.toISOString(), recordedBy: { kind: 'user', id: user.id, name: 'Test coordinator' } },
        expect.objectContaining({ kind: 'shareWithEmployers', granted: false, text: text.shareWithEmployers }),
      ]),
    );

    // A week later the candidate agrees to be shown to employers; an edit that leaves consent as it is records nothing.
    const changedAt = new Date('2026-11-09T13:00:00Z');
    clock.mockReturnValue(changedAt);
    const id = created.body.id as string;
    expect((await user.patch(`/api/v1/candidates/${id}`).send({ goals: 'Fagbrev', version: 1 })).body.consentHistory).toHaveLength(2);
    const changed = await user.patch(`/api/v1/candidates/${id}`).send({ consent: { matching: true, shareWithEmployers: true }, version: 2 });
    expect(changed.status).toBe(200);
    clock.mockRestore();
    expect(changed.body.consent).toEqual({ matching: true, shareWithEmployers: true });
    const history: Entry[] = (await user.get(`/api/v1/candidates/${id}`)).body.consentHistory;
    expect(history).toHaveLength(3);
    // Newest first: the grant, with its time from the clock.
    expect(history[0]).toMatchObject({ kind: 'shareWithEmployers', granted: true, recordedAt: changedAt.toISOString(), recordedBy: { kind: 'user', id: user.id } });

    // The ranking reads the current consent: withdrawn matching, no mentor matches.
    const withdrawn = await user.patch(`/api/v1/candidates/${id}`).send({ consent: { matching: false, shareWithEmployers: true }, version: 3 });
    expect(withdrawn.body.consentHistory[0]).toMatchObject({ kind: 'matching', granted: false });
    const proposal = await user.post('/api/v1/mentorships').send({ candidateId: id, mentorId: '00000000-0000-4000-8000-000000000000' });
    expect(proposal.status).not.toBe(201);
    const [row] = await t.db.query(`SELECT consent_matching, consent_share_with_employers FROM candidates WHERE id = $1`, [id]);
    expect(row).toEqual({ consent_matching: false, consent_share_with_employers: true });
  });

  it('names the key that recorded consent when an integration did', async () => {
    const created = await t.api(coordinator).post('/api/v1/candidates').send(aCandidate());
    expect(created.body.consentHistory[0].recordedBy).toEqual({ kind: 'key', id: expect.any(String), name: 'test coordinator' });
  });

  it('refuses an outdated consent text beside its field, in the reader’s language, and writes nothing', async () => {
    const before = await t.db.query(`SELECT count(*)::int AS n FROM candidate_consents`);
    const res = await t.api(coordinator).post('/api/v1/candidates').set('Accept-Language', 'nb').send(aCandidate({ consentTextVersion: '2020-01-01' }));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'consentTextVersion', code: 'consent_text_outdated', message: expect.stringMatching(/gjelder ikke lenger/) })]);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM candidate_consents`)).toEqual(before);
  });

  it('records one of two racing consent changes of the same version; the other is told the record changed', async () => {
    const created = await t.api(coordinator).post('/api/v1/candidates').send(aCandidate({ consent: { matching: false, shareWithEmployers: false } }));
    const id = created.body.id as string;
    const [a, b] = await Promise.all([
      t.api(coordinator).patch(`/api/v1/candidates/${id}`).send({ consent: { matching: true, shareWithEmployers: false }, version: 1 }),
      t.api(coordinator).patch(`/api/v1/candidates/${id}`).send({ consent: { matching: false, shareWithEmployers: true }, version: 1 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body.code).toBe('version_stale');
    const winner = a.status === 200 ? a : b;
    const read = (await t.api(coordinator).get(`/api/v1/candidates/${id}`)).body;
    // Two entries at registration, one from the winner; the current consent is the winner's, in the view and in the columns.
    expect(read.consentHistory).toHaveLength(3);
    expect(read.consent).toEqual(winner.body.consent);
    const [row] = await t.db.query(`SELECT consent_matching AS matching, consent_share_with_employers AS "shareWithEmployers" FROM candidates WHERE id = $1`, [id]);
    expect(row).toEqual(winner.body.consent);
  });

  it('records consent from a bulk import too', async () => {
    const centre = await t.key('career_centre', await t.organisation('career_centre'));
    const csv =
      'externalRef,fullName,municipalityCode,norwegianLevel,occupationCode,skills,interests,consentMatching,consentShareWithEmployers\n' +
      'K-1,Import Kandidat,4601,A2,3313,regnskap,fjellturer,true,false\n';
    const res = await t.api(centre).post('/api/v1/candidates/import').set('Content-Type', 'text/csv').send(csv);
    expect([res.status, res.body.code]).toEqual([201, undefined]);
    const id = res.body.rows[0].id as string;
    const history: Entry[] = (await t.api(centre).get(`/api/v1/candidates/${id}`)).body.consentHistory;
    expect(history.map((e) => [e.kind, e.granted]).sort()).toEqual([['matching', true], ['shareWithEmployers', false]]);
  });

  it('migrates a candidate from before the history: one entry per kind from its booleans, recorded by the migration', async () => {
    // A record as it was before: the booleans, and no history.
    const created = await t.api(coordinator).post('/api/v1/candidates').send(aCandidate({ consent: { matching: true, shareWithEmployers: false } }));
    const id = created.body.id as string;
    await t.db.query(`DELETE FROM candidate_consents WHERE candidate_id = $1`, [id]);
    const [{ updated_at }] = await t.db.query(`SELECT updated_at FROM candidates WHERE id = $1`, [id]);
    await t.db.query(BACKFILL_CONSENT_HISTORY);
    const read = (await t.api(coordinator).get(`/api/v1/candidates/${id}`)).body;
    expect(read.consent).toEqual({ matching: true, shareWithEmployers: false });
    expect(read.consentHistory).toEqual(
      expect.arrayContaining([
        { kind: 'matching', granted: true, textVersion: 'before-history', text: 'recorded before consent history', recordedAt: new Date(updated_at).toISOString(), recordedBy: { kind: 'migration', id: null, name: null } },
        expect.objectContaining({ kind: 'shareWithEmployers', granted: false, recordedBy: { kind: 'migration', id: null, name: null } }),
      ]),
    );
    // Run again, it adds nothing: candidates with a history are left alone.
    await t.db.query(BACKFILL_CONSENT_HISTORY);
    expect((await t.api(coordinator).get(`/api/v1/candidates/${id}`)).body.consentHistory).toHaveLength(2);
  });
});
