import type { DineroCurrency } from 'dinero.js/bigint';
import { hasOwn, invalidArgument } from '../_lib/guards';
import { safely } from '../_lib/safe';
import { ReckonError } from '../errors/reckon-error';
import type { SafeResult } from '../errors/safe-result';

/** A currency as dinero.js describes it, with bigint base and exponent and its ISO 4217 code. */
export type Currency<TCode extends string = string> = DineroCurrency<bigint, TCode>;

/** US dollar, with a literal code so that mixing it with another currency fails to compile. */
export const USD = /* @__PURE__ */ Object.freeze({
  code: 'USD',
  base: 10n,
  exponent: 2n,
} as const) satisfies Currency<'USD'>;
/** Pound sterling, with a literal code. */
export const GBP = /* @__PURE__ */ Object.freeze({
  code: 'GBP',
  base: 10n,
  exponent: 2n,
} as const) satisfies Currency<'GBP'>;
/** Euro, with a literal code. */
export const EUR = /* @__PURE__ */ Object.freeze({
  code: 'EUR',
  base: 10n,
  exponent: 2n,
} as const) satisfies Currency<'EUR'>;

/** The codes reckon gives literal types to; any other ISO 4217 code works at run time as `string`. */
export type KnownCurrencyCode = 'USD' | 'GBP' | 'EUR';

const KNOWN: Readonly<Record<KnownCurrencyCode, Currency<KnownCurrencyCode>>> = { USD, GBP, EUR };

/**
 * Looks up an ISO 4217 currency by its code (upper case, three letters), from dinero.js's table, and
 * the withdrawn currencies that rate histories still hold (CYP, DEM, LTL, TRL …).
 *
 * The Malagasy ariary and the Mauritanian ouguiya, which dinero.js models with base 5, are given as
 * decimal currencies with two places, as they are written in practice.
 *
 * @param code - "EUR", "GBP", "JPY" …
 * @returns the currency
 * @throws {@link ReckonError} `UNKNOWN_CURRENCY` when the code is not in ISO 4217; `INVALID_ARGUMENT`
 *   when `code` is not a string. {@link safeCurrency} returns the same as a result.
 * @example
 * ```ts
 * currency('JPY'); // { code: 'JPY', base: 10n, exponent: 0n }
 * ```
 */
export function currency<TCode extends string>(code: TCode): Currency<TCode> {
  if (typeof code !== 'string')
    throw invalidArgument('code', 'an ISO 4217 currency code such as "EUR"', code);
  const found = knownCurrency(code);
  if (!found) {
    const hint = /^[a-z]{3}$/.test(code)
      ? ` (did you mean "${code.toUpperCase()}"? codes are upper case)`
      : '';
    throw new ReckonError('UNKNOWN_CURRENCY', `Unknown currency code "${code}"${hint}.`, { input: code });
  }
  return found as Currency<TCode>;
}

/**
 * The ISO 4217 codes, by the exponent of their minor unit (index 0 to 4): dinero.js's table as of
 * dinero.js 2.0, written compactly (a test compares it with dinero's, code by code), with the Malagasy
 * ariary and the Mauritanian ouguiya at 2, and the withdrawn currencies that rate histories (the ECB's
 * file has columns for them) and old filings still hold.
 */
const CODES_BY_EXPONENT: readonly string[] = [
  // dinero's, then the withdrawn BEF, ESP, GRD, ITL, LUF, PTE, TRL
  'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF BEF ESP GRD ITL LUF PTE TRL',
  '',
  // dinero's (MGA and MRU among them), then the withdrawn ATS … SKK
  'AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD ' +
    'CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL ' +
    'GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR ' +
    'LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD ' +
    'PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC ' +
    'SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XAD XCD XCG YER ZAR ' +
    'ZMW ZWG ATS CYP DEM EEK FIM FRF HRK IEP LTL LVL MTL NLG ROL SIT SKK',
  'BHD IQD JOD KWD LYD OMR TND',
  'CLF UYW',
];

/** Code → exponent, built from {@link CODES_BY_EXPONENT} on first use. */
let exponents: Map<string, bigint> | undefined;

function exponentOf(code: string): bigint | undefined {
  if (!exponents) {
    exponents = new Map();
    for (const [exponent, codes] of CODES_BY_EXPONENT.entries()) {
      for (const c of codes.split(' ')) if (c) exponents.set(c, BigInt(exponent));
    }
  }
  return exponents.get(code);
}

/** The currencies handed out so far, by code: frozen copies, one per code. */
const frozenCopies = new Map<string, Currency>();

/**
 * The currency with this code, or undefined: the lookup behind {@link currency} and
 * {@link isCurrencyCode}, for reckon's own checks. @internal
 */
export function knownCurrency(code: string): Currency | undefined {
  // Three upper-case letters first: no inherited key ("constructor", "__proto__") ever reaches a lookup.
  if (typeof code !== 'string' || !/^[A-Z]{3}$/.test(code)) return undefined;
  if (hasOwn(KNOWN, code)) return KNOWN[code as KnownCurrencyCode];
  let made = frozenCopies.get(code);
  if (made) return made;
  const exponent = exponentOf(code);
  if (exponent === undefined) return undefined;
  // A frozen copy, the same on every call: a caller's change can never reach dinero's table or others.
  made = Object.freeze({ code, base: 10n, exponent });
  frozenCopies.set(code, made);
  return made;
}

/**
 * {@link currency} without throwing.
 *
 * @param code - "EUR", "GBP", "JPY" …
 * @returns `{ success: true, output }` with the currency, or `{ success: false, issues }` with the code
 *   `UNKNOWN_CURRENCY` (`INVALID_ARGUMENT` when `code` is not a string)
 * @example
 * ```ts
 * const r = safeCurrency('CHF');
 * if (r.success) r.output.exponent; // 2n
 * safeCurrency('XYZ').success; // false
 * ```
 */
export function safeCurrency<TCode extends string>(code: TCode): SafeResult<Currency<TCode>> {
  return safely(() => currency(code));
}

/**
 * Whether `code` is an ISO 4217 code reckon knows.
 *
 * @example
 * ```ts
 * isCurrencyCode('EUR'); // true
 * ```
 */
export function isCurrencyCode(code: string): boolean {
  return knownCurrency(code) !== undefined;
}
