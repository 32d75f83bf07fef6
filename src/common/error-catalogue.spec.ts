import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_CATALOGUE, ErrorCode, PROBLEM_KINDS } from './error-catalogue';
import { localeFrom } from './language';
import { renderMessage } from './problems';

/** The catalogue as docs/errors.md lists it: one row per code, problems first, then field codes. */
export function catalogueTable(): string {
  const rows = (Object.entries(ERROR_CATALOGUE) as [ErrorCode, (typeof ERROR_CATALOGUE)[ErrorCode]][]).map(([code, e]) => {
    const status = e.kind === 'field' ? 'field' : String(PROBLEM_KINDS[e.kind].status);
    return `| \`${code}\` | ${status} | ${e.when.replace(/\|/g, '\\|')} | ${e.nb.replace(/\|/g, '\\|')} |`;
  });
  return ['| code | status | when | message (nb) |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** class-validator's default English, which must not be in any message. */
const LIBRARY_DEFAULTS = /should not exist|must be either object or array|must be longer than|must be shorter than|should not be empty/;

describe('error catalogue', () => {
  const entries = Object.entries(ERROR_CATALOGUE) as [string, { nb: string; en: string; nn?: string; when: string }][];

  it.each(entries)('%s has a Bokmål and an English message with the same parameters', (code, e) => {
    expect(code).toMatch(/^[a-z][a-z0-9_]*$/);
    expect(e.nb.trim()).not.toBe('');
    expect(e.en.trim()).not.toBe('');
    expect(e.when.trim()).not.toBe('');
    expect(placeholders(e.nb)).toEqual(placeholders(e.en));
    if (e.nn !== undefined) expect(placeholders(e.nn)).toEqual(placeholders(e.nb));
    for (const text of [e.nb, e.en, e.nn ?? '']) expect(text).not.toMatch(LIBRARY_DEFAULTS);
  });

  it('holds the codes clients act on', () => {
    for (const code of ['validation_failed', 'unknown_field', 'required', 'case_version_stale', 'consent_missing', 'open_case_exists', 'capacity_full', 'not_found', 'internal']) {
      expect(ERROR_CATALOGUE).toHaveProperty(code);
    }
  });

  it('fills in parameters in the reader’s language; Nynorsk falls back to Bokmål', () => {
    expect(renderMessage('case_version_stale', { seen: 3, current: 4 }, 'nb')).toBe('Saken er endret siden versjon 3; den er nå på versjon 4. Last den inn på nytt.');
    expect(renderMessage('case_version_stale', { seen: 3, current: 4 }, 'en')).toBe('The case has changed since version 3; it is now at version 4. Reload it.');
    expect(renderMessage('capacity_full', {}, 'nn')).toBe('Mentoren har ingen ledige plassar.');
    expect(renderMessage('open_case_exists', {}, 'nn')).toBe(renderMessage('open_case_exists', {}, 'nb'));
    expect(renderMessage('not_one_of', { field: 'level', allowed: ['A1', 'A2'] }, 'nb')).toBe('level må være en av: A1, A2');
    expect(renderMessage('consent_missing', { consent: { nb: 'deling med arbeidsgivere', en: 'sharing with employers' } }, 'nb')).toBe(
      'Kandidaten har ikke samtykket til deling med arbeidsgivere.',
    );
    expect(renderMessage('csv_too_many_rows', { max: 50000 }, 'en')).toBe('An import holds at most 50,000 rows; split the file.');
  });

  it('picks the language from Accept-Language with q-weights: nb, nn/no Norwegian, en English, nb by default', () => {
    expect(localeFrom(undefined)).toBe('nb');
    expect(localeFrom('fr')).toBe('nb');
    expect(localeFrom('no')).toBe('nb');
    expect(localeFrom('nn-NO')).toBe('nn');
    expect(localeFrom('en-US')).toBe('en');
    expect(localeFrom('nb;q=0.5, en;q=0.8')).toBe('en');
    expect(localeFrom('en;q=0.3, nn')).toBe('nn');
  });

  it('is listed in docs/errors.md as it is', () => {
    const doc = readFileSync(join(__dirname, '../../docs/errors.md'), 'utf8');
    expect(doc).toContain(catalogueTable());
  });
});
