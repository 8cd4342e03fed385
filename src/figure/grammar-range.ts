import {
  AMBIGUOUS_DOLLAR,
  type AmountMatch,
  type FigureMatch,
  type MatchFailure,
  type MatchOptions,
  type ResolvedAmount,
} from './grammar-types';
import type { Qualifier } from './types';

/** Shares currency and scale between the two ends of a range ("$1-2bn", "$4bn–5bn", "1 bis 2 Mrd. €"). */
export function resolveRange(a: AmountMatch, b: AmountMatch): [ResolvedAmount, ResolvedAmount] | undefined {
  const currency = a.currency ?? b.currency;
  if (!currency || (a.currency && b.currency && a.currency !== b.currency)) return undefined;
  const low = resolved(a, currency, a.scale ?? b.scale ?? 0);
  const high = resolved(b, currency, b.scale ?? a.scale ?? 0);
  return compareAmounts(low, high) <= 0 ? [low, high] : undefined;
}

/** Compares two amounts with known scales, exactly. */
function compareAmounts(a: ResolvedAmount, b: ResolvedAmount): number {
  const exp = Math.min(a.scale - a.frac.length, b.scale - b.frac.length);
  const units = (x: ResolvedAmount) => {
    const digits = BigInt(x.int + x.frac) * 10n ** BigInt(x.scale - x.frac.length - exp);
    return x.negative ? -digits : digits;
  };
  const d = units(a) - units(b);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/** Integer digits without leading zeros. @internal */
export function magnitude(a: AmountMatch): number {
  let k = 0;
  while (k < a.int.length - 1 && a.int.charCodeAt(k) === 48) k++;
  return a.int.length - k;
}

/** Four plain digits from 1900 to 2100. */
export function isYearText(text: string): boolean {
  return /^\d{4}$/.test(text) && text >= '1900' && text <= '2100';
}

/** A year as headlines write it: four plain digits between 1900 and 2100. @internal */
export function isYear(a: AmountMatch): boolean {
  return a.plain && !a.negative && a.int.length === 4 && a.int >= '1900' && a.int <= '2100';
}

const isBare = (a: AmountMatch) => a.currency === undefined && a.scale === undefined;

/**
 * Whether two amounts joined by a dash, "to", "bis" or "and" can be one range. A bare end (no currency,
 * no scale) must plausibly share the other end's: it is no year, and at most one digit shorter (low
 * end) or longer (high end) than the other. A bare low end is never taken before an amount that opens
 * with its own currency: "Part 3 – $5bn" and "Phase 2 to $5bn" are a heading and an amount, where a
 * range is written "$3–5bn" or "3 bis 5 Mrd. €".
 */
export function plausibleRange(a: AmountMatch, b: AmountMatch): boolean {
  if (isBare(a) && (b.currencyBefore || isYear(a) || magnitude(a) < magnitude(b) - 1)) return false;
  if (isBare(b) && (isYear(b) || magnitude(b) > magnitude(a) + 1)) return false;
  return true;
}

/** A single amount with its currency and scale, or undefined without a currency. @internal */
export function resolveSingle(a: AmountMatch): ResolvedAmount | undefined {
  if (a.currency === undefined) return undefined;
  a.scale ??= 0;
  return a as ResolvedAmount;
}

/** An amount with the currency and scale given. @internal */
export function resolved(a: AmountMatch, currency: string, scale: number): ResolvedAmount {
  return { ...a, currency, scale };
}

/** The figure match for a qualifier and its amounts, or why the "$" is no currency. @internal */
export function finish(
  qualifier: Qualifier,
  low: ResolvedAmount,
  high: ResolvedAmount | undefined,
  first: number,
  next: number,
  options: MatchOptions,
): FigureMatch | MatchFailure {
  if (low.currency === AMBIGUOUS_DOLLAR) {
    return { reason: 'a bare "$" names no currency (dollar: "ambiguous")', at: first };
  }
  const assumedCurrency = options.dollar === undefined && (low.bareDollar || high?.bareDollar === true);
  return high
    ? { qualifier, low, high, assumedCurrency, first, next }
    : { qualifier, low, assumedCurrency, first, next };
}
