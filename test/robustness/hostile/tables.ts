/**
 * One table per public function: its parameters, a valid baseline call, and the hostile values each
 * parameter gets beyond {@link COMMON}. Built from the public signatures and docs only (README, docs/,
 * TSDoc), by someone who has not read the function bodies.
 *
 * An options parameter also lists its keys: each key gets the common values and its own wrong ones,
 * merged into the baseline options.
 */

import { dinero as numberDinero } from 'dinero.js';
import { dinero } from 'dinero.js/bigint';
import * as nscale from '../../../src/datasets/nscale-2025-09/index';
import * as ukTech from '../../../src/datasets/uk-tech-2025-09/index';
import * as reckon from '../../../src/index';
import * as schema from '../../../src/schema/index';
import * as vitestEntry from '../../../src/vitest/index';
import { BAD_DECIMALS, big, CODES, DAYS, FIGURE_LANGUAGES, fill, type Hostile, v } from './values';

/** The entry points, by the name a user imports. */
export const ENTRIES = {
  reckon,
  'reckon/schema': schema,
  'reckon/vitest': vitestEntry,
  'reckon/datasets/nscale-2025-09': nscale,
  'reckon/datasets/uk-tech-2025-09': ukTech,
} as const;

export type EntryName = keyof typeof ENTRIES;

export interface Param {
  readonly name: string;
  /** Values beyond the common ones: wrong enums, JSON forms, edge values this parameter invites. */
  readonly extra?: readonly Hostile[];
  /** For an options object: each key with its own wrong values (the common ones are added). */
  readonly options?: Readonly<Record<string, readonly Hostile[]>>;
}

export interface FnTable {
  /** The src/ folder that owns the function: the group its failures are listed under. */
  readonly module: string;
  readonly params: readonly Param[];
  /** A valid call's arguments, built fresh for every call. */
  readonly baseline: () => unknown[];
  /** Calls the function; by default the export itself with the arguments. */
  readonly invoke?: (args: unknown[]) => unknown;
  /** `safe*` functions and predicates over `unknown`: never throw at all. */
  readonly safe?: boolean;
  /** Says what is wrong with a returned value (a lie), or undefined when it is plausible. */
  readonly check?: (result: unknown, args: readonly unknown[]) => string | undefined;
}

// ---------------------------------------------------------------------------------------------------
// Valid values, built through the public API.

const { nscaleDatasetJSON } = nscale;
const ds = () => nscale.nscaleDataset();
const fig = (text: string) => reckon.parseFigure(text);
const snapshot = () => ({ from: fig('£11bn'), to: fig('€12.68bn'), publishedDate: '2025-09-18' });
const rates = () => reckon.ratesFromList(ds().rates);
const verdict = () => reckon.checkConversion(snapshot(), rates());
const aggregateOptions = () => ({
  by: 'investor',
  to: 'EUR',
  rates: rates(),
  asOf: '2025-09-17',
  parties: ds().parties,
});
/** The JSON form of a converted aggregation, parsed: plain data, as read from a file. */
const aggregateJSON = (): Record<string, unknown> =>
  JSON.parse(
    JSON.stringify(
      reckon.aggregateResultToJSON(
        reckon.aggregate(ds().commitments, aggregateOptions() as reckon.AggregateOptions),
      ),
    ),
  );
/** The JSON with one part of its grand total replaced. */
const grandTotalWith = (over: Record<string, unknown>) => {
  const json = aggregateJSON();
  return { ...json, grandTotal: { ...(json.grandTotal as Record<string, unknown>), ...over } };
};
const AGGREGATE_JSONS: readonly Hostile[] = [
  v('the result itself (money, not strings)', () =>
    reckon.aggregate(ds().commitments, aggregateOptions() as reckon.AggregateOptions),
  ),
  v('a group, not a result', () => (aggregateJSON().groups as unknown[])[0]),
  v("by 'parties'", () => ({ ...aggregateJSON(), by: 'parties' })),
  v('count a float', () => grandTotalWith({ count: 1.5 })),
  v('count a string', () => grandTotalWith({ count: '3' })),
  v("totals under '__proto__'", () =>
    JSON.parse(
      JSON.stringify(aggregateJSON()).replace(
        '"grandTotal":{"totals":{',
        '"grandTotal":{"totals":{"__proto__":{},',
      ),
    ),
  ),
  v("totals under 'constructor'", () =>
    grandTotalWith({
      totals: {
        constructor: { currency: 'GBP', low: '1', high: '2', lowInclusive: true, highInclusive: true },
      },
    }),
  ),
  v("total low '1e9'", () =>
    grandTotalWith({
      totals: { GBP: { currency: 'GBP', low: '1e9', high: null, lowInclusive: true, highInclusive: false } },
    }),
  ),
  v('issue path of objects', () =>
    grandTotalWith({ issues: [{ code: 'NO_RATE', message: 'm', path: [{}] }] }),
  ),
  big('total high with 1MB digits', (n) =>
    grandTotalWith({
      totals: {
        GBP: { currency: 'GBP', low: null, high: fill('7', n), lowInclusive: false, highInclusive: true },
      },
    }),
  ),
  big('rate with a 1MB-digit numerator', (n) => ({
    ...aggregateJSON(),
    rates: [
      {
        base: 'GBP',
        quote: 'EUR',
        value: `${fill('1', n)}/3`,
        date: '2025-09-17',
        requestedDate: '2025-09-17',
        source: 'ECB',
        substituted: false,
      },
    ],
  })),
  big('1MB of commitment ids', (n) =>
    grandTotalWith({ commitments: Array.from({ length: n / 16 }, () => 'c') }),
  ),
];
const commitment = (over: Record<string, unknown> = {}) => ({
  id: 'c-1',
  kind: 'investment',
  status: 'announced',
  parties: [{ party: 'nvidia', role: 'investor' }],
  amount: fig('£1bn'),
  ...over,
});
const ratesJSON = () => structuredClone(nscaleDatasetJSON.rates) as unknown as Record<string, unknown>[];
const rateInput = (over: Record<string, unknown> = {}) => ({
  base: 'EUR',
  quote: 'GBP',
  value: '0.8675',
  date: '2025-09-17',
  source: 'ECB',
  ...over,
});

/** The extract functions' baseline: a German report with a bare "Dollar", read as `options.dollar` says. */
const DOLLAR_SENTENCE =
  'Nvidia investiert bis zu 11 Milliarden Pfund (12,68 Milliarden Euro). OpenAI zahlt 5 Mrd. Dollar.';

/** A small ECB history file, written for this test. */
export const SMALL_CSV = 'Date,USD,GBP,\n2025-09-18,1.1818,0.868,\n2025-09-17,1.1837,0.8675,\n';
/** A small eurofxref-daily style file, written for this test. */
export const SMALL_XML = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">',
  '<gesmes:subject>Reference rates</gesmes:subject>',
  '<Cube>',
  "<Cube time='2025-09-18'>",
  "<Cube currency='USD' rate='1.1818'/>",
  "<Cube currency='GBP' rate='0.868'/>",
  '</Cube>',
  '</Cube>',
  '</gesmes:Envelope>',
].join('\n');

const fakeFetch =
  (text: string, ok = true) =>
  async () => ({ ok, status: ok ? 200 : 500, text: async () => text });

// ---------------------------------------------------------------------------------------------------
// Hostile values by type.

const FIGURES: readonly Hostile[] = [
  v('FigureJSON', () => reckon.figureToJSON(fig('up to £11bn'))),
  v('a Money, not a figure', () => reckon.money('1', 'EUR')),
  v("qualifier 'sometimes'", () => ({ ...fig('£11bn'), qualifier: 'sometimes' })),
  v("qualifier 'constructor'", () => ({ ...fig('£11bn'), qualifier: 'constructor' })),
  v('quantum in another currency', () => ({ ...fig('£11bn'), quantum: reckon.money('1', 'EUR') })),
  v('zero quantum', () => ({ ...fig('£11bn'), quantum: reckon.money('0', 'GBP') })),
  v('negative quantum', () => ({ ...fig('£11bn'), quantum: reckon.money('-1', 'GBP') })),
  v('range without max', () => ({ ...fig('£11bn'), qualifier: 'range' })),
  v('range with max below amount', () => ({
    ...fig('£11bn'),
    qualifier: 'range',
    max: reckon.money('1', 'GBP'),
  })),
  v('max in another currency', () => ({ ...fig('£1bn-£2bn'), max: reckon.money('2', 'EUR') })),
  v('amount as a dinero snapshot', () => ({ ...fig('£11bn'), amount: reckon.money('1', 'GBP').toJSON() })),
];

const MONEYS: readonly Hostile[] = [
  v('dinero snapshot (toJSON)', () => reckon.money('12.5', 'EUR').toJSON()),
  v("{ amount: '1', currency: 'EUR' }", () => ({ amount: '1', currency: 'EUR' })),
  v('a Figure, not money', () => fig('£11bn')),
  v('number dinero', () => numberDinero({ amount: 1250, currency: { code: 'EUR', base: 10, exponent: 2 } })),
  v("dinero with currency code 'constructor'", () =>
    dinero({ amount: 1n, currency: { code: 'constructor', base: 10n, exponent: 2n } }),
  ),
  v('dinero with base 5', () => dinero({ amount: 7n, currency: { code: 'MGA', base: 5n, exponent: 1n } })),
  v('dinero with exponent 10^6', () =>
    dinero({ amount: 1n, currency: { code: 'EUR', base: 10n, exponent: 1_000_000n } }),
  ),
  v('money of scale 1000', () => reckon.money(`0.${'0'.repeat(999)}1`, 'EUR')),
];

const CURRENCY_OBJECTS: readonly Hostile[] = [
  v("{ code: 'EUR' }", () => ({ code: 'EUR' })),
  v('currency with number base', () => ({ code: 'EUR', base: 10, exponent: 2 })),
  v('currency with exponent -2n', () => ({ code: 'EUR', base: 10n, exponent: -2n })),
  v('currency with base 0n', () => ({ code: 'EUR', base: 0n, exponent: 2n })),
  v('currency with exponent 10^6', () => ({ code: 'EUR', base: 10n, exponent: 1_000_000n })),
];

const RATIOS: readonly Hostile[] = [
  v('{ n: 1, d: 3 } numbers', () => ({ n: 1, d: 3 })),
  v("{ n: '1', d: '3' } strings", () => ({ n: '1', d: '3' })),
  v('zero denominator', () => ({ n: 1n, d: 0n })),
  v('negative denominator', () => ({ n: 1n, d: -3n })),
  v('no denominator', () => ({ n: 1n })),
  v('10^400 / 3', () => ({ n: 10n ** 400n, d: 3n })),
  v('1 / 3^2000', () => ({ n: 1n, d: 3n ** 2000n })),
];

const SNAPSHOTS: readonly Hostile[] = [
  v("from as a string '£11bn'", () => ({ ...snapshot(), from: '£11bn' })),
  v('from and to as FigureJSON', () => ({
    ...snapshot(),
    from: reckon.figureToJSON(fig('£11bn')),
    to: reckon.figureToJSON(fig('€12.68bn')),
  })),
  v('dataset conversion JSON (figure ids)', () => structuredClone(nscaleDatasetJSON.conversions[0])),
  v('same currency both sides', () => ({ ...snapshot(), to: fig('£12bn') })),
  v('zero from', () => ({ ...snapshot(), from: fig('£0') })),
  v('signs differ', () => ({ ...snapshot(), to: fig('-€12.68bn') })),
  v("publishedDate '2025-02-30'", () => ({ ...snapshot(), publishedDate: '2025-02-30' })),
  v("publishedDate '9999-12-31'", () => ({ ...snapshot(), publishedDate: '9999-12-31' })),
  v("publishedDate '0001-01-01'", () => ({ ...snapshot(), publishedDate: '0001-01-01' })),
  v('no dates', () => ({ from: fig('£11bn'), to: fig('€12.68bn') })),
  v('to of 10^400 euros', () => ({
    ...snapshot(),
    to: reckon.figureFromJSON({
      currency: 'EUR',
      amount: `1${'0'.repeat(400)}`,
      qualifier: 'exact',
      quantum: '1',
    }),
  })),
];

const RATES: readonly Hostile[] = [
  v('provider-like object without methods', () => ({ source: 'x', currencies: [], span: undefined })),
  v('dataset rates JSON', () => ratesJSON()),
  v("[rate with quote 'constructor']", () => [rateInput({ quote: 'constructor' })]),
  v("[rate value '0']", () => [rateInput({ value: '0' })]),
  v("[rate value '-1']", () => [rateInput({ value: '-1' })]),
  v("[rate value '1/0']", () => [rateInput({ value: '1/0' })]),
  v('[rate value 0.8675 number]', () => [rateInput({ value: 0.8675 })]),
  v('[two rates same pair and day]', () => [rateInput(), rateInput({ value: '0.9' })]),
  v("[rate dated '9999-12-31']", () => [rateInput({ date: '9999-12-31' })]),
  v('a Map of rates', () => new Map([['EUR/GBP', rateInput()]])),
];

const COMMITMENT_LISTS: readonly Hostile[] = [
  v('dataset commitments JSON (figure ids)', () => structuredClone(nscaleDatasetJSON.commitments)),
  v('commitments with FigureJSON amounts', () =>
    ds().commitments.map((c) => ({ ...c, amount: c.amount ? reckon.figureToJSON(c.amount) : undefined })),
  ),
  v('[{}]', () => [{}]),
  v("[kind 'constructor']", () => [commitment({ kind: 'constructor' })]),
  v("[status 'constructor']", () => [commitment({ status: 'constructor' })]),
  v("[role 'constructor']", () => [commitment({ parties: [{ party: 'nvidia', role: 'constructor' }] })]),
  v('[parties null]', () => [commitment({ parties: null })]),
  v('[partOf itself]', () => [commitment({ partOf: 'c-1' })]),
  v('[duplicate ids]', () => [commitment(), commitment()]),
  v('[amount a Money]', () => [commitment({ amount: reckon.money('1', 'GBP') })]),
  v("[date '2025-02-30']", () => [commitment({ date: '2025-02-30' })]),
  v("[party '__proto__']", () => [commitment({ parties: [{ party: '__proto__', role: 'investor' }] })]),
  big('many joint commitments', (n) =>
    Array.from({ length: n / 256 }, (_, i) =>
      commitment({
        id: `c-${i}`,
        parties: [
          { party: `p-${i % 97}`, role: 'investor' },
          { party: `q-${i % 89}`, role: 'recipient' },
          { party: `r-${i % 83}`, role: 'recipient' },
        ],
      }),
    ),
  ),
  big('long partOf chain', (n) =>
    Array.from({ length: n / 256 }, (_, i) =>
      commitment({ id: `c-${i}`, ...(i > 0 ? { partOf: `c-${i - 1}` } : {}) }),
    ),
  ),
];

const PARTY_LISTS: readonly Hostile[] = [
  v("[party id 'constructor']", () => [{ id: 'constructor', name: 'x', kind: 'company' }]),
  v('[{}]', () => [{}]),
  v("[kind 'constructor']", () => [{ id: 'nvidia', name: 'Nvidia', kind: 'constructor' }]),
  big('many parties with one id', (n) =>
    Array.from({ length: n / 256 }, () => ({ id: 'nvidia', name: 'Nvidia', kind: 'company' })),
  ),
];

const VERDICTS: readonly Hostile[] = [
  v('verdict with FigureJSON from/to', () => {
    const x = verdict();
    return { ...x, from: reckon.figureToJSON(x.from), to: reckon.figureToJSON(x.to) };
  }),
  v("{ status: 'consistent' }", () => ({ status: 'consistent' })),
  v("status 'weird'", () => ({ ...verdict(), status: 'weird' })),
  v('consistent without best', () => ({ ...verdict(), best: undefined })),
  v('best.gapBps NaN', () => {
    const x = verdict();
    return { ...x, best: x.best ? { ...x.best, gapBps: Number.NaN } : undefined };
  }),
  v("reasons ['constructor']", () => ({ ...verdict(), status: 'inconsistent', reasons: ['constructor'] })),
];

const DATASETS: readonly Hostile[] = [
  v('dataset JSON form', () => structuredClone(nscaleDatasetJSON)),
  v('{ version: 1 }', () => ({ version: 1 })),
  v('commitment amount not in figures', () => {
    const d = ds();
    return {
      ...d,
      commitments: d.commitments.map((c) => (c.amount ? { ...c, amount: fig('£3bn') } : c)),
    };
  }),
  v('figures null', () => ({ ...ds(), figures: null })),
];

const DATASET_JSONS: readonly Hostile[] = [
  v("party with a '__proto__' key", () =>
    JSON.parse(
      JSON.stringify(nscaleDatasetJSON).replace('"kind":"company"', '"kind":"company","__proto__":{"x":1}'),
    ),
  ),
  v('quote offsets past the end', () => {
    const d = structuredClone(nscaleDatasetJSON) as unknown as {
      figures: { source: Record<string, unknown> }[];
    };
    if (d.figures[0]) d.figures[0].source = { ...d.figures[0].source, start: 1e9, end: 1e9 + 3 };
    return d;
  }),
  v('offsets NaN-like strings', () => {
    const d = structuredClone(nscaleDatasetJSON) as unknown as {
      figures: { source: Record<string, unknown> }[];
    };
    if (d.figures[0]) d.figures[0].source = { ...d.figures[0].source, start: '0', end: 'x' };
    return d;
  }),
  v('50,000 nested arrays', () => JSON.parse(`${'['.repeat(50_000)}${']'.repeat(50_000)}`)),
  big('many figures with one id', (n) => {
    const d = structuredClone(nscaleDatasetJSON) as unknown as { figures: unknown[] };
    const first = d.figures[0];
    d.figures = Array.from({ length: n / 256 }, () => first);
    return d;
  }),
  big('figure amount with 1MB digits', (n) => {
    const d = structuredClone(nscaleDatasetJSON) as unknown as {
      figures: { figure: Record<string, unknown> }[];
    };
    if (d.figures[0]) d.figures[0].figure = { ...d.figures[0].figure, amount: fill('7', n) };
    return d;
  }),
  big('figure amount with 1MB decimals, quantum 1', (n) => {
    const d = structuredClone(nscaleDatasetJSON) as unknown as {
      figures: { figure: Record<string, unknown> }[];
    };
    if (d.figures[0])
      d.figures[0].figure = { ...d.figures[0].figure, amount: `1.${fill('3', n)}`, quantum: '1' };
    return d;
  }),
];

const TEXTS: readonly Hostile[] = [
  v("'£1e999999bn'", () => '£1e999999bn'),
  v('figure then NUL', () => '£1bn\u0000'),
  big('£ and 1MB digits', (n) => `£${fill('7', n)}`),
  big('£0. and 1MB decimals', (n) => `£0.${fill('1', n)}`),
  big("repeated 'bis zu '", (n) => `${fill('bis zu ', n)}£1bn`),
  big('repeated figures', (n) => fill('£1bn (€1.2bn) ', n)),
  big('open parentheses', (n) => `${fill('(', n)}£1bn`),
  big("repeated '1.'", (n) => `£${fill('1.', n)}`),
  big('repeated currency words', (n) => `1 ${fill('Milliarden ', n)}Euro`),
];

const FIGURE_JSONS: readonly Hostile[] = [
  v("qualifier 'constructor'", () => ({
    currency: 'EUR',
    amount: '1',
    qualifier: 'constructor',
    quantum: '1',
  })),
  v("currency 'constructor'", () => ({
    currency: 'constructor',
    amount: '1',
    qualifier: 'exact',
    quantum: '1',
  })),
  v('range without max', () => ({ currency: 'EUR', amount: '1', qualifier: 'range', quantum: '1' })),
  v('max without range', () => ({
    currency: 'EUR',
    amount: '1',
    max: '2',
    qualifier: 'exact',
    quantum: '1',
  })),
  v("quantum '0'", () => ({ currency: 'EUR', amount: '1', qualifier: 'exact', quantum: '0' })),
  v("quantum '-1'", () => ({ currency: 'EUR', amount: '1', qualifier: 'exact', quantum: '-1' })),
  v('amount a number', () => ({ currency: 'EUR', amount: 1, qualifier: 'exact', quantum: '1' })),
  v("amount '1e999999'", () => ({ currency: 'EUR', amount: '1e999999', qualifier: 'exact', quantum: '1' })),
  big('amount with 1MB decimals, quantum 1', (n) => ({
    currency: 'EUR',
    amount: `1.${fill('3', n)}`,
    qualifier: 'exact',
    quantum: '1',
  })),
  big('amount with 1MB digits', (n) => ({
    currency: 'EUR',
    amount: fill('7', n),
    qualifier: 'exact',
    quantum: '1',
  })),
];

const RATE_INPUTS: readonly Hostile[] = [
  v("base 'constructor'", () => rateInput({ base: 'constructor' })),
  v("quote 'constructor'", () => rateInput({ quote: 'constructor' })),
  v("value '0'", () => rateInput({ value: '0' })),
  v("value '-1'", () => rateInput({ value: '-1' })),
  v("value '1/0'", () => rateInput({ value: '1/0' })),
  v('value 0.8675 number', () => rateInput({ value: 0.8675 })),
  v('value { n: 1n, d: 0n }', () => rateInput({ value: { n: 1n, d: 0n } })),
  v('value { n: 347, d: 400 } numbers', () => rateInput({ value: { n: 347, d: 400 } })),
  v("date '2025-02-30'", () => rateInput({ date: '2025-02-30' })),
  v("date '0000-01-01'", () => rateInput({ date: '0000-01-01' })),
  v("date '9999-12-31'", () => rateInput({ date: '9999-12-31' })),
  v('source 42', () => rateInput({ source: 42 })),
  big('value with 1MB decimals', (n) => rateInput({ value: `0.${fill('8', n)}` })),
];

const RATE_VALUES: readonly Hostile[] = [
  v('RateJSON (value a string)', () => reckon.rateToJSON(reckon.rate(rateInput()))),
  v('value { n: 1n, d: 0n }', () => ({ ...reckon.rate(rateInput()), value: { n: 1n, d: 0n } })),
  v('value { n: 347, d: 400 } numbers', () => ({
    ...reckon.rate(rateInput()),
    value: { n: 347, d: 400 },
  })),
  v('value null', () => ({ ...reckon.rate(rateInput()), value: null })),
];

const CSVS: readonly Hostile[] = [
  v('BOM only', () => '\ufeff'),
  v('header only', () => 'Date,USD,GBP,\n'),
  v('XML given to the CSV reader', () => SMALL_XML),
  v("header 'Date,constructor,__proto__,'", () => 'Date,constructor,__proto__,\n2025-09-18,1.1,0.8,\n'),
  v('duplicate column', () => 'Date,USD,USD,\n2025-09-18,1.1,1.2,\n'),
  big('header with many columns', (n) => `Date,${fill('USD,', n)}\n2025-09-18,1.1,\n`),
  big('many rows of one day', (n) => `Date,USD,\n${fill('2025-09-18,1.1,\n', n)}`),
  big('one 1MB line', (n) => `Date,USD,\n2025-09-18,${fill('1', n)},\n`),
];

const XMLS: readonly Hostile[] = [
  v('CSV given to the XML reader', () => SMALL_CSV),
  v("currency '__proto__'", () => SMALL_XML.replace("currency='USD'", "currency='__proto__'")),
  big('deeply nested Cube', (n) => `<gesmes:Envelope>${fill('<Cube>', n)}</gesmes:Envelope>`),
  big(
    'a Cube with many attributes',
    (n) => `<gesmes:Envelope><Cube><Cube time='2025-09-18' ${fill("a='1' ", n)}/>`,
  ),
  big('an unclosed quote', (n) => `<gesmes:Envelope><Cube><Cube time='${fill('2', n)}`),
  big('many Cubes of one day', (n) =>
    SMALL_XML.replace(
      '<Cube>\n<Cube',
      `<Cube>\n${fill("<Cube time='2025-09-18'><Cube currency='USD' rate='1.1'/></Cube>", n)}<Cube`,
    ),
  ),
];

const BANDS: readonly Hostile[] = [
  v('0.1 (a number)', () => 0.1),
  v("'1.5'", () => '1.5'),
  v("'-0.1'", () => '-0.1'),
  v("'1/10'", () => '1/10'),
  ...BAD_DECIMALS,
];

const PROVIDER_METHOD_PARAMS = (extraDays: readonly Hostile[]): Param[] => [
  { name: 'base', extra: CODES },
  { name: 'quote', extra: CODES },
  { name: 'from', extra: [...DAYS, ...extraDays] },
  { name: 'to', extra: DAYS },
];

const AGGREGATE_OPTIONS: Record<string, readonly Hostile[]> = {
  by: [v("'investors'", () => 'investors'), v("'any'", () => 'any')],
  kinds: [
    v("['constructor']", () => ['constructor']),
    v("'investment' (a string)", () => 'investment'),
    v('[42]', () => [42]),
  ],
  statuses: [v("['gone']", () => ['gone']), v("'announced' (a string)", () => 'announced')],
  to: CODES,
  rates: RATES,
  asOf: DAYS,
  fallbackDate: DAYS,
  allocation: [v("'equl'", () => 'equl')],
  view: [v("'round'", () => 'round')],
  almostBand: BANDS,
  aboutBand: BANDS,
  parties: PARTY_LISTS,
  listCommitments: [v("'no'", () => 'no')],
};

const CHECK_OPTIONS: Record<string, readonly Hostile[]> = {
  assumeSourceExact: [v("'false'", () => 'false')],
  window: [
    v('reversed window', () => ({ from: '2025-09-18', to: '2025-09-15' })),
    v('window 0000-01-01..9999-12-31', () => ({ from: '0000-01-01', to: '9999-12-31' })),
    v("window from '2025-02-30'", () => ({ from: '2025-02-30', to: '2025-09-18' })),
    v('window { from: 42 }', () => ({ from: 42 })),
  ],
  toleranceBps: [v("'44'", () => '44'), v('1e9', () => 1e9)],
  maxResolutionBps: [v("'250'", () => '250'), v('1e9', () => 1e9)],
  searchDays: [v('1e9', () => 1e9), v('-1e9', () => -1e9)],
};

const BOUNDS_OPTIONS: Record<string, readonly Hostile[]> = {
  view: [v("'round'", () => 'round')],
  almostBand: BANDS,
  aboutBand: BANDS,
};

/** What a bare "$" is (docs/figures.md, docs/extraction.md): an ISO 4217 code or 'ambiguous'. */
const DOLLARS: readonly Hostile[] = [
  v("'USD'", () => 'USD'),
  v("'NZD'", () => 'NZD'),
  v("'AUD'", () => 'AUD'),
  v("'ambiguous'", () => 'ambiguous'),
  v("'AMBIGUOUS'", () => 'AMBIGUOUS'),
  v("'nzd'", () => 'nzd'),
  v("'XXX' (no currency)", () => 'XXX'),
  v("'XAU' (gold)", () => 'XAU'),
  v("'ABC' (no ISO code)", () => 'ABC'),
  v("'US$'", () => 'US$'),
  v("' NZD'", () => ' NZD'),
  v("'valueOf'", () => 'valueOf'),
  v("'hasOwnProperty'", () => 'hasOwnProperty'),
  v('1000 capitals', () => 'A'.repeat(1000)),
  big('1MB capitals', (n) => fill('N', n)),
  v("new String('NZD')", () => new String('NZD')),
  v("['NZD']", () => ['NZD']),
  v("{ code: 'NZD' }", () => ({ code: 'NZD' })),
];

const LANGUAGE_OPTIONS = { language: FIGURE_LANGUAGES };
/** The options of parseFigure and formatFigure. */
const FIGURE_OPTIONS = { ...LANGUAGE_OPTIONS, dollar: DOLLARS };

// ---------------------------------------------------------------------------------------------------
// Return-value checks: a plausible answer, not a lie.

type Check = NonNullable<FnTable['check']>;

/** What a value printed by mistake leaves in a text: "undefined€12.68", "its NaN bounds", "[object Object]". */
const JUNK = /undefined(?=[^\s.,)])|(?<=[^\s(])undefined|\bNaN\b|\[object \w+\]|Infinity|native code|=>/;
const isRatio = (x: unknown): x is { n: bigint; d: bigint } =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as { n: unknown }).n === 'bigint' &&
  (x as { d: bigint }).d > 0n;
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const ISO = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[A-Z]{3}$/;

const text: Check = (r) =>
  typeof r !== 'string'
    ? `returned ${typeof r}`
    : JUNK.test(r)
      ? `text contains junk: ${r.slice(0, 120)}`
      : undefined;
const bool: Check = (r) => (typeof r === 'boolean' ? undefined : `returned ${typeof r}, not a boolean`);
const decimal: Check = (r) =>
  typeof r === 'string' && /^-?\d+(\.\d+)?$/.test(r) ? undefined : `not a decimal: ${String(r).slice(0, 80)}`;
const ratioOut: Check = (r) => (isRatio(r) ? undefined : 'not a ratio with d > 0');
const objectWith =
  (...keys: string[]): Check =>
  (r) =>
    isObject(r) && keys.every((k) => k in r) ? undefined : `not an object with ${keys.join(', ')}`;
const provider = objectWith('fixes', 'rateOn', 'source');
const issuesOk = (issues: unknown): string | undefined =>
  Array.isArray(issues) &&
  issues.every((i) => isObject(i) && typeof i.code === 'string' && Array.isArray(i.path))
    ? undefined
    : 'issues without code and path';
const safeResult =
  (key: string): Check =>
  (r) => {
    if (!isObject(r) || typeof r.success !== 'boolean') return 'no success flag';
    if (r.success) return key in r ? undefined : `success without ${key}`;
    return Array.isArray(r.issues) && r.issues.length > 0 ? issuesOk(r.issues) : 'failure without issues';
  };
/** The currency a bare "$"/"Dollar" must be read as under `options.dollar`: null for 'ambiguous' (no figure). */
const dollarOf = (options: unknown): string | null | undefined => {
  const d = isObject(options) ? options.dollar : undefined;
  if (d === undefined) return 'USD';
  if (d === 'ambiguous') return null;
  return typeof d === 'string' && CODE.test(d) ? d : undefined;
};
/** Whether a call keeps the baseline text and guesses the language: the bare dollar in it is then read. */
const readsBareDollar = (args: readonly unknown[], baseline: string) =>
  args[0] === baseline && !(isObject(args[1]) && args[1].language !== undefined);
/** A lie about the bare "Dollar" of {@link DOLLAR_SENTENCE}: a currency the `dollar` option does not name. */
const bareDollarRead = (figures: readonly unknown[], args: readonly unknown[]): string | undefined => {
  if (!readsBareDollar(args, DOLLAR_SENTENCE)) return undefined;
  const want = dollarOf(args[1]);
  if (want === undefined)
    return `accepted dollar ${String((args[1] as { dollar: unknown }).dollar).slice(0, 40)}`;
  const bare = figures.filter((f) => isObject(f) && f.text === '5 Mrd. Dollar') as reckon.Figure[];
  const got = bare.map((f) => reckon.figureToJSON(f).currency);
  if (want === null) return got.length ? `'ambiguous' read a bare dollar as ${got.join(', ')}` : undefined;
  return got.length === 1 && got[0] === want
    ? undefined
    : `bare dollar read as [${got.join(', ')}], not ${want}`;
};
/** A lie of a call that should have refused its `dollar` option. */
const acceptedDollar = (args: readonly unknown[]): string | undefined =>
  dollarOf(args[1]) === undefined
    ? `accepted dollar ${String((args[1] as { dollar: unknown }).dollar).slice(0, 40)}`
    : undefined;
/** parseFigure's baseline: a bare "Dollar". */
const DOLLAR_PHRASE = 'bis zu 11 Milliarden Dollar';
/** A lie of parseFigure about {@link DOLLAR_PHRASE}: a currency the `dollar` option does not name. */
const parsedDollar = (figure: unknown, args: readonly unknown[]): string | undefined => {
  if (!readsBareDollar(args, DOLLAR_PHRASE)) return undefined;
  const want = dollarOf(args[1]);
  if (want === undefined) return acceptedDollar(args);
  const got = reckon.figureToJSON(figure as reckon.Figure).currency;
  return got === want ? undefined : `bare dollar read as ${got}, not ${want ?? "an error ('ambiguous')"}`;
};
/** A lie of formatFigure: US dollars written as a bare "$" for a source whose "$" is another dollar. */
const formattedDollar = (r: unknown, args: readonly unknown[]): string | undefined => {
  const accepted = acceptedDollar(args);
  if (accepted || typeof r !== 'string' || !isObject(args[0])) return accepted;
  const want = dollarOf(args[1]);
  let currency: string;
  try {
    currency = reckon.figureToJSON(args[0] as unknown as reckon.Figure).currency;
  } catch {
    return undefined;
  }
  if (currency !== 'USD' || want === 'USD') return undefined;
  return r.includes('US$') ? undefined : `US dollars written "${r}" under dollar ${String(want)}`;
};
const matcherResult: Check = (r) => {
  if (!isObject(r) || typeof r.pass !== 'boolean' || typeof r.message !== 'function')
    return 'not a matcher result';
  return text((r.message as () => unknown)(), []);
};
const codeLookup: Check = (r, [code]) =>
  r === undefined || (typeof code === 'string' && CODE.test(code) && isObject(r) && r.code === code)
    ? undefined
    : `found a currency for ${String(code)}`;

// ---------------------------------------------------------------------------------------------------

const options = (
  name: string,
  keys: Record<string, readonly Hostile[]>,
  extra?: readonly Hostile[],
): Param => ({
  name,
  options: keys,
  ...(extra ? { extra } : {}),
});

/** The exports of every entry point that are functions, each with its table. */
// reconcile: mentions of one commitment across reports.
const mentionOf = (id: string, text: string, date: string): reckon.Mention => ({
  id,
  figure: fig(text),
  parties: [{ party: 'microsoft', role: 'investor' }],
  kind: 'investment' as const,
  date,
  source: { document: `doc-${id}` },
});
const mentions = () => [mentionOf('a', '£22bn', '2025-09-16'), mentionOf('b', '$30bn', '2025-09-17')];
const reconciled = () => reckon.reconcile(mentions(), { rates: rates() });
const MENTION_LISTS: readonly Hostile[] = [
  v('mention without figure', () => [{ ...mentionOf('a', '£1bn', '2025-09-16'), figure: undefined }]),
  v('figure in JSON form', () => [
    { ...mentionOf('a', '£1bn', '2025-09-16'), figure: reckon.figureToJSON(fig('£1bn')) },
  ]),
  v('duplicate ids', () => [mentionOf('a', '£1bn', '2025-09-16'), mentionOf('a', '£1bn', '2025-09-16')]),
  v('impossible date', () => [mentionOf('a', '£1bn', '2025-02-30')]),
  v("kind 'constructor'", () => [{ ...mentionOf('a', '£1bn', '2025-09-16'), kind: 'constructor' }]),
  v('parties null', () => [{ ...mentionOf('a', '£1bn', '2025-09-16'), parties: null }]),
];
const RECONCILE_OPTIONS: Record<string, readonly Hostile[]> = {
  rates: RATES,
  to: CODES,
  windowDays: [v('-1', () => -1), v('1e9', () => 1e9), v("'14'", () => '14')],
  toleranceBps: [v('-1', () => -1), v("'44'", () => '44')],
  aliases: [v('a string', () => 'microsoft'), v('prototype keys', () => JSON.parse('{"__proto__":"x"}'))],
  partOf: [
    v('a string', () => 'whole'),
    v('an array', () => ['a', 'b']),
    v('a number value', () => ({ a: 1 })),
    v('prototype keys', () => JSON.parse('{"__proto__":"x","constructor":"y"}')),
    v('a key part of itself', () => ({ k: 'k' })),
  ],
};
const groupOf = () => reconciled().groups[0];
/** The JSON form of a reconciliation, parsed: plain data, as read from a file. */
const reconcileJSON = (): Record<string, unknown> =>
  JSON.parse(JSON.stringify(reckon.reconcileResultToJSON(reconciled())));
const RECONCILE_JSONS: readonly Hostile[] = [
  v('the result itself (money, not strings)', () => reconciled()),
  v('a group, not a result', () => (reconcileJSON().groups as unknown[])[0]),
  v("settings.partyMatch 'all'", () => ({
    ...reconcileJSON(),
    settings: { ...(reconcileJSON().settings as object), partyMatch: 'all' },
  })),
  v("groups under '__proto__'", () => JSON.parse('{"__proto__":{"groups":[]},"ambiguous":[],"issues":[]}')),
  v('issue path of objects', () => ({
    ...reconcileJSON(),
    issues: [{ code: 'NO_RATE', message: 'm', path: [{}] }],
  })),
  big('an ambiguous mention with a 1MB-digit amount', (n) => ({
    ...reconcileJSON(),
    ambiguous: [
      {
        mention: {
          ...reckon.reconcileResultToJSON(reconciled()).groups[0]?.mentions[0],
          figure: { currency: 'GBP', amount: fill('7', n), qualifier: 'exact', quantum: '1' },
        },
        candidates: [],
      },
    ],
  })),
  big('1MB of candidate ids', (n) => ({
    ...reconcileJSON(),
    ambiguous: [
      {
        mention: reckon.reconcileResultToJSON(reconciled()).groups[0]?.mentions[0],
        candidates: Array.from({ length: n / 16 }, () => 'g'),
      },
    ],
  })),
];

export const TABLES: Readonly<Record<string, FnTable & { readonly entry: EntryName }>> = {
  reconcile: {
    entry: 'reckon',
    module: 'reconcile',
    params: [{ name: 'mentions', extra: MENTION_LISTS }, options('options', RECONCILE_OPTIONS)],
    baseline: () => [mentions(), { rates: rates() }],
    check: objectWith('groups', 'ambiguous', 'issues'),
  },
  reconcileResultToJSON: {
    entry: 'reckon',
    module: 'reconcile',
    params: [{ name: 'result', extra: [v('a group, not a result', () => groupOf())] }],
    baseline: () => [reconciled()],
    check: (r) => {
      try {
        JSON.stringify(r);
        return undefined;
      } catch {
        return 'not JSON-safe';
      }
    },
  },
  reconcileResultFromJSON: {
    entry: 'reckon',
    module: 'reconcile',
    params: [{ name: 'json', extra: RECONCILE_JSONS }],
    baseline: () => [reconcileJSON()],
    check: objectWith('groups', 'ambiguous', 'issues', 'settings'),
  },
  safeReconcileResultFromJSON: {
    entry: 'reckon',
    module: 'reconcile',
    params: [{ name: 'json', extra: RECONCILE_JSONS }],
    baseline: () => [reconcileJSON()],
    safe: true,
    check: safeResult('output'),
  },
  explainGroup: {
    entry: 'reckon',
    module: 'reconcile',
    params: [{ name: 'group' }, options('options', LANGUAGE_OPTIONS)],
    baseline: () => [groupOf(), {}],
    check: text,
  },
  explainMerge: {
    entry: 'reckon',
    module: 'reconcile',
    params: [{ name: 'evidence' }, options('options', LANGUAGE_OPTIONS)],
    baseline: () => [groupOf()?.evidence[0], {}],
    check: text,
  },
  explainContradiction: {
    entry: 'reckon',
    module: 'reconcile',
    params: [{ name: 'contradiction' }, options('options', LANGUAGE_OPTIONS)],
    baseline: () => {
      const r = reckon.reconcile(
        [
          { ...mentionOf('a', '£22bn', '2025-09-16'), commitment: 'ms' },
          { ...mentionOf('b', '£22bn', '2025-09-16'), commitment: 'ms' },
          { ...mentionOf('c', '£220bn', '2025-09-17'), commitment: 'ms' },
        ],
        { rates: rates() },
      );
      return [r.groups[0]?.contradictions[0], {}];
    },
    check: text,
  },
  explainAmbiguous: {
    entry: 'reckon',
    module: 'reconcile',
    params: [{ name: 'ambiguous' }, options('options', LANGUAGE_OPTIONS)],
    baseline: () => [
      {
        mention: mentions()[0],
        candidates: ['g1', 'g2'],
      },
      {},
    ],
    check: text,
  },
  mentionsFromDataset: {
    entry: 'reckon',
    module: 'reconcile',
    params: [
      {
        name: 'dataset',
        extra: [
          v('dataset JSON form', () => structuredClone(ukTech.ukTechDatasetJSON)),
          v('mention of an unknown document', () => ({
            documents: [],
            mentions: [{ ...ukTech.ukTechDataset().mentions?.[0], source: { document: 'x' } }],
          })),
        ],
      },
      options('options', { keys: [v("'no'", () => 'no'), v('1', () => 1)] }),
    ],
    baseline: () => [ukTech.ukTechDataset(), { keys: false }],
    check: (r) => (Array.isArray(r) && r.length === 83 ? undefined : 'not the 83 mentions'),
  },
  reconciledCommitments: {
    entry: 'reckon',
    module: 'reconcile',
    params: [
      { name: 'result', extra: [v('a group, not a result', () => groupOf())] },
      options('options', {
        partOf: [v('an array', () => []), v('a number value', () => ({ a: 1 })), v('a string', () => 'x')],
      }),
    ],
    baseline: () => [reconciled(), {}],
    check: (r) => (Array.isArray(r) && r.length === 1 ? undefined : 'not one commitment per group'),
  },
  // aggregate
  aggregate: {
    entry: 'reckon',
    module: 'aggregate',
    params: [{ name: 'commitments', extra: COMMITMENT_LISTS }, options('options', AGGREGATE_OPTIONS)],
    baseline: () => [ds().commitments, aggregateOptions()],
    check: objectWith('groups', 'grandTotal'),
  },
  renderReportHtml: {
    entry: 'reckon',
    module: 'report',
    params: [
      {
        name: 'result',
        extra: [
          v('a reconcile result', () => reconciled()),
          v('result with decimal strings', () => {
            const r = reckon.aggregate(ds().commitments, {});
            const gbp = { currency: 'GBP', low: '0', high: '1', lowInclusive: true, highInclusive: true };
            return { ...r, grandTotal: { ...r.grandTotal, totals: { GBP: gbp } } };
          }),
        ],
      },
      { name: 'dataset', extra: [v('dataset JSON', () => structuredClone(nscaleDatasetJSON))] },
      options('options', {
        language: FIGURE_LANGUAGES,
        title: [big('1MB markup', (n) => fill('<script>"\'&', n))],
        source: [v('a number', () => 7)],
        asOf: DAYS,
        rates: [v('rates JSON', ratesJSON), v('[null]', () => [null])],
      }),
    ],
    baseline: () => [
      reckon.aggregate(ds().commitments, aggregateOptions() as reckon.AggregateOptions),
      ds(),
      { language: 'de' },
    ],
    check: (r) =>
      typeof r === 'string' && r.startsWith('<!doctype html>') ? text(r, []) : 'not an HTML page',
  },
  aggregateAsync: {
    entry: 'reckon',
    module: 'aggregate',
    params: [
      {
        name: 'commitments',
        extra: [
          ...COMMITMENT_LISTS,
          v('async iterable of null', () =>
            (async function* () {
              yield null;
            })(),
          ),
          v('async iterable of JSON commitments', () =>
            (async function* () {
              yield* structuredClone(nscaleDatasetJSON.commitments);
            })(),
          ),
        ],
      },
      options('options', AGGREGATE_OPTIONS),
    ],
    baseline: () => [ds().commitments, aggregateOptions()],
    check: objectWith('groups', 'grandTotal'),
  },
  aggregator: {
    entry: 'reckon',
    module: 'aggregate',
    params: [options('options', AGGREGATE_OPTIONS)],
    baseline: () => [aggregateOptions()],
    invoke: ([o]) => {
      const agg = reckon.aggregator(o as reckon.AggregateOptions);
      for (const c of ds().commitments) agg.add(c);
      return agg.result();
    },
    check: objectWith('groups', 'grandTotal'),
  },
  // commitment
  isAdditiveKind: {
    entry: 'reckon',
    module: 'commitment',
    params: [
      {
        name: 'kind',
        extra: [v("'investments'", () => 'investments'), v("'Investment'", () => 'Investment')],
      },
    ],
    baseline: () => ['investment'],
    check: bool,
  },
  validateCommitments: {
    entry: 'reckon',
    module: 'commitment',
    params: [
      { name: 'parties', extra: PARTY_LISTS },
      { name: 'commitments', extra: COMMITMENT_LISTS },
    ],
    baseline: () => [ds().parties, ds().commitments],
    check: (r) => issuesOk(r),
  },
  assertCommitments: {
    entry: 'reckon',
    module: 'commitment',
    params: [
      { name: 'parties', extra: PARTY_LISTS },
      { name: 'commitments', extra: COMMITMENT_LISTS },
    ],
    baseline: () => [ds().parties, ds().commitments],
  },
  // conversion
  checkConversion: {
    entry: 'reckon',
    module: 'conversion',
    params: [
      { name: 'snapshot', extra: SNAPSHOTS },
      { name: 'rates', extra: RATES },
      options('options', CHECK_OPTIONS),
    ],
    baseline: () => [snapshot(), rates(), {}],
    check: (r) =>
      isObject(r) &&
      ['consistent', 'withinTolerance', 'inconsistent', 'indeterminate'].includes(r.status as string)
        ? undefined
        : 'no status',
  },
  defaultToleranceBps: {
    entry: 'reckon',
    module: 'conversion',
    params: [
      { name: 'a', extra: CODES },
      { name: 'b', extra: CODES },
    ],
    baseline: () => ['GBP', 'EUR'],
    check: (r) =>
      typeof r === 'number' && Number.isFinite(r) && r > 0 ? undefined : `returned ${String(r)}`,
  },
  explainVerdict: {
    entry: 'reckon',
    module: 'conversion',
    params: [{ name: 'verdict', extra: VERDICTS }, options('options', LANGUAGE_OPTIONS)],
    baseline: () => [verdict(), {}],
    check: text,
  },
  impliedRate: {
    entry: 'reckon',
    module: 'conversion',
    params: [
      { name: 'snapshot', extra: SNAPSHOTS },
      options('options', { assumeSourceExact: [v("'false'", () => 'false')] }),
    ],
    baseline: () => [snapshot(), {}],
    check: (r) =>
      isObject(r) && isRatio(r.point) && isRatio(r.low) && isRatio(r.high)
        ? undefined
        : 'not an implied rate',
  },
  ratesFromConversions: {
    entry: 'reckon',
    module: 'conversion',
    params: [
      {
        name: 'snapshots',
        extra: [
          v("[from as a string '£11bn']", () => [{ ...snapshot(), from: '£11bn' }]),
          v('[FigureJSON snapshot]', () => [
            {
              ...snapshot(),
              from: reckon.figureToJSON(fig('£11bn')),
              to: reckon.figureToJSON(fig('€12.68bn')),
            },
          ]),
          v('dataset conversions JSON', () => structuredClone(nscaleDatasetJSON.conversions)),
          v("[publishedDate '2025-02-30']", () => [{ ...snapshot(), publishedDate: '2025-02-30' }]),
        ],
      },
    ],
    baseline: () => [[snapshot()]],
    check: provider,
  },
  // errors
  isReckonError: {
    entry: 'reckon',
    module: 'errors',
    params: [{ name: 'value' }, { name: 'code', extra: [v("'NOPE'", () => 'NOPE')] }],
    baseline: () => [new reckon.ReckonError('NO_RATE', 'x'), 'NO_RATE'],
    safe: true,
    check: bool,
  },
  // extract
  extractFiguresIter: {
    entry: 'reckon',
    module: 'extract',
    params: [
      { name: 'text', extra: TEXTS },
      options('options', { language: [...FIGURE_LANGUAGES, v("'AUTO'", () => 'AUTO')], dollar: DOLLARS }),
    ],
    baseline: () => [DOLLAR_SENTENCE, {}],
    // A generator does its work when read: read it whole, as a caller would.
    invoke: (args) => [...(reckon.extractFiguresIter as (...a: unknown[]) => Iterable<unknown>)(...args)],
    check: (r, args) => (Array.isArray(r) ? bareDollarRead(r, args) : 'not a list of figures'),
  },
  extractFigures: {
    entry: 'reckon',
    module: 'extract',
    params: [
      { name: 'text', extra: TEXTS },
      options('options', { language: [...FIGURE_LANGUAGES, v("'AUTO'", () => 'AUTO')], dollar: DOLLARS }),
    ],
    baseline: () => [DOLLAR_SENTENCE, {}],
    check: (r, [t, ...rest]) =>
      Array.isArray(r) &&
      r.every(
        (f) => isObject(f) && typeof t === 'string' && t.slice(f.start as number, f.end as number).length > 0,
      )
        ? bareDollarRead(r, [t, ...rest])
        : 'figures without valid offsets',
  },
  extractConversions: {
    entry: 'reckon',
    module: 'extract',
    params: [
      { name: 'text', extra: TEXTS },
      options('options', { language: [...FIGURE_LANGUAGES, v("'AUTO'", () => 'AUTO')], dollar: DOLLARS }),
    ],
    baseline: () => [DOLLAR_SENTENCE, {}],
    check: (r, args) => (Array.isArray(r) ? acceptedDollar(args) : 'not an array'),
  },
  // figure
  figureBounds: {
    entry: 'reckon',
    module: 'figure',
    params: [{ name: 'figure', extra: FIGURES }, options('options', BOUNDS_OPTIONS)],
    baseline: () => [fig('almost £11bn'), { view: 'rounding' }],
    check: (r) =>
      isObject(r) && typeof r.lowInclusive === 'boolean' && 'high' in r ? undefined : 'not bounds',
  },
  figureFromJSON: {
    entry: 'reckon',
    module: 'figure',
    params: [{ name: 'json', extra: FIGURE_JSONS }],
    baseline: () => [{ currency: 'EUR', amount: '12680000000', qualifier: 'exact', quantum: '10000000' }],
    check: objectWith('amount', 'quantum', 'qualifier'),
  },
  figureToJSON: {
    entry: 'reckon',
    module: 'figure',
    params: [{ name: 'figure', extra: FIGURES }],
    baseline: () => [fig('up to £11bn')],
    check: (r) =>
      isObject(r) && typeof r.amount === 'string' && typeof r.currency === 'string'
        ? undefined
        : 'not FigureJSON',
  },
  formatFigure: {
    entry: 'reckon',
    module: 'figure',
    params: [{ name: 'figure', extra: FIGURES }, options('options', FIGURE_OPTIONS)],
    baseline: () => [fig('up to $11bn'), { language: 'de' }],
    check: (r, args) => text(r, args) ?? formattedDollar(r, args),
  },
  parseFigure: {
    entry: 'reckon',
    module: 'figure',
    params: [{ name: 'text', extra: TEXTS }, options('options', FIGURE_OPTIONS)],
    baseline: () => [DOLLAR_PHRASE, {}],
    check: (r, args) => objectWith('amount', 'quantum', 'qualifier')(r, args) ?? parsedDollar(r, args),
  },
  safeParseFigure: {
    entry: 'reckon',
    module: 'figure',
    params: [{ name: 'text', extra: TEXTS }, options('options', FIGURE_OPTIONS)],
    baseline: () => [DOLLAR_PHRASE, {}],
    safe: true,
    check: (r, args) =>
      safeResult('output')(r, args) ?? (isObject(r) && r.success ? parsedDollar(r.output, args) : undefined),
  },
  // math
  parseRatio: {
    entry: 'reckon',
    module: 'math',
    params: [
      {
        name: 'text',
        extra: [
          ...BAD_DECIMALS,
          v("'1/-2'", () => '1/-2'),
          v("'1/2/3'", () => '1/2/3'),
          v("'0.'", () => '0.'),
          big('1MB-digit numerator', (n) => `${fill('1', n)}/3`),
          big('1MB decimals', (n) => `0.${fill('3', n)}`),
        ],
      },
    ],
    baseline: () => ['400/347'],
    check: (r) => (isRatio(r) ? undefined : 'not a ratio'),
  },
  safeParseRatio: {
    entry: 'reckon',
    module: 'math',
    params: [
      {
        name: 'text',
        extra: [
          ...BAD_DECIMALS,
          v("'1/-2'", () => '1/-2'),
          v("'1/2/3'", () => '1/2/3'),
          v("'0.'", () => '0.'),
          big('1MB-digit numerator', (n) => `${fill('1', n)}/3`),
          big('1MB decimals', (n) => `0.${fill('3', n)}`),
        ],
      },
    ],
    baseline: () => ['400/347'],
    safe: true,
    check: safeResult('output'),
  },

  ratio: {
    entry: 'reckon',
    module: 'math',
    params: [{ name: 'n' }, { name: 'd', extra: [v('0n', () => 0n), v('-2n', () => -2n)] }],
    baseline: () => [6n, 4n],
    check: ratioOut,
  },
  ratioCmp: {
    entry: 'reckon',
    module: 'math',
    params: [
      { name: 'a', extra: RATIOS },
      { name: 'b', extra: RATIOS },
    ],
    baseline: () => [
      { n: 1n, d: 3n },
      { n: 1n, d: 2n },
    ],
    check: (r) => ([-1, 0, 1].includes(r as number) ? undefined : `returned ${String(r)}`),
  },
  ratioToDecimal: {
    entry: 'reckon',
    module: 'math',
    params: [
      { name: 'value', extra: RATIOS },
      { name: 'maxDigits', extra: [v('1e9', () => 1e9)] },
    ],
    baseline: () => [{ n: 1n, d: 3n }, 4],
    check: decimal,
  },
  ratioToString: {
    entry: 'reckon',
    module: 'math',
    params: [{ name: 'value', extra: RATIOS }],
    baseline: () => [{ n: 400n, d: 347n }],
    check: (r) =>
      typeof r === 'string' && /^-?\d+(\.\d+)?$|^-?\d+\/\d+$/.test(r)
        ? undefined
        : `returned ${String(r).slice(0, 80)}`,
  },
  roundRatio: {
    entry: 'reckon',
    module: 'math',
    params: [
      { name: 'value', extra: RATIOS },
      options('options', {
        digits: [v('1e9', () => 1e9)],
        mode: [v("'up'", () => 'up'), v("'HALF_EVEN'", () => 'HALF_EVEN')],
      }),
    ],
    baseline: () => [
      { n: 1n, d: 3n },
      { digits: 2, mode: 'halfEven' },
    ],
    check: (r) => (typeof r === 'bigint' ? undefined : `returned ${typeof r}, not a bigint`),
  },
  // money
  currency: {
    entry: 'reckon',
    module: 'money',
    params: [{ name: 'code', extra: CODES }],
    baseline: () => ['JPY'],
    check: (r, a) => (r === undefined ? 'returned undefined' : codeLookup(r, a)),
  },
  currencyCode: {
    entry: 'reckon',
    module: 'money',
    params: [{ name: 'value', extra: MONEYS }],
    baseline: () => [reckon.money('1', 'GBP')],
    check: (r) => (typeof r === 'string' ? undefined : `returned ${typeof r}`),
  },
  safeCurrency: {
    entry: 'reckon',
    module: 'money',
    params: [{ name: 'code', extra: CODES }],
    baseline: () => ['CHF'],
    safe: true,
    check: (r, a) =>
      safeResult('output')(r, a) ?? (isObject(r) && r.success ? codeLookup(r.output, a) : undefined),
  },
  formatMoney: {
    entry: 'reckon',
    module: 'money',
    params: [
      { name: 'value', extra: MONEYS },
      options('options', {
        locale: [
          v("'xx-invalid-locale-'", () => 'xx-invalid-locale-'),
          v("'en_GB'", () => 'en_GB'),
          v("'fr'", () => 'fr'),
        ],
        notation: [v("'scientific'", () => 'scientific')],
        currencyDisplay: [v("'symbols'", () => 'symbols')],
      }),
    ],
    baseline: () => [reckon.money('12680000000', 'EUR'), { locale: 'de-DE', notation: 'compact' }],
    check: text,
  },
  isCurrencyCode: {
    entry: 'reckon',
    module: 'money',
    params: [{ name: 'code', extra: CODES }],
    baseline: () => ['EUR'],
    check: (r, [code]) =>
      typeof r !== 'boolean'
        ? `returned ${typeof r}`
        : r && !(typeof code === 'string' && CODE.test(code))
          ? `true for ${String(code)}`
          : undefined,
  },
  money: {
    entry: 'reckon',
    module: 'money',
    params: [
      {
        name: 'value',
        extra: [
          ...BAD_DECIMALS,
          v('2 ** 53 (unsafe integer)', () => 2 ** 53),
          v('-0', () => -0),
          big('1MB decimals', (n) => `0.${fill('1', n)}`),
        ],
      },
      { name: 'currencyOrCode', extra: [...CODES, ...CURRENCY_OBJECTS] },
      options('options', { minorUnits: [v("'yes'", () => 'yes')] }),
    ],
    baseline: () => ['12.50', 'EUR', {}],
    check: (r) => (isObject(r) && typeof r.toJSON === 'function' ? undefined : 'not money'),
  },
  toDecimalString: {
    entry: 'reckon',
    module: 'money',
    params: [{ name: 'value', extra: MONEYS }, options('options', { trim: [v("'no'", () => 'no')] })],
    baseline: () => [reckon.money('12.5', 'EUR'), { trim: true }],
    check: decimal,
  },
  // rates
  rate: {
    entry: 'reckon',
    module: 'rates',
    params: [{ name: 'input', extra: RATE_INPUTS }],
    baseline: () => [rateInput()],
    check: (r) => (isObject(r) && isRatio(r.value) && ISO.test(String(r.date)) ? undefined : 'not a rate'),
  },
  downloadEcbRates: {
    entry: 'reckon',
    module: 'rates',
    params: [
      options('options', {
        file: [v("'weekly'", () => 'weekly'), v("'constructor'", () => 'constructor')],
        fetch: [
          v('fetch answering garbage', () => fakeFetch('<html>nope</html>')),
          v('fetch answering 500', () => fakeFetch('', false)),
          v('fetch resolving to null', () => async () => null),
          v('fetch throwing a TypeError', () => () => {
            throw new TypeError('fetch failed');
          }),
          v('fetch whose text() rejects', () => async () => ({
            ok: true,
            status: 200,
            text: () => Promise.reject(new TypeError('terminated')),
          })),
        ],
        baseUrl: [
          v("'javascript:alert(1)'", () => 'javascript:alert(1)'),
          v("'http://[::1'", () => 'http://[::1'),
        ],
      }),
    ],
    baseline: () => [{ file: 'daily', fetch: fakeFetch(SMALL_XML) }],
    check: provider,
  },
  isIsoDate: {
    entry: 'reckon',
    module: 'rates',
    params: [{ name: 'text', extra: DAYS }],
    baseline: () => ['2025-09-17'],
    safe: true,
    check: (r, [t]) =>
      typeof r !== 'boolean'
        ? `returned ${typeof r}`
        : r && !ISO.test(String(t))
          ? `true for ${String(t)}`
          : undefined,
  },
  isTargetBusinessDay: {
    entry: 'reckon',
    module: 'rates',
    params: [{ name: 'day', extra: DAYS }],
    baseline: () => ['2025-09-17'],
    check: bool,
  },
  ratesFromEcbCsv: {
    entry: 'reckon',
    module: 'rates',
    params: [
      { name: 'text', extra: CSVS },
      options('options', { strict: [v("'false'", () => 'false')], source: [] }),
    ],
    baseline: () => [SMALL_CSV, {}],
    check: (r) => provider(r, []) ?? issuesOk((r as { issues: unknown }).issues),
  },
  ratesFromEcbXml: {
    entry: 'reckon',
    module: 'rates',
    params: [
      { name: 'text', extra: XMLS },
      options('options', { strict: [v("'false'", () => 'false')], source: [] }),
    ],
    baseline: () => [SMALL_XML, {}],
    check: (r) => provider(r, []) ?? issuesOk((r as { issues: unknown }).issues),
  },
  previousTargetBusinessDay: {
    entry: 'reckon',
    module: 'rates',
    params: [{ name: 'day', extra: DAYS }],
    baseline: () => ['2025-09-15'],
    check: (r, [day]) =>
      typeof r === 'string' && ISO.test(r) && (typeof day !== 'string' || r < day)
        ? undefined
        : `returned ${String(r)}`,
  },
  rateToJSON: {
    entry: 'reckon',
    module: 'rates',
    params: [{ name: 'rate', extra: RATE_VALUES }],
    baseline: () => [reckon.rate(rateInput())],
    check: (r) =>
      isObject(r) && typeof r.value === 'string' && !JUNK.test(r.value) ? undefined : 'not RateJSON',
  },
  ratesFromList: {
    entry: 'reckon',
    module: 'rates',
    params: [{ name: 'rates', extra: RATES }, options('options', { source: [] })],
    baseline: () => [ds().rates, { source: 'ECB' }],
    check: provider,
  },
  ratesFrom: {
    entry: 'reckon',
    module: 'rates',
    params: [{ name: 'rates', extra: RATES }],
    baseline: () => [ds().rates],
    check: provider,
  },
  // schema
  datasetJSONSchemaDocument: {
    entry: 'reckon/schema',
    module: 'schema',
    params: [],
    baseline: () => [],
    check: (r) => (isObject(r) ? undefined : 'not an object'),
  },
  datasetToJSON: {
    entry: 'reckon/schema',
    module: 'schema',
    params: [{ name: 'dataset', extra: DATASETS }],
    baseline: () => [ds()],
    check: objectWith('figures', 'commitments'),
  },
  parseDataset: {
    entry: 'reckon/schema',
    module: 'schema',
    params: [{ name: 'json', extra: DATASET_JSONS }],
    baseline: () => [structuredClone(nscaleDatasetJSON)],
    check: objectWith('figures', 'commitments'),
  },
  safeParseDataset: {
    entry: 'reckon/schema',
    module: 'schema',
    params: [{ name: 'json', extra: DATASET_JSONS }],
    baseline: () => [structuredClone(nscaleDatasetJSON)],
    safe: true,
    check: safeResult('output'),
  },
  // api: the functions users reach for (issue 15)
  convertMoney: {
    entry: 'reckon',
    module: 'conversion',
    params: [
      { name: 'value', extra: MONEYS },
      { name: 'to', extra: CODES },
      { name: 'rates', extra: RATES },
      options('options', { date: DAYS, policy: [v("'latest'", () => 'latest')] }),
    ],
    baseline: () => [reckon.money('11000000000', 'GBP'), 'EUR', rates(), { date: '2025-09-18' }],
    check: (r) =>
      isObject(r) && isObject(r.rate) && isRatio(r.exact) && typeof r.substituted === 'boolean'
        ? undefined
        : 'not a conversion result',
  },
  figureAllows: {
    entry: 'reckon',
    module: 'figure',
    params: [
      { name: 'figure', extra: FIGURES },
      { name: 'value', extra: MONEYS },
      options('options', BOUNDS_OPTIONS),
    ],
    baseline: () => [fig('up to £11bn'), reckon.money('500000000', 'GBP'), {}],
    check: bool,
  },
  formatInterval: {
    entry: 'reckon',
    module: 'money',
    params: [
      {
        name: 'interval',
        extra: [
          v('ends in two currencies', () => ({
            low: reckon.money('1', 'GBP'),
            high: reckon.money('2', 'EUR'),
            lowInclusive: true,
            highInclusive: true,
          })),
          v('ends as decimal strings', () => ({
            low: '1',
            high: '2',
            lowInclusive: true,
            highInclusive: true,
          })),
          v('a figure, not bounds', () => fig('£11bn')),
          ...MONEYS.map((m) =>
            v(`low ${m.label}`, () => ({
              low: m.make(),
              high: null,
              lowInclusive: true,
              highInclusive: false,
            })),
          ),
        ],
      },
    ],
    baseline: () => [reckon.figureBounds(fig('£11bn'), { view: 'rounding' })],
    check: text,
  },
  isMoney: {
    entry: 'reckon',
    module: 'money',
    params: [{ name: 'value', extra: MONEYS }],
    baseline: () => [reckon.money('12.5', 'EUR')],
    safe: true,
    check: bool,
  },
  moneyEquals: {
    entry: 'reckon',
    module: 'money',
    params: [
      { name: 'a', extra: MONEYS },
      { name: 'b', extra: MONEYS },
    ],
    baseline: () => [reckon.money('12.5', 'EUR'), reckon.money('12.50', 'EUR')],
    check: bool,
  },
  ratesFromEcb: {
    entry: 'reckon',
    module: 'rates',
    params: [
      { name: 'text', extra: [...CSVS, ...XMLS] },
      options('options', { strict: [v("'false'", () => 'false')], source: [] }),
    ],
    baseline: () => [SMALL_CSV, {}],
    check: (r) => provider(r, []) ?? issuesOk((r as { issues: unknown }).issues),
  },
  moneyToJSON: {
    entry: 'reckon',
    module: 'money',
    params: [{ name: 'value', extra: MONEYS }],
    baseline: () => [reckon.money('12.5', 'EUR')],
    check: (r) =>
      isObject(r) && typeof r.amount === 'string' && !JUNK.test(r.amount) ? undefined : 'not MoneyJSON',
  },
  moneyFromJSON: {
    entry: 'reckon',
    module: 'money',
    params: [
      {
        name: 'json',
        extra: [
          v("amount '1e9'", () => ({ currency: 'EUR', amount: '1e9' })),
          v('amount a number', () => ({ currency: 'EUR', amount: 12.5 })),
          v("currency 'constructor'", () => ({ currency: 'constructor', amount: '1' })),
          big('amount with 1MB digits', (n) => ({ currency: 'EUR', amount: fill('7', n) })),
        ],
      },
    ],
    baseline: () => [{ currency: 'EUR', amount: '12.50' }],
    check: (r) => (isObject(r) && typeof r.toJSON === 'function' ? undefined : 'not money'),
  },
  rateFromJSON: {
    entry: 'reckon',
    module: 'rates',
    params: [{ name: 'json', extra: RATE_INPUTS }],
    baseline: () => [reckon.rateToJSON(reckon.rate(rateInput()))],
    check: (r) => (isObject(r) && isRatio(r.value) && ISO.test(String(r.date)) ? undefined : 'not a rate'),
  },
  verdictToJSON: {
    entry: 'reckon',
    module: 'conversion',
    params: [{ name: 'verdict', extra: VERDICTS }],
    baseline: () => [verdict()],
    check: (r) => (isObject(r) && typeof r.status === 'string' ? undefined : 'not VerdictJSON'),
  },
  verdictFromJSON: {
    entry: 'reckon',
    module: 'conversion',
    params: [
      {
        name: 'json',
        extra: [
          ...VERDICTS,
          v('the verdict itself (ratios, not strings)', () => verdict()),
          v("implied.point '1e3'", () => ({
            ...reckon.verdictToJSON(verdict()),
            implied: { ...reckon.verdictToJSON(verdict()).implied, point: '1e3' },
          })),
          big('implied.low with 1MB decimals', (n) => ({
            ...reckon.verdictToJSON(verdict()),
            implied: { ...reckon.verdictToJSON(verdict()).implied, low: `1.${fill('1', n)}` },
          })),
          big('best.rate with a 1MB-digit numerator', (n) => {
            const json = reckon.verdictToJSON(verdict());
            return { ...json, best: json.best ? { ...json.best, rate: `${fill('1', n)}/3` } : undefined };
          }),
          v("best.rate '0/1'", () => {
            const json = reckon.verdictToJSON(verdict());
            return { ...json, best: json.best ? { ...json.best, rate: '0/1' } : undefined };
          }),
        ],
      },
    ],
    baseline: () => [reckon.verdictToJSON(verdict())],
    check: (r) =>
      isObject(r) && typeof r.status === 'string' && isObject(r.implied) ? undefined : 'not a verdict',
  },
  aggregateResultToJSON: {
    entry: 'reckon',
    module: 'aggregate',
    params: [
      {
        name: 'result',
        extra: [v('a group, not a result', () => reckon.aggregate(ds().commitments).groups[0])],
      },
      options('options', { parties: PARTY_LISTS }),
    ],
    baseline: () => [reckon.aggregate(ds().commitments, aggregateOptions() as reckon.AggregateOptions), {}],
    check: (r) => {
      try {
        JSON.stringify(r);
        return objectWith('groups', 'grandTotal')(r, []);
      } catch {
        return 'not JSON-safe';
      }
    },
  },
  aggregateResultFromJSON: {
    entry: 'reckon',
    module: 'aggregate',
    params: [{ name: 'json', extra: AGGREGATE_JSONS }],
    baseline: () => [aggregateJSON()],
    check: objectWith('groups', 'grandTotal', 'rates'),
  },
  safeAggregateResultFromJSON: {
    entry: 'reckon',
    module: 'aggregate',
    params: [{ name: 'json', extra: AGGREGATE_JSONS }],
    baseline: () => [aggregateJSON()],
    safe: true,
    check: safeResult('output'),
  },
  reckonReplacer: {
    entry: 'reckon',
    module: 'figure',
    params: [{ name: 'key' }, { name: 'value', extra: [...MONEYS, ...FIGURES, ...RATIOS] }],
    baseline: () => ['', fig('£11bn')],
    safe: true,
  },
  // vitest
  installReckonMatchers: {
    entry: 'reckon/vitest',
    module: 'vitest',
    params: [{ name: 'expect', extra: [v('{ extend: 42 }', () => ({ extend: 42 }))] }],
    baseline: () => [{ extend: () => undefined }],
  },
  setDefaultRates: {
    entry: 'reckon/vitest',
    module: 'vitest',
    params: [{ name: 'rates', extra: RATES }],
    baseline: () => [rates()],
    // What was set is used by the next matcher without rates: the case includes that call.
    invoke: ([r]) => {
      try {
        vitestEntry.setDefaultRates(r as reckon.RateProvider);
        return vitestEntry.reckonMatchers.toBeConsistentConversion.call({ isNot: false }, snapshot());
      } finally {
        vitestEntry.setDefaultRates(undefined);
      }
    },
    check: matcherResult,
  },
  // datasets
  nscaleDataset: {
    entry: 'reckon/datasets/nscale-2025-09',
    module: 'datasets',
    params: [],
    baseline: () => [],
    check: (r) =>
      isObject(r) &&
      Object.isFrozen(r) &&
      Object.isFrozen(r.commitments) &&
      Object.isFrozen((r.commitments as object[])[0])
        ? undefined
        : 'not deeply frozen',
  },
  ukTechDataset: {
    entry: 'reckon/datasets/uk-tech-2025-09',
    module: 'datasets',
    params: [],
    baseline: () => [],
    check: (r) =>
      isObject(r) &&
      Object.isFrozen(r) &&
      Object.isFrozen(r.mentions) &&
      Object.isFrozen((r.mentions as object[])[0])
        ? undefined
        : 'not deeply frozen',
  },
  nscaleArticle: {
    entry: 'reckon/datasets/nscale-2025-09',
    module: 'datasets',
    params: [],
    baseline: () => [],
    check: (r) => (typeof r === 'string' && r.length > 0 ? undefined : 'no article'),
  },
};

const matcher = (name: keyof typeof vitestEntry.reckonMatchers) => (args: unknown[]) =>
  (vitestEntry.reckonMatchers[name] as (...a: unknown[]) => unknown).call({ isNot: false }, ...args);

const providerMethod = (make: () => reckon.RateProvider, method: 'fixes' | 'rateOn') => (args: unknown[]) =>
  (make()[method] as (...a: unknown[]) => unknown)(...args);

const fixesCheck: Check = (r, [, , from, to]) =>
  Array.isArray(r) &&
  r.every(
    (x) =>
      isObject(x) &&
      isRatio(x.value) &&
      (typeof from !== 'string' || (x.date as string) >= from) &&
      (typeof to !== 'string' || (x.date as string) <= to),
  )
    ? undefined
    : 'fixes outside the range asked for';
const rateOnCheck: Check = (r) =>
  r === undefined || (isObject(r) && isObject(r.rate) && typeof r.substituted === 'boolean')
    ? undefined
    : 'not a lookup';
const rateOnParams: Param[] = [
  { name: 'base', extra: CODES },
  { name: 'quote', extra: CODES },
  { name: 'date', extra: DAYS },
  options('options', { policy: [v("'latest'", () => 'latest')] }),
];

/**
 * Functions reached through an export rather than exported themselves: the matchers, the methods of
 * the providers reckon returns, the aggregator's `add`. The walk covers them the same way.
 */
export const DERIVED_TABLES: Readonly<
  Record<string, FnTable & { readonly invoke: (args: unknown[]) => unknown }>
> = {
  'reckonMatchers.toBeConsistentConversion': {
    module: 'vitest',
    params: [
      { name: 'received', extra: SNAPSHOTS },
      { name: 'rates', extra: RATES },
      options('options', { ...CHECK_OPTIONS, strict: [v("'yes'", () => 'yes')] }),
    ],
    baseline: () => [snapshot(), rates(), {}],
    invoke: matcher('toBeConsistentConversion'),
    check: matcherResult,
  },
  'reckonMatchers.toEqualMoney': {
    module: 'vitest',
    params: [
      { name: 'received', extra: MONEYS },
      { name: 'expected', extra: MONEYS },
    ],
    baseline: () => [reckon.money('12.5', 'EUR'), reckon.money('12.50', 'EUR')],
    invoke: matcher('toEqualMoney'),
    check: matcherResult,
  },
  'reckonMatchers.toAllow': {
    module: 'vitest',
    params: [
      { name: 'received', extra: FIGURES },
      { name: 'value', extra: MONEYS },
      options('options', BOUNDS_OPTIONS),
    ],
    baseline: () => [fig('up to £11bn'), reckon.money('500000000', 'GBP'), {}],
    invoke: matcher('toAllow'),
    check: matcherResult,
  },
  'aggregator().add': {
    module: 'aggregate',
    params: [
      {
        name: 'commitment',
        extra: [
          v('dataset commitment JSON (figure id)', () => structuredClone(nscaleDatasetJSON.commitments[0])),
          v("kind 'constructor'", () => commitment({ kind: 'constructor' })),
          v('amount FigureJSON', () => commitment({ amount: reckon.figureToJSON(fig('£1bn')) })),
          v("partOf 'constructor'", () => commitment({ partOf: 'constructor' })),
        ],
      },
    ],
    baseline: () => [commitment()],
    invoke: ([c]) => {
      const agg = reckon.aggregator(aggregateOptions() as reckon.AggregateOptions);
      agg.add(c as reckon.Commitment);
      return agg.result();
    },
    check: objectWith('groups', 'grandTotal'),
  },
  'ratesFromEcbCsv().fixes': {
    module: 'rates',
    params: PROVIDER_METHOD_PARAMS([]),
    baseline: () => ['GBP', 'USD', '2025-09-17', '2025-09-18'],
    invoke: providerMethod(() => reckon.ratesFromEcbCsv(SMALL_CSV), 'fixes'),
    check: fixesCheck,
  },
  'ratesFromEcbCsv().rateOn': {
    module: 'rates',
    params: rateOnParams,
    baseline: () => ['GBP', 'USD', '2025-09-20', { policy: 'previous' }],
    invoke: providerMethod(() => reckon.ratesFromEcbCsv(SMALL_CSV), 'rateOn'),
    check: rateOnCheck,
  },
  'ratesFromList().fixes': {
    module: 'rates',
    params: PROVIDER_METHOD_PARAMS([]),
    baseline: () => ['GBP', 'USD', '2025-09-15', '2025-09-19'],
    invoke: providerMethod(rates, 'fixes'),
    check: fixesCheck,
  },
  'ratesFromList().rateOn': {
    module: 'rates',
    params: rateOnParams,
    baseline: () => ['GBP', 'EUR', '2025-09-20', { policy: 'nearest' }],
    invoke: providerMethod(rates, 'rateOn'),
    check: rateOnCheck,
  },
  'ratesFromConversions().rateOn': {
    module: 'conversion',
    params: rateOnParams,
    baseline: () => ['GBP', 'EUR', '2025-09-18', {}],
    invoke: providerMethod(() => reckon.ratesFromConversions([snapshot()]), 'rateOn'),
    check: rateOnCheck,
  },
};

/**
 * Exports that are not functions, each with what it is. A schema export is walked through its
 * `safeParse`, which never throws; `reckonMatchers` through its methods (in {@link DERIVED_TABLES}).
 */
export const NON_FUNCTION_EXPORTS: Readonly<
  Record<string, { readonly kind: 'constant' | 'class' | 'schema' | 'matchers'; readonly module: string }>
> = {
  COMMITMENT_KINDS: { kind: 'constant', module: 'commitment' },
  COMMITMENT_KIND_INFO: { kind: 'constant', module: 'commitment' },
  PARTY_KINDS: { kind: 'constant', module: 'commitment' },
  COMMITMENT_STATUSES: { kind: 'constant', module: 'commitment' },
  ROLES: { kind: 'constant', module: 'commitment' },
  QUALIFIERS: { kind: 'constant', module: 'figure' },
  EUR: { kind: 'constant', module: 'money' },
  GBP: { kind: 'constant', module: 'money' },
  USD: { kind: 'constant', module: 'money' },
  nscaleDatasetJSON: { kind: 'constant', module: 'datasets' },
  ukTechDatasetJSON: { kind: 'constant', module: 'datasets' },
  ReckonError: { kind: 'class', module: 'errors' },
  reckonMatchers: { kind: 'matchers', module: 'vitest' },
  capacitySchema: { kind: 'schema', module: 'schema' },
  citedFigureSchema: { kind: 'schema', module: 'schema' },
  commitmentJSONSchema: { kind: 'schema', module: 'schema' },
  conversionJSONSchema: { kind: 'schema', module: 'schema' },
  currencyCodeSchema: { kind: 'schema', module: 'schema' },
  datasetJSONSchema: { kind: 'schema', module: 'schema' },
  decimalStringSchema: { kind: 'schema', module: 'schema' },
  documentSchema: { kind: 'schema', module: 'schema' },
  mentionJSONSchema: { kind: 'schema', module: 'schema' },
  figureJSONSchema: { kind: 'schema', module: 'schema' },
  figureSchema: { kind: 'schema', module: 'schema' },
  partySchema: { kind: 'schema', module: 'schema' },
  positiveDecimalSchema: { kind: 'schema', module: 'schema' },
  qualifierSchema: { kind: 'schema', module: 'schema' },
  rateJSONSchema: { kind: 'schema', module: 'schema' },
  sourceSpanSchema: { kind: 'schema', module: 'schema' },
};

/** Hostile inputs for every schema's `safeParse`, beyond the common ones: the JSON forms it reads. */
export const SCHEMA_INPUTS: readonly Hostile[] = [
  ...FIGURE_JSONS,
  ...DATASET_JSONS,
  v('dataset JSON', () => structuredClone(nscaleDatasetJSON)),
];
