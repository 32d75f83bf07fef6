import { aCandidate, anOpening } from './support/builders';
import { ADMIN_KEY, startTestApp, TestApp, unique } from './support/test-app';

/** Cases and transitions: the lifecycle, who may do what, races, idempotency and what the employer sees. */
describe('hurtigspor cases', () => {
  let t: TestApp;
  let employerOrg: string;
  let employer: string;
  let centreOrg: string;
  let centre: string;
  let otherCentre: string;
  let otherEmployer: string;
  let coordinator: string;

  beforeAll(async () => {
    t = await startTestApp();
    employerOrg = await t.organisation('employer', '4601');
    employer = await t.key('employer', employerOrg);
    centreOrg = await t.organisation('career_centre', '4601');
    centre = await t.key('career_centre', centreOrg);
    otherCentre = await t.key('career_centre', await t.organisation('career_centre', '4601'));
    otherEmployer = await t.key('employer', await t.organisation('employer', '4601'));
    coordinator = await t.key('coordinator');
  });
  afterAll(() => t.close());

  const candidate = async (overrides: Record<string, unknown> = {}) => {
    const res = await t.api(centre).post('/api/v1/candidates').send(aCandidate(overrides));
    expect(res.status).toBe(201);
    return res.body as { id: string; fullName: string };
  };
  const opening = async () => (await t.api(employer).post('/api/v1/openings').send(anOpening({ municipalityCode: '4601', occupationCode: '3313' }))).body.id as string;
  const need = async () => {
    const res = await t.api(employer).post('/api/v1/hurtigspor/needs').send({ openingId: await opening() });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const createCase = async (candidateId: string, target: { needId?: string; openingId?: string }) => {
    const res = await t.api(centre).post('/api/v1/hurtigspor/cases').send({ candidateId, ...target });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const move = (key: string, id: string, body: Record<string, unknown>, idempotencyKey?: string) => {
    const req = t.api(key).post(`/api/v1/hurtigspor/cases/${id}/transitions`);
    return (idempotencyKey ? req.set('Idempotency-Key', idempotencyKey) : req).send(body);
  };
  const read = async (key: string, id: string) => (await t.api(key).get(`/api/v1/hurtigspor/cases/${id}`)).body;
  const counts = async (id: string) => {
    const [row] = await t.db.query(
      `SELECT (SELECT count(*)::int FROM hurtigspor_case_transitions WHERE case_id = $1) AS history,
              (SELECT count(*)::int FROM outbox_events WHERE aggregate_id = $1) AS events,
              (SELECT version FROM hurtigspor_cases WHERE id = $1) AS version,
              (SELECT state FROM hurtigspor_cases WHERE id = $1) AS state`,
      [id],
    );
    return row as { history: number; events: number; version: number; state: string };
  };
  /** A case at `referred` (version 2). */
  const referredCase = async () => {
    const id = await createCase((await candidate()).id, { needId: await need() });
    expect((await move(centre, id, { to: 'referred', expectedVersion: 1 })).status).toBe(200);
    return id;
  };

  it('walks need → mapped → referred → employer_review → interview → praksis → hired (both confirm), with history, events and outcomes', async () => {
    const person = await candidate();
    const needId = await need();
    const created = await t.api(centre).post('/api/v1/hurtigspor/cases').send({ candidateId: person.id, needId });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ state: 'mapped', version: 1, needId, employerOrganisationId: employerOrg, careerCentreOrganisationId: centreOrg, waitingOn: 'career_centre', overdue: false });
    const id = created.body.id;

    const steps: [string, string, string][] = [
      [centre, 'referred', 'employer'],
      [employer, 'employer_review', 'employer'],
      [employer, 'interview', 'employer'],
      [employer, 'praksis', 'both'],
    ];
    let version = 1;
    for (const [key, to, waitingOn] of steps) {
      const res = await move(key, id, { to, expectedVersion: version, note: `til ${to}` });
      expect([to, res.status]).toEqual([to, 200]);
      expect(res.body).toMatchObject({ state: to, version: version + 1, waitingOn });
      version++;
    }
    // The employer confirms the hire first: stored, the state stays, now waiting on the career centre.
    const first = await move(employer, id, { to: 'hired', expectedVersion: 5 });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ state: 'praksis', version: 6, waitingOn: 'career_centre', hireConfirmations: [{ side: 'employer' }] });
    expect((await move(employer, id, { to: 'hired', expectedVersion: 6 })).status).toBe(409);
    const hired = await move(centre, id, { to: 'hired', expectedVersion: 6, note: 'Fast ansatt fra 1. mars' });
    expect(hired.status).toBe(200);
    expect(hired.body).toMatchObject({ state: 'hired', version: 7, waitingOn: null, deadlineAt: null, nextSteps: [] });

    const view = await read(centre, id);
    expect(view.history.map((h: { version: number; kind: string; from: string; to: string; side: string }) => [h.version, h.kind, h.from, h.to, h.side])).toEqual([
      [1, 'created', null, 'mapped', 'career_centre'],
      [2, 'transition', 'mapped', 'referred', 'career_centre'],
      [3, 'transition', 'referred', 'employer_review', 'employer'],
      [4, 'transition', 'employer_review', 'interview', 'employer'],
      [5, 'transition', 'interview', 'praksis', 'employer'],
      [6, 'confirmation', 'praksis', 'hired', 'employer'],
      [7, 'transition', 'praksis', 'hired', 'career_centre'],
    ]);
    expect(view.history[1]).toMatchObject({ note: 'til referred', actorRole: 'career_centre', actorOrganisationId: centreOrg });
    expect(view.history[6].note).toBe('Fast ansatt fra 1. mars');

    const events = await t.db.query(`SELECT type, aggregate_type, payload FROM outbox_events WHERE aggregate_id = $1 ORDER BY id`, [id]);
    expect(events.map((e: { type: string }) => e.type)).toEqual([
      'hurtigspor.case.created',
      ...Array(4).fill('hurtigspor.case.transitioned'),
      'hurtigspor.case.hire_confirmed',
      'hurtigspor.case.transitioned',
    ]);
    expect(events.map((e: { payload: { version: number } }) => e.payload.version)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(events[6].payload).toMatchObject({ caseId: id, needId, from: 'praksis', to: 'hired', version: 7, by: 'career_centre', employerOrganisationId: employerOrg });
    expect(events.every((e: { aggregate_type: string }) => e.aggregate_type === 'hurtigspor_case')).toBe(true);
    // Ids only: neither the candidate nor the notes leave through events.
    const payloads = JSON.stringify(events.map((e: { payload: unknown }) => e.payload));
    expect(payloads).not.toContain(person.id);
    expect(payloads).not.toContain(person.fullName);
    expect(payloads).not.toContain('Fast ansatt');

    const outcomes = await t.db.query(`SELECT type, organisation_id FROM outcomes WHERE candidate_id = $1 ORDER BY at, type`, [person.id]);
    expect(outcomes.map((o: { type: string }) => o.type).sort()).toEqual(['hired', 'interviewed', 'praksis_started']);
    expect(outcomes.every((o: { organisation_id: string }) => o.organisation_id === employerOrg)).toBe(true);
    // Every step moved the case once: no second transition anywhere.
    expect(await counts(id)).toEqual({ history: 7, events: 7, version: 7, state: 'hired' });
    expect((await move(centre, id, { to: 'closed', reason: 'other', note: 'x', expectedVersion: 7 })).status).toBe(409);
  });

  it('refuses every forbidden step and wrong role with 403 or 409 (or 400 for a malformed one), leaving state and version unchanged', async () => {
    const id = await createCase((await candidate()).id, { needId: await need() });
    const atMapped: [string, Record<string, unknown>, number][] = [
      [employer, { to: 'referred', expectedVersion: 1 }, 403], // the career centre's step
      [ADMIN_KEY, { to: 'referred', expectedVersion: 1 }, 403], // an admin only closes
      [otherCentre, { to: 'referred', expectedVersion: 1 }, 403], // not this case's career centre
      [otherEmployer, { to: 'closed', reason: 'no_response', expectedVersion: 1 }, 403],
      [coordinator, { to: 'referred', expectedVersion: 1 }, 403],
      [centre, { to: 'employer_review', expectedVersion: 1 }, 409],
      [centre, { to: 'interview', expectedVersion: 1 }, 409],
      [centre, { to: 'praksis', expectedVersion: 1 }, 409],
      [centre, { to: 'hired', expectedVersion: 1 }, 409],
      [employer, { to: 'praksis', expectedVersion: 1 }, 409],
      [centre, { to: 'referred', expectedVersion: 2 }, 409], // stale (from the future)
      [centre, { to: 'referred', expectedVersion: 0 }, 400],
      [centre, { to: 'referred' }, 400],
      [centre, { to: 'mapped', expectedVersion: 1 }, 400],
      [centre, { to: 'sideways', expectedVersion: 1 }, 400],
      [centre, { to: 'closed', expectedVersion: 1 }, 400], // no reason
      [centre, { to: 'closed', reason: 'bored', expectedVersion: 1 }, 400],
      [centre, { to: 'closed', reason: 'other', expectedVersion: 1 }, 400], // `other` needs a note
      [centre, { to: 'referred', reason: 'other', expectedVersion: 1 }, 400], // a reason only closes
      [centre, { to: 'referred', expectedVersion: 1, extra: true }, 400],
    ];
    for (const [key, body, status] of atMapped) {
      const res = await move(key, id, body);
      expect([JSON.stringify(body), res.status]).toEqual([JSON.stringify(body), status]);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    expect(await counts(id)).toEqual({ history: 1, events: 1, version: 1, state: 'mapped' });

    expect((await move(centre, id, { to: 'referred', expectedVersion: 1 })).status).toBe(200);
    const atReferred: [string, Record<string, unknown>, number][] = [
      [centre, { to: 'employer_review', expectedVersion: 2 }, 403], // the employer's step
      [ADMIN_KEY, { to: 'employer_review', expectedVersion: 2 }, 403],
      [employer, { to: 'employer_review', expectedVersion: 1 }, 409], // stale
      [employer, { to: 'interview', expectedVersion: 2 }, 409], // skips a step
      [employer, { to: 'referred', expectedVersion: 2 }, 409],
    ];
    for (const [key, body, status] of atReferred) {
      const res = await move(key, id, body);
      expect([JSON.stringify(body), res.status]).toEqual([JSON.stringify(body), status]);
    }
    expect(await counts(id)).toEqual({ history: 2, events: 2, version: 2, state: 'referred' });

    // Either side and the admin close an open case; a closed case goes nowhere.
    const closed = await move(ADMIN_KEY, id, { to: 'closed', reason: 'no_response', note: 'Ingen svar på tre uker', expectedVersion: 2 });
    expect(closed.body).toMatchObject({ state: 'closed', closeReason: 'no_response', closeNote: 'Ingen svar på tre uker', waitingOn: null, deadlineAt: null });
    expect((await move(centre, id, { to: 'referred', expectedVersion: 3 })).status).toBe(409);
    expect(await counts(id)).toEqual({ history: 3, events: 3, version: 3, state: 'closed' });
  });

  it('refuses a referral without the candidate’s consent to share with employers', async () => {
    const person = await candidate({ consent: { matching: true, shareWithEmployers: false } });
    const id = await createCase(person.id, { needId: await need() });
    const res = await move(centre, id, { to: 'referred', expectedVersion: 1 });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'consent_missing', detail: 'Kandidaten har ikke samtykket til deling med arbeidsgivere.' });
    expect(await counts(id)).toEqual({ history: 1, events: 1, version: 1, state: 'mapped' });
  });

  it('hides the candidate from the employer and stops the case at the interview when consent to share is withdrawn; a deleted candidate can only be closed out', async () => {
    const person = await candidate();
    const id = await createCase(person.id, { needId: await need() });
    expect((await move(centre, id, { to: 'referred', expectedVersion: 1 })).status).toBe(200);
    expect((await move(employer, id, { to: 'employer_review', expectedVersion: 2 })).status).toBe(200);
    const patched = await t.edit(centre, `/api/v1/candidates/${person.id}`, { consent: { matching: true, shareWithEmployers: false } });
    expect(patched.status).toBe(200);
    expect(await read(employer, id)).toMatchObject({ candidateView: 'none', candidate: null, identity: null });
    const interview = await move(employer, id, { to: 'interview', expectedVersion: 3 });
    expect(interview.status).toBe(409);
    expect(interview.body).toMatchObject({ code: 'consent_missing' });
    expect(await counts(id)).toEqual({ history: 3, events: 3, version: 3, state: 'employer_review' });

    expect((await t.api(centre).delete(`/api/v1/candidates/${person.id}`)).status).toBe(204);
    expect(await read(centre, id)).toMatchObject({ candidateView: 'none', candidate: null, state: 'employer_review' });
    expect((await move(employer, id, { to: 'interview', expectedVersion: 3 })).status).toBe(409);
    expect((await move(centre, id, { to: 'closed', reason: 'candidate_withdrew', expectedVersion: 3 })).status).toBe(200);
  });

  it('lets exactly one of 15 concurrent transitions with the same expectedVersion win', async () => {
    const id = await referredCase();
    const results = await Promise.all(Array.from({ length: 15 }, () => move(employer, id, { to: 'employer_review', expectedVersion: 2 })));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(14);
    expect(await counts(id)).toEqual({ history: 3, events: 3, version: 3, state: 'employer_review' });
  });

  it('lets one of two sides racing to close and to confirm a hire win, never both', async () => {
    const id = await referredCase();
    for (const [to, version] of [['employer_review', 2], ['interview', 3], ['praksis', 4]] as const) {
      expect((await move(employer, id, { to, expectedVersion: version })).status).toBe(200);
    }
    const [a, b] = await Promise.all([
      move(employer, id, { to: 'hired', expectedVersion: 5 }),
      move(centre, id, { to: 'closed', reason: 'candidate_withdrew', expectedVersion: 5 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect((await counts(id)).version).toBe(6);
  });

  it('answers a repeated request with the same Idempotency-Key with the first response and no second transition', async () => {
    const id = await createCase((await candidate()).id, { needId: await need() });
    const key = `refer-${unique()}`;
    const body = { to: 'referred', expectedVersion: 1, note: 'Sterk kandidat' };
    const first = await move(centre, id, body, key);
    expect(first.status).toBe(200);
    const again = await move(centre, id, body, key);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(await counts(id)).toEqual({ history: 2, events: 2, version: 2, state: 'referred' });

    const concurrent = await Promise.all(Array.from({ length: 5 }, () => move(centre, id, body, key)));
    expect(concurrent.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(concurrent.every((r) => JSON.stringify(r.body) === JSON.stringify(first.body))).toBe(true);

    const changed = await move(centre, id, { ...body, note: 'Annen tekst' }, key);
    expect(changed.status).toBe(422);
    expect(changed.body.type).toBe('urn:kobling:problem:unprocessable');
    // Keys belong to the caller: another key using the same one makes a request of its own (here stale: 409).
    expect((await move(otherCentre, id, body, key)).status).toBe(403);
    const sameOrgKey = await t.key('career_centre', centreOrg);
    expect((await move(sameOrgKey, id, body, key)).status).toBe(409);
    expect((await move(centre, id, body, 'bad key with spaces')).status).toBe(400);
    expect(await counts(id)).toEqual({ history: 2, events: 2, version: 2, state: 'referred' });
  });

  it('shows the employer the candidate anonymised until the interview, then who it is, with the reveal audited once', async () => {
    const person = await candidate({ birthYear: 1987, gender: 'female', countryOfOrigin: 'ER', goals: 'Drømmer om egen regnskapsbedrift i Bergen' });
    const id = await createCase(person.id, { needId: await need() });
    // Not yet referred: the employer is a party and sees the shortlist form.
    const secrets = [person.fullName, '"female"', '"ER"', 'Drømmer om egen', person.id];
    const noIdentity = (body: unknown) => {
      const text = JSON.stringify(body);
      for (const secret of secrets) expect([secret, text.includes(secret)]).toEqual([secret, false]);
      expect(text).not.toMatch(/[:,[]1987[,}\]]/);
      expect(text).not.toMatch(/fullName|birthYear|gender|countryOfOrigin|goals/);
    };
    // Before the referral the employer has a case but no candidate to look at.
    expect(await read(employer, id)).toMatchObject({ state: 'mapped', candidateView: 'none', candidate: null });
    // The career centre's note may name the candidate: the employer does not see it before the interview.
    expect((await move(centre, id, { to: 'referred', expectedVersion: 1, note: `${person.fullName} passer godt` })).status).toBe(200);
    expect((await move(employer, id, { to: 'employer_review', expectedVersion: 2, note: 'Ser lovende ut' })).status).toBe(200);
    const before = await t.api(employer).get(`/api/v1/hurtigspor/cases/${id}`);
    expect(before.body.history.map((h: { note: string | null }) => h.note)).toEqual([null, null, 'Ser lovende ut']);
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ candidateView: 'anonymous', identity: null, state: 'employer_review' });
    expect(before.body.candidate).toMatchObject({ ref: expect.stringMatching(/^K-[0-9A-F]{10}$/), skills: [{ label: 'regnskap', evidence: 'mapped' }], norwegianLevel: 'A2', municipalityCode: '4601' });
    noIdentity(before.body);
    // The transition's answer carries no candidate data at all.
    const transitionBody = (await move(employer, id, { to: 'interview', expectedVersion: 3 })).body;
    noIdentity(transitionBody);

    const after = await t.api(employer).get(`/api/v1/hurtigspor/cases/${id}`);
    expect(after.body.history[1].note).toBe(`${person.fullName} passer godt`);
    expect(after.body).toMatchObject({
      candidateView: 'identified',
      identity: { id: person.id, fullName: person.fullName, birthYear: 1987, gender: 'female', countryOfOrigin: 'ER' },
      candidate: { ref: before.body.candidate.ref },
    });
    await t.api(employer).get(`/api/v1/hurtigspor/cases/${id}`);
    const audit = await t.api(ADMIN_KEY).get(`/api/v1/audit?resourceId=${person.id}&limit=100`);
    const actions = audit.body.items.map((e: { action: string }) => e.action);
    expect(actions.filter((a: string) => a === 'candidate.reveal')).toHaveLength(1);
    const reveal = audit.body.items.find((e: { action: string }) => e.action === 'candidate.reveal');
    expect(reveal).toMatchObject({ actor: { role: 'employer', organisationId: employerOrg }, details: { caseId: id, employerOrganisationId: employerOrg } });
    expect(actions.filter((a: string) => a === 'candidate.read').length).toBeGreaterThanOrEqual(3);

    // The career centre and admins see the whole candidate.
    const full = await read(centre, id);
    expect(full).toMatchObject({ candidateView: 'full', candidate: { id: person.id, fullName: person.fullName, goals: 'Drømmer om egen regnskapsbedrift i Bergen' } });
    expect((await read(ADMIN_KEY, id)).candidateView).toBe('full');
    // Other organisations see nothing of it.
    expect((await t.api(otherEmployer).get(`/api/v1/hurtigspor/cases/${id}`)).status).toBe(403);
    expect((await t.api(otherCentre).get(`/api/v1/hurtigspor/cases/${id}`)).status).toBe(403);
    expect((await t.api(coordinator).get(`/api/v1/hurtigspor/cases/${id}`)).status).toBe(403);
  });

  it('hands a hire confirmed by the employer straight after the interview to the career centre, in its tasks', async () => {
    const id = await referredCase();
    expect((await move(employer, id, { to: 'employer_review', expectedVersion: 2 })).status).toBe(200);
    expect((await move(employer, id, { to: 'interview', expectedVersion: 3 })).status).toBe(200);
    const first = await move(employer, id, { to: 'hired', expectedVersion: 4 });
    expect(first.body).toMatchObject({ state: 'interview', version: 5, waitingOn: 'career_centre', hireConfirmations: [{ side: 'employer' }] });
    const tasks = await t.api(centre).get('/api/v1/hurtigspor/tasks?limit=100');
    expect(tasks.body.items.map((c: { id: string }) => c.id)).toContain(id);
    const employerTasks = await t.api(employer).get('/api/v1/hurtigspor/tasks?limit=100');
    expect(employerTasks.body.items.map((c: { id: string }) => c.id)).not.toContain(id);
    expect((await move(centre, id, { to: 'hired', expectedVersion: 5 })).body).toMatchObject({ state: 'hired', version: 6 });
  });

  it('counts a decline against the employer only when the employer says so, and takes a close reason only when closing', async () => {
    const declines = async (id: string) =>
      (await t.db.query(`SELECT count(*)::int AS n FROM outcomes o JOIN hurtigspor_cases c ON c.candidate_id = o.candidate_id WHERE c.id = $1 AND o.type = 'declined'`, [id]))[0].n;
    const byCentre = await referredCase();
    expect((await move(centre, byCentre, { to: 'employer_review', expectedVersion: 2, reason: 'other' })).status).toBe(400);
    expect((await move(centre, byCentre, { to: 'closed', expectedVersion: 2, reason: 'employer_declined' })).status).toBe(200);
    expect(await declines(byCentre)).toBe(0);
    const byEmployer = await referredCase();
    const closed = await move(employer, byEmployer, { to: 'closed', expectedVersion: 2, reason: 'employer_declined', note: 'Ikke aktuelt nå' });
    expect(closed.status).toBe(200);
    expect(await declines(byEmployer)).toBe(1);
  });

  it('refuses text the database cannot store with a 400, changing nothing', async () => {
    const id = await referredCase();
    const res = await move(employer, id, { to: 'employer_review', expectedVersion: 2, note: 'a\u0000b' });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await counts(id)).toMatchObject({ state: 'referred', version: 2, history: 2 });
  });

  it('creates one open case per candidate and need or opening, and answers bad requests with problems', async () => {
    const person = await candidate();
    const needId = await need();
    const openingId = await opening();
    expect((await t.api(centre).post('/api/v1/hurtigspor/cases').send({ candidateId: person.id, needId })).status).toBe(201);
    const duplicate = await t.api(centre).post('/api/v1/hurtigspor/cases').send({ candidateId: person.id, needId });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.type).toBe('urn:kobling:problem:conflict');
    const racing = await Promise.all(Array.from({ length: 6 }, () => t.api(centre).post('/api/v1/hurtigspor/cases').send({ candidateId: person.id, openingId })));
    expect(racing.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);

    const zero = '00000000-0000-4000-8000-000000000000';
    const tries: [string, Record<string, unknown>, number][] = [
      [centre, { candidateId: zero, needId }, 404],
      [centre, { candidateId: person.id, needId: zero }, 404],
      [centre, { candidateId: person.id, openingId: zero }, 404],
      [centre, { candidateId: person.id, needId, openingId }, 400],
      [centre, { candidateId: person.id }, 400],
      [centre, { candidateId: 'nope', needId }, 400],
      [centre, { candidateId: person.id, needId: 'nope' }, 400],
      [employer, { candidateId: person.id, needId }, 403],
      [ADMIN_KEY, { candidateId: person.id, needId }, 403],
    ];
    const before = (await t.db.query(`SELECT count(*)::int AS n FROM hurtigspor_cases`))[0].n;
    for (const [key, body, status] of tries) {
      const res = await t.api(key).post('/api/v1/hurtigspor/cases').send(body);
      expect([JSON.stringify(body), res.status]).toEqual([JSON.stringify(body), status]);
    }
    expect((await t.db.query(`SELECT count(*)::int AS n FROM hurtigspor_cases`))[0].n).toBe(before);
    expect((await t.api(centre).get(`/api/v1/hurtigspor/cases/${zero}`)).status).toBe(404);
    expect((await t.api(centre).get(`/api/v1/hurtigspor/cases/not-a-uuid`)).status).toBe(404);
    expect((await move(centre, zero, { to: 'referred', expectedVersion: 1 })).status).toBe(404);
    expect((await t.api(centre).post(`/api/v1/hurtigspor/cases/${zero}/transitions`).set('Content-Type', 'application/json').send('[1]')).status).toBe(400);
    expect((await t.api(centre).get('/api/v1/hurtigspor/cases?state=limbo')).status).toBe(400);
    const mine = await t.api(employer).get('/api/v1/hurtigspor/cases?state=mapped&limit=100');
    expect(mine.status).toBe(200);
    expect(mine.body.items.every((c: { employerOrganisationId: string; state: string }) => c.employerOrganisationId === employerOrg && c.state === 'mapped')).toBe(true);
    expect((await t.api(otherEmployer).get('/api/v1/hurtigspor/cases?limit=100')).body.items).toEqual([]);
  });

  it('documents its routes in OpenAPI, with the Idempotency-Key header and the refusals of a transition', async () => {
    const docs = (await t.api().get('/docs-json')).body;
    expect(Object.keys(docs.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/hurtigspor/needs',
        '/api/v1/hurtigspor/needs/{id}',
        '/api/v1/hurtigspor/cases',
        '/api/v1/hurtigspor/cases/{id}',
        '/api/v1/hurtigspor/cases/{id}/transitions',
        '/api/v1/hurtigspor/tasks',
        '/api/v1/hurtigspor/metrics',
      ]),
    );
    const transition = docs.paths['/api/v1/hurtigspor/cases/{id}/transitions'].post;
    expect(transition.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: false })]));
    expect(Object.keys(transition.responses)).toEqual(expect.arrayContaining(['200', '403', '409', '422']));
  });
});
