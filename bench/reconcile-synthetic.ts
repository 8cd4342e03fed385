/**
 * Synthetic reports of commitments for the reconcile benchmark, from a fixed seed: each commitment
 * (an investor and a recipient out of `parties`, an exact amount in pounds, a day in a 60-day span) is
 * reported one to seven times, in pounds, dollars or euros converted at that day's rate and rounded to
 * two to four significant digits, some "up to", some "about", some naming only the investor, some as a
 * conversion beside the figure it converts, and one report in twenty with a wrong amount.
 */
import {
  figureFromJSON,
  type Participation,
  type Qualifier,
  type RateProvider,
  ratesFromList,
} from '../src/index';
import type { Mention } from '../src/reconcile/index';

const START = Date.UTC(2025, 7, 1);
const DAYS = 60;
const dayOf = (k: number) => new Date(START + k * 86_400_000).toISOString().slice(0, 10);

/** Per-day fixes (units per EUR) for the span, drifting a little from day to day. */
export const syntheticRates: RateProvider = ratesFromList(
  Array.from({ length: DAYS + 8 }, (_, k) => [
    {
      base: 'EUR',
      quote: 'GBP',
      value: `0.86${String(10 + (k % 80)).padStart(2, '0')}`,
      date: dayOf(k),
      source: 'ECB',
    },
    {
      base: 'EUR',
      quote: 'USD',
      value: `1.1${String(600 + ((k * 7) % 300))}`,
      date: dayOf(k),
      source: 'ECB',
    },
  ]).flat(),
  { source: 'ECB' },
);

/** Significant-digit rounding of n / d: mantissa and power of ten. */
function round(n: bigint, d: bigint, digits: number, up: boolean): [bigint, bigint] {
  let e = 0n;
  while (n / (d * 10n ** (e + 1n)) >= 10n ** BigInt(digits - 1)) e++;
  const den = d * 10n ** e;
  const q = n / den;
  const r = n - q * den;
  return [up ? (r === 0n ? q : q + 1n) : 2n * r >= den ? q + 1n : q, e];
}

/** About `n` mentions of n / 4 commitments over `parties` parties. */
export function syntheticMentions(n: number, parties: number): Mention[] {
  let seed = 7;
  // A 32-bit LCG in integer arithmetic (a float product would lose bits and cycle early).
  const rand = (k: number) => {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    return (seed >>> 8) % k;
  };
  const rate = (cur: string, day: string): { n: bigint; d: bigint } => {
    if (cur === 'GBP') return { n: 1n, d: 1n };
    const r = syntheticRates.rateOn('GBP', cur, day)?.rate.value;
    return r ?? { n: 1n, d: 1n };
  };
  const out: Mention[] = [];
  for (let c = 0; out.length < n; c++) {
    const investor: Participation = { party: `p${rand(parties)}`, role: 'investor' };
    const recipient: Participation = { party: `p${rand(parties)}`, role: 'recipient' };
    const amount = BigInt(1 + rand(900)) * 10n ** BigInt(6 + rand(4)) + BigInt(rand(1_000_000));
    const day = rand(DAYS - 7);
    const reports = 1 + rand(7);
    for (let k = 0; k < reports && out.length < n; k++) {
      const date = dayOf(day + rand(7));
      const currency = k === 0 ? 'GBP' : (['GBP', 'USD', 'EUR'][rand(3)] as string);
      const qualifier: Qualifier = rand(10) === 0 ? 'upTo' : rand(5) === 0 ? 'about' : 'exact';
      const r = rate(currency, date);
      const wrong = rand(20) === 0 ? 13n : 10n;
      const [m, e] = round(amount * r.n * wrong, r.d * 10n, 2 + rand(3), qualifier === 'upTo');
      const id = `c${c}-${k}`;
      const document = `doc-${c}-${k}`;
      out.push({
        id,
        figure: figureFromJSON({
          currency,
          amount: (m * 10n ** e).toString(),
          qualifier,
          quantum: (10n ** e).toString(),
        }),
        parties: rand(4) === 0 ? [investor] : [investor, recipient],
        kind: 'investment',
        date,
        source: { document },
      });
      // A conversion printed beside the figure: "£500m ($680m)".
      if (rand(4) === 0 && out.length < n) {
        const [m2, e2] = round(amount * rate('USD', date).n, rate('USD', date).d, 3, false);
        out.push({
          id: `${id}-usd`,
          figure: figureFromJSON({
            currency: 'USD',
            amount: (m2 * 10n ** e2).toString(),
            qualifier: 'exact',
            quantum: (10n ** e2).toString(),
          }),
          parties: [investor, recipient],
          kind: 'investment',
          date,
          source: { document },
          convertedFrom: id,
        });
      }
    }
  }
  return out;
}
