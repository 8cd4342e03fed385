import type { DineroCurrency } from 'dinero.js/bigint';
import * as iso from 'dinero.js/bigint/currencies';
import { hasOwn, invalidArgument } from '../_lib/guards';
import { ReckonError } from '../errors/reckon-error';

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
 * @throws {@link ReckonError} `UNKNOWN_CURRENCY` when the code is not in ISO 4217
 * @example
 * ```ts
 * currency('JPY'); // { code: 'JPY', base: 10n, exponent: 0n }
 * ```
 */
export function currency<TCode extends string>(code: TCode): Currency<TCode> {
  if (typeof code !== 'string')
    throw invalidArgument('code', 'an ISO 4217 currency code such as "EUR"', code);
  const found = findCurrency(code);
  if (!found) {
    const hint = /^[a-z]{3}$/.test(code)
      ? ` (did you mean "${code.toUpperCase()}"? codes are upper case)`
      : '';
    throw new ReckonError('UNKNOWN_CURRENCY', `Unknown currency code "${code}"${hint}.`, { input: code });
  }
  return found as Currency<TCode>;
}

/**
 * Withdrawn ISO 4217 currencies that still appear in rate histories (the ECB's file has columns for
 * them) and in old filings: code → minor-unit exponent.
 */
const HISTORIC: Readonly<Record<string, bigint>> = {
  ATS: 2n,
  BEF: 0n,
  CYP: 2n,
  DEM: 2n,
  EEK: 2n,
  ESP: 0n,
  FIM: 2n,
  FRF: 2n,
  GRD: 0n,
  HRK: 2n,
  IEP: 2n,
  ITL: 0n,
  LTL: 2n,
  LUF: 0n,
  LVL: 2n,
  MTL: 2n,
  NLG: 2n,
  PTE: 0n,
  ROL: 2n,
  SIT: 2n,
  SKK: 2n,
  TRL: 0n,
};

/** The currencies handed out so far, by code: frozen copies, one per code. */
const frozenCopies = new Map<string, Currency>();

/**
 * Like {@link currency} but returns undefined for an unknown code.
 *
 * @example
 * ```ts
 * findCurrency('CHF')?.exponent; // 2n
 * findCurrency('XYZ'); // undefined
 * ```
 */
export function findCurrency(code: string): Currency | undefined {
  // Three upper-case letters first: no inherited key ("constructor", "__proto__") ever reaches a lookup.
  if (typeof code !== 'string' || !/^[A-Z]{3}$/.test(code)) return undefined;
  if (hasOwn(KNOWN, code)) return KNOWN[code as KnownCurrencyCode];
  let made = frozenCopies.get(code);
  if (made) return made;
  const found = hasOwn(iso, code) ? (iso as Record<string, Currency | undefined>)[code] : undefined;
  let exponent: bigint | undefined;
  if (found) exponent = found.base === 10n ? found.exponent : 2n;
  else if (hasOwn(HISTORIC, code)) exponent = HISTORIC[code];
  if (exponent === undefined) return undefined;
  // A frozen copy, the same on every call: a caller's change can never reach dinero's table or others.
  made = Object.freeze({ code, base: 10n, exponent });
  frozenCopies.set(code, made);
  return made;
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
  return findCurrency(code) !== undefined;
}
