/**
 * The differential harness: generated scenarios (plain data), the real `Commitment`s and options built
 * from them through reckon's public API, and an exact comparison of `aggregate()` with the reference.
 * differential.test.ts runs it under vitest; survey.ts buckets every disagreement over many scenarios.
 */
import fc from 'fast-check';
import {
  type AggregateOptions,
  type AggregateResult,
  type AggregateTotals,
  aggregate,
  aggregateAsync,
  aggregateResultToJSON,
  aggregator,
  type Commitment,
  type CommitmentKind,
  type CommitmentStatus,
  figureFromJSON,
  isReckonError,
  type Money,
  type RateProvider,
  type Role,
  ratesFromList,
  toDecimalString,
} from '../../../src/index';
import { eq, parseDecimal, type Rat, rat, show, toDecimal } from '../rational';
import { jointDraftArb, linkJointParts } from './joint-parts';
import {
  type AsSrc,
  type Cur,
  type OCommitment,
  type OFigure,
  type OFix,
  OInvalidArgument,
  type OOptions,
  type OQualifier,
  type OResult,
  type OTotals,
  oracleAggregate,
} from './oracle';

export interface Scenario {
  readonly commitments: readonly OCommitment[];
  readonly fixes: readonly OFix[];
  readonly options: OOptions;
  /** How `rates` is passed: a provider (ratesFromList) or the list itself (the rules: both work). */
  readonly ratesAs: 'provider' | 'list';
}

/** The roles each kind takes (from the exported COMMITMENT_KIND_INFO table, copied as plain data). */
const KIND_ROLES: Record<string, readonly string[]> = {
  investment: ['investor', 'recipient', 'partner', 'supplier', 'customer'],
  equityStake: ['investor', 'recipient'],
  loan: ['lender', 'borrower', 'arranger'],
  grant: ['investor', 'recipient'],
  capex: ['investor', 'recipient', 'partner', 'supplier'],
  contract: ['customer', 'supplier', 'partner'],
  pledge: ['investor', 'recipient', 'partner'],
  fundingRound: ['investor', 'recipient', 'arranger'],
  project: ['investor', 'recipient', 'partner', 'supplier', 'customer'],
  valuation: ['subject'],
  capitalUnderManagement: ['subject', 'partner', 'investor'],
  marketCapitalisation: ['subject'],
};
export const KINDS = Object.keys(KIND_ROLES);
const ADDITIVE = KINDS.slice(0, 9);
const NON_ADDITIVE = KINDS.slice(9);
export const STATUSES = ['announced', 'confirmed', 'planned', 'underConsideration', 'completed', 'withdrawn'];
export const BY_VALUES = [
  'party',
  'investor',
  'recipient',
  'lender',
  'borrower',
  'arranger',
  'customer',
  'supplier',
  'partner',
  'subject',
];
const QUALIFIERS: readonly OQualifier[] = [
  'exact',
  'about',
  'upTo',
  'atLeast',
  'moreThan',
  'almost',
  'lessThan',
  'range',
];
const CURRENCIES: readonly Cur[] = ['EUR', 'GBP', 'USD'];
/** Party ids whose sorted order differs from the order they are drawn in. */
const PARTY_POOL = ['nvidia', 'nscale', 'coreweave', 'acme', 'zeta', 'bolt'];
/** Commitment ids, likewise. */
const ID_POOL = ['w', 'm', 'p', 'k', 'c', 'x', 'b', 'q', 'd', 'a'];
/** Fix days run 2025-03-03 … 2025-03-21 with gaps; commitment days start a week earlier. */
const FIX_DAYS = Array.from({ length: 19 }, (_, i) => `2025-03-${String(i + 3).padStart(2, '0')}`);
const DAYS = [
  ...Array.from({ length: 5 }, (_, i) => `2025-02-${String(i + 24).padStart(2, '0')}`),
  '2025-03-01',
  '2025-03-02',
  ...FIX_DAYS,
  '2025-03-22',
  '2025-03-25',
  // Beyond the last fix by more than the default 7 days a fix may lie from the day converted at.
  '2025-03-29',
  '2025-04-20',
];

/** arb in pct% of cases, else undefined (shrinks towards undefined). */
const sometimes = <T>(arb: fc.Arbitrary<T>, pct: number): fc.Arbitrary<T | undefined> =>
  fc.oneof(
    { withCrossShrink: true },
    { weight: 100 - pct, arbitrary: fc.constant(undefined) },
    { weight: pct, arbitrary: arb },
  );

const pow10 = (k: number) => (k >= 0 ? rat(10n ** BigInt(k)) : rat(1n, 10n ** BigInt(-k)));

const figureArb: fc.Arbitrary<OFigure> = fc
  .record({
    currency: fc.constantFrom(...CURRENCIES),
    qualifier: fc.constantFrom(...QUALIFIERS),
    k: fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 6, max: 9 }) },
      { weight: 2, arbitrary: fc.integer({ min: 0, max: 5 }) },
      { weight: 1, arbitrary: fc.constantFrom(-2, -1) },
    ),
    digits: fc.integer({ min: 1, max: 999 }),
    extra: fc.integer({ min: 1, max: 500 }),
    negative: fc.nat(99),
  })
  .map(({ currency, qualifier, k, digits, extra, negative }) => {
    const quantum = pow10(k);
    // A few negative amounts, written plainly (exact), to reach the converted-low-unknown rule.
    const sign = qualifier === 'exact' && negative < 30 ? -1n : 1n;
    const value = rat(sign * BigInt(digits) * quantum.n, quantum.d);
    return qualifier === 'range'
      ? { currency, qualifier, quantum, value, max: rat(BigInt(digits + extra) * quantum.n, quantum.d) }
      : { currency, qualifier, quantum, value };
  });

interface Draft {
  readonly kind: string;
  readonly status: string;
  readonly roles: readonly { role: string; parties: readonly number[] }[];
  readonly amount: OFigure | undefined;
  readonly date: string | undefined;
  readonly partOf: { readonly how: 'none' | 'earlier' | 'any' | 'unknown'; readonly pick: number };
  readonly amountView: 'nominal' | 'rounding' | undefined;
}

/**
 * Whom a party shares a joint commitment with under `by: 'party'` (see OOptions.byPartySharers): the
 * rules leave it to docs/aggregation.md.
 */
export const BY_PARTY_SHARERS: NonNullable<OOptions['byPartySharers']> =
  process.env.ORACLE_BY_PARTY_SHARERS === 'rolesOfParty' ? 'rolesOfParty' : 'firstListedRole';

/** Which parts of the input space a scenario may use. */
export interface Features {
  /** partOf chains (through withdrawn, amountless, out-of-role and filtered-out links). */
  readonly partOf: boolean;
  /** Duplicate ids and parties, unknown partOf targets, cycles, impossible dates. */
  readonly hygiene: boolean;
  /** `to` with static rates that have gaps, `asOf`, `fallbackDate`. */
  readonly conversion: boolean;
  /**
   * Commitments linked by `kindSplit` (as reconciledCommitments links groups that differ only by
   * kind), and amounts that hold their rounding already (`amountView: 'rounding'`).
   */
  readonly kindSplit: boolean;
}
export const ALL_FEATURES: Features = { partOf: true, hygiene: true, conversion: true, kindSplit: true };

/** How a linked commitment's amount relates to the first one's of its set. */
type SplitAmount = 'same' | 'otherQualifier' | 'near' | 'far' | 'otherCurrency' | 'own';

/** A set of commitments linked by kindSplit, drawn as positions among the drafted ones. */
interface SplitDraft {
  readonly members: readonly number[];
  readonly amounts: readonly SplitAmount[];
  readonly qualifiers: readonly OQualifier[];
  readonly deltas: readonly number[];
  readonly sameParties: boolean;
  readonly oneWay: boolean;
  readonly ghost: boolean;
  readonly keepPartOf: boolean;
  readonly additive: boolean;
}

const splitDraftArb: fc.Arbitrary<SplitDraft> = fc.record({
  members: fc.uniqueArray(fc.nat(9), { minLength: 2, maxLength: 4 }),
  amounts: fc.array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constant('same' as const) },
      { weight: 3, arbitrary: fc.constant('otherQualifier' as const) },
      { weight: 2, arbitrary: fc.constant('near' as const) },
      { weight: 1, arbitrary: fc.constant('far' as const) },
      { weight: 2, arbitrary: fc.constant('otherCurrency' as const) },
      { weight: 1, arbitrary: fc.constant('own' as const) },
    ),
    { minLength: 3, maxLength: 3 },
  ),
  qualifiers: fc.array(fc.constantFrom(...QUALIFIERS), { minLength: 3, maxLength: 3 }),
  deltas: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 3, maxLength: 3 }),
  sameParties: fc.oneof(
    { weight: 3, arbitrary: fc.constant(true) },
    { weight: 1, arbitrary: fc.constant(false) },
  ),
  oneWay: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  ghost: fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  keepPartOf: fc.oneof(
    { weight: 4, arbitrary: fc.constant(false) },
    { weight: 1, arbitrary: fc.constant(true) },
  ),
  additive: fc.oneof(
    { weight: 5, arbitrary: fc.constant(true) },
    { weight: 1, arbitrary: fc.constant(false) },
  ),
});

const SPLIT_KINDS = ['investment', 'pledge', 'capex', 'fundingRound'];

/** The amount of a linked commitment, from the first one's of its set. */
function splitAmount(base: OFigure, how: SplitAmount, q: OQualifier, delta: number, own?: OFigure): OFigure {
  const { currency, quantum, value } = base;
  const shifted = (k: number) =>
    rat(value.n * quantum.d + BigInt(k) * quantum.n * value.d, value.d * quantum.d);
  // A negative amount is written plainly only (see figureArb).
  switch (value.n < 0n ? 'same' : how) {
    case 'same':
      return base;
    case 'otherQualifier':
      return q === 'range'
        ? { currency, qualifier: q, quantum, value, max: shifted(Math.abs(delta) + 1) }
        : { currency, qualifier: q, quantum, value };
    case 'near':
      // A few quanta off: the readings meet or only nearly meet, depending on view and qualifier.
      return { currency, qualifier: 'exact', quantum, value: shifted(delta === 0 ? 1 : delta) };
    case 'far':
      return { currency, qualifier: 'exact', quantum, value: shifted(10 * (delta || 1) * 10) };
    case 'otherCurrency':
      return { ...base, currency: CURRENCIES[(CURRENCIES.indexOf(currency) + 1 + (delta & 1)) % 3] ?? 'EUR' };
    case 'own':
      return own ?? base;
  }
}

/** Links the drafted commitments of each split draft (in place, before the input is shuffled). */
function linkSplits(built: OCommitment[], splits: readonly SplitDraft[]): OCommitment[] {
  const out = [...built];
  const n = out.length;
  for (const sd of splits) {
    const at = [...new Set(sd.members.map((m) => m % n))];
    if (at.length < 2) continue;
    const first = out[at[0] ?? 0];
    if (!first) continue;
    const ids = at.map((i) => out[i]?.id ?? '');
    at.forEach((i, j) => {
      const c = out[i];
      if (!c) return;
      const others = ids.filter((id) => id !== c.id);
      // One-way: only the first names the others (reconcile links both ways; the rules read links either way).
      const links = sd.oneWay && j > 0 ? [] : [...others, ...(sd.ghost ? ['ghost'] : [])];
      const base = first.amount;
      const amount =
        j === 0 || base === undefined
          ? c.amount
          : splitAmount(
              base,
              sd.amounts[(j - 1) % 3] ?? 'same',
              sd.qualifiers[j % 3] ?? 'exact',
              sd.deltas[j % 3] ?? 0,
              c.amount,
            );
      const { partOf, amount: _old, ...rest } = c;
      out[i] = {
        ...rest,
        ...(sd.additive ? { kind: SPLIT_KINDS[j % SPLIT_KINDS.length] ?? 'pledge' } : {}),
        ...(sd.sameParties && j > 0 ? { parties: first.parties } : {}),
        ...(j > 0 && first.date !== undefined ? { date: first.date } : {}),
        ...(amount ? { amount } : {}),
        ...(partOf !== undefined && sd.keepPartOf ? { partOf } : {}),
        ...(links.length > 0 ? { kindSplit: [...(c.kindSplit ?? []), ...links] } : {}),
      };
    });
  }
  return out;
}

const draftArb = (nParties: number, f: Features): fc.Arbitrary<Draft> =>
  fc
    .record({
      kind: fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...ADDITIVE) },
        { weight: 1, arbitrary: fc.constantFrom(...NON_ADDITIVE) },
      ),
      status: fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...STATUSES.slice(0, 5)) },
        { weight: 1, arbitrary: fc.constant('withdrawn') },
      ),
      rolePicks: fc.uniqueArray(fc.nat(4), { minLength: 1, maxLength: 3 }),
      members: fc.array(
        fc.oneof(
          { weight: 3, arbitrary: fc.array(fc.nat(nParties - 1), { minLength: 1, maxLength: 1 }) },
          { weight: 2, arbitrary: fc.array(fc.nat(nParties - 1), { minLength: 2, maxLength: 3 }) },
        ),
        { minLength: 3, maxLength: 3 },
      ),
      dupParty: f.hygiene ? fc.nat(59) : fc.constant(1),
      amountView: f.kindSplit
        ? fc.oneof(
            { weight: 8, arbitrary: fc.constant(undefined) },
            { weight: 1, arbitrary: fc.constant('nominal' as const) },
            { weight: 2, arbitrary: fc.constant('rounding' as const) },
          )
        : fc.constant(undefined),
      amount: sometimes(figureArb, 85),
      date: fc.oneof(
        { weight: 40, arbitrary: fc.constantFrom(...DAYS) },
        { weight: 10, arbitrary: fc.constant(undefined) },
        { weight: f.hygiene ? 1 : 0, arbitrary: fc.constant('2025-02-30') },
      ),
      partOf: fc.record({
        how: fc.oneof(
          { weight: 24, arbitrary: fc.constant('none' as const) },
          { weight: f.partOf ? 16 : 0, arbitrary: fc.constant('earlier' as const) },
          { weight: f.hygiene ? 1 : 0, arbitrary: fc.constant('any' as const) },
          { weight: f.hygiene ? 1 : 0, arbitrary: fc.constant('unknown' as const) },
        ),
        pick: fc.nat(9),
      }),
    })
    .map(({ kind, status, rolePicks, members, dupParty, amountView, amount, date, partOf }) => {
      const kindRoles = KIND_ROLES[kind] ?? [];
      const roleNames = [...new Set(rolePicks.map((r) => kindRoles[r % kindRoles.length] ?? 'subject'))];
      const roles = roleNames.map((role, i) => {
        // Distinct parties in a role, except for a rare duplicate (DUPLICATE_PARTY).
        const ps = [...new Set(members[i] ?? [0])];
        return { role, parties: dupParty === 0 && ps[0] !== undefined ? [...ps, ps[0]] : ps };
      });
      return { kind, status, roles, amount, date, partOf, amountView };
    });

const dateOrUndefined = sometimes(fc.constantFrom(...DAYS), 30);

/** Generated scenarios: 2–6 parties, 1–10 commitments, rates with gaps, options. */
export const scenarioArb = (f: Features = ALL_FEATURES): fc.Arbitrary<Scenario> =>
  fc
    .integer({ min: 2, max: 6 })
    .chain((nParties) =>
      fc.record({
        nParties: fc.constant(nParties),
        drafts: fc.array(draftArb(nParties, f), { minLength: 1, maxLength: 10 }),
        order: fc.array(fc.nat(99), { minLength: 11, maxLength: 11 }),
        joints: f.partOf
          ? fc.oneof(
              { weight: 1, arbitrary: fc.constant([]) },
              { weight: 4, arbitrary: fc.array(jointDraftArb, { minLength: 1, maxLength: 2 }) },
            )
          : fc.constant([]),
        splits: f.kindSplit
          ? fc.oneof(
              { weight: 1, arbitrary: fc.constant([]) },
              { weight: 3, arbitrary: fc.array(splitDraftArb, { minLength: 1, maxLength: 2 }) },
            )
          : fc.constant([]),
        duplicate: sometimes(
          fc.record({ of: fc.nat(9), at: fc.nat(10), changed: fc.boolean() }),
          f.hygiene ? 10 : 0,
        ),
        // Which fix days exist (a bit mask) and their values (from one seed): cheap to draw.
        fixDays: fc.nat(2 ** FIX_DAYS.length - 1),
        fixSeed: fc.nat(),
        ratesAs: fc.constantFrom('provider' as const, 'list' as const),
        options: fc.record({
          by: fc.oneof(
            { weight: 3, arbitrary: fc.constantFrom('party', 'investor', 'recipient', 'partner') },
            { weight: 1, arbitrary: fc.constantFrom(...BY_VALUES) },
          ),
          allocation: fc.constantFrom('unallocated' as const, 'equal' as const, 'full' as const),
          view: fc.constantFrom('nominal' as const, 'rounding' as const),
          almostBand: sometimes(fc.constant(rat(1n, 4n)), 20),
          kinds: sometimes(fc.subarray(KINDS, { minLength: 1 }), 20),
          statuses: sometimes(fc.subarray(STATUSES, { minLength: 1 }), 25),
          to: sometimes(fc.constantFrom(...CURRENCIES), f.conversion ? 60 : 0),
          asOf: dateOrUndefined,
          fallbackDate: dateOrUndefined,
          maxRateAgeDays: sometimes(fc.constantFrom(0, 1, 2, 3, 10, 40), 30),
        }),
      }),
    )
    .map(({ nParties, drafts, order, joints, splits, duplicate, fixDays, fixSeed, ratesAs, options }) => {
      const n = drafts.length;
      const parties = PARTY_POOL.slice(0, nParties);
      const built: OCommitment[] = drafts.map((d, i) => {
        const id = ID_POOL[i] ?? `c${i}`;
        let partOf: string | undefined;
        if (d.partOf.how === 'earlier' && i > 0) partOf = ID_POOL[d.partOf.pick % i];
        else if (d.partOf.how === 'any') partOf = ID_POOL[d.partOf.pick % n];
        else if (d.partOf.how === 'unknown') partOf = 'ghost';
        const all = d.roles.flatMap((r) =>
          r.parties.map((p) => ({ party: parties[p] ?? 'nvidia', role: r.role })),
        );
        // The rules do not say what [0, high] means for a negative joint amount: a negative amount
        // keeps one participation.
        const participations = d.amount && d.amount.value.n < 0n ? all.slice(0, 1) : all;
        const amount = d.amount;
        return {
          id,
          kind: d.kind,
          status: d.status,
          parties: participations,
          ...(amount ? { amount } : {}),
          ...(d.date !== undefined ? { date: d.date } : {}),
          ...(partOf !== undefined ? { partOf } : {}),
          ...(d.amountView !== undefined ? { amountView: d.amountView } : {}),
        };
      });
      // Input order: shuffled, so that parts come before and after their wholes.
      const commitments = linkJointParts(linkSplits(built, splits), joints, parties, options.by)
        .map((c, i) => ({ c, key: order[i] ?? 0, i }))
        .sort((a, b) => a.key - b.key || a.i - b.i)
        .map((x) => x.c);
      if (duplicate) {
        const of = built[duplicate.of % n];
        if (of) {
          // Mostly the same commitment passed twice; sometimes another one under the same id.
          const copy: OCommitment = duplicate.changed
            ? {
                ...of,
                status: of.status === 'announced' ? 'confirmed' : 'announced',
                parties: of.parties.slice(0, 1),
              }
            : of;
          commitments.splice(duplicate.at % (commitments.length + 1), 0, copy);
        }
      }
      let x = fixSeed;
      const next = (m: number) => {
        x = (Math.imul(x, 1103515245) + 12345) >>> 0;
        return x % m;
      };
      // Roughly a third of the days have no fix.
      const fixes: OFix[] = FIX_DAYS.flatMap((date, i) =>
        (fixDays >> i) & 1 || i % 3 === 0
          ? [
              {
                date,
                GBP: rat(8000n + BigInt(next(1000)), 10000n),
                USD: rat(10000n + BigInt(next(3000)), 10000n),
              },
            ]
          : [],
      );
      const o: OOptions = {
        by: options.by,
        allocation: options.allocation,
        view: options.view,
        byPartySharers: BY_PARTY_SHARERS,
        ...(options.almostBand ? { almostBand: options.almostBand } : {}),
        ...(options.kinds ? { kinds: options.kinds } : {}),
        ...(options.statuses ? { statuses: options.statuses } : {}),
        ...(options.to ? { to: options.to, fixes } : {}),
        ...(options.to && options.asOf ? { asOf: options.asOf } : {}),
        ...(options.to && options.fallbackDate ? { fallbackDate: options.fallbackDate } : {}),
        ...(options.to && options.maxRateAgeDays !== undefined
          ? { maxRateAgeDays: options.maxRateAgeDays }
          : {}),
      };
      const scenario: Scenario = { commitments, fixes, options: o, ratesAs };
      // fast-check prints counterexamples with this.
      return Object.assign(scenario, { [fc.toStringMethod]: () => describeScenario(scenario) });
    });

/** The real `Commitment` for a plain one, its figure built with `figureFromJSON`. */
export function toCommitment(c: OCommitment): Commitment {
  const a = c.amount;
  return {
    id: c.id,
    kind: c.kind as CommitmentKind,
    status: c.status as CommitmentStatus,
    parties: c.parties.map((p) => ({ party: p.party, role: p.role as Role })),
    ...(a
      ? {
          amount: figureFromJSON({
            currency: a.currency,
            amount: toDecimal(a.value),
            qualifier: a.qualifier,
            quantum: toDecimal(a.quantum),
            ...(a.max ? { max: toDecimal(a.max) } : {}),
          }),
        }
      : {}),
    ...(c.date !== undefined ? { date: c.date } : {}),
    ...(c.partOf !== undefined ? { partOf: c.partOf } : {}),
    // Not `Commitment` fields: reconciledCommitments sets them, aggregate reads them.
    ...(c.kindSplit !== undefined ? { kindSplit: c.kindSplit } : {}),
    ...(c.amountView !== undefined ? { amountView: c.amountView } : {}),
  } as Commitment;
}

export function fixesToRates(fixes: readonly OFix[]) {
  return fixes.flatMap((f) =>
    (['GBP', 'USD'] as const).map((quote) => ({
      base: 'EUR',
      quote,
      value: toDecimal(f[quote]),
      date: f.date,
      source: 'test',
    })),
  );
}

/** The real options for plain ones. */
export function toOptions(
  o: OOptions,
  by: string = o.by,
  ratesAs: Scenario['ratesAs'] = 'provider',
): AggregateOptions {
  const list = o.fixes && fixesToRates(o.fixes);
  return {
    by: by as AggregateOptions['by'] & string,
    allocation: o.allocation,
    view: o.view,
    ...(o.almostBand ? { almostBand: toDecimal(o.almostBand) } : {}),
    ...(o.kinds ? { kinds: o.kinds as CommitmentKind[] } : {}),
    ...(o.statuses ? { statuses: o.statuses as CommitmentStatus[] } : {}),
    // A list is what ratesFrom accepts; the options type may still say RateProvider only.
    ...(o.to && list
      ? { to: o.to, rates: ratesAs === 'list' ? (list as unknown as RateProvider) : ratesFromList(list) }
      : {}),
    ...(o.asOf ? { asOf: o.asOf } : {}),
    ...(o.fallbackDate ? { fallbackDate: o.fallbackDate } : {}),
    ...(o.maxRateAgeDays !== undefined ? { maxRateAgeDays: o.maxRateAgeDays } : {}),
  };
}

const money = (m: Money | null): Rat | null => (m === null ? null : parseDecimal(toDecimalString(m)));
const same = (a: Rat | null, b: Rat | null) => (a === null || b === null ? a === b : eq(a, b));
const sorted = (xs: readonly string[]) => [...xs].sort();
const sameList = (a: readonly string[], b: readonly string[]) =>
  JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));

/** Every way the real totals differ from the reference's, as readable lines. */
export function compareTotals(where: string, want: OTotals, got: AggregateTotals): string[] {
  const out: string[] = [];
  const wantCur = [...want.totals.keys()];
  const gotCur = Object.keys(got.totals);
  if (!sameList(wantCur, gotCur))
    out.push(`${where}: currencies want ${sorted(wantCur)} got ${sorted(gotCur)}`);
  for (const cur of wantCur) {
    const w = want.totals.get(cur);
    const g = got.totals[cur];
    if (!w || !g) continue;
    const gl = money(g.low);
    const gh = money(g.high);
    if (
      !same(w.low, gl) ||
      !same(w.high, gh) ||
      w.lowInclusive !== g.lowInclusive ||
      w.highInclusive !== g.highInclusive
    )
      out.push(
        `${where}: ${cur} want ${w.lowInclusive ? '[' : '('}${show(w.low)}, ${show(w.high)}${w.highInclusive ? ']' : ')'}` +
          ` got ${g.lowInclusive ? '[' : '('}${show(gl)}, ${show(gh)}${g.highInclusive ? ']' : ')'}`,
      );
  }
  if (want.converted) {
    const g = got.converted;
    if (!g) out.push(`${where}: converted missing`);
    else {
      const gl = money(g.low);
      const gh = money(g.high);
      const w = want.converted;
      if (!same(w.low, gl) || !same(w.high, gh) || w.complete !== g.complete)
        out.push(
          `${where}: converted want [${show(w.low)}, ${show(w.high)}] complete=${w.complete}` +
            ` got [${show(gl)}, ${show(gh)}] complete=${g.complete}`,
        );
    }
  }
  if (!sameList(want.added, got.commitments))
    out.push(`${where}: added want ${sorted(want.added)} got ${sorted(got.commitments)}`);
  const na = (xs: readonly { commitment: string; reason: string; includedIn?: string | undefined }[]) =>
    xs.map((x) => `${x.commitment}:${x.reason}${x.includedIn ? `<${x.includedIn}` : ''}`);
  if (!sameList(na(want.notAdded), na(got.notAdded)))
    out.push(`${where}: notAdded want ${sorted(na(want.notAdded))} got ${sorted(na(got.notAdded))}`);
  if (!sameList(want.withoutAmount, got.withoutAmount))
    out.push(`${where}: withoutAmount want ${sorted(want.withoutAmount)} got ${sorted(got.withoutAmount)}`);
  const codes = got.issues.map((i) => i.code as string);
  const count = (code: string) => codes.filter((c) => c === code).length;
  for (const [code, n] of Object.entries(want.issues.counts))
    if (count(code) !== n) out.push(`${where}: ${code} ×${n} wanted, got ×${count(code)} (${sorted(codes)})`);
  for (const [code, p] of Object.entries(want.issues.present))
    if (count(code) > 0 !== p)
      out.push(`${where}: ${code} ${p ? 'wanted' : 'not wanted'} (got ${sorted(codes)})`);
  // Which one is counted from 0 shows in each KIND_SPLIT issue's path (the one in full: in received).
  const splits = got.issues.filter((i) => i.code === 'KIND_SPLIT');
  const gotSplits = splits.map((i) => `${i.path.join('.')} ${i.received ?? ''}`);
  const wantSplits = want.issues.kindSplits.map(
    (k) => `commitments.${k.position}.kindSplit ${k.zero} ${k.full}`,
  );
  const matches = (w: string, g: string) => {
    const [path, zero, full] = w.split(' ');
    const [gotPath, ...rest] = g.split(' ');
    const ids = new Set(rest.join(' ').match(/[\w:-]+/g) ?? []);
    return path === gotPath && ids.has(zero ?? '') && ids.has(full ?? '');
  };
  if (
    wantSplits.length !== gotSplits.length ||
    !wantSplits.every((w) => gotSplits.some((g) => matches(w, g)))
  )
    out.push(`${where}: KIND_SPLIT want [${sorted(wantSplits)}] got [${sorted(gotSplits)}]`);
  for (const alts of want.issues.anyOf)
    if (!alts.some((c) => count(c) > 0)) out.push(`${where}: one of ${alts} wanted (got ${sorted(codes)})`);
  return out;
}

export function compareResults(want: OResult, got: AggregateResult): string[] {
  const out: string[] = [];
  const wantRows = [...want.rows.keys()];
  const gotRows = got.groups.map((g) => g.party);
  if (!sameList(wantRows, gotRows)) out.push(`rows: want ${sorted(wantRows)} got ${sorted(gotRows)}`);
  for (const g of got.groups) {
    const w = want.rows.get(g.party);
    if (w) out.push(...compareTotals(`row ${g.party}`, w, g));
  }
  out.push(...compareTotals('grand total', want.grandTotal, got.grandTotal));
  return out;
}

/** What a difference is about, so that each gets its own minimal counterexample. */
export type Aspect = 'rows' | 'totals' | 'converted' | 'commitments' | 'issues';
export const ASPECTS: readonly Aspect[] = ['rows', 'totals', 'converted', 'commitments', 'issues'];

export function aspectOf(line: string): Aspect | 'throws' {
  if (line.startsWith('rows:')) return 'rows';
  if (line.startsWith('aggregate threw')) return 'throws';
  if (/: converted /.test(line)) return 'converted';
  if (/: (added|notAdded|withoutAmount) /.test(line)) return 'commitments';
  if (/: (currencies|EUR|GBP|USD) /.test(line)) return 'totals';
  return 'issues';
}

/**
 * Runs both and lists every difference (only those about `aspect` when given); a throw of the real
 * one is a difference in every aspect.
 */
export function differences(s: Scenario, aspect?: Aspect): string[] {
  const [all = []] = differencesUnder(s, [s.options.asSrc ?? {}]);
  return aspect === undefined ? all : all.filter((l) => aspectOf(l) === aspect);
}

/** The differences under each of several readings of src/ (OOptions.asSrc), running src/ once. */
export function differencesUnder(s: Scenario, readings: readonly AsSrc[]): string[][] {
  let got: AggregateResult | unknown;
  let threw = false;
  try {
    got = aggregate(s.commitments.map(toCommitment), toOptions(s.options, s.options.by, s.ratesAs));
  } catch (error) {
    got = error;
    threw = true;
  }
  return readings.map((asSrc) => {
    let want: OResult;
    try {
      want = oracleAggregate(s.commitments, { ...s.options, asSrc });
    } catch (error) {
      if (!(error instanceof OInvalidArgument)) throw error;
      // Both throw: the same code, naming the same argument.
      const named = String(got).match(/commitments\[\d+\]\.kindSplit/)?.[0] ?? '';
      if (threw && isReckonError(got) && got.code === 'INVALID_ARGUMENT' && error.paths.includes(named))
        return [];
      return [`aggregate threw ${threw ? String(got) : 'nothing'}, want ${error.message}`];
    }
    if (threw) return [`aggregate threw ${isReckonError(got) ? got.code : ''} ${String(got)}`];
    return compareResults(want, got as AggregateResult);
  });
}

/** The grand total of the real aggregate, as comparable text. */
function grandKey(t: AggregateTotals): string {
  return JSON.stringify({
    totals: Object.entries(t.totals)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([c, v]) => [c, show(money(v.low)), show(money(v.high)), v.lowInclusive, v.highInclusive]),
    converted: t.converted && [
      show(money(t.converted.low)),
      show(money(t.converted.high)),
      t.converted.complete,
    ],
    added: sorted(t.commitments),
    notAdded: sorted(t.notAdded.map((x) => `${x.commitment}:${x.reason}<${x.includedIn ?? ''}`)),
    withoutAmount: sorted(t.withoutAmount),
    issues: sorted(t.issues.map((i) => i.code)),
  });
}

/** Differences between the real grand totals under each `by` (the law: none). */
export function grandTotalByDifferences(s: Scenario): string[] {
  const commitments = s.commitments.map(toCommitment);
  const keys = new Map<string, string>();
  for (const by of BY_VALUES) {
    try {
      keys.set(by, grandKey(aggregate(commitments, toOptions(s.options, by, s.ratesAs)).grandTotal));
    } catch (error) {
      keys.set(by, `threw ${String(error)}`);
    }
  }
  const base = keys.get('party');
  return [...keys].filter(([, k]) => k !== base).map(([by, k]) => `by ${by}: ${k}\n  vs by party: ${base}`);
}

async function* streamOf<T>(xs: readonly T[]): AsyncGenerator<T> {
  for (const x of xs) yield x;
}

/**
 * Differences between the real result over an array and over an iterable, an `aggregator` fed one at a
 * time and an async iterable (the law: none; docs/aggregation.md "Streams and memory": parts and
 * commitments with a `kindSplit` wait for the end), compared in their JSON form.
 */
export async function streamDifferences(s: Scenario): Promise<string[]> {
  const commitments = s.commitments.map(toCommitment);
  const options = toOptions(s.options, s.options.by, s.ratesAs);
  const text = (r: AggregateResult) => JSON.stringify(aggregateResultToJSON(r));
  let base: string;
  try {
    base = text(aggregate(commitments, options));
  } catch {
    return []; // the comparison with the reference reports a throw
  }
  const fed = aggregator(options);
  for (const c of commitments) fed.add(c);
  const others: [string, string][] = [
    ['an iterable', text(aggregate(commitments.values(), options))],
    ['an aggregator', text(fed.result())],
    ['an async iterable', text(await aggregateAsync(streamOf(commitments), options))],
  ];
  return others
    .filter(([, t]) => t !== base)
    .map(([how, t]) => `over ${how}: ${t}\n  over an array: ${base}`);
}

/** A readable form of a scenario for failure messages. */
export function describeScenario(s: Scenario): string {
  const fig = (f: OFigure | undefined) =>
    f
      ? `${f.qualifier} ${f.currency} ${toDecimal(f.value)}${f.max ? `–${toDecimal(f.max)}` : ''} (q ${toDecimal(f.quantum)})`
      : 'no amount';
  const lines = s.commitments.map(
    (c) =>
      `  ${c.id} ${c.kind} ${c.status} ${fig(c.amount)} ${c.date ?? 'undated'}` +
      `${c.partOf ? ` partOf ${c.partOf}` : ''}${c.kindSplit ? ` kindSplit ${c.kindSplit.join('/')}` : ''}` +
      `${c.amountView ? ` amountView ${c.amountView}` : ''} [${c.parties.map((p) => `${p.party}:${p.role}`).join(', ')}]`,
  );
  const o = s.options;
  const opts = {
    ...o,
    almostBand: o.almostBand && toDecimal(o.almostBand),
    fixes: o.fixes?.map((f) => `${f.date} GBP ${toDecimal(f.GBP)} USD ${toDecimal(f.USD)}`),
  };
  return `commitments:\n${lines.join('\n')}\noptions: ${JSON.stringify(opts)}${o.to ? ` (rates as a ${s.ratesAs})` : ''}`;
}
