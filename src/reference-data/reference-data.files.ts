import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Municipality } from './entities/municipality.entity';
import type { Occupation } from './entities/occupation.entity';

/** Reads the public reference files (see README, "Reference data"); parsing only, no database. */
function readCsv(dir: string, file: string, delimiter: string): Record<string, string>[] {
  const path = join(dir, file);
  if (!existsSync(path)) {
    throw new Error(`Reference data file missing: ${path}. Check REFERENCE_DATA_DIR (see README, "Reference data").`);
  }
  return parse(readFileSync(path, 'utf8'), { columns: true, delimiter, bom: true, skip_empty_lines: true, trim: true });
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
      essential: (r.essential_skills as string[] | undefined) ?? [],
      optional: ((r.optional_skills as string[] | undefined) ?? []).filter((s) => !((r.essential_skills as string[] | undefined) ?? []).includes(s)),
    }));
}
