import { TitleReadings } from '../src/competence/title-readings';
import { EmbeddingQueue } from '../src/embeddings/embedding-queue';
import { aCandidate, aMentor, anOpening } from './support/builders';
import { startTestApp, TestApp, unique } from './support/test-app';

interface Result {
  opening?: { id: string };
  mentor?: { id: string };
  candidate?: { ref: string };
  components: { feature: string; value: number }[];
  reasons: string[];
}

/** Typed job titles read as occupations (issue 15): candidates with only a title, openings and mentors without a code. */
describe('reading typed job titles', () => {
  let t: TestApp;
  let coordinator: string;
  let employer: string;
  const idle = () => t.running.app.get(EmbeddingQueue).whenIdle();
  const value = (r: Result, feature: string) => r.components.find((c) => c.feature === feature)!.value;

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.key('coordinator');
    employer = await t.key('employer', await t.organisation('employer', '1516'));
  });
  afterAll(() => t.close());

  /** A candidate with no skills and no code: only what a coordinator typed. */
  const typed = (title: string) =>
    aCandidate({ municipalityCode: '1515', experience: [{ title, years: 12 }], skills: [], desiredOccupations: [], preferences: { maxTravelKm: 200 } });

  it('reads a candidate typed with only a job title, stores the reading, and says what it read in the job matches', async () => {
    const created = await t.api(coordinator).post('/api/v1/candidates').send(typed('Sveisearbeider'));
    expect(created.status).toBe(201);
    expect(created.body.resolvedOccupations).toEqual([
      expect.objectContaining({ from: 'experience', text: 'Sveisearbeider', read: true, closest: null, occupations: [expect.objectContaining({ code: '7212', title: 'Sveisere' })] }),
    ]);
    for (const o of created.body.inferredOccupations) expect(o.title).toEqual(expect.any(String));
    // The first stage finds the candidate's group through the index the trigger keeps.
    const groups = await t.db.query(`SELECT occupation_group AS g FROM candidate_groups WHERE candidate_id = $1`, [created.body.id]);
    expect(groups.map((r: { g: string }) => r.g)).toEqual(['721']);

    const coded = (await t.api(employer).post('/api/v1/openings').send(anOpening({ kind: 'job', title: `Platearbeid ${unique()}`, occupationCode: '7212', requiredSkills: [] }))).body;
    // An employer who writes only a title: the opening is judged as the occupation its title reads as.
    const titled = (await t.api(employer).post('/api/v1/openings').send(anOpening({ kind: 'job', title: 'Sveiser', occupationCode: undefined, requiredSkills: [] }))).body;
    expect(titled.occupationCode).toBeNull();
    const other = (await t.api(employer).post('/api/v1/openings').send(anOpening({ kind: 'job', title: `Kokk ${unique()}`, occupationCode: '5120', requiredSkills: [] }))).body;
    await idle();

    const res = await t.api(coordinator).get(`/api/v1/candidates/${created.body.id}/opening-matches?kind=job&limit=50`);
    expect(res.status).toBe(200);
    const of = (id: string) => res.body.results.find((r: Result) => r.opening!.id === id) as Result;
    for (const id of [coded.id, titled.id]) {
      expect(value(of(id), 'occupation')).toBeGreaterThan(0.7);
      expect(of(id).reasons).toContain('Erfaring som «Sveisearbeider» tilsvarer yrket Sveisere');
    }
    expect(value(of(other.id), 'occupation')).toBe(0);
    const en = await t.api(coordinator).get(`/api/v1/candidates/${created.body.id}/opening-matches?kind=job&limit=50`).set('Accept-Language', 'en');
    expect(en.body.results.find((r: Result) => r.opening!.id === coded.id).reasons).toContain('Experience as "Sveisearbeider" reads as the occupation Sveisere');
    // No reason names an occupation by a bare code.
    for (const r of [...res.body.results, ...en.body.results] as Result[]) for (const reason of r.reasons) expect(reason).not.toMatch(/\b\d{4}\b/);

    // The employer's shortlist for the opening typed as a title finds the candidate and says the same.
    const shortlist = await t.api(employer).get(`/api/v1/openings/${titled.id}/shortlist?limit=50`);
    expect(shortlist.status).toBe(200);
    expect(shortlist.body.results.some((r: Result) => r.reasons.includes('Erfaring som «Sveisearbeider» tilsvarer yrket Sveisere'))).toBe(true);
  });

  it('reads English, typos and inflection the same way', async () => {
    for (const [title, code] of [
      ['welders', '7212'],
      ['Svieser', '7212'],
      ['truck driver', '8332'],
    ]) {
      const body = (await t.api(coordinator).post('/api/v1/candidates').send(typed(title))).body;
      expect(body.resolvedOccupations[0]).toMatchObject({ read: true, occupations: [expect.objectContaining({ code })] });
    }
  });

  /** A welder opening, and the candidate's job matches: none gets an occupation signal or a reason naming `text`. */
  async function expectNoOccupationSignal(candidateId: string, text: string): Promise<void> {
    await t.api(employer).post('/api/v1/openings').send(anOpening({ kind: 'job', occupationCode: '7212', requiredSkills: [] }));
    await idle();
    const res = await t.api(coordinator).get(`/api/v1/candidates/${candidateId}/opening-matches?kind=job&limit=50`);
    expect(res.status).toBe(200);
    for (const r of res.body.results as Result[]) {
      expect(value(r, 'occupation')).toBe(0);
      expect(r.reasons.join(' ')).not.toContain(text);
    }
  }

  it('leaves a title below the confidence floor unread, says so on the candidate, and gives it no occupation signal', async () => {
    const created = (await t.api(coordinator).post('/api/v1/candidates').send(typed('Qwrtz blorp'))).body;
    expect(created.resolvedOccupations).toEqual([expect.objectContaining({ text: 'Qwrtz blorp', read: false, occupations: [] })]);
    await expectNoOccupationSignal(created.id, 'Qwrtz');
  });

  it("reads a mentor's occupation typed without a code as the candidate's profession", async () => {
    const candidate = (await t.api(coordinator).post('/api/v1/candidates').send(typed('Sveiser'))).body;
    const mentor = (await t.api(coordinator).post('/api/v1/mentors').send(aMentor({ occupation: { title: 'Sveiser' }, menteeGender: undefined }))).body;
    expect(mentor.occupation).toEqual({ title: 'Sveiser', code: null });
    await idle();
    const res = await t.api(coordinator).get(`/api/v1/candidates/${candidate.id}/mentor-matches?limit=50`);
    const found = res.body.results.find((r: Result) => r.mentor!.id === mentor.id) as Result;
    expect(value(found, 'profession')).toBeGreaterThan(0.7);
    expect(found.reasons).toContain('Mentoren arbeider i samme yrke: Sveisere');
  });

  /** A candidate with no skills, no experience and no codes: only what they want to work as, in their own words. */
  const wanting = (...desiredOccupationTexts: unknown[]) =>
    aCandidate({ municipalityCode: '1515', experience: [], skills: [], desiredOccupations: [], desiredOccupationTexts, preferences: { maxTravelKm: 200 } });
  const groupsOf = async (id: string) =>
    (await t.db.query(`SELECT occupation_group AS g FROM candidate_groups WHERE candidate_id = $1 ORDER BY 1`, [id])).map((r: { g: string }) => r.g);

  it('reads a desired occupation typed as text, stores the reading, and says what it read in the job matches', async () => {
    const created = await t.api(coordinator).post('/api/v1/candidates').send(wanting('Sveiser'));
    expect(created.status).toBe(201);
    expect(created.body.desiredOccupations).toEqual([]);
    expect(created.body.desiredOccupationTexts).toEqual(['Sveiser']);
    expect(created.body.desiredOccupationReadings).toEqual([
      expect.objectContaining({ from: 'desired', text: 'Sveiser', read: true, closest: null, occupations: [expect.objectContaining({ code: '7212', title: 'Sveisere' })] }),
    ]);
    // A wish is not experience: it is not shown as a read experience title, nor inferred as an occupation the candidate has.
    expect(created.body.resolvedOccupations).toEqual([]);
    expect(created.body.inferredOccupations).toEqual([]);
    const [row] = await t.db.query(`SELECT desired_occupation_texts AS texts, resolved_occupations AS r FROM candidates WHERE id = $1`, [created.body.id]);
    expect(row.texts).toEqual(['Sveiser']);
    expect(row.r).toEqual([expect.objectContaining({ from: 'desired', text: 'Sveiser', read: true })]);
    expect(await groupsOf(created.body.id)).toEqual(['721']);
    expect((await t.api(coordinator).get(`/api/v1/candidates/${created.body.id}`)).body.desiredOccupationReadings).toEqual(created.body.desiredOccupationReadings);

    const welding = (await t.api(employer).post('/api/v1/openings').send(anOpening({ kind: 'job', title: `Platearbeid ${unique()}`, occupationCode: '7212', requiredSkills: [] }))).body;
    const cooking = (await t.api(employer).post('/api/v1/openings').send(anOpening({ kind: 'job', title: `Kokk ${unique()}`, occupationCode: '5120', requiredSkills: [] }))).body;
    await idle();
    const res = await t.api(coordinator).get(`/api/v1/candidates/${created.body.id}/opening-matches?kind=job&limit=50`);
    expect(res.status).toBe(200);
    const of = (id: string) => res.body.results.find((r: Result) => r.opening!.id === id) as Result;
    // Wanted counts a little less than done: 0.9 × the reading's confidence.
    expect(value(of(welding.id), 'occupation')).toBeGreaterThan(0.8);
    expect(value(of(welding.id), 'occupation')).toBeLessThan(0.91);
    expect(of(welding.id).reasons).toContain('Ønsker å jobbe som «Sveiser», som tilsvarer yrket Sveisere');
    expect(value(of(cooking.id), 'occupation')).toBe(0);
    const en = await t.api(coordinator).get(`/api/v1/candidates/${created.body.id}/opening-matches?kind=job&limit=50`).set('Accept-Language', 'en');
    expect(en.body.results.find((r: Result) => r.opening!.id === welding.id).reasons).toContain('Wants to work as "Sveiser", which matches the occupation Sveisere');
    for (const r of [...res.body.results, ...en.body.results] as Result[]) for (const reason of r.reasons) expect(reason).not.toMatch(/\b\d{4}\b/);
  });

  it('leaves a desired text below the confidence floor unread, says so, and reads it again when it changes', async () => {
    const created = (await t.api(coordinator).post('/api/v1/candidates').send(wanting('Qwrtz blorp'))).body;
    expect(created.desiredOccupationReadings).toEqual([expect.objectContaining({ from: 'desired', text: 'Qwrtz blorp', read: false, occupations: [] })]);
    expect(await groupsOf(created.id)).toEqual([]);
    await expectNoOccupationSignal(created.id, 'Qwrtz');

    const changed = await t.api(coordinator).patch(`/api/v1/candidates/${created.id}`).send({ desiredOccupationTexts: ['  sveisere '], version: created.version });
    expect(changed.status).toBe(200);
    expect(changed.body.desiredOccupationTexts).toEqual(['sveisere']);
    expect(changed.body.desiredOccupationReadings).toEqual([expect.objectContaining({ text: 'sveisere', read: true, occupations: [expect.objectContaining({ code: '7212' })] })]);
    expect(await groupsOf(created.id)).toEqual(['721']);

    // Taken away: the reading and its group go with it.
    const cleared = await t.api(coordinator).patch(`/api/v1/candidates/${created.id}`).send({ desiredOccupationTexts: [], version: changed.body.version });
    expect(cleared.status).toBe(200);
    expect(cleared.body.desiredOccupationReadings).toEqual([]);
    expect(await groupsOf(created.id)).toEqual([]);
  });

  it('refuses desired texts that are too many, empty, too long or not text, and changes nothing', async () => {
    const fields = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field);
    const created = (await t.api(coordinator).post('/api/v1/candidates').send(wanting('Kokk'))).body;
    const bad: unknown[][] = [Array.from({ length: 11 }, (_, i) => `Yrke ${i}`), [''], ['   '], ['x'.repeat(101)], [42], [null]];
    for (const texts of bad) {
      const fullName = `Ugyldig ${unique()}`;
      const post = await t.api(coordinator).post('/api/v1/candidates').send({ ...wanting(...texts), fullName });
      expect(post.status).toBe(400);
      expect(post.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(post.body.code).toBe('validation_failed');
      expect(fields(post.body).every((f) => f.startsWith('desiredOccupationTexts'))).toBe(true);
      expect(fields(post.body).length).toBeGreaterThan(0);
      expect(await t.db.query(`SELECT 1 FROM candidates WHERE full_name = $1`, [fullName])).toEqual([]);

      const patch = await t.api(coordinator).patch(`/api/v1/candidates/${created.id}`).send({ desiredOccupationTexts: texts, version: created.version });
      expect(patch.status).toBe(400);
      expect(patch.body.code).toBe('validation_failed');
      expect(fields(patch.body).every((f) => f.startsWith('desiredOccupationTexts'))).toBe(true);
    }
    const notList = await t.api(coordinator).patch(`/api/v1/candidates/${created.id}`).send({ desiredOccupationTexts: 'Kokk', version: created.version });
    expect(notList.status).toBe(400);
    const after = (await t.api(coordinator).get(`/api/v1/candidates/${created.id}`)).body;
    expect(after.version).toBe(created.version);
    expect(after.desiredOccupationTexts).toEqual(['Kokk']);
    expect(after.desiredOccupationReadings).toEqual(created.desiredOccupationReadings);
    // Ten, each of 100 characters, are fine.
    const most = await t.api(coordinator).patch(`/api/v1/candidates/${created.id}`).send({ desiredOccupationTexts: Array.from({ length: 10 }, (_, i) => `${i}`.padEnd(100, 'x')), version: created.version });
    expect(most.status).toBe(200);
    expect(most.body.desiredOccupationReadings).toHaveLength(10);
  });

  it('reads the titles again when the taxonomy changed since they were read', async () => {
    const created = (await t.api(coordinator).post('/api/v1/candidates').send(typed('Kokk'))).body;
    const wants = (await t.api(coordinator).post('/api/v1/candidates').send(wanting('Sveiser'))).body;
    // As a record written before the readings existed, or under another taxonomy, would hold them.
    await t.db.query(`UPDATE candidates SET resolved_occupations = '[]' WHERE id = ANY($1)`, [[created.id, wants.id]]);
    await t.db.query(`UPDATE reference_imports SET hash = 'another taxonomy' WHERE name = 'title-readings'`);
    const readings = t.running.app.get(TitleReadings);
    await readings.settled();
    expect(await readings.refreshIfChanged()).toBeGreaterThanOrEqual(1);
    const [row] = await t.db.query(`SELECT resolved_occupations AS r FROM candidates WHERE id = $1`, [created.id]);
    expect(row.r[0]).toMatchObject({ text: 'Kokk', read: true, occupations: [expect.objectContaining({ code: '5120' })] });
    const groups = await t.db.query(`SELECT occupation_group AS g FROM candidate_groups WHERE candidate_id = $1`, [created.id]);
    expect(groups.map((r: { g: string }) => r.g)).toEqual(['512']);
    // A candidate with only a desired occupation typed as text is read again too.
    const [wanted] = await t.db.query(`SELECT resolved_occupations AS r FROM candidates WHERE id = $1`, [wants.id]);
    expect(wanted.r).toEqual([expect.objectContaining({ from: 'desired', text: 'Sveiser', read: true, occupations: [expect.objectContaining({ code: '7212' })] })]);
    expect(await groupsOf(wants.id)).toEqual(['721']);
    // Current now: nothing more to do.
    expect(await readings.refreshIfChanged()).toBe(0);
  });
});
