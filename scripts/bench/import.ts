/** The import bench: 10,000 realistic CSV rows through POST /candidates/import, until every candidate has its vectors; then the same file again. */
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { ConsoleLogger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import type { CandidateImportReport } from '../../src/candidate-import/dto/candidate-import.dto';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { EMBEDDED_FIELDS } from '../../src/embeddings/embedding-texts';
import { loadDatasets } from '../../src/reference-data/reference-datasets';
import { fmt, seededRandom, titlesByCode } from './support';

const ROWS = 10_000;
const ADMIN_KEY = 'bench-admin-key-0123456789';
const COLUMNS = [
  'externalRef',
  'fullName',
  'birthYear',
  'gender',
  'countryOfOrigin',
  'municipalityCode',
  'norwegianLevel',
  'languages',
  'occupationCode',
  'experienceYears',
  'skills',
  'skillEvidence',
  'interests',
  'desiredOccupations',
  'maxTravelKm',
  'goals',
  'consentMatching',
  'consentShareWithEmployers',
];

/** Prints the import's progress lines (and warnings and errors), not the rest of the start-up. */
class ImportLogOnly extends ConsoleLogger {
  override log(message: unknown, context?: string): void {
    if (context === 'CandidateImport') super.log(message, context);
  }
}

/**
 * Seeded rows as a career centre's export would hold them: real kommunenummer weighted by
 * population, real STYRK-08 codes, skills as Norwegian words from NAV's job titles of the occupation.
 */
export function importFile(config: AppConfig, rows: number): string {
  const random = seededRandom(20251201);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const some = <T>(items: readonly T[], min: number, max: number) =>
    [...new Set(Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, () => pick(items)))];

  const datasets = loadDatasets(config.referenceData);
  const municipalities = datasets.municipalities.map((m) => ({ code: m.code, population: m.population || 1000 }));
  const cumulative: number[] = [];
  municipalities.reduce((sum, m) => (cumulative.push(sum + m.population), sum + m.population), 0);
  const municipality = () => {
    const x = random() * cumulative[cumulative.length - 1];
    return municipalities[cumulative.findIndex((c) => c >= x)].code;
  };
  const styrk = new Set(datasets.occupations.map((o) => o.code));
  const words = new Map<string, string[]>();
  for (const [code, titles] of titlesByCode(config)) {
    if (!styrk.has(code)) continue;
    const found = titles
      .flatMap((title) => title.toLowerCase().split(/[\s/(),-]+/))
      .filter((w) => w.length > 3 && /^[a-zæøå]+$/.test(w));
    if (found.length > 0) words.set(code, [...new Set(found)]);
  }
  const codes = [...words.keys()];
  const first = ['Amina', 'Yonas', 'Olena', 'Mohammed', 'Fatima', 'Ahmad', 'Sara', 'Dawit', 'Iryna', 'Hassan', 'Layla', 'Tesfay', 'Maryam', 'Ali', 'Oksana'];
  const last = ['Yusuf', 'Tesfay', 'Kovalenko', 'Haidari', 'Ahmadi', 'Abdi', 'Bondarenko', 'Mohammadi', 'Gebremedhin', 'Hussein', 'Shevchenko', 'Rahimi'];
  const origins = [
    ['SY', 'ar'],
    ['ER', 'ti'],
    ['UA', 'uk'],
    ['SO', 'so'],
    ['AF', 'fa'],
    ['IQ', 'ku'],
    ['ET', 'am'],
  ] as const;
  const interests = ['fjellturer', 'fotball', 'matlaging', 'strikking', 'fiske', 'sjakk', 'hagearbeid', 'løping', 'korsang', 'friluftsliv', 'lesing', 'sykling', 'musikk', 'ski'];
  const levels = ['', 'A1', 'A2', 'A2', 'B1', 'B1', 'B1', 'B2', 'C1'];
  const quote = (cell: string) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

  const lines = [COLUMNS.join(',')];
  for (let i = 0; i < rows; i++) {
    const [country, language] = pick(origins);
    const code = pick(codes);
    const worked = random() < 0.85;
    const cells: Record<string, string> = {
      externalRef: `KS-${String(i + 1).padStart(6, '0')}`,
      fullName: `${pick(first)} ${pick(last)}`,
      birthYear: String(1965 + Math.floor(random() * 40)),
      gender: pick(['female', 'male', '']),
      countryOfOrigin: country,
      municipalityCode: municipality(),
      norwegianLevel: pick(levels),
      languages: [`${language}:native`, ...(random() < 0.4 ? [`en:${pick(['A2', 'B1', 'B2'])}`] : [])].join('|'),
      occupationCode: worked ? code : '',
      experienceYears: worked ? String(Math.round(random() * 150) / 10).replace('.', ',') : '',
      skills: some(words.get(code)!, 2, 5).join('|'),
      skillEvidence: pick(['mapped', 'mapped', 'self_reported', 'verified']),
      interests: some(interests, 1, 4).join('|'),
      desiredOccupations: some(codes, 0, 2).join('|'),
      maxTravelKm: random() < 0.3 ? String(20 + Math.floor(random() * 180)) : '',
      goals: random() < 0.5 ? `Fast jobb innen ${pick(words.get(code)!)}, gjerne med praksis først.` : '',
      consentMatching: String(random() < 0.95),
      consentShareWithEmployers: String(random() < 0.8),
    };
    lines.push(COLUMNS.map((c) => quote(cells[c])).join(','));
  }
  return lines.join('\n') + '\n';
}

export async function importBench(): Promise<void> {
  const config = loadConfig({ ...process.env, EMBEDDED_DATA_DIR: 'memory', DEMO_DATA: 'false', ADMIN_API_KEY: ADMIN_KEY, EMBEDDING_PROVIDER: 'hashing' });
  const file = importFile(config, ROWS);
  console.log(
    `Bench: import of ${ROWS.toLocaleString('en')} CSV rows (${fmt(Buffer.byteLength(file) / 1024 / 1024)} MB) on ` +
      `${config.databaseUrl ? 'PostgreSQL at DATABASE_URL' : 'the embedded database, in memory'}, hashing embedder`,
  );
  // The server as it runs, background embedding included.
  const running = await createApp(config, { logger: new ImportLogOnly() });
  try {
    const db = running.app.get(DataSource);
    const server = running.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
    const call = async <T>(path: string, key: string, body: string, contentType = 'application/json'): Promise<T> => {
      const res = await fetch(`${base}${path}`, { method: 'POST', headers: { Authorization: `Bearer ${key}`, 'Content-Type': contentType }, body });
      const json = await res.json();
      if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(json).slice(0, 500)}`);
      return json as T;
    };
    const importCsv = () => call<CandidateImportReport>('/candidates/import', key, file, 'text/csv');
    const organisation = await call<{ id: string }>('/organisations', ADMIN_KEY, JSON.stringify({ kind: 'career_centre', name: 'Karrieresenter (bench)', municipalityCode: '0301' }));
    const { key } = await call<{ key: string }>('/api-keys', ADMIN_KEY, JSON.stringify({ role: 'career_centre', organisationId: organisation.id, label: 'bench' }));

    const texts = ROWS * EMBEDDED_FIELDS.candidate.length;
    // A fresh database: every candidate vector is the import's. Polled once a second, as the embedded database has one connection to share.
    const embedded = async () => (await db.query(`SELECT count(*)::int AS n FROM candidate_embeddings`))[0].n as number;

    const start = performance.now();
    const first = await importCsv();
    const written = performance.now();
    while ((await embedded()) < texts) await new Promise((resolve) => setTimeout(resolve, 1000));
    const done = performance.now();
    const totals = first.totals;
    console.log(`\nrows                         ${totals.rows} (${totals.created} created, ${totals.failed} failed)`);
    console.log(`validate + write (HTTP)      ${fmt((written - start) / 1000)} s`);
    console.log(`until all embedded           ${fmt((done - start) / 1000)} s  (${texts} texts; target ≤ 60 s)`);
    console.log(`rows/s, end to end           ${fmt(ROWS / ((done - start) / 1000), 0)}`);

    const [{ n: auditBefore }] = await db.query(`SELECT count(*)::int AS n FROM audit_log`);
    const again = performance.now();
    const second = await importCsv();
    const [{ n: auditAfter }] = await db.query(`SELECT count(*)::int AS n FROM audit_log`);
    const written2 = second.totals.created + second.totals.updated;
    console.log(
      `\nsame file again              ${fmt((performance.now() - again) / 1000)} s: ${written2} written ` +
        `(${second.totals.unchanged} unchanged), ${auditAfter - auditBefore} audit rows`,
    );
  } finally {
    await running.close();
  }
}
