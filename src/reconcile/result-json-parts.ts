/**
 * The readers of the parts of a reconciliation's JSON form (mentions, intervals, readings, evidence),
 * for `reconcileResultFromJSON`: each checks its part and names the path of a bad one.
 */
import {
  bad,
  currencyAt,
  day,
  decimal,
  field,
  figure,
  flag,
  list,
  oneOf,
  type Path,
  rate,
  record,
  text,
  whole,
} from '../_lib/json-read';
import { COMMITMENT_KINDS, type CommitmentKind, type Participation, ROLES } from '../commitment/model';
import { type Ratio, readRatio } from '../math/ratio';
import { type Money, money } from '../money/money';
import type { ConvertedReading, CurrencyReading, Mention, MergeEvidence, ReconcileInterval } from './types';

const STATUSES: readonly CurrencyReading['status'][] = ['consistent', 'empty', 'noRate'];
const BASES: readonly MergeEvidence['basis'][] = ['explicitId', 'convertedFrom', 'heuristic'];

/** A list of strings. */
export const strings = (value: unknown, path: Path) => list(value, path).map((x, i) => text(x, [...path, i]));

/** An exact number of any sign ("-0.5", "1/3"), as ratioToString writes it. */
export function exact(value: unknown, path: Path): Ratio {
  const r = typeof value === 'string' && value.length <= 20_000 ? readRatio(value) : undefined;
  if (r === undefined) throw bad(path, 'an exact number ("0.8675" or "400/347")', value);
  return r;
}

/** A finite number (basis points, as the JSON form writes them). */
export function finite(value: unknown, path: Path): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw bad(path, 'a finite number', value);
  return value;
}

/** A list of parties with their roles. */
export function parties(value: unknown, path: Path): Participation[] {
  return list(value, path).map((x, i) => {
    const p = record(x, [...path, i]);
    return {
      party: text(field(p, 'party'), [...path, i, 'party']),
      role: oneOf(field(p, 'role'), ROLES, [...path, i, 'role']),
    };
  });
}

/** A mention, its optional keys kept only when present. */
export function mention(value: unknown, path: Path): Mention {
  const r = record(value, path);
  const s = record(field(r, 'source'), [...path, 'source']);
  const optional = (key: string, from: Record<string, unknown>, at: Path) => {
    const v = field(from, key);
    return v === undefined ? {} : { [key]: text(v, [...at, key]) };
  };
  return {
    id: text(field(r, 'id'), [...path, 'id']),
    figure: figure(field(r, 'figure'), [...path, 'figure']),
    parties: parties(field(r, 'parties'), [...path, 'parties']),
    kind: oneOf<CommitmentKind>(field(r, 'kind'), COMMITMENT_KINDS, [...path, 'kind']),
    date: day(field(r, 'date'), [...path, 'date']),
    source: {
      document: text(field(s, 'document'), [...path, 'source', 'document']),
      ...optional('url', s, [...path, 'source']),
      ...optional('publisher', s, [...path, 'source']),
      ...optional('quote', s, [...path, 'source']),
    },
    ...optional('commitment', r, path),
    ...optional('convertedFrom', r, path),
  };
}

/** An interval: money ends in its currency, exact ends as written, `null` for an open end. */
export function interval(value: unknown, path: Path): ReconcileInterval {
  const r = record(value, path);
  const currency = currencyAt(field(r, 'currency'), [...path, 'currency']);
  const end = (key: string): Money | null => {
    const v = field(r, key);
    return v === null ? null : money(decimal(v, [...path, key]), currency);
  };
  const exactEnd = (key: string): Ratio | null => {
    const v = field(r, key);
    return v === null ? null : exact(v, [...path, key]);
  };
  return {
    currency,
    low: end('low'),
    high: end('high'),
    lowInclusive: flag(field(r, 'lowInclusive'), [...path, 'lowInclusive']),
    highInclusive: flag(field(r, 'highInclusive'), [...path, 'highInclusive']),
    exactLow: exactEnd('exactLow'),
    exactHigh: exactEnd('exactHigh'),
  };
}

const optionalInterval = (r: Record<string, unknown>, key: string, path: Path) => {
  const v = field(r, key);
  return v === undefined ? {} : { [key]: interval(v, [...path, key]) };
};

/** A reading of a group in one currency. */
export function reading(value: unknown, path: Path): CurrencyReading {
  const r = record(value, path);
  const unchecked = field(r, 'unchecked');
  return {
    currency: currencyAt(field(r, 'currency'), [...path, 'currency']),
    status: oneOf(field(r, 'status'), STATUSES, [...path, 'status']),
    ...optionalInterval(r, 'interval', path),
    lowPinnedBy: strings(field(r, 'lowPinnedBy'), [...path, 'lowPinnedBy']),
    highPinnedBy: strings(field(r, 'highPinnedBy'), [...path, 'highPinnedBy']),
    ...(unchecked !== undefined ? { unchecked: strings(unchecked, [...path, 'unchecked']) } : {}),
  };
}

/** A group's reading converted to `settings.to`, with the rate used. */
export function converted(value: unknown, path: Path): ConvertedReading {
  const r = record(value, path);
  const used = field(r, 'rate');
  const x = used === undefined ? undefined : record(used, [...path, 'rate']);
  return {
    interval: interval(field(r, 'interval'), [...path, 'interval']),
    from: currencyAt(field(r, 'from'), [...path, 'from']),
    ...(x
      ? {
          rate: {
            value: rate(field(x, 'value'), [...path, 'rate', 'value']),
            date: day(field(x, 'date'), [...path, 'rate', 'date']),
            requestedDate: day(field(x, 'requestedDate'), [...path, 'rate', 'requestedDate']),
            source: text(field(x, 'source'), [...path, 'rate', 'source']),
          },
        }
      : {}),
  };
}

/** Why a mention was merged into its group. */
export function evidence(value: unknown, path: Path): MergeEvidence {
  const r = record(value, path);
  const from = field(r, 'convertedFrom');
  return {
    mention: text(field(r, 'mention'), [...path, 'mention']),
    basis: oneOf(field(r, 'basis'), BASES, [...path, 'basis']),
    ...(from !== undefined ? { convertedFrom: text(from, [...path, 'convertedFrom']) } : {}),
    sharedParties: parties(field(r, 'sharedParties'), [...path, 'sharedParties']),
    spanDays: whole(field(r, 'spanDays'), [...path, 'spanDays'], 0),
    currency: currencyAt(field(r, 'currency'), [...path, 'currency']),
    ...optionalInterval(r, 'interval', path),
    ...optionalInterval(r, 'overlap', path),
    alsoFits: strings(field(r, 'alsoFits'), [...path, 'alsoFits']),
  };
}
