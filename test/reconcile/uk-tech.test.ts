import { describe, expect, it } from 'vitest';
import { ukTechDataset } from '../../src/datasets/uk-tech-2025-09/index';
import {
  type Figure,
  mentionsFromDataset,
  money,
  type RateProvider,
  type Ratio,
  ratioCmp,
  toDecimalString,
} from '../../src/index';
import {
  explainContradiction,
  explainGroup,
  type Mention,
  type ReconcileResult,
  reconcile,
  reconcileResultToJSON,
} from '../../src/reconcile/index';
import { ecbHistory, groupWith } from './fixtures';

/**
 * The uk-tech-2025-09 dataset's 83 mentions, without their commitment keys (what the heuristics find),
 * and the keys as the gold grouping. Mention `NN-j` is mention j of source file NN (the sources README
 * writes it `NN#j`).
 */
const dataset = ukTechDataset();
const mentions = mentionsFromDataset(dataset, { keys: false });
const withGold = mentionsFromDataset(dataset);
const gold = new Map(withGold.map((m) => [m.id, m.commitment as string]));

/** Where reconcile put each mention: its group (as member or contradiction), or alone when ambiguous. */
function placement(result: ReconcileResult): Map<string, string> {
  const at = new Map<string, string>();
  for (const g of result.groups) {
    for (const m of g.mentions) at.set(m.id, g.id);
    for (const c of g.contradictions) at.set(c.mention.id, g.id);
  }
  for (const a of result.ambiguous) at.set(a.mention.id, `ambiguous:${a.mention.id}`);
  return at;
}

/** Pairwise agreement with the gold keys, and how many gold commitments came out exactly. */
function agreement(result: ReconcileResult) {
  const at = placement(result);
  const ids = [...gold.keys()];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const a = ids[i] as string;
      const b = ids[j] as string;
      const same = at.get(a) === at.get(b);
      const truth = gold.get(a) === gold.get(b);
      if (same && truth) tp++;
      else if (same) fp++;
      else if (truth) fn++;
    }
  }
  const sets = (m: Map<string, string>) => {
    const out = new Map<string, string[]>();
    for (const [id, k] of m) out.set(k, [...(out.get(k) ?? []), id]);
    return new Set([...out.values()].map((s) => s.sort().join(' ')));
  };
  const predicted = sets(at);
  const truth = sets(gold);
  const exact = [...truth].filter((s) => predicted.has(s)).length;
  return {
    mentions: ids.length,
    tp,
    fp,
    fn,
    precision: tp / (tp + fp),
    recall: tp / (tp + fn),
    gold: truth.size,
    exact,
  };
}

const mul = (a: Ratio, b: Ratio): Ratio => ({ n: a.n * b.n, d: a.d * b.d });
const contains = (low: Ratio | null, high: Ratio | null, x: Ratio) =>
  (low === null || ratioCmp(low, x) <= 0) && (high === null || ratioCmp(x, high) <= 0);

describe('reconcile', () => {
  it('reads all 83 mentions of the uk-tech dataset, the spelled-out ones too', () => {
    expect(mentions).toHaveLength(83);
    const five = mentions.filter((m) => m.source.quote === 'fünf Milliarden Dollar');
    expect(five.map((m) => toDecimalString(m.figure.amount, { trim: true }))).toEqual([
      '5000000000',
      '5000000000',
    ]);
  });

  const history = ecbHistory();

  describe.skipIf(!history)('the uk-tech-2025-09 sources with the ECB history', () => {
    const rates = history as RateProvider;
    const result = reconcile(mentions, { rates, to: 'EUR' });

    it("makes Microsoft's £22bn and $30bn one group, consistent with the 16–17 Sep fixes", () => {
      const g = groupWith(result, '05-0');
      const ids = g?.mentions.map((m) => m.id) ?? [];
      const expected = [...gold].filter(([, k]) => k === 'microsoft-uk-2025-2028').map(([id]) => id);
      expect([...ids].sort()).toEqual(expected.filter((id) => id !== '04-0' && id !== '18-1').sort());
      expect(g?.contradictions.map((c) => c.mention.id)).toEqual(['04-0', '18-1']);
      const gbp = g?.readings.find((r) => r.currency === 'GBP');
      expect(gbp?.status).toBe('consistent');
      const low = gbp?.interval?.exactLow ?? null;
      const high = gbp?.interval?.exactHigh ?? null;
      expect(contains(low, high, { n: 22_000_000_000n, d: 1n })).toBe(true);
      for (const day of ['2025-09-16', '2025-09-17']) {
        const fix = rates.rateOn('GBP', 'USD', day)?.rate.value as Ratio;
        // The pounds every source allows, at that day's fix, hold the $30bn reported.
        expect(contains(low && mul(low, fix), high && mul(high, fix), { n: 30_000_000_000n, d: 1n })).toBe(
          true,
        );
      }
    });

    it("gives Microsoft's keyed group an amount holding the $30bn nine sources state, in every currency (F18)", () => {
      const keyed = reconcile(withGold, { rates });
      const g = keyed.groups.find((x) => x.id === 'microsoft-uk-2025-2028');
      const usd = g?.readings.find((r) => r.currency === 'USD');
      expect(
        contains(usd?.interval?.exactLow ?? null, usd?.interval?.exactHigh ?? null, {
          n: 30_000_000_000n,
          d: 1n,
        }),
      ).toBe(true);
      // The two German euro conversions are checked, but pin no end.
      const conversions = (g?.mentions ?? []).filter((m) => m.convertedFrom !== undefined).map((m) => m.id);
      expect(conversions.length).toBeGreaterThan(0);
      for (const r of g?.readings ?? [])
        for (const id of conversions) expect([...r.lowPinnedBy, ...r.highPinnedBy]).not.toContain(id);
    });

    it('reconciles Nvidia\'s "up to £11bn", "11 Milliarden Pfund" and "as much as £11bn" to one group', () => {
      const g = groupWith(result, '21-8');
      for (const id of ['13-0', '16-1', '16-2', '21-9', '23-1', '23-2'])
        expect(groupWith(result, id)).toBe(g);
      expect(g?.contradictions.map((c) => [c.mention.id, c.side])).toEqual([['24-0', 'below']]);
      const gbp = g?.readings.find((r) => r.currency === 'GBP')?.interval;
      expect(contains(gbp?.exactLow ?? null, gbp?.exactHigh ?? null, { n: 11_000_000_000n, d: 1n })).toBe(
        true,
      );
    });

    it('reports a copy of a mention altered ×10 as a contradiction naming both sources', () => {
      const original = mentions.find((m) => m.id === '05-0') as Mention;
      const f = original.figure;
      const times10 = (x: Figure['amount']) => money(`${toDecimalString(x, { trim: true })}0`, 'GBP');
      const altered: Mention = {
        ...original,
        id: 'altered',
        figure: { ...f, amount: times10(f.amount), quantum: times10(f.quantum), text: '£220 billion' },
        source: { document: 'altered-copy', publisher: 'Altered copy' },
      };
      const cases: [readonly Mention[], Mention, string][] = [
        [mentions, altered, 'nearMiss'],
        [withGold, { ...altered, commitment: gold.get('05-0') as string }, 'explicitId'],
      ];
      for (const [input, copy, basis] of cases) {
        const r = reconcile([...input, copy], { rates });
        const g = groupWith(r, '05-0');
        const c = g?.contradictions.find((x) => x.mention.id === 'altered');
        expect(c?.basis).toBe(basis);
        expect(c?.side).toBe('above');
        expect(c?.scaleFactor).toBe('1/10');
        expect(c?.pinnedBy.length).toBeGreaterThan(0);
        const text = explainContradiction(c as NonNullable<typeof c>);
        expect(text).toContain('Altered copy');
        expect(text).toContain(c?.pinnedBy[0]?.source.publisher as string);
      }
    });

    it('agrees with the gold commitment keys', () => {
      const a = agreement(result);
      console.info(
        `[reconcile uk-tech] ${a.mentions} mentions, ${a.gold} gold commitments: pairwise precision ${a.precision.toFixed(3)}, recall ${a.recall.toFixed(3)} (tp ${a.tp}, fp ${a.fp}, fn ${a.fn}); ${a.exact} commitments exactly; ambiguous ${result.ambiguous.length}`,
      );
      expect(a.precision).toBeGreaterThanOrEqual(0.95);
      expect(a.recall).toBeGreaterThanOrEqual(0.95);
      expect(a.exact).toBeGreaterThanOrEqual(17);
      // The contradictions the collector marked are each returned with the group of their commitment.
      const at = placement(result);
      for (const id of ['04-0', '12-2', '17-5', '18-1', '24-0', '17-1']) {
        const g = result.groups.find((x) => x.id === at.get(id));
        expect(g?.contradictions.some((c) => c.mention.id === id)).toBe(true);
        expect(g?.mentions.some((m) => gold.get(m.id) === gold.get(id))).toBe(true);
      }
    });

    it('with the gold ids, returns exactly the gold commitments and the marked contradictions', () => {
      const r = reconcile(withGold, { rates });
      expect(agreement(r).exact).toBe(agreement(r).gold);
      const contradictions = r.groups.flatMap((g) => g.contradictions.map((c) => c.mention.id)).sort();
      expect(contradictions).toEqual(['04-0', '12-2', '15-0', '17-1', '17-5', '18-1', '24-0']);
      const stake = r.groups.find((g) => g.id === 'nvidia-nscale-stake')?.contradictions[0];
      expect(stake?.roundingMayExplain).toBe(true);
    });

    it('gives the same result for the sources in reverse order', () => {
      const json = (x: readonly Mention[]) =>
        JSON.stringify(reconcileResultToJSON(reconcile(x, { rates, to: 'EUR' })));
      expect(json([...mentions].reverse())).toBe(json(mentions));
    });

    it('explains the Microsoft group in English and German', () => {
      const g = groupWith(result, '05-0');
      const en = explainGroup(g as NonNullable<typeof g>);
      expect(en).toMatch(/^18 mentions from 12 sources are an investment/);
      expect(en).toContain('“30 Milliarden Pfund” (Byte Bucket, 16 Sep 2025) contradicts');
      const de = explainGroup(g as NonNullable<typeof g>, { language: 'de' });
      expect(de).toMatch(/^18 Erwähnungen aus 12 Quellen sind eine Investition/);
      expect(de).toContain('„30 Milliarden Pfund“ (Byte Bucket, 16. Sept. 2025) widerspricht');
    });
  });
});
