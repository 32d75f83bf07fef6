/**
 * `npm run data:build`: derives the compact reference files in data/reference/ from the raw
 * public sources (REFERENCE_DATA_DIR, else ../shared/data beside the repository) and the small
 * sources in data/sources/, and writes MANIFEST.json. `-- --check` writes nothing and fails when
 * the committed files differ from what the sources give.
 */
import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DEFAULT_RAW_REFERENCE_DIR, loadConfig } from '../src/config/app-config';
import { PACKAGE_ROOT } from '../src/config/package-root';
import { DATASET_FILES, deriveFromSources, encodeDatasets, ReferenceDatasets } from '../src/reference-data/reference-datasets';

interface Source {
  id: string;
  what: string;
  repository?: string;
  commit?: string;
  paths: string[];
  version: string;
  licence: string;
  attribution: string;
  /** Input files, relative to the raw sources folder, or to data/sources/ for `local` sources. */
  files: string[];
  local?: boolean;
}

/** Provenance as recorded in each source folder's SOURCE.txt. */
const SOURCES: Source[] = [
  {
    id: 'nav-styrk08',
    what: 'STYRK-08 occupation codes with Bokmål titles and NAV arbeidsplassen categories',
    repository: 'https://github.com/navikt/pam-styrk-yrkeskategori-mapper',
    commit: '289c80b898ad431bf8971b72f232e61529badda7',
    paths: ['src/main/resources/styrk_category_mapping.csv'],
    version: 'file last changed 2024-10-30 (4a4d93e)',
    licence: 'MIT',
    attribution: 'Copyright 2018 NAV',
    files: ['styrk08/styrk_category_mapping.csv'],
  },
  {
    id: 'nav-yrker',
    what: "NAV's Norwegian job titles per STYRK-08 code and NAV's business survey 2017 (estimated labour shortage per occupation and county)",
    repository: 'https://github.com/datahotellet/dataset-archive',
    commit: '9d94679af8c740c5e8639cc7d523e8214c0b245c',
    paths: ['datasets/nav/arbeidssokere-yrke/dataset.csv', 'datasets/nav/bedriftsundersokelse/ettersporsel-pr-yrke/2017/dataset.csv'],
    version: 'arbeidssøkere 2002–2017, bedriftsundersøkelsen 2017',
    licence: 'NLOD (Norsk lisens for offentlige data)',
    attribution: 'NAV',
    files: ['nav-yrker/styrk08_yrkesbetegnelser.csv', 'nav-yrker/ettersporsel_pr_yrke_2017.csv'],
  },
  {
    id: 'esco',
    what: 'ESCO occupations with ISCO-08 code, alternative labels and essential / optional skill labels (English)',
    repository: 'https://github.com/victoriano/future-of-work-data',
    commit: 'e6aa2f1f73448dcde7927d77ce260a693a543bf8',
    paths: ['data/processed/esco/esco_occupation_profiles.parquet'],
    version: 'ESCO v1.2.0',
    licence: 'ESCO terms of use (free reuse with attribution, Commission Decision 2011/833/EU)',
    attribution: 'ESCO, European Commission',
    files: ['esco/occupation_skills.jsonl'],
  },
  {
    id: 'kartverket-kommuner',
    what: 'The 357 kommuner of 2024: number, name, county number, centroid; administrative centre and population',
    repository: 'https://github.com/robhop/fylker-og-kommuner',
    commit: 'ae8782500090144c2b74d6bb2a89365a7ff2236d',
    paths: ['Kommuner-S.geojson'],
    version: '2024 numbering (file last changed 2024-01-17); population and centres from aprestmo/norway-geodata data/municipalities-2025.json (97b15cd)',
    licence: 'CC BY 4.0 (Kartverket, via robhop/fylker-og-kommuner); MIT (aprestmo/norway-geodata, Copyright (c) 2025 Alexander Prestmo)',
    attribution: 'Basert på Kartverkets data under CC BY 4.0; aprestmo/norway-geodata (MIT)',
    files: ['kommuner/kommuner_centroids.csv'],
  },
  {
    id: 'ssb-kommuner-2020',
    what: 'SSB KLASS 131 (Standard for kommuneinndeling) valid from 2020-01-01, unchanged until 2024-01-01: the old numbers the service recognises and points to their 2024 number',
    repository: 'https://github.com/gardenberg/kommunekoder',
    commit: '9289c80e1cd949527c8b996a59e4e5926be02ce4',
    paths: ['bakgrunnsdata/ssb_kommunekoder_2020.csv'],
    version: 'kommuneinndeling 2020 (export committed 2021-01-27, 735fbb0); Latin-1, so two Sami names lost a letter',
    licence: 'Data: Statistisk sentralbyrå (SSB), CC BY 4.0; the repository was MIT (Copyright (c) 2021 Eivind Hageberg) when the file was added',
    attribution: 'Statistisk sentralbyrå (SSB), KLASS 131',
    files: ['ssb-kommuner-2020.csv'],
    local: true,
  },
];

/** Which sources each shipped file is derived from. */
const DERIVED_FROM: Record<keyof ReferenceDatasets, string[]> = {
  municipalities: ['kartverket-kommuner'],
  counties: ['kartverket-kommuner'],
  renumbered: ['ssb-kommuner-2020', 'kartverket-kommuner'],
  occupations: ['nav-styrk08'],
  occupationTitles: ['nav-yrker'],
  escoOccupations: ['esco'],
  labourDemand: ['nav-yrker'],
};

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function manifest(files: Map<string, Buffer>, datasets: ReferenceDatasets, rawDir: string, sourcesDir: string): string {
  const inputPath = (s: Source, file: string) => join(s.local ? sourcesDir : rawDir, file);
  const body = {
    description: 'Compact reference data derived from public sources by scripts/build-reference-data.ts (npm run data:build). Facts only: codes, labels, relations, counts, coordinates.',
    sources: SOURCES.map((s) => ({
      id: s.id,
      what: s.what,
      repository: s.repository,
      commit: s.commit,
      paths: s.paths,
      version: s.version,
      licence: s.licence,
      attribution: s.attribution,
      inputs: s.files.map((file) => ({
        file: s.local ? relative(PACKAGE_ROOT, inputPath(s, file)) : file,
        sha256: sha256(readFileSync(inputPath(s, file))),
      })),
    })),
    files: (Object.keys(DATASET_FILES) as (keyof ReferenceDatasets)[]).map((key) => ({
      file: DATASET_FILES[key],
      records: datasets[key].length,
      bytes: files.get(DATASET_FILES[key])!.length,
      sha256: sha256(files.get(DATASET_FILES[key])!),
      derivedFrom: DERIVED_FROM[key],
    })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

function main(): void {
  const check = process.argv.includes('--check');
  const config = loadConfig({ ...process.env, REFERENCE_DATA_DIR: process.env.REFERENCE_DATA_DIR || DEFAULT_RAW_REFERENCE_DIR });
  const rawDir = config.referenceData.dir;
  const sourcesDir = config.referenceData.sourcesDir;
  const outDir = join(PACKAGE_ROOT, 'data/reference');

  const datasets = deriveFromSources(rawDir, sourcesDir);
  const files = encodeDatasets(datasets);
  files.set('MANIFEST.json', Buffer.from(manifest(files, datasets, rawDir, sourcesDir)));

  if (check) {
    const stale = [...files].filter(([file, bytes]) => !existsSync(join(outDir, file)) || !readFileSync(join(outDir, file)).equals(bytes)).map(([file]) => file);
    if (stale.length > 0) {
      console.error(`data/reference/ does not match the sources in ${rawDir}: ${stale.join(', ')}. Run \`npm run data:build\` and commit the result.`);
      process.exit(1);
    }
    console.log(`data/reference/ matches the sources in ${rawDir} (${files.size} files)`);
    return;
  }
  mkdirSync(outDir, { recursive: true });
  for (const [file, bytes] of files) writeFileSync(join(outDir, file), bytes);
  const total = [...files.values()].reduce((sum, b) => sum + b.length, 0);
  console.log(
    `Wrote ${files.size} files to ${relative(process.cwd(), outDir) || '.'} (${(total / 1024).toFixed(0)} KiB) from ${rawDir}: ` +
      `${datasets.municipalities.length} municipalities, ${datasets.renumbered.length} renumbered in 2024, ${datasets.occupations.length} STYRK-08 occupations, ` +
      `${datasets.occupationTitles.length} NAV titles, ${datasets.escoOccupations.length} ESCO occupations, ${datasets.labourDemand.length} labour-demand figures`,
  );
}

main();
