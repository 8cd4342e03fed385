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
import { invalidArgument } from '../_lib/guards';
import type { FigureBoundsOptions } from '../figure/bounds';
import type { Money } from '../money/money';
import type { RatesLike } from '../rates/to-provider';
import { type ConsistentConversionOptions, reckonMatchers } from './matchers';

export type { ConsistentConversionOptions } from './matchers';
export { reckonMatchers, setDefaultRates } from './matchers';
export type { MatcherContext, MatcherResult } from './support';

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
