/**
 * Type tests (`vitest --typecheck`, part of `npm test`): what TypeScript accepts and rejects for users,
 * under strict + exactOptionalPropertyTypes.
 */
import { add } from 'dinero.js/bigint';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Dataset, ReconcileResult } from '../../src/index';
import {
  type AggregateResult,
  type ConvertMoneyResult,
  type Currency,
  convertMoney,
  type Figure,
  figureAllows,
  type Issue,
  type Money,
  money,
  type Ratio,
  type SafeResult,
  safeAggregateResultFromJSON,
  safeCurrency,
  safeParseFigure,
  safeParseRatio,
  safeReconcileResultFromJSON,
} from '../../src/index';
import { safeParseDataset } from '../../src/schema/index';
import '../../src/vitest/index';

const rates = [{ base: 'EUR', quote: 'GBP', value: '0.8675', date: '2025-09-17' }] as const;

describe('literal currency types', () => {
  it('money carries its code, and dinero.js refuses GBP + EUR', () => {
    const gbp = money('1', 'GBP');
    const eur = money('1', 'EUR');
    expectTypeOf(gbp).toEqualTypeOf<Money<'GBP'>>();
    expectTypeOf(add(gbp, money('2', 'GBP'))).toEqualTypeOf<Money<'GBP'>>();
    // @ts-expect-error GBP + EUR does not compile
    add(gbp, eur);
  });
  it('convertMoney returns money in the target currency', () => {
    expectTypeOf(convertMoney(money('1', 'GBP'), 'EUR', rates, { date: '2025-09-17' })).toEqualTypeOf<
      ConvertMoneyResult<'EUR'>
    >();
  });
});

describe('matcher types', () => {
  it('types the reckon matchers on expect', () => {
    expectTypeOf(expect(money('1', 'EUR')).toEqualMoney)
      .parameter(0)
      .toEqualTypeOf<Money>();
    expectTypeOf(expect(money('1', 'EUR')).toEqualMoney(money('1', 'EUR'))).toEqualTypeOf<void>();
    expectTypeOf(
      expect(Promise.resolve(money('1', 'EUR'))).resolves.toEqualMoney(money('1', 'EUR')),
    ).toEqualTypeOf<Promise<void>>();
    // @ts-expect-error a decimal string is not money
    expect(money('1', 'EUR')).toEqualMoney('1');
    // @ts-expect-error view is 'nominal' or 'rounding'
    expect({} as Figure).toAllow(money('1', 'GBP'), { view: 'round' });
  });
});

describe('safe-parse result narrowing', () => {
  it('narrows every safe* result on success to output, else to issues', () => {
    const r = safeParseFigure('£11bn');
    if (r.success) expectTypeOf(r.output).toEqualTypeOf<Figure>();
    else expectTypeOf(r.issues).toEqualTypeOf<readonly Issue[]>();
    const d = safeParseDataset({});
    if (d.success) expectTypeOf(d.output).toEqualTypeOf<Dataset>();
    else expectTypeOf(d.issues).toEqualTypeOf<readonly Issue[]>();
    const q = safeParseRatio('400/347');
    if (q.success) expectTypeOf(q.output).toEqualTypeOf<Ratio>();
    const c = safeCurrency('GBP');
    if (c.success) expectTypeOf(c.output).toEqualTypeOf<Currency<'GBP'>>();
    expectTypeOf(safeParseFigure).returns.toEqualTypeOf<SafeResult<Figure>>();
    expectTypeOf(safeParseDataset).returns.toEqualTypeOf<SafeResult<Dataset>>();
    expectTypeOf(safeParseRatio).returns.toEqualTypeOf<SafeResult<Ratio>>();
    expectTypeOf(safeAggregateResultFromJSON).returns.toEqualTypeOf<SafeResult<AggregateResult>>();
    expectTypeOf(safeReconcileResultFromJSON).returns.toEqualTypeOf<SafeResult<ReconcileResult>>();
  });
  it('has neither output nor issues before narrowing', () => {
    const r = safeParseFigure('£11bn');
    // @ts-expect-error output exists only once success is known to be true
    r.output;
    // @ts-expect-error issues exist only once success is known to be false
    r.issues;
    if (r.success) {
      // @ts-expect-error the old key is gone
      r.figure;
    }
  });
});

describe('option types under exactOptionalPropertyTypes', () => {
  it('refuses an explicit undefined where an option is optional, and requires the date', () => {
    const f = {} as Figure;
    const m = money('1', 'GBP');
    figureAllows(f, m, { view: 'rounding' });
    // @ts-expect-error exactOptionalPropertyTypes: leave the key out instead of undefined
    figureAllows(f, m, { view: undefined });
    // @ts-expect-error the date is required: reckon never guesses "today"
    convertMoney(m, 'EUR', rates, {});
    // @ts-expect-error policy is 'exact' | 'previous' | 'nearest'
    convertMoney(m, 'EUR', rates, { date: '2025-09-17', policy: 'latest' });
  });
});
