/**
 * checkConversion against an independent oracle of the verdict rules (./oracle.ts), on the real ECB
 * history. The oracle shares no code with src/; both read the same CSV text with their own readers.
 * Reproduce a failure with ORACLE_SEED=<seed> (fast-check prints the seed and path).
 */
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ConversionVerdict,
  checkConversion,
  isReckonError,
  type LoadedRates,
  parseFigure,
  ratesFromEcbCsv,
  toDecimalString,
} from '../../../src/index';
import { buildCase, type Case, plainDecimal, type Raw, rawArbitrary } from './cases';
import { decimal, type EcbTable, mul, OracleError, oracleVerdict, pow10, readEcbCsv, show } from './oracle';

const HISTORY = new URL('../../../../shared/data/ecb/eurofxref-hist.csv', import.meta.url);
const hasHistory = existsSync(HISTORY);
const SKIP_NOTE = hasHistory
  ? ''
  : ' — SKIPPED: ../shared/data/ecb/eurofxref-hist.csv (the ECB history) is absent';
const SEED = Number(process.env.ORACLE_SEED ?? 20251118);

let loaded: { table: EcbTable; rates: LoadedRates } | undefined;
/** Both readers read the file once, lazily: a skipped describe body must not touch it. */
function history() {
  if (!loaded) {
    const text = readFileSync(HISTORY, 'utf8');
    loaded = { table: readEcbCsv(text), rates: ratesFromEcbCsv(text) };
  }
  return loaded;
}

/** What both sides must agree on. */
interface Summary {
  readonly status: string;
  readonly reasons: readonly string[];
  readonly window: string;
  readonly eventWindow: string | null;
  readonly fixesInWindow: number;
  readonly toleranceBps: number;
  readonly bestDate: string | null;
  readonly outsideMatch: string | null;
}

function options(c: Case) {
  return {
    ...(c.window ? { window: c.window } : {}),
    ...(c.toleranceBps !== undefined ? { toleranceBps: c.toleranceBps } : {}),
    ...(c.maxResolutionBps !== undefined ? { maxResolutionBps: c.maxResolutionBps } : {}),
  };
}

function dates(c: Case) {
  return {
    ...(c.eventDate !== undefined ? { eventDate: c.eventDate } : {}),
    ...(c.publishedDate !== undefined ? { publishedDate: c.publishedDate } : {}),
  };
}

function runOracle(table: EcbTable, c: Case) {
  return oracleVerdict(table, {
    base: c.base,
    quote: c.quote,
    a: c.a,
    qA: c.qA,
    b: c.b,
    qB: c.qB,
    ...(c.bRoundedZero ? { bRoundedZero: true } : {}),
    ...dates(c),
    ...options(c),
    assumeSourceExact: c.assumeSourceExact,
  });
}

function runReal(rates: LoadedRates, c: Case): ConversionVerdict {
  const from = parseFigure(c.fromText);
  const to = parseFigure(c.toText);
  // The case's values come from the digits it wrote; parseFigure must read the same, or the comparison
  // below would test figure parsing instead of verdicts.
  expect(
    {
      from: [toDecimalString(from.amount, { trim: true }), toDecimalString(from.quantum, { trim: true })],
      to: [toDecimalString(to.amount, { trim: true }), toDecimalString(to.quantum, { trim: true })],
    },
    `harness precondition: parseFigure('${c.fromText}') / parseFigure('${c.toText}') read other digits`,
  ).toEqual({ from: [plainDecimal(c.a), plainDecimal(c.qA)], to: [plainDecimal(c.b), plainDecimal(c.qB)] });
  return checkConversion({ from, to, ...dates(c) }, rates, {
    ...options(c),
    ...(c.assumeSourceExact ? {} : { assumeSourceExact: false }),
  });
}

function summarizeReal(v: ConversionVerdict): Summary {
  return {
    status: v.status,
    reasons: [...v.reasons],
    window: `${v.window.from}..${v.window.to}`,
    eventWindow: v.eventWindow ? `${v.eventWindow.from}..${v.eventWindow.to}` : null,
    fixesInWindow: v.fixesInWindow,
    toleranceBps: v.toleranceBps,
    bestDate: v.best?.date ?? null,
    outsideMatch: v.outsideMatch?.date ?? null,
  };
}

function describeCase(c: Case, o: ReturnType<typeof oracleVerdict>): string {
  const when = [
    c.eventDate ? `event ${c.eventDate}` : '',
    c.publishedDate ? `published ${c.publishedDate}` : '',
    c.window ? `window ${c.window.from}..${c.window.to}` : '',
    c.assumeSourceExact ? '' : 'assumeSourceExact: false',
    c.toleranceBps !== undefined ? `toleranceBps: ${c.toleranceBps}` : '',
    c.maxResolutionBps !== undefined ? `maxResolutionBps: ${c.maxResolutionBps}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const best = o.best
    ? `best ${o.best.date} at ${show(o.best.rate, 10)} (gap ${show(o.best.gapBps, 4)} bp, deviation ${show(o.best.deviationBps, 4)} bp)`
    : 'no fix in the window';
  return [
    `${c.kind}: ${c.fromText} → ${c.toText}, ${when} (built from the fix of ${c.refDate})`,
    `oracle: I = [${show(o.low, 12)}, ${show(o.high, 12)}] ${c.quote} per ${c.base}, half-width ${show(o.halfWidthBps, 4)} bp, τ ${o.toleranceBps}; ${best}`,
  ].join('\n');
}

/** Asserts that checkConversion and the oracle agree on the case; returns the oracle's verdict. */
function agree(table: EcbTable, rates: LoadedRates, c: Case) {
  const o = runOracle(table, c);
  const expected: Summary = {
    status: o.status,
    reasons: o.reasons,
    window: `${o.window.from}..${o.window.to}`,
    eventWindow: o.eventWindow ? `${o.eventWindow.from}..${o.eventWindow.to}` : null,
    fixesInWindow: o.fixesInWindow,
    toleranceBps: o.toleranceBps,
    bestDate: o.best?.date ?? null,
    outsideMatch: o.outsideMatch?.date ?? null,
  };
  let actual: Summary | { readonly threw: string };
  try {
    actual = summarizeReal(runReal(rates, c));
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('harness precondition')) throw error;
    actual = { threw: isReckonError(error) ? error.code : String(error) };
  }
  expect(actual, `checkConversion disagrees with the oracle\n${describeCase(c, o)}\n`).toEqual(expected);
  return o;
}

function compare(raw: Raw, explicitWindow: boolean) {
  const { table, rates } = history();
  agree(table, rates, buildCase(table, raw, explicitWindow));
}

describe('checkConversion', () => {
  describe.skipIf(!hasHistory)(`against an independent oracle on the ECB history${SKIP_NOTE}`, () => {
    it('agrees on status, reasons, best fix, outside match and window for 2,000 generated reports', () => {
      fc.assert(
        fc.property(rawArbitrary(), (raw) => compare(raw, false)),
        { numRuns: 2000, seed: SEED },
      );
    }, 120_000);

    it('agrees with an explicit window, including matches after it and before publication', () => {
      fc.assert(
        fc.property(rawArbitrary(), (raw) => compare(raw, true)),
        { numRuns: 400, seed: SEED + 1 },
      );
    }, 120_000);
  });

  describe.skipIf(!hasHistory)(`anchor cases checked by hand (DESIGN.md, issue 11)${SKIP_NOTE}`, () => {
    const bn = pow10(9);
    const m = pow10(6);
    const anchor = (c: Omit<Case, 'kind' | 'refDate' | 'assumeSourceExact'>) => {
      const full: Case = { ...c, kind: 'correct', refDate: '-', assumeSourceExact: true };
      const { table, rates } = history();
      return { oracle: runOracle(table, full), real: runReal(rates, full) };
    };

    it('£11bn → €12.68bn (event 2025-09-16, published 2025-09-18) is consistent at the 17 Sep 2025 fix', () => {
      const { oracle, real } = anchor({
        base: 'GBP',
        quote: 'EUR',
        fromText: '£11bn',
        toText: '€12.68bn',
        a: mul(decimal('11'), bn),
        qA: bn,
        b: mul(decimal('12.68'), bn),
        qB: mul(decimal('0.01'), bn),
        eventDate: '2025-09-16',
        publishedDate: '2025-09-18',
      });
      // DESIGN.md: I = [1.152273, 1.153182]; 1/0.8675 = 1.152738 lies inside; deviation −0.1 bp.
      expect([show(oracle.low, 6), show(oracle.high, 6)]).toEqual(['1.152273', '1.153182']);
      expect(show(oracle.best?.deviationBps ?? decimal('0'), 1)).toBe('-0.1');
      const expected = {
        status: 'consistent',
        reasons: [],
        window: '2025-09-15..2025-09-18',
        fixesInWindow: 4,
        bestDate: '2025-09-17',
      };
      expect(summarizeReal(real)).toMatchObject(expected);
      expect({
        status: oracle.status,
        reasons: oracle.reasons,
        window: `${oracle.window.from}..${oracle.window.to}`,
        fixesInWindow: oracle.fixesInWindow,
        bestDate: oracle.best?.date,
      }).toEqual(expected);
    });

    it('£11bn → €14bn is inconsistent, not too coarse: every fix is about 605 bp away', () => {
      const { oracle, real } = anchor({
        base: 'GBP',
        quote: 'EUR',
        fromText: '£11bn',
        toText: '€14bn',
        a: mul(decimal('11'), bn),
        qA: bn,
        b: mul(decimal('14'), bn),
        qB: bn,
        eventDate: '2025-09-16',
        publishedDate: '2025-09-18',
      });
      // I = [13.5/11, 14.5/11] = [1.227273, 1.318182]; the nearest fix is 1/0.8641 = 1.157273 (15 Sep):
      // (1.227273 − 1.157273) / 1.157273 = 604.9 bp > 44. Nothing near 1/r or r·10^±k; EUR per GBP
      // stayed near 1.15–1.17 in the 30 days before.
      expect(show(oracle.best?.gapBps ?? decimal('0'), 1)).toBe('604.9');
      for (const v of [
        { status: oracle.status, reasons: oracle.reasons, best: oracle.best?.date },
        { ...real, best: real.best?.date },
      ]) {
        expect(v).toMatchObject({ status: 'inconsistent', reasons: [], best: '2025-09-15' });
      }
    });

    it('€1bn → $881.3m published 2002-01-02 is consistent at the 28 Dec 2001 fix (no fix on 31 Dec 2001)', () => {
      const { oracle, real } = anchor({
        base: 'EUR',
        quote: 'USD',
        fromText: '€1bn',
        toText: '$881.3m',
        a: bn,
        qA: bn,
        b: mul(decimal('881.3'), m),
        qB: mul(decimal('0.1'), m),
        publishedDate: '2002-01-02',
      });
      for (const v of [
        { status: oracle.status, reasons: oracle.reasons, window: oracle.window, best: oracle.best?.date },
        { status: real.status, reasons: real.reasons, window: real.window, best: real.best?.date },
      ]) {
        expect(v).toEqual({
          status: 'consistent',
          reasons: [],
          window: { from: '2001-12-28', to: '2002-01-02' },
          best: '2001-12-28',
        });
      }
    });

    it('$30.17bn → €25m (published 2006-01-20, USD 1.2068 per EUR that day) is inconsistent with reason scale', () => {
      const { oracle, real } = anchor({
        base: 'USD',
        quote: 'EUR',
        fromText: '$30.17bn',
        toText: '€25m',
        a: mul(decimal('30.17'), bn),
        qA: mul(decimal('0.01'), bn),
        b: mul(decimal('25'), m),
        qB: m,
        publishedDate: '2006-01-20',
      });
      // I = [24.5m, 25.5m] / $30.17bn ≈ [0.000812, 0.000845]; 10^-3 / 1.2068 = 0.000829 lies in it.
      for (const v of [oracle, real])
        expect({ status: v.status, reasons: v.reasons }).toEqual({
          status: 'inconsistent',
          reasons: ['scale'],
        });
    });

    it('breaks a tie between equal fixes towards the later day: €1bn → $1.1343bn, USD 1.1343 on 2 and 5 May 2025', () => {
      const { oracle, real } = anchor({
        base: 'EUR',
        quote: 'USD',
        fromText: '€1bn',
        toText: '$1.1343bn',
        a: bn,
        qA: bn,
        b: mul(decimal('1.1343'), bn),
        qB: mul(decimal('0.0001'), bn),
        publishedDate: '2025-05-05',
      });
      for (const v of [oracle, real]) {
        expect({ status: v.status, window: v.window, best: v.best?.date }).toEqual({
          status: 'consistent',
          window: { from: '2025-05-02', to: '2025-05-05' },
          best: '2025-05-05',
        });
      }
    });

    it('names the nearest earlier matching fix: €6bn → ¥839.10bn published 2023-04-12 matches 24 Mar 2023 (139.85)', () => {
      const { oracle, real } = anchor({
        base: 'EUR',
        quote: 'JPY',
        fromText: '€6bn',
        toText: '¥839.10bn',
        a: mul(decimal('6'), bn),
        qA: bn,
        b: mul(decimal('839.10'), bn),
        qB: mul(decimal('0.01'), bn),
        publishedDate: '2023-04-12',
      });
      // Window 11–12 Apr (145.28, 146.09): 374 bp off. 139.85 is the only fix in I from 12 Mar to 10 Apr.
      for (const v of [oracle, real]) {
        expect({ status: v.status, reasons: v.reasons, outside: v.outsideMatch?.date }).toEqual({
          status: 'inconsistent',
          reasons: ['matchesOutsideWindow'],
          outside: '2023-03-24',
        });
      }
    });

    it('lists several reasons in rule order: €328.14m → $328.3697m published 2022-09-07 (near parity)', () => {
      const { oracle, real } = anchor({
        base: 'EUR',
        quote: 'USD',
        fromText: '€328.14m',
        toText: '$328.3697m',
        a: mul(decimal('328.14'), m),
        qA: pow10(4),
        b: mul(decimal('328.3697'), m),
        qB: pow10(2),
        publishedDate: '2022-09-07',
      });
      // I ≈ [1.00069998, 1.00070028]. Window 6–7 Sep: 0.9928 is 79.6 bp below (> 70), but 1/0.9928 =
      // 1.007252 is 65.0 bp above: inverted. 1.0007 on 26 Aug is the only fix in I from 7 Aug to 5 Sep.
      for (const v of [oracle, real]) {
        expect({
          status: v.status,
          reasons: v.reasons,
          outside: v.outsideMatch?.date,
          best: v.best?.date,
        }).toEqual({
          status: 'inconsistent',
          reasons: ['inverted', 'matchesOutsideWindow'],
          outside: '2022-08-26',
          best: '2022-09-06',
        });
      }
    });

    it('never names a fix after publication: €6bn → ¥881.82bn published 2023-04-08 (146.97 only on 17 Apr)', () => {
      const { oracle, real } = anchor({
        base: 'EUR',
        quote: 'JPY',
        fromText: '€6bn',
        toText: '¥881.82bn',
        a: mul(decimal('6'), bn),
        qA: bn,
        b: mul(decimal('881.82'), bn),
        qB: mul(decimal('0.01'), bn),
        publishedDate: '2023-04-08',
      });
      // Window 6–8 Apr 2023 (Good Friday, Saturday): only 143.49, 242 bp off; 8 Mar – 5 Apr never reached 146.97.
      for (const v of [oracle, real]) {
        expect({ status: v.status, reasons: v.reasons, outside: v.outsideMatch }).toEqual({
          status: 'inconsistent',
          reasons: [],
          outside: undefined,
        });
      }
    });

    it('takes both limits inclusively: h = 250 bp is consistent, gap = τ is withinTolerance, τ − 1 is not', () => {
      // £17.4bn → €20bn: h = (0.5 / 20) × 10⁴ = 250 bp exactly; 1/0.868 and 1/0.8675 lie in I.
      const coarse = anchor({
        base: 'GBP',
        quote: 'EUR',
        fromText: '£17.4bn',
        toText: '€20bn',
        a: mul(decimal('17.4'), bn),
        qA: mul(decimal('0.1'), bn),
        b: mul(decimal('20'), bn),
        qB: bn,
        publishedDate: '2025-09-18',
      });
      expect(show(coarse.oracle.halfWidthBps, 12)).toBe('250.000000000000');
      for (const v of [coarse.oracle, coarse.real]) expect(v.status).toBe('consistent');
      // £1,084.375m at 400/347 (1/0.8675, 17 Sep) is €1,250m; × 1.0044 = €1,255.5m = the low end of
      // "€1256m", so the 17 Sep fix misses I by exactly 44 bp (τ for EUR/GBP); 18 Sep is farther.
      const edge = {
        base: 'GBP',
        quote: 'EUR',
        fromText: '£1.084375bn',
        toText: '€1256m',
        a: mul(decimal('1.084375'), bn),
        qA: pow10(3),
        b: mul(decimal('1256'), m),
        qB: m,
        publishedDate: '2025-09-18',
      };
      const atTau = anchor(edge);
      expect(show(atTau.oracle.best?.gapBps ?? decimal('0'), 12)).toBe('44.000000000000');
      for (const v of [atTau.oracle, atTau.real]) {
        expect({ status: v.status, best: v.best?.date }).toEqual({
          status: 'withinTolerance',
          best: '2025-09-17',
        });
      }
      const beyond = anchor({ ...edge, toleranceBps: 43 });
      for (const v of [beyond.oracle, beyond.real]) expect(v.status).toBe('inconsistent');
    });

    it('rejects a window that ends before it starts (INVALID_DATE) and a snapshot without dates (INVALID_CONVERSION)', () => {
      const { table, rates } = history();
      const base = {
        base: 'GBP',
        quote: 'EUR',
        a: mul(decimal('11'), bn),
        qA: bn,
        b: mul(decimal('12.68'), bn),
        qB: mul(decimal('0.01'), bn),
      };
      const codeOf = (fn: () => unknown) => {
        try {
          fn();
          return 'no error';
        } catch (error) {
          return error instanceof OracleError
            ? error.code
            : isReckonError(error)
              ? error.code
              : String(error);
        }
      };
      const window = { from: '2025-09-18', to: '2025-09-17' };
      const figures = { from: parseFigure('£11bn'), to: parseFigure('€12.68bn') };
      expect(codeOf(() => oracleVerdict(table, { ...base, window }))).toBe('INVALID_DATE');
      expect(
        codeOf(() => checkConversion({ ...figures, publishedDate: '2025-09-18' }, rates, { window })),
      ).toBe('INVALID_DATE');
      expect(codeOf(() => oracleVerdict(table, base))).toBe('INVALID_CONVERSION');
      expect(codeOf(() => checkConversion(figures, rates))).toBe('INVALID_CONVERSION');
    });
  });

  describe.skipIf(!hasHistory)(`ranges converted to ranges or to single figures${SKIP_NOTE}`, () => {
    // Values as written (from the digits, not from parseFigure): the range's quantum is its finer end's.
    const cases: [string, string, string, string][] = [
      ['between $10bn and $12bn', 'between £7.33bn and £8.79bn', '7330000000', '8790000000'],
      ['between $10bn and $12bn', 'between £7.33bn and £20.00bn', '7330000000', '20000000000'],
      ['between $10bn and $12bn', 'between £7.00bn and £8.79bn', '7000000000', '8790000000'],
    ];
    it.each(cases)('%s → %s (published 2025-09-17)', (fromText, toText, bLow, bHigh) => {
      const { table, rates } = history();
      const o = oracleVerdict(table, {
        base: 'USD',
        quote: 'GBP',
        a: decimal('10000000000'),
        aMax: decimal('12000000000'),
        qA: decimal('1000000000'),
        b: decimal(bLow),
        bMax: decimal(bHigh),
        qB: decimal('10000000'),
        publishedDate: '2025-09-17',
      });
      const v = checkConversion(
        { from: parseFigure(fromText), to: parseFigure(toText), publishedDate: '2025-09-17' },
        rates,
      );
      expect([v.status, v.reasons, v.best?.date ?? null]).toEqual([
        o.status,
        o.reasons,
        o.best?.date ?? null,
      ]);
    });
    it('a range converted to a single figure is indeterminate rangeMismatch on both sides', () => {
      const { table, rates } = history();
      const o = oracleVerdict(table, {
        base: 'USD',
        quote: 'GBP',
        a: decimal('10000000000'),
        aMax: decimal('12000000000'),
        qA: decimal('1000000000'),
        b: decimal('7330000000'),
        qB: decimal('10000000'),
        publishedDate: '2025-09-17',
      });
      const v = checkConversion(
        {
          from: parseFigure('between $10bn and $12bn'),
          to: parseFigure('£7.33bn'),
          publishedDate: '2025-09-17',
        },
        rates,
      );
      expect([v.status, v.reasons]).toEqual([o.status, o.reasons]);
      expect(o.reasons).toEqual(['rangeMismatch']);
    });
  });

  describe('on a small file with N/A cells (the real history has none for these currencies)', () => {
    const text = [
      'Date,USD,JPY,GBP,',
      '2025-09-16,1.1807,174.5,0.8656,',
      '2025-09-15,1.1766,N/A,N/A,',
      '2025-09-12,N/A,173.06,0.8653,',
      '2025-09-11,1.1700,172.9,0.8647,',
    ].join('\n');
    // base, quote, A and B as written, A's and B's value and quantum, and the window's first day: the
    // last day before 16 Sep on which both legs have a fix.
    const cases = [
      ['EUR', 'GBP', '€1bn', '£865.6m', '1000000000', '1000000000', '865600000', '100000', '2025-09-12'],
      ['EUR', 'USD', '€1bn', '$1.1807bn', '1000000000', '1000000000', '1180700000', '100000', '2025-09-15'],
      ['GBP', 'USD', '£1bn', '$1.364bn', '1000000000', '1000000000', '1364000000', '1000000', '2025-09-11'],
      ['JPY', 'USD', '¥100bn', '$676.6m', '100000000000', '1000000000', '676600000', '100000', '2025-09-11'],
    ] as const;
    it.each(cases)(
      'starts the window of %s→%s at the last day with a fix for the pair',
      (base, quote, fromText, toText, a, qA, b, qB, start) => {
        const c: Case = {
          kind: 'correct',
          base,
          quote,
          fromText,
          toText,
          a: decimal(a),
          qA: decimal(qA),
          b: decimal(b),
          qB: decimal(qB),
          publishedDate: '2025-09-16',
          assumeSourceExact: true,
          refDate: '2025-09-16',
        };
        const o = agree(readEcbCsv(text), ratesFromEcbCsv(text), c);
        expect(o.window).toEqual({ from: start, to: '2025-09-16' });
      },
    );
  });
});
