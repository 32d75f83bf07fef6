import type { EducationDto } from '../../common/dto/profile-parts.dto';
import { needsDegree, recognitionFit } from './recognition';

const edu = (level: EducationDto['level'], recognition: EducationDto['recognition']): EducationDto => ({ level, recognition, field: 'Sykepleie' });

describe('needsDegree', () => {
  it('holds only for STYRK major group 2 (professionals)', () => {
    expect(needsDegree('2221')).toBe(true);
    expect(needsDegree('2512')).toBe(true);
    expect(needsDegree('7212')).toBe(false);
    expect(needsDegree('3221')).toBe(false);
    expect(needsDegree(null)).toBe(false);
  });
});

describe('recognitionFit', () => {
  it('orders the states approved/not_required > pending > uvd > not_applied > no degree', () => {
    const value = (e: EducationDto[]) => recognitionFit(e, '2221').value;
    expect(value([edu('bachelor', 'approved')])).toBe(1);
    expect(value([edu('master', 'not_required')])).toBe(1);
    expect(value([edu('bachelor', 'pending')])).toBe(0.6);
    expect(value([edu('phd', 'uvd')])).toBe(0.5);
    expect(value([edu('bachelor', 'not_applied')])).toBe(0.3);
    expect(value([])).toBe(0.1);
  });

  it('does not count education below a bachelor as a degree', () => {
    expect(recognitionFit([edu('vocational', 'approved'), edu('upper_secondary', 'approved')], '2221')).toEqual({
      value: 0.1,
      evidence: { kind: 'recognition', needsDegree: true, state: null },
    });
  });

  it('takes the best recognised degree', () => {
    expect(recognitionFit([edu('bachelor', 'not_applied'), edu('master', 'pending')], '2221')).toEqual({
      value: 0.6,
      evidence: { kind: 'recognition', needsDegree: true, state: 'pending' },
    });
  });

  it('is 1 for an opening that needs no degree, whatever the education', () => {
    expect(recognitionFit([], '7212')).toEqual({ value: 1, evidence: { kind: 'recognition', needsDegree: false, state: null } });
    expect(recognitionFit([edu('bachelor', 'not_applied')], null).value).toBe(1);
  });
});
