import {
  bad,
  currencyAt,
  day,
  decimal,
  field,
  figure,
  flag,
  issue,
  list,
  oneOf,
  type Path,
  rate,
  record,
  text,
  whole,
} from '../_lib/json-read';
import { safely } from '../_lib/safe';
import { COMMITMENT_KINDS, type CommitmentKind, ROLES, type Role } from '../commitment/model';
import type { SafeResult } from '../errors/safe-result';
import type { BoundsView } from '../figure/bounds';
import { type Money, money } from '../money/money';
import type { AggregateResultJSON } from './result-json';
import type {
  AggregateGroup,
  AggregateResult,
  AggregateTotals,
  Allocation,
  ConvertedInterval,
  MoneyInterval,
  NotAddedItem,
  RateUse,
} from './types';

const ALLOCATIONS: readonly Allocation[] = ['unallocated', 'equal', 'full'];
const VIEWS: readonly BoundsView[] = ['nominal', 'rounding'];
const REASONS: readonly NotAddedItem['reason'][] = ['notAdditive', 'partOf', 'withdrawn'];

/** An end of a total: its digits give its scale, as {@link moneyFromJSON} reads them. */
function end(value: unknown, currency: string, path: Path): Money | null {
  return value === null ? null : money(decimal(value, path), currency);
}

function interval(value: unknown, path: Path, currency?: string): MoneyInterval {
  const r = record(value, path);
  const code = currencyAt(field(r, 'currency'), [...path, 'currency']);
  if (currency !== undefined && code !== currency) {
    throw bad([...path, 'currency'], `"${currency}", the key it is listed under`, code);
  }
  return {
    currency: code,
    low: end(field(r, 'low'), code, [...path, 'low']),
    high: end(field(r, 'high'), code, [...path, 'high']),
    lowInclusive: flag(field(r, 'lowInclusive'), [...path, 'lowInclusive']),
    highInclusive: flag(field(r, 'highInclusive'), [...path, 'highInclusive']),
  };
}

function rateUse(value: unknown, path: Path): RateUse {
  const r = record(value, path);
  return {
    base: currencyAt(field(r, 'base'), [...path, 'base']),
    quote: currencyAt(field(r, 'quote'), [...path, 'quote']),
    value: rate(field(r, 'value'), [...path, 'value']),
    date: day(field(r, 'date'), [...path, 'date']),
    requestedDate: day(field(r, 'requestedDate'), [...path, 'requestedDate']),
    source: text(field(r, 'source'), [...path, 'source']),
    substituted: flag(field(r, 'substituted'), [...path, 'substituted']),
  };
}

function notAdded(value: unknown, path: Path): NotAddedItem {
  const r = record(value, path);
  const includedIn = field(r, 'includedIn');
  const amount = field(r, 'amount');
  return {
    commitment: text(field(r, 'commitment'), [...path, 'commitment']),
    kind: oneOf<CommitmentKind>(field(r, 'kind'), COMMITMENT_KINDS, [...path, 'kind']),
    reason: oneOf(field(r, 'reason'), REASONS, [...path, 'reason']),
    ...(includedIn !== undefined ? { includedIn: text(includedIn, [...path, 'includedIn']) } : {}),
    ...(amount !== undefined ? { amount: figure(amount, [...path, 'amount']) } : {}),
  };
}

function totals(r: Record<string, unknown>, path: Path): AggregateTotals {
  const byCurrency = record(field(r, 'totals'), [...path, 'totals']);
  const converted = field(r, 'converted');
  const strings = (key: string) =>
    list(field(r, key), [...path, key]).map((x, i) => text(x, [...path, key, i]));
  let conv: ConvertedInterval | undefined;
  if (converted !== undefined) {
    const c = record(converted, [...path, 'converted']);
    conv = {
      ...interval(c, [...path, 'converted']),
      complete: flag(field(c, 'complete'), [...path, 'converted', 'complete']),
    };
  }
  return {
    // Object.fromEntries defines own keys: a "__proto__" key would be data, and it is refused anyway.
    totals: Object.fromEntries(
      Object.keys(byCurrency).map((code) => [
        code,
        interval(byCurrency[code], [...path, 'totals', code], currencyAt(code, [...path, 'totals', code])),
      ]),
    ),
    ...(conv ? { converted: conv } : {}),
    commitments: strings('commitments'),
    count: whole(field(r, 'count'), [...path, 'count'], 0),
    notAdded: list(field(r, 'notAdded'), [...path, 'notAdded']).map((x, i) =>
      notAdded(x, [...path, 'notAdded', i]),
    ),
    withoutAmount: strings('withoutAmount'),
    issues: list(field(r, 'issues'), [...path, 'issues']).map((x, i) => issue(x, [...path, 'issues', i])),
    rates: list(field(r, 'rates'), [...path, 'rates']).map((x, i) => rateUse(x, [...path, 'rates', i])),
  };
}

function group(value: unknown, path: Path): AggregateGroup {
  const r = record(value, path);
  const party = record(field(r, 'party'), [...path, 'party']);
  const id = text(field(party, 'id'), [...path, 'party', 'id']);
  const name = text(field(party, 'name'), [...path, 'party', 'name']);
  return {
    party: id,
    // The JSON names every row (by its id when it has no name): a name that is the id says nothing more.
    ...(name !== id ? { partyName: name } : {}),
    role: oneOf<Role | 'any'>(field(r, 'role'), [...ROLES, 'any'], [...path, 'role']),
    ...totals(r, path),
  };
}

/**
 * Reads the JSON form of an aggregation result back ({@link aggregateResultToJSON} writes it,
 * `reckon report --json` prints it): totals at their scale, rates exact, issues with their paths, so
 * `aggregateResultFromJSON(aggregateResultToJSON(r))` equals `r`. A row named by its id comes back
 * without `partyName` (the two say the same); keys the JSON form does not have (the CLI's `dataset`
 * and `sources`) are ignored.
 *
 * @param json - an {@link AggregateResultJSON}, or `JSON.parse` of one
 * @returns the result
 * @throws {@link ReckonError} `INVALID_ARGUMENT` when a part is missing or not what the JSON form holds,
 *   its `details.path` naming it (`json.groups[0].totals.GBP.low`) and its one issue giving the same path
 *   as keys and indices; decimals longer than 10,000 characters are refused
 * @example
 * ```ts
 * import { aggregate, aggregateResultFromJSON, aggregateResultToJSON, parseFigure, toDecimalString } from 'reckon';
 *
 * const result = aggregate([
 *   { id: 'a', kind: 'investment', status: 'announced', parties: [{ party: 'x', role: 'investor' }], amount: parseFigure('£1bn') },
 * ]);
 * const back = aggregateResultFromJSON(JSON.parse(JSON.stringify(aggregateResultToJSON(result))));
 * const high = back.grandTotal.totals.GBP?.high;
 * console.log(back.grandTotal.count, high ? toDecimalString(high) : null); // → 1 1000000000.00
 * ```
 */
export function aggregateResultFromJSON(json: AggregateResultJSON): AggregateResult {
  const r = record(json, []);
  return {
    by: oneOf<'party' | Role>(field(r, 'by'), ['party', ...ROLES], ['by']),
    allocation: oneOf(field(r, 'allocation'), ALLOCATIONS, ['allocation']),
    view: oneOf(field(r, 'view'), VIEWS, ['view']),
    groups: list(field(r, 'groups'), ['groups']).map((g, i) => group(g, ['groups', i])),
    grandTotal: totals(record(field(r, 'grandTotal'), ['grandTotal']), ['grandTotal']),
    rates: list(field(r, 'rates'), ['rates']).map((x, i) => rateUse(x, ['rates', i])),
  };
}

/**
 * {@link aggregateResultFromJSON} without throwing.
 *
 * @param json - an {@link AggregateResultJSON}, or `JSON.parse` of one
 * @returns `{ success: true, output }` with the result, or `{ success: false, issues }` with one
 *   `INVALID_ARGUMENT` issue whose `path` names the bad field
 * @example
 * ```ts
 * import { safeAggregateResultFromJSON } from 'reckon';
 *
 * const r = safeAggregateResultFromJSON(JSON.parse('{"by":"party","allocation":"equal","view":"nominal","groups":[]}'));
 * if (!r.success) console.log(r.issues[0]?.path.join('.')); // → grandTotal
 * ```
 */
export function safeAggregateResultFromJSON(json: unknown): SafeResult<AggregateResult> {
  return safely(() => aggregateResultFromJSON(json as AggregateResultJSON));
}
