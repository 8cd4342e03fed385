import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate, type Commitment, figureFromJSON, ratesFromList, toDecimalString } from '../../src/index';

// An independent rational, written for this test only (reckon's own Ratio is not used).
type Q = [bigint, bigint];
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
const q = (n: bigint, d: bigint): Q => {
  const g = gcd(n, d) || 1n;
  return d < 0n ? [-n / g, -d / g] : [n / g, d / g];
};
const add = (a: Q, b: Q) => q(a[0] * b[1] + b[0] * a[1], a[1] * b[1]);
const mul = (a: Q, b: Q) => q(a[0] * b[0], a[1] * b[1]);
const dec = (s: string): Q => {
  const [i = '0', f = ''] = s.split('.');
  return q(BigInt(i + f), 10n ** BigInt(f.length));
};
/** Half-even to cents, as a decimal string. */
const cents = ([n, d]: Q): string => {
  const scaled = n * 100n;
  let c = scaled / d;
  const r = scaled - c * d;
  if (r * 2n > d || (r * 2n === d && c % 2n !== 0n)) c += 1n;
  const s = c.toString().padStart(3, '0');
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
};

describe('exactness', () => {
  it('amounts up to 10^30 minor units and rates with 12 decimals aggregate and convert without loss', () => {
    const amount = fc.bigInt({ min: 0n, max: 10n ** 30n }).map((units) => {
      const s = units.toString().padStart(3, '0');
      return `${s.slice(0, -2)}.${s.slice(-2)}`;
    });
    const rate = fc.bigInt({ min: 10n ** 11n, max: 10n ** 13n }).map((units) => {
      const s = units.toString().padStart(13, '0');
      return `${s.slice(0, -12)}.${s.slice(-12)}`;
    });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(amount, fc.constantFrom('GBP', 'USD', 'EUR')), { minLength: 1, maxLength: 20 }),
        rate,
        rate,
        (items, gbp, usd) => {
          const commitments: Commitment[] = items.map(([a, c], i) => ({
            id: `c${i}`,
            kind: 'investment',
            status: 'announced',
            date: '2025-09-17',
            amount: figureFromJSON({ currency: c, amount: a, qualifier: 'exact', quantum: '0.01' }),
            parties: [{ party: 'p', role: 'investor' }],
          }));
          const rates = ratesFromList([
            { base: 'EUR', quote: 'GBP', value: gbp, date: '2025-09-17' },
            { base: 'EUR', quote: 'USD', value: usd, date: '2025-09-17' },
          ]);
          const r = aggregate(commitments, { by: 'investor', to: 'EUR', rates });
          // Independent: Σ amount × (1 / rate per EUR), rounded half-even to the cent once.
          let total: Q = [0n, 1n];
          const perCurrency: Record<string, Q> = {};
          for (const [a, c] of items) {
            const perEur = c === 'GBP' ? dec(gbp) : c === 'USD' ? dec(usd) : ([1n, 1n] as Q);
            total = add(total, mul(dec(a), q(perEur[1], perEur[0])));
            perCurrency[c] = add(perCurrency[c] ?? [0n, 1n], dec(a));
          }
          const converted = r.grandTotal.converted;
          expect(converted?.complete).toBe(true);
          expect(toDecimalString(converted?.low ?? (null as never))).toBe(cents(total));
          expect(toDecimalString(converted?.high ?? (null as never))).toBe(cents(total));
          for (const [c, sum] of Object.entries(perCurrency)) {
            expect(toDecimalString(r.grandTotal.totals[c]?.high ?? (null as never))).toBe(cents(sum));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
