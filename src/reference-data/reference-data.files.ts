import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Municipality } from './entities/municipality.entity';
import type { Occupation } from './entities/occupation.entity';

/** Reads the public reference files (see README, "Reference data"); parsing only, no database. */
function readCsv(dir: string, file: string, delimiter: string, encoding: BufferEncoding = 'utf8', relaxColumnCount = false): Record<string, string>[] {
  const path = join(dir, file);
  if (!existsSync(path)) {
    throw new Error(`Reference data file missing: ${path}. Check REFERENCE_DATA_DIR (see README, "Reference data").`);
  }
  return parse(readFileSync(path, encoding), { columns: true, delimiter, bom: true, skip_empty_lines: true, trim: true, relax_column_count: relaxColumnCount });
}

const optionalNumber = (raw: string | undefined): number | null => (raw && Number.isFinite(Number(raw)) ? Number(raw) : null);

export function readMunicipalities(dir: string): Municipality[] {
  return readCsv(dir, 'kommuner/kommuner_centroids.csv', ',').map((r) => ({
    code: r.kommunenummer.padStart(4, '0'),
    name: r.kommunenavn,
    countyCode: r.fylkesnummer.padStart(2, '0'),
    // The centroid of the largest part: for island and coastal kommuner the whole-area centroid can fall at sea.
    lat: Number(r.largest_part_centroid_lat || r.centroid_lat),
    lon: Number(r.largest_part_centroid_lon || r.centroid_lon),
    adminCentre: r.adm_center || null,
    population: optionalNumber(r.population),
  }));
}

/** SSB's kommuneinndeling valid from 2020 (and unchanged until 2024): an export of KLASS 131, Latin-1, rows shorter than the header. */
export function readMunicipalities2020(sourcesDir: string): { code: string; name: string }[] {
  return readCsv(sourcesDir, 'ssb-kommuner-2020.csv', ';', 'latin1', true)
    .filter((r) => /^\d{4}$/.test(r.code) && r.code !== '9999')
    .map((r) => ({ code: r.code, name: r.name }));
}

export function readOccupations(dir: string): Occupation[] {
  const byCode = new Map<string, Occupation>();
  for (const r of readCsv(dir, 'styrk08/styrk_category_mapping.csv', ';')) {
    const code = r['Styrk code'];
    // 0000 means "not converted": not an occupation anyone can hold or seek.
    if (!/^\d{4}$/.test(code) || code === '0000' || byCode.has(code)) continue;
    byCode.set(code, {
      code,
      title: r['Styrk description'],
      category: r['Category level 1'] || null,
      subcategory: r['Category level 2'] || null,
    });
  }
  return [...byCode.values()];
}

export interface EscoOccupationRecord {
  uri: string;
  label: string;
  isco4: string;
  altLabels: string[];
  essential: string[];
  optional: string[];
}

/** ESCO occupations with their ISCO-08 code and essential / optional skill labels (English). */
export function readEscoOccupations(dir: string): EscoOccupationRecord[] {
  const path = join(dir, 'esco/occupation_skills.jsonl');
  if (!existsSync(path)) throw new Error(`Reference data file missing: ${path}. Check REFERENCE_DATA_DIR (see README, "Reference data").`);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((r) => typeof r.isco4 === 'string' && /^\d{4}$/.test(r.isco4 as string))
    .map((r) => ({
      uri: String(r.occupation_uri),
      label: String(r.occupation_label),
      isco4: String(r.isco4),
      altLabels: (r.alt_labels as string[] | undefined) ?? [],
      essential: (r.essential_skills as string[] | undefined) ?? [],
      optional: ((r.optional_skills as string[] | undefined) ?? []).filter((s) => !((r.essential_skills as string[] | undefined) ?? []).includes(s)),
    }));
}

/** NAV's real Norwegian job titles (yrkesbetegnelser) per STYRK-08 code. */
export function readNavTitles(dir: string): { code: string; title: string }[] {
  return readCsv(dir, 'nav-yrker/styrk08_yrkesbetegnelser.csv', ',').flatMap((r) =>
    (r.yrkesbetegnelser ?? '')
      .split('|')
      .map((title) => title.trim())
      .filter((title) => title && title !== 'KONVERTERT STYRK')
      .map((title) => ({ code: r.styrk08.padStart(4, '0'), title })),
  );
}

/**
 * NAV's business survey (2017) counts shortage per the counties of that year; today's counties
 * (2024 numbering, as in the municipality file) are sums of one or more of them.
 */
export const COUNTY_NAMES: Record<string, string> = {
  '03': 'Oslo',
  '11': 'Rogaland',
  '15': 'Møre og Romsdal',
  '18': 'Nordland',
  '31': 'Østfold',
  '32': 'Akershus',
  '33': 'Buskerud',
  '34': 'Innlandet',
  '39': 'Vestfold',
  '40': 'Telemark',
  '42': 'Agder',
  '46': 'Vestland',
  '50': 'Trøndelag',
  '55': 'Troms',
  '56': 'Finnmark',
};

export const COUNTIES_2017_BY_COUNTY: Record<string, string[]> = {
  '03': ['oslo'],
  '11': ['rogaland'],
  '15': ['more_og_romsdal'],
  '18': ['nordland'],
  '31': ['ostfold'],
  '32': ['akershus'],
  '33': ['buskerud'],
  '34': ['hedmark', 'oppland'],
  '39': ['vestfold'],
  '40': ['telemark'],
  '42': ['aust_agder', 'vest_agder'],
  '46': ['hordaland', 'sogn_fjordane'],
  '50': ['trondelag'],
  '55': ['troms'],
  '56': ['finnmark'],
};

export interface LabourDemandRecord {
  occupationCode: string;
  countyCode: string;
  shortage: number;
  year: number;
}

export function readLabourDemand(dir: string): LabourDemandRecord[] {
  // Figures are written with a space as thousands separator ("1 400").
  const count = (raw: string | undefined) => Number((raw ?? '').replace(/\D/g, '') || 0);
  return readCsv(dir, 'nav-yrker/ettersporsel_pr_yrke_2017.csv', ';').flatMap((r) =>
    Object.entries(COUNTIES_2017_BY_COUNTY).map(([countyCode, columns]) => ({
      occupationCode: r.yrkekode.padStart(4, '0'),
      countyCode,
      shortage: columns.reduce((sum, column) => sum + count(r[column]), 0),
      year: Number(r.aar),
    })),
  );
}
