import type { ConvertedInterval } from '../aggregate/aggregate';
import { compact, formatInterval } from '../money/format-interval';
import { toDecimalString } from '../money/money';

// The report's wording of intervals is the library's (reckon's formatInterval).
export { formatInterval };

/**
 * A converted total as a person reads it. An incomplete one (a rate is missing) is never shown as a
 * number that reads as the total: "EUR incomplete (≥ €138.6m; a rate is missing)", or without the
 * lower bound when it is unknown or zero.
 */
export function formatConverted(converted: ConvertedInterval): string {
  if (converted.complete) return formatInterval(converted);
  const low = converted.low;
  const bound =
    low !== null && toDecimalString(low, { trim: true }) !== '0'
      ? `${converted.lowInclusive ? '≥' : '>'} ${compact(low, 'floor')}; `
      : '';
  return `${converted.currency} incomplete (${bound}a rate is missing)`;
}

/** Styling that is a no-op without colour. */
export interface Style {
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly red: (s: string) => string;
  readonly green: (s: string) => string;
  readonly yellow: (s: string) => string;
}

/** ANSI styling, or none. */
export function style(color: boolean): Style {
  const wrap = (open: number, close: number) => (s: string) =>
    color ? `\u001b[${open}m${s}\u001b[${close}m` : s;
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    red: wrap(31, 39),
    green: wrap(32, 39),
    yellow: wrap(33, 39),
  };
}
