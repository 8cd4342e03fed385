import { invalidArgument, optionalOneOf, readKnownOptions } from '../_lib/guards';
import { smallInt } from '../math/small';
import type { Money } from './money';
import { moneySnapshot, toDecimalString } from './money';

const NOTATIONS = ['standard', 'compact'] as const;
const DISPLAYS = ['symbol', 'narrowSymbol', 'code', 'name'] as const;

/** A well-formed BCP 47 tag (Intl would throw a RangeError later). */
function readLocale(value: unknown, path: string): string {
  if (value === undefined) return 'en-GB';
  if (typeof value === 'string' && value.length <= 100) {
    try {
      Intl.getCanonicalLocales(value);
      return value;
    } catch {
      // falls through to the argument error
    }
  }
  throw invalidArgument(path, 'a BCP 47 locale such as "en-GB" or "de-DE"', value);
}

/** Options for {@link formatMoney}. */
export interface FormatMoneyOptions {
  /** A BCP 47 locale. @defaultValue "en-GB" */
  readonly locale?: string;
  /** `standard` writes every digit; `compact` writes "£11bn", "12,68 Mrd. €". @defaultValue "standard" */
  readonly notation?: 'standard' | 'compact';
  /**
   * How to show the currency. The default `symbol` is the locale's unambiguous sign ("US$" in en-GB,
   * "$" in en-US, "£" in en-GB): the same in both notations. @defaultValue "symbol"
   */
  readonly currencyDisplay?: 'symbol' | 'narrowSymbol' | 'code' | 'name';
}

/** Intl turns values beyond a double's range into "∞": longer integer parts are written by reckon. */
const INTL_MAX_DIGITS = 300;
/** Intl writes at most 20 decimals in every engine reckon runs on. */
const INTL_MAX_DECIMALS = 20;

/**
 * Intl.NumberFormat objects cost far more to build than to use (a report page formats thousands of
 * amounts): the formats are kept by their options, at most FORMATS_KEPT of them.
 */
const formats = new Map<string, Intl.NumberFormat>();
const FORMATS_KEPT = 256;
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${options.currency}|${options.currencyDisplay}|${options.notation}|${options.minimumFractionDigits}|${options.maximumFractionDigits}`;
  let format = formats.get(key);
  if (format === undefined) {
    if (formats.size >= FORMATS_KEPT) formats.clear();
    format = new Intl.NumberFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

/** Intl's no-break (U+00A0) and narrow no-break (U+202F) spaces: reckon's text uses plain spaces. */
const INTL_SPACES = /[\u00a0\u202f]/g;
const plainSpaces = (text: string) => text.replace(INTL_SPACES, ' ');

/**
 * Formats money with `Intl.NumberFormat`, fed the exact decimal string (never a float). Standard
 * notation prints every digit at the money's scale: where Intl cannot (more than 20 decimals, or an
 * amount beyond a double's range, which it prints as "∞"), reckon writes the digits into Intl's layout
 * (sign, symbol, separators) itself. Compact notation ("£11bn") rounds to two decimals, as it is meant to.
 *
 * One rule for the text: the currency is shown as `currencyDisplay` says (default `symbol`, in both
 * notations), and every space is a plain space (U+0020) — Intl's no-break spaces are replaced, so
 * the text equals what you type in a test or a spreadsheet. Where a line must not break inside an
 * amount, use CSS `white-space: nowrap`. (`formatFigure` writes news-style text that `parseFigure`
 * reads back, with the same plain spaces.)
 *
 * @param value - the money
 * @param options - {@link FormatMoneyOptions}
 * @returns the text
 * @example
 * ```ts
 * formatMoney(money('11000000000', 'GBP'), { notation: 'compact' }); // '£11bn'
 * formatMoney(money('12680000000', 'EUR'), { locale: 'de-DE', notation: 'compact' }); // '12,68 Mrd. €'
 * formatMoney(money('12.5', 'EUR')); // '€12.50'
 * formatMoney(money('0.000000000000000000001', 'USD')); // 'US$0.000000000000000000001'
 * ```
 */
export function formatMoney(value: Money, options: FormatMoneyOptions = {}): string {
  const o = readKnownOptions(options, ['locale', 'notation', 'currencyDisplay'], 'formatMoney');
  const locale = readLocale(o.locale, 'options.locale');
  const notation = optionalOneOf(o.notation, NOTATIONS, 'options.notation');
  const currencyDisplay = optionalOneOf(o.currencyDisplay, DISPLAYS, 'options.currencyDisplay');
  const snapshot = moneySnapshot(value, 'value');
  const decimal = toDecimalString(value);
  const code = snapshot.currency.code;
  const negative = decimal.startsWith('-');
  const [int = '0', written = ''] = (negative ? decimal.slice(1) : decimal).split('.');
  // Zeros past the currency's own decimals say nothing: "€1.50", not "€1.5000".
  const exponent = smallInt(snapshot.currency.exponent);
  let end = written.length;
  while (end > exponent && written.charCodeAt(end - 1) === 48) end--;
  const frac = written.slice(0, end);
  if (notation === 'compact' && int.length <= INTL_MAX_DIGITS) {
    const format = numberFormat(locale, {
      style: 'currency',
      currency: code,
      currencyDisplay: currencyDisplay ?? 'symbol',
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 2,
    } as Intl.NumberFormatOptions);
    // Intl accepts decimal strings exactly (ECMA-402 "Intl.NumberFormat v3"); the lib typings lag behind.
    return plainSpaces(format.format(decimal as unknown as number));
  }
  const display = currencyDisplay ?? 'symbol';
  if (int.length <= INTL_MAX_DIGITS && frac.length <= INTL_MAX_DECIMALS) {
    return plainSpaces(
      numberFormat(locale, {
        style: 'currency',
        currency: code,
        currencyDisplay: display,
        notation: 'standard',
        minimumFractionDigits: frac.length,
        maximumFractionDigits: frac.length,
      }).format(decimal as unknown as number),
    );
  }
  // Beyond Intl: its layout for a sample amount, with reckon's digits in place of the sample's.
  const layout = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: code,
    currencyDisplay: display,
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).formatToParts(negative ? -1234567.5 : 1234567.5);
  const groupSep = layout.find((p) => p.type === 'group')?.value ?? '';
  const decimalSep = layout.find((p) => p.type === 'decimal')?.value ?? '.';
  let out = '';
  let wroteNumber = false;
  for (const part of layout) {
    if (
      part.type === 'integer' ||
      part.type === 'group' ||
      part.type === 'decimal' ||
      part.type === 'fraction'
    ) {
      if (wroteNumber) continue;
      wroteNumber = true;
      out += groupDigits(int, groupSep) + (frac ? decimalSep + frac : '');
    } else out += part.value;
  }
  return plainSpaces(out);
}

/** Digits grouped in threes from the right. @internal */
export function groupDigits(digits: string, separator: string): string {
  if (separator === '' || digits.length <= 3) return digits;
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let k = head; k < digits.length; k += 3) out += separator + digits.slice(k, k + 3);
  return out;
}
