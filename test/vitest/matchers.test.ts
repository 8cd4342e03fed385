import { describe, expect, it } from 'vitest';
import { nscaleDataset } from '../../src/datasets/nscale-2025-09/index';
import { type ConversionSnapshot, money, parseFigure, staticRates } from '../../src/index';
import { installReckonMatchers, reckonMatchers, setDefaultRates } from '../../src/vitest/index';

installReckonMatchers(expect);
const dataset = nscaleDataset();
const rates = staticRates(dataset.rates);
const snapshot = dataset.conversions[0] as ConversionSnapshot;

describe('toBeConsistentConversion', () => {
  it('passes for the dataset snapshot, consistent with the 2025-09-17 fix', () => {
    expect(snapshot).toBeConsistentConversion(rates);
    expect(snapshot).toBeConsistentConversion(rates, { strict: true });
  });
  it('fails with the verdict explained', () => {
    const wrong = { ...snapshot, to: parseFigure('€14.68bn') };
    expect(() => expect(wrong).toBeConsistentConversion(rates)).toThrow(
      /expected a consistent conversion \(inconsistent\): €14.68bn is not £11bn/,
    );
    expect(wrong).not.toBeConsistentConversion(rates);
  });
  it('passes withinTolerance unless strict', () => {
    const close = { ...snapshot, to: parseFigure('€12.72bn') };
    expect(close).toBeConsistentConversion(rates);
    expect(() => expect(close).toBeConsistentConversion(rates, { strict: true })).toThrow(/withinTolerance/);
  });
  it('uses default rates, and says so when there are none', () => {
    expect(() => expect(snapshot).toBeConsistentConversion()).toThrow(/needs rates/);
    setDefaultRates(rates);
    try {
      expect(snapshot).toBeConsistentConversion();
    } finally {
      setDefaultRates(undefined);
    }
  });
});

describe('toEqualMoney', () => {
  it('compares currency and amount, whatever the scale', () => {
    expect(money('12.5', 'EUR')).toEqualMoney(money('12.500', 'EUR'));
    expect(money('12.5', 'EUR')).not.toEqualMoney(money('12.5', 'GBP'));
    expect(() => expect(money('12.5', 'EUR')).toEqualMoney(money('12.51', 'EUR'))).toThrow(/to equal €12.51/);
    expect(() => expect(12.5).toEqualMoney(money('12.5', 'EUR'))).toThrow(/expected money/);
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
  it('exposes the matchers as an object for expect.extend', () => {
    expect(Object.keys(reckonMatchers).sort()).toEqual([
      'toAllow',
      'toBeConsistentConversion',
      'toEqualMoney',
    ]);
  });
});
