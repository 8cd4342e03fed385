import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ConversionSnapshot,
  checkConversion,
  createRate,
  defaultToleranceBps,
  explainVerdict,
  figureFromJSON,
  impliedRate,
  impliedRates,
  parseEcbCsv,
  parseFigure,
  ratioCmp,
  ratioToDecimal,
  roundRatio,
  staticRates,
} from '../../src/index';
import { expectReckonError } from '../helpers';
import { HIST_CSV } from '../rates/fixtures';

const nscale: ConversionSnapshot = {
  from: parseFigure('£11bn'),
  to: parseFigure('€12.68bn'),
  eventDate: '2025-09-16',
  publishedDate: '2025-09-18',
};
const small = parseEcbCsv(HIST_CSV);

describe('impliedRate', () => {
  it('gives the point and the interval from the target rounding', () => {
    const r = impliedRate(nscale);
    expect([r.base, r.quote]).toEqual(['GBP', 'EUR']);
    expect(ratioToDecimal(r.point, 6)).toBe('1.152727');
    expect(ratioToDecimal(r.low, 6)).toBe('1.152273');
    expect(ratioToDecimal(r.high, 6)).toBe('1.153182');
  });
  it('widens the interval when the source is rounded too', () => {
    const r = impliedRate(nscale, { assumeSourceExact: false });
    expect(ratioToDecimal(r.low, 6)).toBe('1.102174'); // 12.675 / 11.5
    expect(ratioToDecimal(r.high, 6)).toBe('1.208095'); // 12.685 / 10.5
  });
  it('throws INVALID_ARGUMENT for a zero amount or opposite signs', () => {
    expectReckonError(
      () => impliedRate({ from: parseFigure('£0'), to: parseFigure('€1') }),
      'INVALID_ARGUMENT',
    );
    expectReckonError(
      () => impliedRate({ from: parseFigure('-£1m'), to: parseFigure('€1m') }),
      'INVALID_ARGUMENT',
    );
  });
  it('property: the interval contains the point', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 15n }),
        fc.bigInt({ min: 1n, max: 10n ** 15n }),
        (a, b) => {
          const s = {
            from: figureFromJSON({ currency: 'GBP', amount: a.toString(), qualifier: 'exact', quantum: '1' }),
            to: figureFromJSON({ currency: 'EUR', amount: b.toString(), qualifier: 'exact', quantum: '1' }),
          };
          for (const assumeSourceExact of [true, false]) {
            const r = impliedRate(s, { assumeSourceExact });
            expect(ratioCmp(r.low, r.point) <= 0 && ratioCmp(r.point, r.high) <= 0).toBe(true);
          }
        },
      ),
    );
  });
});

describe('checkConversion', () => {
  describe('the worked example (small ECB file)', () => {
    const v = checkConversion(nscale, small);
    it('is consistent with the 17 Sep 2025 fix', () => {
      expect(v.status).toBe('consistent');
      expect(v.best?.date).toBe('2025-09-17');
      expect(v.best?.gapBps).toBe(0);
      expect(v.best?.deviationBps).toBeCloseTo(-0.0909, 3);
      expect(v.window).toEqual({ from: '2025-09-15', to: '2025-09-18' });
      expect(v.fixesInWindow).toBe(4);
      expect(v.toleranceBps).toBe(44);
    });
    it('explains itself in English and German', () => {
      expect(explainVerdict(v)).toBe(
        '€12.68bn is £11bn at the ECB reference rate of 17 Sep 2025 (0.8675 GBP per EUR), within 0.1 bp.',
      );
      expect(explainVerdict(v, { locale: 'de' })).toContain('0,8675 GBP je EUR');
    });
    it('ignores qualifiers that cover both sides', () => {
      const up = { ...nscale, from: parseFigure('up to £11bn') };
      expect(checkConversion(up, small).status).toBe('consistent');
    });
  });

  describe('reasons', () => {
    it('inverted: the writer used GBP per EUR', () => {
      const v = checkConversion({ ...nscale, to: parseFigure('€9.54bn') }, small);
      expect(v.status).toBe('inconsistent');
      expect(v.reasons).toContain('inverted');
      expect(explainVerdict(v)).toContain('inverted');
    });
    it('scale: million for billion', () => {
      const v = checkConversion({ ...nscale, to: parseFigure('€12.68m') }, small);
      expect(v.status).toBe('inconsistent');
      expect(v.reasons).toContain('scale');
      expect(explainVerdict(v)).toContain('factor of 1,000');
    });
    it('tooCoarse: €13bn cannot tell', () => {
      const v = checkConversion({ ...nscale, to: parseFigure('€13bn') }, small);
      expect(v.status).toBe('indeterminate');
      expect(v.reasons).toEqual(['tooCoarse']);
      expect(
        checkConversion({ ...nscale, to: parseFigure('€13bn') }, small, { maxResolutionBps: 500 }).status,
      ).not.toBe('indeterminate');
      expect(explainVerdict(v)).toContain('too coarse');
    });
    it('noReferenceRate: a weekend-only window', () => {
      const v = checkConversion(nscale, small, { window: { from: '2025-09-13', to: '2025-09-14' } });
      expect(v.status).toBe('indeterminate');
      expect(v.reasons).toEqual(['noReferenceRate']);
      expect(v.best).toBeUndefined();
      expect(explainVerdict(v)).toContain('No reference rate');
    });
    it('matchesOutsideWindow: names the day whose fix would match', () => {
      // 11 / 0.8708 = 12.6321…: the 19 Sep fix, outside a window that ends on the 17th.
      const v = checkConversion(
        { ...nscale, to: parseFigure('€12.632bn'), publishedDate: '2025-09-17' },
        small,
        {
          window: { from: '2025-09-15', to: '2025-09-17' },
          toleranceBps: 5,
        },
      );
      expect(v.status).toBe('inconsistent');
      expect(v.reasons).toContain('matchesOutsideWindow');
      expect(v.outsideMatch?.date).toBe('2025-09-19');
      expect(explainVerdict(v)).toContain('19 Sep 2025 would match');
    });
    it('withinTolerance: a fix slightly outside the interval', () => {
      const v = checkConversion({ ...nscale, to: parseFigure('€12.72bn') }, small);
      expect(v.status).toBe('withinTolerance');
      expect(v.best?.gapBps).toBeGreaterThan(0);
      expect(v.best?.gapBps).toBeLessThanOrEqual(44);
      expect(explainVerdict(v)).toContain('tolerance');
      expect(
        checkConversion({ ...nscale, to: parseFigure('€12.72bn') }, small, { toleranceBps: 1 }).status,
      ).toBe('inconsistent');
    });
  });

  describe('rates given as one rate or a list', () => {
    it('uses a single rate whatever its day', () => {
      const r = createRate({
        base: 'EUR',
        quote: 'GBP',
        value: '0.8675',
        date: '2025-01-01',
        source: 'user',
      });
      const v = checkConversion(nscale, r);
      expect(v.status).toBe('consistent');
      expect(v.window).toEqual({ from: '2025-01-01', to: '2025-01-01' });
      expect(checkConversion(nscale, [r], { window: { from: '2025-01-01', to: '2025-01-01' } }).status).toBe(
        'consistent',
      );
    });
  });

  describe('errors', () => {
    it('INVALID_ARGUMENT without dates or window, and for bad tolerances', () => {
      expectReckonError(
        () => checkConversion({ from: nscale.from, to: nscale.to }, small),
        'INVALID_ARGUMENT',
      );
      expectReckonError(
        () => checkConversion(nscale, small, { toleranceBps: Number.NaN }),
        'INVALID_ARGUMENT',
      );
      expectReckonError(() => checkConversion(nscale, small, { toleranceBps: -1 }), 'INVALID_ARGUMENT');
    });
    it('INVALID_DATE for a malformed window or snapshot date', () => {
      expectReckonError(
        () => checkConversion(nscale, small, { window: { from: 'x', to: '2025-09-18' } }),
        'INVALID_DATE',
      );
      expectReckonError(() => checkConversion({ ...nscale, eventDate: '16.09.2025' }, small), 'INVALID_DATE');
    });
  });

  describe('properties', () => {
    it('a snapshot built from a reference rate, rounded to its quantum, is consistent with it', () => {
      fc.assert(
        fc.property(
          fc.bigInt({ min: 1n, max: 999n }),
          fc.integer({ min: 0, max: 2 }),
          fc.bigInt({ min: 5000n, max: 20000n }),
          (mantissa, decimals, rate4) => {
            // from: mantissa bn GBP; rate: rate4 / 10^4 EUR per GBP; to: rounded to decimals of a billion.
            const from = figureFromJSON({
              currency: 'GBP',
              amount: `${mantissa}000000000`,
              qualifier: 'exact',
              quantum: '1000000000',
            });
            const exact = { n: mantissa * rate4, d: 10_000n };
            const units = roundRatio(exact, decimals);
            const toAmount = (units * 10n ** BigInt(9 - decimals)).toString();
            const to = figureFromJSON({
              currency: 'EUR',
              amount: toAmount,
              qualifier: 'exact',
              quantum: (10n ** BigInt(9 - decimals)).toString(),
            });
            if (units === 0n) return;
            const rate = createRate({
              base: 'GBP',
              quote: 'EUR',
              value: { n: rate4, d: 10_000n },
              date: '2025-09-17',
            });
            const v = checkConversion({ from, to }, rate, { maxResolutionBps: 1e9 });
            expect(v.status).toBe('consistent');
          },
        ),
      );
    });
    it('swapping from and to inverts the implied rate', () => {
      fc.assert(
        fc.property(
          fc.bigInt({ min: 1n, max: 10n ** 12n }),
          fc.bigInt({ min: 1n, max: 10n ** 12n }),
          (a, b) => {
            const A = figureFromJSON({
              currency: 'GBP',
              amount: a.toString(),
              qualifier: 'exact',
              quantum: '1',
            });
            const B = figureFromJSON({
              currency: 'EUR',
              amount: b.toString(),
              qualifier: 'exact',
              quantum: '1',
            });
            const ab = impliedRate({ from: A, to: B }).point;
            const ba = impliedRate({ from: B, to: A }).point;
            expect({ n: ab.n * ba.n, d: ab.d * ba.d }).toSatisfy(
              (r: { n: bigint; d: bigint }) => r.n === r.d,
            );
          },
        ),
      );
    });
  });
});

describe('defaultToleranceBps', () => {
  it('uses the per-pair defaults in either order', () => {
    expect(defaultToleranceBps('GBP', 'EUR')).toBe(44);
    expect(defaultToleranceBps('USD', 'GBP')).toBe(67);
    expect(defaultToleranceBps('EUR', 'USD')).toBe(70);
    expect(defaultToleranceBps('EUR', 'JPY')).toBe(100);
  });
});

describe('impliedRates', () => {
  it('turns reported conversions into a provider of implied rates', () => {
    const rates = impliedRates([nscale, { from: nscale.from, to: nscale.to }]);
    const r = rates.rateOn('GBP', 'EUR', '2025-09-18');
    expect(r?.rate.source).toBe('implied');
    expect(ratioToDecimal(r?.rate.value ?? { n: 0n, d: 1n }, 6)).toBe('1.152727');
    expect(staticRates([]).fixes('GBP', 'EUR', '2025-01-01', '2025-12-31')).toEqual([]);
  });
});

const HISTORY = new URL('../../../shared/data/ecb/eurofxref-hist.csv', import.meta.url);
const hasHistory = existsSync(HISTORY);
if (!hasHistory)
  console.warn(`[reckon tests] ECB history not found at ${HISTORY.pathname}: real-history tests skipped.`);

describe.skipIf(!hasHistory)('against the real ECB history (../shared/data/ecb/eurofxref-hist.csv)', () => {
  it('reproduces the worked example: consistent, best fix 2025-09-17', () => {
    const rates = parseEcbCsv(readFileSync(HISTORY, 'utf8'));
    expect(rates.issues).toEqual([]);
    expect(rates.span).toEqual({ first: '1999-01-04', last: '2026-04-13' });
    const v = checkConversion(nscale, rates);
    expect(v.status).toBe('consistent');
    expect(v.best?.date).toBe('2025-09-17');
    expect(v.fixesInWindow).toBe(4);
    const eurGbp = (d: string) =>
      ratioToDecimal(rates.rateOn('EUR', 'GBP', d)?.rate.value ?? { n: 0n, d: 1n });
    expect(['2025-09-15', '2025-09-16', '2025-09-17', '2025-09-18', '2025-09-19'].map(eurGbp)).toEqual([
      '0.8641',
      '0.8656',
      '0.8675',
      '0.868',
      '0.8708',
    ]);
  });
});
