import { describe, expect, it } from 'vitest';
import {
  figureFromJSON,
  money,
  parseFigure,
  type RatesLike,
  type ReckonErrorCode,
  ratesFromList,
  ratioCmp,
  ratioToDecimal,
  toDecimalString,
} from '../../src/index';
import {
  type Mention,
  type ReconcileOptions,
  type ReconcileResult,
  reconcile,
  reconciledCommitments,
  reconcileResultToJSON,
} from '../../src/reconcile/index';
import { expectReckonError } from '../helpers';
import { groupsOf, groupWith, type MentionSpec, mention, weekRates } from './fixtures';

const withRates = (ms: readonly Mention[], options: ReconcileOptions = {}) =>
  reconcile(ms, { rates: weekRates as RatesLike, ...options });
const dec = (m: Parameters<typeof toDecimalString>[0] | null | undefined) =>
  m ? toDecimalString(m, { trim: true }) : m;
const nv = { party: 'nvidia', role: 'investor' } as const;

/** Every mention id the result returns, in groups, contradictions and ambiguous, sorted. */
const returnedIds = (r: ReconcileResult) =>
  [
    ...r.groups.flatMap((g) => [...g.mentions, ...g.contradictions.map((c) => c.mention)]),
    ...r.ambiguous.map((a) => a.mention),
  ]
    .map((m) => m.id)
    .sort();
/** Whether no group holds two of the mentions as agreeing (a disputed one is a contradiction). */
const apart = (r: ReconcileResult) => groupsOf(r).every((ids) => ids.length === 1);
/** The ECB USD fixes (per euro) of the days the oracle's findings F1 and F4 fall on. */
const usdFixes = (rows: readonly (readonly [string, string])[]) =>
  ratesFromList(
    rows.map(([date, value]) => ({ base: 'EUR', quote: 'USD', value, date, source: 'ECB' })),
    { source: 'ECB' },
  ) as RatesLike;

describe('reconcile', () => {
  describe('explicit commitment ids', () => {
    it('puts mentions with one id into one group, whatever parties, dates and kinds say', () => {
      const r = withRates([
        mention('a', '£22bn', { commitment: 'ms' }),
        mention('b', '$30bn', { commitment: 'ms', parties: [nv], kind: 'pledge', date: '2025-09-19' }),
      ]);
      expect(groupsOf(r)).toEqual([['a', 'b']]);
      expect(r.groups[0]?.id).toBe('ms');
      expect(r.groups[0]?.explicit).toBe(true);
      expect(r.groups[0]?.evidence.map((e) => e.basis)).toEqual(['explicitId']);
      expect(r.groups[0]?.contradictions).toEqual([]);
    });

    it('returns the mention that misses the others as a contradiction, never in the intersection', () => {
      const r = withRates([
        mention('a', '£22bn', { commitment: 'ms' }),
        mention('b', '$30bn', { commitment: 'ms' }),
        mention('c', '£30bn', { commitment: 'ms' }),
      ]);
      const g = r.groups[0];
      expect(g?.mentions.map((m) => m.id)).toEqual(['a', 'b']);
      expect(g?.contradictions.map((c) => [c.mention.id, c.basis, c.side])).toEqual([
        ['c', 'explicitId', 'above'],
      ]);
      expect(g?.contradictions[0]?.gapBps).toBeGreaterThan(3000);
      expect(g?.tie).toBe(false);
    });

    it('flags a tie when as many mentions allow another, disjoint amount', () => {
      const r = withRates([
        mention('a', '£22bn', { commitment: 'ms' }),
        mention('b', '£30bn', { commitment: 'ms' }),
      ]);
      expect(r.groups[0]?.tie).toBe(true);
      expect(r.groups[0]?.mentions.map((m) => m.id)).toEqual(['a']);
    });

    it('lets a mention without an id join the group of an id by the heuristics', () => {
      const r = withRates([mention('a', '£22bn', { commitment: 'ms' }), mention('b', '$30bn')]);
      expect(groupsOf(r)).toEqual([['a', 'b']]);
      expect(r.groups[0]?.evidence.find((e) => e.mention === 'b')?.basis).toBe('explicitId');
    });

    it('gives a conversion the id of the figure it converts, unless it has its own', () => {
      const r = withRates([
        mention('a', '£22bn', { commitment: 'ms', document: 'd' }),
        mention('b', '$30bn', { convertedFrom: 'a', document: 'd' }),
        mention('c', '$30bn', { convertedFrom: 'a', document: 'd', commitment: 'other' }),
      ]);
      expect(groupWith(r, 'b')?.id).toBe('ms');
      expect(groupWith(r, 'c')?.id).toBe('other');
    });

    it('returns a mention outside the core as a contradiction when the figures are in two currencies (oracle F1)', () => {
      // $10bn and €100bn share no amount; the tie goes to the lower, $10bn, which is written in dollars.
      const r = reconcile(
        [
          mention('a', '$10bn', { commitment: 'c1', date: '2022-02-04', document: 'd1' }),
          mention('c', '€100bn', { commitment: 'c1', date: '2022-02-04', document: 'd2' }),
        ],
        { rates: usdFixes([['2022-02-04', '1.1464']]) },
      );
      expect(returnedIds(r)).toEqual(['a', 'c']);
      expect(groupsOf(r)).toEqual([['a']]);
      const g = r.groups[0];
      expect([g?.id, g?.tie, g?.denomination]).toEqual(['c1', true, 'USD']);
      expect(g?.contradictions.map((c) => [c.mention.id, c.basis, c.currency, c.side])).toEqual([
        ['c', 'explicitId', 'USD', 'above'],
      ]);
    });
  });

  describe('parties', () => {
    it('maps names to ids with aliases, ignoring case and spacing', () => {
      const ms = (name: string): MentionSpec => ({ parties: [{ party: name, role: 'investor' }] });
      const mentions = [mention('a', '£22bn', ms('Microsoft Corp.')), mention('b', '£22bn', ms('microsoft'))];
      expect(groupsOf(reconcile(mentions))).toEqual([['a'], ['b']]);
      const r = reconcile([...mentions, mention('c', '£22bn', ms('MICROSOFT   corp.'))], {
        aliases: { 'Microsoft Corp.': 'microsoft' },
      });
      expect(groupsOf(r)).toEqual([['a', 'b', 'c']]);
      expect(r.groups[0]?.parties).toEqual([{ party: 'microsoft', role: 'investor' }]);
    });

    it('reads names and aliases from options.parties', () => {
      const r = reconcile(
        [
          mention('a', '£22bn', { parties: [{ party: 'Microsoft Corporation', role: 'investor' }] }),
          mention('b', '£22bn', { parties: [{ party: 'Microsoft', role: 'investor' }] }),
        ],
        {
          parties: [
            { id: 'microsoft', name: 'Microsoft', kind: 'company', aliases: ['Microsoft Corporation'] },
          ],
        },
      );
      expect(groupsOf(r)).toEqual([['a', 'b']]);
    });

    it('matches a mention naming fewer parties with one naming more (nested, the default)', () => {
      const r = reconcile([
        mention('a', '£11bn', { parties: [nv] }),
        mention('b', '£11bn', { parties: [nv, { party: 'nscale', role: 'recipient' }] }),
        mention('c', '£11bn', { parties: [nv, { party: 'nscale', role: 'investor' }] }),
      ]);
      expect(groupsOf(r)).toEqual([['a', 'b', 'c']]);
    });

    it('never merges different recipients, or the same parties in swapped roles', () => {
      const r = reconcile([
        mention('a', '£500m', { parties: [nv, { party: 'nscale', role: 'recipient' }] }),
        mention('b', '£500m', { parties: [nv, { party: 'wayve', role: 'recipient' }] }),
        mention('c', '£500m', {
          parties: [
            { party: 'nvidia', role: 'recipient' },
            { party: 'nscale', role: 'investor' },
          ],
        }),
      ]);
      expect(groupsOf(r)).toEqual([['a'], ['b'], ['c']]);
    });

    it('is stricter with partyMatch subset and exact', () => {
      const mentions = [
        mention('a', '£11bn', { parties: [nv] }),
        mention('b', '£11bn', { parties: [nv, { party: 'nscale', role: 'recipient' }] }),
        mention('c', '£11bn', { parties: [nv, { party: 'nscale', role: 'investor' }] }),
      ];
      const subset = reconcile(mentions, { partyMatch: 'subset' });
      // a fits both b and c, which do not fit each other: a is ambiguous.
      expect(groupsOf(subset)).toEqual([['b'], ['c']]);
      expect(subset.ambiguous.map((x) => x.mention.id)).toEqual(['a']);
      expect(groupsOf(reconcile(mentions, { partyMatch: 'exact' }))).toEqual([['a'], ['b'], ['c']]);
    });
  });

  describe('kinds and dates', () => {
    it('matches only the same kind unless kindGroups says otherwise', () => {
      const mentions = [mention('a', '£22bn'), mention('b', '£22bn', { kind: 'pledge' })];
      expect(groupsOf(reconcile(mentions))).toEqual([['a'], ['b']]);
      expect(groupsOf(reconcile(mentions, { kindGroups: [['investment', 'pledge']] }))).toEqual([['a', 'b']]);
    });

    it('keeps every group within windowDays (default 14) from its first mention to its last', () => {
      const at = (id: string, date: string) => mention(id, '£22bn', { date });
      expect(groupsOf(reconcile([at('a', '2025-09-01'), at('b', '2025-09-15')]))).toEqual([['a', 'b']]);
      expect(groupsOf(reconcile([at('a', '2025-09-01'), at('b', '2025-09-16')]))).toEqual([['a'], ['b']]);
      expect(groupsOf(reconcile([at('a', '2025-09-15'), at('b', '2025-09-19')], { windowDays: 3 }))).toEqual([
        ['a'],
        ['b'],
      ]);
      // Each pair is within 14 days of its neighbour, but a, b and c span 20.
      const chain = reconcile([at('a', '2025-09-01'), at('b', '2025-09-11'), at('c', '2025-09-21')]);
      expect(groupsOf(chain)).toEqual([['a', 'b'], ['c']]);
    });
  });

  describe('amounts', () => {
    it('keeps an open end open when it converts to a fraction of a penny (oracle F2)', () => {
      const r = reconcile(
        [
          mention('a', 'more than $110bn', { date: '2019-01-23', document: 'd1' }),
          {
            // "£85bn" to the nearest £10bn: [£80bn, £90bn], so the dollar figure pins the low end.
            ...mention('b', '£85bn', { date: '2019-01-23', document: 'd2' }),
            figure: figureFromJSON({
              currency: 'GBP',
              amount: '85000000000',
              qualifier: 'exact',
              quantum: '10000000000',
            }),
          },
        ],
        {
          toleranceBps: 0,
          rates: ratesFromList(
            [
              { base: 'EUR', quote: 'USD', value: '1.1367', date: '2019-01-23', source: 'ECB' },
              { base: 'EUR', quote: 'GBP', value: '0.87213', date: '2019-01-23', source: 'ECB' },
            ],
            { source: 'ECB' },
          ) as RatesLike,
        },
      );
      const gbp = r.groups[0]?.readings.find((x) => x.currency === 'GBP')?.interval;
      // Above $109.5bn, at 0.87213 / 1.1367 pounds a dollar: not a whole number of pence.
      const low = { n: 109_500_000_000n * 87_213n, d: 113_670n };
      expect(gbp?.exactLow && ratioCmp(gbp.exactLow, low)).toBe(0);
      expect([gbp?.lowInclusive, gbp?.highInclusive]).toEqual([false, true]);
      // The Money end is rounded down to the penny below, and stays open.
      expect(dec(gbp?.low)).toBe('84013578780.68');
    });

    it('intersects the rounding intervals and names the mentions that pin each end', () => {
      const r = reconcile([mention('a', '£11bn'), mention('b', '£11.4bn'), mention('c', 'up to £11.5bn')]);
      const g = r.groups[0];
      expect(groupsOf(r)).toEqual([['a', 'b', 'c']]);
      const gbp = g?.readings.find((x) => x.currency === 'GBP');
      expect([dec(gbp?.interval?.low), dec(gbp?.interval?.high)]).toEqual(['11350000000', '11450000000']);
      expect(gbp?.lowPinnedBy).toEqual(['b']);
      expect(gbp?.highPinnedBy).toEqual(['b']);
    });

    it('reads qualifiers: "up to £11bn" and "more than £10bn" both allow £11bn', () => {
      const r = reconcile([
        mention('a', '£11bn'),
        mention('b', 'up to £11bn'),
        mention('c', 'more than £10bn'),
      ]);
      expect(groupsOf(r)).toEqual([['a', 'b', 'c']]);
    });

    it('keeps amounts that do not meet apart', () => {
      // One source each, no majority: disputed (G2), never one amount.
      const r = reconcile([mention('a', '£11bn'), mention('b', '£13bn')]);
      expect(apart(r)).toBe(true);
      expect(r.groups[0]?.tie).toBe(true);
    });

    it('compares currencies at the fix of each mention’s day, and only with rates', () => {
      const mentions = [mention('a', '£22bn'), mention('b', '$30bn')];
      const r = withRates(mentions);
      expect(groupsOf(r)).toEqual([['a', 'b']]);
      expect(r.groups[0]?.readings.map((x) => [x.currency, x.status])).toEqual([
        ['GBP', 'consistent'],
        ['USD', 'consistent'],
      ]);
      const none = reconcile(mentions);
      expect(groupsOf(none)).toEqual([['a'], ['b']]);
      expect(none.issues.map((i) => i.code)).toEqual(['NO_RATE']);
    });

    it('widens a converted amount by τ, one day’s move', () => {
      const near = [mention('a', '£10.00bn'), mention('b', '€11.56bn')];
      expect(groupsOf(withRates(near))).toEqual([['a', 'b']]);
      expect(apart(withRates(near, { toleranceBps: 0 }))).toBe(true);
      expect(apart(withRates([mention('a', '£10.00bn'), mention('b', '€11.76bn')]))).toBe(true);
    });
  });

  describe('mentions without a rate', () => {
    it('returns a mention of an id that cannot be read where the group shares an amount, as a contradiction (found by a property test)', () => {
      // m1 (£22bn, 10 Sep) has no USD rate within 7 days; m2 ($2bn) and m0 (£1.1bn) share no amount
      // with it. It used to vanish (reconcile threw INTERNAL: not returned exactly once).
      const nv = [{ party: 'nvidia', role: 'investor' }] as const;
      const f = (currency: string, amount: string, quantum: string) =>
        figureFromJSON({ currency, amount, qualifier: 'exact', quantum });
      const ms: Mention[] = [
        {
          id: 'm0',
          figure: f('GBP', '1100000000', '10000000'),
          parties: [...nv],
          kind: 'investment',
          date: '2025-09-15',
          source: { document: 'd0' },
        },
        {
          id: 'm1',
          figure: f('GBP', '22000000000', '1000000000'),
          parties: [...nv],
          kind: 'investment',
          date: '2025-09-10',
          source: { document: 'd0' },
          commitment: 'k2',
        },
        {
          id: 'm2',
          figure: f('USD', '2000000000', '1000000000'),
          parties: [...nv],
          kind: 'investment',
          date: '2025-09-19',
          source: { document: 'd0' },
          commitment: 'k2',
        },
      ];
      for (const order of [ms, [...ms].reverse()]) {
        const r = withRates(order);
        const back = r.groups.flatMap((g) => [
          ...g.mentions.map((m) => m.id),
          ...g.contradictions.map((c) => c.mention.id),
        ]);
        expect([...back, ...r.ambiguous.map((a) => a.mention.id)].sort()).toEqual(['m0', 'm1', 'm2']);
        expect(r.groups.find((g) => g.id === 'k2')?.contradictions.map((c) => c.mention.id)).toEqual(['m1']);
      }
    });
    const google = (id: string, figure: string) =>
      mention(id, figure, { commitment: 'google-uk', date: '2025-09-16', document: `doc-${id}` });
    const fourPounds = [
      google('a', '£5bn'),
      google('b', '£5 billion'),
      google('c', '£5bn'),
      google('d', '£5bn'),
    ];

    it('keeps the amount the others allow and names the mention left unchecked (F6)', () => {
      const r = withRates([...fourPounds, google('e', 'AED 24.6bn')]);
      const [g] = r.groups;
      const gbp = g?.readings.find((x) => x.currency === g.denomination);
      expect(g?.denomination).toBe('GBP');
      expect(g?.mentions.map((m) => m.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
      expect([gbp?.status, dec(gbp?.interval?.low), dec(gbp?.interval?.high)]).toEqual([
        'noRate',
        '4500000000',
        '5500000000',
      ]);
      expect(gbp?.unchecked).toEqual(['e']);
      const named = r.issues.filter((i) => i.code === 'NO_RATE' && i.received === 'e');
      expect(named).toHaveLength(1);
      expect(named[0]?.message).toMatch(/google-uk: e could not be converted into GBP/);
      expect(
        reconcileResultToJSON(r).groups[0]?.readings.find((x) => x.currency === 'GBP')?.unchecked,
      ).toEqual(['e']);
    });

    it('takes the amount from the currency most mentions can be read in, without ids too (F6)', () => {
      const r = withRates([
        mention('a', 'AED 24.6bn', { document: 'gulf', date: '2025-09-16' }),
        mention('b', '£5bn', { document: 'gulf', date: '2025-09-16', convertedFrom: 'a' }),
      ]);
      const [g] = r.groups;
      expect(g?.mentions.map((m) => m.id)).toEqual(['a', 'b']);
      expect(g?.readings.find((x) => x.currency === g.denomination)?.unchecked).toHaveLength(1);
    });

    it('compares mentions in one currency with no rate at all, so a contradiction is still one (F7)', () => {
      const r = reconcile([
        google('a', '$30bn'),
        google('b', '$30 billion'),
        google('c', '$30bn'),
        google('d', '£22bn'),
        google('e', '£22 billion'),
        google('f', '30 Milliarden Pfund'),
      ]);
      const [g] = r.groups;
      expect(g?.mentions.map((m) => m.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
      expect(g?.contradictions.map((c) => [c.mention.id, c.currency, c.side])).toEqual([
        ['f', 'GBP', 'above'],
      ]);
      expect(g?.contradictions[0]?.pinnedBy.map((m) => m.id)).toEqual(['d', 'e']);
      expect(r.issues.some((i) => i.code === 'NO_RATE')).toBe(true);
    });
  });

  describe('conversions in one source', () => {
    it('checks a conversion against the group but never lets it narrow the amount (F18)', () => {
      const r = withRates([
        mention('a', '$30bn', { document: 'd' }),
        mention('b', '€25.5bn', { document: 'd', convertedFrom: 'a' }),
        mention('c', '$30 billion', { document: 'e' }),
      ]);
      expect(groupsOf(r)).toEqual([['a', 'b', 'c']]);
      const usd = r.groups[0]?.readings.find((x) => x.currency === 'USD');
      expect([dec(usd?.interval?.low), dec(usd?.interval?.high)]).toEqual(['29500000000', '30500000000']);
      expect([...(usd?.lowPinnedBy ?? []), ...(usd?.highPinnedBy ?? [])]).not.toContain('b');
    });

    it('places a figure against what the figures allow, not what a conversion narrows (reference block converted)', () => {
      // "$6bn" allows about £4.0bn–£4.8bn; its writer's "£4.76bn" only £4.72bn–£4.80bn. "More than £4.4bn"
      // reaches the first, 6 % short of the second: judged against the conversion it was left alone.
      const ms = [
        mention('a', '$6bn', { document: 'd' }),
        mention('b', '£4.76bn', { document: 'd', convertedFrom: 'a' }),
        mention('c', 'more than £4.4bn', { document: 'e' }),
      ];
      const r = withRates(ms, { nearMissBps: 300 });
      expect(groupsOf(r)).toEqual([['a', 'b', 'c']]);
      // The conversion is still checked: "£4.1bn" meets "$6bn" but not "£4.76bn", so it never joins;
      // one source against one, the two are disputed (G2): the later founded comes back as contradictions.
      const far = withRates([...ms.slice(0, 2), mention('c', '£4.1bn', { document: 'e' })], {
        nearMissBps: 300,
      });
      expect(groupsOf(far)).toEqual([['c']]);
      expect(far.groups[0]?.tie).toBe(true);
      expect(far.groups[0]?.contradictions.map((c) => [c.mention.id, c.basis])).toEqual([
        ['a', 'nearMiss'],
        ['b', 'nearMiss'],
      ]);
    });

    it('moves a figure and its conversion together', () => {
      const r = withRates([
        mention('a', '£22bn', { document: 'd' }),
        mention('b', '$30bn', { document: 'd', convertedFrom: 'a' }),
      ]);
      expect(groupsOf(r)).toEqual([['a', 'b']]);
      expect(r.groups[0]?.evidence.map((e) => [e.mention, e.basis, e.convertedFrom])).toEqual([
        ['b', 'convertedFrom', 'a'],
      ]);
    });

    it('returns a conversion that does not match its figure as a contradiction of its group', () => {
      const r = withRates([
        mention('a', '£150bn', { document: 'd', date: '2025-09-18' }),
        mention('b', 'knapp 104 Milliarden Euro', { document: 'd', date: '2025-09-18', convertedFrom: 'a' }),
      ]);
      const c = r.groups[0]?.contradictions[0];
      expect([c?.mention.id, c?.basis, c?.side, c?.pinnedBy.map((m) => m.id)]).toEqual([
        'b',
        'convertedFrom',
        'below',
        ['a'],
      ]);
    });

    it('reads a conversion with the qualifier of its figure: "up to £11bn (€12.68bn)"', () => {
      const r = withRates([
        mention('a', 'up to £11bn', { document: 'd' }),
        mention('b', '€12.68bn', { document: 'd', convertedFrom: 'a' }),
        mention('c', '£8bn'),
      ]);
      expect(groupsOf(r)).toEqual([['a', 'b', 'c']]);
    });
  });

  describe('contradictions by near miss', () => {
    const pair = [mention('a', '£22bn'), mention('b', '£22bn')];

    it('returns a lone figure that misses a group of two sources by ≤ nearMissBps, with both sources and the gap', () => {
      const r = reconcile([...pair, mention('c', '£30bn', { publisher: 'Byte Bucket' })]);
      expect(groupsOf(r)).toEqual([['a', 'b']]);
      const c = r.groups[0]?.contradictions[0];
      expect(c?.basis).toBe('nearMiss');
      expect(c?.side).toBe('above');
      expect(c?.pinnedBy.map((m) => m.id)).toEqual(['a', 'b']);
      // (£29.5bn / £22.5bn − 1) × 10⁴, exact
      expect(ratioToDecimal(c?.gap ?? { n: 0n, d: 1n }, 4)).toBe('3111.1111');
      expect(c?.gapBps).toBeCloseTo(3111.11, 1);
      expect(dec(c?.others.high)).toBe('22500000000');
    });

    it('keeps a figure beyond the band, or next to a single source, as a commitment of its own', () => {
      expect(groupsOf(reconcile([...pair, mention('c', '£50bn')]))).toEqual([['a', 'b'], ['c']]);
      expect(groupsOf(reconcile([...pair, mention('c', '£30bn')], { nearMissBps: 1000 }))).toEqual([
        ['a', 'b'],
        ['c'],
      ]);
    });

    it('returns a smaller group that misses a group with at least twice its sources as its contradictions', () => {
      const four = ['a', 'b', 'c', 'd'].map((id) => mention(id, '£5bn'));
      // Two copies of one wire story with the wrong currency, against four reports that agree.
      const wire = [mention('x', '$5bn', { publisher: 'AFP' }), mention('y', '$5bn', { publisher: 'AFP' })];
      const r = withRates([...four, ...wire]);
      expect(groupsOf(r)).toEqual([['a', 'b', 'c', 'd']]);
      expect(r.groups[0]?.contradictions.map((c) => [c.mention.id, c.basis, c.side])).toEqual([
        ['x', 'nearMiss', 'below'],
        ['y', 'nearMiss', 'below'],
      ]);
      // Against three sources two are no minority: the group is disputed (G2), never two commitments.
      const disputed = withRates([...four.slice(1), ...wire]);
      expect(groupsOf(disputed)).toEqual([['b', 'c', 'd']]);
      expect(disputed.groups[0]?.tie).toBe(true);
    });

    it('returns a near miss of a group that holds together only in another currency (oracle F4)', () => {
      // €28.9bn (16 Jan) and €28.4bn (11 Jan) share an amount only in dollars, at the two days' fixes.
      const withNscale = [
        { party: 'microsoft', role: 'investor' },
        { party: 'nscale', role: 'recipient' },
      ] as const;
      const r = reconcile(
        [
          mention('m00', '€28.9bn', { date: '2019-01-16', document: 'doc4' }),
          mention('m03', '$32.6bn', { date: '2019-01-10', document: 'doc2', parties: withNscale }),
          mention('m02', '€28.4bn', { date: '2019-01-11', document: 'doc2' }),
        ],
        {
          windowDays: 7,
          toleranceBps: 10,
          rates: usdFixes([
            ['2019-01-10', '1.1535'],
            ['2019-01-11', '1.1533'],
            ['2019-01-16', '1.1389'],
          ]),
        },
      );
      expect(returnedIds(r)).toEqual(['m00', 'm02', 'm03']);
      expect(groupsOf(r)).toEqual([['m00', 'm02']]);
      expect(r.groups[0]?.contradictions.map((c) => [c.mention.id, c.basis, c.currency])).toEqual([
        ['m03', 'nearMiss', 'USD'],
      ]);
    });

    it('catches a slipped power of ten ("£220bn" for "£22bn")', () => {
      const r = reconcile([...pair, mention('c', '£220bn')]);
      const c = r.groups[0]?.contradictions[0];
      expect([c?.mention.id, c?.scaleFactor]).toEqual(['c', '1/10']);
    });

    it('stays on its own when it is equally near two groups', () => {
      const r = reconcile([...pair, mention('x', '£40bn'), mention('y', '£40bn'), mention('c', '£30bn')]);
      expect(groupsOf(r)).toEqual([['a', 'b'], ['c'], ['x', 'y']]);
    });

    it('says when rounding would explain it, and merges with quantum "significant"', () => {
      const stake = [
        mention('a', '£500m', { date: '2025-09-18' }),
        mention('b', '£500 million', { date: '2025-09-19' }),
        mention('c', '$700 million', { date: '2025-09-18' }),
      ];
      const r = withRates(stake);
      expect(r.groups[0]?.contradictions.map((c) => [c.mention.id, c.roundingMayExplain])).toEqual([
        ['c', true],
      ]);
      expect(groupsOf(withRates(stake, { quantum: 'significant' }))).toEqual([['a', 'b', 'c']]);
    });
  });

  describe('ambiguous mentions', () => {
    it('merges a figure that fits two groups into neither', () => {
      const r = reconcile([
        mention('a', '£10.6bn', { date: '2025-09-10' }),
        mention('b', '£10.6bn', { date: '2025-09-10' }),
        mention('x', '£11.4bn', { date: '2025-09-25' }),
        mention('y', '£11.4bn', { date: '2025-09-25' }),
        mention('c', '£11bn'),
      ]);
      expect(groupsOf(r)).toEqual([
        ['a', 'b'],
        ['x', 'y'],
      ]);
      expect(r.ambiguous.map((a) => [a.mention.id, a.candidates])).toEqual([['c', ['group:a', 'group:x']]]);
    });

    it('lets a one-sided figure join the one group its written value reaches, naming the others', () => {
      const r = reconcile([
        mention('a', '£8bn', { date: '2025-09-10' }),
        mention('b', '£8bn', { date: '2025-09-10' }),
        mention('x', '£11bn', { date: '2025-09-25' }),
        mention('y', '£11bn', { date: '2025-09-25' }),
        mention('c', 'up to £11bn'),
      ]);
      expect(groupsOf(r)).toEqual([
        ['a', 'b'],
        ['c', 'x', 'y'],
      ]);
      expect(groupWith(r, 'c')?.evidence.find((e) => e.mention === 'c')?.alsoFits).toEqual(['group:a']);
    });

    it('measures reach in the currencies of every group neighbour, whichever mention founded it (oracle F5, R5)', () => {
      // "$1.61bn" founds group:m03; "€2bn" reaches it only in pounds, the currency of its neighbours
      // "£1.4bn" and "£1bn". Before, a group founded by one figure was tried only in that figure's currency
      // until a second joined, so "€2bn" joined group:m04 although it reaches both groups.
      const withNscale = [
        { party: 'microsoft', role: 'investor' },
        { party: 'nscale', role: 'recipient' },
      ] as const;
      const fixes = [
        ['2020-03-02', '1.1122', '0.87113'],
        ['2020-03-06', '1.1336', '0.87165'],
        ['2020-03-12', '1.124', '0.88623'],
        ['2020-03-20', '1.0707', '0.91028'],
      ] as const;
      const rates = ratesFromList(
        fixes.flatMap(([date, usd, gbp]) => [
          { base: 'EUR', quote: 'USD', value: usd, date, source: 'ECB' },
          { base: 'EUR', quote: 'GBP', value: gbp, date, source: 'ECB' },
        ]),
        { source: 'ECB' },
      ) as RatesLike;
      const r = reconcile(
        [
          mention('m00', '€2bn', { date: '2020-03-12', document: 'doc8' }),
          mention('m04', '€1.59bn', { date: '2020-03-07', document: 'doc8', parties: withNscale }),
          mention('m02', '£1bn', { date: '2020-03-07', document: 'doc8' }),
          mention('m01', '£1.4bn', { date: '2020-03-02', document: 'doc8' }),
          mention('m03', '$1.61bn', { date: '2020-03-21', document: 'doc3' }),
        ],
        { rates, toleranceBps: 0 },
      );
      expect(r.ambiguous.find((a) => a.mention.id === 'm00')?.candidates).toEqual(['group:m03', 'group:m04']);
      expect(groupWith(r, 'm04')?.mentions.map((m) => m.id)).toEqual(['m01', 'm04']);
    });

    it('does not read "up to £11bn" as a report of £2bn', () => {
      expect(groupsOf(reconcile([mention('a', '£2bn'), mention('c', 'up to £11bn')]))).toEqual([
        ['a'],
        ['c'],
      ]);
    });
  });

  describe('output', () => {
    it('converts the intersection into options.to at the group’s first date, exactly', () => {
      const r = withRates([mention('a', '£22bn'), mention('b', '£22bn', { date: '2025-09-18' })], {
        to: 'EUR',
      });
      const conv = r.groups[0]?.converted;
      expect(conv?.from).toBe('GBP');
      expect(conv?.rate?.date).toBe('2025-09-17');
      // £21.5bn / 0.8675 = €24,783,861,671.469… rounded down; £22.5bn / 0.8675 = €25,936,599,423.631… up
      expect([dec(conv?.interval.low), dec(conv?.interval.high)]).toEqual([
        '24783861671.46',
        '25936599423.64',
      ]);
      const same = withRates([mention('a', '£22bn')], { to: 'GBP' }).groups[0]?.converted;
      expect(same?.rate).toBeUndefined();
      expect(dec(same?.interval.high)).toBe('22500000000');
    });

    it('does not depend on the order of the mentions', () => {
      const mentions = [
        mention('a', '£22bn'),
        mention('b', '$30bn'),
        mention('c', '£30bn'),
        mention('d', 'more than $30bn'),
        mention('e', '$3.2bn'),
      ];
      const json = (ms: Mention[]) => JSON.stringify(reconcileResultToJSON(withRates(ms)));
      expect(json([...mentions].reverse())).toBe(json(mentions));
    });

    it('writes JSON with decimal strings and ids', () => {
      const r = withRates([mention('a', '£22bn'), mention('b', '£22bn'), mention('c', '£30bn')], {
        to: 'EUR',
      });
      const j = JSON.parse(JSON.stringify(reconcileResultToJSON(r)));
      expect(j.groups[0].mentions[0].figure).toEqual({
        currency: 'GBP',
        amount: '22000000000',
        qualifier: 'exact',
        quantum: '1000000000',
        text: '£22bn',
      });
      expect(j.groups[0].readings[0].interval.low).toBe('21500000000');
      expect(j.groups[0].contradictions[0].pinnedBy).toEqual(['a', 'b']);
      expect(j.groups[0].converted.rate.value).toBe('400/347');
      expect(j.settings).toEqual({
        windowDays: 14,
        partyMatch: 'nested',
        quantum: 'written',
        nearMissBps: 5000,
        to: 'EUR',
      });
    });
  });

  describe('invalid input', () => {
    const ok = mention('a', '£22bn');
    const bad = (patch: Record<string, unknown>) => [{ ...ok, ...patch }] as unknown as Mention[];

    it('names the path of a malformed mention (INVALID_ARGUMENT), a bad figure (INVALID_FIGURE) or no parties (INVALID_COMMITMENT)', () => {
      const cases: [unknown, string, ReckonErrorCode][] = [
        ['nope', 'mentions', 'INVALID_ARGUMENT'],
        [[null], 'mentions[0]', 'INVALID_ARGUMENT'],
        [bad({ id: '' }), 'mentions[0].id', 'INVALID_ARGUMENT'],
        [bad({ figure: { ...ok.figure, amount: 22 } }), 'mentions[0].figure.amount', 'INVALID_ARGUMENT'],
        [
          bad({ figure: { ...ok.figure, quantum: money('0', 'GBP') } }),
          'mentions[0].figure.quantum',
          'INVALID_FIGURE',
        ],
        [
          bad({ figure: { ...ok.figure, quantum: money('1', 'EUR') } }),
          'mentions[0].figure.quantum',
          'INVALID_FIGURE',
        ],
        [
          bad({ figure: { ...ok.figure, qualifier: 'roughly' } }),
          'mentions[0].figure.qualifier',
          'INVALID_ARGUMENT',
        ],
        [bad({ figure: { ...ok.figure, qualifier: 'range' } }), 'mentions[0].figure.max', 'INVALID_FIGURE'],
        [bad({ parties: [] }), 'mentions[0].parties', 'INVALID_COMMITMENT'],
        [
          bad({ parties: [{ party: 'x', role: 'owner' }] }),
          'mentions[0].parties[0].role',
          'INVALID_ARGUMENT',
        ],
        [bad({ kind: 'gift' }), 'mentions[0].kind', 'INVALID_ARGUMENT'],
        [bad({ source: { url: 'x' } }), 'mentions[0].source.document', 'INVALID_ARGUMENT'],
        [
          bad({ source: { document: 'd', publisher: 3 } }),
          'mentions[0].source.publisher',
          'INVALID_ARGUMENT',
        ],
        [bad({ convertedFrom: 'zz' }), 'mentions[0].convertedFrom', 'INVALID_ARGUMENT'],
      ];
      for (const [input, path, code] of cases) {
        const error = expectReckonError(() => reconcile(input as Mention[]), code);
        expect(error.details.path).toBe(path);
      }
    });

    it('refuses conversions across documents and conversion cycles', () => {
      const a = mention('a', '£22bn', { document: 'd1' });
      const b = mention('b', '$30bn', { document: 'd2', convertedFrom: 'a' });
      expectReckonError(() => reconcile([a, b]), 'INVALID_ARGUMENT');
      const c = mention('c', '£22bn', { document: 'd', convertedFrom: 'e' });
      const e = mention('e', '$30bn', { document: 'd', convertedFrom: 'c' });
      expectReckonError(() => reconcile([c, e]), 'INVALID_ARGUMENT');
    });

    it('refuses a mention id used twice (DUPLICATE_ID) and a bad date (INVALID_DATE)', () => {
      expectReckonError(() => reconcile([ok, ok]), 'DUPLICATE_ID');
      expectReckonError(() => reconcile(bad({ date: '2025-02-30' })), 'INVALID_DATE');
    });

    it('checks the options', () => {
      const cases: [unknown, string][] = [
        ['x', 'options'],
        [{ windowDays: -1 }, 'options.windowDays'],
        [{ windowDays: 1.5 }, 'options.windowDays'],
        [{ partyMatch: 'loose' }, 'options.partyMatch'],
        [{ quantum: 'exact' }, 'options.quantum'],
        [{ toleranceBps: Number.NaN }, 'options.toleranceBps'],
        [{ nearMissBps: -5 }, 'options.nearMissBps'],
        [{ kindGroups: [['investment', 'gift']] }, 'options.kindGroups[0][1]'],
        [{ kindGroups: [['investment'], ['investment']] }, 'options.kindGroups[1][0]'],
        [{ aliases: { a: 'x', A: 'y' } }, 'options.aliases["A"]'],
        [{ parties: [{ id: 'x' }] }, 'options.parties[0].name'],
      ];
      for (const [options, path] of cases) {
        const error = expectReckonError(
          () => reconcile([ok], options as ReconcileOptions),
          'INVALID_ARGUMENT',
        );
        expect(error.details.path ?? 'options').toBe(path);
      }
      expectReckonError(() => reconcile([ok], { rates: 5 as unknown as RatesLike }), 'INVALID_ARGUMENT');
      expectReckonError(() => reconcile([ok], { to: 'XYZ' }), 'UNKNOWN_CURRENCY');
    });

    it('accepts figures built from JSON', () => {
      const figure = figureFromJSON({
        currency: 'GBP',
        amount: '22000000000',
        qualifier: 'exact',
        quantum: '1000000000',
      });
      expect(groupsOf(reconcile([{ ...ok, figure }, mention('b', '£22bn')]))).toEqual([['a', 'b']]);
      expect(parseFigure('£22bn').qualifier).toBe('exact');
    });
  });

  describe('readings that touch at one value (review G3)', () => {
    const d = (i: number) => ({ date: `2025-09-1${6 + (i % 3)}`, document: `d${i}` });

    it('keeps "£22bn" and "£23bn" apart: they share only £22.5bn', () => {
      const r = withRates([mention('a', '£22bn', d(0)), mention('b', '£23bn', d(1))]);
      expect(apart(r)).toBe(true);
    });

    it('does not merge three "$3bn" and two "$4bn" into "$3.5bn"', () => {
      const texts = ['$3bn', '$3 billion', '3 Milliarden Dollar', '$4bn', '$4 billion'];
      const r = withRates(texts.map((t, i) => mention(`m${i}`, t, d(i))));
      const together = groupsOf(r).some((ids) => ids.includes('m0') && ids.includes('m3'));
      expect(together).toBe(false);
    });

    it('with one id, takes the three "$3bn" as the core and the "$4bn" as contradictions', () => {
      const texts = ['$3bn', '$3 billion', '$3bn', '$4bn', '$4 billion'];
      const r = withRates(texts.map((t, i) => mention(`m${i}`, t, { ...d(i), commitment: 'x' })));
      expect(r.groups).toHaveLength(1);
      expect(r.groups[0]?.tie).toBe(false);
      expect(r.groups[0]?.mentions.map((m) => m.id)).toEqual(['m0', 'm1', 'm2']);
      expect(r.groups[0]?.contradictions.map((c) => c.mention.id).sort()).toEqual(['m3', 'm4']);
    });
  });
  describe('a disagreement without a majority (review G2, G7)', () => {
    const usd = (c: ReturnType<typeof reconciledCommitments>[number] | undefined) =>
      c?.amount && [dec(c.amount.amount), dec(c.amount.max)];
    // These cases state rounding intervals (what every source's digits allow); a tie is counted so in
    // either view.
    const rounding = { view: 'rounding' } as const;

    it('returns "£22bn" against "£220bn" as one disputed group, counted once as the span', () => {
      const r = withRates([
        mention('a', '£22bn', { document: 'd1' }),
        mention('b', '£220bn', { document: 'd2' }),
      ]);
      expect(r.groups).toHaveLength(1);
      expect(r.groups[0]?.tie).toBe(true);
      expect(r.groups[0]?.contradictions).toHaveLength(1);
      expect(usd(reconciledCommitments(r)[0])).toEqual(['21500000000', '220500000000']);
      expect(usd(reconciledCommitments(r, rounding)[0])).toEqual(['21500000000', '220500000000']);
      expect(reconciledCommitments(r)[0]?.description).toMatch(/disputed/);
    });

    it('returns two against two the same way, and a 1:2 minority still as plain contradictions', () => {
      const two = withRates(
        ['£22bn', '£22 billion', '£220bn', '£220 billion'].map((t, i) => mention(`m${i}`, t)),
      );
      expect(two.groups).toHaveLength(1);
      expect(two.groups[0]?.tie).toBe(true);
      const minority = withRates(['£22bn', '£22 billion', '£220bn'].map((t, i) => mention(`m${i}`, t)));
      expect(minority.groups[0]?.tie).toBe(false);
      expect(usd(reconciledCommitments(minority, rounding)[0])).toEqual(['21500000000', '22500000000']);
      // Nominally, the majority's £22bn.
      expect(usd(reconciledCommitments(minority)[0])).toEqual(['22000000000', undefined]);
    });

    it('counts an explicit-id tie "$3bn" against "$5bn" as $2.5bn–$5.5bn, not the lower side', () => {
      const r = withRates([
        mention('a', '$3bn', { commitment: 'x', date: '2025-09-16' }),
        mention('b', '$5bn', { commitment: 'x' }),
      ]);
      expect(r.groups[0]?.tie).toBe(true);
      expect(usd(reconciledCommitments(r)[0])).toEqual(['2500000000', '5500000000']);
    });
  });
  describe('"up to" outnumbered or met by a floor (review G8)', () => {
    const ends = (r: ReconcileResult) => {
      const a = reconciledCommitments(r, { view: 'rounding' })[0]?.amount;
      return a && [a.qualifier, dec(a.amount), dec(a.max)];
    };

    it('keeps the floor when one "up to" stands against five firm reports', () => {
      const texts = ['€1bn', '€1 billion', '1 Milliarde Euro', '€1bn', '€1bn', 'up to €1.2bn'];
      const r = withRates(texts.map((t, i) => mention(`m${i}`, t)));
      expect(ends(r)).toEqual(['range', '500000000', '1250000000']);
      expect(reconciledCommitments(r)[0]?.description).toMatch(/1 of 6 source\(s\) say up to: outnumbered/);
    });

    it('keeps "more than $30bn" when an "up to $30bn" meets it', () => {
      const texts = ['more than $30bn', '$30bn', 'up to $30bn'];
      const r = withRates(texts.map((t, i) => mention(`m${i}`, t)));
      expect(ends(r)).toEqual(['range', '29500000000', '30500000000']);
    });

    it('still counts a ceiling when the "up to" sources are not outnumbered (F3)', () => {
      const texts = ['up to £500m', 'as much as £500m', '£500m'];
      expect(ends(withRates(texts.map((t, i) => mention(`m${i}`, t))))).toEqual([
        'upTo',
        '500500000',
        undefined,
      ]);
    });
  });
});
