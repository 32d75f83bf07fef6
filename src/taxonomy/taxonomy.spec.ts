import { join } from 'node:path';
import { PACKAGE_ROOT } from '../config/package-root';
import { readShipped } from '../reference-data/reference-datasets';
import { OccupationInference } from './occupation-inference';
import { OccupationTaxonomy } from './occupation-taxonomy';
import { SEED_SYNONYMS_NB } from './seed-synonyms';
import { SkillTaxonomy } from './skill-taxonomy';

/** The taxonomy built from the shipped reference files, as the service builds it from the tables. */
const reference = readShipped(join(PACKAGE_ROOT, 'data/reference'));
const esco = reference.escoOccupations;
const labels = [...new Set(esco.flatMap((o) => [...o.essential, ...o.optional]))].sort();
const skills = labels.map((label, i) => ({ id: `s${i}`, label }));
const idOf = new Map(skills.map((s) => [s.label, s.id]));
const synonyms = SEED_SYNONYMS_NB.map(([label, skill]) => ({ skillId: idOf.get(skill)!, label }));
const taxonomy = new SkillTaxonomy(skills, synonyms);
const titles = new Map(reference.occupations.map((o) => [o.code, o.title]));
const occupations = new OccupationTaxonomy(titles, [
  ...reference.occupationTitles.map((t) => ({ ...t, source: 'nav' as const })),
  ...esco.flatMap((o) => [o.label, ...o.altLabels].map((title) => ({ code: o.isco4, title, source: 'esco' as const }))),
]);
const links = esco.flatMap((o) => [
  ...o.essential.map((skill) => ({ uri: o.uri, isco4: o.isco4, skill, essential: true })),
  ...o.optional.map((skill) => ({ uri: o.uri, isco4: o.isco4, skill, essential: false })),
]);
const inference = OccupationInference.from(links, taxonomy.canonical);

describe('the skills taxonomy', () => {
  it('points every seed synonym at a skill ESCO has', () => {
    expect(SEED_SYNONYMS_NB.filter(([, skill]) => !idOf.has(skill))).toEqual([]);
  });

  it.each([
    ['sveising', 'join metals', 'synonym'],
    ['TIG-sveis', 'perform tungsten inert gas welding', 'synonym'],
    ['regnskap', 'accounting techniques', 'synonym'],
    ['Bookkeeping regulations', 'bookkeeping regulations', 'label'],
  ])('resolves "%s" to %s through its %s', (text, skill, via) => {
    const resolution = taxonomy.resolve(text);
    expect(resolution).toMatchObject({ skill, via });
    expect(resolution!.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('reads compounds and longer phrases with less confidence, and leaves unknown text unresolved', () => {
    const compound = taxonomy.resolve('regnskapsføring og årsoppgjør')!;
    expect(compound.confidence).toBeLessThan(0.95);
    expect(compound.confidence).toBeGreaterThanOrEqual(0.6);
    expect(taxonomy.resolve('sveisearbeid')).toMatchObject({ skill: 'join metals', kind: 'compound' });
    expect(taxonomy.resolve('xqzv blorp')).toBeNull();
    expect(taxonomy.canonical('xqzv blorp')).toBe('xqzv blorp');
  });

  it('searches by prefix and synonym, best first, one row per skill', () => {
    const results = taxonomy.search('sveis', 10);
    expect(results[0]).toMatchObject({ label: 'join metals', matched: 'sveis', kind: 'exact' });
    expect(new Set(results.map((r) => r.id)).size).toBe(results.length);
    expect(results.map((r) => r.label)).toContain('perform tungsten inert gas welding');
    const english = taxonomy.search('arc weld', 5);
    expect(english[0].label).toBe('apply arc welding techniques');
    expect(taxonomy.search('', 5)).toEqual([]);
  });
});

describe('the occupation taxonomy', () => {
  it('finds welders for "sveis" by NAV title and ranks prefix matches of the STYRK title first', () => {
    const results = occupations.search('sveis', 10);
    expect(results[0].code).toBe('7212');
    expect(results[0].title).toBe(titles.get('7212'));
  });

  it.each([
    ['sykepleier', '2223'],
    ['bussjåfør', '8331'],
    ['regnskapsfører', '3313'],
    ['welder', '7212'],
  ])('finds "%s" as occupation %s', (q, code) => {
    expect(occupations.search(q, 5).map((r) => r.code)).toContain(code);
  });
});

describe('occupation inference from Norwegian skills', () => {
  it.each([
    ['a welder', ['sveising', 'TIG-sveising', 'MIG/MAG-sveising', 'lesing av arbeidstegninger'], '7212'],
    ['a nurse', ['sårstell', 'legemiddelhåndtering', 'blodtrykksmåling', 'akuttmedisin'], '2221'],
    ['an accountant', ['regnskap', 'årsoppgjør', 'skatteberegning', 'bokføring'], '2411'],
    ['a bus driver', ['bussjåfør', 'defensiv kjøring', 'førerkort klasse D', 'kundebehandling'], '8331'],
  ])('puts the right occupation first for %s', (_, skillsOf, code) => {
    const [first] = inference.infer(skillsOf);
    expect(first?.code).toBe(code);
  });
});
