/**
 * The synthetic data the aggregation benchmarks share: 3,000 figures in three currencies and, from a
 * fixed-seed generator, commitments over 10,000 parties, so that every run measures the same data.
 * Also the floor they are all compared with.
 */
import { type Commitment, figureFromJSON } from '../src/index';

const CURRENCIES = ['GBP', 'EUR', 'USD'] as const;

/** 3,000 figures, a fifth of them "up to", amounts $1m … $997m in three currencies. */
export const figures = Array.from({ length: 3000 }, (_, i) =>
  figureFromJSON({
    currency: CURRENCIES[i % 3] ?? 'EUR',
    amount: `${1 + (i % 997)}000000`,
    qualifier: i % 5 === 0 ? 'upTo' : 'exact',
    quantum: '1000000',
  }),
);

/** Options for {@link syntheticCommitments}. */
export interface SyntheticOptions {
  /** How many days (from 2025-09-15) the commitment dates spread over. @defaultValue 1 */
  readonly days?: number;
  /** How many parties. @defaultValue 10000 */
  readonly parties?: number;
}

/** n commitments, each with one investor and one recipient, from a fixed seed. */
export function syntheticCommitments(n: number, options: SyntheticOptions = {}): Commitment[] {
  const days = options.days ?? 1;
  const parties = options.parties ?? 10_000;
  let seed = 42;
  const rand = (k: number) => {
    seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff;
    return seed % k;
  };
  return Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    kind: 'investment',
    status: 'announced',
    date: `2025-09-${String(15 + (days > 1 ? rand(days) : 2)).padStart(2, '0')}`,
    amount: figures[rand(figures.length)] as (typeof figures)[number],
    parties: [
      { party: `p${rand(parties)}`, role: 'investor' },
      { party: `p${rand(parties)}`, role: 'recipient' },
    ],
  }));
}

/** The floor: a hand-written loop summing bigint minor units into a Map, by investor and currency. */
export function floorTotals(commitments: readonly Commitment[]): number {
  const totals = new Map<string, bigint>();
  for (const c of commitments) {
    const snap = c.amount?.amount.toJSON();
    if (!snap) continue;
    const key = `${c.parties[0]?.party ?? ''}|${snap.currency.code}`;
    totals.set(key, (totals.get(key) ?? 0n) + snap.amount);
  }
  return totals.size;
}
