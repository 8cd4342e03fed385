import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Ratio, ratio, ratioCmp, roundRatio } from '../../src/index';
import { expectReckonError } from '../helpers';

const anyRatio = fc
  .tuple(fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n }), fc.bigInt({ min: 1n, max: 10n ** 12n }))
  .map(([n, d]) => ratio(n, d));
const digits = fc.integer({ min: 0, max: 8 });
/** units / 10^digits as a ratio. */
const back = (units: bigint, d: number): Ratio => ratio(units, 10n ** BigInt(d));

describe('roundRatio', () => {
  describe('each mode', () => {
    it('returns a bigint count of 10^-digits', () => {
      const third = ratio(1n, 3n);
      expect(roundRatio(third, { digits: 2 })).toBe(33n);
      expect(roundRatio(ratio(-1n, 3n), { digits: 2, mode: 'floor' })).toBe(-34n);
      expect(roundRatio(ratio(-1n, 3n), { digits: 2, mode: 'ceil' })).toBe(-33n);
      expect(roundRatio(ratio(-2n, 3n), { digits: 0, mode: 'down' })).toBe(0n);
      expect(roundRatio(ratio(5n, 1000n), { digits: 2 })).toBe(0n);
      expect(roundRatio(ratio(15n, 1000n), { digits: 2 })).toBe(2n);
    });
    it('brackets the value: floor ≤ value ≤ ceil, one unit apart at most, half-even within half a unit', () => {
      fc.assert(
        fc.property(anyRatio, digits, (value, d) => {
          const lo = roundRatio(value, { digits: d, mode: 'floor' });
          const hi = roundRatio(value, { digits: d, mode: 'ceil' });
          expect(ratioCmp(back(lo, d), value)).toBeLessThanOrEqual(0);
          expect(ratioCmp(back(hi, d), value)).toBeGreaterThanOrEqual(0);
          expect(hi - lo <= 1n).toBe(true);
          const even = roundRatio(value, { digits: d });
          expect(even === lo || even === hi).toBe(true);
        }),
      );
    });
  });
  describe('bad options', () => {
    it('throws INVALID_ARGUMENT naming the option', () => {
      const third = ratio(1n, 3n);
      expect(
        expectReckonError(() => roundRatio(third, undefined as never), 'INVALID_ARGUMENT').details.path,
      ).toBe('options.digits');
      expect(expectReckonError(() => roundRatio(third, 2 as never), 'INVALID_ARGUMENT').details.path).toBe(
        'options',
      );
      expect(
        expectReckonError(() => roundRatio(third, { digits: 2, mode: 'up' as never }), 'INVALID_ARGUMENT')
          .details.path,
      ).toBe('options.mode');
      expect(
        expectReckonError(() => roundRatio({ n: 1, d: 3 } as never, { digits: 2 }), 'INVALID_ARGUMENT')
          .details.path,
      ).toBe('value');
    });
  });
});
