import { describe, expect, it } from 'vitest';
import {
  currency,
  isCurrencyCode,
  isReckonError,
  money,
  ratio,
  ratioToDecimal,
  roundRatio,
  safeCurrency,
} from '../../src/index';

const PROTOTYPE_KEYS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'prototype'];

describe('safeCurrency', () => {
  describe('prototype keys', () => {
    it.each(PROTOTYPE_KEYS)('never returns an inherited property for %j', (key) => {
      const r = safeCurrency(key);
      expect(r.success ? r.output : r.issues[0]?.code).toBe('UNKNOWN_CURRENCY');
      expect(isCurrencyCode(key)).toBe(false);
    });
  });
  describe('wrong JavaScript types', () => {
    it.each([null, undefined, 42, {}, [], true])('returns an INVALID_ARGUMENT issue for %j', (value) => {
      const r = safeCurrency(value as unknown as string);
      expect(r.success ? r.output : r.issues[0]?.code).toBe('INVALID_ARGUMENT');
    });
  });
});

describe('currency and money', () => {
  it.each(PROTOTYPE_KEYS)('reject %j with UNKNOWN_CURRENCY', (key) => {
    expect(() => currency(key)).toThrow(expect.objectContaining({ code: 'UNKNOWN_CURRENCY' }));
    expect(() => money('1', key)).toThrow(expect.objectContaining({ code: 'UNKNOWN_CURRENCY' }));
  });
  it('rejects a code that is not a string with INVALID_ARGUMENT naming it', () => {
    try {
      currency(42 as unknown as string);
      expect.unreachable();
    } catch (error) {
      expect(isReckonError(error, 'INVALID_ARGUMENT')).toBe(true);
      expect((error as Error).message).toContain('a number (42)');
    }
  });
  it('keeps every decimal of a very long amount instead of a RangeError', () => {
    const digits = '1'.repeat(1_100_000);
    const m = money(`0.${digits}`, 'EUR');
    expect(m.toJSON().scale).toBe(1_100_000n);
  });
});

describe('roundRatio and ratioToDecimal', () => {
  it.each([-1, 2.5, Number.NaN, Number.POSITIVE_INFINITY, 1e9])(
    'refuse digits %j with INVALID_ARGUMENT',
    (digits) => {
      expect(() => roundRatio(ratio(1n, 3n), { digits })).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
      );
      expect(() => ratioToDecimal(ratio(1n, 3n), digits)).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
      );
    },
  );
  it('refuses an unknown rounding mode instead of returning undefined', () => {
    expect(() => roundRatio(ratio(1n, 3n), { digits: 2, mode: 'up' as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
  it('still rounds within the limits', () => {
    expect(roundRatio(ratio(1n, 3n), { digits: 2, mode: 'ceil' })).toBe(34n);
    expect(ratioToDecimal(ratio(1n, 3n), 4)).toBe('0.3333');
  });
});
