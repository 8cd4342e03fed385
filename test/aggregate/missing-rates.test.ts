import { describe, expect, it } from 'vitest';
import { aggregate, type Commitment, parseFigure, ratesFromList } from '../../src/index';
import { intervalDigits as iv, groupOf as row } from '../helpers';
import { joint, stake } from './fixtures';

const rates = ratesFromList([
  { base: 'EUR', quote: 'GBP', value: '0.8675', date: '2025-09-17', source: 'ECB' },
  { base: 'EUR', quote: 'USD', value: '1.1837', date: '2025-09-17', source: 'ECB' },
]);
/** GBP [120m, 170m] dated before the first fix: no rate for its day. */
const early: Commitment = {
  id: 'early',
  kind: 'investment',
  status: 'announced',
  date: '2025-09-01',
  amount: parseFigure('between £120m and £170m'),
  parties: [
    { party: 'nvidia', role: 'investor' },
    { party: 'nscale', role: 'recipient' },
  ],
};
const euros: Commitment = { ...stake, id: 'euros', amount: parseFigure('€138.6m') };

describe('aggregate', () => {
  describe('a fix too old for the day is no rate (maxRateAgeDays)', () => {
    const later = (date: string): Commitment => ({ ...early, id: `on-${date}`, date });
    it('converts with a fix up to 7 days old by default, names an older one as NO_RATE', () => {
      const week = aggregate([later('2025-09-24')], { by: 'investor', to: 'EUR', rates });
      expect(week.grandTotal.converted?.complete).toBe(true);
      expect(week.rates.map((u) => u.date)).toEqual(['2025-09-17']);
      const month = aggregate([later('2025-10-17')], { by: 'investor', to: 'EUR', rates });
      expect(month.grandTotal.converted?.complete).toBe(false);
      expect(month.grandTotal.issues.map((i) => i.message)).toEqual([
        'no GBP→EUR rate on 2025-10-17 or in the 7 days before (1 commitment(s))',
      ]);
    });
    it('follows the option', () => {
      const r = aggregate([later('2025-10-17')], { by: 'investor', to: 'EUR', rates, maxRateAgeDays: 30 });
      expect(r.grandTotal.converted?.complete).toBe(true);
      const none = aggregate([later('2025-09-18')], { by: 'investor', to: 'EUR', rates, maxRateAgeDays: 0 });
      expect(none.grandTotal.issues.map((i) => i.code)).toEqual(['NO_RATE']);
    });
    it('throws INVALID_ARGUMENT for a limit that is not a whole number of days from 0', () => {
      expect(() => aggregate([early], { to: 'EUR', rates, maxRateAgeDays: -1 })).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
      );
    });
  });
  describe('a missing rate never hides (issue 12)', () => {
    it('leaves the high end unknown and the low end at what was converted', () => {
      const r = aggregate([early], { by: 'investor', to: 'EUR', rates });
      const g = row(r, 'nvidia');
      expect(iv(g?.totals.GBP)).toEqual(['120000000', '170000000']);
      expect(iv(g?.converted)).toEqual(['0', null]);
      expect(g?.converted?.complete).toBe(false);
      expect(g?.converted?.highInclusive).toBe(false);
      expect(g?.issues.map((i) => i.code)).toEqual(['NO_RATE']);
      expect(r.grandTotal.converted?.complete).toBe(false);
      expect(iv(r.grandTotal.converted)).toEqual(['0', null]);
      expect(r.grandTotal.issues.map((i) => i.code)).toEqual(['NO_RATE']);
    });
    it('never gives a converted part as the whole: [€138.6m, unknown], not [€138.6m, €138.6m]', () => {
      const r = aggregate([euros, early], { by: 'investor', to: 'EUR', rates });
      expect(iv(row(r, 'nvidia')?.converted)).toEqual(['138600000', null]);
      expect(row(r, 'nvidia')?.converted?.complete).toBe(false);
    });
    it('leaves the low end unknown too when a contribution without a rate may be negative', () => {
      const refund: Commitment = { ...early, id: 'refund', amount: parseFigure('£-5m') };
      const r = aggregate([euros, refund], { by: 'investor', to: 'EUR', rates });
      expect(iv(row(r, 'nvidia')?.converted)).toEqual([null, null]);
      expect(row(r, 'nvidia')?.converted?.lowInclusive).toBe(false);
    });
    it('a row whose conversion is complete stays complete beside one that is not', () => {
      const microsoft: Commitment = {
        ...stake,
        id: 'ms',
        parties: [{ party: 'microsoft', role: 'investor' }],
      };
      const r = aggregate([early, microsoft], { by: 'investor', to: 'EUR', rates });
      expect(row(r, 'microsoft')?.converted?.complete).toBe(true);
      expect(row(r, 'microsoft')?.issues).toEqual([]);
      expect(row(r, 'nvidia')?.converted?.complete).toBe(false);
    });
    it('needs no rate for the target currency itself, whatever the date', () => {
      const { date: _d, ...undated } = euros;
      const r = aggregate([undated], { by: 'investor', to: 'EUR', rates });
      expect(r.grandTotal.converted?.complete).toBe(true);
    });
  });

  describe('an impossible commitment date (issue 12)', () => {
    const bad: Commitment = { ...stake, date: '2025-02-30' };
    for (const convert of [false, true]) {
      it(`is an INVALID_DATE issue naming the commitment, ${convert ? 'with' : 'without'} conversion`, () => {
        const r = aggregate([bad, joint], {
          by: 'investor',
          ...(convert ? { to: 'EUR', rates } : {}),
        });
        for (const t of [row(r, 'nvidia'), r.grandTotal]) {
          expect(t?.issues.map((i) => i.code)).toEqual(['INVALID_DATE']);
          expect(t?.issues[0]?.message).toContain('nvidia-stake');
          expect(t?.issues[0]?.message).toContain('2025-02-30');
        }
        expect(iv(row(r, 'nvidia')?.totals.GBP)).toEqual(['500000000', '11500000000']);
        if (convert) {
          expect(row(r, 'nvidia')?.converted?.complete).toBe(false);
          expect(iv(row(r, 'nvidia')?.converted)).toEqual(['0', null]);
        }
      });
    }
    it('a malformed date is the same issue, and converts at asOf when given', () => {
      for (const date of ['17/09/2025', 20250917 as unknown as string]) {
        const r = aggregate([{ ...stake, date }], { by: 'investor', to: 'EUR', rates });
        expect(r.grandTotal.issues.map((i) => i.code)).toEqual(['INVALID_DATE']);
        expect(r.grandTotal.converted?.complete).toBe(false);
        const at = aggregate([{ ...stake, date }], { by: 'investor', to: 'EUR', rates, asOf: '2025-09-17' });
        expect(at.grandTotal.issues.map((i) => i.code)).toEqual(['INVALID_DATE']);
        expect(at.grandTotal.converted?.complete).toBe(true);
      }
    });
  });
});
