import { OutcomesRepository } from '../src/outcomes/outcomes.repository';
import { aCandidate, aMentor, anOpening } from './support/builders';
import { ADMIN_KEY, startTestApp, TestApp } from './support/test-app';

describe('outcomes', () => {
  let t: TestApp;
  let coordinator: string;
  let careerCentre: string;
  let careerCentreOrg: string;
  let employerOrg: string;
  let employer: string;
  let otherEmployer: string;
  let candidateId: string;
  let praksisId: string;
  let jobId: string;
  let otherOpeningId: string;
  let mentorId: string;

  const post = (body: Record<string, unknown>, key = coordinator) => t.api(key).post('/api/v1/outcomes').send(body);
  const count = async (): Promise<number> => (await t.db.query('SELECT count(*)::int AS n FROM outcomes'))[0].n;
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.key('coordinator');
    careerCentreOrg = await t.organisation('career_centre');
    careerCentre = await t.key('career_centre', careerCentreOrg);
    employerOrg = await t.organisation('employer');
    employer = await t.key('employer', employerOrg);
    otherEmployer = await t.key('employer', await t.organisation('employer'));
    candidateId = (await t.api(coordinator).post('/api/v1/candidates').send(aCandidate())).body.id;
    // The kommune's candidate, shared with the career centre that reports on it too.
    await t.share(coordinator, candidateId, careerCentreOrg);
    praksisId = (await t.api(employer).post('/api/v1/openings').send(anOpening({ kind: 'praksis' }))).body.id;
    jobId = (await t.api(employer).post('/api/v1/openings').send(anOpening({ kind: 'job', permanent: true }))).body.id;
    otherOpeningId = (await t.api(otherEmployer).post('/api/v1/openings').send(anOpening({ kind: 'job' }))).body.id;
    mentorId = (await t.api(coordinator).post('/api/v1/mentors').send(aMentor())).body.id;
  });
  afterAll(() => t.close());

  it('records an outcome with the opening’s organisation and who reported it, and audits it', async () => {
    const res = await post({ type: 'hired', candidateId, openingId: jobId, at: daysAgo(2), reason: 'Fast ansatt etter prøvetid' }, careerCentre);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      type: 'hired',
      candidateId,
      openingId: jobId,
      organisationId: employerOrg,
      mentorId: null,
      reason: 'Fast ansatt etter prøvetid',
      recordedByKeyId: expect.any(String),
      at: expect.any(String),
    });
    const audit = await t.api(ADMIN_KEY).get(`/api/v1/audit?resourceId=${res.body.id}`);
    expect(audit.body.items[0]).toMatchObject({ action: 'outcome.create', actor: { role: 'career_centre' }, details: { type: 'hired', candidateId, openingId: jobId } });

    const mentorship = await post({ type: 'mentorship_completed', candidateId, mentorId, at: daysAgo(30) });
    expect(mentorship.status).toBe(201);
    expect(mentorship.body).toMatchObject({ organisationId: null, openingId: null, mentorId });
    const declined = await post({ type: 'declined', candidateId, mentorId, at: daysAgo(1), reason: 'Ønsket en språkmentor' });
    expect(declined.status).toBe(201);
  });

  /** A hurtigspor case on one of the employer's openings, walked to the interview, which reveals the candidate to it. */
  const metThroughCase = async (openingId: string): Promise<{ candidateId: string; caseId: string }> => {
    const c = (await t.api(careerCentre).post('/api/v1/candidates').send(aCandidate())).body.id;
    const created = await t.api(careerCentre).post('/api/v1/hurtigspor/cases').send({ candidateId: c, openingId });
    expect(created.status).toBe(201);
    const steps: [string, string][] = [[careerCentre, 'referred'], [employer, 'employer_review'], [employer, 'interview']];
    for (const [i, [key, to]] of steps.entries()) {
      const res = await t.api(key).post(`/api/v1/hurtigspor/cases/${created.body.id}/transitions`).send({ to, expectedVersion: i + 1 });
      expect([to, res.status]).toEqual([to, 200]);
    }
    return { candidateId: c, caseId: created.body.id };
  };

  it('lets an employer report only on its own openings, about candidates a case has revealed to it', async () => {
    const met = await metThroughCase(jobId);
    expect((await post({ type: 'shortlisted', candidateId: met.candidateId, openingId: jobId, at: daysAgo(3) }, employer)).status).toBe(201);
    const before = await count();
    const foreign = await post({ type: 'interviewed', candidateId: met.candidateId, openingId: otherOpeningId, at: daysAgo(3) }, employer);
    expect(foreign.status).toBe(403);
    expect(foreign.headers['content-type']).toMatch(/application\/problem\+json/);
    expect((await post({ type: 'mentorship_completed', candidateId, mentorId, at: daysAgo(3) }, employer)).status).toBe(403);
    expect((await post({ type: 'declined', candidateId, mentorId, at: daysAgo(3) }, employer)).status).toBe(403);
    // The other employer never met the candidate: its report on its own opening is refused too.
    expect((await post({ type: 'interviewed', candidateId: met.candidateId, openingId: otherOpeningId, at: daysAgo(3) }, otherEmployer)).status).toBe(403);
    expect(await count()).toBe(before);
  });

  it('refuses an employer’s report about anyone it has not met, alike for a real and an invented id', async () => {
    const before = await count();
    const unmet = await post({ type: 'interviewed', candidateId, openingId: jobId, at: daysAgo(3) }, employer);
    const invented = await post({ type: 'interviewed', candidateId: '00000000-0000-4000-8000-000000000000', openingId: jobId, at: daysAgo(3) }, employer);
    expect([unmet.status, invented.status]).toEqual([403, 403]);
    expect(unmet.body.code).toBe('employer_outcome_unrevealed');
    expect({ ...unmet.body, instance: null }).toEqual({ ...invented.body, instance: null });
    expect(await count()).toBe(before);
  });

  it('never lets an employer write its own record: praksis and hires come from case steps only', async () => {
    // What the praksis ranking reads as the employer's record.
    const recordOf = async () => (await t.running.app.get(OutcomesRepository).employerRecords([employerOrg])).get(employerOrg) ?? { praksis: 0, hired: 0 };
    const met = await metThroughCase(praksisId);
    const before = { rows: await count(), record: await recordOf() };
    // Twenty invented hires once lifted an employer's record from 0.5 to 0.917.
    for (const type of ['praksis_started', 'hired']) {
      for (const who of [met.candidateId, candidateId]) {
        const res = await post({ type, candidateId: who, openingId: praksisId, at: daysAgo(1) }, employer);
        expect([type, res.status, res.body.code]).toEqual([type, 403, 'employer_outcome_via_case']);
      }
    }
    expect(await count()).toBe(before.rows);
    // Nor do hand reports an employer made before this rule (the migration keeps them, uncounted).
    await t.db.query(
      `INSERT INTO outcomes (type, candidate_id, opening_id, organisation_id, at, recorded_by_role) VALUES ('hired', $1, $2, $3, now(), 'employer')`,
      [candidateId, praksisId, employerOrg],
    );
    expect(await recordOf()).toEqual(before.record);

    // The case step records the praksis start, and that one counts.
    const step = await t.api(employer).post(`/api/v1/hurtigspor/cases/${met.caseId}/transitions`).send({ to: 'praksis', expectedVersion: 4 });
    expect(step.status).toBe(200);
    const [recorded] = await t.db.query(`SELECT case_id, recorded_by_role FROM outcomes WHERE case_id = $1 AND type = 'praksis_started'`, [met.caseId]);
    expect(recorded).toEqual({ case_id: met.caseId, recorded_by_role: 'employer' });
    expect(await recordOf()).toEqual({ ...before.record, praksis: before.record.praksis + 1 });
  });

  it('rejects what does not add up with a 400 or 404, writing nothing', async () => {
    const before = await count();
    const base = { type: 'interviewed', candidateId, openingId: praksisId, at: daysAgo(1) };
    const invalid: [Record<string, unknown>, string][] = [
      [{ ...base, type: 'promoted' }, 'type'],
      [{ ...base, candidateId: undefined }, 'candidateId'],
      [{ ...base, candidateId: 'someone' }, 'candidateId'],
      [{ ...base, openingId: 'an-opening' }, 'openingId'],
      [{ ...base, at: undefined }, 'at'],
      [{ ...base, at: 'yesterday' }, 'at'],
      [{ ...base, at: '2025-13-01' }, 'at'],
      [{ ...base, at: new Date(Date.now() + 86_400_000).toISOString() }, 'at'],
      [{ ...base, reason: 'x'.repeat(501) }, 'reason'],
      [{ ...base, reason: '' }, 'reason'],
      [{ ...base, organisationId: employerOrg }, 'organisationId'],
      [{ ...base, openingId: undefined }, 'openingId'],
      [{ ...base, mentorId }, 'mentorId'],
      [{ type: 'mentorship_ended_early', candidateId, at: daysAgo(1) }, 'mentorId'],
      [{ type: 'mentorship_completed', candidateId, mentorId, openingId: jobId, at: daysAgo(1) }, 'openingId'],
      [{ type: 'declined', candidateId, at: daysAgo(1) }, 'openingId'],
      [{ type: 'declined', candidateId, mentorId, openingId: jobId, at: daysAgo(1) }, 'openingId'],
      [{ type: 'praksis_started', candidateId, openingId: jobId, at: daysAgo(1) }, 'openingId'],
    ];
    for (const [body, field] of invalid) {
      const res = await post(body);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await post({ ...base, candidateId: missing })).status).toBe(404);
    expect((await post({ ...base, openingId: missing })).status).toBe(404);
    expect((await post({ type: 'mentorship_completed', candidateId, mentorId: missing, at: daysAgo(1) })).status).toBe(404);
    expect((await t.api().post('/api/v1/outcomes').send(base)).status).toBe(401);
    expect(await count()).toBe(before);

    // A clock a minute ahead is not the future.
    expect((await post({ ...base, at: new Date(Date.now() + 60_000).toISOString() })).status).toBe(201);
  });

  it('lists outcomes newest first by filter; an employer sees only its own organisation’s', async () => {
    const c = (await t.api(coordinator).post('/api/v1/candidates').send(aCandidate())).body.id;
    await t.share(coordinator, c, careerCentreOrg);
    for (const [body, key] of [
      [{ type: 'shortlisted', candidateId: c, openingId: jobId, at: daysAgo(10) }, careerCentre],
      [{ type: 'interviewed', candidateId: c, openingId: jobId, at: daysAgo(5) }, careerCentre],
      [{ type: 'shortlisted', candidateId: c, openingId: otherOpeningId, at: daysAgo(4) }, coordinator],
      [{ type: 'mentorship_ended_early', candidateId: c, mentorId, at: daysAgo(3), reason: 'Flyttet' }, coordinator],
    ] as const) {
      expect((await post(body, key)).status).toBe(201);
    }

    const all = await t.api(coordinator).get(`/api/v1/outcomes?candidateId=${c}`);
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(4);
    expect(all.body.items.map((o: { type: string }) => o.type)).toEqual(['mentorship_ended_early', 'shortlisted', 'interviewed', 'shortlisted']);
    const shortlisted = await t.api(ADMIN_KEY).get(`/api/v1/outcomes?candidateId=${c}&type=shortlisted&limit=1`);
    expect(shortlisted.body).toMatchObject({ total: 2, limit: 1, page: 1 });
    expect(shortlisted.body.items).toHaveLength(1);

    // An employer sees its own organisation's outcomes, never a candidate id, and cannot ask by one.
    const own = await t.api(employer).get(`/api/v1/outcomes?openingId=${jobId}&limit=100`);
    expect(own.status).toBe(200);
    expect(own.body.items.filter((o: { type: string }) => ['shortlisted', 'interviewed'].includes(o.type)).length).toBeGreaterThanOrEqual(2);
    expect(own.body.items.every((o: { organisationId: string; candidateId: unknown }) => o.organisationId === employerOrg && o.candidateId === null)).toBe(true);
    expect(JSON.stringify(own.body)).not.toContain(c);
    const byId = await t.api(employer).get(`/api/v1/outcomes?candidateId=${c}`);
    const byUnknownId = await t.api(employer).get('/api/v1/outcomes?candidateId=00000000-0000-4000-8000-000000000000');
    expect([byId.status, byUnknownId.status]).toEqual([403, 403]);
    expect(byId.body.code).toBe('employer_outcome_by_candidate');
    expect(byId.body.detail).toBe(byUnknownId.body.detail);
    expect((await t.api(employer).get(`/api/v1/outcomes?openingId=${otherOpeningId}`)).body.total).toBe(0);
    expect((await t.api(coordinator).get('/api/v1/outcomes?type=promoted')).status).toBe(400);
  });

  it('gets the outcome of a mentorship from its transition, without anyone reporting it', async () => {
    const c = (await t.api(coordinator).post('/api/v1/candidates').send(aCandidate())).body.id;
    const m = (await t.api(coordinator).post('/api/v1/mentors').send(aMentor())).body.id;
    const mentorship = (await t.api(coordinator).post('/api/v1/mentorships').send({ candidateId: c, mentorId: m })).body;
    expect((await t.api(coordinator).patch(`/api/v1/mentorships/${mentorship.id}`).send({ status: 'active', version: 1 })).status).toBe(200);
    expect((await t.api(coordinator).patch(`/api/v1/mentorships/${mentorship.id}`).send({ status: 'completed', version: 2 })).status).toBe(200);
    const res = await t.api(coordinator).get(`/api/v1/outcomes?candidateId=${c}`);
    expect(res.body.items).toEqual([expect.objectContaining({ type: 'mentorship_completed', candidateId: c, mentorId: m, openingId: null })]);
  });
});
