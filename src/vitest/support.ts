/** What the matchers share: vitest's context and result, and the words of a failure message. */
import { describeValue, isRecord, unknownOptionIn } from '../_lib/guards';
import { isReckonError, type ReckonError } from '../errors/reckon-error';
import { assertFigure } from '../figure/figure-allows';
import type { Figure } from '../figure/types';
import { formatMoney } from '../money/format-money';
import { currencyCode, type Money } from '../money/money';

/** What vitest passes a matcher as `this` (the part reckon uses). */
export interface MatcherContext {
  readonly isNot: boolean;
}

/** What a matcher returns to vitest. */
export interface MatcherResult {
  readonly pass: boolean;
  readonly message: () => string;
  readonly actual?: unknown;
  readonly expected?: unknown;
}

/** Whether a value looks like a figure (a money amount and quantum, a qualifier). @internal */
export function isFigure(value: unknown): value is Figure {
  try {
    assertFigure(value, 'figure');
    return true;
  } catch (error) {
    if (isReckonError(error)) return false;
    throw error;
  }
}

/** What a value is, for a failure message: never "NaN", "[object Object]" or a function's source. @internal */
export function kind(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return 'a number that is not finite';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const keys = Object.keys(value).slice(0, 6);
    return keys.length > 0 ? `an object with ${keys.join(', ')}` : 'an object without keys';
  }
  return describeValue(value);
}

/** The value an error's `details.path` ("options.view") names among the matcher's arguments. @internal */
export function at(roots: Readonly<Record<string, unknown>>, path: string): unknown {
  let value: unknown = roots;
  for (const key of path.split(/[.[\]]/).filter(Boolean)) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** A library error as a failure message: the argument path, what it must be and what it got. @internal */
export function why(error: ReckonError, roots: Readonly<Record<string, unknown>>): string {
  const { path, expected } = error.details;
  if (typeof path === 'string' && typeof expected === 'string') {
    return `${path} must be ${expected}, got ${kind(at(roots, path))}`;
  }
  return error.message;
}

/**
 * Checks an options argument (no key but the `known` ones of the matcher `fn`) and its number-valued
 * and boolean keys; returns what is wrong, or undefined. @internal
 */
export function badOptions(
  options: unknown,
  numbers: readonly string[],
  booleans: readonly string[],
  known: readonly string[],
  fn: string,
) {
  if (options === undefined) return undefined;
  if (!isRecord(options)) return `options must be an options object or undefined, got ${kind(options)}`;
  const unknown = unknownOptionIn(options, known, fn);
  if (unknown) return unknown.message;
  for (const key of numbers) {
    const x = options[key];
    if (x !== undefined && (typeof x !== 'number' || !Number.isFinite(x) || x < 0)) {
      return `options.${key} must be a finite number of basis points (0 or more), got ${kind(x)}`;
    }
  }
  for (const key of booleans) {
    const x = options[key];
    if (x !== undefined && typeof x !== 'boolean') {
      return `options.${key} must be true, false or undefined, got ${kind(x)}`;
    }
  }
  return undefined;
}

/**
 * A failure whatever the polarity: with `.not`, vitest fails on `pass: true`, so a matcher that cannot
 * judge returns `pass: this.isNot` and never lets a negative assertion pass on nothing.
 * @internal
 */
export function cannotJudge(context: MatcherContext, message: string): MatcherResult {
  return { pass: context.isNot, message: () => message };
}

/** Money for a failure message: formatted, with its currency code. @internal */
export const show = (m: Money) => `${formatMoney(m)} (${currencyCode(m)})`;
