import { describe, expect, it } from 'vitest';
import { reconcileResultFromJSON, safeReconcileResultFromJSON } from '../../src/index';
import { explainGroup, reconcile, reconcileResultToJSON } from '../../src/reconcile/index';
import { mention, weekRates } from './fixtures';

const rates = weekRates;
// Review G5: outlets call Microsoft's £22bn an investment, others a pledge.
const split = () => [
  mention('a', '£22bn', { kind: 'investment', date: '2025-09-16' }),
  mention('b', '£22 billion', { kind: 'investment', date: '2025-09-16' }),
  mention('c', '22 Milliarden Pfund', { kind: 'investment', date: '2025-09-17' }),
  mention('d', '£22bn', { kind: 'pledge', date: '2025-09-16' }),
  mention('e', '$30bn', { kind: 'pledge', date: '2025-09-17' }),
];

describe('reconcile', () => {
  describe('groups that differ only by kind (G5)', () => {
    it('keeps them apart but names both groups, their kinds and kindGroups in a KIND_SPLIT issue', () => {
      const r = reconcile(split(), { rates });
      expect(r.groups.map((g) => g.kind).sort()).toEqual(['investment', 'pledge']);
      const issues = r.issues.filter((i) => i.code === 'KIND_SPLIT');
      expect(issues).toHaveLength(1);
      const [one, two] = r.groups.map((g) => g.id);
      expect(issues[0]?.message).toContain(one as string);
      expect(issues[0]?.message).toContain(two as string);
      expect(issues[0]?.message).toMatch(/investment/);
      expect(issues[0]?.message).toMatch(/pledge/);
      expect(issues[0]?.message).toMatch(/kindGroups/);
    });

    it('marks each group with the other, and explainGroup says so', () => {
      const r = reconcile(split(), { rates });
      const [one, two] = r.groups;
      expect(one?.kindSplit?.map((k) => k.id)).toEqual([two?.id]);
      expect(two?.kindSplit?.map((k) => k.id)).toEqual([one?.id]);
      expect(explainGroup(one as NonNullable<typeof one>)).toMatch(/kindGroups/);
      expect(explainGroup(one as NonNullable<typeof one>)).toContain(two?.id as string);
    });

    it('keeps kindSplit through JSON, and rejects a kindSplit with an unknown kind', () => {
      const r = reconcile(split(), { rates });
      const json = reconcileResultToJSON(r);
      expect(reconcileResultFromJSON(json).groups.map((g) => g.kindSplit)).toEqual(
        r.groups.map((g) => g.kindSplit),
      );
      const bad = structuredClone(json) as unknown as { groups: { kindSplit?: { kind: string }[] }[] };
      (bad.groups[0]?.kindSplit?.[0] as { kind: string }).kind = 'gift';
      const out = safeReconcileResultFromJSON(bad);
      expect(out.success).toBe(false);
      if (!out.success) expect(out.issues[0]?.path).toEqual(['groups', 0, 'kindSplit', 0, 'kind']);
    });

    it('explainGroup rejects a malformed kindSplit with INVALID_ARGUMENT naming its path', () => {
      const g = reconcile(split(), { rates }).groups[0] as NonNullable<
        ReturnType<typeof reconcile>['groups'][0]
      >;
      const bad = { ...g, kindSplit: [{ id: 'group:e', kind: 'gift' }] } as unknown as typeof g;
      expect(() => explainGroup(bad)).toThrow(
        expect.objectContaining({
          code: 'INVALID_ARGUMENT',
          message: expect.stringContaining('group.kindSplit[0].kind'),
        }),
      );
    });

    it('meets within the near-miss band too ("£22bn" against "£20bn")', () => {
      const r = reconcile(
        [
          mention('a', '£22bn', { kind: 'investment' }),
          mention('b', '£22bn', { kind: 'investment' }),
          mention('c', '£20bn', { kind: 'pledge' }),
        ],
        { rates },
      );
      expect(r.issues.map((i) => i.code)).toContain('KIND_SPLIT');
    });

    it("measures the amounts the figures allow, not what a writer's conversion narrows", () => {
      // "$6bn" allows about £4.0bn–£4.8bn, its writer's "(£4.76bn)" only £4.72bn–£4.80bn: "£4.1bn" meets
      // the first and misses the second by 14 %.
      const r = reconcile(
        [
          mention('a', '$6bn', { kind: 'investment', document: 'd' }),
          mention('b', '£4.76bn', { kind: 'investment', document: 'd', convertedFrom: 'a' }),
          mention('c', '£4.1bn', { kind: 'pledge', document: 'e' }),
        ],
        { rates, nearMissBps: 300 },
      );
      expect(r.groups.map((g) => g.kind).sort()).toEqual(['investment', 'pledge']);
      expect(r.issues.filter((i) => i.code === 'KIND_SPLIT')).toHaveLength(1);
    });

    it('says nothing once kindGroups declares the kinds one commitment', () => {
      const r = reconcile(split(), { rates, kindGroups: [['investment', 'pledge']] });
      expect(r.groups).toHaveLength(1);
      expect(r.issues.map((i) => i.code)).not.toContain('KIND_SPLIT');
      expect(r.groups[0]?.kindSplit).toBeUndefined();
    });
  });

  describe('groups of different kinds that are not one commitment', () => {
    it('says nothing for amounts far apart ("$15bn" capex and "$3bn" operations)', () => {
      const r = reconcile(
        [mention('a', '$15bn', { kind: 'capex' }), mention('b', '$3bn', { kind: 'investment' })],
        { rates },
      );
      expect(r.groups).toHaveLength(2);
      expect(r.issues.map((i) => i.code)).not.toContain('KIND_SPLIT');
    });

    it('says nothing for other parties or dates beyond the window', () => {
      const other = [{ party: 'google', role: 'investor' }] as const;
      const r = reconcile(
        [
          mention('a', '£22bn', { kind: 'investment' }),
          mention('b', '£22bn', { kind: 'pledge', parties: other }),
          mention('c', '£22bn', { kind: 'pledge', date: '2025-10-30' }),
        ],
        { rates },
      );
      expect(r.groups).toHaveLength(3);
      expect(r.issues.map((i) => i.code)).not.toContain('KIND_SPLIT');
    });
  });
});
