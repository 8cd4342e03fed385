import { addDays, assertIsoDate, weekday } from './dates';

/** Easter Sunday of a year (Gregorian computus). */
function easter(year: number): string {
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
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Whether a day is a TARGET business day by today's TARGET calendar: not Saturday, Sunday,
 * 1 January, Good Friday, Easter Monday, 1 May, 25 or 26 December.
 *
 * This is the calendar only. It does not say whether the ECB published a reference rate that day: the
 * ECB did on 2 and 5 April 1999 (Good Friday and Easter Monday) and did not on 31 December 1999 or 2001.
 * Only the rates themselves say that (`rates.fixes(…)`, `rates.rateOn(…)`); {@link checkConversion}
 * takes its days from the rates, never from this calendar.
 *
 * @param day - an ISO day
 * @returns true on a TARGET business day by the calendar
 * @throws {@link ReckonError} `INVALID_DATE` for a malformed day
 * @example
 * ```ts
 * isTargetBusinessDay('2025-09-17'); // true (a Wednesday)
 * isTargetBusinessDay('2025-04-18'); // false (Good Friday)
 * isTargetBusinessDay('1999-04-02'); // false, yet the ECB published a fix that day
 * ```
 */
export function isTargetBusinessDay(day: string): boolean {
  assertIsoDate(day, 'day');
  const wd = weekday(day);
  if (wd === 0 || wd === 6) return false;
  const md = day.slice(5);
  if (md === '01-01' || md === '05-01' || md === '12-25' || md === '12-26') return false;
  const e = easter(+day.slice(0, 4));
  return day !== addDays(e, -2) && day !== addDays(e, 1);
}

/**
 * The TARGET business day before `day`, by the calendar of {@link isTargetBusinessDay}. The calendar
 * only: the last day with a published fix can be another (the ECB published nothing on 31 December 2001,
 * so the fix before 2 January 2002 is that of 28 December); ask the rates for that, with
 * `rates.rateOn(base, quote, day, { policy: 'previous' })`.
 *
 * @param day - an ISO day
 * @returns the calendar's business day before it
 * @throws {@link ReckonError} `INVALID_DATE` for a malformed day
 * @example
 * ```ts
 * previousTargetBusinessDay('2025-09-15'); // '2025-09-12' (the Friday before)
 * previousTargetBusinessDay('2002-01-02'); // '2001-12-31' (a calendar day; the ECB published nothing)
 * ```
 */
export function previousTargetBusinessDay(day: string): string {
  let d = addDays(assertIsoDate(day, 'day'), -1);
  while (!isTargetBusinessDay(d)) d = addDays(d, -1);
  return d;
}
