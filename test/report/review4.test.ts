import { describe, expect, it } from 'vitest';
import { nscaleDataset } from '../../src/datasets/nscale-2025-09/index';
import { aggregate, type Dataset, money, renderReportHtml } from '../../src/index';
import { intervalText, moneyFormatter, WORDS } from '../../src/report/text';

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

describe('renderReportHtml', () => {
  const facts = (dataset: Dataset) => {
    const result = aggregate(dataset.commitments, {
      to: 'EUR',
      rates: dataset.rates,
      parties: dataset.parties,
      fallbackDate: '2025-09-18',
    });
    return renderReportHtml(result, dataset);
  };
  const esc = (s: string) => s.replaceAll("'", '&#39;');

  describe('the rate day in the header (review4 K11)', () => {
    it('says the article’s date is used for commitments without a date of their own', () => {
      const nscale = nscaleDataset();
      expect(nscale.commitments.some((c) => c.date === undefined)).toBe(true);
      expect(facts(nscale)).toContain(`<dd>${esc(WORDS.en.asOfEachOrArticle)}</dd>`);
    });
    it('says each commitment’s own date when every one has one', () => {
      const nscale = nscaleDataset();
      const dated = { ...nscale, commitments: nscale.commitments.map((c) => ({ ...c, date: '2025-09-16' })) };
      expect(facts(dated)).toContain(`<dd>${esc(WORDS.en.asOfEach)}</dd>`);
    });
  });
});
