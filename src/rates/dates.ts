import { ReckonError } from '../errors/reckon-error';

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
  const d = new Date(Date.UTC(+(m[1] ?? 0), +(m[2] ?? 0) - 1, +(m[3] ?? 0)));
  return d.toISOString().slice(0, 10) === text;
}

/**
 * Checks an ISO day and returns it.
 * @throws {@link ReckonError} `INVALID_DATE` otherwise
 * @internal
 */
export function assertIsoDate(text: unknown, name: string): string {
  if (!isIsoDate(text)) {
    throw new ReckonError(
      'INVALID_DATE',
      `${name} must be a day such as "2025-09-17", got ${JSON.stringify(text)}.`,
    );
  }
  return text;
}

/** Days since 1970-01-01 of an ISO day. @internal */
export function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / DAY_MS;
}

/** The ISO day `n` days after `day` (n may be negative). @internal */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Day of the week, 0 = Sunday. @internal */
export function weekday(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

const MONTHS = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  de: ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
} as const;

/** "17 Sep 2025" (en) or "17. Sept. 2025" (de). @internal */
export function formatDay(day: string, locale: 'en' | 'de' = 'en'): string {
  const [y, m, d] = day.split('-');
  const month = MONTHS[locale][+(m ?? 1) - 1] ?? m;
  return locale === 'de' ? `${+(d ?? 0)}. ${month} ${y}` : `${+(d ?? 0)} ${month} ${y}`;
}
