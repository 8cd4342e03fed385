import { describe, expect, it } from 'vitest';
import { nscaleDataset } from '../../src/datasets/nscale-2025-09/index';
import { type ConversionSnapshot, money, parseFigure, ratesFromList } from '../../src/index';
import { installReckonMatchers, reckonMatchers, setDefaultRates } from '../../src/vitest/index';

installReckonMatchers(expect);
const dataset = nscaleDataset();
const rates = ratesFromList(dataset.rates);
const snapshot = dataset.conversions[0] as ConversionSnapshot;

describe('toBeConsistentConversion', () => {
  const wrong = { ...snapshot, to: parseFigure('€14.68bn') };
  describe('consistent', () => {
    it('passes for the dataset snapshot, consistent with the 2025-09-17 fix, and .not fails', () => {
      expect(snapshot).toBeConsistentConversion(rates);
      expect(snapshot).toBeConsistentConversion(rates, { strict: true });
      expect(() => expect(snapshot).not.toBeConsistentConversion(rates)).toThrow(
        /expected an inconsistent conversion, but it is consistent: €12.68bn is £11bn/,
      );
    });
  });
  describe('inconsistent', () => {
    it('fails with the verdict explained; .not passes', () => {
      expect(() => expect(wrong).toBeConsistentConversion(rates)).toThrow(
        /expected a consistent conversion, but it is inconsistent: €14.68bn is not £11bn/,
      );
      expect(wrong).not.toBeConsistentConversion(rates);
      expect(wrong).not.toBeConsistentConversion(rates, { strict: true });
    });
    it('£11bn → €14bn, coarse as it is, is definitely inconsistent', () => {
      expect({ ...snapshot, to: parseFigure('€14bn') }).not.toBeConsistentConversion(rates);
    });
  });
  describe('withinTolerance', () => {
    const close = { ...snapshot, to: parseFigure('€12.72bn') };
    it('passes unless strict; .not fails either way (it is not inconsistent)', () => {
      expect(close).toBeConsistentConversion(rates);
      expect(() => expect(close).toBeConsistentConversion(rates, { strict: true })).toThrow(
        /withinTolerance/,
      );
      expect(() => expect(close).not.toBeConsistentConversion(rates)).toThrow(/but it is withinTolerance/);
      expect(() => expect(close).not.toBeConsistentConversion(rates, { strict: true })).toThrow(
        /but it is withinTolerance/,
      );
    });
  });
  describe('cannot tell: .not never passes on nothing', () => {
    it('no rates', () => {
      expect(() => expect(wrong).toBeConsistentConversion()).toThrow(/needs rates/);
      expect(() => expect(wrong).not.toBeConsistentConversion()).toThrow(/needs rates/);
    });
    it('no fix in the window', () => {
      const later = { ...wrong, publishedDate: '2026-03-02', eventDate: '2026-03-01' };
      const none = ratesFromList([{ base: 'EUR', quote: 'GBP', value: '0.8675', date: '2026-03-05' }]);
      expect(() => expect(later).not.toBeConsistentConversion(none)).toThrow(
        /the rates cannot tell \(indeterminate: noReferenceRate\)/,
      );
      expect(() => expect(later).toBeConsistentConversion(none)).toThrow(/indeterminate: noReferenceRate/);
    });
    it('too coarse', () => {
      const coarse = { ...snapshot, to: parseFigure('€13bn') };
      expect(() => expect(coarse).not.toBeConsistentConversion(rates)).toThrow(/indeterminate: tooCoarse/);
      expect(() => expect(coarse).toBeConsistentConversion(rates)).toThrow(/indeterminate: tooCoarse/);
    });
    it('a snapshot that cannot be checked (no date) fails with the reason, not an exception', () => {
      const undated = { from: snapshot.from, to: wrong.to };
      for (const run of [
        () => expect(undated).toBeConsistentConversion(rates),
        () => expect(undated).not.toBeConsistentConversion(rates),
      ]) {
        expect(run).toThrow(/could not check the conversion: The snapshot has no eventDate/);
      }
    });
  });
  describe('not a conversion', () => {
    it.each([
      ['a number', 12.68],
      ['null', null],
      ['a figure', parseFigure('€12.68bn')],
      ['an object without figures', { from: '£11bn', to: '€12.68bn' }],
    ])('fails with a clear message for %s, with or without .not', (_name, value) => {
      expect(() => expect(value).toBeConsistentConversion(rates)).toThrow(
        /expects a conversion \{ from: Figure/,
      );
      expect(() => expect(value).not.toBeConsistentConversion(rates)).toThrow(/expects a conversion/);
    });
  });
  describe('default rates', () => {
    it('uses them when a test passes none', () => {
      setDefaultRates(rates);
      try {
        expect(snapshot).toBeConsistentConversion();
        expect(wrong).not.toBeConsistentConversion();
      } finally {
        setDefaultRates(undefined);
      }
    });
    it('takes one rate or a list, like checkConversion', () => {
      const one = { base: 'EUR', quote: 'GBP', value: '0.8675', date: '2025-09-17' };
      expect(snapshot).toBeConsistentConversion(one);
      expect(snapshot).toBeConsistentConversion([one]);
    });
  });
});

describe('toEqualMoney', () => {
  it('compares currency and amount, whatever the scale', () => {
    expect(money('12.5', 'EUR')).toEqualMoney(money('12.500', 'EUR'));
    expect(money('12.5', 'EUR')).not.toEqualMoney(money('12.5', 'GBP'));
    expect(() => expect(money('12.5', 'EUR')).toEqualMoney(money('12.51', 'EUR'))).toThrow(/to equal €12.51/);
  });
  it('fails with a clear message for what is not money, with or without .not', () => {
    for (const [received, expected] of [
      [12.5, money('12.5', 'EUR')],
      ['€12.50', money('12.5', 'EUR')],
      [money('12.5', 'EUR'), 12.5],
      [money('12.5', 'EUR'), undefined],
    ]) {
      expect(() => expect(received).toEqualMoney(expected as never)).toThrow(/expects money|needs money/);
      expect(() => expect(received).not.toEqualMoney(expected as never)).toThrow(/expects money|needs money/);
    }
  });
});

describe('toAllow', () => {
  it('checks an amount against the bounds', () => {
    const pledge = parseFigure('up to £11bn');
    expect(pledge).toAllow(money('500000000', 'GBP'));
    expect(pledge).not.toAllow(money('11500000000', 'GBP'));
    expect(pledge).toAllow(money('11400000000', 'GBP'), { view: 'rounding' });
    expect(() => expect(pledge).toAllow(money('12000000000', 'GBP'))).toThrow(
      /bounds are \[£0.00, £11,000,000,000.00\]/,
    );
    expect(() => expect(pledge).toAllow(money('1', 'EUR'))).toThrow(/currencies differ/);
    expect(parseFigure('more than $10bn')).not.toAllow(money('10000000000', 'USD'));
    expect(parseFigure('more than $10bn')).toAllow(money('10000000000.01', 'USD'));
  });
  it('fails with a clear message for what is not a figure or money, with or without .not', () => {
    for (const [received, value, words] of [
      [11e9, money('1', 'GBP'), /expects a figure/],
      [{ amount: 11 }, money('1', 'GBP'), /expects a figure/],
      [parseFigure('up to £11bn'), 500, /needs money/],
      [parseFigure('up to £11bn'), money('1', 'EUR'), /currencies differ/],
    ] as const) {
      expect(() => expect(received).toAllow(value as never)).toThrow(words);
      expect(() => expect(received).not.toAllow(value as never)).toThrow(words);
    }
  });
  it('exposes the matchers as an object for expect.extend', () => {
    expect(Object.keys(reckonMatchers).sort()).toEqual([
      'toAllow',
      'toBeConsistentConversion',
      'toEqualMoney',
    ]);
  });
});
