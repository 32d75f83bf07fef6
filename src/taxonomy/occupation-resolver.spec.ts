import { join } from 'node:path';
import { PACKAGE_ROOT } from '../config/package-root';
import { readShipped } from '../reference-data/reference-datasets';
import { editDistance, OccupationResolver, READ_FLOOR, readDesired, readOccupations, readTitles, stem } from './occupation-resolver';

/** Built from the shipped reference files, as the service builds it from the tables: STYRK-08, NAV's titles, ESCO's labels. */
const reference = readShipped(join(PACKAGE_ROOT, 'data/reference'));
const titles = new Map(reference.occupations.map((o) => [o.code, o.title]));
const resolver = new OccupationResolver(titles, [
  ...reference.occupationTitles.map((t) => ({ ...t, source: 'nav' as const })),
  ...reference.escoOccupations.flatMap((o) => [o.label, ...o.altLabels].map((title) => ({ code: o.isco4, title, source: 'esco' as const }))),
]);
const bestCode = (text: string) => resolver.best(text)?.code;

describe('OccupationResolver', () => {
  it('reads a NAV job title as typed as its STYRK-08 occupation, named by its STYRK title', () => {
    const r = resolver.resolve('Sveiser');
    expect(r.read).toBe(true);
    expect(r.occupations[0]).toMatchObject({ code: '7212', title: 'Sveisere', kind: 'exact', via: 'nav' });
    expect(r.occupations[0].confidence).toBeGreaterThanOrEqual(0.95);
  });

  it('reads case, punctuation and the years people add: «Sveiser, 12 år»', () => {
    expect(bestCode('SVEISER')).toBe('7212');
    expect(bestCode('Sveiser, 12 år')).toBe('7212');
  });

  it('reads inflected forms: plural, definite, English plural', () => {
    expect(bestCode('kokken')).toBe('5120');
    expect(bestCode('sveiserne')).toBe('7212');
    expect(bestCode('welders')).toBe('7212');
    expect(resolver.best('kokken')!.confidence).toBeLessThan(resolver.best('kokk')!.confidence);
  });

  it('reads Norwegian compounds through their known parts', () => {
    expect(bestCode('sveisearbeider')).toBe('7212');
    expect(bestCode('lastebilsjåfør')).toBe('8332');
    expect(bestCode('lagermedarbeider')).toBe('4321');
  });

  it('reads typos: a swap of letters, a letter left out', () => {
    expect(bestCode('svieser')).toBe('7212');
    expect(bestCode('sykepleir')).toBe('2223');
  });

  it('reads English through ESCO labels', () => {
    expect(bestCode('truck driver')).toBe('8332');
    expect(bestCode('hairdresser')).toBe('5141');
    expect(bestCode('software developer')).toBe('2512');
  });

  it('leaves a text below the confidence floor unread, with the closest guess beside it', () => {
    const r = resolver.resolve('xyzzy plopp');
    expect(r).toMatchObject({ read: false, occupations: [] });
    const vague = resolver.resolve('vaskehjelp');
    expect(vague.read).toBe(false);
    expect(vague.closest!.confidence).toBeLessThan(READ_FLOOR);
    expect(resolver.best('vaskehjelp')).toBeNull();
  });

  it('only ever reads codes STYRK-08 has a title for', () => {
    for (const text of ['Sveiser', 'nurse', 'konsulent', 'manager', 'lærer']) {
      for (const o of resolver.resolve(text).occupations) expect(o.title).toBe(titles.get(o.code));
    }
  });

  it('keeps readings of an experience without a code; ranking reads only those at or above the floor', () => {
    const readings = readTitles(
      [
        { title: 'Sveiser', occupationCode: null },
        { title: 'Kokk', occupationCode: '5120' },
        { title: 'xyzzy plopp' },
      ],
      resolver,
    );
    expect(readings.map((r) => [r.text, r.read])).toEqual([
      ['Sveiser', true],
      ['xyzzy plopp', false],
    ]);
    expect(readOccupations(readings)).toEqual([expect.objectContaining({ code: '7212', text: 'Sveiser' })]);
  });

  it('reads desired occupation texts the same way, each distinct text once, and ranking knows them as desired', () => {
    const readings = readDesired([' Sveiser ', 'Sveiser', 'xyzzy plopp'], resolver);
    expect(readings.map((r) => [r.from, r.text, r.read])).toEqual([
      ['desired', 'Sveiser', true],
      ['desired', 'xyzzy plopp', false],
    ]);
    expect(readings[0]).toEqual({ from: 'desired', text: 'Sveiser', ...resolver.resolve('Sveiser') });
    expect(readOccupations(readings)).toEqual([expect.objectContaining({ code: '7212', text: 'Sveiser', from: 'desired' })]);
    // Readings stored before desired texts existed carry no `from`: experience titles.
    expect(readOccupations([{ read: true, text: 'Sveiser', occupations: [{ code: '7212', confidence: 1 }] }])).toEqual([
      { code: '7212', confidence: 1, text: 'Sveiser', from: 'experience' },
    ]);
  });

  it('stems and measures edits as the reading needs', () => {
    expect([stem('sveisere'), stem('sveiser'), stem('kokkene'), stem('welders')]).toEqual(['sveis', 'sveis', 'kokk', 'weld']);
    expect(editDistance('svies', 'sveis', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });

  it('reads a title in well under a millisecond once read, and a new one in a few', () => {
    const started = process.hrtime.bigint();
    for (let i = 0; i < 1000; i++) resolver.resolve('Sveiser');
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(50);
  });
});
