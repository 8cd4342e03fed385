import { add } from 'dinero.js/bigint';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  currency,
  currencyCode,
  EUR,
  formatMoney,
  GBP,
  isCurrencyCode,
  money,
  toDecimalString,
  USD,
} from '../../src/index';
import { expectReckonError } from '../helpers';

describe('money', () => {
  describe('decimal strings', () => {
    it('reads an exact decimal at the currency exponent', () => {
      const m = money('12680000000', 'EUR');
      expect(m.toJSON().amount).toBe(1268000000000n);
      expect(m.toJSON().scale).toBe(2n);
      expect(toDecimalString(m)).toBe('12680000000.00');
    });
    it('keeps extra decimals as scale, never rounding', () => {
      const m = money('0.125', 'USD');
      expect(m.toJSON().scale).toBe(3n);
      expect(toDecimalString(m)).toBe('0.125');
    });
    it('reads negatives', () => {
      expect(toDecimalString(money('-12.5', GBP))).toBe('-12.50');
    });
    it('rejects exponent notation and says so', () => {
      const e = expectReckonError(() => money('12.68e9', 'EUR'), 'INVALID_MONEY');
      expect(e.message).toContain('exponent notation');
    });
    it('rejects grouping and words', () => {
      expectReckonError(() => money('1,000', 'EUR'), 'INVALID_MONEY');
      expectReckonError(() => money('', 'EUR'), 'INVALID_MONEY');
      expectReckonError(() => money('abc', 'EUR'), 'INVALID_MONEY');
    });
  });
  describe('integers and bigints', () => {
    it('reads a safe integer as major units', () => {
      expect(toDecimalString(money(12, 'EUR'))).toBe('12.00');
    });
    it('reads minor units only when asked', () => {
      expect(toDecimalString(money(1250n, GBP, { minorUnits: true }))).toBe('12.50');
      expect(toDecimalString(money(1250n, GBP))).toBe('1250.00');
    });
    it('rejects unsafe and fractional numbers', () => {
      expectReckonError(() => money(12.5, 'EUR'), 'INVALID_MONEY');
      expectReckonError(() => money(2 ** 60, 'EUR'), 'INVALID_MONEY');
      expectReckonError(() => money(Number.NaN, 'EUR'), 'INVALID_MONEY');
    });
    it('rejects minorUnits on a string', () => {
      expectReckonError(() => money('12', 'EUR', { minorUnits: true }), 'INVALID_MONEY');
    });
  });
  describe('currencies', () => {
    it('takes codes and objects, any ISO 4217 code', () => {
      expect(currencyCode(money('1', 'JPY'))).toBe('JPY');
      expect(currencyCode(money('1', USD))).toBe('USD');
      expect(currency('BHD').exponent).toBe(3n);
      expect(isCurrencyCode('CHF')).toBe(true);
      expect(isCurrencyCode('XYZ')).toBe(false);
    });
    it('throws UNKNOWN_CURRENCY for an unknown code, with a hint for lower case', () => {
      expectReckonError(() => money('1', 'XYZ'), 'UNKNOWN_CURRENCY');
      const e = expectReckonError(() => money('1', 'eur'), 'UNKNOWN_CURRENCY');
      expect(e.message).toContain('"EUR"');
    });
    it('gives base-5 currencies a decimal form', () => {
      expect(currency('MGA')).toEqual({ code: 'MGA', base: 10n, exponent: 2n });
    });
    it('makes mixing literal currencies a compile error', () => {
      const a = money('1', GBP);
      const b = money('1', EUR);
      // @ts-expect-error GBP and EUR cannot be added
      expect(() => add(a, b)).toThrow();
    });
  });
  describe('property', () => {
    it('round-trips any decimal string through toDecimalString', () => {
      fc.assert(
        fc.property(
          fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
          fc.integer({ min: 0, max: 8 }),
          (units, scale) => {
            const neg = units < 0n;
            const digits = (neg ? -units : units).toString().padStart(scale + 1, '0');
            const text =
              (neg ? '-' : '') + (scale ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits);
            const m = money(text, 'USD');
            const back = toDecimalString(m, { trim: true });
            const expected = text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
            expect(back).toBe(expected === '-0' ? '0' : expected);
          },
        ),
      );
    });
  });
});

describe('toDecimalString', () => {
  it('trims only when asked', () => {
    expect(toDecimalString(money('11000000000', 'GBP'))).toBe('11000000000.00');
    expect(toDecimalString(money('11000000000', 'GBP'), { trim: true })).toBe('11000000000');
    expect(toDecimalString(money('0', 'JPY'))).toBe('0');
  });
});

describe('formatMoney', () => {
  it('writes compact en-GB forms', () => {
    expect(formatMoney(money('11000000000', 'GBP'), { notation: 'compact' })).toBe('£11bn');
    expect(formatMoney(money('12680000000', 'EUR'), { notation: 'compact' })).toBe('€12.68bn');
    expect(formatMoney(money('683000000', 'USD'), { notation: 'compact' })).toBe('US$683m');
  });
  it('writes compact de-DE forms with plain spaces', () => {
    expect(formatMoney(money('11000000000', 'GBP'), { locale: 'de-DE', notation: 'compact' })).toBe(
      '11 Mrd. £',
    );
    expect(formatMoney(money('12680000000', 'EUR'), { locale: 'de-DE', notation: 'compact' })).toBe(
      '12,68 Mrd. €',
    );
  });
  describe('one currency display in both notations', () => {
    it('shows the locale symbol (US$ in en-GB, $ in en-US) whether compact or not', () => {
      const usd = money('683000000', 'USD');
      expect(formatMoney(usd)).toBe('US$683,000,000.00');
      expect(formatMoney(usd, { notation: 'compact' })).toBe('US$683m');
      expect(formatMoney(usd, { locale: 'en-US' })).toBe('$683,000,000.00');
      expect(formatMoney(usd, { locale: 'en-US', notation: 'compact' })).toBe('$683M');
    });
    it('keeps narrowSymbol for whoever asks for it', () => {
      expect(
        formatMoney(money('683000000', 'USD'), { notation: 'compact', currencyDisplay: 'narrowSymbol' }),
      ).toBe('$683m');
    });
  });
  it('gives the same text whatever was formatted before (its kept Intl formats never mix options)', () => {
    const call = fc.record({
      units: fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }),
      decimals: fc.nat({ max: 6 }),
      code: fc.constantFrom('EUR', 'USD', 'GBP', 'JPY', 'KWD'),
      locale: fc.constantFrom('en-GB', 'en-US', 'de-DE'),
      notation: fc.constantFrom('standard' as const, 'compact' as const),
      currencyDisplay: fc.constantFrom(
        'symbol' as const,
        'narrowSymbol' as const,
        'code' as const,
        undefined,
      ),
    });
    const run = (c: {
      units: bigint;
      decimals: number;
      code: string;
      locale: string;
      notation: 'standard' | 'compact';
      currencyDisplay: 'symbol' | 'narrowSymbol' | 'code' | undefined;
    }) => {
      const digits = (c.units < 0n ? -c.units : c.units).toString().padStart(c.decimals + 1, '0');
      const cut = digits.length - c.decimals;
      const text = `${c.units < 0n ? '-' : ''}${digits.slice(0, cut)}${c.decimals ? `.${digits.slice(cut)}` : ''}`;
      return formatMoney(money(text, c.code), {
        locale: c.locale,
        notation: c.notation,
        ...(c.currencyDisplay ? { currencyDisplay: c.currencyDisplay } : {}),
      });
    };
    fc.assert(
      fc.property(fc.array(call, { minLength: 2, maxLength: 12 }), (calls) => {
        const forward = calls.map(run);
        const backward = [...calls].reverse().map(run).reverse();
        expect(backward).toEqual(forward);
      }),
      { numRuns: 200 },
    );
  });
  it('never writes a no-break space, in any locale, notation or size', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }),
        fc.constantFrom('EUR', 'USD', 'GBP', 'CHF', 'SEK', 'JPY', 'NZD'),
        fc.constantFrom('en-GB', 'en-US', 'de-DE', 'fr-FR', 'de-CH', 'sv-SE'),
        fc.constantFrom('standard' as const, 'compact' as const),
        fc.nat({ max: 25 }),
        (units, code, locale, notation, decimals) => {
          const digits = (units < 0n ? -units : units).toString().padStart(decimals + 1, '0');
          const text = `${units < 0n ? '-' : ''}${digits.slice(0, digits.length - decimals)}${
            decimals ? `.${digits.slice(digits.length - decimals)}` : ''
          }`;
          const out = formatMoney(money(text, code), { locale, notation });
          expect(out).not.toMatch(/[\u00a0\u202f]/);
        },
      ),
      { numRuns: 300 },
    );
  });
  it('writes every digit of huge amounts in standard notation', () => {
    expect(formatMoney(money('123456789012345678901234.56', 'EUR'))).toBe(
      '€123,456,789,012,345,678,901,234.56',
    );
  });
});
