import { assertRecord, invalidArgument } from '../_lib/guards';
import { EN_WRITING } from '../figure/locales/en';
import { groupDigits } from './format-money';
import { currencyCode, type Money, moneySnapshot, toDecimalString } from './money';
import { writtenSign } from './written-sign';

/**
 * An interval of money: what {@link figureBounds} and aggregation's totals are (`FigureBounds`,
 * `MoneyInterval` and `ConvertedInterval` all fit). A `null` end is unbounded.
 */
export interface MoneyBounds {
  readonly low: Money | null;
  readonly high: Money | null;
  readonly lowInclusive: boolean;
  readonly highInclusive: boolean;
}

// The compact suffixes are formatFigure's English ones: one table.
const SUFFIX = EN_WRITING.format.scaleSuffixes;

/** The thousand-power group of a money's magnitude (0: units, 3: billions), at most 4. @internal */
export function groupOf(value: Money): number {
  const whole = toDecimalString(value).replace('-', '').split('.')[0] ?? '0';
  if (whole === '0') return 0;
  return Math.min(4, Math.floor((whole.length - 1) / 3));
}

/**
 * Money in compact form at a given group ("€0.58bn" at group 3), for display only: at most two
 * decimals, rounded half away from zero, every digit of the whole part written (no float, so no
 * "€∞" beyond 1.8e308), and the currency's unambiguous sign ("A$", "CN¥", "SEK").
 * @internal
 */
export function compactAt(value: Money, group: number): string {
  const text = toDecimalString(value);
  const negative = text.startsWith('-');
  const [int = '0', frac = ''] = text.replace('-', '').split('.');
  const shift = group * 3;
  const digits = int.padStart(shift + 1, '0') + frac;
  const point = digits.length - frac.length - shift;
  // Hundredths of the compact unit, rounded half away from zero from the exact digits.
  const kept = BigInt(`${digits.slice(0, point)}${digits.slice(point, point + 2).padEnd(2, '0')}`);
  const next = digits[point + 2];
  const hundredths = kept + (next !== undefined && next >= '5' ? 1n : 0n);
  const whole = (hundredths / 100n).toString();
  const cents = (hundredths % 100n).toString().padStart(2, '0');
  // Whole units show two decimals only when they have some (€12.50 beside €12); compact units trim.
  const decimals = group === 0 && frac !== '' && /[1-9]/.test(frac) ? cents : cents.replace(/0+$/, '');
  const number = `${groupDigits(whole, ',')}${decimals === '' ? '' : `.${decimals}`}`;
  const symbol = writtenSign(currencyCode(value));
  const gap = /^[A-Za-z]+$/.test(symbol) ? ' ' : '';
  return `${negative ? '-' : ''}${symbol}${gap}${number}${SUFFIX[group] ?? ''}`;
}

/** Money in compact form at its own group ("£500m"). @internal */
export function compact(value: Money): string {
  return compactAt(value, groupOf(value));
}

function readBounds(interval: MoneyBounds): MoneyBounds {
  const r = assertRecord(interval, 'interval');
  for (const end of ['low', 'high'] as const) {
    if (r[end] !== null) moneySnapshot(r[end], `interval.${end}`);
  }
  for (const flag of ['lowInclusive', 'highInclusive'] as const) {
    if (typeof r[flag] !== 'boolean') throw invalidArgument(`interval.${flag}`, 'true or false', r[flag]);
  }
  const { low, high } = r as unknown as MoneyBounds;
  if (low !== null && high !== null && currencyCode(low) !== currencyCode(high)) {
    throw invalidArgument('interval.high', `money in ${currencyCode(low)}, as interval.low`, high);
  }
  return r as unknown as MoneyBounds;
}

/**
 * Writes an interval of money as a person reads it, compact and in English: "£500m", "up to £11bn",
 * "≥ $10bn", "€0.58bn – €13.26bn" (one scale for both ends), "unbounded". For display only: the
 * numbers are rounded to two decimals of their scale (use {@link toDecimalString} for exact values).
 * The CLI's report writes totals this way.
 *
 * @param interval - {@link MoneyBounds}: a `FigureBounds`, a `MoneyInterval` or a `ConvertedInterval`
 * @returns the interval in words
 * @throws {@link ReckonError} `INVALID_ARGUMENT` when an end is not money or null, a flag is not a
 *   boolean, or the ends are in different currencies
 * @example
 * ```ts
 * import { figureBounds, formatInterval, parseFigure } from 'reckon';
 *
 * console.log(formatInterval(figureBounds(parseFigure('up to £11bn')))); // → up to £11bn
 * console.log(formatInterval(figureBounds(parseFigure('£11bn'), { view: 'rounding' }))); // → £10.5bn – £11.5bn
 * ```
 */
export function formatInterval(interval: MoneyBounds): string {
  const { low, high, lowInclusive, highInclusive } = readBounds(interval);
  if (low === null && high === null) return 'unbounded';
  if (high === null) return `${lowInclusive ? '≥' : '>'} ${compact(low as Money)}`;
  if (low === null) return `${highInclusive ? '≤' : '<'} ${compact(high)}`;
  const lowText = toDecimalString(low, { trim: true });
  const highText = toDecimalString(high, { trim: true });
  if (lowText === highText) return compact(high);
  if (lowText === '0') return `${highInclusive ? 'up to' : 'under'} ${compact(high)}`;
  const group = Math.max(groupOf(low), groupOf(high));
  return `${compactAt(low, group)} – ${compactAt(high, group)}`;
}
