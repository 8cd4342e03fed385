/**
 * The mention generator shared by the reconcile property tests (properties.test.ts, result-json.test.ts):
 * a few parties, kinds, days, currencies and qualifiers, with explicit ids and writers' conversions.
 */
import fc from 'fast-check';
import { type Figure, figureFromJSON, type Participation, type Qualifier } from '../../src/index';
import type { Mention } from '../../src/reconcile/index';

export const nv: Participation = { party: 'nvidia', role: 'investor' };

/** mantissa × 10^exponent in `currency`, exact to 10^exponent. */
export function figure(currency: string, mantissa: bigint, exponent: bigint, qualifier: Qualifier): Figure {
  return figureFromJSON({
    currency,
    amount: (mantissa * 10n ** exponent).toString(),
    qualifier,
    quantum: (10n ** exponent).toString(),
  });
}

/** What {@link mentionsArb} draws from; every field has the default of {@link MENTIONS}. */
export interface MentionsSpec {
  readonly partySets: readonly (readonly Participation[])[];
  readonly kinds: readonly string[];
  /** Days of September 2025. */
  readonly days: { readonly min: number; readonly max: number };
  /** Amounts of 100 and more are millions × 10 (10^7), smaller ones billions (10^9). */
  readonly mantissas: readonly bigint[];
  /** Repeat a qualifier to make it likelier. */
  readonly qualifiers: readonly Qualifier[];
  readonly documents: number;
  readonly maxLength: number;
  /** Publishers some sources name (none when empty). */
  readonly publishers: readonly string[];
}

export const MENTIONS: MentionsSpec = {
  partySets: [
    [nv],
    [nv, { party: 'nscale', role: 'recipient' }],
    [nv, { party: 'nscale', role: 'investor' }],
    [nv, { party: 'wayve', role: 'recipient' }],
    [{ party: 'microsoft', role: 'investor' }],
  ],
  kinds: ['investment', 'pledge'],
  days: { min: 10, max: 25 },
  mantissas: [2n, 5n, 11n, 15n, 22n, 30n, 110n, 113n, 300n],
  qualifiers: ['exact', 'exact', 'about', 'upTo', 'moreThan'],
  documents: 5,
  maxLength: 12,
  publishers: [],
};

/**
 * Mentions `m0`, `m1`, … as `spec` says; some carry an explicit id (`k1`, `k2`) and some convert an
 * earlier mention of their document (`convertedFrom`).
 */
export function mentionsArb(spec: Partial<MentionsSpec> = {}): fc.Arbitrary<Mention[]> {
  const s = { ...MENTIONS, ...spec };
  return fc
    .array(
      fc.record({
        parties: fc.integer({ min: 0, max: s.partySets.length - 1 }),
        kind: fc.constantFrom(...s.kinds),
        day: fc.integer(s.days),
        currency: fc.constantFrom('GBP', 'USD', 'EUR'),
        mantissa: fc.constantFrom(...s.mantissas),
        qualifier: fc.constantFrom(...s.qualifiers),
        doc: fc.integer({ min: 0, max: s.documents - 1 }),
        commitment: fc.option(fc.constantFrom('k1', 'k2'), { freq: 4 }),
        converts: fc.boolean(),
        publisher:
          s.publishers.length === 0
            ? fc.constant(null)
            : fc.option(fc.constantFrom(...s.publishers), { freq: 2 }),
      }),
      { minLength: 1, maxLength: s.maxLength },
    )
    .map((specs) =>
      specs.map((r, i): Mention => {
        const earlier = specs.findIndex((t, j) => j < i && t.doc === r.doc);
        return {
          id: `m${i}`,
          figure: figure(r.currency, r.mantissa, r.mantissa >= 100n ? 7n : 9n, r.qualifier),
          parties: s.partySets[r.parties] ?? [nv],
          kind: r.kind as Mention['kind'],
          date: `2025-09-${String(r.day).padStart(2, '0')}`,
          source: { document: `d${r.doc}`, ...(r.publisher !== null ? { publisher: r.publisher } : {}) },
          ...(r.commitment !== null ? { commitment: r.commitment } : {}),
          ...(r.converts && earlier >= 0 ? { convertedFrom: `m${earlier}` } : {}),
        };
      }),
    );
}
