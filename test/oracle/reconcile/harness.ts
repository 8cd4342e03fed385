/**
 * The differential harness for `reconcile()`: generated scenarios (plain data: commitments, each
 * reported many ways), the real mentions built through reckon's public API (the built package), and an
 * exact comparison of the real result with the reference's.
 */
import fc from 'fast-check';
import {
  figureFromJSON,
  figureToJSON,
  type LoadedRates,
  type Mention,
  type ReconcileOptions,
  type ReconcileResult,
  reconcile,
  reconciledCommitments,
} from '../../../src/index';
import { dayOf, type EcbTable, isoOf, mul, type Q, q } from '../conversion/oracle';
import {
  type Compat,
  countedAmount,
  type OMention,
  type OOptions,
  type OQualifier,
  type OReading,
  type OResult,
  oracleReconcile,
  rateOn,
  showInterval,
} from './oracle';

// ---------------------------------------------------------------------------------------------------
// Scenarios

export interface Scenario {
  readonly mentions: readonly OMention[];
  readonly options: OOptions;
}

const CURRENCIES = ['EUR', 'GBP', 'USD'] as const;
const INVESTORS = ['microsoft', 'nvidia', 'google'] as const;
const RECIPIENTS = ['nscale', 'coreweave'] as const;
/** How sources write each investor: its id, or a name the alias table maps (case and spacing vary). */
const NAMES: Record<string, readonly string[]> = {
  microsoft: ['microsoft', 'Microsoft Corp.', 'MICROSOFT  corp.', 'MSFT'],
  nvidia: ['nvidia', 'Nvidia Corporation', 'nvidia corporation'],
  google: ['google', 'Alphabet', ' alphabet '],
};
export const ALIASES: Readonly<Record<string, string>> = {
  'Microsoft Corp.': 'microsoft',
  msft: 'microsoft',
  'Nvidia  Corporation': 'nvidia',
  Alphabet: 'google',
};
/** First days of the scenarios: 2019-01-01 plus up to ~7 years (weekends and holidays included). */
const FIRST_DAY = dayOf('2019-01-01');
/** The first ECB fix: a mention dated before it has no rate at all (`NO_RATE`). */
const FIRST_FIX = '1999-01-04';

export interface ReportDraft {
  readonly currency: (typeof CURRENCIES)[number];
  readonly dayOffset: number;
  /** Days before its own date whose fix the writer converted at (0–2). */
  readonly writerLag: number;
  readonly digits: number;
  readonly qualifier: OQualifier;
  readonly alter: 'none' | 'x10' | 'div10' | 'plus30' | 'minus30';
  readonly doc: number;
  readonly name: number;
  readonly dropRecipient: boolean;
  readonly explicit: boolean;
  /** The writer's conversion of the figure in the same document ("£22bn ($30bn)"), when generated. */
  readonly conversion?: ConversionDraft | null;
}

export interface ConversionDraft {
  /** Into the currency 1 or 2 places after the figure's in CURRENCIES. */
  readonly shift: 1 | 2;
  readonly digits: number;
  /** Days before the mention's date whose fix the writer used (0–3). */
  readonly lag: number;
  /** A wrong conversion (×1.3): it does not meet the figure. */
  readonly off: boolean;
}

const conversionArb: fc.Arbitrary<ConversionDraft | null> = fc.option(
  fc.record({
    shift: fc.constantFrom(1 as const, 2 as const),
    digits: fc.integer({ min: 2, max: 4 }),
    lag: fc.integer({ min: 0, max: 3 }),
    off: fc.oneof({ weight: 7, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  }),
  { freq: 2 },
);

export interface CommitmentDraft {
  readonly investor: number;
  readonly recipient: number | null;
  readonly kind: 'investment' | 'capex';
  readonly currency: (typeof CURRENCIES)[number];
  readonly mantissa: number;
  readonly exponent: number;
  readonly dayOffset: number;
  readonly reports: readonly ReportDraft[];
}

const QUALIFIER_ARB: fc.Arbitrary<OQualifier> = fc.oneof(
  { weight: 8, arbitrary: fc.constant<OQualifier>('exact') },
  {
    weight: 4,
    arbitrary: fc.constantFrom<OQualifier>(
      'about',
      'upTo',
      'moreThan',
      'atLeast',
      'almost',
      'lessThan',
      'range',
    ),
  },
);

const reportArb = (window: number, f: Features): fc.Arbitrary<ReportDraft> =>
  fc.record({
    currency: fc.constantFrom(...CURRENCIES),
    dayOffset: fc.oneof(
      { weight: 9, arbitrary: fc.integer({ min: 0, max: Math.min(window, 10) }) },
      { weight: 1, arbitrary: fc.integer({ min: window + 1, max: window + 6 }) },
    ),
    writerLag: fc.integer({ min: 0, max: 2 }),
    digits: fc.integer({ min: 1, max: 4 }),
    qualifier: f.qualified === false ? fc.constant<OQualifier>('exact') : QUALIFIER_ARB,
    alter:
      f.altered === false
        ? fc.constant('none' as const)
        : fc.oneof(
            { weight: 12, arbitrary: fc.constant('none' as const) },
            {
              weight: 1,
              arbitrary: fc.constantFrom(
                'x10' as const,
                'div10' as const,
                'plus30' as const,
                'minus30' as const,
              ),
            },
          ),
    doc: fc.integer({ min: 0, max: 9 }),
    name: fc.nat(3),
    dropRecipient: fc.boolean(),
    explicit: fc.boolean(),
    // Only when asked for: the other blocks' samples stay as they were.
    ...(f.converted === true ? { conversion: conversionArb } : {}),
  });

const commitmentArb = (window: number, f: Features): fc.Arbitrary<CommitmentDraft> =>
  fc.record({
    investor: fc.nat(INVESTORS.length - 1),
    recipient: fc.option(fc.nat(RECIPIENTS.length - 1), { nil: null }),
    kind: fc.constantFrom('investment' as const, 'capex' as const),
    currency: fc.constantFrom(...CURRENCIES),
    mantissa: fc.integer({ min: 1000, max: 99_999 }),
    exponent: fc.integer({ min: 4, max: 7 }),
    dayOffset: fc.integer({ min: 0, max: 25 }),
    reports: fc.array(reportArb(window, f), { minLength: 1, maxLength: 6 }),
  });

export interface Features {
  /** Mentions may carry explicit commitment ids. */
  readonly explicit?: boolean;
  /** Several commitments; when false, one. */
  readonly many?: boolean;
  /** Some reports altered (×10, ÷10, ±30 %). */
  readonly altered?: boolean;
  /** Qualifiers other than exact. */
  readonly qualified?: boolean;
  /**
   * Scenarios around the first ECB fix (4 Jan 1999): the mentions dated before it have no rate within
   * maxRateAgeDays, so they are compared only in their own currency (docs/reconcile.md, "Mentions
   * without a rate"); their writers converted at that first fix.
   */
  readonly noRate?: boolean;
  /** Some figures come with the writer's conversion (`convertedFrom`, rule 2). */
  readonly converted?: boolean;
}

export interface Draft {
  readonly start: number;
  readonly windowDays: number | undefined;
  readonly toleranceBps: number | undefined;
  readonly commitments: readonly CommitmentDraft[];
  /** Second and later commitments: how their amount relates to the first one's (same parties). */
  readonly near: readonly (number | null)[];
  readonly explicitMode: 'none' | 'all' | 'some';
  /** Sort keys that shuffle the mentions and their ids. */
  readonly order: readonly number[];
  readonly idKeys: readonly number[];
}

export const draftArb = (f: Features = {}): fc.Arbitrary<Draft> =>
  fc
    .record({
      start:
        f.noRate === true
          ? fc.integer({ min: dayOf(FIRST_FIX) - FIRST_DAY - 25, max: dayOf(FIRST_FIX) - FIRST_DAY - 3 })
          : fc.integer({ min: 0, max: 2500 }),
      windowDays: fc.option(fc.constantFrom(3, 7, 14, 30), { nil: undefined, freq: 3 }),
      toleranceBps: fc.option(fc.constantFrom(0, 10, 100), { nil: undefined, freq: 4 }),
    })
    .chain((base) =>
      fc.record({
        start: fc.constant(base.start),
        windowDays: fc.constant(base.windowDays),
        toleranceBps: fc.constant(base.toleranceBps),
        commitments: fc.array(commitmentArb(base.windowDays ?? 14, f), {
          minLength: 1,
          maxLength: f.many === false ? 1 : 3,
        }),
        near: fc.array(
          fc.option(fc.constantFrom(1.02, 1.05, 1.1, 1.2, 1.5, 2, 3, 10, 0.5, 0.8), { nil: null, freq: 2 }),
          { minLength: 2, maxLength: 2 },
        ),
        explicitMode:
          f.explicit === false ? fc.constant('none' as const) : fc.constantFrom('none', 'all', 'some'),
        order: fc.array(fc.integer(), { minLength: 40, maxLength: 40 }),
        idKeys: fc.array(fc.integer(), { minLength: 40, maxLength: 40 }),
      }),
    );

export interface Block {
  readonly name: string;
  readonly features: Features;
  readonly seed: number;
}

export const RUNS = 250;
/** 11 blocks of 250 scenarios: 2,750 mention sets, each of 1 to 18 mentions (36 with conversions). */
export const BLOCKS: readonly Block[] = [
  {
    name: 'one-exact',
    features: { explicit: false, many: false, altered: false, qualified: false },
    seed: 101,
  },
  { name: 'one-qualified', features: { explicit: false, many: false, altered: false }, seed: 102 },
  { name: 'one-altered', features: { explicit: false, many: false }, seed: 103 },
  { name: 'many', features: { explicit: false }, seed: 104 },
  { name: 'many-exact', features: { explicit: false, qualified: false }, seed: 105 },
  { name: 'all-1', features: {}, seed: 106 },
  { name: 'all-2', features: {}, seed: 107 },
  { name: 'all-3', features: {}, seed: 108 },
  { name: 'no-rate', features: { explicit: false, noRate: true }, seed: 109 },
  { name: 'no-rate-ids', features: { noRate: true }, seed: 110 },
  { name: 'converted', features: { explicit: false, converted: true }, seed: 111 },
];

/** floor / ceil / half-up of x / step, times step. */
function roundTo(x: Q, step: Q, how: 'floor' | 'ceil' | 'half'): Q {
  const n = x.n * step.d;
  const d = x.d * step.n;
  let k = n / d;
  if (how === 'ceil' && k * d < n) k += 1n;
  if (how === 'half' && (n - k * d) * 2n >= d) k += 1n;
  return mul(q(k), step);
}

/** The quantum that keeps `digits` significant digits of x (x ≥ 1). */
function quantumFor(x: Q, digits: number): Q {
  const whole = x.n / x.d;
  const e = whole.toString().length - digits;
  return e >= 0 ? q(10n ** BigInt(e)) : q(1n, 10n ** BigInt(-e));
}

/** Builds the mentions a draft describes; each report converts its commitment's exact amount. */
export function buildScenario(table: EcbTable, d: Draft): Scenario {
  const mentions: (Omit<OMention, 'id' | 'convertedFrom'> & { parent?: number })[] = [];
  const first = d.commitments[0];
  d.commitments.forEach((c, ci) => {
    // Later commitments share the first one's parties and kind when `near` says so.
    const factor = ci > 0 ? (d.near[ci - 1] ?? null) : null;
    const same = factor !== null && first !== undefined;
    const investor = INVESTORS[(same ? first : c).investor] as string;
    const rIdx = (same ? first : c).recipient;
    const recipient = rIdx === null ? undefined : (RECIPIENTS[rIdx] as string);
    const kind = (same ? first : c).kind;
    const cur = (same ? first : c).currency;
    let amount = q(BigInt(c.mantissa) * 10n ** BigInt(c.exponent));
    if (same && first !== undefined) {
      const base = q(BigInt(first.mantissa) * 10n ** BigInt(first.exponent));
      amount = mul(base, q(BigInt(Math.round(factor * 100)), 100n));
    }
    const cid = `c${ci}`;
    for (const r of c.reports) {
      const day = d.start + FIRST_DAY + c.dayOffset + r.dayOffset;
      const date = isoOf(day);
      const writerDate = isoOf(day - r.writerLag);
      const rate =
        r.currency === cur
          ? q(1n)
          : (rateOn(table, cur, r.currency, writerDate) ?? rateOn(table, cur, r.currency, FIRST_FIX));
      if (rate === undefined) continue;
      let x = mul(amount, rate);
      if (r.alter === 'x10') x = mul(x, q(10n));
      if (r.alter === 'div10') x = mul(x, q(1n, 10n));
      if (r.alter === 'plus30') x = mul(x, q(13n, 10n));
      if (r.alter === 'minus30') x = mul(x, q(7n, 10n));
      const quantum = quantumFor(x, r.digits);
      const how =
        r.qualifier === 'upTo' || r.qualifier === 'almost' || r.qualifier === 'lessThan'
          ? 'ceil'
          : r.qualifier === 'moreThan' || r.qualifier === 'atLeast'
            ? 'floor'
            : 'half';
      let value = roundTo(x, quantum, r.qualifier === 'range' ? 'floor' : how);
      if (value.n === 0n) value = quantum;
      const names = NAMES[investor] as readonly string[];
      const parties = [{ party: names[r.name % names.length] as string, role: 'investor' }];
      if (recipient !== undefined && !r.dropRecipient) parties.push({ party: recipient, role: 'recipient' });
      const explicit = d.explicitMode === 'all' || (d.explicitMode === 'some' && r.explicit);
      mentions.push({
        currency: r.currency,
        qualifier: r.qualifier,
        value,
        ...(r.qualifier === 'range' ? { max: roundTo(mul(x, q(11n, 10n)), quantum, 'ceil') } : {}),
        quantum,
        parties,
        kind,
        date,
        document: `doc${r.doc}`,
        ...(explicit ? { commitment: cid } : {}),
      });
      const cv = r.conversion;
      if (cv !== undefined && cv !== null) {
        // The writer converts the written value at some recent fix, rounds it, and writes it plainly.
        const into = CURRENCIES[(CURRENCIES.indexOf(r.currency) + cv.shift) % CURRENCIES.length] as string;
        const at = rateOn(table, r.currency, into, isoOf(day - cv.lag));
        if (at !== undefined) {
          const y = mul(mul(value, at), cv.off ? q(13n, 10n) : q(1n));
          const cq = quantumFor(y, cv.digits);
          const parent = mentions.length - 1;
          mentions.push({
            currency: into,
            qualifier: 'exact',
            value: roundTo(y, cq, 'half'),
            quantum: cq,
            parties,
            kind,
            date,
            document: `doc${r.doc}`,
            ...(explicit ? { commitment: cid } : {}),
            parent,
          });
        }
      }
    }
  });
  // Ids and input order both shuffled, so neither follows the commitments.
  const idOrder = mentions.map((_, i) => i).sort((a, b) => (d.idKeys[a] ?? 0) - (d.idKeys[b] ?? 0) || a - b);
  const idOf = (i: number) => `m${String(idOrder.indexOf(i)).padStart(2, '0')}`;
  const withIds = mentions.map(
    ({ parent, ...m }, i): OMention => ({
      ...m,
      id: idOf(i),
      ...(parent === undefined ? {} : { convertedFrom: idOf(parent) }),
    }),
  );
  const inputOrder = withIds
    .map((m, i) => ({ m, k: d.order[i] ?? 0, i }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map(({ m }) => m);
  const options: OOptions = {
    aliases: ALIASES,
    ...(d.windowDays === undefined ? {} : { windowDays: d.windowDays }),
    ...(d.toleranceBps === undefined ? {} : { toleranceBps: d.toleranceBps }),
  };
  return { mentions: inputOrder, options };
}

// ---------------------------------------------------------------------------------------------------
// The real call

const dec = (x: Q) => {
  if (x.d !== 1n) throw new Error(`harness: not a whole amount: ${x.n}/${x.d}`);
  return x.n.toString();
};

export function toMention(m: OMention): Mention {
  return {
    id: m.id,
    figure: figureFromJSON({
      currency: m.currency,
      amount: dec(m.value),
      qualifier: m.qualifier,
      quantum: dec(m.quantum),
      ...(m.max === undefined ? {} : { max: dec(m.max) }),
    }),
    parties: m.parties.map((p) => ({ party: p.party, role: p.role as 'investor' })),
    kind: m.kind as 'investment',
    date: m.date,
    source: { document: m.document },
    ...(m.commitment === undefined ? {} : { commitment: m.commitment }),
    ...(m.convertedFrom === undefined ? {} : { convertedFrom: m.convertedFrom }),
  };
}

export function runReal(rates: LoadedRates, s: Scenario): ReconcileResult {
  const options: ReconcileOptions = {
    rates,
    ...(s.options.aliases === undefined ? {} : { aliases: s.options.aliases }),
    ...(s.options.windowDays === undefined ? {} : { windowDays: s.options.windowDays }),
    ...(s.options.toleranceBps === undefined ? {} : { toleranceBps: s.options.toleranceBps }),
    ...(s.options.nearMissBps === undefined ? {} : { nearMissBps: s.options.nearMissBps }),
    ...(s.options.partyMatch === undefined ? {} : { partyMatch: s.options.partyMatch }),
  };
  return reconcile(s.mentions.map(toMention), options);
}

// ---------------------------------------------------------------------------------------------------
// The comparison, on plain data

interface Plain {
  /** "id{members}" per group, sorted. */
  readonly groups: readonly string[];
  /** "groupId currency: status interval" per reading. */
  readonly readings: readonly string[];
  /** "mention → group (basis)". */
  readonly contradictions: readonly string[];
  /** "mention ⇒ candidates". */
  readonly ambiguous: readonly string[];
  /** The ids of the groups that say `tie: true`. */
  readonly ties: readonly string[];
  /**
   * "id: amount" per group that `reconciledCommitments(result, { view: 'rounding' })` counts (R12 of the
   * reference; groups whose reading in the denomination is not consistent are left out on both sides).
   */
  readonly counted: readonly string[];
  /**
   * Mentions the result does not hold exactly once (in a group, as a contradiction or as ambiguous):
   * "lost m03", "twice m03". The reference accounts for every mention, so this is always empty there.
   */
  readonly accounted: readonly string[];
}

const ratText = (r: { n: bigint; d: bigint } | null) => {
  if (r === null) return '∞';
  // The real ratios need not be reduced: reduce before printing.
  let [a, b] = [r.n < 0n ? -r.n : r.n, r.d];
  while (b !== 0n) [a, b] = [b, a % b];
  const g = a === 0n ? 1n : a;
  return r.d / g === 1n ? `${r.n / g}` : `${r.n / g}/${r.d / g}`;
};

const readingText = (group: string, cur: string, r: OReading) =>
  `${group} ${cur}: ${r.status}${r.status === 'consistent' ? ` ${showInterval(r.interval)}` : ''}`;

/** F2 (compat): an end that is not a whole number of cents is reported closed. */
function roundedEndsClosed(r: OReading): OReading {
  if (r.status !== 'consistent') return r;
  const cents = (x: Q | null) => x === null || (x.n * 100n) % x.d === 0n;
  const iv = r.interval;
  return {
    status: 'consistent',
    interval: {
      ...iv,
      lowInclusive: iv.lowInclusive || !cents(iv.low),
      highInclusive: iv.highInclusive || !cents(iv.high),
    },
  };
}

/** A decimal string as reduced rational text ("11.50" → "23/2"). */
const decimalText = (x: string) => {
  const [whole, frac = ''] = x.split('.');
  return ratText({ n: BigInt(`${whole}${frac}`), d: 10n ** BigInt(frac.length) });
};

/**
 * The reference's side. `counted` is stated in the denominations `reconcile` chose (group id →
 * currency): the reference does not choose one (R9).
 */
export function plainOracle(
  r: OResult,
  compat: Compat = {},
  counting?: {
    readonly input: readonly OMention[];
    readonly denominations: ReadonlyMap<string, string>;
    readonly table: EcbTable;
    readonly options: OOptions;
  },
): Plain {
  const shown = (x: OReading) => (compat.roundedEndsClosed ? roundedEndsClosed(x) : x);
  const byId = new Map((counting?.input ?? []).map((m) => [m.id, m]));
  return {
    counted: r.groups
      .flatMap((g) => {
        const d = counting?.denominations.get(g.id);
        const c =
          d === undefined || counting === undefined
            ? undefined
            : countedAmount(g, byId, d, counting.table, counting.options);
        return c === undefined ? [] : [`${g.id}: ${c}`];
      })
      .sort(),
    groups: r.groups.map((g) => `${g.id}{${g.mentions.join(',')}}`).sort(),
    readings: r.groups.flatMap((g) => [...g.readings].map(([c, x]) => readingText(g.id, c, shown(x)))).sort(),
    contradictions: r.groups
      .flatMap((g) => g.contradictions.map((c) => `${c.mention} → ${g.id} (${c.basis})`))
      .sort(),
    ambiguous: r.ambiguous.map((a) => `${a.mention} ⇒ ${a.candidates.join(',')}`).sort(),
    ties: r.groups.flatMap((g) => (g.tie ? [g.id] : [])).sort(),
    accounted: [],
  };
}

export function plainReal(r: ReconcileResult, input: readonly OMention[]): Plain {
  const seen = new Map<string, number>();
  const see = (id: string) => seen.set(id, (seen.get(id) ?? 0) + 1);
  for (const g of r.groups) {
    for (const m of g.mentions) see(m.id);
    for (const c of g.contradictions) see(c.mention.id);
  }
  for (const a of r.ambiguous) see(a.mention.id);
  const accounted = input.flatMap((m) => {
    const n = seen.get(m.id) ?? 0;
    return n === 1 ? [] : [`${n === 0 ? 'lost' : 'twice'} ${m.id}`];
  });
  const counted = reconciledCommitments(r, { view: 'rounding' }).flatMap((c) => {
    const g = r.groups.find((x) => x.id === c.id);
    if (g?.readings.find((x) => x.currency === g.denomination)?.status !== 'consistent') return [];
    const a = c.amount === undefined ? undefined : figureToJSON(c.amount);
    const amount =
      a === undefined
        ? 'none'
        : `${a.qualifier} ${decimalText(a.amount)}${a.max === undefined ? '' : `–${decimalText(a.max)}`}`;
    return [`${c.id}: ${g.tie ? 'tie ' : ''}${amount}`];
  });
  return {
    counted: counted.sort(),
    accounted: accounted.sort(),
    groups: r.groups
      .map(
        (g) =>
          `${g.id}{${g.mentions
            .map((m) => m.id)
            .sort()
            .join(',')}}`,
      )
      .sort(),
    readings: r.groups
      .flatMap((g) =>
        g.readings.map((x) => {
          const iv = x.interval;
          return x.status === 'consistent' && iv !== undefined
            ? `${g.id} ${x.currency}: consistent ${iv.lowInclusive ? '[' : '('}${ratText(iv.exactLow)}, ${ratText(iv.exactHigh)}${iv.highInclusive ? ']' : ')'}`
            : `${g.id} ${x.currency}: ${x.status}`;
        }),
      )
      .sort(),
    contradictions: r.groups
      .flatMap((g) => g.contradictions.map((c) => `${c.mention.id} → ${c.group} (${c.basis})`))
      .sort(),
    ambiguous: r.ambiguous.map((a) => `${a.mention.id} ⇒ ${[...a.candidates].sort().join(',')}`).sort(),
    ties: r.groups.flatMap((g) => (g.tie ? [g.id] : [])).sort(),
  };
}

export const ASPECTS = [
  'groups',
  'readings',
  'contradictions',
  'ambiguous',
  'ties',
  'counted',
  'accounted',
] as const;
export type Aspect = (typeof ASPECTS)[number];

/** Lines only one side has, per aspect ("real: …" / "oracle: …"). */
export function differences(real: Plain, oracle: Plain, aspects: readonly Aspect[] = ASPECTS): string[] {
  const out: string[] = [];
  for (const a of aspects) {
    const r = new Set(real[a]);
    const o = new Set(oracle[a]);
    for (const x of real[a]) if (!o.has(x)) out.push(`${a} real:   ${x}`);
    for (const x of oracle[a]) if (!r.has(x)) out.push(`${a} oracle: ${x}`);
  }
  return out;
}

export function compare(table: EcbTable, rates: LoadedRates, s: Scenario, aspects?: readonly Aspect[]) {
  const real = runReal(rates, s);
  const denominations = new Map(real.groups.map((g) => [g.id, g.denomination]));
  return differences(
    plainReal(real, s.mentions),
    plainOracle(oracleReconcile(s.mentions, table, s.options), s.options.compat, {
      input: s.mentions,
      denominations,
      table,
      options: s.options,
    }),
    aspects,
  );
}

/** A scenario as readable lines, for counterexamples and FINDINGS.md. */
export function describeScenario(s: Scenario): string {
  const fig = (m: OMention) =>
    `${m.qualifier} ${m.currency} ${ratText(m.value)}${m.max ? `–${ratText(m.max)}` : ''} q=${ratText(m.quantum)}`;
  return [
    `options ${JSON.stringify({ ...s.options, aliases: undefined })}`,
    ...s.mentions.map(
      (m) =>
        `${m.id} ${fig(m)} ${m.date} ${m.kind} ${m.parties.map((p) => `${p.party}/${p.role}`).join('+')} ${m.document}${m.commitment ? ` id=${m.commitment}` : ''}${m.convertedFrom ? ` converts ${m.convertedFrom}` : ''}`,
    ),
  ].join('\n');
}
