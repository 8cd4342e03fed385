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
 */
import { equal, toSnapshot } from 'dinero.js/bigint';
import type { ExpectStatic } from 'vitest';
import {
  type CheckConversionOptions,
  type ConversionVerdict,
  checkConversion,
} from '../conversion/check-conversion';
import { explainVerdict } from '../conversion/explain';
import { moneyRatio } from '../conversion/implied-rate';
import type { ConversionSnapshot } from '../conversion/snapshot';
import { isReckonError } from '../errors/reckon-error';
import { type FigureBoundsOptions, figureBounds } from '../figure/bounds';
import { formatFigure } from '../figure/format-figure';
import type { Figure } from '../figure/types';
import { ratioCmp } from '../math/ratio';
import { formatMoney } from '../money/format-money';
import type { Money } from '../money/money';
import { currencyCode } from '../money/money';
import type { RatesLike } from '../rates/to-provider';

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

function isMoney(value: unknown): value is Money {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { calculator?: unknown; toJSON?: unknown };
  return typeof v.calculator === 'object' && typeof v.toJSON === 'function';
}

function isFigure(value: unknown): value is Figure {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof Figure, unknown>>;
  return isMoney(v.amount) && isMoney(v.quantum) && typeof v.qualifier === 'string';
}

/** What a value is, for a failure message. */
function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value !== 'object') return `${typeof value} ${String(value).slice(0, 40)}`;
  const keys = Object.keys(value).slice(0, 6);
  return keys.length > 0 ? `an object with ${keys.join(', ')}` : 'an empty object';
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
    let verdict: ConversionVerdict;
    try {
      verdict = checkConversion(snapshot as ConversionSnapshot, use, options);
    } catch (error) {
      if (!isReckonError(error)) throw error;
      return cannotJudge(this, `${name} could not check the conversion: ${error.message}`);
    }
    const explained = explainVerdict(verdict);
    const why =
      verdict.reasons.length > 0 ? `${verdict.status}: ${verdict.reasons.join(', ')}` : verdict.status;
    if (this.isNot) {
      // Negative: only a definite "inconsistent" passes; "cannot tell" is not "wrong".
      const inconsistent = verdict.status === 'inconsistent';
      return {
        pass: !inconsistent,
        message: () =>
          verdict.status === 'indeterminate'
            ? `expected an inconsistent conversion, but the rates cannot tell (${why}), so nothing was shown wrong: ${explained}`
            : `expected an inconsistent conversion, but it is ${why}: ${explained}`,
        actual: why,
        expected: 'inconsistent',
      };
    }
    const ok = verdict.status === 'consistent' || (!options.strict && verdict.status === 'withinTolerance');
    return {
      pass: ok,
      message: () => `expected a consistent conversion, but it is ${why}: ${explained}`,
      actual: why,
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
    const same =
      currencyCode(received) === currencyCode(expected) && equal(received, expected as typeof received);
    return {
      pass: same,
      message: () => `expected ${show(received)} ${this.isNot ? 'not ' : ''}to equal ${show(expected)}`,
      actual: `${toSnapshot(received).currency.code} ${moneyRatio(received).n}/${moneyRatio(received).d}`,
      expected: `${toSnapshot(expected).currency.code} ${moneyRatio(expected).n}/${moneyRatio(expected).d}`,
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
    if (currencyCode(received.amount) !== currencyCode(value)) {
      return cannotJudge(
        this,
        `expected ${text} ${this.isNot ? 'not ' : ''}to allow ${show(value)}, but the currencies differ`,
      );
    }
    const b = figureBounds(received, options);
    const v = moneyRatio(value);
    const aboveLow =
      b.low === null ||
      (b.lowInclusive ? ratioCmp(v, moneyRatio(b.low)) >= 0 : ratioCmp(v, moneyRatio(b.low)) > 0);
    const belowHigh =
      b.high === null ||
      (b.highInclusive ? ratioCmp(v, moneyRatio(b.high)) <= 0 : ratioCmp(v, moneyRatio(b.high)) < 0);
    const range = `${b.lowInclusive ? '[' : '('}${b.low ? formatMoney(b.low) : '−∞'}, ${b.high ? formatMoney(b.high) : '∞'}${b.highInclusive ? ']' : ')'}`;
    return {
      pass: aboveLow && belowHigh,
      message: () =>
        `expected ${text} ${this.isNot ? 'not ' : ''}to allow ${show(value)}: its ${options.view ?? 'nominal'} bounds are ${range}`,
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
 * @example
 * ```ts
 * import { expect } from 'vitest';
 * import { installReckonMatchers } from 'reckon/vitest';
 * installReckonMatchers(expect);
 * ```
 */
export function installReckonMatchers(expect: ExpectStatic): void {
  expect.extend(reckonMatchers);
}
