import { assertArray, assertRecord, assertString, optionKeys, readKnownOptions } from '../_lib/guards';
import type { Party } from '../commitment/model';
import type { Issue } from '../errors/reckon-error';
import type { BoundsView } from '../figure/bounds';
import { type FigureJSON, figureToJSON } from '../figure/figure-json';
import { ratioToString } from '../math/ratio';
import { toDecimalString } from '../money/money';
import type { AggregateResult, AggregateTotals, Allocation, MoneyInterval, RateUse } from './types';

/**
 * The JSON form of a total: exact decimal strings written as {@link moneyToJSON} writes amounts (every
 * digit of the money's scale, so the scale survives a round trip), `null` for an open end.
 */
export interface MoneyIntervalJSON {
  readonly currency: string;
  readonly low: string | null;
  readonly high: string | null;
  readonly lowInclusive: boolean;
  readonly highInclusive: boolean;
}

/** The JSON form of a {@link RateUse}: the rate exact ("0.8675" or "n/d"). */
export interface RateUseJSON {
  readonly base: string;
  readonly quote: string;
  readonly value: string;
  readonly date: string;
  readonly requestedDate: string;
  readonly source: string;
  readonly substituted: boolean;
}

/** The JSON form of an {@link Issue}: every field it has. */
export interface IssueJSON {
  readonly code: string;
  readonly message: string;
  readonly path: readonly (string | number)[];
  readonly line?: number;
  readonly expected?: string;
  readonly received?: string;
}

/** The JSON form of {@link AggregateTotals}. */
export interface AggregateTotalsJSON {
  readonly totals: Readonly<Record<string, MoneyIntervalJSON>>;
  readonly converted?: MoneyIntervalJSON & { readonly complete: boolean };
  readonly commitments: readonly string[];
  readonly count: number;
  readonly notAdded: readonly {
    readonly commitment: string;
    readonly kind: string;
    readonly reason: string;
    readonly includedIn?: string;
    readonly amount?: FigureJSON;
  }[];
  readonly withoutAmount: readonly string[];
  readonly issues: readonly IssueJSON[];
  readonly rates: readonly RateUseJSON[];
}

/** The JSON form of an {@link AggregateResult}, as `reckon report --json` prints it (docs/cli.md). */
export interface AggregateResultJSON {
  readonly by: AggregateResult['by'];
  readonly allocation: Allocation;
  readonly view: BoundsView;
  readonly groups: readonly ({
    readonly party: { readonly id: string; readonly name: string };
    readonly role: string;
  } & AggregateTotalsJSON)[];
  readonly grandTotal: AggregateTotalsJSON;
  readonly rates: readonly RateUseJSON[];
}

/** Options for {@link aggregateResultToJSON}. */
export interface AggregateResultToJSONOptions {
  /** Parties whose names label the rows (else the row's own name, else its id). */
  readonly parties?: readonly Party[];
}

const intervalJSON = (t: MoneyInterval): MoneyIntervalJSON => ({
  currency: t.currency,
  low: t.low === null ? null : toDecimalString(t.low),
  high: t.high === null ? null : toDecimalString(t.high),
  lowInclusive: t.lowInclusive,
  highInclusive: t.highInclusive,
});

const issueJSON = (i: Issue): IssueJSON => ({
  code: i.code,
  message: i.message,
  path: i.path,
  ...(i.line !== undefined ? { line: i.line } : {}),
  ...(i.expected !== undefined ? { expected: i.expected } : {}),
  ...(i.received !== undefined ? { received: i.received } : {}),
});

const rateJSON = (x: RateUse): RateUseJSON => ({
  base: x.base,
  quote: x.quote,
  value: ratioToString(x.value),
  date: x.date,
  requestedDate: x.requestedDate,
  source: x.source,
  substituted: x.substituted,
});

const totalsJSON = (t: AggregateTotals): AggregateTotalsJSON => ({
  totals: Object.fromEntries(Object.entries(t.totals).map(([c, v]) => [c, intervalJSON(v)])),
  ...(t.converted ? { converted: { ...intervalJSON(t.converted), complete: t.converted.complete } } : {}),
  commitments: t.commitments,
  count: t.count,
  notAdded: t.notAdded.map((n) => ({
    commitment: n.commitment,
    kind: n.kind,
    reason: n.reason,
    ...(n.includedIn ? { includedIn: n.includedIn } : {}),
    ...(n.amount ? { amount: figureToJSON(n.amount) } : {}),
  })),
  withoutAmount: t.withoutAmount,
  issues: t.issues.map(issueJSON),
  rates: t.rates.map(rateJSON),
});

/** Checks the parts of a result the JSON form walks: a forged one fails here, not deep inside. */
function readResult(result: unknown): AggregateResult {
  const r = assertRecord(result, 'result');
  assertArray(r.groups, 'result.groups');
  assertRecord(r.grandTotal, 'result.grandTotal');
  assertArray(r.rates, 'result.rates');
  return r as unknown as AggregateResult;
}

/**
 * Writes an aggregation result as JSON-safe data: totals as exact decimal strings at their scale, rates
 * exact ("0.8675" or "n/d"), every issue with its path, each row's count and rates. Nothing is left out:
 * {@link aggregateResultFromJSON} reads it back to an equal result. `reckon report --json` prints this,
 * after the dataset it read.
 *
 * @param result - what {@link aggregate} returned
 * @param options - {@link AggregateResultToJSONOptions}
 * @returns the JSON form
 * @throws {@link ReckonError} `INVALID_ARGUMENT` when `result` or `options` is not an object, or a total
 *   is not money
 * @example
 * ```ts
 * import { aggregate, aggregateResultToJSON, parseFigure } from 'reckon';
 *
 * const result = aggregate([
 *   { id: 'a', kind: 'investment', status: 'announced', parties: [{ party: 'x', role: 'investor' }], amount: parseFigure('£1bn') },
 *   { id: 'b', kind: 'investment', status: 'announced', parties: [{ party: 'x', role: 'investor' }], amount: parseFigure('up to £2bn') },
 * ]);
 * console.log(JSON.stringify(aggregateResultToJSON(result).grandTotal.totals.GBP)); // → {"currency":"GBP","low":"1000000000.00","high":"3000000000.00","lowInclusive":true,"highInclusive":true}
 * ```
 */
export function aggregateResultToJSON(
  result: AggregateResult,
  options: AggregateResultToJSONOptions = {},
): AggregateResultJSON {
  const r = readResult(result);
  const o = readKnownOptions(
    options,
    optionKeys<AggregateResultToJSONOptions>({ parties: true }),
    'aggregateResultToJSON',
  );
  const parties = o.parties === undefined ? [] : assertArray(o.parties, 'options.parties');
  const names = new Map(
    parties.map((p, i) => {
      const party = assertRecord(p, `options.parties[${i}]`);
      return [
        assertString(party.id, `options.parties[${i}].id`),
        assertString(party.name, `options.parties[${i}].name`),
      ];
    }),
  );
  return {
    by: r.by,
    allocation: r.allocation,
    view: r.view,
    groups: r.groups.map((g) => ({
      party: { id: g.party, name: names.get(g.party) ?? g.partyName ?? g.party },
      role: g.role,
      ...totalsJSON(g),
    })),
    grandTotal: totalsJSON(r.grandTotal),
    rates: r.rates.map(rateJSON),
  };
}
