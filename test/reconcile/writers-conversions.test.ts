import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  figureToJSON,
  mentionsFromDataset,
  parseFigure,
  ratesFromList,
  reconcile,
  reconciledCommitments,
  toDecimalString,
} from '../../src/index';
import { largestCore } from '../../src/reconcile/core';
import type { Iv } from '../../src/reconcile/interval';
import { parseDataset } from '../../src/schema/index';
import { mention } from './fixtures';

// The ECB fix of Friday 21 October 2016 (the deal was announced on Saturday the 22nd).
const rates = ratesFromList(
  [{ base: 'EUR', quote: 'USD', value: '1.0886', date: '2016-10-21', source: 'ECB' }],
  {
    source: 'ECB',
  },
);
const att = [
  { party: 'att', role: 'investor' },
  { party: 'time-warner', role: 'recipient' },
] as const;
const spec = (document: string, extra: { convertedFrom?: string } = {}) =>
  ({ parties: att, date: '2016-10-23', document, commitment: 'att-tw', ...extra }) as const;
const digits = (m: Parameters<typeof toDecimalString>[0] | null | undefined) =>
  m ? toDecimalString(m) : null;

describe('reconcile', () => {
  describe('an explicit id whose sources add their own conversions (review K2)', () => {
    // "85,4 Milliarden Dollar, umgerechnet 78 Milliarden Euro" and "rund 85 Milliarden Dollar (77,41
    // Milliarden Euro)": in euros all four meet, in dollars three; the dollar figures are what was said.
    const mentions = [
      mention('ru-85-4', '85,4 Milliarden Dollar', spec('radio-utopie')),
      mention('ru-78', '78 Milliarden Euro', spec('radio-utopie', { convertedFrom: 'ru-85-4' })),
      mention('ln-85', 'rund 85 Milliarden Dollar', spec('leadersnet')),
      mention('ln-77-41', '77,41 Milliarden Euro', spec('leadersnet', { convertedFrom: 'ln-85' })),
    ];
    const result = reconcile(mentions, { rates });
    const [group] = result.groups;

    it('reads the group in the currency of its reported figures, not of the conversions', () => {
      expect(result.groups).toHaveLength(1);
      expect(group?.denomination).toBe('USD');
      expect(group?.tie).toBe(false);
    });
    it('keeps every reported figure and names the conversion that misses them', () => {
      expect(group?.mentions.map((m) => m.id).sort()).toEqual(['ln-85', 'ru-78', 'ru-85-4']);
      expect(group?.contradictions.map((c) => c.mention.id)).toEqual(['ln-77-41']);
    });
    it('counts an amount that holds $85.4bn, never narrowed by "78 Milliarden Euro"', () => {
      const [nominal] = reconciledCommitments(result);
      expect([digits(nominal?.amount?.amount), digits(nominal?.amount?.max)]).toEqual([
        '85350000000.00',
        '85400000000.00',
      ]);
      const [rounding] = reconciledCommitments(result, { view: 'rounding' });
      expect([digits(rounding?.amount?.amount), digits(rounding?.amount?.max)]).toEqual([
        '85350000000.00',
        '85450000000.00',
      ]);
    });
    it('still reads a group of conversions only from them', () => {
      const only = reconcile(
        [
          mention('a', '78 Milliarden Euro', spec('d1', { convertedFrom: 'x' })),
          mention('x', '$85.4bn', { ...spec('d1'), commitment: 'other' }),
        ],
        { rates },
      );
      const g = only.groups.find((x) => x.id === 'att-tw');
      expect(g?.denomination).toBe('EUR');
      expect(g?.mentions.map((m) => m.id)).toEqual(['a']);
    });
  });
});

describe('largestCore', () => {
  const iv = (lo: number, hi: number): Iv => ({
    lo: { n: BigInt(lo), d: 1n },
    loInc: true,
    hi: { n: BigInt(hi), d: 1n },
    hiInc: true,
  });
  // The total weight of the intervals holding x (x between integers, so no end is touched).
  const weightAt = (ivs: readonly [number, number][], ws: readonly number[], x: number) =>
    ivs.reduce((s, [lo, hi], i) => (lo < x && x < hi ? s + (ws[i] ?? 1) : s), 0);

  it('finds the set of the largest total weight (brute force over every point between ends)', () => {
    const interval = fc
      .tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 8 }))
      .map(([lo, w]) => [lo, lo + w] as [number, number]);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(interval, fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 12 }),
        (cases) => {
          const ivs = cases.map(([i]) => i);
          const ws = cases.map(([, w]) => w);
          const found = largestCore(
            ivs.map(([lo, hi]) => iv(lo, hi)),
            ws,
          );
          const got = found.members.reduce((s, i) => s + (ws[i] ?? 0), 0);
          let best = 0;
          for (let x = 0.5; x < 30; x += 1) best = Math.max(best, weightAt(ivs, ws, x));
          expect(got).toBe(best);
          // The members share a point: their intersection is not empty.
          const lo = Math.max(...found.members.map((i) => ivs[i]?.[0] ?? 0));
          const hi = Math.min(...found.members.map((i) => ivs[i]?.[1] ?? 0));
          expect(lo).toBeLessThan(hi);
        },
      ),
      { numRuns: 500 },
    );
  });
  it('counts each interval once without weights', () => {
    expect(largestCore([iv(0, 2), iv(1, 3), iv(5, 6)]).members).toEqual([0, 1]);
    expect(largestCore([iv(0, 2), iv(1, 3), iv(5, 6)], [1, 1, 5]).members).toEqual([2]);
  });
});

describe('mentionsFromDataset', () => {
  const text = 'Daraus ergibt sich ein Kaufpreis von 85,4 Milliarden Dollar, umgerechnet 78 Milliarden Euro.';
  const at = (quote: string) => ({
    document: 'ru',
    start: text.indexOf(quote),
    end: text.indexOf(quote) + quote.length,
    quote,
  });
  const figure = (id: string, quote: string) => ({
    id,
    figure: figureToJSON(parseFigure(quote)),
    source: at(quote),
  });
  const dataset = (mentionExtra: Record<string, unknown> = {}) =>
    parseDataset({
      version: 1,
      id: 'k13',
      documents: [{ id: 'ru', publisher: 'Radio Utopie', publishedDate: '2016-10-23', language: 'de', text }],
      parties: [
        { id: 'att', name: 'AT&T', kind: 'company' },
        { id: 'time-warner', name: 'Time Warner', kind: 'company' },
      ],
      figures: [figure('usd', '85,4 Milliarden Dollar'), figure('eur', '78 Milliarden Euro')],
      commitments: [],
      conversions: [
        {
          id: 'c',
          from: 'usd',
          to: 'eur',
          source: at('85,4 Milliarden Dollar, umgerechnet 78 Milliarden Euro'),
        },
      ],
      capacities: [],
      mentions: [
        { id: 'm-usd', figure: 'usd', parties: att, kind: 'investment' },
        { id: 'm-eur', figure: 'eur', parties: att, kind: 'investment', ...mentionExtra },
      ],
      rates: [],
    });

  it('links a listed conversion as convertedFrom when the mention has none (review K13)', () => {
    const ms = mentionsFromDataset(dataset());
    expect(ms.map((m) => [m.id, m.convertedFrom])).toEqual([
      ['m-usd', undefined],
      ['m-eur', 'm-usd'],
    ]);
  });
  it("keeps a mention's own convertedFrom", () => {
    const ms = mentionsFromDataset(dataset({ convertedFrom: 'm-usd' }));
    expect(ms[1]?.convertedFrom).toBe('m-usd');
  });
  it('reads the euro figure as a conversion, so the group is read in dollars', () => {
    const r = reconcile(mentionsFromDataset(dataset()), { rates });
    expect(r.groups.map((g) => g.denomination)).toEqual(['USD']);
  });
});
