import type { FeatureEvidence } from './features/feature';
import { langFrom, Lang } from '../common/language';
import { renderReasons } from './reasons';
import type { Component } from './scoring';

const ctx = { occupationTitle: (code: string) => ({ '7212': 'Sveiser' })[code] };
const comp = (feature: string, weight: number, value: number): Component => ({ feature, weight, value, contribution: weight * value });
const render = (parts: [Component, FeatureEvidence][], lang: Lang) =>
  renderReasons(
    parts.map(([c]) => c),
    Object.fromEntries(parts.map(([c, e]) => [c.feature, e])),
    lang,
    ctx,
  );
const one = (feature: string, e: FeatureEvidence, lang: Lang) => render([[comp(feature, 0.2, 0.5), e]], lang);

describe('langFrom', () => {
  it.each([
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['EN-us', 'en'],
    [undefined, 'nb'],
    ['', 'nb'],
    ['nb', 'nb'],
    ['no', 'nb'],
    ['fr', 'nb'],
    ['nb-NO,nb;q=0.9,en;q=0.8', 'nb'],
  ] as const)('%s → %s', (header, lang) => {
    expect(langFrom(header)).toBe(lang);
  });
});

describe('renderReasons', () => {
  it('names shared interests', () => {
    const e: FeatureEvidence = { kind: 'interests', shared: ['fjellturer'] };
    expect(one('interests', e, 'nb')).toEqual(['Deler interessen fjellturer']);
    expect(one('interests', e, 'en')).toEqual(['Shares the interest fjellturer']);
  });

  it('names matched and missing required skills with their evidence', () => {
    const e: FeatureEvidence = {
      kind: 'skills',
      required: 2,
      matched: [{ required: 'sveising', matched: 'TIG-sveising', evidence: 'certified' }],
      missing: ['sveisesertifikat'],
    };
    expect(one('skills_must', e, 'nb')).toEqual(['Har påkrevd ferdighet: sveising (TIG-sveising), sertifisert', 'Mangler påkrevd ferdighet: sveisesertifikat']);
    expect(one('skills_must', e, 'en')).toEqual(['Has required skill: sveising (TIG-sveising), certified', 'Missing required skill: sveisesertifikat']);
  });

  it('says when the Norwegian level is below the minimum, unknown or enough', () => {
    const below: FeatureEvidence = { kind: 'norwegian', level: 'A2', required: 'B1' };
    expect(one('norwegian', below, 'nb')).toEqual(['Norsknivå A2, stillingen krever B1']);
    expect(one('norwegian', below, 'en')).toEqual(['Norwegian level A2, the opening asks for B1']);
    expect(one('norwegian', { kind: 'norwegian', level: null, required: 'B1' }, 'en')).toEqual(['Norwegian level unknown, the opening asks for B1']);
    expect(one('norwegian', { kind: 'norwegian', level: 'B2', required: 'B1' }, 'nb')).toEqual(['Norsknivå B2 holder (krav B1)']);
    expect(one('norwegian', { kind: 'norwegian', level: 'native', required: 'C1' }, 'en')).toEqual(['Norwegian native meets the C1 minimum']);
    expect(one('norwegian', { kind: 'norwegian', level: 'A2', required: null }, 'nb')).toEqual([]);
  });

  it('gives the distance in km', () => {
    expect(one('distance', { kind: 'distance', km: 12 }, 'nb')).toEqual(['12 km unna']);
    expect(one('distance', { kind: 'distance', km: 12 }, 'en')).toEqual(['12 km away']);
    expect(one('distance', { kind: 'distance', km: null }, 'en')).toEqual([]);
  });

  it('warns about an employer with 3+ praksis periods and no hire', () => {
    const e: FeatureEvidence = { kind: 'employer_record', praksis: 3, hired: 0 };
    expect(one('employer_record', e, 'nb')).toEqual(['Arbeidsgiveren har hatt 3 praksisperioder uten å ansette noen']);
    expect(one('employer_record', e, 'en')).toEqual(['The employer has had 3 praksis periods without hiring anyone']);
    expect(one('employer_record', { kind: 'employer_record', praksis: 2, hired: 0 }, 'en')).toEqual([]);
    expect(one('employer_record', { kind: 'employer_record', praksis: 5, hired: 2 }, 'en')).toEqual(['The employer has hired 2 after praksis']);
  });

  it('names the occupation by its title and a shared mother tongue by its name', () => {
    const occ: FeatureEvidence = { kind: 'occupation', via: 'experience', level: 'same', code: '7212', target: '7212' };
    expect(one('occupation', occ, 'nb')).toEqual(['Erfaring fra samme yrke: Sveiser']);
    expect(one('occupation', { ...occ, level: 'major_group' }, 'nb')).toEqual([]);
    expect(one('language', { kind: 'language', shared: ['ar'], mentorType: 'språkmentor' }, 'en')).toEqual(['Same mother tongue: Arabic']);
    expect(one('language', { kind: 'language', shared: ['ti'], mentorType: 'språkmentor' }, 'nb')).toEqual(['Samme morsmål: tigrinja']);
  });

  it('says what a typed title was read as, and never names an occupation by a bare code', () => {
    const read: FeatureEvidence = { kind: 'occupation', via: 'experience', level: 'same', code: '7212', target: '7212', read: 'Sveisearbeider' };
    expect(one('occupation', read, 'nb')).toEqual(['Erfaring som «Sveisearbeider» tilsvarer yrket Sveiser']);
    expect(one('occupation', read, 'en')).toEqual(['Experience as "Sveisearbeider" reads as the occupation Sveiser']);
    expect(one('occupation', { ...read, level: 'minor_group', target: '7213' }, 'nb')).toEqual(['Erfaring som «Sveisearbeider» tilsvarer yrket Sveiser, et beslektet yrke']);
    // A desired occupation typed in the candidate's own words: what they want, and what it reads as.
    const wanted: FeatureEvidence = { ...read, via: 'desired', read: 'Sveisar' };
    expect(one('occupation', wanted, 'nb')).toEqual(['Ønsker å jobbe som «Sveisar», som tilsvarer yrket Sveiser']);
    expect(one('occupation', wanted, 'en')).toEqual(['Wants to work as "Sveisar", which matches the occupation Sveiser']);
    expect(one('occupation', { ...wanted, level: 'minor_group', target: '7213' }, 'nb')).toEqual(['Ønsker å jobbe som «Sveisar», som tilsvarer yrket Sveiser, et beslektet yrke']);
    expect(one('occupation', { ...wanted, code: '9999', target: '9999' }, 'nb')).toEqual(['Ønsker å jobbe som «Sveisar», som tilsvarer et kjent yrke']);
    // A code without a known title: the reason says less rather than show the code.
    const unknown: FeatureEvidence = { kind: 'occupation', via: 'experience', level: 'same', code: '9999', target: '9999' };
    expect(one('occupation', unknown, 'nb')).toEqual(['Erfaring fra samme yrke']);
    expect(one('profession', unknown, 'en')).toEqual(['The mentor works in the same occupation']);
  });

  it('orders reasons by contribution, higher first', () => {
    const parts: [Component, FeatureEvidence][] = [
      [comp('distance', 0.1, 0.8), { kind: 'distance', km: 12 }],
      [comp('interests', 0.4, 0.5), { kind: 'interests', shared: ['fjellturer'] }],
      [comp('capacity', 0.2, 0.5), { kind: 'capacity', free: 1, capacity: 2 }],
    ];
    expect(render(parts, 'en')).toEqual(['Shares the interest fjellturer', 'Has room for 1 of 2', '12 km away']);
  });

  it('gives no reason for a component with weight 0', () => {
    const parts: [Component, FeatureEvidence][] = [
      [comp('distance', 0, 1), { kind: 'distance', km: 12 }],
      [comp('interests', 0.4, 0.5), { kind: 'interests', shared: ['fjellturer'] }],
    ];
    expect(render(parts, 'nb')).toEqual(['Deler interessen fjellturer']);
  });
});

describe('langFrom with quality weights', () => {
  it('takes the preferred of English and Norwegian', () => {
    expect(langFrom('en;q=0.1, nb;q=0.9')).toBe('nb');
    expect(langFrom('nb;q=0.5, en;q=0.8')).toBe('en');
    expect(langFrom('fr, en;q=0.3')).toBe('en');
  });
});
