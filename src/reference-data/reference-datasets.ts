import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Municipality } from './entities/municipality.entity';
import type { Occupation } from './entities/occupation.entity';
import { deriveRenumbering, RenumberedMunicipality } from './municipality-renumbering';
import {
  COUNTY_NAMES,
  EscoOccupationRecord,
  LabourDemandRecord,
  readEscoOccupations,
  readLabourDemand,
  readMunicipalities,
  readMunicipalities2020,
  readNavTitles,
  readOccupations,
} from './reference-data.files';

export interface County {
  code: string;
  name: string;
}

/** Everything the service knows from public sources: facts only, no running text. */
export interface ReferenceDatasets {
  /** 2024 numbering, with the centroid used for travel distance. */
  municipalities: Municipality[];
  counties: County[];
  /** Numbers in use 2020–2023 that changed on 1 January 2024. */
  renumbered: RenumberedMunicipality[];
  /** STYRK-08 codes with Bokmål titles and NAV's categories. */
  occupations: Occupation[];
  /** NAV's Norwegian job titles (yrkesbetegnelser) per STYRK-08 code. */
  occupationTitles: { code: string; title: string }[];
  /** ESCO occupations: ISCO-08 code, labels and essential / optional skill labels (no descriptions). */
  escoOccupations: EscoOccupationRecord[];
  /** NAV's estimated shortage per occupation and (2024) county. */
  labourDemand: LabourDemandRecord[];
}

/** The compact file each dataset ships in, under `data/reference/`. */
export const DATASET_FILES: Record<keyof ReferenceDatasets, string> = {
  municipalities: 'municipalities.json.gz',
  counties: 'counties.json.gz',
  renumbered: 'municipality-renumbering-2024.json.gz',
  occupations: 'styrk08-occupations.json.gz',
  occupationTitles: 'nav-occupation-titles.json.gz',
  escoOccupations: 'esco-occupations.json.gz',
  labourDemand: 'nav-labour-demand.json.gz',
};

const KEYS = Object.keys(DATASET_FILES) as (keyof ReferenceDatasets)[];

/** Derives the datasets from the raw public sources (REFERENCE_DATA_DIR) and the small sources kept in `data/sources/`. */
export function deriveFromSources(rawDir: string, sourcesDir: string): ReferenceDatasets {
  const municipalities = readMunicipalities(rawDir).sort((a, b) => (a.code < b.code ? -1 : 1));
  const counties = Object.entries(COUNTY_NAMES)
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => (a.code < b.code ? -1 : 1));
  const unnamed = [...new Set(municipalities.map((m) => m.countyCode))].filter((c) => !COUNTY_NAMES[c]);
  if (unnamed.length > 0) throw new Error(`Counties without a name: ${unnamed.join(', ')} (see COUNTY_NAMES)`);
  return {
    municipalities,
    counties,
    renumbered: deriveRenumbering(readMunicipalities2020(sourcesDir), municipalities),
    occupations: readOccupations(rawDir),
    occupationTitles: readNavTitles(rawDir),
    escoOccupations: readEscoOccupations(rawDir),
    labourDemand: readLabourDemand(rawDir),
  };
}

/** One JSON text per dataset: one record a line, so a change shows as a readable diff once unzipped. */
function serialise(records: readonly unknown[]): string {
  return `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
}

/**
 * The shipped bytes. Deterministic: records keep the sources' order, and gzip writes no name and
 * a zero timestamp, so the same sources give byte-identical files.
 */
export function encodeDatasets(datasets: ReferenceDatasets): Map<string, Buffer> {
  return new Map(KEYS.map((key) => [DATASET_FILES[key], gzipSync(serialise(datasets[key]), { level: 9 })]));
}

export function readShipped(dir: string): ReferenceDatasets {
  const read = (key: keyof ReferenceDatasets) => {
    const path = join(dir, DATASET_FILES[key]);
    if (!existsSync(path)) throw new Error(`Reference data file missing: ${path}. Run \`npm run data:build\` (see README, "Reference data").`);
    return JSON.parse(gunzipSync(readFileSync(path)).toString('utf8'));
  };
  return Object.fromEntries(KEYS.map((key) => [key, read(key)])) as ReferenceDatasets;
}

/** The shipped files, or the raw sources derived afresh (REFERENCE_DATA_DIR). */
export function loadDatasets({ source, dir, sourcesDir }: { source: 'shipped' | 'raw'; dir: string; sourcesDir: string }): ReferenceDatasets {
  return source === 'shipped' ? readShipped(dir) : deriveFromSources(dir, sourcesDir);
}

/** Changes when any fact changes, whichever way the datasets were read: what the start-up import compares. */
export function fingerprint(datasets: ReferenceDatasets, keys: (keyof ReferenceDatasets)[] = KEYS): string {
  const hash = createHash('sha256');
  for (const key of keys) hash.update(serialise(datasets[key]));
  return hash.digest('hex');
}
