import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Qualifier, type RateProvider, type Ratio, ratioCmp } from '../../src/index';
import { type Mention, reconcile, reconcileResultToJSON } from '../../src/reconcile/index';
import { ecbHistory, weekRates } from './fixtures';
import { figure, MENTIONS, mentionsArb, nv } from './generators';

interface Report {
  readonly offset: number;
  readonly currency: string;
  readonly digits: number;
  readonly qualifier: Qualifier;
  readonly parties: number;
}
const PARTY_SETS = MENTIONS.partySets;

describe('reconcile', () => {
  describe('order independence (property)', () => {
    it('gives the same result for every order of the mentions', () => {
      fc.assert(
        fc.property(
          mentionsArb().chain((ms) =>
            fc.tuple(
              fc.constant(ms),
              fc.shuffledSubarray(ms, { minLength: ms.length, maxLength: ms.length }),
            ),
          ),
          ([ms, shuffled]) => {
            const json = (x: Mention[]) =>
              JSON.stringify(reconcileResultToJSON(reconcile(x, { rates: weekRates })));
            expect(json(shuffled)).toBe(json(ms));
          },
        ),
        { numRuns: 150 },
      );
    }, 60_000);
  });

  describe('nothing lost (property)', () => {
    it('returns every mention exactly once: in a group, as a contradiction or as ambiguous', () => {
      fc.assert(
        fc.property(
          mentionsArb(),
          fc.record({
            windowDays: fc.integer({ min: 0, max: 14 }),
            nearMissBps: fc.constantFrom(0, 500, 5000),
            toleranceBps: fc.constantFrom(0, 10, 100),
          }),
          (ms, options) => {
            const r = reconcile(ms, { rates: weekRates, ...options });
            const returned = [
              ...r.groups.flatMap((g) => [...g.mentions, ...g.contradictions.map((c) => c.mention)]),
              ...r.ambiguous.map((a) => a.mention),
            ].map((m) => m.id);
            expect(returned.sort()).toEqual(ms.map((m) => m.id).sort());
          },
        ),
        { numRuns: 300 },
      );
    }, 60_000);
  });

  const history = ecbHistory();

  describe.skipIf(!history)('one synthetic commitment at real ECB fixes (property)', () => {
    const rates = history as RateProvider;
    const days = rates.fixes('EUR', 'GBP', '2024-01-02', '2025-12-31').map((r) => r.date);

    /** `amount` GBP in `currency` at the fix on or before `date`, exact. */
    const convert = (amount: bigint, currency: string, date: string): Ratio => {
      if (currency === 'GBP') return { n: amount, d: 1n };
      const r = rates.rateOn('GBP', currency, date, { policy: 'previous' })?.rate.value;
      if (!r) throw new Error(`no GBP/${currency} fix on or before ${date}`);
      return { n: amount * r.n, d: r.d };
    };

    /** Rounds x to `digits` significant digits (half even, up or down): mantissa and exponent. */
    const round = (x: Ratio, digits: number, mode: 'half' | 'up' | 'down'): [bigint, bigint] => {
      let e = 0n;
      while (x.n / (x.d * 10n ** (e + 1n)) >= 10n ** BigInt(digits - 1)) e++;
      const den = x.d * 10n ** e;
      const q = x.n / den;
      const r = x.n - q * den;
      if (r === 0n || mode === 'down') return [q, e];
      if (mode === 'up') return [q + 1n, e];
      const twice = 2n * r;
      return [twice > den || (twice === den && q % 2n === 1n) ? q + 1n : q, e];
    };

    const reportArb = fc.record({
      offset: fc.integer({ min: 0, max: 10 }),
      currency: fc.constantFrom('GBP', 'USD', 'EUR'),
      digits: fc.integer({ min: 2, max: 4 }),
      qualifier: fc.constantFrom<Qualifier>('exact', 'exact', 'about', 'upTo', 'moreThan'),
      parties: fc.integer({ min: 0, max: 2 }),
    });

    it('reconciles rounded and converted reports of one amount to one group whose intersection holds it', () => {
      fc.assert(
        fc.property(
          fc.bigInt({ min: 100_000_000n, max: 50_000_000_000n }),
          fc.integer({ min: 0, max: days.length - 1 }),
          fc.array(reportArb, { minLength: 2, maxLength: 6 }),
          (amount, dayIndex, reports) => {
            const start = days[dayIndex] as string;
            const mentions = reports.map((rep, i): Mention => {
              const date = new Date(Date.parse(`${start}T00:00:00Z`) + rep.offset * 86_400_000)
                .toISOString()
                .slice(0, 10);
              // The first report is the original, in pounds; the others round and convert it.
              const currency = i === 0 ? 'GBP' : rep.currency;
              const mode = rep.qualifier === 'upTo' ? 'up' : rep.qualifier === 'moreThan' ? 'down' : 'half';
              const [m, e] = round(convert(amount, currency, date), rep.digits, mode);
              return {
                id: `r${i}`,
                figure: figure(currency, m, e, rep.qualifier),
                parties: PARTY_SETS[rep.parties] ?? [nv],
                kind: 'investment',
                date,
                source: { document: `doc${i}` },
              };
            });
            const result = reconcile(mentions, { rates });
            expect(result.ambiguous).toEqual([]);
            expect(result.groups).toHaveLength(1);
            const g = result.groups[0];
            expect(g?.contradictions).toEqual([]);
            const gbp = g?.readings.find((x) => x.currency === 'GBP')?.interval;
            const a: Ratio = { n: amount, d: 1n };
            expect(gbp?.exactLow === null || ratioCmp(gbp?.exactLow ?? a, a) <= 0).toBe(true);
            expect(gbp?.exactHigh === null || ratioCmp(a, gbp?.exactHigh ?? a) <= 0).toBe(true);
          },
        ),
        { numRuns: 120 },
      );
    }, 60_000);

    it('never merges reports of two commitments whose amounts differ by more than 10 %', () => {
      const twoSided = fc.record({
        offset: fc.integer({ min: 0, max: 5 }),
        currency: fc.constantFrom('GBP', 'USD', 'EUR'),
        digits: fc.integer({ min: 3, max: 4 }),
        qualifier: fc.constantFrom<Qualifier>('exact', 'about'),
        parties: fc.integer({ min: 0, max: 2 }),
      });
      fc.assert(
        fc.property(
          fc.bigInt({ min: 100_000_000n, max: 50_000_000_000n }),
          fc.integer({ min: 1001, max: 30_000 }),
          fc.boolean(),
          fc.integer({ min: 0, max: days.length - 1 }),
          fc.array(twoSided, { minLength: 1, maxLength: 3 }),
          fc.array(twoSided, { minLength: 1, maxLength: 3 }),
          (a, permyriad, larger, dayIndex, reportsA, reportsB) => {
            // b differs from a by more than 10 %: a × (1 + p) or a / (1 + p), p > 0.1
            const b = larger
              ? (a * (10_000n + BigInt(permyriad))) / 10_000n
              : (a * 10_000n) / (10_000n + BigInt(permyriad));
            const start = days[dayIndex] as string;
            const make =
              (amount: bigint, tag: string) =>
              (rep: Report, i: number): Mention => {
                const date = new Date(Date.parse(`${start}T00:00:00Z`) + rep.offset * 86_400_000)
                  .toISOString()
                  .slice(0, 10);
                const [m, e] = round(convert(amount, rep.currency, date), rep.digits, 'half');
                return {
                  id: `${tag}${i}`,
                  figure: figure(rep.currency, m, e, rep.qualifier),
                  parties: PARTY_SETS[rep.parties] ?? [nv],
                  kind: 'investment',
                  date,
                  source: { document: `${tag}-doc${i}` },
                };
              };
            const result = reconcile([...reportsA.map(make(a, 'a')), ...reportsB.map(make(b, 'b'))], {
              rates,
            });
            for (const g of result.groups) {
              const tags = new Set(g.mentions.map((m) => m.id[0]));
              expect(tags.size).toBe(1);
            }
          },
        ),
        { numRuns: 120 },
      );
    }, 60_000);
  });
});
