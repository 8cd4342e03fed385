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
 * How a compact end is rounded: `nearest` (half away from zero) for a point; `floor` (towards −∞) for
 * a lower end and `ceiling` (towards +∞) for an upper end, so the interval written holds the interval
 * computed (review4 K5). @internal
 */
export type Rounding = 'nearest' | 'floor' | 'ceiling';

/**
 * Money in compact form at a given group ("€0.58bn" at group 3), for display only, every digit of the
 * whole part written (no float, so no "€∞" beyond 1.8e308), and the currency's unambiguous sign ("A$",
 * "CN¥", "SEK"). `nearest` writes at most two decimals, rounded half away from zero; `floor` and
 * `ceiling` write the exact value when it needs at most three ("£1.145bn"), else two decimals rounded
 * outward ("€77.85bn" for €77,854,629,799.74 as a lower end).
 * @internal
 */
export function compactAt(value: Money, group: number, rounding: Rounding = 'nearest'): string {
  const text = toDecimalString(value);
  const negative = text.startsWith('-');
  const [int = '0', frac = ''] = text.replace('-', '').split('.');
  const shift = group * 3;
  const digits = int.padStart(shift + 1, '0') + frac;
  const point = digits.length - frac.length - shift;
  const rest = digits.slice(point).replace(/0+$/, '');
  // An outward end exact at three decimals is written so: "£1.145bn – £1.155bn", not "£1.14bn – £1.16bn".
  const places = rounding !== 'nearest' && rest.length > 2 && rest.length <= 3 ? 3 : 2;
  const unit = 10n ** BigInt(places);
  const kept = BigInt(`${digits.slice(0, point)}${digits.slice(point, point + places).padEnd(places, '0')}`);
  const dropped = digits.slice(point + places);
  // Away from zero: half up for nearest; any dropped digit for an outward end pointing away from zero
  // (a ceiling of a positive value, a floor of a negative one).
  const away =
    rounding === 'nearest'
      ? dropped !== '' && dropped[0] !== undefined && dropped[0] >= '5'
      : (rounding === 'ceiling') !== negative && /[1-9]/.test(dropped);
  const scaled = kept + (away ? 1n : 0n);
  const whole = (scaled / unit).toString();
  const decimalsText = (scaled % unit).toString().padStart(places, '0');
  // Whole units show two decimals only when they have some (€12.50 beside €12); compact units trim.
  const decimals = group === 0 && /[1-9]/.test(frac) ? decimalsText : decimalsText.replace(/0+$/, '');
  const number = `${groupDigits(whole, ',')}${decimals === '' ? '' : `.${decimals}`}`;
  const symbol = writtenSign(currencyCode(value));
  const gap = /^[A-Za-z]+$/.test(symbol) ? ' ' : '';
  const zero = scaled === 0n;
  return `${negative && !zero ? '-' : ''}${symbol}${gap}${number}${SUFFIX[group] ?? ''}`;
}

/** Money in compact form at its own group ("£500m"). @internal */
export function compact(value: Money, rounding: Rounding = 'nearest'): string {
  return compactAt(value, groupOf(value), rounding);
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
 * "≥ $10bn", "€0.57bn – €13.26bn" (one scale for both ends), "unbounded". For display only, but the
 * interval written always holds the interval given: a lower end is rounded down and an upper end up,
 * at two decimals of their scale, or written exactly when three decimals suffice ("£1.145bn –
 * £1.155bn", not "£1.15bn – £1.16bn"); one point is rounded half away from zero. Use
 * {@link toDecimalString} for exact values. The CLI's report writes totals this way.
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
  if (high === null) return `${lowInclusive ? '≥' : '>'} ${compact(low as Money, 'floor')}`;
  if (low === null) return `${highInclusive ? '≤' : '<'} ${compact(high, 'ceiling')}`;
  const lowText = toDecimalString(low, { trim: true });
  const highText = toDecimalString(high, { trim: true });
  if (lowText === highText) return compact(high);
  if (lowText === '0') return `${highInclusive ? 'up to' : 'under'} ${compact(high, 'ceiling')}`;
  const group = Math.max(groupOf(low), groupOf(high));
  return `${compactAt(low, group, 'floor')} – ${compactAt(high, group, 'ceiling')}`;
}
