import type { LanguageDto } from '../../common/dto/profile-parts.dto';
import { capacityFit, languageFit, pairOff, sharedInterests } from './mentor-fit';

const lang = (code: string, level: LanguageDto['level']): LanguageDto => ({ code, level });

describe('sharedInterests', () => {
  it('is 1 with two shared interests, 0.5 with one, 0 with none', () => {
    expect(sharedInterests(['fotball', 'matlaging', 'sjakk'], ['sjakk', 'fotball']).value).toBe(1);
    expect(sharedInterests(['fotball', 'matlaging'], ['fotball', 'strikking']).value).toBe(0.5);
    expect(sharedInterests(['fotball'], ['strikking'])).toEqual({ value: 0, evidence: { kind: 'interests', shared: [] } });
  });

  it('counts "fjelltur" and "fjellturer" as the same interest and lists the shared ones', () => {
    expect(sharedInterests(['fjellturer', 'Matlaging'], ['fjelltur', 'matlaging'])).toEqual({
      value: 1,
      evidence: { kind: 'interests', shared: ['fjellturer', 'Matlaging'] },
    });
  });

  it('does not exceed 1 with many shared interests', () => {
    expect(sharedInterests(['fotball', 'sjakk', 'musikk'], ['fotball', 'sjakk', 'musikk']).value).toBe(1);
  });
});

describe('pairOff', () => {
  const same = (a: number, b: number) => a % 10 === b % 10;

  it('pairs one to one in the first list order, each taking the first partner left, and counts a repeat once', () => {
    const shared: number[] = [];
    // 1 takes 11; 21 finds 11 taken and takes 31; the second 1 repeats; 5 finds no partner.
    expect(pairOff([1, 21, 1, 5], [11, 31, 4], (x) => x, same, shared)).toBe(2);
    expect(shared).toEqual([1, 21]);
  });

  it('keeps track of taken partners in long lists as in short ones', () => {
    const b = Array.from({ length: 45 }, (_, i) => 100 + i);
    // 100 against 45, ten of a and four or five of b per last digit: each of b is taken once, never twice.
    const a = Array.from({ length: 100 }, (_, i) => i);
    expect(pairOff(a, b, (x) => x, same)).toBe(45);
  });
});

describe('languageFit', () => {
  const arabic = [lang('ar', 'native'), lang('nb', 'A2')];

  it('gives a språkmentor or kulturguide with a shared mother tongue 1, without one 0', () => {
    expect(languageFit(arabic, [lang('ar', 'native'), lang('nb', 'native')], 'språkmentor')).toEqual({
      value: 1,
      evidence: { kind: 'language', shared: ['ar'], mentorType: 'språkmentor' },
    });
    expect(languageFit(arabic, [lang('ar', 'native')], 'kulturguide').value).toBe(1);
    expect(languageFit(arabic, [lang('ti', 'native'), lang('nb', 'native')], 'språkmentor').value).toBe(0);
    expect(languageFit(arabic, [lang('ti', 'native')], 'kulturguide').value).toBe(0);
  });

  it('is 0.5 for a fagmentor, shared or not', () => {
    expect(languageFit(arabic, [lang('ar', 'native')], 'fagmentor').value).toBe(0.5);
    expect(languageFit(arabic, [lang('ti', 'native')], 'fagmentor').value).toBe(0.5);
  });

  it('never counts Norwegian as a shared mother tongue', () => {
    const norwegian = [lang('nb', 'native'), lang('nn', 'native'), lang('no', 'native')];
    expect(languageFit(norwegian, norwegian, 'språkmentor')).toEqual({
      value: 0,
      evidence: { kind: 'language', shared: [], mentorType: 'språkmentor' },
    });
  });

  it('counts a mentor who speaks the language at B2 or better, not below', () => {
    expect(languageFit(arabic, [lang('ar', 'B2')], 'språkmentor').value).toBe(1);
    expect(languageFit(arabic, [lang('ar', 'C1')], 'språkmentor').value).toBe(1);
    expect(languageFit(arabic, [lang('ar', 'B1')], 'språkmentor').value).toBe(0);
  });

  it("counts only the candidate's mother tongue", () => {
    expect(languageFit([lang('ti', 'native'), lang('ar', 'C1')], [lang('ar', 'native')], 'språkmentor').value).toBe(0);
  });
});

describe('capacityFit', () => {
  it('is the free share of the capacity', () => {
    expect(capacityFit(2, 0)).toEqual({ value: 1, evidence: { kind: 'capacity', free: 2, capacity: 2 } });
    expect(capacityFit(2, 1).value).toBe(0.5);
    expect(capacityFit(4, 3).value).toBe(0.25);
  });

  it('is 0 when full, overfull or without capacity', () => {
    expect(capacityFit(2, 2).value).toBe(0);
    expect(capacityFit(2, 3)).toEqual({ value: 0, evidence: { kind: 'capacity', free: 0, capacity: 2 } });
    expect(capacityFit(0, 0).value).toBe(0);
  });
});

describe('one interest written two ways', () => {
  it('counts once, whichever side repeats it', () => {
    expect(sharedInterests(['fjelltur', 'fjellturer'], ['fjelltur']).value).toBe(0.5);
    expect(sharedInterests(['fjelltur', 'Fjelltur'], ['fjelltur']).evidence.shared).toEqual(['fjelltur']);
    expect(sharedInterests(['fjelltur'], ['fjelltur', 'fjellturer']).value).toBe(0.5);
  });
});
