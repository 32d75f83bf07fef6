import type { ExperienceDto } from '../../common/dto/profile-parts.dto';
import { codeAffinity, occupationFit, occupationSources, occupationValue } from './occupation';

const exp = (occupationCode: string | undefined, years: number): ExperienceDto => ({ title: 'Sveiser', occupationCode, years });

describe('codeAffinity', () => {
  it.each([
    ['7212', '7212', 'same', 1],
    ['7212', '7213', 'minor_group', 0.6],
    ['7212', '7233', 'sub_major_group', 0.3],
    ['7212', '7411', 'major_group', 0.1],
  ] as const)('%s vs %s is %s (%d)', (a, b, level, value) => {
    expect(codeAffinity(a, b)).toEqual({ level, value });
    expect(codeAffinity(b, a)).toEqual({ level, value });
  });

  it('is null for different major groups', () => {
    expect(codeAffinity('7212', '2512')).toBeNull();
  });
});

describe('occupationFit', () => {
  it('uses experience in the same occupation at full value', () => {
    expect(occupationFit([exp('7212', 5)], [], '7212')).toEqual({
      value: 1,
      evidence: { kind: 'occupation', via: 'experience', level: 'same', code: '7212', target: '7212' },
    });
  });

  it('counts a desired occupation at 0.9', () => {
    const fit = occupationFit([], ['7212'], '7212');
    expect(fit.value).toBeCloseTo(0.9, 10);
    expect(fit.evidence.via).toBe('desired');
  });

  it('counts under a year of experience at 0.85, so a desired same occupation beats it', () => {
    expect(occupationFit([exp('7212', 0.5)], [], '7212').value).toBeCloseTo(0.85, 10);
    expect(occupationFit([exp('7212', 1)], [], '7212').value).toBe(1);
    const fit = occupationFit([exp('7212', 0.5)], ['7212'], '7212');
    expect(fit.value).toBeCloseTo(0.9, 10);
    expect(fit.evidence.via).toBe('desired');
  });

  it('picks the best of experience and desired', () => {
    const fit = occupationFit([exp('7213', 10), exp('5120', 3)], ['7233', '7212'], '7212');
    expect(fit.value).toBeCloseTo(0.9, 10);
    expect(fit.evidence).toEqual({ kind: 'occupation', via: 'desired', level: 'same', code: '7212', target: '7212' });
    const experienced = occupationFit([exp('7213', 10)], ['7233'], '7212');
    expect(experienced.value).toBeCloseTo(0.6, 10);
    expect(experienced.evidence).toMatchObject({ via: 'experience', level: 'minor_group', code: '7213' });
  });

  it('is 0 with null evidence when nothing is related, ignoring experience without a code', () => {
    expect(occupationFit([exp(undefined, 10), exp('2512', 4)], ['5120'], '7212')).toEqual({
      value: 0,
      evidence: { kind: 'occupation', via: null, level: null, code: null, target: '7212' },
    });
  });

  it('is 0.5 with null evidence when the target has no code', () => {
    expect(occupationFit([exp('7212', 5)], ['7212'], null)).toEqual({
      value: 0.5,
      evidence: { kind: 'occupation', via: null, level: null, code: null, target: null },
    });
  });
});

describe('occupationFit with titles read as occupations', () => {
  it('counts an experience title read as an occupation for its confidence, and says which title it read', () => {
    const fit = occupationFit([exp(undefined, 3)], [], '7212', [], [{ code: '7212', confidence: 0.9, text: 'Sveisearbeider' }]);
    expect(fit.value).toBeCloseTo(0.9);
    expect(fit.evidence).toEqual({ kind: 'occupation', via: 'experience', level: 'same', code: '7212', target: '7212', read: 'Sveisearbeider' });
  });

  it('prefers a coded experience over the same occupation read from a title', () => {
    const fit = occupationFit([exp('7212', 3)], [], '7212', [], [{ code: '7212', confidence: 0.9, text: 'Sveiser' }]);
    expect(fit.value).toBe(1);
    expect(fit.evidence).not.toHaveProperty('read');
  });
});

describe('occupationFit with desired occupations typed as text', () => {
  const welder = { code: '7212', confidence: 0.8, text: 'Sveisar', from: 'desired' as const };

  it('counts a desired text read as an occupation as wanted, for its confidence, and says which text it read', () => {
    expect(occupationSources([], [], [], [welder])).toEqual([{ code: '7212', via: 'desired', factor: 0.9 * 0.8, typed: 'Sveisar' }]);
    const fit = occupationFit([], [], '7212', [], [welder]);
    expect(fit.value).toBeCloseTo(0.72);
    expect(fit.evidence).toEqual({ kind: 'occupation', via: 'desired', level: 'same', code: '7212', target: '7212', read: 'Sveisar' });
    expect(occupationFit([], [], '7213', [], [welder]).value).toBeCloseTo(0.6 * 0.72);
    expect(occupationValue(occupationSources([], [], [], [welder]), '7212')).toBeCloseTo(fit.value);
  });

  it('counts the same occupation less wanted than done, and a desired code over a desired text read less surely', () => {
    const asTitle = { ...welder, from: 'experience' as const };
    expect(occupationFit([], [], '7212', [], [asTitle, welder]).evidence).toMatchObject({ via: 'experience', read: 'Sveisar' });
    const coded = occupationFit([], ['7212'], '7212', [], [welder]);
    expect(coded.value).toBeCloseTo(0.9);
    expect(coded.evidence).toMatchObject({ via: 'desired' });
    expect(coded.evidence).not.toHaveProperty('read');
  });

  it('comes after coded experience, typed titles and desired codes, before skills', () => {
    const sources = occupationSources([exp('5120', 3)], ['2512'], [{ code: '4311', confidence: 0.5 }], [welder, { code: '9329', confidence: 0.7, text: 'Hjelpearbeider' }]);
    expect(sources.map((s) => [s.code, s.via])).toEqual([
      ['5120', 'experience'],
      ['9329', 'experience'],
      ['2512', 'desired'],
      ['7212', 'desired'],
      ['4311', 'inferred'],
    ]);
  });
});

describe('occupationFit with occupations inferred from skills', () => {
  it('counts each for its confidence, also relative to the likeliest one', () => {
    const inferred = [
      { code: '7212', confidence: 0.36 },
      { code: '5120', confidence: 0.09 },
    ];
    // sqrt(0.36 × 0.36 / 0.36) × 0.8 and sqrt(0.09 × 0.09 / 0.36) × 0.8
    expect(occupationFit([], [], '7212', inferred).value).toBeCloseTo(0.48);
    expect(occupationFit([], [], '5120', inferred).value).toBeCloseTo(0.12);
    expect(occupationFit([], [], '7212', [{ code: '7212', confidence: 1 }]).value).toBeCloseTo(0.8);
  });
});
