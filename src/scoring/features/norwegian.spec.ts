import type { LanguageDto } from '../../common/dto/profile-parts.dto';
import { meetsLevel, norwegianFit, norwegianLevel } from './norwegian';

const lang = (code: string, level: LanguageDto['level']): LanguageDto => ({ code, level });

describe('norwegianLevel', () => {
  it('picks the best of the nb, nn and no entries', () => {
    expect(norwegianLevel([lang('nb', 'A2'), lang('nn', 'B2'), lang('no', 'B1')])).toBe('B2');
    expect(norwegianLevel([lang('no', 'C1'), lang('nb', 'A1')])).toBe('C1');
    expect(norwegianLevel([lang('nb', 'B1'), lang('nb', 'native')])).toBe('native');
  });

  it('ignores other languages, however good', () => {
    expect(norwegianLevel([lang('ar', 'native'), lang('en', 'C2'), lang('nb', 'A2')])).toBe('A2');
    expect(norwegianLevel([lang('ar', 'native'), lang('sv', 'C2')])).toBeNull();
    expect(norwegianLevel([])).toBeNull();
  });
});

describe('norwegianFit', () => {
  it.each([
    ['B1', 'B1', 1],
    ['C1', 'B1', 1],
    ['native', 'C2', 1],
    ['A2', 'B1', 0.6],
    ['A1', 'B1', 0.3],
    ['A1', 'B2', 0.1],
    ['A1', 'C2', 0.1],
  ] as const)('level %s against minimum %s is %d', (level, required, value) => {
    expect(norwegianFit([lang('nb', level)], required).value).toBe(value);
  });

  it('treats no Norwegian at all as below A1', () => {
    expect(norwegianFit([lang('ar', 'native')], 'B1')).toEqual({ value: 0.1, evidence: { kind: 'norwegian', level: null, required: 'B1' } });
    expect(norwegianFit([], 'A1').value).toBe(0.6);
  });

  it('is 1 when the opening sets no minimum, with the level as evidence', () => {
    expect(norwegianFit([lang('nb', 'A1')], null)).toEqual({ value: 1, evidence: { kind: 'norwegian', level: 'A1', required: null } });
    expect(norwegianFit([], null).value).toBe(1);
  });
});

describe('meetsLevel', () => {
  it('compares CEFR levels in order, native above C2, none below A1', () => {
    expect(meetsLevel('B1', 'B1')).toBe(true);
    expect(meetsLevel('B2', 'B1')).toBe(true);
    expect(meetsLevel('A2', 'B1')).toBe(false);
    expect(meetsLevel('native', 'C2')).toBe(true);
    expect(meetsLevel('C1', 'C2')).toBe(false);
    expect(meetsLevel(null, 'A1')).toBe(false);
  });
});
