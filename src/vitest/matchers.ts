/** The matchers themselves, and the rates they use when a test gives none. */
import { isRecord } from '../_lib/guards';
import { CHECK_OPTIONS, checkConversion } from '../conversion/check-conversion';
import { explainVerdict } from '../conversion/explain';
import type { ConversionSnapshot } from '../conversion/snapshot';
import type { CheckConversionOptions, ConversionVerdict } from '../conversion/verdict';
import { isReckonError } from '../errors/reckon-error';
import { BOUNDS_OPTIONS, type FigureBoundsOptions } from '../figure/bounds';
import { allowsWithBounds } from '../figure/figure-allows';
import { formatFigure } from '../figure/format-figure';
import { formatMoney } from '../money/format-money';
import { currencyCode, type Money } from '../money/money';
import { isMoney, moneyEquals } from '../money/money-equals';
import { moneyRatio } from '../money/units';
import { type RatesLike, ratesFrom } from '../rates/to-provider';
import {
  badOptions,
  cannotJudge,
  isFigure,
  kind,
  type MatcherContext,
  type MatcherResult,
  show,
  why,
} from './support';

/** Options for `toBeConsistentConversion`. */
export interface ConsistentConversionOptions extends CheckConversionOptions {
  /** Pass only `consistent`, not `withinTolerance`. @defaultValue false */
  readonly strict?: boolean;
}

/** The rates matchers use when a test gives none. @internal */
let defaultRates: RatesLike | undefined;

/**
 * Sets the rates `toBeConsistentConversion` uses when a test passes none (for example the ECB history,
 * loaded once in a setup file).
 *
 * @param rates - a provider, a rate or a list of rates; undefined to clear
 * @example
 * ```ts
 * setDefaultRates(ratesFromEcbCsv(readFileSync('eurofxref-hist.csv', 'utf8')));
 * ```
 */
export function setDefaultRates(rates: RatesLike | undefined): void {
  defaultRates = rates;
}

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
    const wrong = badOptions(
      options,
      ['toleranceBps', 'maxResolutionBps'],
      ['strict', 'assumeSourceExact'],
      [...CHECK_OPTIONS, 'strict'],
      'toBeConsistentConversion',
    );
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
      // `strict` is the matcher's own option: checkConversion refuses options it does not know.
      const { strict: _strict, ...checkOptions } = options;
      verdict = checkConversion(snapshot as ConversionSnapshot, ratesFrom(use), checkOptions);
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
    const unknown = badOptions(options, [], [], BOUNDS_OPTIONS, 'toAllow');
    if (unknown !== undefined) return cannotJudge(this, `${name}: ${unknown}`);
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
