import { describe, expect, it } from 'vitest';
import { money } from '../../src/index';
import { intervalText, moneyFormatter } from '../../src/report/text';

const iv = (low: string | null, high: string | null, code = 'GBP') => ({
  currency: code,
  low: low === null ? null : money(low, code),
  high: high === null ? null : money(high, code),
  lowInclusive: true,
  highInclusive: true,
});
const text = (low: string | null, high: string | null, language: 'en' | 'de' = 'en') =>
  intervalText(iv(low, high), language, moneyFormatter(language));

describe('intervalText', () => {
  describe('a rounded interval (review4 K5)', () => {
    it('writes ends exact at three decimals as they are, in both languages', () => {
      expect(text('1145000000', '1155000000')).toBe('£1.145bn – £1.155bn');
      expect(text('1145000000', '1155000000', 'de')).toBe('1,145 Mrd. £ – 1,155 Mrd. £');
    });
    it('rounds the low end down and the high end up', () => {
      expect(text('1144999999.99', '1155000000.01')).toBe('£1.14bn – £1.16bn');
      expect(text('0', '1154999999')).toBe('up to £1.16bn');
      expect(text('1145000001', null)).toBe('≥ £1.14bn');
      expect(text(null, '1154999999')).toBe('≤ £1.16bn');
    });
  });
});
