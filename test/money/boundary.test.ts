import { dinero as numberDinero } from 'dinero.js';
import { dinero } from 'dinero.js/bigint';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  currency,
  currencyCode,
  EUR,
  formatMoney,
  GBP,
  money,
  safeCurrency,
  toDecimalString,
  USD,
} from '../../src/index';
import { fromUnits } from '../../src/money/units';
import { expectReckonError } from '../helpers';

/** Values that are not money, as a JavaScript or JSON caller passes them. */
const NOT_MONEY: readonly [string, unknown][] = [
  ['null', null],
  ['a number', 12.5],
  ['a decimal string', '12.50'],
  ['a dinero snapshot (JSON)', money('12.5', 'EUR').toJSON()],
  [
    'a number-based dinero object',
    numberDinero({ amount: 1250, currency: { code: 'EUR', base: 10, exponent: 2 } }),
  ],
  ['a dinero object in base 5', dinero({ amount: 7n, currency: { code: 'MGA', base: 5n, exponent: 1n } })],
  [
    'a dinero object with exponent 10^6',
    dinero({ amount: 1n, currency: { code: 'EUR', base: 10n, exponent: 10n ** 6n } }),
  ],
  ['a dinero object with a negative scale', dinero({ amount: 1n, currency: EUR, scale: -2n })],
  [
    "a dinero object with code 'constructor'",
    dinero({ amount: 1n, currency: { code: 'constructor', base: 10n, exponent: 2n } }),
  ],
];

describe('money', () => {
  describe('a currency object', () => {
    it.each([
      ['a lower-case code', { code: 'eur', base: 10n, exponent: 2n }],
      ['a number base', { code: 'EUR', base: 10, exponent: 2 }],
      ['base 5', { code: 'EUR', base: 5n, exponent: 2n }],
      ['a negative exponent', { code: 'EUR', base: 10n, exponent: -2n }],
      ['an exponent of 10^6', { code: 'EUR', base: 10n, exponent: 10n ** 6n }],
      ['null', null],
    ])('refuses %s with INVALID_ARGUMENT', (_, cur) => {
      expectReckonError(() => money('1', cur as never), 'INVALID_ARGUMENT');
    });
    it('takes a decimal currency with up to 30 places', () => {
      expect(toDecimalString(money('1', { code: 'XTK', base: 10n, exponent: 18n }))).toBe(
        `1.${'0'.repeat(18)}`,
      );
    });
  });
  describe('options', () => {
    it.each([null, 42, 'yes'])('refuses %j, and a minorUnits that is not a boolean', (options) => {
      expectReckonError(() => money(1250n, 'EUR', options as never), 'INVALID_ARGUMENT');
      expectReckonError(() => money(1250n, 'EUR', { minorUnits: options } as never), 'INVALID_ARGUMENT');
    });
  });
});

describe('toDecimalString', () => {
  describe('a value that is not money', () => {
    it.each(NOT_MONEY)('throws INVALID_ARGUMENT for %s', (_, value) => {
      const e = expectReckonError(() => toDecimalString(value as never), 'INVALID_ARGUMENT');
      expect(e.details.path).toMatch(/^value/);
    });
  });
  describe('trim', () => {
    it('trims a long run of zeros before the last digit exactly (the old /0+$/ was quadratic there)', () => {
      const text = `0.${'0'.repeat(200_000)}1`;
      expect(toDecimalString(money(text, 'EUR'), { trim: true })).toBe(text);
      expect(toDecimalString(money(`7.${'0'.repeat(200_000)}`, 'EUR'), { trim: true })).toBe('7');
    });
    it('gives back any decimal written without needless zeros (parse ∘ format)', () => {
      const decimal = fc
        .tuple(
          fc.boolean(),
          fc.stringMatching(/^(0|[1-9]\d{0,30})$/),
          fc.stringMatching(/^(\d{0,20}[1-9])?$/),
        )
        .map(([neg, i, f]) => `${neg && (i !== '0' || f) ? '-' : ''}${i}${f ? `.${f}` : ''}`);
      fc.assert(
        fc.property(decimal, fc.constantFrom('EUR', 'JPY', 'KWD'), (text, code) => {
          expect(toDecimalString(money(text, code), { trim: true })).toBe(text);
        }),
      );
    });
    it.each([null, 'no'])('refuses options %j', (options) => {
      expectReckonError(() => toDecimalString(money('1', 'EUR'), options as never), 'INVALID_ARGUMENT');
      expectReckonError(
        () => toDecimalString(money('1', 'EUR'), { trim: options } as never),
        'INVALID_ARGUMENT',
      );
    });
  });
});

describe('currencyCode', () => {
  describe('a value that is not money', () => {
    it.each(NOT_MONEY)('throws INVALID_ARGUMENT for %s', (_, value) => {
      expectReckonError(() => currencyCode(value as never), 'INVALID_ARGUMENT');
    });
  });
});

describe('formatMoney', () => {
  describe('a value that is not money', () => {
    it.each(NOT_MONEY)('throws INVALID_ARGUMENT for %s', (_, value) => {
      expectReckonError(() => formatMoney(value as never), 'INVALID_ARGUMENT');
    });
  });
  describe('options', () => {
    const m = money('12.5', 'EUR');
    it.each([
      ['options null', null],
      ['options 42', 42],
      ["locale 'en_GB'", { locale: 'en_GB' }],
      ["locale 'xx-invalid-locale-'", { locale: 'xx-invalid-locale-' }],
      ['locale 42', { locale: 42 }],
      ["notation 'scientific'", { notation: 'scientific' }],
      ["currencyDisplay 'symbols'", { currencyDisplay: 'symbols' }],
      ['currencyDisplay 0', { currencyDisplay: 0 }],
    ])('refuses %s with INVALID_ARGUMENT naming it', (_, options) => {
      const e = expectReckonError(() => formatMoney(m, options as never), 'INVALID_ARGUMENT');
      expect(String(e.details.path)).toMatch(/^options/);
    });
    it('takes any well-formed locale', () => {
      expect(formatMoney(m, { locale: 'fr' })).toContain('12,50');
    });
  });
});

describe('currency', () => {
  describe('what it hands out', () => {
    it('is frozen and the same object on every call, so no caller can change a currency for others', () => {
      for (const code of ['CHF', 'JPY', 'MGA', 'DEM']) {
        const c = currency(code);
        expect(Object.isFrozen(c)).toBe(true);
        expect(currency(code)).toBe(c);
        const safe = safeCurrency(code);
        expect(safe.success && safe.output).toBe(c);
      }
      for (const c of [EUR, GBP, USD]) expect(Object.isFrozen(c)).toBe(true);
      expect(currency('MGA')).toEqual({ code: 'MGA', base: 10n, exponent: 2n });
    });
  });
});

describe('fromUnits', () => {
  describe('long amounts', () => {
    it('drops trailing zeros in one step (dividing by ten per zero was quadratic)', () => {
      const m = fromUnits(10n ** 100_000n, 100_000n, EUR);
      expect(m.toJSON()).toMatchObject({ amount: 100n, scale: 2n });
    });
  });
  describe('exactness', () => {
    it('keeps the value and takes the smallest scale at or above the exponent', () => {
      fc.assert(
        fc.property(
          fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
          fc.nat({ max: 40 }),
          (units, scale) => {
            const m = fromUnits(units, BigInt(scale), EUR).toJSON();
            expect(m.amount * 10n ** BigInt(scale)).toBe(units * 10n ** m.scale);
            expect(m.scale >= 2n).toBe(true);
            if (m.scale > 2n) expect(m.amount % 10n).not.toBe(0n);
          },
        ),
      );
    });
  });
});
