import { randomBytes } from 'node:crypto';
import { EmbeddingProvider } from '../src/embeddings/embedding-provider';
import { EmbeddingQueue } from '../src/embeddings/embedding-queue';
import { ADMIN_KEY, startTestApp, TestApp, unique } from './support/test-app';

const URL = '/api/v1/candidates/import';
const HEADER = [
  'externalRef',
  'fullName',
  'municipalityCode',
  'norwegianLevel',
  'occupationCode',
  'skills',
  'interests',
  'consentMatching',
  'consentShareWithEmployers',
] as const;

type Row = Record<string, string>;

/** A CSV file from rows, quoting cells where CSV needs it. */
function csv(rows: Row[], columns: readonly string[] = [...new Set([...HEADER, ...rows.flatMap((r) => Object.keys(r))])], eol = '\n'): string {
  const quote = (cell: string) => (/[",\n\r;]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return [columns.join(','), ...rows.map((r) => columns.map((c) => quote(r[c] ?? '')).join(','))].join(eol) + eol;
}

/** A valid row; override what the test is about. */
function aRow(ref: string, overrides: Row = {}): Row {
  return {
    externalRef: ref,
    fullName: `Amina Yusuf ${ref}`,
    municipalityCode: '4601',
    norwegianLevel: 'A2',
    occupationCode: '3313',
    skills: 'regnskap|lønn',
    interests: 'fjellturer|matlaging',
    consentMatching: 'true',
    consentShareWithEmployers: 'false',
    ...overrides,
  };
}

interface ReportRow {
  row: number;
  line: number;
  externalRef: string | null;
  status: string;
  id?: string;
  errors: { field: string; code: string; message: string }[];
}

describe('candidate CSV import', () => {
  let t: TestApp;
  let centre: string;
  let centreOrg: string;

  beforeAll(async () => {
    t = await startTestApp();
    centreOrg = await t.organisation('career_centre');
    centre = await t.key('career_centre', centreOrg);
  });
  afterAll(() => t.close());

  const post = (body: string | Buffer, key = centre, query = '') =>
    t.api(key).post(`${URL}${query}`).set('Content-Type', 'text/csv').send(body);
  const counts = async () => {
    const [row] = await t.db.query(`SELECT (SELECT count(*)::int FROM candidates) AS candidates, (SELECT count(*)::int FROM audit_log) AS audit`);
    return row as { candidates: number; audit: number };
  };
  const candidatesWithRefs = async (refs: string[]) =>
    (await t.db.query(`SELECT id, external_ref, registered_by_organisation_id FROM candidates WHERE external_ref = ANY($1) ORDER BY external_ref`, [refs])) as {
      id: string;
      external_ref: string;
      registered_by_organisation_id: string | null;
    }[];
  const errorsOf = (rows: ReportRow[], ref: string) => rows.find((r) => r.externalRef === ref)?.errors ?? [];

  /** The request fails as a whole, with a problem, and writes nothing. */
  async function expectRefused(send: () => Promise<{ status: number; headers: Record<string, string>; body: Record<string, unknown> }>, status: number) {
    const before = await counts();
    const res = await send();
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.(js|ts):\d+/);
    expect(await counts()).toEqual(before);
    return res.body;
  }

  it('imports rows with lists, booleans, languages and experience, and answers with a report', async () => {
    const p = unique();
    const file = csv(
      [
        aRow(`${p}-1`, {
          languages: 'so:native|en:B1',
          desiredOccupations: '2411|4311',
          experienceYears: '4,5',
          birthYear: '1990',
          gender: 'female',
          countryOfOrigin: 'so',
          maxTravelKm: '30',
          goals: 'Jobbe som regnskapsfører, gjerne i Bergen.\nHar "fagbrev" fra Somalia.',
          skillEvidence: 'verified',
        }),
        aRow(`${p}-2`, { norwegianLevel: 'b1', occupationCode: '', skills: '', interests: 'fotball', consentShareWithEmployers: 'true' }),
      ],
      [...HEADER, 'languages', 'desiredOccupations', 'experienceYears', 'birthYear', 'gender', 'countryOfOrigin', 'maxTravelKm', 'goals', 'skillEvidence'],
    );
    const before = await counts();
    const res = await post(file);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ mode: 'all', totals: { rows: 2, created: 2, updated: 0, unchanged: 0, failed: 0 } });
    expect(res.body.importId).toMatch(/^[0-9a-f-]{36}$/);
    const [first, second] = res.body.rows as ReportRow[];
    expect(first).toMatchObject({ row: 1, line: 2, externalRef: `${p}-1`, status: 'created', errors: [] });
    // The first row's goals hold a line break, so the second row starts on line 4.
    expect(second).toMatchObject({ row: 2, line: 4, externalRef: `${p}-2`, status: 'created', errors: [] });

    const amina = (await t.api(centre).get(`/api/v1/candidates/${first.id}`)).body;
    expect(amina).toMatchObject({
      externalRef: `${p}-1`,
      fullName: `Amina Yusuf ${p}-1`,
      birthYear: 1990,
      gender: 'female',
      municipalityCode: '4601',
      countryOfOrigin: 'SO',
      languages: [
        { code: 'nb', level: 'A2' },
        { code: 'so', level: 'native' },
        { code: 'en', level: 'B1' },
      ],
      experience: [{ title: 'Regnskapsførere', occupationCode: '3313', years: 4.5 }],
      skills: [
        { label: 'regnskap', evidence: 'verified' },
        { label: 'lønn', evidence: 'verified' },
      ],
      interests: ['fjellturer', 'matlaging'],
      desiredOccupations: ['2411', '4311'],
      goals: 'Jobbe som regnskapsfører, gjerne i Bergen.\nHar "fagbrev" fra Somalia.',
      preferences: { maxTravelKm: 30 },
      consent: { matching: true, shareWithEmployers: false },
      education: [],
      registeredByOrganisationId: centreOrg,
    });
    const yonas = (await t.api(centre).get(`/api/v1/candidates/${second.id}`)).body;
    expect(yonas).toMatchObject({
      languages: [{ code: 'nb', level: 'B1' }],
      experience: [],
      skills: [],
      interests: ['fotball'],
      birthYear: null,
      gender: null,
      goals: '',
      preferences: {},
      consent: { matching: true, shareWithEmployers: true },
    });

    // One audit row per candidate written, naming the import and the row; no personal data.
    const audit = (await t.api(ADMIN_KEY).get(`/api/v1/audit?resourceId=${first.id}&action=candidate.import`)).body.items;
    expect(audit).toHaveLength(1);
    expect(audit[0].details).toEqual({ importId: res.body.importId, row: 1, line: 2, outcome: 'created' });
    expect(JSON.stringify(audit)).not.toContain('Amina');
    const after = await counts();
    expect(after.candidates - before.candidates).toBe(2);

    // Both get their vectors in the background.
    await t.running.app.get(EmbeddingQueue).whenIdle();
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM candidate_embeddings WHERE owner_id = ANY($1)`, [[first.id, second.id]]);
    expect(n).toBeGreaterThanOrEqual(2);
  });

  it('reads a Norwegian Excel export: semicolons, a byte-order mark, CRLF line ends, trailing empty rows', async () => {
    const p = unique();
    const file =
      '\uFEFF' +
      csv([aRow(`${p}-1`, { goals: 'Helse; omsorg' }), aRow(`${p}-2`)], [...HEADER, 'goals'], '\r\n')
        .replace(/,/g, ';') +
      ';;;;;;;;;\r\n\r\n';
    const res = await post(file);
    expect(res.status).toBe(201);
    expect(res.body.totals).toMatchObject({ rows: 2, created: 2, failed: 0 });
    expect((res.body.rows as ReportRow[]).map((r) => r.line)).toEqual([2, 3]);
    const got = (await t.api(centre).get(`/api/v1/candidates/${res.body.rows[0].id}`)).body;
    expect(got.goals).toBe('Helse; omsorg');
  });

  it('ignores the empty columns a spreadsheet leaves after the last named one, but not a value in them', async () => {
    const p = unique();
    const lines = csv([aRow(`${p}-1`), aRow(`${p}-2`)]).trimEnd().split('\n');
    const file = [`${lines[0]},,`, `${lines[1]},,`, `${lines[2]},,surprise`].join('\n') + '\n';
    const refused = await post(file);
    expect(refused.status).toBe(422);
    expect(errorsOf(refused.body.report.rows, `${p}-1`)).toEqual([]);
    expect(errorsOf(refused.body.report.rows, `${p}-2`)).toEqual([{ field: 'row', code: 'csv_cell_count', message: 'Raden har 11 celler, overskriften har 9 kolonner' }]);
    const res = await post(file.replace(',,surprise', ',,'));
    expect(res.status).toBe(201);
    expect(res.body.totals).toMatchObject({ rows: 2, created: 2, failed: 0 });
  });

  it('reports every failing row with the column and a clear message, and writes nothing by default (422)', async () => {
    const p = unique();
    const file = csv(
      [
        aRow(`${p}-ok`),
        aRow(`${p}-cefr`, { norwegianLevel: 'B3' }),
        aRow(`${p}-kommune`, { municipalityCode: '9999' }),
        aRow(`${p}-styrk`, { occupationCode: '9998' }),
        aRow(`${p}-dup`),
        aRow(`${p}-dup`, { fullName: 'Someone Else' }),
        aRow(`${p}-bool`, { consentMatching: 'yes' }),
        aRow(`${p}-name`, { fullName: '' }),
        aRow(`${p}-year`, { birthYear: 'nineteen' }),
        aRow(`${p}-lang`, { languages: 'arabic|ti:native' }),
        aRow(`${p}-level`, { languages: 'ti:native|ar:B7' }),
        aRow(`${p}-desired`, { desiredOccupations: '2411|9997' }),
        aRow(`${p}-evidence`, { skillEvidence: 'rumour' }),
        aRow('', {}),
      ],
      [...HEADER, 'birthYear', 'languages', 'desiredOccupations', 'skillEvidence'],
    );
    const body = await expectRefused(() => post(file), 422);
    expect(body).toMatchObject({ type: 'urn:kobling:problem:import-rejected', status: 422 });
    expect(body).toMatchObject({ code: 'import_rejected', detail: expect.stringMatching(/^13 av 14 rader har feil, så ingenting ble lagret/) });
    const report = body.report as { totals: Record<string, number>; rows: ReportRow[] };
    expect(report.totals).toEqual({ rows: 14, created: 0, updated: 0, unchanged: 1, failed: 13 });
    expect(report.rows[0]).toEqual({ row: 1, line: 2, externalRef: `${p}-ok`, status: 'unchanged', errors: [] });
    const fields = (ref: string) => errorsOf(report.rows, ref).map((e) => e.field);
    expect(errorsOf(report.rows, `${p}-cefr`)).toEqual([{ field: 'norwegianLevel', code: 'csv_not_cefr', message: expect.stringMatching(/CEFR-nivå.*"B3"/) }]);
    expect(errorsOf(report.rows, `${p}-kommune`)).toEqual([{ field: 'municipalityCode', code: 'unknown_kommunenummer', message: expect.stringMatching(/9999 er ikke et kjent kommunenummer/) }]);
    expect(errorsOf(report.rows, `${p}-styrk`)).toEqual([{ field: 'occupationCode', code: 'unknown_styrk_code', message: expect.stringMatching(/9998 er ikke en kjent yrkeskode \(STYRK-08\)/) }]);
    const dups = report.rows.filter((r) => r.externalRef === `${p}-dup`);
    expect(dups.map((r) => r.status)).toEqual(['failed', 'failed']);
    expect(dups[0].errors[0]).toEqual({ field: 'externalRef', code: 'csv_ref_repeated', message: expect.stringMatching(/flere ganger i filen: rad 5 \(linje 6\), rad 6 \(linje 7\)/) });
    expect(errorsOf(report.rows, `${p}-bool`)).toEqual([{ field: 'consentMatching', code: 'csv_not_boolean', message: 'consentMatching må være true eller false, ikke "yes"' }]);
    expect(errorsOf(report.rows, `${p}-name`)).toEqual([{ field: 'fullName', code: 'required', message: 'Mangler: fullName' }]);
    expect(fields(`${p}-year`)).toEqual(['birthYear']);
    expect(errorsOf(report.rows, `${p}-lang`)).toEqual([{ field: 'languages', code: 'csv_language_item', message: expect.stringMatching(/^languages, element 1: "arabic" må være kode:nivå/) }]);
    // Counted as in the cell, though the Norwegian level from its own column comes first in the candidate's languages.
    expect(errorsOf(report.rows, `${p}-level`)).toEqual([{ field: 'languages', code: 'not_one_of', message: expect.stringMatching(/^languages, element 2, level må være en av: A1, A2/) }]);
    expect(errorsOf(report.rows, `${p}-desired`)).toEqual([{ field: 'desiredOccupations', code: 'unknown_styrk_code', message: expect.stringMatching(/9997 er ikke en kjent yrkeskode/) }]);
    expect(errorsOf(report.rows, `${p}-evidence`)).toEqual([{ field: 'skillEvidence', code: 'not_one_of', message: expect.stringMatching(/^skillEvidence må være en av: self_reported/) }]);
    expect(report.rows[13]).toMatchObject({ externalRef: null, status: 'failed', errors: [{ field: 'externalRef', code: 'required', message: 'Mangler: externalRef' }] });
    expect(await candidatesWithRefs([`${p}-ok`])).toEqual([]);
  });

  it('with ?mode=partial writes the valid rows and reports the failed ones', async () => {
    const p = unique();
    const file = csv([aRow(`${p}-1`), aRow(`${p}-2`, { norwegianLevel: 'fluent' }), aRow(`${p}-3`)]);
    const before = await counts();
    const res = await post(file, centre, '?mode=partial');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ mode: 'partial', totals: { rows: 3, created: 2, failed: 1 } });
    expect((res.body.rows as ReportRow[]).map((r) => r.status)).toEqual(['created', 'failed', 'created']);
    expect(res.body.rows[1].id).toBeUndefined();
    expect((await candidatesWithRefs([`${p}-1`, `${p}-2`, `${p}-3`])).map((c) => c.external_ref)).toEqual([`${p}-1`, `${p}-3`]);
    const after = await counts();
    expect(after.candidates - before.candidates).toBe(2);
    expect(after.audit - before.audit).toBe(2);

    // Only failures: nothing to write, and 200 rather than 201.
    const none = await post(csv([aRow(`${p}-4`, { municipalityCode: '0000' })]), centre, '?mode=partial');
    expect(none.status).toBe(200);
    expect(none.body.totals).toMatchObject({ created: 0, failed: 1 });
  });

  it('imports the same file twice: the second time every row is unchanged, nothing is written or re-embedded', async () => {
    const p = unique();
    const file = csv(Array.from({ length: 5 }, (_, i) => aRow(`${p}-${i}`, { skills: `sveising|${p}${i}` })));
    const first = await post(file);
    expect(first.status).toBe(201);
    await t.running.app.get(EmbeddingQueue).whenIdle();
    const stamps = await t.db.query(`SELECT id, updated_at FROM candidates WHERE external_ref LIKE $1 ORDER BY id`, [`${p}-%`]);
    const provider = t.running.app.get(EmbeddingProvider);
    const inferences = provider.inferences;
    const before = await counts();

    const second = await post(file);
    expect(second.status).toBe(200);
    expect(second.body.totals).toEqual({ rows: 5, created: 0, updated: 0, unchanged: 5, failed: 0 });
    expect((second.body.rows as ReportRow[]).map((r) => r.id)).toEqual((first.body.rows as ReportRow[]).map((r) => r.id));
    expect(await counts()).toEqual(before);
    expect(await t.db.query(`SELECT id, updated_at FROM candidates WHERE external_ref LIKE $1 ORDER BY id`, [`${p}-%`])).toEqual(stamps);
    await t.running.app.get(EmbeddingQueue).whenIdle();
    expect(provider.inferences).toBe(inferences);

    // Column order, spacing and letter case of codes do not make a row "changed".
    const reordered = csv(
      Array.from({ length: 5 }, (_, i) => aRow(`${p}-${i}`, { skills: ` sveising | ${p}${i} `, norwegianLevel: 'a2' })),
      [...HEADER].reverse(),
    );
    expect((await post(reordered)).body.totals).toMatchObject({ unchanged: 5 });
  });

  it('updates a changed row: the imported fields replaced, the others kept, audited, re-embedded', async () => {
    const p = unique();
    const rows = [aRow(`${p}-1`, { maxTravelKm: '40' }), aRow(`${p}-2`, { maxTravelKm: '40' })];
    const first = await post(csv(rows));
    const id = first.body.rows[0].id as string;
    // Set outside the import: kept by it.
    const edited = await t.edit(centre, `/api/v1/candidates/${id}`, {
      preferences: { mentorGender: 'female', maxTravelKm: 40 },
      education: [{ level: 'bachelor', field: 'Økonomi', recognition: 'pending' }],
    });
    expect(edited.status).toBe(200);
    await t.running.app.get(EmbeddingQueue).whenIdle();
    const provider = t.running.app.get(EmbeddingProvider);
    const inferences = provider.inferences;

    rows[0] = aRow(`${p}-1`, { skills: 'regnskap|lønn|Excel', norwegianLevel: 'B1', maxTravelKm: '' });
    const second = await post(csv(rows));
    expect(second.status).toBe(200);
    expect(second.body.totals).toEqual({ rows: 2, created: 0, updated: 1, unchanged: 1, failed: 0 });
    expect(second.body.rows[0]).toMatchObject({ status: 'updated', id });

    const got = (await t.api(centre).get(`/api/v1/candidates/${id}`)).body;
    expect(got.skills.map((s: { label: string }) => s.label)).toEqual(['regnskap', 'lønn', 'Excel']);
    expect(got.languages).toEqual([{ code: 'nb', level: 'B1', source: { type: 'profile' } }]);
    expect(got.preferences).toEqual({ mentorGender: 'female' });
    expect(got.education).toEqual([{ level: 'bachelor', field: 'Økonomi', recognition: 'pending', source: { type: 'profile' } }]);
    expect(got.registeredByOrganisationId).toBe(centreOrg);
    // The import is an edit too: one made from the version before it is stale.
    expect(got.version).toBe(edited.body.version + 1);
    const staleEdit = await t.api(centre).patch(`/api/v1/candidates/${id}`).send({ goals: 'Etter importen', version: edited.body.version });
    expect([staleEdit.status, staleEdit.body.code]).toEqual([409, 'version_stale']);

    const audit = (await t.api(ADMIN_KEY).get(`/api/v1/audit?resourceId=${id}&action=candidate.import`)).body.items;
    expect(audit.map((e: { details: { outcome: string } }) => e.details.outcome)).toEqual(['updated', 'created']);
    // Its profile text changed (a new skill); its interests did not.
    await t.running.app.get(EmbeddingQueue).whenIdle();
    expect(provider.inferences - inferences).toBe(1);
  });

  it('keeps references per organisation: another career centre importing the same reference gets its own candidate', async () => {
    const p = unique();
    const file = csv([aRow(`${p}-1`)]);
    const mine = await post(file);
    const otherOrg = await t.organisation('career_centre');
    const other = await post(file, await t.key('career_centre', otherOrg));
    expect(other.status).toBe(201);
    expect(other.body.rows[0].status).toBe('created');
    expect(other.body.rows[0].id).not.toBe(mine.body.rows[0].id);
    const stored = await candidatesWithRefs([`${p}-1`]);
    expect(stored.map((c) => c.registered_by_organisation_id).sort()).toEqual([centreOrg, otherOrg].sort());
  });

  it('refuses an admin’s import: imported candidates belong to the career centre that imports them', async () => {
    const p = unique();
    const res = await post(csv([aRow(`${p}-1`)]), ADMIN_KEY);
    expect([res.status, res.body.code]).toEqual([403, 'organisation_required']);
    expect(await candidatesWithRefs([`${p}-1`])).toEqual([]);
  });

  it('creates one set of candidates when the same file is imported twice at the same time', async () => {
    const p = unique();
    const file = csv(Array.from({ length: 50 }, (_, i) => aRow(`${p}-${i}`)));
    const before = await counts();
    const [a, b] = await Promise.all([post(file), post(file)]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect([a.body.totals.created, b.body.totals.created].sort()).toEqual([0, 50]);
    expect([a.body.totals.unchanged, b.body.totals.unchanged].sort()).toEqual([0, 50]);
    expect(await candidatesWithRefs(Array.from({ length: 50 }, (_, i) => `${p}-${i}`))).toHaveLength(50);
    const after = await counts();
    expect(after.candidates - before.candidates).toBe(50);
    expect(after.audit - before.audit).toBe(50);
  });

  it('is for career centres and admins only', async () => {
    const file = csv([aRow(unique())]);
    await expectRefused(() => t.api().post(URL).set('Content-Type', 'text/csv').send(file), 401);
    const coordinator = await t.key('coordinator');
    expect((await expectRefused(() => post(file, coordinator), 403)).type).toBe('urn:kobling:problem:forbidden');
    const employer = await t.key('employer', await t.organisation('employer'));
    await expectRefused(() => post(file, employer), 403);
  });

  it('is documented in OpenAPI: a text/csv body describing every column, and the mode', async () => {
    const docs = (await t.api().get('/docs-json')).body;
    const operation = docs.paths['/api/v1/candidates/import'].post;
    const body = operation.requestBody.content['text/csv'];
    expect(body.schema).toEqual({ type: 'string' });
    for (const column of [...HEADER, 'languages', 'desiredOccupations', 'skillEvidence']) expect(operation.requestBody.description).toContain(`\`${column}\``);
    expect(operation.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'mode', in: 'query', required: false })]));
    expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['200', '201', '400', '413', '415', '422']));
  });

  describe('refuses the whole file, writing nothing', () => {
    it('when the CSV quoting is broken, naming the line', async () => {
      const p = unique();
      const good = csv([aRow(`${p}-1`), aRow(`${p}-2`)]);
      const unclosed = `${good}${p}-3,"Amina Yusuf,4601,A2,3313,,,true,true\n${p}-4,Ali,4601,A2,,,,true,true\n`;
      expect((await expectRefused(() => post(unclosed), 400)).detail).toMatch(/raden som starter på linje 4, blir aldri lukket/);
      const stray = `${good}${p}-3,Amina "Mina" Yusuf,4601,A2,3313,,,true,true\n`;
      expect((await expectRefused(() => post(stray), 400)).detail).toMatch(/linje 4: et anførselstegn/);
      const crlf = `\uFEFF${csv([aRow(`${p}-1`, { goals: 'Før: "sveiser"\r\nNå: lærling' }), aRow(`${p}-2`)], [...HEADER, 'goals'], '\r\n')}${p}-3,Åse "Mina" Ås,4601,A2,3313,,,true,true,\r\n`;
      expect((await expectRefused(() => post(crlf), 400)).detail).toMatch(/linje 5: et anførselstegn/);
      const trailing = `${good}${p}-3,"Amina" Yusuf,4601,A2,3313,,,true,true\n`;
      expect((await expectRefused(() => post(trailing), 400)).detail).toMatch(/linje 4: et felt i anførselstegn fortsetter etter det avsluttende anførselstegnet/);
      expect(await candidatesWithRefs([`${p}-1`])).toEqual([]);
    });

    it('when a row has more or fewer cells than the header (a row error)', async () => {
      const p = unique();
      const file = `${csv([aRow(`${p}-1`)])}${p}-2,Ali,4601\n`;
      const body = await expectRefused(() => post(file), 422);
      expect((body.report as { rows: ReportRow[] }).rows[1].errors).toEqual([{ field: 'row', code: 'csv_cell_count', message: 'Raden har 3 celler, overskriften har 9 kolonner' }]);
    });

    it('when the body is 5 MB of junk', async () => {
      const binary = await expectRefused(() => post(randomBytes(5 * 1024 * 1024)), 400);
      expect(binary.detail).toMatch(/ikke UTF-8|binære data/);
      const chars = 'abcdefghij,;"\n æøå';
      const bytes = randomBytes(5 * 1024 * 1024);
      const text = Array.from(bytes, (b) => chars[b % chars.length]).join('');
      const printable = await expectRefused(() => post(text), 400);
      expect(printable.detail).toMatch(/Overskriftslinjen passer ikke|ikke gyldig CSV/);
      expect(JSON.stringify(printable).length).toBeLessThan(20_000);
    });

    it('when the file is empty, blank, or has a header but no rows', async () => {
      expect(await expectRefused(() => post(''), 400)).toMatchObject({ code: 'csv_empty', detail: expect.stringMatching(/^Filen er tom/) });
      expect((await expectRefused(() => post('  \n\r\n  '), 400)).detail).toMatch(/^Filen er tom/);
      expect((await expectRefused(() => post(`${HEADER.join(',')}\n`), 400)).detail).toMatch(/ingen rader med data/);
      expect((await expectRefused(() => post(`${HEADER.join(',')}\n,,,,,,,,\n`), 400)).detail).toMatch(/ingen rader med data/);
    });

    it('when the header has unknown, repeated or missing columns, naming them', async () => {
      const unknown = await expectRefused(() => post(csv([aRow(unique(), { shoeSize: '42' })])), 400);
      expect(unknown).toMatchObject({ type: 'urn:kobling:problem:validation' });
      expect(unknown.errors).toEqual([{ field: 'shoeSize', code: 'csv_unknown_column', message: expect.stringMatching(/^"shoeSize" er ikke en kolonne i importen/) }]);
      const missing = await expectRefused(() => post(csv([aRow(unique())], HEADER.filter((h) => h !== 'consentMatching' && h !== 'skills'))), 400);
      expect((missing.errors as { field: string }[]).map((e) => e.field)).toEqual(['skills', 'consentMatching']);
      expect(missing.detail).toMatch(/mangler skills, consentMatching/);
      const lowercase = await expectRefused(() => post(csv([aRow(unique())], [...HEADER.slice(1), 'externalref'])), 400);
      expect((lowercase.errors as { field: string }[]).map((e) => e.field)).toEqual(['externalref', 'externalRef']);
      const repeated = await expectRefused(() => post(csv([aRow(unique())], [...HEADER, 'skills'])), 400);
      expect(repeated.detail).toMatch(/gjentatt skills/);
    });

    it('when it has more rows than an import takes, or more bytes (413)', async () => {
      const rows = Array.from({ length: 20_001 }, (_, i) => `r${i},Name ${i},0301,,,,,true,true`).join('\n');
      const tooMany = await expectRefused(() => post(`${HEADER.join(',')}\n${rows}\n`), 413);
      expect(tooMany).toMatchObject({ code: 'csv_too_many_rows', detail: expect.stringMatching(/høyst 20\s000 rader/) });
      const big = `${HEADER.join(',')}\n${'x'.repeat(11 * 1024 * 1024)}\n`;
      expect((await expectRefused(() => post(big), 413)).type).toBe('urn:kobling:problem:payload-too-large');
    });

    it('when it is not text/csv (415), or the mode is unknown (400)', async () => {
      const file = csv([aRow(unique())]);
      const json = await expectRefused(() => t.api(centre).post(URL).send({ rows: [] }), 415);
      expect(json.type).toBe('urn:kobling:problem:unsupported-media-type');
      await expectRefused(() => t.api(centre).post(URL).set('Content-Type', 'text/plain').send(file), 415);
      await expectRefused(() => t.api(centre).post(URL).set('Content-Type', 'application/octet-stream').send(Buffer.from(file)), 415);
      const mode = await expectRefused(() => post(file, centre, '?mode=some'), 400);
      expect(mode.errors).toEqual([{ field: 'mode', code: 'not_one_of', message: 'mode må være en av: all, partial' }]);
    });

    it('is never taken for a candidate id, nor does another route take CSV', async () => {
      expect((await t.api(centre).get(URL)).status).toBe(404);
      const res = await t.api(ADMIN_KEY).post('/api/v1/organisations').set('Content-Type', 'text/csv').send('kind,name\nemployer,x\n');
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'body_not_object', detail: expect.stringMatching(/må være et JSON-objekt/) });
    });
  });
});
