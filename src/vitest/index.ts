/**
 * Vitest matchers for checking reported figures in your own tests.
 *
 * ```ts
 * // vitest.setup.ts (listed in vitest.config.ts under test.setupFiles)
 * import { expect } from 'vitest';
 * import { reckonMatchers } from 'reckon/vitest';
 * expect.extend(reckonMatchers);
 * ```
 *
 * @packageDocumentation
 * @module reckon/vitest
 */
import type { ExpectStatic } from 'vitest';
import { describeValue, invalidArgument, isRecord } from '../_lib/guards';
import {
  type CheckConversionOptions,
  type ConversionVerdict,
  checkConversion,
} from '../conversion/check-conversion';
import { explainVerdict } from '../conversion/explain';
import { moneyRatio } from '../conversion/implied-rate';
import type { ConversionSnapshot } from '../conversion/snapshot';
import { isReckonError, type ReckonError } from '../errors/reckon-error';
import type { FigureBoundsOptions } from '../figure/bounds';
import { allowsWithBounds, assertFigure } from '../figure/figure-allows';
import { formatFigure } from '../figure/format-figure';
import type { Figure } from '../figure/types';
import { formatMoney } from '../money/format-money';
import type { Money } from '../money/money';
import { currencyCode } from '../money/money';
import { isMoney, moneyEquals } from '../money/money-equals';
import { type RatesLike, toRateProvider } from '../rates/to-provider';

/** Options for `toBeConsistentConversion`. */
export interface ConsistentConversionOptions extends CheckConversionOptions {
  /** Pass only `consistent`, not `withinTolerance`. @defaultValue false */
  readonly strict?: boolean;
}

/** The rates matchers use when a test gives none. */
let defaultRates: RatesLike | undefined;

/**
 * Sets the rates `toBeConsistentConversion` uses when a test passes none (for example the ECB history,
 * loaded once in a setup file).
 *
 * @param rates - a provider, a rate or a list of rates; undefined to clear
 * @example
 * ```ts
 * setDefaultRates(parseEcbCsv(readFileSync('eurofxref-hist.csv', 'utf8')));
 * ```
 */
export function setDefaultRates(rates: RatesLike | undefined): void {
  defaultRates = rates;
}

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

function isFigure(value: unknown): value is Figure {
  try {
    assertFigure(value, 'figure');
    return true;
  } catch (error) {
    if (isReckonError(error)) return false;
    throw error;
  }
}

/** What a value is, for a failure message: never "NaN", "[object Object]" or a function's source. */
function kind(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return 'a number that is not finite';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const keys = Object.keys(value).slice(0, 6);
    return keys.length > 0 ? `an object with ${keys.join(', ')}` : 'an object without keys';
  }
  return describeValue(value);
}

/** The value an error's `details.path` ("options.view") names among the matcher's arguments. */
function at(roots: Readonly<Record<string, unknown>>, path: string): unknown {
  let value: unknown = roots;
  for (const key of path.split(/[.[\]]/).filter(Boolean)) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** A library error as a failure message: the argument path, what it must be and what it got. */
function why(error: ReckonError, roots: Readonly<Record<string, unknown>>): string {
  const { path, expected } = error.details;
  if (typeof path === 'string' && typeof expected === 'string') {
    return `${path} must be ${expected}, got ${kind(at(roots, path))}`;
  }
  return error.message;
}

/** Checks an options argument and its number-valued keys; returns what is wrong, or undefined. */
function badOptions(options: unknown, numbers: readonly string[], booleans: readonly string[]) {
  if (options === undefined) return undefined;
  if (!isRecord(options)) return `options must be an options object or undefined, got ${kind(options)}`;
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
 */
function cannotJudge(context: MatcherContext, message: string): MatcherResult {
  return { pass: context.isNot, message: () => message };
}

const show = (m: Money) => `${formatMoney(m)} (${currencyCode(m)})`;

/**
 * The matchers, to register with `expect.extend(reckonMatchers)`:
 *
 * - `expect(snapshot).toBeConsistentConversion(rates?, options?)`: passes for `consistent` (and
 *   `withinTolerance` unless `{ strict: true }`); a failure says why, in words. `.not` passes only on a
 *   definite `inconsistent` verdict: without rates, without a fix in the window, or when the digits are
 *   too coarse to tell, both `toBeConsistentConversion` and `.not.toBeConsistentConversion` fail
 * - `expect(money).toEqualMoney(expected)`: same currency and amount, whatever the scale
 * - `expect(figure).toAllow(money, { view? })`: the amount lies within the figure's bounds
 *
 * Given something that is not a conversion, figure or money, a matcher fails (with or without `.not`)
 * and says what it got.
 *
 * @example
 * ```ts
 * expect({ from: parseFigure('£11bn'), to: parseFigure('€12.68bn'), publishedDate: '2025-09-18' })
 *   .toBeConsistentConversion(ecbRates);
 * expect({ from: parseFigure('£11bn'), to: parseFigure('€14bn'), publishedDate: '2025-09-18' })
 *   .not.toBeConsistentConversion(ecbRates); // inconsistent, definitely
 * expect(money('12.5', 'EUR')).toEqualMoney(money('12.50', 'EUR'));
 * expect(parseFigure('up to £11bn')).toAllow(money('500000000', 'GBP'));
 * ```
 */
export const reckonMatchers = {
  toBeConsistentConversion(
    this: MatcherContext,
    received: unknown,
    rates?: RatesLike,
    options: ConsistentConversionOptions = {},
  ): MatcherResult {
    const name = `${this.isNot ? '.not' : ''}.toBeConsistentConversion`;
    const snapshot = received as Partial<ConversionSnapshot> | null;
    if (
      typeof snapshot !== 'object' ||
      snapshot === null ||
      !isFigure(snapshot.from) ||
      !isFigure(snapshot.to)
    ) {
      return cannotJudge(
        this,
        `${name} expects a conversion { from: Figure, to: Figure, eventDate?, publishedDate? } (parseFigure gives figures); got ${kind(received)}`,
      );
    }
    const use = rates ?? defaultRates;
    if (use === undefined) {
      return cannotJudge(
        this,
        `${name} needs rates: pass them, or call setDefaultRates() in a setup file (without rates nothing is checked)`,
      );
    }
    const wrong = badOptions(options, ['toleranceBps', 'maxResolutionBps'], ['strict', 'assumeSourceExact']);
    if (wrong !== undefined) return cannotJudge(this, `${name}: ${wrong}`);
    const list: unknown = use;
    if (Array.isArray(list) && !list.every((r: unknown) => isRecord(r))) {
      return cannotJudge(
        this,
        `${name}: every rate in the list must be a rate object { base, quote, value, date }`,
      );
    }
    let verdict: ConversionVerdict;
    try {
      verdict = checkConversion(snapshot as ConversionSnapshot, toRateProvider(use), options);
    } catch (error) {
      if (!isReckonError(error)) throw error;
      return cannotJudge(
        this,
        `${name} could not check the conversion: ${why(error, { snapshot, rates: use, options })}`,
      );
    }
    const explained = explainVerdict(verdict);
    const reason =
      verdict.reasons.length > 0 ? `${verdict.status}: ${verdict.reasons.join(', ')}` : verdict.status;
    if (this.isNot) {
      // Negative: only a definite "inconsistent" passes; "cannot tell" is not "wrong".
      const inconsistent = verdict.status === 'inconsistent';
      return {
        pass: !inconsistent,
        message: () =>
          verdict.status === 'indeterminate'
            ? `expected an inconsistent conversion, but the rates cannot tell (${reason}), so nothing was shown wrong: ${explained}`
            : `expected an inconsistent conversion, but it is ${reason}: ${explained}`,
        actual: reason,
        expected: 'inconsistent',
      };
    }
    const ok = verdict.status === 'consistent' || (!options.strict && verdict.status === 'withinTolerance');
    return {
      pass: ok,
      message: () => `expected a consistent conversion, but it is ${reason}: ${explained}`,
      actual: reason,
      expected: options.strict ? 'consistent' : 'consistent or withinTolerance',
    };
  },

  toEqualMoney(this: MatcherContext, received: unknown, expected: unknown): MatcherResult {
    const name = `${this.isNot ? '.not' : ''}.toEqualMoney`;
    if (!isMoney(received)) {
      return cannotJudge(
        this,
        `${name} expects money (money('12.5', 'EUR'), a dinero.js object); got ${kind(received)}`,
      );
    }
    if (!isMoney(expected)) {
      return cannotJudge(
        this,
        `${name} needs money to compare with (money('12.5', 'EUR')); got ${kind(expected)}`,
      );
    }
    const exact = (m: Money) => {
      const r = moneyRatio(m);
      return `${currencyCode(m)} ${r.n}/${r.d}`;
    };
    return {
      pass: moneyEquals(received, expected),
      message: () => `expected ${show(received)} ${this.isNot ? 'not ' : ''}to equal ${show(expected)}`,
      actual: exact(received),
      expected: exact(expected),
    };
  },

  toAllow(
    this: MatcherContext,
    received: unknown,
    value: unknown,
    options: FigureBoundsOptions = {},
  ): MatcherResult {
    const name = `${this.isNot ? '.not' : ''}.toAllow`;
    if (!isFigure(received)) {
      return cannotJudge(
        this,
        `${name} expects a figure (parseFigure('up to £11bn')); got ${kind(received)}`,
      );
    }
    if (!isMoney(value)) {
      return cannotJudge(this, `${name} needs money to test (money('500000000', 'GBP')); got ${kind(value)}`);
    }
    const text = formatFigure(received);
    const not = this.isNot ? 'not ' : '';
    if (currencyCode(received.amount) !== currencyCode(value)) {
      return cannotJudge(this, `expected ${text} ${not}to allow ${show(value)}, but the currencies differ`);
    }
    let pass: boolean;
    let range: string;
    try {
      const checked = allowsWithBounds(received, value, options);
      pass = checked.allows;
      const b = checked.bounds;
      range = `${b.lowInclusive ? '[' : '('}${b.low ? formatMoney(b.low) : '−∞'}, ${b.high ? formatMoney(b.high) : '∞'}${b.highInclusive ? ']' : ')'}`;
    } catch (error) {
      if (!isReckonError(error)) throw error;
      return cannotJudge(this, `${name}: ${why(error, { figure: received, value, options })}`);
    }
    return {
      pass,
      message: () =>
        `expected ${text} ${not}to allow ${show(value)}: its ${options.view ?? 'nominal'} bounds are ${range}`,
    };
  },
};

/**
 * What a reckon matcher returns on the assertion `A` it is called on: whatever vitest's own `toEqual`
 * returns there, so `void` on `expect(x)` and `Promise<void>` after `.resolves`, `.rejects` or
 * `expect.poll` (await those).
 *
 * @typeParam A - the assertion (`expect(x)`, `expect(x).not`, `expect(p).resolves` …)
 * @example
 * ```ts
 * type OnExpect = MatcherReturn<ReturnType<typeof expect>>; // void
 * type OnPoll = MatcherReturn<ReturnType<typeof expect.poll>>; // Promise<void>
 * ```
 */
// biome-ignore lint/suspicious/noConfusingVoidType: vitest's own matchers return void
export type MatcherReturn<A> = A extends { toEqual: (...args: never[]) => infer R } ? R : void;

/**
 * The types of {@link reckonMatchers}. Importing `reckon/vitest` (as the setup file does) merges them
 * into vitest's `Matchers`, so `expect(x).toEqualMoney(…)` type-checks in every file of a TypeScript
 * program that also holds the setup file: list the setup file in the tsconfig `include`.
 *
 * Works with vitest 4 (`Matchers<T>`) and 5 (`Matchers<R, T>`): the merged declaration has no type
 * parameters (so it fits both), and each matcher reads its return type from the assertion it is called
 * on ({@link MatcherReturn}).
 *
 * @example
 * ```ts
 * // vitest.setup.ts, listed in vitest.config.ts (test.setupFiles) and in tsconfig.json ("include")
 * import { expect } from 'vitest';
 * import { reckonMatchers } from 'reckon/vitest';
 * expect.extend(reckonMatchers);
 *
 * // any test
 * expect(money('12.5', 'EUR')).toEqualMoney(money('12.50', 'EUR'));
 * await expect(Promise.resolve(money('1', 'EUR'))).resolves.toEqualMoney(money('1', 'EUR'));
 * ```
 */
export interface ReckonMatchers {
  /**
   * Passes when the reported conversion is consistent with the rates (or within tolerance). With `.not`,
   * passes only when it is definitely inconsistent.
   */
  toBeConsistentConversion<A>(
    this: A,
    rates?: RatesLike,
    options?: ConsistentConversionOptions,
  ): MatcherReturn<A>;
  /** Passes for the same currency and amount, whatever the scale. */
  toEqualMoney<A>(this: A, expected: Money): MatcherReturn<A>;
  /** Passes when the figure's bounds hold the amount. */
  toAllow<A>(this: A, value: Money, options?: FigureBoundsOptions): MatcherReturn<A>;
}

declare module 'vitest' {
  // No type parameters: vitest 4 declares `Matchers<T>`, vitest 5 `Matchers<R, T>`, and an augmentation
  // must repeat them exactly unless it declares none.
  interface Matchers extends ReckonMatchers {}
}

/**
 * Registers {@link reckonMatchers} on vitest's `expect` (the same as `expect.extend(reckonMatchers)`).
 *
 * @param expect - vitest's `expect`
 * @throws `ReckonError` `INVALID_ARGUMENT` when `expect` has no `extend` method
 * @example
 * ```ts
 * import { expect } from 'vitest';
 * import { installReckonMatchers } from 'reckon/vitest';
 * installReckonMatchers(expect);
 * ```
 */
export function installReckonMatchers(expect: ExpectStatic): void {
  const extend: unknown = (expect as { extend?: unknown } | null | undefined)?.extend;
  if (typeof extend !== 'function') {
    throw invalidArgument('expect', "vitest's expect (with an extend method)", expect);
  }
  expect.extend(reckonMatchers);
}
