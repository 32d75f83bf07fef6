import { employerRecord, PRAKSIS_WITHOUT_HIRE_WARNING, termsFit } from './opening-terms';

describe('employerRecord', () => {
  it('is 0.5 for an employer with no praksis yet', () => {
    expect(employerRecord(0, 0)).toEqual({ value: 0.5, evidence: { kind: 'employer_record', praksis: 0, hired: 0 } });
  });

  it('smooths with Laplace: (hired + 1) / (praksis + 2)', () => {
    expect(employerRecord(1, 0).value).toBeCloseTo(1 / 3, 10);
    expect(employerRecord(5, 0).value).toBeCloseTo(1 / 7, 10);
    expect(employerRecord(5, 3).value).toBeCloseTo(4 / 7, 10);
    expect(employerRecord(10, 10).value).toBeCloseTo(11 / 12, 10);
  });

  it('ranks an employer who hires after praksis above one who does not', () => {
    expect(employerRecord(5, 0).value).toBeLessThan(employerRecord(5, 3).value);
    expect(employerRecord(PRAKSIS_WITHOUT_HIRE_WARNING, 0).value).toBeLessThan(employerRecord(0, 0).value);
  });

  it('never exceeds 1', () => {
    expect(employerRecord(0, 3).value).toBe(1);
  });
});

describe('termsFit', () => {
  it('counts a permanent position 0.6 and a wage subsidy 0.4', () => {
    expect(termsFit(true, true)).toEqual({ value: 1, evidence: { kind: 'terms', permanent: true, wageSubsidy: true } });
    expect(termsFit(true, false).value).toBe(0.6);
    expect(termsFit(false, true).value).toBe(0.4);
    expect(termsFit(false, false).value).toBe(0);
  });

  it('treats an unknown wage subsidy as none', () => {
    expect(termsFit(true, null)).toEqual({ value: 0.6, evidence: { kind: 'terms', permanent: true, wageSubsidy: false } });
  });
});
