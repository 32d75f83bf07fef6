import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_RAW_REFERENCE_DIR } from '../config/app-config';
import { PACKAGE_ROOT } from '../config/package-root';
import { deriveRenumbering } from './municipality-renumbering';
import { DATASET_FILES, deriveFromSources, encodeDatasets, readShipped } from './reference-datasets';

const shippedDir = join(PACKAGE_ROOT, 'data/reference');
const shipped = readShipped(shippedDir);

describe('the reference data shipped in data/reference/', () => {
  it('holds the 357 kommuner of 2024 in 15 counties, STYRK-08, NAV titles, ESCO and labour demand', () => {
    expect(shipped.municipalities).toHaveLength(357);
    expect(new Set(shipped.municipalities.map((m) => m.countyCode)).size).toBe(15);
    expect(shipped.counties.map((c) => c.code)).toEqual([...new Set(shipped.municipalities.map((m) => m.countyCode))].sort());
    expect(shipped.occupations.length).toBeGreaterThan(400);
    expect(shipped.occupationTitles.length).toBeGreaterThan(4000);
    expect(shipped.escoOccupations).toHaveLength(3039);
    expect(shipped.labourDemand.some((d) => d.shortage > 0)).toBe(true);
  });

  it('carries facts only: no ESCO descriptions or other running text', () => {
    const text = readFileSync(join(shippedDir, DATASET_FILES.escoOccupations)).length;
    expect(Object.keys(shipped.escoOccupations[0]).sort()).toEqual(['altLabels', 'essential', 'isco4', 'label', 'optional', 'uri']);
    expect(text).toBeLessThan(2_000_000);
  });

  it('knows every number of 2020–2023 that changed in 2024, each pointing at a kommune of 2024', () => {
    const current = new Map(shipped.municipalities.map((m) => [m.code, m]));
    const byOld = new Map(shipped.renumbered.map((r) => [r.oldCode, r]));
    expect(shipped.renumbered).toHaveLength(114); // Viken 51, Vestfold og Telemark 23, Troms og Finnmark 39, Ålesund
    expect(shipped.renumbered.every((r) => current.get(r.code)?.name === r.name && !current.has(r.oldCode))).toBe(true);
    expect(byOld.get('1507')).toEqual({ oldCode: '1507', oldName: 'Ålesund', code: '1508', name: 'Ålesund' });
    expect(byOld.get('3001')?.code).toBe('3101');
    expect(byOld.get('3825')).toMatchObject({ oldName: 'Vinje', code: '4036' });
    expect(byOld.get('5437')).toMatchObject({ oldName: 'Kárášjohka - Karasjok', code: '5610' });
  });

  it('encodes to the very bytes committed, and the manifest names their SHA-256', () => {
    const manifest = JSON.parse(readFileSync(join(shippedDir, 'MANIFEST.json'), 'utf8')) as { files: { file: string; sha256: string }[] };
    for (const [file, bytes] of encodeDatasets(shipped)) {
      expect(bytes.equals(readFileSync(join(shippedDir, file)))).toBe(true);
      expect(manifest.files.find((f) => f.file === file)?.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  // Only where the raw sources are at hand: a clone without them tests the shipped files alone.
  (existsSync(DEFAULT_RAW_REFERENCE_DIR) ? it : it.skip)('is what the raw sources in ../shared/data give today', () => {
    const derived = encodeDatasets(deriveFromSources(DEFAULT_RAW_REFERENCE_DIR, join(PACKAGE_ROOT, 'data/sources')));
    for (const [file, bytes] of derived) expect({ file, same: bytes.equals(readFileSync(join(shippedDir, file))) }).toEqual({ file, same: true });
  });
});

describe('deriveRenumbering', () => {
  const kommune = (code: string, name: string) => ({ code, name, countyCode: code.slice(0, 2), lat: 0, lon: 0, adminCentre: null, population: null });

  it('matches an old number to the new kommune of the same name in a successor county', () => {
    const renumbered = deriveRenumbering(
      [
        { code: '3018', name: 'Våler (Viken)' },
        { code: '3419', name: 'Våler (Innlandet)' },
      ],
      [kommune('3114', 'Våler'), kommune('3419', 'Våler')],
    );
    expect(renumbered).toEqual([{ oldCode: '3018', oldName: 'Våler', code: '3114', name: 'Våler' }]);
  });

  it('refuses to guess when a number has no successor or several', () => {
    expect(() => deriveRenumbering([{ code: '3099', name: 'Nowhere' }], [kommune('3101', 'Halden')])).toThrow(/3099 Nowhere: no successor/);
    expect(() => deriveRenumbering([{ code: '3001', name: 'Halden' }], [kommune('3101', 'Halden'), kommune('3201', 'Halden')])).toThrow(/3001 Halden: 2 successor/);
  });
});
