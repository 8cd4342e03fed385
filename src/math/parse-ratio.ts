import { DECIMAL } from '../_lib/decimal';
import { assertString } from '../_lib/guards';
import { safely } from '../_lib/safe';
import { preview, ReckonError } from '../errors/reckon-error';
import type { SafeResult } from '../errors/safe-result';
import { type Ratio, ratio, ratioDiv, ratioMul } from './ratio-arithmetic';

/**
 * Reads a plain decimal string ("0.8675", "-12", "1.5") exactly, by the one rule ({@link DECIMAL}): no
 * plus sign, exponent or grouping.
 *
 * @param text - the decimal
 * @returns the ratio, or undefined when `text` is not a plain decimal
 * @internal
 */
export function parseDecimalRatio(text: string): Ratio | undefined {
  const m = DECIMAL.exec(text);
  if (!m) return undefined;
  const frac = m[3] ?? '';
  const n = BigInt((m[2] ?? '') + frac);
  return ratio(m[1] === '-' ? -n : n, 10n ** BigInt(frac.length));
}

/**
 * Reads "n/d" or a plain decimal string, or undefined when it is neither (or `d` is zero): for reckon's
 * own stored values, which are checked where they come in.
 * @internal
 */
export function readRatio(text: string): Ratio | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return parseDecimalRatio(text);
  const n = /^-?\d+$/.test(text.slice(0, slash)) ? BigInt(text.slice(0, slash)) : undefined;
  const d = /^\d+$/.test(text.slice(slash + 1)) ? BigInt(text.slice(slash + 1)) : undefined;
  if (n === undefined || d === undefined || d === 0n) return undefined;
  return ratio(n, d);
}

/**
 * Reads "n/d" or a plain decimal string exactly, as {@link ratioToString} writes them.
 *
 * @param text - "0.8675", "-12", "1000/867" …
 * @returns the ratio in lowest terms
 * @throws {@link ReckonError} `INVALID_RATES` when `text` is not a plain decimal or "n/d" with a
 *   denominator that is not zero (a ratio written in text is data, as a rate in a file is);
 *   `INVALID_ARGUMENT` when `text` is not a string
 * @example
 * ```ts
 * parseRatio('400/347'); // { n: 400n, d: 347n }
 * parseRatio('0.8675'); // { n: 347n, d: 400n }
 * ```
 */
export function parseRatio(text: string): Ratio {
  assertString(text, 'text');
  const value = readRatio(text);
  if (value === undefined) {
    throw new ReckonError(
      'INVALID_RATES',
      `"${preview(text)}" is not an exact number: expected a plain decimal ("0.8675") or "n/d" ("400/347").`,
      { input: preview(text) },
    );
  }
  return value;
}

/**
 * {@link parseRatio} without throwing.
 *
 * @param text - "0.8675", "1000/867" …
 * @returns `{ success: true, output }` with the ratio, or `{ success: false, issues }` with the code
 *   `INVALID_RATES` (`INVALID_ARGUMENT` when `text` is not a string)
 * @example
 * ```ts
 * const r = safeParseRatio('1/0');
 * if (!r.success) r.issues[0]?.code; // 'INVALID_RATES'
 * ```
 */
export function safeParseRatio(text: string): SafeResult<Ratio> {
  return safely(() => parseRatio(text));
}

/**
 * Reads a finite JavaScript number given by a caller (a tolerance in basis points) exactly as written.
 * @throws {@link ReckonError} `INVALID_ARGUMENT` for NaN or infinities
 */
export function ratioFromNumber(value: number, name: string): Ratio {
  if (!Number.isFinite(value)) {
    throw new ReckonError('INVALID_ARGUMENT', `${name} must be a finite number, got ${value}.`);
  }
  const text = String(value);
  const exp = /^(-?\d+(?:\.\d+)?)e([+-]\d+)$/.exec(text);
  if (exp) {
    const base = parseDecimalRatio(exp[1] ?? '0') ?? ratio(0n);
    const e = BigInt(exp[2] ?? '0');
    return e >= 0n ? ratioMul(base, ratio(10n ** e)) : ratioDiv(base, ratio(10n ** -e));
  }
  return parseDecimalRatio(text) ?? ratio(0n);
}
