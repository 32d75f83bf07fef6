import { Clock } from '../src/common/clock';
import { aCandidate, anOpening } from './support/builders';
import { ADMIN_KEY, startTestApp, TestApp } from './support/test-app';

/** Needs with ranked prospects, deadlines and tasks on a fake clock, and metrics. */
describe('hurtigspor needs, deadlines, tasks and metrics', () => {
  let t: TestApp;
  let now: jest.SpyInstance<Date, []>;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterEach(() => now?.mockRestore());
  afterAll(() => t.close());

  const at = (iso: string) => {
    now?.mockRestore();
    now = jest.spyOn(t.running.app.get(Clock), 'now').mockReturnValue(new Date(iso));
  };
  const parties = async (municipalityCode = '4601') => {
    const employerOrg = await t.organisation('employer', municipalityCode);
    const centreOrg = await t.organisation('career_centre', municipalityCode);
    return { employerOrg, centreOrg, employer: await t.key('employer', employerOrg), centre: await t.key('career_centre', centreOrg) };
  };
  const candidate = async (key: string, overrides: Record<string, unknown> = {}) => {
    const res = await t.api(key).post('/api/v1/candidates').send(aCandidate(overrides));
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const postNeed = (key: string, body: Record<string, unknown>) => t.api(key).post('/api/v1/hurtigspor/needs').send(body);
  const broadNeed = { occupationCode: '2223', count: 2, municipalityCode: '1103', timeframe: { from: '2026-12-01', to: '2027-03-01' } };
  const move = (key: string, id: string, to: string, expectedVersion: number, extra: Record<string, unknown> = {}) =>
    t.api(key).post(`/api/v1/hurtigspor/cases/${id}/transitions`).send({ to, expectedVersion, ...extra });

  describe('needs', () => {
    it('lets an employer post a broader need or one of its openings, validating every field', async () => {
      const { employer, employerOrg } = await parties('1103');
      const created = await postNeed(employer, broadNeed);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        organisationId: employerOrg,
        openingId: null,
        occupationCode: '2223',
        occupationTitle: expect.stringMatching(/sykepleier/i),
        count: 2,
        municipalityCode: '1103',
        countyCode: '11',
        timeframe: { from: '2026-12-01', to: '2027-03-01' },
      });
      expect(created.body.prospects).toBeUndefined();

      const openingId = (await t.api(employer).post('/api/v1/openings').send(anOpening({ municipalityCode: '1103', occupationCode: '2223', positions: 3 }))).body.id;
      const fromOpening = await postNeed(employer, { openingId });
      expect(fromOpening.status).toBe(201);
      expect(fromOpening.body).toMatchObject({ openingId, occupationCode: '2223', count: 3, municipalityCode: '1103', timeframe: { from: null, to: null } });

      const other = await parties();
      const otherOpening = (await t.api(other.employer).post('/api/v1/openings').send(anOpening())).body.id;
      const before = (await t.db.query(`SELECT count(*)::int AS n FROM hurtigspor_needs`))[0].n;
      const tries: [string, Record<string, unknown>, number][] = [
        [employer, { ...broadNeed, occupationCode: '9999' }, 400],
        [employer, { ...broadNeed, occupationCode: '22' }, 400],
        [employer, { ...broadNeed, municipalityCode: '0000' }, 400],
        [employer, { ...broadNeed, count: 0 }, 400],
        [employer, { ...broadNeed, timeframe: undefined }, 400],
        [employer, { ...broadNeed, timeframe: {} }, 400],
        [employer, { ...broadNeed, timeframe: { from: '2027-02-30' } }, 400],
        [employer, { ...broadNeed, timeframe: { from: '2027-03-01', to: '2026-12-01' } }, 400],
        [employer, { ...broadNeed, extra: 1 }, 400],
        [employer, { openingId, occupationCode: '2223' }, 400],
        [employer, { openingId: 'nope' }, 400],
        [employer, { openingId: '00000000-0000-4000-8000-000000000000' }, 404],
        [employer, { openingId: otherOpening }, 403],
        [other.centre, broadNeed, 403],
        [ADMIN_KEY, broadNeed, 403],
      ];
      for (const [key, body, status] of tries) {
        const res = await postNeed(key, body);
        expect([JSON.stringify(body), res.status]).toEqual([JSON.stringify(body), status]);
      }
      expect((await t.db.query(`SELECT count(*)::int AS n FROM hurtigspor_needs`))[0].n).toBe(before);

      const mine = await t.api(employer).get('/api/v1/hurtigspor/needs');
      expect(mine.body.items.map((n: { id: string }) => n.id).sort()).toEqual([created.body.id, fromOpening.body.id].sort());
      expect(mine.body.items.every((n: { prospects?: unknown }) => n.prospects === undefined)).toBe(true);
      expect((await t.api(other.employer).get(`/api/v1/hurtigspor/needs/${created.body.id}`)).status).toBe(403);
      expect((await t.api(employer).get(`/api/v1/hurtigspor/needs/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    });

    it('shows a career centre the needs in its county, each with consenting prospects there ranked by the shortlist ranking', async () => {
      const { employer, centre } = await parties('1103'); // Stavanger, Rogaland (11)
      const strong = await candidate(centre, {
        municipalityCode: '1103',
        experience: [{ title: 'Sykepleier', occupationCode: '2223', years: 12 }],
        skills: [{ label: 'sårstell', evidence: 'verified' }],
        desiredOccupations: ['2223'],
        languages: [{ code: 'nb', level: 'B2' }],
        preferences: { maxTravelKm: 50 },
      });
      const weak = await candidate(centre, {
        municipalityCode: '1106', // Haugesund, farther away
        experience: [{ title: 'Sykepleier', occupationCode: '2223', years: 1 }],
        skills: [],
        desiredOccupations: [],
        languages: [{ code: 'nb', level: 'A1' }],
        preferences: {},
      });
      const noConsent = await candidate(centre, {
        municipalityCode: '1103',
        experience: [{ title: 'Sykepleier', occupationCode: '2223', years: 12 }],
        consent: { matching: true, shareWithEmployers: false },
      });
      const elsewhere = await candidate(centre, { municipalityCode: '5001', experience: [{ title: 'Sykepleier', occupationCode: '2223', years: 12 }] });
      const broad = (await postNeed(employer, broadNeed)).body.id;
      const openingId = (await t.api(employer).post('/api/v1/openings').send(anOpening({ municipalityCode: '1103', occupationCode: '2223', requiredSkills: [{ label: 'sårstell', mustHave: true }], title: 'Sykepleier, praksis' }))).body.id;
      const withOpening = (await postNeed(employer, { openingId })).body.id;

      const res = await t.api(centre).get('/api/v1/hurtigspor/needs?prospects=20&limit=100').set('Accept-Language', 'en');
      expect(res.status).toBe(200);
      const needs = res.body.items as { id: string; countyCode: string; prospects: { rank: number; candidateId: string; fullName: string; score: number; components: { contribution: number }[]; reasons: string[] }[] }[];
      expect(needs.every((n) => n.countyCode === '11')).toBe(true);
      for (const id of [broad, withOpening]) {
        const need = needs.find((n) => n.id === id)!;
        expect(need).toBeDefined();
        const ids = need.prospects.map((p) => p.candidateId);
        expect(ids).toContain(strong);
        expect(ids).not.toContain(noConsent);
        expect(ids).not.toContain(elsewhere);
        // The weak one is a prospect in the county too, ranked below the strong one.
        expect(ids).toContain(weak);
        expect(ids.indexOf(strong)).toBeLessThan(ids.indexOf(weak));
        need.prospects.forEach((p, i) => {
          expect(p.rank).toBe(i + 1);
          expect(p.components.reduce((sum, c) => sum + c.contribution, 0)).toBeCloseTo(p.score, 10);
        });
        need.prospects.slice(1).forEach((p, i) => expect(p.score).toBeLessThanOrEqual(need.prospects[i].score));
        expect(need.prospects.find((p) => p.candidateId === strong)!.reasons.length).toBeGreaterThan(0);
      }

      // A referred prospect shows its open case.
      const caseId = (await t.api(centre).post('/api/v1/hurtigspor/cases').send({ candidateId: strong, needId: broad })).body.id;
      const again = (await t.api(centre).get('/api/v1/hurtigspor/needs?prospects=20&limit=100')).body.items.find((n: { id: string }) => n.id === broad);
      expect(again.prospects.find((p: { candidateId: string }) => p.candidateId === strong).openCaseId).toBe(caseId);
      const one = await t.api(centre).get(`/api/v1/hurtigspor/needs/${broad}`);
      expect(one.status).toBe(200);
      expect(one.body.prospects.length).toBeGreaterThan(0);
      expect(one.body.prospects.length).toBeLessThanOrEqual(5);
      const audit = await t.api(ADMIN_KEY).get(`/api/v1/audit?resourceId=${strong}&action=candidate.prospect`);
      expect(audit.body.total).toBeGreaterThan(0);

      // Another county, by code; unknown or malformed counties are 400; employers never see prospects.
      const vestland = await t.api(centre).get('/api/v1/hurtigspor/needs?county=46&limit=100');
      expect(vestland.status).toBe(200);
      expect(vestland.body.items.map((n: { id: string }) => n.id)).not.toContain(broad);
      expect((await t.api(centre).get('/api/v1/hurtigspor/needs?county=99')).status).toBe(400);
      expect((await t.api(centre).get('/api/v1/hurtigspor/needs?county=1')).status).toBe(400);
      expect((await t.api(centre).get('/api/v1/hurtigspor/needs?prospects=21')).status).toBe(400);
      expect((await t.api(ADMIN_KEY).get('/api/v1/hurtigspor/needs?county=11&prospects=0&limit=100')).body.items.map((n: { id: string }) => n.id)).toContain(broad);
      expect((await t.api(await t.key('coordinator')).get('/api/v1/hurtigspor/needs')).status).toBe(403);
    });
  });

  describe('deadlines and tasks', () => {
    it('sets each step’s deadline in working days, shows overdue to both sides, and lists tasks overdue first, then by deadline', async () => {
      const { employer, centre } = await parties();
      const needId = (await postNeed(employer, { ...broadNeed, occupationCode: '3313', municipalityCode: '4601' })).body.id;
      const referredAt = async (iso: string) => {
        at(iso);
        const created = await t.api(centre).post('/api/v1/hurtigspor/cases').send({ candidateId: await candidate(centre), needId });
        const res = await move(centre, created.body.id, 'referred', 1);
        expect(res.status).toBe(200);
        return res.body as { id: string; deadlineAt: string };
      };

      at('2026-11-23T09:00:00Z'); // a Monday
      const mappedOnly = await t.api(centre).post('/api/v1/hurtigspor/cases').send({ candidateId: await candidate(centre), needId });
      expect(mappedOnly.body).toMatchObject({ state: 'mapped', waitingOn: 'career_centre', deadlineAt: '2026-12-07T23:00:00.000Z' }); // 10 working days
      const a = await referredAt('2026-11-23T09:00:00Z');
      expect(a.deadlineAt).toBe('2026-11-30T23:00:00.000Z'); // the employer answers within 5 working days, to the end of the day in Norway
      const c = await referredAt('2026-11-24T09:00:00Z');
      expect(c.deadlineAt).toBe('2026-12-01T23:00:00.000Z');
      const b = await referredAt('2026-11-26T09:00:00Z');
      expect(b.deadlineAt).toBe('2026-12-03T23:00:00.000Z');

      at('2026-11-30T22:59:00Z');
      expect((await t.api(employer).get(`/api/v1/hurtigspor/cases/${a.id}`)).body.overdue).toBe(false);
      at('2026-12-02T08:00:00Z');
      for (const key of [employer, centre]) expect((await t.api(key).get(`/api/v1/hurtigspor/cases/${a.id}`)).body.overdue).toBe(true);

      const employerTasks = await t.api(employer).get('/api/v1/hurtigspor/tasks');
      expect(employerTasks.status).toBe(200);
      expect(employerTasks.body.items.map((i: { id: string; overdue: boolean; waitingOn: string }) => [i.id, i.overdue, i.waitingOn])).toEqual([
        [a.id, true, 'employer'],
        [c.id, true, 'employer'],
        [b.id, false, 'employer'],
      ]);
      const centreTasks = await t.api(centre).get('/api/v1/hurtigspor/tasks');
      expect(centreTasks.body.items.map((i: { id: string; overdue: boolean }) => [i.id, i.overdue])).toEqual([[mappedOnly.body.id, false]]);

      // The employer answers A: its review is due in 10 working days, so A goes to the end of the list.
      const reviewed = await move(employer, a.id, 'employer_review', 2);
      expect(reviewed.body).toMatchObject({ deadlineAt: '2026-12-16T23:00:00.000Z', overdue: false });
      expect((await t.api(employer).get('/api/v1/hurtigspor/tasks')).body.items.map((i: { id: string }) => i.id)).toEqual([c.id, b.id, a.id]);
      const all = await t.api(ADMIN_KEY).get('/api/v1/hurtigspor/tasks?limit=100');
      expect(all.status).toBe(200);
      expect((await t.api(await t.key('coordinator')).get('/api/v1/hurtigspor/tasks')).status).toBe(403);

      // Over Easter 2027 (skjærtorsdag to 2. påskedag off), in summer time.
      const easter = await referredAt('2027-03-24T09:00:00Z');
      expect(easter.deadlineAt).toBe('2027-04-05T22:00:00.000Z');
      // A hire one side confirmed gives the other 5 working days.
      at('2027-04-06T09:00:00Z');
      for (const [to, v] of [['employer_review', 2], ['interview', 3], ['praksis', 4]] as const) expect((await move(employer, easter.id, to, v)).status).toBe(200);
      expect((await move(employer, easter.id, 'praksis', 5)).status).toBe(409);
      const confirmed = await move(employer, easter.id, 'hired', 5);
      expect(confirmed.body).toMatchObject({ state: 'praksis', waitingOn: 'career_centre', deadlineAt: '2027-04-13T22:00:00.000Z' });
      expect((await t.api(centre).get('/api/v1/hurtigspor/tasks')).body.items.map((i: { id: string }) => i.id)).toContain(easter.id);
      expect((await t.api(employer).get('/api/v1/hurtigspor/tasks')).body.items.map((i: { id: string }) => i.id)).not.toContain(easter.id);
    });
  });

  describe('metrics', () => {
    it('counts a career centre’s cases created in the window per state, the median days to praksis and to hired, and praksis→hired per employer', async () => {
      const centreOrg = await t.organisation('career_centre', '4601');
      const centre = await t.key('career_centre', centreOrg);
      const e1Org = await t.organisation('employer', '4601');
      const e2Org = await t.organisation('employer', '4601');
      const e1 = await t.key('employer', e1Org);
      const e2 = await t.key('employer', e2Org);
      const needOf = async (key: string) => (await postNeed(key, { ...broadNeed, occupationCode: '3313', municipalityCode: '4601' })).body.id as string;
      const [n1, n2] = [await needOf(e1), await needOf(e2)];
      const open = async (needId: string, iso: string) => {
        at(iso);
        const res = await t.api(centre).post('/api/v1/hurtigspor/cases').send({ candidateId: await candidate(centre), needId });
        expect(res.status).toBe(201);
        return res.body.id as string;
      };
      /** Referral, review and interview the same day, praksis on `praksisAt`. */
      const toPraksis = async (id: string, employer: string, sameDay: string, praksisAt: string) => {
        at(sameDay);
        expect((await move(centre, id, 'referred', 1)).status).toBe(200);
        expect((await move(employer, id, 'employer_review', 2)).status).toBe(200);
        expect((await move(employer, id, 'interview', 3)).status).toBe(200);
        at(praksisAt);
        expect((await move(employer, id, 'praksis', 4)).status).toBe(200);
      };

      const hired = await open(n1, '2026-01-05T10:00:00Z');
      await toPraksis(hired, e1, '2026-01-06T10:00:00Z', '2026-01-15T10:00:00Z'); // 10 days
      at('2026-03-16T10:00:00Z'); // 70 days
      expect((await move(e1, hired, 'hired', 5)).status).toBe(200);
      expect((await move(centre, hired, 'hired', 6)).status).toBe(200);
      const closedAfterPraksis = await open(n1, '2026-01-05T10:00:00Z');
      await toPraksis(closedAfterPraksis, e1, '2026-01-06T10:00:00Z', '2026-01-25T10:00:00Z'); // 20 days
      at('2026-03-01T10:00:00Z');
      expect((await move(e1, closedAfterPraksis, 'closed', 5, { reason: 'employer_declined' })).status).toBe(200);
      const inPraksis = await open(n2, '2026-01-06T10:00:00Z');
      await toPraksis(inPraksis, e2, '2026-01-07T10:00:00Z', '2026-01-09T10:00:00Z'); // 3 days
      await open(n2, '2026-01-07T10:00:00Z'); // still mapped
      await open(n2, '2026-02-10T10:00:00Z'); // after the window
      now.mockRestore();

      const res = await t.api(centre).get('/api/v1/hurtigspor/metrics?from=2026-01-01&to=2026-01-31');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        from: '2026-01-01',
        to: '2026-01-31',
        careerCentreOrganisationId: centreOrg,
        cases: { total: 4, perState: { mapped: 1, referred: 0, employer_review: 0, interview: 0, praksis: 1, hired: 1, closed: 1 } },
        medianDays: { mappedToPraksis: 10, mappedToHired: 70 },
      });
      expect(res.body.praksisToHired).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ employerOrganisationId: e1Org, praksis: 2, hired: 1, conversion: 0.5 }),
          expect.objectContaining({ employerOrganisationId: e2Org, praksis: 1, hired: 0, conversion: 0 }),
        ]),
      );
      expect(res.body.praksisToHired).toHaveLength(2);
      // Without a window, every case of the centre; the praksis outcomes feed the employers' records.
      expect((await t.api(centre).get('/api/v1/hurtigspor/metrics')).body.cases.total).toBe(5);
      const record = await t.db.query(
        `SELECT count(*) FILTER (WHERE type = 'praksis_started')::int AS praksis, count(*) FILTER (WHERE type = 'hired')::int AS hired,
                count(*) FILTER (WHERE type = 'declined')::int AS declined FROM outcomes WHERE organisation_id = $1`,
        [e1Org],
      );
      expect(record[0]).toEqual({ praksis: 2, hired: 1, declined: 1 });

      expect((await t.api(ADMIN_KEY).get('/api/v1/hurtigspor/metrics?from=2026-01-01&to=2026-01-31')).body.cases.total).toBeGreaterThanOrEqual(4);
      for (const query of ['from=2026-13-01', 'from=yesterday', 'to=2026-02-30', 'from=2026-02-01&to=2026-01-01', 'extra=1']) {
        const bad = await t.api(centre).get(`/api/v1/hurtigspor/metrics?${query}`);
        expect([query, bad.status, bad.headers['content-type']]).toEqual([query, 400, expect.stringMatching(/problem\+json/)]);
      }
      expect((await t.api(e1).get('/api/v1/hurtigspor/metrics')).status).toBe(403);
    });
  });
});
