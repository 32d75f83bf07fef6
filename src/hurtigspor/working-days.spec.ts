import { DEFAULT_DEADLINE_DAYS, deadlineFor } from './deadlines';
import { median } from './median';
import { addWorkingDays, easterSunday, endOfOsloDay, isWorkingDay, osloDate, publicHolidays, workingDaysAfter } from './working-days';

describe('Norwegian working days', () => {
  it('finds Easter Sunday', () => {
    expect(easterSunday(2026).toISOString().slice(0, 10)).toBe('2026-04-05');
    expect(easterSunday(2027).toISOString().slice(0, 10)).toBe('2027-03-28');
    expect(easterSunday(2024).toISOString().slice(0, 10)).toBe('2024-03-31');
    expect(easterSunday(2038).toISOString().slice(0, 10)).toBe('2038-04-25');
  });

  it('lists the public holidays of 2026 and 2027', () => {
    expect(publicHolidays(2026)).toEqual([
      '2026-01-01', '2026-04-02', '2026-04-03', '2026-04-05', '2026-04-06', '2026-05-01',
      '2026-05-14', '2026-05-17', '2026-05-24', '2026-05-25', '2026-12-25', '2026-12-26',
    ]);
    expect(publicHolidays(2027)).toEqual([
      '2027-01-01', '2027-03-25', '2027-03-26', '2027-03-28', '2027-03-29', '2027-05-01',
      '2027-05-06', '2027-05-16', '2027-05-17', '2027-12-25', '2027-12-26', // 2. pinsedag is 17. mai
    ]);
  });

  it('skips weekends and holidays', () => {
    expect(isWorkingDay('2026-11-24')).toBe(true); // a Tuesday
    expect(isWorkingDay('2026-11-28')).toBe(false); // Saturday
    expect(isWorkingDay('2026-04-06')).toBe(false); // 2. påskedag
    expect(isWorkingDay('2026-05-14')).toBe(false); // Kristi himmelfart
    expect(addWorkingDays('2026-11-24', 5)).toBe('2026-12-01');
    // Wednesday before Easter 2026: Maundy Thursday, Good Friday, the weekend and Easter Monday are off.
    expect(addWorkingDays('2026-04-01', 1)).toBe('2026-04-07');
    expect(addWorkingDays('2027-03-24', 1)).toBe('2027-03-30');
    // Christmas 2026: 25th is a Friday, 26th a Saturday.
    expect(addWorkingDays('2026-12-24', 1)).toBe('2026-12-28');
    expect(addWorkingDays('2026-11-24', 0)).toBe('2026-11-24');
  });

  it('counts in Norwegian time and ends a deadline at midnight in Oslo, winter or summer', () => {
    expect(osloDate(new Date('2026-11-24T23:30:00Z'))).toBe('2026-11-25');
    expect(endOfOsloDay('2026-12-01').toISOString()).toBe('2026-12-01T23:00:00.000Z');
    expect(endOfOsloDay('2026-06-15').toISOString()).toBe('2026-06-15T22:00:00.000Z');
    expect(endOfOsloDay('2026-03-28').toISOString()).toBe('2026-03-28T23:00:00.000Z'); // the night summer time begins
    expect(workingDaysAfter(new Date('2026-11-24T09:00:00Z'), 5).toISOString()).toBe('2026-12-01T23:00:00.000Z');
  });
});

describe('deadlines', () => {
  const monday = new Date('2026-11-23T10:00:00Z');
  it('gives each open state its working days, and a pending hire confirmation its own', () => {
    expect(deadlineFor('referred', monday, null, DEFAULT_DEADLINE_DAYS)!.toISOString()).toBe('2026-11-30T23:00:00.000Z');
    expect(deadlineFor('mapped', monday, null, DEFAULT_DEADLINE_DAYS)!.toISOString()).toBe('2026-12-07T23:00:00.000Z');
    expect(deadlineFor('referred', monday, null, { ...DEFAULT_DEADLINE_DAYS, referred: 1 })!.toISOString()).toBe('2026-11-24T23:00:00.000Z');
    const confirmedThursday = { side: 'employer' as const, at: new Date('2026-11-26T10:00:00Z') };
    expect(deadlineFor('praksis', monday, confirmedThursday, DEFAULT_DEADLINE_DAYS)!.toISOString()).toBe('2026-12-03T23:00:00.000Z');
    expect(deadlineFor('hired', monday, null, DEFAULT_DEADLINE_DAYS)).toBeNull();
    expect(deadlineFor('closed', monday, null, DEFAULT_DEADLINE_DAYS)).toBeNull();
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the middle two', () => {
    expect(median([])).toBeNull();
    expect(median([4])).toBe(4);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([10, 2, 4, 8])).toBe(6);
  });
});
