import {
  assertArray,
  assertOneOf,
  assertRecord,
  assertString,
  invalidArgument,
  isRecord,
} from '../_lib/guards';
import type { AggregateResult } from '../aggregate/types';
import type { Dataset } from '../dataset/types';
import { isRatio } from '../math/ratio';
import { moneySnapshot } from '../money/money';

const ALLOCATIONS = ['unallocated', 'equal', 'full'] as const;
const VIEWS = ['nominal', 'rounding'] as const;
const REASONS = ['notAdditive', 'partOf', 'withdrawn'] as const;

function assertBoolean(value: unknown, path: string): void {
  if (typeof value !== 'boolean') throw invalidArgument(path, 'true or false', value);
}

function strings(value: unknown, path: string): void {
  assertArray(value, path).forEach((s, i) => {
    assertString(s, `${path}[${i}]`);
  });
}

function checkInterval(value: unknown, path: string, converted: boolean): void {
  const i = assertRecord(value, path);
  assertString(i.currency, `${path}.currency`);
  if (i.low !== null) moneySnapshot(i.low, `${path}.low`);
  if (i.high !== null) moneySnapshot(i.high, `${path}.high`);
  assertBoolean(i.lowInclusive, `${path}.lowInclusive`);
  assertBoolean(i.highInclusive, `${path}.highInclusive`);
  if (converted) assertBoolean(i.complete, `${path}.complete`);
}

function checkTotals(value: unknown, path: string): void {
  const t = assertRecord(value, path);
  const totals = assertRecord(t.totals, `${path}.totals`);
  for (const [code, interval] of Object.entries(totals))
    checkInterval(interval, `${path}.totals.${code}`, false);
  if (t.converted !== undefined) checkInterval(t.converted, `${path}.converted`, true);
  strings(t.commitments, `${path}.commitments`);
  strings(t.withoutAmount, `${path}.withoutAmount`);
  assertArray(t.notAdded, `${path}.notAdded`).forEach((n, i) => {
    const item = assertRecord(n, `${path}.notAdded[${i}]`);
    assertString(item.commitment, `${path}.notAdded[${i}].commitment`);
    assertString(item.kind, `${path}.notAdded[${i}].kind`);
    assertOneOf(item.reason, REASONS, `${path}.notAdded[${i}].reason`);
  });
  assertArray(t.issues, `${path}.issues`).forEach((issue, i) => {
    const item = assertRecord(issue, `${path}.issues[${i}]`);
    assertString(item.code, `${path}.issues[${i}].code`);
    assertString(item.message, `${path}.issues[${i}].message`);
  });
}

/**
 * Checks that `value` has the shape of an {@link AggregateResult}, as far as the page reads it: the
 * page is built from plain JavaScript callers' data too, so a wrong shape is an `INVALID_ARGUMENT`
 * naming its path, never a TypeError halfway through the page.
 * @internal
 */
export function checkResult(value: unknown): AggregateResult {
  const r = assertRecord(value, 'result');
  assertString(r.by, 'result.by');
  assertOneOf(r.allocation, ALLOCATIONS, 'result.allocation');
  assertOneOf(r.view, VIEWS, 'result.view');
  assertArray(r.groups, 'result.groups').forEach((g, i) => {
    const path = `result.groups[${i}]`;
    const group = assertRecord(g, path);
    assertString(group.party, `${path}.party`);
    assertString(group.role, `${path}.role`);
    if (group.partyName !== undefined) assertString(group.partyName, `${path}.partyName`);
    checkTotals(group, path);
  });
  checkTotals(r.grandTotal, 'result.grandTotal');
  assertArray(r.rates, 'result.rates').forEach((rate, i) => {
    const path = `result.rates[${i}]`;
    const u = assertRecord(rate, path);
    for (const key of ['base', 'quote', 'date', 'requestedDate', 'source'] as const)
      assertString(u[key], `${path}.${key}`);
    if (!isRatio(u.value)) throw invalidArgument(`${path}.value`, 'a ratio { n, d } of bigints', u.value);
  });
  return value as AggregateResult;
}

/** A figure whose amount is money (a dataset's JSON form has decimal strings: parse it first). */
function checkFigure(value: unknown, path: string): void {
  moneySnapshot(assertRecord(value, path).amount, `${path}.amount`);
}

/** The lists of a dataset that the page reads, each an array of records with a string id. */
const LISTS = ['documents', 'parties', 'commitments', 'conversions'] as const;

/**
 * Checks that `value` has the shape of a {@link Dataset} as far as the page reads it; the conversions
 * and rates are checked again by `checkConversion` and `ratesFromList`.
 * @internal
 */
export function checkDataset(value: unknown): Dataset {
  const d = assertRecord(value, 'dataset');
  assertString(d.id, 'dataset.id');
  if (d.title !== undefined) assertString(d.title, 'dataset.title');
  for (const list of LISTS) {
    assertArray(d[list], `dataset.${list}`).forEach((item, i) => {
      const path = `dataset.${list}[${i}]`;
      assertString(assertRecord(item, path).id, `${path}.id`);
    });
  }
  (d.parties as readonly Record<string, unknown>[]).forEach((p, i) => {
    assertString(p.name, `dataset.parties[${i}].name`);
  });
  (d.commitments as readonly Record<string, unknown>[]).forEach((c, i) => {
    if (c.amount !== undefined) checkFigure(c.amount, `dataset.commitments[${i}].amount`);
  });
  (d.conversions as readonly Record<string, unknown>[]).forEach((c, i) => {
    checkFigure(c.from, `dataset.conversions[${i}].from`);
    checkFigure(c.to, `dataset.conversions[${i}].to`);
  });
  assertArray(d.rates, 'dataset.rates');
  return value as Dataset;
}

/** Reads an optional string field of a record from a dataset, for display only. @internal */
export function textField(record: unknown, key: string): string | undefined {
  if (!isRecord(record)) return undefined;
  const v = record[key];
  return typeof v === 'string' ? v : undefined;
}
