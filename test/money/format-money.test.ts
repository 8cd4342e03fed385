import { describe, expect, it } from 'vitest';
import { formatMoney, money } from '../../src/index';

describe('formatMoney', () => {
  describe('every digit in standard notation', () => {
    it('writes more than 20 decimals without a RangeError', () => {
      expect(formatMoney(money('0.000000000000000000001', 'USD'))).toBe('US$0.000000000000000000001');
      expect(formatMoney(money('-0.0000000000000000000015', 'EUR'), { locale: 'de-DE' })).toMatch(
        /^-0,0000000000000000000015\s€$/,
      );
    });
    it('writes amounts beyond 1.8e308 digit by digit, never "∞"', () => {
      const text = formatMoney(money('9'.repeat(400), 'EUR'));
      expect(text).not.toContain('∞');
      expect(text.replace(/[€,]/g, '')).toBe(`${'9'.repeat(400)}.00`);
      expect(text.startsWith('€9,999,999,')).toBe(true);
      const compact = formatMoney(money('9'.repeat(400), 'EUR'), { notation: 'compact' });
      expect(compact).not.toContain('∞');
    });
    it("writes decimals past the currency's own, but no needless zeros", () => {
      expect(formatMoney(money('0.125', 'USD'))).toBe('US$0.125');
      expect(formatMoney(money('1.5000', 'EUR'))).toBe('€1.50');
    });
  });
});
