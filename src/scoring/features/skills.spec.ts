import type { RequiredSkill, SkillDto } from '../../common/dto/profile-parts.dto';
import { labelSimilarity, skillCoverage } from './skills';

const must = (...labels: string[]): RequiredSkill[] => labels.map((label) => ({ label, mustHave: true }));
const skill = (label: string, evidence: SkillDto['evidence'] = 'self_reported'): SkillDto => ({ label, evidence });

describe('labelSimilarity', () => {
  it('gives identical labels 1, ignoring case and punctuation', () => {
    expect(labelSimilarity('sveising', 'sveising')).toBe(1);
    expect(labelSimilarity('TIG-sveising', 'tig sveising')).toBe(1);
    expect(labelSimilarity('Truckførerbevis!', 'truckførerbevis')).toBe(1);
  });

  it('gives a word inside a Norwegian compound 0.8, in either order', () => {
    expect(labelSimilarity('sveising', 'TIG-sveising')).toBe(0.8);
    expect(labelSimilarity('TIG-sveising', 'sveising')).toBe(0.8);
    expect(labelSimilarity('regnskap', 'regnskapsføring')).toBe(0.8);
    expect(labelSimilarity('Regnskap', 'REGNSKAPSFØRING')).toBe(0.8);
  });

  it('gives unrelated labels 0', () => {
    expect(labelSimilarity('sveising', 'barnehage')).toBe(0);
    expect(labelSimilarity('regnskap', 'truckfører')).toBe(0);
    expect(labelSimilarity('', 'sveising')).toBe(0);
  });

  it('answers the same when asked for a minimum, wherever the similarity reaches it', () => {
    const pairs = [
      ['barnehagelærer', 'barnehagelerer'],
      ['sykepleie', 'sykepleier'],
      ['sveising', 'TIG-sveising'],
      ['Fjellturer', 'fjellturer!'],
      ['regnskap', 'regnskapet'],
      ['matlaging', 'strikking'],
    ];
    for (const [a, b] of pairs) {
      const full = labelSimilarity(a, b);
      for (const min of [0.4, 0.5, 0.6, 0.8]) {
        const bounded = labelSimilarity(a, b, min);
        if (full >= min) expect(bounded).toBe(full);
        else expect(bounded).toBeLessThan(min);
      }
    }
  });

  it('stays in [0, 1] and is symmetric on close spellings', () => {
    const ab = labelSimilarity('sykepleie', 'sykepleier');
    expect(ab).toBeGreaterThan(0);
    expect(ab).toBeLessThanOrEqual(1);
    expect(labelSimilarity('sykepleier', 'sykepleie')).toBe(ab);
  });
});

describe('skillCoverage', () => {
  it('weighs an exact must-have by its evidence: certified > verified > mapped > self_reported', () => {
    const values = (['certified', 'verified', 'mapped', 'self_reported'] as const).map(
      (evidence) => skillCoverage(must('sveising'), [skill('sveising', evidence)]).value,
    );
    expect(values).toEqual([1, 0.9, 0.8, 0.6]);
  });

  it('lists a requirement the candidate lacks by its label and counts it as 0', () => {
    const result = skillCoverage(must('sveising', 'sveisesertifikat'), [skill('sveising', 'certified')]);
    expect(result.value).toBeCloseTo(0.5, 10);
    expect(result.evidence).toEqual({
      kind: 'skills',
      required: 2,
      matched: [{ required: 'sveising', matched: 'sveising', evidence: 'certified' }],
      missing: ['sveisesertifikat'],
    });
  });

  it('matches a compound skill with the discounted similarity and names what matched', () => {
    const result = skillCoverage(must('regnskap'), [skill('Regnskapsføring', 'verified')]);
    expect(result.value).toBeCloseTo(0.8 * 0.9, 10);
    expect(result.evidence.matched).toEqual([{ required: 'regnskap', matched: 'Regnskapsføring', evidence: 'verified' }]);
    expect(result.evidence.missing).toEqual([]);
  });

  it('picks the candidate skill that counts most', () => {
    const result = skillCoverage(must('sveising'), [skill('sveising', 'self_reported'), skill('TIG-sveising', 'certified')]);
    expect(result.value).toBeCloseTo(0.8, 10);
    expect(result.evidence.matched[0].matched).toBe('TIG-sveising');
  });

  it('is neutral 0.5 when nothing is required, and 0 when nothing matches', () => {
    expect(skillCoverage([], [skill('sveising')])).toEqual({ value: 0.5, evidence: { kind: 'skills', required: 0, matched: [], missing: [] } });
    const none = skillCoverage(must('sveisesertifikat', 'truckførerbevis'), []);
    expect(none.value).toBe(0);
    expect(none.evidence.missing).toEqual(['sveisesertifikat', 'truckførerbevis']);
  });

  it('keeps the value in [0, 1] with many matching skills', () => {
    const has = ['sveising', 'TIG-sveising', 'MIG-sveising'].map((l) => skill(l, 'certified'));
    const { value } = skillCoverage(must('sveising', 'TIG-sveising'), has);
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThanOrEqual(1);
    expect(value).toBe(1);
  });
});
