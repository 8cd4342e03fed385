import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isMoney,
  moneyToJSON,
  ratio,
  reconcileResultFromJSON,
  safeReconcileResultFromJSON,
} from '../../src/index';
import {
  type Mention,
  type ReconcileResult,
  type ReconcileResultJSON,
  reconcile,
  reconcileResultToJSON,
} from '../../src/reconcile/index';
import { expectReckonError } from '../helpers';
import { mention, weekRates } from './fixtures';
import { mentionsArb, nv } from './generators';

const SEED = 20261129;

/** Equal results: the same plain data, money as moneyToJSON writes it, ratios in lowest terms. */
function canonical(value: unknown): unknown {
  if (isMoney(value)) return { money: moneyToJSON(value) };
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object' && value !== null) {
    const o = value as Record<string, unknown>;
    if (Object.keys(o).length === 2 && typeof o.n === 'bigint' && typeof o.d === 'bigint') {
      const r = ratio(o.n, o.d);
      return { ratio: `${r.n}/${r.d}` };
    }
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, canonical(v)]));
  }
  if (typeof value === 'bigint') throw new Error('a bare bigint');
  return value;
}

const roundTrip = (r: ReconcileResult) =>
  reconcileResultFromJSON(JSON.parse(JSON.stringify(reconcileResultToJSON(r))) as ReconcileResultJSON);

/** Mentions over a few parties, days, currencies and qualifiers, with ids, conversions and publishers. */
const mentions = mentionsArb({
  partySets: [[nv], [nv, { party: 'nscale', role: 'recipient' }], [{ party: 'microsoft', role: 'investor' }]],
  kinds: ['investment'],
  days: { min: 15, max: 19 },
  mantissas: [2n, 5n, 11n, 15n, 113n],
  qualifiers: ['exact', 'about', 'upTo', 'moreThan'],
  documents: 4,
  maxLength: 10,
  publishers: ['FT', 'Handelsblatt'],
});

const optionsArb = fc.record({
  windowDays: fc.integer({ min: 0, max: 7 }),
  nearMissBps: fc.constantFrom(0, 500, 5000),
  to: fc.constantFrom(undefined, 'EUR', 'GBP'),
});

const resultOf = (
  ms: readonly Mention[],
  o: { windowDays: number; nearMissBps: number; to?: string | undefined },
) =>
  reconcile(ms, {
    rates: weekRates,
    windowDays: o.windowDays,
    nearMissBps: o.nearMissBps,
    ...(o.to !== undefined ? { to: o.to } : {}),
  });

/** A result with a group, a conversion and a contradiction: £11bn twice, then £30bn under the same id. */
const sample = () =>
  reconcile(
    [
      mention('a', '£11bn', { commitment: 'k', publisher: 'FT' }),
      mention('b', 'up to £11bn', { commitment: 'k' }),
      mention('c', '£30bn', { commitment: 'k' }),
      mention('d', '€12.68bn', { commitment: 'k', convertedFrom: 'a', document: 'doc-a' }),
    ],
    { rates: weekRates, to: 'EUR' },
  );
// biome-ignore lint/suspicious/noExplicitAny: the tests damage this JSON anywhere, as a file could be.
const sampleJSON = () => JSON.parse(JSON.stringify(reconcileResultToJSON(sample()))) as Record<string, any>;

const expectBad = (json: unknown, path: string, issuePath: readonly (string | number)[]) => {
  const error = expectReckonError(
    () => reconcileResultFromJSON(json as ReconcileResultJSON),
    'INVALID_ARGUMENT',
  );
  expect(error.details.path).toBe(path);
  const safe = safeReconcileResultFromJSON(json);
  expect(safe.success).toBe(false);
  if (!safe.success) expect(safe.issues[0]?.path).toEqual(issuePath);
};

describe('reconcileResultFromJSON', () => {
  describe('the round trip', () => {
    it('reads back an equal result for 200 generated reconciliations', () => {
      fc.assert(
        fc.property(mentions, optionsArb, (ms, o) => {
          const r = resultOf(ms, o);
          expect(canonical(roundTrip(r))).toStrictEqual(canonical(r));
        }),
        { numRuns: 200, seed: SEED },
      );
    }, 120_000);

    it('reads back a result with a conversion and a contradiction pinned by mentions', () => {
      const r = sample();
      const pinned = r.groups.flatMap((g) => g.contradictions.flatMap((c) => c.pinnedBy));
      expect(pinned.length).toBeGreaterThan(0);
      expect(r.groups.some((g) => g.converted?.rate !== undefined)).toBe(true);
      const back = roundTrip(r);
      expect(canonical(back)).toStrictEqual(canonical(r));
      // pinnedBy are the group's own mentions again, not copies that only look alike.
      const g = back.groups.find((x) => x.contradictions.length > 0);
      for (const m of g?.contradictions[0]?.pinnedBy ?? []) expect(g?.mentions).toContain(m);
    });
  });

  describe('bad JSON', () => {
    it('refuses what is not an object', () => {
      for (const json of [null, [], 'json']) expectBad(json, 'json', []);
    });

    it('names a missing or mistyped field', () => {
      const { settings: _settings, ...json } = sampleJSON();
      expectBad(json, 'json.settings', ['settings']);
      const j = sampleJSON();
      j.groups[0].mentions[0].figure.amount = 11e9;
      expectBad(j, 'json.groups[0].mentions[0].figure.amount', [
        'groups',
        0,
        'mentions',
        0,
        'figure',
        'amount',
      ]);
      const k = sampleJSON();
      k.groups[0].readings[0].status = 'fine';
      expectBad(k, 'json.groups[0].readings[0].status', ['groups', 0, 'readings', 0, 'status']);
    });

    it('refuses a pinnedBy id that no mention has', () => {
      const j = sampleJSON();
      const gi = j.groups.findIndex((g: { contradictions: unknown[] }) => g.contradictions.length > 0);
      j.groups[gi].contradictions[0].pinnedBy = ['ghost'];
      expectBad(j, `json.groups[${gi}].contradictions[0].pinnedBy[0]`, [
        'groups',
        gi,
        'contradictions',
        0,
        'pinnedBy',
        0,
      ]);
    });

    it('treats prototype keys as data and refuses huge decimals', () => {
      const inherited = JSON.parse('{"__proto__":{"groups":[]},"ambiguous":[],"issues":[]}') as unknown;
      expectBad(inherited, 'json.groups', ['groups']);
      const j = sampleJSON();
      j.groups[0].contradictions = [];
      j.groups[0].readings[0].interval.exactLow = `${'1'.repeat(1_000_000)}/3`;
      expectBad(j, 'json.groups[0].readings[0].interval.exactLow', [
        'groups',
        0,
        'readings',
        0,
        'interval',
        'exactLow',
      ]);
    });
  });
});

describe('safeReconcileResultFromJSON', () => {
  describe('on good JSON', () => {
    it('returns what reconcileResultFromJSON returns', () => {
      const safe = safeReconcileResultFromJSON(sampleJSON());
      expect(safe.success).toBe(true);
      if (safe.success) expect(canonical(safe.output)).toStrictEqual(canonical(sample()));
    });
  });
});
