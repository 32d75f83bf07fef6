import { aMentor } from './support/builders';
import { ADMIN_KEY, startTestApp, TestApp, unique } from './support/test-app';

describe('mentors', () => {
  let t: TestApp;
  let coordinator: string;
  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.key('coordinator', await t.organisation('municipality', '1515'));
  });
  afterAll(() => t.close());

  const count = async () => (await t.db.query('SELECT count(*)::int AS n FROM mentors'))[0].n as number;

  it('registers, reads, updates, lists and deletes a mentor', async () => {
    const payload = aMentor();
    const created = await t.api(coordinator).post('/api/v1/mentors').send(payload);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...payload, active: true });

    const id = created.body.id;
    expect((await t.api(coordinator).get(`/api/v1/mentors/${id}`)).body).toEqual(created.body);

    const updated = await t.api(coordinator).patch(`/api/v1/mentors/${id}`).send({ capacity: 3, occupation: { title: 'Helsefagarbeider', code: '5321' }, version: 1 });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ version: 2, capacity: 3, occupation: { title: 'Helsefagarbeider', code: '5321' }, interests: payload.interests });

    const listed = await t.api(coordinator).get(`/api/v1/mentors?q=${encodeURIComponent(payload.fullName as string)}&municipalityCode=1515&mentorType=fagmentor&active=true`);
    expect(listed.body.items.map((m: { id: string }) => m.id)).toEqual([id]);

    expect((await t.api(coordinator).delete(`/api/v1/mentors/${id}`)).status).toBe(204);
    expect((await t.api(coordinator).get(`/api/v1/mentors/${id}`)).status).toBe(404);

    const audit = await t.api(ADMIN_KEY).get(`/api/v1/audit?resourceId=${id}`);
    expect(audit.body.items.map((e: { action: string }) => e.action).reverse()).toEqual(['mentor.create', 'mentor.update', 'mentor.delete']);
  });

  it.each([
    ['a capacity above 10', { capacity: 11 }, 'capacity'],
    ['a capacity of 0', { capacity: 0 }, 'capacity'],
    ['a fractional capacity', { capacity: 1.5 }, 'capacity'],
    ['an unknown mentor type', { mentorType: 'coach' }, 'mentorType'],
    ['a mentee gender outside the list', { menteeGender: 'any' }, 'menteeGender'],
    ['a missing occupation', { occupation: undefined }, 'occupation'],
    ['an occupation without a title', { occupation: { code: '2223' } }, 'occupation.title'],
    ['an unknown STYRK-08 code', { occupation: { title: 'Sveiser', code: '9998' } }, 'occupation.code'],
    ['an unknown nested field', { occupation: { title: 'Sveiser', grade: 3 } }, 'occupation.grade'],
    ['an unknown kommunenummer', { municipalityCode: '0000' }, 'municipalityCode'],
    ['a language level outside CEFR', { languages: [{ code: 'nb', level: 'fluent' }] }, 'languages.0.level'],
    ['an unknown field', { rating: 5 }, 'rating'],
  ])('rejects %s with 400 naming the field, and writes nothing', async (_, override, field) => {
    const before = await count();
    const res = await t.api(coordinator).post('/api/v1/mentors').send(aMentor(override));
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await count()).toBe(before);
  });

  it('rejects an invalid PATCH and leaves the mentor as it was', async () => {
    const created = (await t.api(coordinator).post('/api/v1/mentors').send(aMentor())).body;
    for (const body of [{ capacity: 20 }, { mentorType: null }, { active: 'yes' }, { occupation: { title: '' } }]) {
      expect((await t.api(coordinator).patch(`/api/v1/mentors/${created.id}`).send(body)).status).toBe(400);
    }
    expect((await t.api(coordinator).get(`/api/v1/mentors/${created.id}`)).body).toEqual(created);
    expect((await t.api(coordinator).patch(`/api/v1/mentors/${unique()}`).send({ capacity: 2 })).status).toBe(404);
  });

  it('is for coordinators and admins only', async () => {
    const created = (await t.api(ADMIN_KEY).post('/api/v1/mentors').send(aMentor({ organisationId: await t.organisation('municipality') }))).body;
    const employer = await t.key('employer', await t.organisation('employer'));
    const careerCentre = await t.key('career_centre', await t.organisation('career_centre'));
    for (const key of [employer, careerCentre]) {
      expect((await t.api(key).get('/api/v1/mentors')).status).toBe(403);
      expect((await t.api(key).get(`/api/v1/mentors/${created.id}`)).status).toBe(403);
      expect((await t.api(key).post('/api/v1/mentors').send(aMentor())).status).toBe(403);
      expect((await t.api(key).patch(`/api/v1/mentors/${created.id}`).send({ capacity: 1 })).status).toBe(403);
      expect((await t.api(key).delete(`/api/v1/mentors/${created.id}`)).status).toBe(403);
    }
  });
});
