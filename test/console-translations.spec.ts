import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// The console's words (web/src/locales): Bokmål, Nynorsk and English say the same things, and
// every key the code asks for exists.
const LOCALES = join(__dirname, '..', 'web', 'src', 'locales');
const SOURCES = join(__dirname, '..', 'web', 'src');

type Tree = { [key: string]: string | Tree };
const load = (lang: string): Tree => JSON.parse(readFileSync(join(LOCALES, `${lang}.json`), 'utf8'));

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[prefix + key, value]] : Object.entries(flatten(value, `${prefix}${key}.`)))),
  );
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('the console translations', () => {
  const nb = flatten(load('nb'));
  const nn = flatten(load('nn'));
  const en = flatten(load('en'));

  it('have the same keys in nb, nn and en', () => {
    const keys = Object.keys(nb).sort();
    expect(Object.keys(nn).sort()).toEqual(keys);
    expect(Object.keys(en).sort()).toEqual(keys);
  });

  it('have no empty text', () => {
    for (const texts of [nb, nn, en]) {
      expect(Object.entries(texts).filter(([, text]) => text.trim() === '')).toEqual([]);
    }
  });

  it('have every key the console asks for with a literal t(…)', () => {
    const plural = (key: string) => `${key}_one` in nb && `${key}_other` in nb;
    const missing: string[] = [];
    for (const file of sources(SOURCES)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\('([a-zA-Z_.]+)'/g)) {
        if (!(m[1] in nb) && !plural(m[1])) missing.push(`${m[1]} (${file.slice(SOURCES.length + 1)})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
