/**
 * Norwegian working days: Monday to Friday except the public holidays (helligdager og
 * høytidsdager): fixed dates and those that move with Easter. Dates are calendar dates in
 * Norway (`YYYY-MM-DD`); instants become Norwegian dates through the Europe/Oslo time zone.
 */
const ZONE = 'Europe/Oslo';
const DAY_MS = 86_400_000;

/** Easter Sunday (Gregorian, the anonymous algorithm of Meeus/Jones/Butcher) as a UTC midnight. */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

const iso = (d: Date): string => d.toISOString().slice(0, 10);
const parse = (date: string): Date => new Date(`${date}T00:00:00Z`);

/** Nyttårsdag, 1. mai, 17. mai, 1. og 2. juledag; skjærtorsdag, langfredag, 1. og 2. påskedag, Kristi himmelfartsdag, 1. og 2. pinsedag. */
export function publicHolidays(year: number): string[] {
  const easter = easterSunday(year).getTime();
  const fromEaster = [-3, -2, 0, 1, 39, 49, 50].map((offset) => iso(new Date(easter + offset * DAY_MS)));
  const fixed = ['01-01', '05-01', '05-17', '12-25', '12-26'].map((md) => `${year}-${md}`);
  // A set: in 2027 2. pinsedag falls on 17. mai.
  return [...new Set([...fixed, ...fromEaster])].sort();
}

const holidayCache = new Map<number, Set<string>>();
function isHoliday(date: string): boolean {
  const year = Number(date.slice(0, 4));
  let holidays = holidayCache.get(year);
  if (!holidays) holidayCache.set(year, (holidays = new Set(publicHolidays(year))));
  return holidays.has(date);
}

export function isWorkingDay(date: string): boolean {
  const weekday = parse(date).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isHoliday(date);
}

/** The date `days` working days after `date` (the day itself not counted). */
export function addWorkingDays(date: string, days: number): string {
  let current = parse(date).getTime();
  for (let left = days; left > 0; ) {
    current += DAY_MS;
    if (isWorkingDay(iso(new Date(current)))) left--;
  }
  return iso(new Date(current));
}

const osloParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Norway's calendar date and wall-clock time of an instant, as if it were UTC. */
function osloWallClock(at: Date): number {
  const p = Object.fromEntries(osloParts.formatToParts(at).map((part) => [part.type, part.value]));
  return Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
}

/** The calendar date in Norway at an instant. */
export const osloDate = (at: Date): string => iso(new Date(osloWallClock(at)));

/** The instant a Norwegian calendar day ends (midnight in Oslo, in summer or winter time). */
export function endOfOsloDay(date: string): Date {
  const midnightAsUtc = parse(date).getTime() + DAY_MS;
  // Oslo is ahead of UTC by one or two hours; the offset at the guess is the offset at midnight (DST changes at 01:00 UTC).
  const offset = osloWallClock(new Date(midnightAsUtc)) - midnightAsUtc;
  return new Date(midnightAsUtc - offset);
}

/** A deadline `days` working days after an instant: the end of that working day in Norway. */
export const workingDaysAfter = (at: Date, days: number): Date => endOfOsloDay(addWorkingDays(osloDate(at), days));
