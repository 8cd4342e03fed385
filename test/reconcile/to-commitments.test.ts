import { describe, expect, it } from 'vitest';
import { aggregate, toDecimalString } from '../../src/index';
import { explainGroup, reconcile, reconciledCommitments } from '../../src/reconcile/index';
import { mention, weekRates } from './fixtures';

const dec = (m: Parameters<typeof toDecimalString>[0] | undefined | null) =>
  m ? toDecimalString(m, { trim: true }) : null;

describe('reconciledCommitments', () => {
  const mentions = [
    mention('a', '£22bn', { document: 'itpro', date: '2025-09-16' }),
    mention('b', '$30bn', { document: 'menafn', date: '2025-09-17' }),
    mention('c', '$30bn', { document: 'semafor', date: '2025-09-17' }),
    mention('d', '$15bn', { document: 'itpro', kind: 'capex', date: '2025-09-16' }),
  ];
  const result = reconcile(mentions, { rates: weekRates });

  describe('groups of several reports', () => {
    it('makes one commitment per group, its amount the intersection, with the sources kept', () => {
      const [total, capex] = reconciledCommitments(result, { view: 'rounding' });
      expect(total?.mentions).toBe(3);
      expect(total?.sources.map((s) => s.document)).toEqual(['itpro', 'menafn', 'semafor']);
      const g = result.groups.find((x) => x.id === total?.id);
      const reading = g?.readings.find((r) => r.currency === g.denomination)?.interval;
      expect(total?.amount?.qualifier).toBe('range');
      expect([dec(total?.amount?.amount), dec(total?.amount?.max)]).toEqual([
        dec(reading?.low),
        dec(reading?.high),
      ]);
      expect(capex?.amount?.qualifier).toBe('range');
      expect(total?.date).toBe('2025-09-16');
    });

    it('lets aggregate count each commitment once, and never a part on top of its whole', () => {
      const [total, capex] = reconciledCommitments(result, { view: 'rounding' });
      const input = reconciledCommitments(result, {
        view: 'rounding',
        partOf: { [capex?.id as string]: total?.id as string, [total?.id as string]: 'not-a-group' },
      });
      expect(input[1]?.partOf).toBe(total?.id);
      expect(input[0]?.partOf).toBeUndefined();
      const r = aggregate(input, { by: 'investor' });
      const row = r.groups.find((x) => x.party === 'microsoft');
      expect(row?.commitments).toEqual([total?.id]);
      expect(row?.notAdded.map((n) => n.reason)).toEqual(['partOf']);
      // Three reports of one deal add up to it once, not three times.
      const sum = Object.values(row?.totals ?? {})[0];
      expect(dec(sum?.high)).toBe(dec(total?.amount?.max));
    });

    it('gives a one-sided amount when only one end is bounded', () => {
      const one = reconcile([
        mention('x', 'more than £1bn', { document: 'p' }),
        mention('y', 'more than £1bn', { document: 'q' }),
      ]);
      const [c] = reconciledCommitments(one, { view: 'rounding' });
      expect([c?.amount?.qualifier, dec(c?.amount?.amount)]).toEqual(['moreThan', '500000000']);
      const [nominal] = reconciledCommitments(one);
      expect([nominal?.amount?.qualifier, dec(nominal?.amount?.amount)]).toEqual(['moreThan', '1000000000']);
    });
  });

  describe('a mention without a rate', () => {
    it('counts the amount the others allow, never drops it (F6)', () => {
      const google = (id: string, figure: string) =>
        mention(id, figure, { commitment: 'google-uk', date: '2025-09-16', document: `doc-${id}` });
      const r = reconcile([google('a', '£5bn'), google('b', '£5 billion'), google('c', 'AED 24.6bn')], {
        rates: weekRates,
      });
      const [c] = reconciledCommitments(r, { view: 'rounding' });
      expect([c?.amount?.qualifier, dec(c?.amount?.amount), dec(c?.amount?.max)]).toEqual([
        'range',
        '4500000000',
        '5500000000',
      ]);
      const row = aggregate([c as NonNullable<typeof c>], { by: 'investor' }).groups[0];
      expect(row?.withoutAmount).toEqual([]);
      expect(dec(row?.totals.GBP?.low)).toBe('4500000000');
      const [nominal] = reconciledCommitments(r);
      expect([nominal?.amount?.qualifier, dec(nominal?.amount?.amount)]).toEqual(['exact', '5000000000']);
    });
  });

  describe('sources that say up to', () => {
    const blackrock = (id: string, figure: string) =>
      mention(id, figure, { parties: [{ party: 'blackrock', role: 'investor' }], document: `doc-${id}` });
    const r = reconcile(
      [
        blackrock('a', 'as much as £500m'),
        blackrock('b', 'up to £500m'),
        blackrock('c', 'as much as £500m'),
        blackrock('d', '£500m'),
      ],
      { rates: weekRates },
    );

    it('counts the group as a ceiling when one source drops the "up to" (F3)', () => {
      const [c] = reconciledCommitments(r, { view: 'rounding' });
      expect([c?.amount?.qualifier, dec(c?.amount?.amount)]).toEqual(['upTo', '500500000']);
      expect(c?.description).toMatch(/3 of 4 source\(s\) say up to/);
      const row = aggregate([c as NonNullable<typeof c>], { by: 'investor' }).groups[0];
      expect([dec(row?.totals.GBP?.low), dec(row?.totals.GBP?.high)]).toEqual(['0', '500500000']);
      // Nominally every source says £500m at most: "up to £500m", never £500.5m (G9).
      const [nominal] = reconciledCommitments(r);
      expect([nominal?.amount?.qualifier, dec(nominal?.amount?.amount)]).toEqual(['upTo', '500000000']);
      expect(explainGroup(r.groups[0] as NonNullable<(typeof r.groups)[0]>)).toMatch(
        /3 of 4 sources say “up to”: it is counted as a ceiling/,
      );
    });

    it('keeps what the sources allow together in the reading itself', () => {
      const g = r.groups[0];
      const reading = g?.readings.find((x) => x.currency === 'GBP')?.interval;
      expect([dec(reading?.low), dec(reading?.high)]).toEqual(['499500000', '500500000']);
    });

    it('counts a conversion of an "up to" as saying up to', () => {
      const one = reconcile(
        [
          blackrock('a', 'as much as £500m'),
          mention('b', 'about $678m', {
            parties: [{ party: 'blackrock', role: 'investor' }],
            document: 'doc-a',
            convertedFrom: 'a',
          }),
          blackrock('c', '£500 million'),
        ],
        { rates: weekRates },
      );
      const [c] = reconciledCommitments(one);
      expect(c?.amount?.qualifier).toBe('upTo');
      expect(c?.description).toMatch(/1 of 2 source\(s\) say up to/);
    });
  });

  describe('the nominal view (G9)', () => {
    const lone = reconcile([mention('p', '£1.5bn', { document: 'cityam' })], { rates: weekRates });

    it('gives a lone "£1.5bn" as £1.5bn, and the rounding view as £1.45bn–£1.55bn', () => {
      const [nominal] = reconciledCommitments(lone);
      expect([nominal?.amount?.qualifier, dec(nominal?.amount?.amount)]).toEqual(['exact', '1500000000']);
      const [rounded] = reconciledCommitments(lone, { view: 'rounding' });
      expect([dec(rounded?.amount?.amount), dec(rounded?.amount?.max)]).toEqual(['1450000000', '1550000000']);
    });

    it('keeps the span of what the sources say when their nominal readings do not meet', () => {
      const r = reconcile(
        [
          mention('a', '$30bn', { document: 'a', commitment: 'ms' }),
          mention('b', 'more than $30bn', { document: 'b', commitment: 'ms' }),
        ],
        { rates: weekRates },
      );
      const [c] = reconciledCommitments(r);
      expect([c?.amount?.qualifier, dec(c?.amount?.amount), dec(c?.amount?.max)]).toEqual([
        'range',
        '30000000000',
        '30500000000',
      ]);
    });

    it('gives the nominal amount of the mentions written in the denomination only', () => {
      const [total] = reconciledCommitments(result);
      expect([total?.amount?.qualifier, dec(total?.amount?.amount)]).toEqual(['exact', '30000000000']);
    });
  });

  describe('groups that differ only by kind (G5)', () => {
    // Review G5: "£22bn" called an investment by three outlets, "£22bn" and "$30bn" a pledge by two.
    const split = reconcile(
      [
        mention('a', '£22bn', { kind: 'investment', date: '2025-09-16' }),
        mention('b', '£22 billion', { kind: 'investment', date: '2025-09-16' }),
        mention('c', '22 Milliarden Pfund', { kind: 'investment', date: '2025-09-17' }),
        mention('d', '£22bn', { kind: 'pledge', date: '2025-09-16' }),
        mention('e', '$30bn', { kind: 'pledge', date: '2025-09-17' }),
      ],
      { rates: weekRates },
    );

    it('names on each commitment the other it may be', () => {
      const [a, e] = reconciledCommitments(split);
      expect([a?.id, a?.kindSplit]).toEqual(['group:a', ['group:e']]);
      expect([e?.id, e?.kindSplit]).toEqual(['group:e', ['group:a']]);
    });

    it('lets aggregate count £22bn + [$0, $30bn], not £22bn + $30bn, and say why (KIND_SPLIT)', () => {
      const r = aggregate(reconciledCommitments(split), { by: 'investor' });
      const ms = r.groups.find((g) => g.party === 'microsoft');
      const iv = (t: { low: unknown; high: unknown } | undefined) =>
        t && [dec(t.low as never), dec(t.high as never)];
      expect(iv(ms?.totals.GBP)).toEqual(['22000000000', '22000000000']);
      expect(iv(ms?.totals.USD)).toEqual(['0', '30000000000']);
      expect(ms?.issues.map((i) => i.code)).toEqual(['KIND_SPLIT']);
      expect(r.grandTotal.issues.map((i) => i.code)).toEqual(['KIND_SPLIT']);
    });

    it('gives no kindSplit when kindGroups makes the kinds one', () => {
      const one = reconcile(
        split.groups.flatMap((g) => g.mentions),
        {
          rates: weekRates,
          kindGroups: [['investment', 'pledge']],
        },
      );
      expect(reconciledCommitments(one).map((c) => c.kindSplit)).toEqual([undefined]);
    });
  });

  describe('the rounding view, through aggregate', () => {
    it('counts a lone "£1.5bn" as £1.45bn–£1.55bn, not widened again by half a penny', () => {
      const lone = reconcile([mention('p', '£1.5bn', { document: 'cityam' })], { rates: weekRates });
      const r = aggregate(reconciledCommitments(lone, { view: 'rounding' }), { view: 'rounding' });
      const t = r.grandTotal.totals.GBP;
      expect([dec(t?.low), dec(t?.high)]).toEqual(['1450000000', '1550000000']);
    });
  });

  describe('bad input', () => {
    it.each([
      ['not a result', null, undefined, 'result'],
      ['groups missing', {}, undefined, 'result.groups'],
      ['a group without an id', { groups: [{}] }, undefined, 'result.groups[0].id'],
      ['options not an object', { groups: [] }, 5, 'options'],
      ['partOf not a record', { groups: [] }, { partOf: [] }, 'options.partOf'],
      ['a partOf value not a string', { groups: [] }, { partOf: { a: 1 } }, 'options.partOf.a'],
      ['an unknown view', { groups: [] }, { view: 'exact' }, 'options.view'],
    ])('throws INVALID_ARGUMENT naming the path: %s', (_name, value, options, path) => {
      expect(() => reconciledCommitments(value as never, options as never)).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT', details: expect.objectContaining({ path }) }),
      );
    });
  });
});
