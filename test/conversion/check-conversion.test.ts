import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ConversionSnapshot,
  checkConversion,
  defaultToleranceBps,
  explainVerdict,
  figureFromJSON,
  impliedRate,
  isTargetBusinessDay,
  parseFigure,
  rate,
  ratesFromConversions,
  ratesFromEcbCsv,
  ratesFromList,
  ratioCmp,
  ratioToDecimal,
  ratioToString,
  roundRatio,
} from '../../src/index';
import { addDays } from '../../src/rates/dates';
import { expectReckonError } from '../helpers';
import { EDGE_CSV, HIST_CSV } from '../rates/fixtures';

const nscale: ConversionSnapshot = {
  from: parseFigure('£11bn'),
  to: parseFigure('€12.68bn'),
  eventDate: '2025-09-16',
  publishedDate: '2025-09-18',
};
const small = ratesFromEcbCsv(HIST_CSV);

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
  it('throws INVALID_CONVERSION for a zero amount or opposite signs', () => {
    expectReckonError(
      () => impliedRate({ from: parseFigure('£0'), to: parseFigure('€1') }),
      'INVALID_CONVERSION',
    );
    expectReckonError(
      () => impliedRate({ from: parseFigure('-£1m'), to: parseFigure('€1m') }),
      'INVALID_CONVERSION',
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

/** A figure written exactly as given: amount and quantum in major units. */
const fig = (currency: string, amount: string, quantum: string) =>
  figureFromJSON({ currency, amount, qualifier: 'exact', quantum });
/** GBP→EUR rates, one per [day, value] ("n/d" or a decimal). */
const gbpEur = (...fixes: [string, string][]) =>
  ratesFromList(fixes.map(([date, value]) => ({ base: 'GBP', quote: 'EUR', value, date })));
/** £100 → €115: I = [1.145, 1.155] EUR per GBP, half-width 43.5 bp. */
const hundred = { from: fig('GBP', '100', '1'), to: fig('EUR', '115', '1') };

describe('checkConversion', () => {
  describe('the worked example (small ECB file)', () => {
    const v = checkConversion(nscale, small);
    it('is consistent with the 17 Sep 2025 fix', () => {
      expect(v.status).toBe('consistent');
      expect(v.reasons).toEqual([]);
      expect(v.best?.date).toBe('2025-09-17');
      expect(v.best?.gapBps).toBe(0);
      expect(v.best?.deviationBps).toBeCloseTo(-0.0909, 3);
      expect(v.window).toEqual({ from: '2025-09-15', to: '2025-09-18' });
      expect(v.fixesInWindow).toBe(4);
      expect(v.toleranceBps).toBe(44);
      expect(v.ratesSpan).toEqual({ from: '2025-09-15', to: '2025-09-19' });
      expect(v.ratesEnd).toBeUndefined();
    });
    it('ignores qualifiers that cover both sides', () => {
      const up = { ...nscale, from: parseFigure('up to £11bn') };
      expect(checkConversion(up, small).status).toBe('consistent');
    });
  });

  describe('the order of the rules', () => {
    const check = (to: string, options = {}) =>
      checkConversion({ ...nscale, to: parseFigure(to) }, small, options);
    it('a. no fix in the window: indeterminate, noReferenceRate, whatever the digits', () => {
      const v = checkConversion(nscale, small, { window: { from: '2025-09-13', to: '2025-09-14' } });
      expect([v.status, v.reasons, v.best, v.fixesInWindow]).toEqual([
        'indeterminate',
        ['noReferenceRate'],
        undefined,
        0,
      ]);
    });
    it.each([
      ['€14bn', undefined],
      ['€15bn', undefined],
      ['€11bn', undefined], // never converted
      ['€13m', 'scale'], // million for billion
    ])('b. %s misses every fix by more than τ: inconsistent, not tooCoarse', (to, reason) => {
      const v = check(to);
      expect(v.status).toBe('inconsistent');
      expect(v.reasons).not.toContain('tooCoarse');
      expect(v.best?.gapBps).toBeGreaterThan(44);
      if (reason) expect(v.reasons).toContain(reason);
      else expect(v.reasons).toEqual([]);
    });
    it('b. the gap is measured from the interval, not the point: €14bn misses by about 605 bp', () => {
      // I = [13.5/11, 14.5/11]; the 15 Sep fix 1/0.8641: (13.5/11 − 1/0.8641) / (1/0.8641) × 10⁴.
      expect(check('€14bn').best).toMatchObject({ date: '2025-09-15' });
      expect(check('€14bn').best?.gapBps).toBeCloseTo(604.86, 1);
    });
    it('c. a fix inside a narrow enough interval: consistent', () => {
      expect(check('€12.68bn').status).toBe('consistent');
    });
    it('d. a fix inside an interval wider than the limit: indeterminate, tooCoarse', () => {
      const v = check('€13bn'); // half-width 0.5/13 = 384.6 bp
      expect([v.status, v.reasons]).toEqual(['indeterminate', ['tooCoarse']]);
      expect(v.best?.gapBps).toBe(0);
      expect(check('€13bn', { maxResolutionBps: 384.6 }).reasons).toEqual(['tooCoarse']);
      expect(check('€13bn', { maxResolutionBps: 384.7 }).status).toBe('consistent');
    });
    it('d. a coarse interval within τ of a fix is tooCoarse too', () => {
      // €12.75bn under a 1 bp limit: I is 3.9 bp wide either way, the 15 Sep fix 12 bp below it (≤ τ).
      const v = checkConversion({ ...nscale, to: parseFigure('€12.75bn') }, small, {
        maxResolutionBps: 1,
        toleranceBps: 44,
      });
      expect(v.best?.gapBps).toBeGreaterThan(0);
      expect([v.status, v.reasons]).toEqual(['indeterminate', ['tooCoarse']]);
    });
    it('e. otherwise withinTolerance', () => {
      const v = check('€12.72bn');
      expect([v.status, v.reasons]).toEqual(['withinTolerance', []]);
      expect(v.best?.gapBps).toBeGreaterThan(0);
      expect(check('€12.72bn', { toleranceBps: 1 }).status).toBe('inconsistent');
    });
    it('τ is inclusive, exactly: a gap of exactly 44 bp is within tolerance, a hair more is not', () => {
      // A fix r above I with (r − 1.155) / r = 0.0044 exactly: r = 1.155 / 0.9956.
      const at = gbpEur(['2025-03-10', '11550/9956']);
      const window = { from: '2025-03-10', to: '2025-03-10' };
      const v = checkConversion(hundred, at, { window });
      expect(v.best?.gapBps).toBe(44);
      expect(v.status).toBe('withinTolerance');
      const beyond = gbpEur(['2025-03-10', '115501/99560']);
      expect(checkConversion(hundred, beyond, { window }).status).toBe('inconsistent');
    });
  });

  describe('best fix', () => {
    it('smallest gap, then smallest |deviation|, then the later day', () => {
      const window = { from: '2025-03-10', to: '2025-03-14' };
      // 1.15 is the point itself; 1.149 and 1.151 are inside too but deviate more.
      const v = checkConversion(
        hundred,
        gbpEur(
          ['2025-03-10', '1.15'],
          ['2025-03-11', '1.149'],
          ['2025-03-12', '1.15'],
          ['2025-03-13', '1.151'],
        ),
        { window },
      );
      expect(v.best?.date).toBe('2025-03-12');
      const outside = checkConversion(hundred, gbpEur(['2025-03-10', '1.16'], ['2025-03-11', '1.2']), {
        window,
      });
      expect(outside.best?.date).toBe('2025-03-10');
    });
  });

  describe('reasons, each judged on the implied interval', () => {
    it('inverted: the writer used GBP per EUR', () => {
      const v = checkConversion({ ...nscale, to: parseFigure('€9.54bn') }, small);
      expect([v.status, v.reasons]).toEqual(['inconsistent', ['inverted']]);
    });
    it('scale: $30.17bn → €25m has the right digits, 10³ off (within the interval, not the point)', () => {
      const v = checkConversion(
        { from: parseFigure('$30.17bn'), to: parseFigure('€25m'), publishedDate: '2025-09-18' },
        small,
      );
      expect([v.status, v.reasons]).toEqual(['inconsistent', ['scale']]);
      // The point alone is 191 bp from 1/1.1837 × 10⁻³, beyond τ = 70: only the interval catches it.
      expect(Math.abs(((25e6 / 30.17e9) * 1183.7 - 1) * 1e4)).toBeGreaterThan(70);
    });
    it.each([3, 6, 9, -3, -6, -9])('scale: 10^%i', (e) => {
      // €12.68bn × 10^e, quantum €0.01bn × 10^e.
      const shift = (digits: bigint, k: number) =>
        k >= 0 ? `${digits}${'0'.repeat(k)}` : ratioToDecimal({ n: digits, d: 10n ** BigInt(-k) }, 20);
      const to = fig('EUR', shift(1268n, 7 + e), shift(1n, 7 + e));
      const v = checkConversion({ ...nscale, to }, small);
      expect([v.status, v.reasons]).toEqual(['inconsistent', ['scale']]);
    });
    it('no reason when none applies', () => {
      expect(checkConversion({ ...nscale, to: parseFigure('€14bn') }, small).reasons).toEqual([]);
    });
  });

  describe('matchesOutsideWindow', () => {
    const window = { from: '2025-03-10', to: '2025-03-12' };
    const inWindow: [string, string][] = [
      ['2025-03-10', '2'],
      ['2025-03-11', '2'],
      ['2025-03-12', '2'],
    ];
    const check = (publishedDate: string, ...outside: [string, string][]) =>
      checkConversion({ ...hundred, publishedDate }, gbpEur(...inWindow, ...outside), { window });
    it('names the nearest fix outside the window that lies in I; ties go to the later day', () => {
      const v = check('2025-04-30', ['2025-03-07', '1.15'], ['2025-03-08', '1.15'], ['2025-03-14', '1.15']);
      expect(v.reasons).toEqual(['matchesOutsideWindow']);
      expect(v.outsideMatch?.date).toBe('2025-03-14');
      expect(check('2025-04-30', ['2025-03-08', '1.15'], ['2025-03-15', '1.15']).outsideMatch?.date).toBe(
        '2025-03-08',
      );
    });
    it('only a fix in I (gap 0) counts', () => {
      expect(check('2025-04-30', ['2025-03-09', '1.156']).reasons).toEqual([]);
    });
    it('never names a fix after the publication date', () => {
      expect(check('2025-03-13', ['2025-03-14', '1.15']).reasons).toEqual([]);
      expect(check('2025-03-14', ['2025-03-14', '1.15']).outsideMatch?.date).toBe('2025-03-14');
      // The worked example, checked as if published on the 17th: the 19 Sep fix would match, but came later.
      const late = {
        ...nscale,
        to: parseFigure('€12.632bn'),
        eventDate: '2025-09-17',
        publishedDate: '2025-09-17',
      };
      expect(checkConversion(late, small, { toleranceBps: 5 }).reasons).toEqual([]);
      const v = checkConversion({ ...late, publishedDate: '2025-09-19' }, small, {
        toleranceBps: 5,
        window: { from: '2025-09-15', to: '2025-09-17' },
      });
      expect(v.outsideMatch?.date).toBe('2025-09-19');
    });
    it('not even before a window that starts after publication', () => {
      expect(check('2025-03-05', ['2025-03-08', '1.15']).reasons).toEqual([]);
      expect(check('2025-03-05', ['2025-03-04', '1.15']).outsideMatch?.date).toBe('2025-03-04');
    });
    it('searches 30 days either side, not 31', () => {
      expect(check('2025-06-30', ['2025-02-08', '1.15']).outsideMatch?.date).toBe('2025-02-08');
      expect(check('2025-06-30', ['2025-02-07', '1.15']).reasons).toEqual([]);
      expect(check('2025-06-30', ['2025-04-11', '1.15']).outsideMatch?.date).toBe('2025-04-11');
      expect(check('2025-06-30', ['2025-04-12', '1.15']).reasons).toEqual([]);
    });
    it('finds a match before the default window', () => {
      // Published 19 Sep, window 18–19; €12.73bn matches the 15 Sep fix (1/0.8641).
      const v = checkConversion(
        { ...nscale, to: parseFigure('€12.73bn'), eventDate: '2025-09-19', publishedDate: '2025-09-19' },
        small,
        { toleranceBps: 5 },
      );
      expect(v.window).toEqual({ from: '2025-09-18', to: '2025-09-19' });
      expect(v.outsideMatch?.date).toBe('2025-09-15');
    });
  });

  describe('the window', () => {
    const edge = ratesFromEcbCsv(EDGE_CSV);
    it('starts at the last day with a fix in the rates given, not a calendar day: 2 Jan 2002', () => {
      // The ECB published nothing on 31 Dec 2001, a TARGET business day by the calendar.
      expect(isTargetBusinessDay('2001-12-31')).toBe(true);
      const v = checkConversion(
        { from: parseFigure('€1bn'), to: parseFigure('$881.3m'), publishedDate: '2002-01-02' },
        edge,
      );
      expect(v.window).toEqual({ from: '2001-12-28', to: '2002-01-02' });
      expect([v.status, v.best?.date]).toEqual(['consistent', '2001-12-28']);
    });
    it('3 Jan 2000 reaches back to 30 Dec 1999 (nothing was published on the 31st)', () => {
      const v = checkConversion(
        { from: parseFigure('€1bn'), to: parseFigure('$1.0046bn'), publishedDate: '2000-01-03' },
        edge,
      );
      expect(v.window.from).toBe('1999-12-30');
      expect([v.status, v.best?.date]).toEqual(['consistent', '1999-12-30']);
    });
    it('takes the days of the pair: a cross pair needs both legs', () => {
      const rates = ratesFromList([
        { base: 'EUR', quote: 'USD', value: '1.1', date: '2025-03-06' },
        { base: 'EUR', quote: 'GBP', value: '0.85', date: '2025-03-06' },
        { base: 'EUR', quote: 'USD', value: '1.1', date: '2025-03-07' },
      ]);
      const v = checkConversion(
        { from: parseFigure('£85m'), to: parseFigure('$110m'), publishedDate: '2025-03-10' },
        rates,
      );
      expect(v.window).toEqual({ from: '2025-03-06', to: '2025-03-10' });
      expect(v.status).toBe('consistent');
    });
    it('starts at the earliest date when the rates have no earlier fix', () => {
      const v = checkConversion(nscale, ratesFromList([]));
      expect(v.window).toEqual({ from: '2025-09-16', to: '2025-09-18' });
    });
    it('throws INVALID_DATE for a window that ends before it starts', () => {
      expectReckonError(
        () => checkConversion(nscale, small, { window: { from: '2025-09-18', to: '2025-09-17' } }),
        'INVALID_DATE',
      );
      expect(
        checkConversion(nscale, small, { window: { from: '2025-09-17', to: '2025-09-17' } }).status,
      ).toBe('consistent');
    });
    it('says where the rates end when they end before the window does', () => {
      const v = checkConversion({ ...nscale, eventDate: '2025-09-24', publishedDate: '2025-09-25' }, small);
      expect(v.window).toEqual({ from: '2025-09-19', to: '2025-09-25' });
      expect(v.best?.date).toBe('2025-09-19');
      expect(v.ratesEnd).toBe('2025-09-19');
    });
  });

  describe('rates given as one rate or a list', () => {
    const fixOn = (date: string) => rate({ base: 'EUR', quote: 'GBP', value: '0.8675', date });
    it('one rate behaves exactly like a list of one', () => {
      for (const day of ['2025-01-01', '2025-09-17', '2025-09-18', '2025-12-01']) {
        expect(checkConversion(nscale, fixOn(day))).toEqual(checkConversion(nscale, [fixOn(day)]));
      }
    });
    it('an earlier rate within maxRateAgeDays opens the default window from its day, and the verdict says the rates end there', () => {
      const v = checkConversion(nscale, fixOn('2025-01-01'), { maxRateAgeDays: 366 });
      expect(v.window).toEqual({ from: '2025-01-01', to: '2025-09-18' });
      expect([v.status, v.ratesEnd]).toEqual(['consistent', '2025-01-01']);
    });
    it('an earlier rate more than 7 days (the default maxRateAgeDays) before the earliest date is another time’s rate: noReferenceRate', () => {
      const v = checkConversion(nscale, fixOn('2025-01-01'));
      expect(v.window).toEqual({ from: '2025-09-16', to: '2025-09-18' });
      expect([v.status, v.reasons]).toEqual(['indeterminate', ['noReferenceRate']]);
      // 16 Sep − 7 days = 9 Sep is still in reach; 8 Sep is not.
      expect(checkConversion(nscale, fixOn('2025-09-09')).window.from).toBe('2025-09-09');
      expect(checkConversion(nscale, fixOn('2025-09-08')).window.from).toBe('2025-09-16');
    });
    it('a rate inside the window counts; a later one does not', () => {
      expect(checkConversion(nscale, fixOn('2025-09-17')).window).toEqual({
        from: '2025-09-16',
        to: '2025-09-18',
      });
      expect(checkConversion(nscale, fixOn('2025-09-17')).status).toBe('consistent');
      expect(checkConversion(nscale, fixOn('2025-12-01')).reasons).toEqual(['noReferenceRate']);
    });
    it('accepts rate inputs with string values', () => {
      const input = { base: 'EUR', quote: 'GBP', value: '0.8675', date: '2025-09-17' };
      expect(checkConversion(nscale, input).status).toBe('consistent');
    });
  });

  describe('a range converted to a range: both ends at one fix', () => {
    const pair = (to: string) => ({
      from: parseFigure('between £10bn and £12bn'),
      to: parseFigure(to),
      publishedDate: '2025-09-18',
    });
    it('is consistent when the 17 Sep fix (1.152738 EUR per GBP) fits both ends', () => {
      // £10bn → €11.527bn, £12bn → €13.833bn
      const v = checkConversion(pair('between €11.53bn and €13.83bn'), small);
      expect([v.status, v.best?.date]).toEqual(['consistent', '2025-09-17']);
      expect(v.impliedMax && ratioToDecimal(v.impliedMax.point, 6)).toBe('1.1525');
    });
    it('is inconsistent when the upper end is wrong, however right the lower end is', () => {
      const v = checkConversion(pair('between €11.53bn and €20bn'), small);
      expect(v.status).toBe('inconsistent');
      expect(checkConversion(pair('between €9bn and €13.83bn'), small).status).toBe('inconsistent');
    });
    it('a range converted to a single figure, or the reverse, is indeterminate rangeMismatch', () => {
      const single = checkConversion(pair('€11.53bn'), small);
      expect([single.status, single.reasons]).toEqual(['indeterminate', ['rangeMismatch']]);
      const reverse = checkConversion(
        {
          from: parseFigure('£10bn'),
          to: parseFigure('between €11.53bn and €13.83bn'),
          publishedDate: '2025-09-18',
        },
        small,
      );
      expect([reverse.status, reverse.reasons]).toEqual(['indeterminate', ['rangeMismatch']]);
    });
    it('is never consistent unless each end alone is consistent (property)', () => {
      fc.assert(
        fc.property(fc.bigInt({ min: 1300n, max: 1450n }), (hundredths) => {
          const high = `€${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}bn`;
          const v = checkConversion(pair(`between €11.53bn and ${high}`), small);
          const upper = checkConversion(
            { from: parseFigure('£12bn'), to: parseFigure(high), publishedDate: '2025-09-18' },
            small,
          );
          if (v.status === 'consistent') expect(upper.status).toBe('consistent');
          if (upper.status === 'inconsistent') expect(v.status).toBe('inconsistent');
        }),
        { numRuns: 60 },
      );
    });
  });

  describe('dates far apart (more than 31 days)', () => {
    it('count only the fixes of the event and of the publication, not those between', () => {
      const v = checkConversion({ ...nscale, eventDate: '2025-08-01', publishedDate: '2025-09-19' }, small);
      expect(v.window).toEqual({ from: '2025-09-18', to: '2025-09-19' });
      expect(v.eventWindow).toEqual({ from: '2025-08-01', to: '2025-08-01' });
      // The 17 Sep fix, which lies in I, is neither the event's nor the publication's.
      expect([v.status, v.best?.date, v.fixesInWindow]).toEqual(['withinTolerance', '2025-09-18', 2]);
    });
    it('31 days apart is still one window', () => {
      const v = checkConversion({ ...nscale, eventDate: '2025-08-19', publishedDate: '2025-09-19' }, small);
      expect(v.eventWindow).toBeUndefined();
      expect([v.status, v.best?.date, v.window.from]).toEqual(['consistent', '2025-09-17', '2025-08-19']);
    });
  });

  describe('an eventDate after publishedDate (G11: a deal "expected to close on 1 December")', () => {
    // £100 → €115 published 18 Sep: the 18 Sep fix (1.17) misses I = [1.145, 1.155]; 1 Dec's (1.15) fits.
    const rates = gbpEur(
      ['2025-09-17', '1.17'],
      ['2025-09-18', '1.17'],
      ['2025-10-10', '1.15'],
      ['2025-12-01', '1.15'],
    );
    for (const eventDate of ['2025-12-01', '2025-10-10']) {
      it(`never reaches past publication (event ${eventDate}) and says so in laterEventDate`, () => {
        const v = checkConversion({ ...hundred, publishedDate: '2025-09-18', eventDate }, rates);
        expect(v.window).toEqual({ from: '2025-09-17', to: '2025-09-18' });
        expect(v.eventWindow).toBeUndefined();
        expect(v.laterEventDate).toBe(eventDate);
        expect([v.status, v.best?.date, v.fixesInWindow]).toEqual(['inconsistent', '2025-09-18', 2]);
        expect(v.outsideMatch).toBeUndefined();
        expect(explainVerdict(v)).toContain('after publication');
      });
    }
    it('an eventDate before publication keeps the window from the event (no laterEventDate)', () => {
      const v = checkConversion({ ...hundred, eventDate: '2025-09-18', publishedDate: '2025-10-10' }, rates);
      expect(v.window).toEqual({ from: '2025-09-17', to: '2025-10-10' });
      expect(v.laterEventDate).toBeUndefined();
    });
  });

  describe('an approximate converted figure (F4: "rund 170 Milliarden Euro")', () => {
    const rund = (to: string) =>
      checkConversion(
        { from: parseFigure('150 Milliarden Pfund'), to: parseFigure(to), publishedDate: '2025-09-18' },
        small,
      );
    it('its last integer zero may be rounding: rund 170 is 165–175, too coarse to tell', () => {
      const v = rund('rund 170 Milliarden Euro');
      expect([v.status, v.reasons]).toEqual(['indeterminate', ['tooCoarse']]);
      expect(ratioToDecimal(v.implied.low, 6)).toBe('1.1');
    });
    it('further zeros are as written: rund 200 (195–205) is inconsistent', () => {
      expect(rund('rund 200 Milliarden Euro').status).toBe('inconsistent');
    });
    it('without "rund", 170 is 169.5–170.5: inconsistent', () => {
      expect(rund('170 Milliarden Euro').status).toBe('inconsistent');
    });
  });

  describe('maxRateAgeDays and unknown options', () => {
    it('INVALID_ARGUMENT for a maxRateAgeDays that is not a whole number of days', () => {
      for (const bad of [-1, 1.5, Number.NaN, '7'])
        expectReckonError(
          () => checkConversion(nscale, small, { maxRateAgeDays: bad as never }),
          'INVALID_ARGUMENT',
        );
    });
    it('INVALID_ARGUMENT naming a misspelled option and the known ones', () => {
      const e = expectReckonError(
        () => checkConversion(nscale, small, { tolerenceBps: 5 } as never),
        'INVALID_ARGUMENT',
      );
      expect(e.message).toContain('options.tolerenceBps');
      expect(e.message).toContain('toleranceBps');
      expectReckonError(() => impliedRate(nscale, { assumeSourceExcat: false } as never), 'INVALID_ARGUMENT');
      // undefined is as absent
      expect(checkConversion(nscale, small, { toleranceBps: undefined } as never).status).toBe('consistent');
    });
  });

  describe('errors', () => {
    it('INVALID_CONVERSION without dates or window', () => {
      expectReckonError(
        () => checkConversion({ from: nscale.from, to: nscale.to }, small),
        'INVALID_CONVERSION',
      );
      expectReckonError(
        () => checkConversion({ ...nscale, to: parseFigure('€0') }, small),
        'INVALID_CONVERSION',
      );
    });
    it('INVALID_ARGUMENT for bad tolerances, and for rates that are not rates', () => {
      expectReckonError(
        () => checkConversion(nscale, small, { toleranceBps: Number.NaN }),
        'INVALID_ARGUMENT',
      );
      expectReckonError(() => checkConversion(nscale, small, { toleranceBps: -1 }), 'INVALID_ARGUMENT');
      expectReckonError(() => checkConversion(nscale, small, { maxResolutionBps: -1 }), 'INVALID_ARGUMENT');
      expectReckonError(() => checkConversion(nscale, 42 as never), 'INVALID_ARGUMENT');
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
            const from = fig('GBP', `${mantissa}000000000`, '1000000000');
            const units = roundRatio({ n: mantissa * rate4, d: 10_000n }, { digits: decimals });
            if (units === 0n) return;
            const quantum = 10n ** BigInt(9 - decimals);
            const to = fig('EUR', (units * quantum).toString(), quantum.toString());
            const fix = rate({
              base: 'GBP',
              quote: 'EUR',
              value: { n: rate4, d: 10_000n },
              date: '2025-09-17',
            });
            const v = checkConversion({ from, to, publishedDate: '2025-09-18' }, fix, {
              maxResolutionBps: 1e9,
            });
            expect(v.status).toBe('consistent');
          },
        ),
      );
    });
    it('a named outside match lies in I, within 30 days of the window and never after publication', () => {
      const day = fc.integer({ min: 0, max: 90 }).map((n) => addDays('2025-01-01', n));
      fc.assert(
        fc.property(
          fc.array(fc.tuple(day, fc.constantFrom('1.14', '1.145', '1.15', '1.155', '1.16', '2')), {
            maxLength: 30,
          }),
          day,
          fc.integer({ min: 0, max: 10 }),
          fc.integer({ min: -5, max: 40 }),
          (fixes, from, length, publishedAfter) => {
            const unique = [...new Map(fixes).entries()];
            const to = addDays(from, length);
            const publishedDate = addDays(to, publishedAfter);
            const v = checkConversion({ ...hundred, publishedDate }, gbpEur(...unique), {
              window: { from, to },
            });
            expect(v.reasons.includes('matchesOutsideWindow')).toBe(v.outsideMatch !== undefined);
            const m = v.outsideMatch;
            if (!m) return;
            expect(v.status).toBe('inconsistent');
            expect(m.date <= publishedDate).toBe(true);
            expect(m.date < from || m.date > to).toBe(true);
            expect(m.date >= addDays(from, -30) && m.date <= addDays(to, 30)).toBe(true);
            expect(['1.145', '1.15', '1.155']).toContain(ratioToString(m.rate.value));
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
            const A = fig('GBP', a.toString(), '1');
            const B = fig('EUR', b.toString(), '1');
            const ab = impliedRate({ from: A, to: B }).point;
            const ba = impliedRate({ from: B, to: A }).point;
            expect(ab.n * ba.n).toBe(ab.d * ba.d);
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

describe('ratesFromConversions', () => {
  it('turns reported conversions into a provider of implied rates', () => {
    const rates = ratesFromConversions([nscale, { from: nscale.from, to: nscale.to }]);
    const r = rates.rateOn('GBP', 'EUR', '2025-09-18');
    expect(r?.rate.source).toBe('implied');
    expect(ratioToDecimal(r?.rate.value ?? { n: 0n, d: 1n }, 6)).toBe('1.152727');
    expect(ratesFromList([]).fixes('GBP', 'EUR', '2025-01-01', '2025-12-31')).toEqual([]);
  });
});

const HISTORY = new URL('../../../shared/data/ecb/eurofxref-hist.csv', import.meta.url);
const hasHistory = existsSync(HISTORY);
if (!hasHistory)
  console.warn(`[reckon tests] ECB history not found at ${HISTORY.pathname}: real-history tests skipped.`);

describe.skipIf(!hasHistory)('against the real ECB history (../shared/data/ecb/eurofxref-hist.csv)', () => {
  const rates = hasHistory ? ratesFromEcbCsv(readFileSync(HISTORY, 'utf8')) : small;
  it('reproduces the worked example: consistent, best fix 2025-09-17', () => {
    expect(rates.issues).toEqual([]);
    expect(rates.span).toEqual({ from: '1999-01-04', to: '2026-04-13' });
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
  it.each([
    ['€14bn', []],
    ['€15bn', []],
    ['€11bn', []],
    ['€13m', ['scale']],
  ])('£11bn → %s is inconsistent with reasons %j', (to, reasons) => {
    const v = checkConversion({ ...nscale, to: parseFigure(to) }, rates);
    expect([v.status, v.reasons]).toEqual(['inconsistent', reasons]);
  });
  it('$30.17bn → €25m: scale', () => {
    const v = checkConversion(
      { from: parseFigure('$30.17bn'), to: parseFigure('€25m'), publishedDate: '2025-09-18' },
      rates,
    );
    expect([v.status, v.reasons]).toEqual(['inconsistent', ['scale']]);
  });
  it('2 Jan 2002: €1bn → $881.3m is consistent at the 28 Dec 2001 fix', () => {
    const v = checkConversion(
      { from: parseFigure('€1bn'), to: parseFigure('$881.3m'), publishedDate: '2002-01-02' },
      rates,
    );
    expect([v.status, v.best?.date, v.window.from]).toEqual(['consistent', '2001-12-28', '2001-12-28']);
  });
  it.each([
    ['ISK 10bn', '€67m', '2015-06-01'],
    ['₽100bn', '€1.03bn', '2025-09-17'],
  ])('%s → %s on %s: no fix within 7 days (a suspended series), so noReferenceRate', (from, to, day) => {
    const v = checkConversion({ from: parseFigure(from), to: parseFigure(to), publishedDate: day }, rates);
    expect([v.status, v.reasons, v.window]).toEqual([
      'indeterminate',
      ['noReferenceRate'],
      { from: day, to: day },
    ]);
    // The old fixes exist: a caller who wants them says so.
    expect(
      checkConversion({ from: parseFigure(from), to: parseFigure(to), publishedDate: day }, rates, {
        maxRateAgeDays: 366_000,
      }).fixesInWindow,
    ).toBeGreaterThan(0);
  });
  it('Vodafone–Mannesmann, event 12 Apr 2000, published 27 May 2016: only those days count', () => {
    const at = (to: string) =>
      checkConversion(
        {
          from: parseFigure('199 Milliarden Dollar'),
          to: parseFigure(to),
          eventDate: '2000-04-12',
          publishedDate: '2016-05-27',
        },
        rates,
      );
    const right = at('rund 178 Milliarden Euro');
    expect([right.status, right.best?.date]).toEqual(['consistent', '2016-05-27']);
    expect(right.fixesInWindow).toBe(4);
    // €150bn matched a fix of August 2014 in the old 16-year window.
    expect(at('rund 150 Milliarden Euro').status).toBe('inconsistent');
  });
  it('$10bn–$12bn → £7.33bn–£20bn (16 Sep 2025) is inconsistent; £7.33bn–£8.79bn consistent', () => {
    const at = (to: string) =>
      checkConversion(
        { from: parseFigure('between $10bn and $12bn'), to: parseFigure(to), publishedDate: '2025-09-17' },
        rates,
      ).status;
    expect([at('between £7.33bn and £8.79bn'), at('between £7.33bn and £20bn'), at('£7.33bn')]).toEqual([
      'consistent',
      'inconsistent',
      'indeterminate',
    ]);
  });
  it('the ECB published on Good Friday and Easter Monday 1999, which the calendar does not know', () => {
    for (const day of ['1999-04-02', '1999-04-05']) {
      expect(isTargetBusinessDay(day)).toBe(false);
      expect(rates.rateOn('EUR', 'USD', day)?.rate.date).toBe(day);
    }
    expect(rates.fixes('EUR', 'USD', '1999-12-31', '1999-12-31')).toEqual([]);
    expect(rates.fixes('EUR', 'USD', '2001-12-31', '2001-12-31')).toEqual([]);
  });
});
