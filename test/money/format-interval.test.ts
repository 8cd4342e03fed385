import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figureBounds, formatInterval, money, moneyEquals, parseFigure } from '../../src/index';
import { ratioCmp } from '../../src/math/ratio';
import { moneyRatio } from '../../src/money/units';
import { expectReckonError } from '../helpers';

const iv = (low: string | null, high: string | null, code = 'EUR', inclusive = true) => ({
  low: low === null ? null : money(low, code),
  high: high === null ? null : money(high, code),
  lowInclusive: inclusive,
  highInclusive: inclusive,
});

describe('formatInterval', () => {
  describe('one point', () => {
    it('writes the value compactly', () => {
      expect(formatInterval(iv('500000000', '500000000', 'GBP'))).toBe('£500m');
    });
  });
  describe('from zero', () => {
    it('says "up to", or "under" for an open end', () => {
      expect(formatInterval(figureBounds(parseFigure('up to £11bn')))).toBe('up to £11bn');
      expect(formatInterval(iv('0', '11000000000', 'GBP', false))).toBe('under £11bn');
    });
  });
  describe('one end open', () => {
    it('uses ≥, >, ≤ and <', () => {
      expect(formatInterval(figureBounds(parseFigure('at least $10bn')))).toBe('≥ $10bn');
      expect(formatInterval(figureBounds(parseFigure('more than $10bn')))).toBe('> $10bn');
      expect(formatInterval(iv(null, '5', 'EUR', false))).toBe('< €5');
      expect(formatInterval(iv(null, null))).toBe('unbounded');
    });
  });
  describe('a range', () => {
    it('writes both ends at one scale', () => {
      expect(formatInterval(iv('580000000', '13260000000'))).toBe('€0.58bn – €13.26bn');
      expect(formatInterval(figureBounds(parseFigure('£11bn'), { view: 'rounding' }))).toBe(
        '£10.5bn – £11.5bn',
      );
    });
  });
  describe('currencies that share a sign (review F20)', () => {
    it('writes the unambiguous sign or the ISO code, as formatFigure does', () => {
      expect(formatInterval(iv('2000000000', '2000000000', 'CAD'))).toBe('C$2bn');
      expect(formatInterval(iv('300000000', '300000000', 'AUD'))).toBe('A$300m');
      expect(formatInterval(iv('10000000000', '10000000000', 'CNY'))).toBe('CN¥10bn');
      expect(formatInterval(iv('10000000000', '10000000000', 'SEK'))).toBe('SEK 10bn');
      expect(formatInterval(iv('5', '5', 'USD'))).toBe('$5');
    });
    it('law: every ECB currency written as a point reads back as the same currency and amount', () => {
      const codes = [
        'USD',
        'JPY',
        'BGN',
        'CZK',
        'DKK',
        'GBP',
        'HUF',
        'PLN',
        'RON',
        'SEK',
        'CHF',
        'ISK',
        'NOK',
        'TRY',
        'AUD',
        'BRL',
        'CAD',
        'CNY',
        'HKD',
        'IDR',
        'ILS',
        'INR',
        'KRW',
        'MXN',
        'MYR',
        'NZD',
        'PHP',
        'SGD',
        'THB',
        'ZAR',
        'EUR',
        'RUB',
      ];
      fc.assert(
        fc.property(
          fc.constantFrom(...codes),
          fc.integer({ min: 1, max: 999 }),
          fc.integer({ min: 0, max: 4 }),
          (code, n, group) => {
            const amount = `${n}${'000'.repeat(group)}`;
            const text = formatInterval(iv(amount, amount, code));
            const back = parseFigure(text);
            expect(back.amount.toJSON().currency.code).toBe(code);
            expect(moneyEquals(back.amount, money(amount, code))).toBe(true);
          },
        ),
      );
    });
  });
  describe('amounts beyond a double (review F2)', () => {
    it('writes every digit, never "∞"', () => {
      const huge = `5${'0'.repeat(400)}`;
      const text = formatInterval(iv(huge, null, 'USD', false));
      expect(text).not.toContain('∞');
      expect(text.replace(/[^0-9]/g, '')).toBe(`5${'0'.repeat(400 - 12)}`);
    });
    it('rounds one point half away from zero, from the exact digits', () => {
      expect(formatInterval(iv('13255000000', '13255000000'))).toBe('€13.26bn');
      expect(formatInterval(iv('-12.345', '-12.345'))).toBe('-€12.35');
    });
  });
  describe('a rounded interval (review4 K5)', () => {
    it('writes ends exact at three decimals as they are', () => {
      expect(formatInterval(iv('1145000000', '1155000000', 'GBP'))).toBe('£1.145bn – £1.155bn');
      expect(formatInterval(iv('575000000', '13255000000'))).toBe('€0.575bn – €13.255bn');
    });
    it('rounds the low end down and the high end up, so the interval written holds the computed one', () => {
      expect(formatInterval(iv('574999999.99', '13254999999.99'))).toBe('€0.57bn – €13.26bn');
      expect(formatInterval(iv('77854629799.74', '78000000000'))).toBe('€77.85bn – €78bn');
      expect(formatInterval(iv('-1155000001', '-1144999999', 'GBP'))).toBe('-£1.16bn – -£1.14bn');
      expect(formatInterval(iv('0', '1154999999', 'GBP'))).toBe('up to £1.16bn');
      expect(formatInterval(iv('1145000001', null, 'GBP'))).toBe('≥ £1.14bn');
    });
    it('holds the exact ends, read back, for any interval', () => {
      const decimal = (cents: bigint) => `${cents / 100n}.${(cents % 100n).toString().padStart(2, '0')}`;
      const read = (text: string) => moneyRatio(parseFigure(text.replace(/^(up to|≥|>|≤|<) /, '')).amount);
      fc.assert(
        fc.property(
          fc.bigInt({ min: 0n, max: 10n ** 17n }),
          fc.bigInt({ min: 1n, max: 10n ** 17n }),
          fc.constantFrom('EUR', 'GBP', 'USD'),
          fc.constantFrom('both', 'low', 'high'),
          (low, width, code, shape) => {
            const lo = shape === 'high' ? null : decimal(low);
            const hi = shape === 'low' ? null : decimal(low + width);
            const text = formatInterval(iv(lo, hi, code));
            const [a = '', b] = text.split(' – ');
            if (lo !== null && hi !== null && b === undefined) {
              // From zero: "up to" the high end.
              expect(ratioCmp(read(a), moneyRatio(money(hi, code)))).toBeGreaterThanOrEqual(0);
              return;
            }
            if (lo !== null) expect(ratioCmp(read(a), moneyRatio(money(lo, code)))).toBeLessThanOrEqual(0);
            if (hi !== null)
              expect(ratioCmp(read(b ?? a), moneyRatio(money(hi, code)))).toBeGreaterThanOrEqual(0);
          },
        ),
      );
    });
  });
  describe('errors', () => {
    it('throws INVALID_ARGUMENT for ends that are not money, flags that are not booleans, or two currencies', () => {
      expectReckonError(() => formatInterval(null as never), 'INVALID_ARGUMENT');
      expectReckonError(
        () => formatInterval({ low: '1', high: null, lowInclusive: true, highInclusive: true } as never),
        'INVALID_ARGUMENT',
      );
      expectReckonError(
        () => formatInterval({ ...iv('1', '2'), lowInclusive: 'yes' } as never),
        'INVALID_ARGUMENT',
      );
      expectReckonError(
        () => formatInterval({ ...iv('1', '2'), high: money('2', 'GBP') }),
        'INVALID_ARGUMENT',
      );
    });
  });
});
