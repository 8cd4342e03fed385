import { describe, expect, it } from 'vitest';
import {
  explainAmbiguous,
  explainContradiction,
  explainGroup,
  explainMerge,
  reconcile,
} from '../../src/reconcile/index';
import { groupWith, mention, weekRates } from './fixtures';

const parties = [{ id: 'microsoft', name: 'Microsoft', kind: 'company' as const }];
/** Intl writes German amounts with no-break spaces; the expected texts here use plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('explainMerge', () => {
  it('says which parties, kind, days and amounts a heuristic merge rests on (en, de)', () => {
    const r = reconcile([
      mention('a', '£22bn', { publisher: 'ITPro' }),
      mention('b', '£22.0bn', { publisher: 'MENAFN', date: '2025-09-19' }),
    ]);
    const g = r.groups[0];
    const e = g?.evidence[0];
    expect(e?.basis).toBe('heuristic');
    expect(explainMerge(g as NonNullable<typeof g>, e as NonNullable<typeof e>, { parties })).toBe(
      '“£22bn” (ITPro, 17 Sep 2025) joined: the same investor Microsoft as in the others, the same kind (investment), 2 days from the first mention to the last, and read in GBP it allows £21.5bn–£22.5bn, which leaves £21.95bn–£22.05bn for all.',
    );
    expect(
      plain(
        explainMerge(g as NonNullable<typeof g>, e as NonNullable<typeof e>, { language: 'de', parties }),
      ),
    ).toBe(
      '„£22bn“ (ITPro, 17. Sept. 2025) gehört dazu: derselbe Investor Microsoft wie bei den anderen, dieselbe Art (Investition), 2 Tage von der ersten bis zur letzten Erwähnung, und in GBP gelesen erlaubt es 21,5 Mrd. £ bis 22,5 Mrd. £, womit für alle 21,95 Mrd. £ bis 22,05 Mrd. £ bleibt.',
    );
  });

  it('names an explicit id, a conversion in the same source, and the other groups a bound also fits', () => {
    const keyed = reconcile([
      mention('a', '£22bn', { commitment: 'ms' }),
      mention('b', '£22bn', { commitment: 'ms' }),
    ]);
    const k = keyed.groups[0];
    expect(
      explainMerge(k as NonNullable<typeof k>, k?.evidence[0] as NonNullable<typeof k>['evidence'][0]),
    ).toMatch(
      /^“£22bn” \(doc-b, 17 Sep 2025\) carries the commitment id ms; read in GBP it allows £21.5bn–£22.5bn/,
    );
    const conv = reconcile(
      [
        mention('a', '£22bn', { document: 'd' }),
        mention('b', '$30bn', { document: 'd', convertedFrom: 'a' }),
      ],
      { rates: weekRates },
    );
    const c = conv.groups[0];
    expect(
      explainMerge(c as NonNullable<typeof c>, c?.evidence[0] as NonNullable<typeof c>['evidence'][0]),
    ).toMatch(
      /^“\$30bn” \(d, 17 Sep 2025\) is the source's own conversion of “£22bn”: read in GBP it allows/,
    );
    const bound = reconcile([
      mention('a', '£8bn', { date: '2025-09-10' }),
      mention('b', '£8bn', { date: '2025-09-10' }),
      mention('x', '£11bn', { date: '2025-09-25' }),
      mention('y', '£11bn', { date: '2025-09-25' }),
      mention('c', 'up to £11bn'),
    ]);
    const g = groupWith(bound, 'c');
    const e = g?.evidence.find((x) => x.mention === 'c');
    expect(explainMerge(g as NonNullable<typeof g>, e as NonNullable<typeof e>)).toMatch(
      /Its amount would also fit group:a, but only this group reaches its written value\.$/,
    );
  });
});

describe('explainContradiction', () => {
  const stake = [
    mention('a', '£500m', { date: '2025-09-18', publisher: 'wallstreetONLINE' }),
    mention('b', '£500 million', { date: '2025-09-19', publisher: 'NDTV Profit' }),
    mention('c', '$700 million', { date: '2025-09-18', publisher: 'TechRadar' }),
  ];

  it('names both sources, both amounts and the gap, and says when rounding would explain it', () => {
    const c = reconcile(stake, { rates: weekRates }).groups[0]?.contradictions[0];
    const text = explainContradiction(c as NonNullable<typeof c>);
    expect(text).toBe(
      '“$700 million” (TechRadar, 18 Sep 2025) contradicts the other mentions of group:a: read in GBP it allows £510.32m–£517.95m, 196 bp above the £499.5m–£500.5m that “£500m” (wallstreetONLINE, 18 Sep 2025) and “£500 million” (NDTV Profit, 19 Sep 2025) allow. Read as rounded to its leading digits (its trailing zeros as rounding), it would fit.',
    );
    expect(plain(explainContradiction(c as NonNullable<typeof c>, { language: 'de' }))).toContain(
      '196 bp über den 499,5 Mio. £ bis 500,5 Mio. £, die „£500m“ (wallstreetONLINE, 18. Sept. 2025) und „£500 million“ (NDTV Profit, 19. Sept. 2025) erlauben.',
    );
  });

  it('suggests a slipped power of ten, and names the figure a bad conversion stands beside', () => {
    const slip = reconcile([mention('a', '£22bn'), mention('b', '£22bn'), mention('c', '£220bn')]).groups[0]
      ?.contradictions[0];
    expect(explainContradiction(slip as NonNullable<typeof slip>)).toMatch(
      /Multiplied by 1\/10 it would fit: a slipped decimal point or scale word\?$/,
    );
    const conv = reconcile(
      [
        mention('a', '£150bn', { document: 'tt', publisher: 'tt.com' }),
        mention('b', 'knapp 104 Milliarden Euro', {
          document: 'tt',
          publisher: 'tt.com',
          convertedFrom: 'a',
        }),
      ],
      { rates: weekRates },
    ).groups[0]?.contradictions[0];
    expect(explainContradiction(conv as NonNullable<typeof conv>)).toMatch(
      /^“knapp 104 Milliarden Euro” \(tt\.com, 17 Sep 2025\) is not a conversion of “£150bn” \(tt\.com, 17 Sep 2025\), which it stands beside in its source: read in GBP/,
    );
  });
});

describe('explainAmbiguous', () => {
  it('lists the groups a mention fits (en, de)', () => {
    const r = reconcile([
      mention('a', '£10.6bn', { date: '2025-09-10' }),
      mention('b', '£10.6bn', { date: '2025-09-10' }),
      mention('x', '£11.4bn', { date: '2025-09-25' }),
      mention('y', '£11.4bn', { date: '2025-09-25' }),
      mention('c', '£11bn', { publisher: 'UKTN' }),
    ]);
    const a = r.ambiguous[0] as NonNullable<(typeof r.ambiguous)[0]>;
    expect(explainAmbiguous(a)).toBe(
      '“£11bn” (UKTN, 17 Sep 2025) fits 2 groups (group:a and group:x) and was merged into none of them.',
    );
    expect(explainAmbiguous(a, { language: 'de' })).toBe(
      '„£11bn“ (UKTN, 17. Sept. 2025) passt zu 2 Gruppen (group:a und group:x) und wurde keiner zugeordnet.',
    );
  });
});

describe('explainGroup', () => {
  it('summarises a group: mentions, sources, the amount all allow, its pins, the converted amount', () => {
    const r = reconcile(
      [mention('a', '£22bn', { publisher: 'ITPro' }), mention('b', '$30bn', { publisher: 'MENAFN' })],
      { rates: weekRates, to: 'EUR' },
    );
    const lines = explainGroup(r.groups[0] as NonNullable<(typeof r.groups)[0]>, { parties }).split('\n');
    // One mention in each currency: the narrower figure, $30bn (±1.7 %), is the denomination.
    expect(lines[0]).toBe(
      '2 mentions from 2 sources are an investment (Microsoft (investor)), 17 Sep 2025: read in USD they allow $29.5bn–$30.5bn together; “$30bn” (MENAFN, 17 Sep 2025) sets the low end, “$30bn” (MENAFN, 17 Sep 2025) the high end.',
    );
    expect(lines[1]).toMatch(/^In EUR: €\d\d\.\d+bn–€\d\d\.\d+bn at the ECB rate of 17 Sep 2025\.$/);
    expect(lines).toHaveLength(3);
  });

  it('describes a group of one mention, and a tie between two amounts', () => {
    const one = reconcile([mention('a', 'more than £10bn', { publisher: 'X' })]).groups[0];
    expect(explainGroup(one as NonNullable<typeof one>)).toBe(
      'One mention, “more than £10bn” (X, 17 Sep 2025), is an investment of its own (microsoft (investor)): it allows more than £9.5bn.',
    );
    expect(plain(explainGroup(one as NonNullable<typeof one>, { language: 'de' }))).toBe(
      'Eine Erwähnung, „more than £10bn“ (X, 17. Sept. 2025), ist eine Investition für sich (microsoft (Investor)): sie erlaubt mehr als 9,5 Mrd. £.',
    );
    const tie = reconcile([
      mention('a', '£22bn', { commitment: 'k' }),
      mention('b', '£30bn', { commitment: 'k' }),
    ]).groups[0];
    expect(explainGroup(tie as NonNullable<typeof tie>)).toContain(
      'Other mentions allow another amount and no side has a clear majority: which of them contradict is a tie, and totals count the span of both amounts.',
    );
  });
});
