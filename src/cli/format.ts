import type { ConvertedInterval, MoneyInterval } from '../aggregate/aggregate';
import { currencySymbol } from '../money/format-money';
import type { Money } from '../money/money';
import { currencyCode, toDecimalString } from '../money/money';

const SUFFIX = ['', 'k', 'm', 'bn', 'tn'];

/** The thousand-power group of a money's magnitude (0: units, 3: billions), at most 4. */
export function groupOf(value: Money): number {
  const whole = toDecimalString(value).replace('-', '').split('.')[0] ?? '0';
  if (whole === '0') return 0;
  return Math.min(4, Math.floor((whole.length - 1) / 3));
}

/** Money in compact form at a given group ("€0.58bn" at group 3), for display only. */
export function compactAt(value: Money, group: number): string {
  const text = toDecimalString(value);
  const negative = text.startsWith('-');
  const [int = '0', frac = ''] = text.replace('-', '').split('.');
  const shift = group * 3;
  const digits = int.padStart(shift + 1, '0') + frac;
  const point = digits.length - frac.length - shift;
  const decimal = `${digits.slice(0, point)}.${digits.slice(point)}`;
  const number = new Intl.NumberFormat('en-GB', {
    maximumFractionDigits: group === 0 ? 2 : 2,
    minimumFractionDigits: group === 0 && frac !== '' && /[1-9]/.test(frac) ? 2 : 0,
  } as Intl.NumberFormatOptions).format(decimal as unknown as number);
  const symbol = currencySymbol(currencyCode(value), 'en-GB');
  const gap = /^[A-Za-z]+$/.test(symbol) ? ' ' : '';
  return `${negative ? '-' : ''}${symbol}${gap}${number}${SUFFIX[group] ?? ''}`;
}

/** Money in compact form at its own group ("£500m"). */
export function compact(value: Money): string {
  return compactAt(value, groupOf(value));
}

/**
 * An interval as a person reads it: "£500m", "up to £11bn", "≥ $10bn", "€0.58bn – €13.26bn" (one
 * scale for both ends).
 */
export function formatInterval(interval: MoneyInterval): string {
  const { low, high } = interval;
  if (low === null && high === null) return 'unbounded';
  if (high === null) return `${interval.lowInclusive ? '≥' : '>'} ${compact(low as Money)}`;
  if (low === null) return `${interval.highInclusive ? '≤' : '<'} ${compact(high)}`;
  const lowText = toDecimalString(low, { trim: true });
  const highText = toDecimalString(high, { trim: true });
  if (lowText === highText) return compact(high);
  if (lowText === '0') return `${interval.highInclusive ? 'up to' : 'under'} ${compact(high)}`;
  const group = Math.max(groupOf(low), groupOf(high));
  return `${compactAt(low, group)} – ${compactAt(high, group)}`;
}

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
      ? `${converted.lowInclusive ? '≥' : '>'} ${compact(low)}; `
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
