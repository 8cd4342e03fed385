import { invalidArgument, optionalOneOf, readOptions } from '../_lib/guards';
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
  /** How to show the currency. @defaultValue "narrowSymbol" for compact, "symbol" otherwise */
  readonly currencyDisplay?: 'symbol' | 'narrowSymbol' | 'code' | 'name';
}

/**
 * Formats money with `Intl.NumberFormat`, fed the exact decimal string (never a float), so that
 * standard notation prints every digit of even the largest amount.
 *
 * @param value - the money
 * @param options - {@link FormatMoneyOptions}
 * @returns the text
 * @example
 * ```ts
 * formatMoney(money('11000000000', 'GBP'), { notation: 'compact' }); // '£11bn'
 * formatMoney(money('12680000000', 'EUR'), { locale: 'de-DE', notation: 'compact' }); // '12,68 Mrd. €'
 * formatMoney(money('12.5', 'EUR')); // '€12.50'
 * ```
 */
export function formatMoney(value: Money, options: FormatMoneyOptions = {}): string {
  const o = readOptions(options);
  const locale = readLocale(o.locale, 'options.locale');
  const compact = optionalOneOf(o.notation, NOTATIONS, 'options.notation') === 'compact';
  const display = optionalOneOf(o.currencyDisplay, DISPLAYS, 'options.currencyDisplay');
  const format = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: moneySnapshot(value, 'value').currency.code,
    currencyDisplay: display ?? (compact ? 'narrowSymbol' : 'symbol'),
    ...(compact ? { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 2 } : {}),
  } as Intl.NumberFormatOptions);
  // Intl accepts decimal strings exactly (ECMA-402 "Intl.NumberFormat v3"); the lib typings lag behind.
  return format.format(toDecimalString(value) as unknown as number);
}

/** The symbol a locale writes for a currency ("£", "$", "CHF"). @internal */
export function currencySymbol(code: string, locale: string): string {
  const parts = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: code,
    currencyDisplay: 'narrowSymbol',
  }).formatToParts(0);
  return parts.find((p) => p.type === 'currency')?.value ?? code;
}
