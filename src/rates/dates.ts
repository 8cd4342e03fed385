import { describeValue } from '../_lib/guards';
import { ReckonError } from '../errors/reckon-error';
import { WRITING_OF } from '../figure/locales/index';
import type { FigureLanguage } from '../figure/types';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * Whether a string is a real calendar day in ISO form ("2025-09-17").
 *
 * @example
 * ```ts
 * isIsoDate('2025-02-29'); // false
 * ```
 */
export function isIsoDate(text: unknown): text is string {
  if (typeof text !== 'string') return false;
  const m = ISO_DAY.exec(text);
  if (!m) return false;
  // setUTCFullYear, not Date.UTC (which reads years 0–99 as 1900–1999): every year 0000–9999 is
  // read as written, as the dataset schema's ISO_DAY_PATTERN says.
  const d = new Date(0);
  d.setUTCFullYear(+(m[1] ?? 0), +(m[2] ?? 0) - 1, +(m[3] ?? 0));
  return d.toISOString().slice(0, 10) === text;
}

/**
 * Checks an ISO day and returns it.
 * @throws {@link ReckonError} `INVALID_DATE` otherwise
 * @internal
 */
export function assertIsoDate(text: unknown, name: string): string {
  if (!isIsoDate(text)) {
    const got = describeValue(text);
    throw new ReckonError('INVALID_DATE', `${name} must be a day such as "2025-09-17", got ${got}.`, {
      path: name,
      expected: 'an ISO day such as "2025-09-17"',
      received: got,
    });
  }
  return text;
}

/** Days since 1970-01-01 of an ISO day. @internal */
export function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / DAY_MS;
}

const FIRST_MS = Date.parse('0000-01-01T00:00:00Z');
const LAST_MS = Date.parse('9999-12-31T00:00:00Z');

/**
 * The ISO day `n` days after `day` (n may be negative).
 * @throws {@link ReckonError} `INVALID_DATE` naming `day` when the result leaves the years 0000–9999
 *   that {@link isIsoDate} accepts
 * @internal
 */
export function addDays(day: string, n: number): string {
  const ms = Date.parse(`${day}T00:00:00Z`) + n * DAY_MS;
  if (!(ms >= FIRST_MS && ms <= LAST_MS)) {
    throw new ReckonError(
      'INVALID_DATE',
      `${day} ${n < 0 ? '-' : '+'} ${Math.abs(n)} days is outside the years 0000–9999.`,
      {
        path: 'day',
        received: day,
      },
    );
  }
  return new Date(ms).toISOString().slice(0, 10);
}

/** {@link addDays}, but held within 0000-01-01 … 9999-12-31: for searches, which may stop at the edge. @internal */
export function addDaysWithin(day: string, n: number): string {
  const ms = Math.min(LAST_MS, Math.max(FIRST_MS, Date.parse(`${day}T00:00:00Z`) + n * DAY_MS));
  return new Date(ms).toISOString().slice(0, 10);
}

/** Day of the week, 0 = Sunday. @internal */
export function weekday(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

/** "17 Sep 2025" (en) or "17. Sept. 2025" (de). @internal */
export function formatDay(day: string, language: FigureLanguage = 'en'): string {
  const [y, m, d] = day.split('-');
  const words = WRITING_OF[language];
  return words.day(+(d ?? 0), words.months[+(m ?? 1) - 1] ?? m ?? '', y ?? '');
}
