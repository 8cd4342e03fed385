import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { money, parseRatio, toDecimalString } from '../../src/index';
import { decimalStringSchema } from '../../src/schema/index';

const accepts = (run: () => unknown): boolean => {
  try {
    run();
    return true;
  } catch {
    return false;
  }
};

/** Strings near the rule: signs, points, exponents, grouping and spaces among digits. */
const nearDecimal = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'0123456789.-+e, '.split('')), maxLength: 8 }),
  fc.stringMatching(/^[+-]?\d{1,4}(\.\d{0,3})?$/),
);

describe('the decimal-string rule', () => {
  describe('money, parseRatio and decimalStringSchema', () => {
    it('accept exactly the same strings (property)', () => {
      fc.assert(
        fc.property(nearDecimal, (text) => {
          const byMoney = accepts(() => money(text, 'EUR'));
          expect(
            accepts(() => parseRatio(text)),
            text,
          ).toBe(byMoney);
          expect(decimalStringSchema.safeParse(text).success, text).toBe(byMoney);
        }),
        { numRuns: 2000 },
      );
    });
    it.each(['+5', '5.', '.5', '1e3', '1,000', ' 1', '-', ''])('all refuse %j', (text) => {
      expect(accepts(() => money(text, 'EUR'))).toBe(false);
      expect(accepts(() => parseRatio(text))).toBe(false);
      expect(decimalStringSchema.safeParse(text).success).toBe(false);
    });
    it.each(['0', '-0', '007', '-12.50', '0.000'])('all accept %j', (text) => {
      expect(accepts(() => money(text, 'EUR'))).toBe(true);
      expect(accepts(() => parseRatio(text))).toBe(true);
      expect(decimalStringSchema.safeParse(text).success).toBe(true);
    });
  });
  describe('toDecimalString', () => {
    it('writes what money() reads back as the same amount and scale (property)', () => {
      fc.assert(
        fc.property(
          fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
          fc.integer({ min: 0, max: 12 }),
          (units, scale) => {
            const m = money(units, { code: 'EUR', base: 10n, exponent: BigInt(scale) }, { minorUnits: true });
            for (const trim of [false, true]) {
              const text = toDecimalString(m, { trim });
              expect(parseRatio(text)).toEqual(parseRatio(toDecimalString(money(text, 'EUR'), { trim })));
            }
            const back = money(toDecimalString(m), 'EUR').toJSON().amount;
            expect(back).toBe(units * 10n ** BigInt(Math.max(0, 2 - scale)));
          },
        ),
      );
    });
  });
});
