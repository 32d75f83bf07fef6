import { SkillLabelIndex } from './skill-label-index';
import { bestMatch, SkillReader } from './skills';

/** Labels as coordinators and employers type them: compounds, inflections, typos, two languages, short ones. */
const LABELS = [
  'TIG-sveising', 'sveising', 'sveis', 'MIG/MAG-sveising', 'sveisesertifikat', 'welding', 'TIG welding', 'svesing',
  'regnskap', 'regnskapsføring', 'regnskapsfører', 'bokføring', 'accounting', 'lønn', 'lønnskjøring',
  'matlaging', 'kokk', 'chef', 'cooking', 'kjøkkenarbeid', 'baking', 'bakeri',
  'renhold', 'rengjøring', 'vask', 'truckførerbevis', 'truck', 'førerkort klasse B', 'førerkort', 'C', 'C#', 'IT',
  'programmering', 'Java-programmering', 'JavaScript', 'kundeservice', 'kundebehandling', 'salg', 'butikkarbeid',
  // A word inside another word and nothing else alike: the index finds it by the shorter word's inner trigrams alone.
  'tigsveisearbeid', 'bil', 'lagerarbeid',
];
const READ: SkillReader = (label) =>
  ({ sveising: { skillId: 'weld', confidence: 0.95 }, welding: { skillId: 'weld', confidence: 1 }, kokk: { skillId: 'cook', confidence: 0.95 }, chef: { skillId: 'cook', confidence: 0.91 } })[label] ?? null;

describe('SkillLabelIndex', () => {
  it.each([
    ['with the taxonomy', READ],
    ['as text alone', undefined],
  ])('gives every label the best a comparison with each of the candidate’s skills gives (%s)', (_, read) => {
    const index = new SkillLabelIndex(LABELS, read);
    const best = new Float64Array(LABELS.length);
    for (const label of [...LABELS, 'sveiseing', 'Regnskap og lønn', 'kokk og baker', 'x']) {
      for (const evidence of ['certified', 'self_reported'] as const) {
        const skills = [{ label, evidence }, { label: 'salg', evidence: 'mapped' as const }];
        index.bestFor(skills, best);
        expect([...best]).toEqual(LABELS.map((required) => bestMatch(required, skills, read).best));
      }
    }
  });
});
