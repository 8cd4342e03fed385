/**
 * Readers for the JSON forms reckon writes (aggregation and reconciliation results): each checks one
 * field, reads own keys only, and throws `INVALID_ARGUMENT` naming the field by its path, with the one
 * issue a `safe*` twin returns.
 * @internal
 */
import { type Issue, ReckonError, type ReckonErrorCode } from '../errors/reckon-error';
import { figureFromJSON } from '../figure/figure-json';
import type { Figure } from '../figure/types';
import { type Ratio, readRatio } from '../math/ratio';
import { knownCurrency } from '../money/currencies';
import { isIsoDate } from '../rates/dates';
import { DECIMAL } from './decimal';
import { describeValue, hasOwn, isRecord } from './guards';

export type Path = readonly (string | number)[];

/** Longer decimals are refused before BigInt reads them: no result reckon writes comes near. */
export const MAX_DECIMAL = 10_000;

/** Every code, checked complete by the compiler: an issue read back carries one of them. */
export const CODES: Readonly<Record<ReckonErrorCode, true>> = {
  INVALID_ARGUMENT: true,
  INVALID_MONEY: true,
  UNKNOWN_CURRENCY: true,
  CURRENCY_MISMATCH: true,
  INVALID_FIGURE: true,
  INVALID_DATE: true,
  INVALID_RATES: true,
  NO_RATE: true,
  INVALID_CONVERSION: true,
  INVALID_COMMITMENT: true,
  UNKNOWN_PARTY: true,
  UNKNOWN_COMMITMENT: true,
  DUPLICATE_ID: true,
  DUPLICATE_PARTY: true,
  PART_OF_CYCLE: true,
  ROLE_MISMATCH: true,
  ROLE_DISAGREEMENT: true,
  KIND_SPLIT: true,
  KEY_SPLIT: true,
  DUPLICATE_FIGURE: true,
  INVALID_DATASET: true,
  INTERNAL: true,
};

export const written = (path: Path) =>
  `json${path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('')}`;

/** The one error of this reader: INVALID_ARGUMENT naming the field, with the issue its safe twin returns. */
export function bad(path: Path, expected: string, value: unknown): ReckonError {
  const received = describeValue(value);
  const where = written(path);
  const message = `${where} must be ${expected}, got ${received}.`;
  return new ReckonError('INVALID_ARGUMENT', message, {
    path: where,
    expected,
    received,
    issues: [{ code: 'INVALID_ARGUMENT', message, path, expected, received }],
  });
}

// Own keys only: a "__proto__" or "constructor" key in the JSON is data, never an inherited value.
export const field = (r: Record<string, unknown>, key: string): unknown =>
  hasOwn(r, key) ? r[key] : undefined;

export function record(value: unknown, path: Path): Record<string, unknown> {
  if (!isRecord(value)) throw bad(path, 'an object', value);
  return value;
}

export function list(value: unknown, path: Path): readonly unknown[] {
  if (!Array.isArray(value)) throw bad(path, 'an array', value);
  return value;
}

export function text(value: unknown, path: Path): string {
  if (typeof value !== 'string') throw bad(path, 'a string', value);
  return value;
}

export function flag(value: unknown, path: Path): boolean {
  if (typeof value !== 'boolean') throw bad(path, 'true or false', value);
  return value;
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: Path): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw bad(path, `one of ${allowed.map((a) => `"${a}"`).join(', ')}`, value);
}

export function whole(value: unknown, path: Path, min: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    throw bad(path, `an integer from ${min}`, value);
  }
  return value;
}

export function day(value: unknown, path: Path): string {
  if (!isIsoDate(value)) throw bad(path, 'a day written YYYY-MM-DD', value);
  return value;
}

export function currencyAt(value: unknown, path: Path): string {
  if (typeof value !== 'string' || knownCurrency(value) === undefined) {
    throw bad(path, 'an ISO 4217 code reckon knows', value);
  }
  return value;
}

export function decimal(value: unknown, path: Path): string {
  if (typeof value !== 'string' || value.length > MAX_DECIMAL || !DECIMAL.test(value)) {
    throw bad(path, `an exact decimal string ("-12.50") of at most ${MAX_DECIMAL} characters`, value);
  }
  return value;
}

export function rate(value: unknown, path: Path): Ratio {
  const r = typeof value === 'string' && value.length <= 2 * MAX_DECIMAL ? readRatio(value) : undefined;
  if (r === undefined || r.n <= 0n) throw bad(path, 'a positive exact number ("0.8675" or "400/347")', value);
  return r;
}

export function issue(value: unknown, path: Path): Issue {
  const r = record(value, path);
  const at = list(field(r, 'path'), [...path, 'path']).map((k, i) => {
    if (typeof k === 'string') return k;
    return whole(k, [...path, 'path', i], 0);
  });
  const line = field(r, 'line');
  const expected = field(r, 'expected');
  const received = field(r, 'received');
  return {
    code: oneOf(field(r, 'code'), Object.keys(CODES) as ReckonErrorCode[], [...path, 'code']),
    message: text(field(r, 'message'), [...path, 'message']),
    path: at,
    ...(line !== undefined ? { line: whole(line, [...path, 'line'], 1) } : {}),
    ...(expected !== undefined ? { expected: text(expected, [...path, 'expected']) } : {}),
    ...(received !== undefined ? { received: text(received, [...path, 'received']) } : {}),
  };
}

/** A figure as figureToJSON writes it; its own rules (a range has a max …) are figureFromJSON's. */
export function figure(value: unknown, path: Path): Figure {
  const r = record(value, path);
  const currency = currencyAt(field(r, 'currency'), [...path, 'currency']);
  const max = field(r, 'max');
  const said = field(r, 'text');
  const json = {
    currency,
    amount: decimal(field(r, 'amount'), [...path, 'amount']),
    ...(max !== undefined ? { max: decimal(max, [...path, 'max']) } : {}),
    qualifier: text(field(r, 'qualifier'), [...path, 'qualifier']) as Figure['qualifier'],
    quantum: decimal(field(r, 'quantum'), [...path, 'quantum']),
    ...(said !== undefined ? { text: text(said, [...path, 'text']) } : {}),
  };
  try {
    return figureFromJSON(json);
  } catch (error) {
    if (!(error instanceof ReckonError)) throw error;
    const part = typeof error.details.path === 'string' ? error.details.path : undefined;
    throw bad(
      part === undefined ? path : [...path, part],
      `a figure as figureToJSON writes it (${error.message})`,
      value,
    );
  }
}
