import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../src/config/app-config';
import { loadDatasets } from '../../src/reference-data/reference-datasets';
import { seededRandom, titlesByCode } from './support';

/**
 * A realistic, seeded mix of candidates, mentors and openings, bulk-loaded with SQL (not through
 * the API): real municipalities weighted by population, real STYRK codes with NAV's Norwegian
 * titles, ESCO skills of the occupation, Norwegian levels A1–C1.
 */
export async function loadSynthetic(db: DataSource, config: AppConfig, sizes: { candidates: number; mentors: number; openings: number }): Promise<void> {
  const random = seededRandom(20261124);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
  const municipalities: { code: string; population: number }[] = await db.query('SELECT code, coalesce(population, 1000) AS population FROM municipalities');
  const cumulative: number[] = [];
  municipalities.reduce((sum, m) => (cumulative.push(sum + m.population), sum + m.population), 0);
  const municipality = () => {
    const x = random() * cumulative[cumulative.length - 1];
    return municipalities[cumulative.findIndex((c) => c >= x)].code;
  };
  const known = new Set((await db.query('SELECT code FROM occupations')).map((r: { code: string }) => r.code));
  const titles = new Map<string, string[]>();
  const esco = loadDatasets(config.referenceData).escoOccupations;
  const skillsOf = new Map<string, string[]>();
  for (const o of esco) skillsOf.set(o.isco4, [...(skillsOf.get(o.isco4) ?? []), ...o.essential]);
  for (const [code, list] of titlesByCode(config)) if (known.has(code)) titles.set(code, list);
  const codes = [...titles.keys()].filter((c) => skillsOf.has(c));
  const interests = ['fjellturer', 'fotball', 'matlaging', 'strikking', 'fiske', 'sjakk', 'hagearbeid', 'løping', 'korsang', 'friluftsliv', 'lesing', 'sykling', 'volleyball', 'svømming', 'musikk', 'foto', 'dans', 'snekring', 'ski', 'bading'];
  const natives = ['ar', 'ti', 'uk', 'so', 'fa', 'ps', 'ru', 'pl', 'ku', 'am', 'en', 'es'];
  const levels = ['A1', 'A2', 'A2', 'B1', 'B1', 'B1', 'B2', 'C1'];
  const evidence = ['self_reported', 'mapped', 'verified', 'certified'];
  const some = <T>(items: T[], min: number, max: number) => {
    const n = min + Math.floor(random() * (max - min + 1));
    return [...new Set(Array.from({ length: n }, () => pick(items)))];
  };

  const insert = async (sql: string, columns: unknown[][]) => {
    const n = columns[0].length;
    for (let i = 0; i < n; i += 5000) await db.query(sql, columns.map((c) => c.slice(i, i + 5000)));
  };

  // One kommune owns every candidate and runs an open mentor pool, so each coordinator ranks them all.
  const [{ id: owner }]: { id: string }[] = await db.query(
    `INSERT INTO organisations (kind, name, municipality_code, open_pool) VALUES ('municipality', 'Bench kommune', '0301', true) RETURNING id`,
  );

  // Candidates
  const c = { id: [] as string[], name: [] as string[], gender: [] as string[], birth: [] as number[], muni: [] as string[], lang: [] as string[], edu: [] as string[], exp: [] as string[], skills: [] as string[], interests: [] as string[], desired: [] as string[], goals: [] as string[], prefs: [] as string[], consentMatching: [] as boolean[], consentShare: [] as boolean[] };
  for (let i = 0; i < sizes.candidates; i++) {
    const code = pick(codes);
    const title = pick(titles.get(code)!);
    c.id.push(randomUUID());
    c.name.push(`Kandidat ${i}`);
    c.gender.push(random() < 0.5 ? 'female' : 'male');
    c.birth.push(1965 + Math.floor(random() * 40));
    c.muni.push(municipality());
    c.lang.push(JSON.stringify([{ code: pick(natives), level: 'native' }, { code: 'nb', level: pick(levels) }]));
    c.edu.push(JSON.stringify([{ level: pick(['primary', 'upper_secondary', 'vocational', 'bachelor', 'master']), field: title, recognition: pick(['not_applied', 'pending', 'approved', 'uvd']) }]));
    c.exp.push(JSON.stringify([{ title, occupationCode: code, years: Math.round(random() * 15) }]));
    c.skills.push(JSON.stringify(some(skillsOf.get(code)!, 3, 6).map((label) => ({ label, evidence: pick(evidence) }))));
    c.interests.push(`{${some(interests, 1, 4).join(',')}}`);
    c.desired.push(`{${random() < 0.7 ? code : pick(codes)}}`);
    c.goals.push(`Jobbe som ${title.toLowerCase()}`);
    c.prefs.push(JSON.stringify({ ...(random() < 0.2 ? { mentorGender: 'female' } : {}), ...(random() < 0.3 ? { maxTravelKm: 20 + Math.floor(random() * 180) } : {}) }));
    c.consentMatching.push(random() < 0.95);
    c.consentShare.push(random() < 0.8);
  }
  await insert(
    `INSERT INTO candidates (id, full_name, gender, birth_year, municipality_code, languages, education, experience, skills, interests, desired_occupations, goals, preferences, consent_matching, consent_share_with_employers, owner_organisation_id)
     SELECT a, b, c, d, e, f, g, h, i, j::text[], k::text[], l, m, n, o, '${owner}'
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[], $5::text[], $6::jsonb[], $7::jsonb[], $8::jsonb[], $9::jsonb[], $10::text[], $11::text[], $12::text[], $13::jsonb[], $14::boolean[], $15::boolean[])
       AS t(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o)`,
    [c.id, c.name, c.gender, c.birth, c.muni, c.lang, c.edu, c.exp, c.skills, c.interests, c.desired, c.goals, c.prefs, c.consentMatching, c.consentShare],
  );

  // Mentors
  const m = { id: [] as string[], name: [] as string[], gender: [] as string[], muni: [] as string[], title: [] as string[], code: [] as string[], lang: [] as string[], skills: [] as string[], interests: [] as string[], bio: [] as string[], type: [] as string[], capacity: [] as number[], menteeGender: [] as (string | null)[], active: [] as boolean[] };
  for (let i = 0; i < sizes.mentors; i++) {
    const code = pick(codes);
    const type = random() < 0.7 ? 'fagmentor' : random() < 0.67 ? 'språkmentor' : 'kulturguide';
    m.id.push(randomUUID());
    m.name.push(`Mentor ${i}`);
    m.gender.push(random() < 0.55 ? 'female' : 'male');
    m.muni.push(municipality());
    m.title.push(pick(titles.get(code)!));
    m.code.push(code);
    m.lang.push(JSON.stringify([{ code: 'nb', level: 'native' }, ...(type !== 'fagmentor' ? [{ code: pick(natives), level: 'native' }] : [])]));
    m.skills.push(JSON.stringify(some(skillsOf.get(code)!, 2, 5).map((label) => ({ label, evidence: 'verified' }))));
    m.interests.push(`{${some(interests, 1, 4).join(',')}}`);
    m.bio.push(`Arbeider som ${m.title[i].toLowerCase()} og kjenner lokalsamfunnet.`);
    m.type.push(type);
    m.capacity.push(1 + Math.floor(random() * 3));
    m.menteeGender.push(random() < 0.15 ? 'female' : null);
    m.active.push(random() < 0.95);
  }
  await insert(
    `INSERT INTO mentors (id, full_name, gender, municipality_code, occupation_title, occupation_code, languages, skills, interests, bio, mentor_type, capacity, mentee_gender, active, organisation_id)
     SELECT a, b, c, d, e, f, g, h, i::text[], j, k, l, m, n, '${owner}'
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::jsonb[], $8::jsonb[], $9::text[], $10::text[], $11::text[], $12::int[], $13::text[], $14::boolean[])
       AS t(a, b, c, d, e, f, g, h, i, j, k, l, m, n)`,
    [m.id, m.name, m.gender, m.muni, m.title, m.code, m.lang, m.skills, m.interests, m.bio, m.type, m.capacity, m.menteeGender, m.active],
  );

  // Employers and openings
  const employers: string[] = [];
  for (let i = 0; i < Math.max(10, Math.round(sizes.openings / 100)); i += 5000) {
    const n = Math.min(5000, Math.max(10, Math.round(sizes.openings / 100)) - i);
    const rows: { id: string }[] = await db.query(
      `INSERT INTO organisations (kind, name, municipality_code) SELECT 'employer', 'Arbeidsgiver ' || g, $2 FROM generate_series($1::int, $1::int + $3::int - 1) g RETURNING id`,
      [i, '0301', n],
    );
    employers.push(...rows.map((r) => r.id));
  }
  const o = { id: [] as string[], org: [] as string[], kind: [] as string[], title: [] as string[], code: [] as string[], muni: [] as string[], req: [] as string[], min: [] as (string | null)[], permanent: [] as boolean[], subsidy: [] as boolean[], positions: [] as number[], status: [] as string[], description: [] as string[] };
  for (let i = 0; i < sizes.openings; i++) {
    const code = pick(codes);
    const kind = random() < 0.6 ? 'job' : 'praksis';
    o.id.push(randomUUID());
    o.org.push(pick(employers));
    o.kind.push(kind);
    o.title.push(pick(titles.get(code)!));
    o.code.push(code);
    o.muni.push(municipality());
    o.req.push(JSON.stringify(some(skillsOf.get(code)!, 2, 4).map((label, j) => ({ label, mustHave: j === 0 }))));
    o.min.push(random() < 0.6 ? pick(['A2', 'B1', 'B1', 'B2']) : null);
    o.permanent.push(kind === 'job' && random() < 0.7);
    o.subsidy.push(kind === 'praksis' && random() < 0.5);
    o.positions.push(1 + Math.floor(random() * 3));
    o.status.push(random() < 0.9 ? 'open' : pick(['filled', 'closed']));
    o.description.push(`${o.title[i]} i ${kind === 'job' ? 'fast stilling' : 'praksis med mål om fast jobb'}.`);
  }
  await insert(
    `INSERT INTO openings (id, organisation_id, kind, title, occupation_code, municipality_code, required_skills, min_norwegian_level, permanent, wage_subsidy, positions, status, description)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::jsonb[], $8::text[], $9::boolean[], $10::boolean[], $11::int[], $12::text[], $13::text[])`,
    [o.id, o.org, o.kind, o.title, o.code, o.muni, o.req, o.min, o.permanent, o.subsidy, o.positions, o.status, o.description],
  );
}
