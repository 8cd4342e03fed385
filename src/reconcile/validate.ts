/** The mentions given to reconcile, read and checked: each field at its path. */
import { assertArray, assertRecord, assertString, hasOwn, invalidArgument, isRecord } from '../_lib/guards';
import { COMMITMENT_KINDS, type CommitmentKind, ROLES } from '../commitment/model';
import { ReckonError, type ReckonErrorCode } from '../errors/reckon-error';
import { type Figure, QUALIFIERS } from '../figure/types';
import { findCurrency } from '../money/currencies';
import { assertIsoDate } from '../rates/dates';
import type { Mention } from './types';

/** Every kind, in the model's order (looked up when needed: nothing runs at import). @internal */
export const kinds = () => Object.keys(COMMITMENT_KINDS) as CommitmentKind[];

/** A string that is not blank, or INVALID_ARGUMENT naming the path. @internal */
export function nonEmpty(value: unknown, path: string): string {
  const s = assertString(value, path);
  if (s.trim() === '') throw invalidArgument(path, 'a non-empty string', value);
  return s;
}

function optionalString(record: Record<string, unknown>, key: string, path: string): void {
  if (hasOwn(record, key) && record[key] !== undefined) assertString(record[key], `${path}.${key}`);
}

/** Reads money defensively: a dinero.js bigint object of a known currency. */
export function assertMoney(value: unknown, path: string): { code: string; amount: bigint; scale: bigint } {
  const expected = 'money (a dinero.js bigint object, see money())';
  if (!isRecord(value) || typeof value.toJSON !== 'function') throw invalidArgument(path, expected, value);
  let snap: unknown;
  try {
    snap = (value.toJSON as () => unknown)();
  } catch {
    throw invalidArgument(path, expected, value);
  }
  if (!isRecord(snap) || typeof snap.amount !== 'bigint' || typeof snap.scale !== 'bigint') {
    throw invalidArgument(path, expected, value);
  }
  const cur = snap.currency;
  const code = isRecord(cur) && typeof cur.code === 'string' ? cur.code : undefined;
  if (code === undefined || snap.scale < 0n || !findCurrency(code)) {
    throw invalidArgument(path, `${expected} in a known currency`, value);
  }
  return { code, amount: snap.amount, scale: snap.scale };
}

/** Like invalidArgument, for a value of the right type whose content breaks a rule of its data. */
function invalidData(code: ReckonErrorCode, path: string, expected: string, received: unknown): ReckonError {
  const e = invalidArgument(path, expected, received);
  return new ReckonError(code, e.message, e.details);
}

function assertFigure(value: unknown, path: string): Figure {
  const f = assertRecord(value, path);
  const amount = assertMoney(f.amount, `${path}.amount`);
  const quantum = assertMoney(f.quantum, `${path}.quantum`);
  if (quantum.code !== amount.code) {
    throw invalidData(
      'INVALID_FIGURE',
      `${path}.quantum`,
      `money in ${amount.code}, as the amount`,
      quantum.code,
    );
  }
  if (quantum.amount <= 0n)
    throw invalidData('INVALID_FIGURE', `${path}.quantum`, 'a positive amount', f.quantum);
  if (!(QUALIFIERS as readonly unknown[]).includes(f.qualifier)) {
    throw invalidArgument(`${path}.qualifier`, `one of ${QUALIFIERS.join(', ')}`, f.qualifier);
  }
  const isRange = f.qualifier === 'range';
  const hasMax = hasOwn(f, 'max') && f.max !== undefined;
  if (isRange !== hasMax) {
    throw invalidData(
      'INVALID_FIGURE',
      `${path}.max`,
      isRange ? 'money (a range needs max)' : 'absent (only a range has max)',
      f.max,
    );
  }
  if (hasMax) {
    const max = assertMoney(f.max, `${path}.max`);
    if (max.code !== amount.code)
      throw invalidData('INVALID_FIGURE', `${path}.max`, `money in ${amount.code}`, max.code);
  }
  optionalString(f, 'text', path);
  return f as unknown as Figure;
}

/** Checks a mention's fields but its id (see {@link readMentions}). @internal */
export function assertMentionFields(m: Record<string, unknown>, path: string): void {
  assertFigure(m.figure, `${path}.figure`);
  const parties = assertArray(m.parties, `${path}.parties`);
  if (parties.length === 0)
    throw invalidData('INVALID_COMMITMENT', `${path}.parties`, 'at least one party', m.parties);
  parties.forEach((p, j) => {
    const pp = assertRecord(p, `${path}.parties[${j}]`);
    nonEmpty(pp.party, `${path}.parties[${j}].party`);
    if (!(ROLES as readonly unknown[]).includes(pp.role)) {
      throw invalidArgument(`${path}.parties[${j}].role`, `one of ${ROLES.join(', ')}`, pp.role);
    }
  });
  if (!(kinds() as readonly unknown[]).includes(m.kind)) {
    throw invalidArgument(`${path}.kind`, `one of ${kinds().join(', ')}`, m.kind);
  }
  assertIsoDate(m.date, `${path}.date`);
  const source = assertRecord(m.source, `${path}.source`);
  nonEmpty(source.document, `${path}.source.document`);
  for (const key of ['url', 'publisher', 'quote']) optionalString(source, key, `${path}.source`);
  if (hasOwn(m, 'commitment') && m.commitment !== undefined) nonEmpty(m.commitment, `${path}.commitment`);
  if (hasOwn(m, 'convertedFrom') && m.convertedFrom !== undefined) {
    nonEmpty(m.convertedFrom, `${path}.convertedFrom`);
  }
}

/**
 * Checks every mention and returns them as given (plain data is not copied). Ids must be unique and
 * `convertedFrom` must name another mention of the same document, without cycles.
 * @internal
 */
export function readMentions(value: unknown): readonly Mention[] {
  const list = assertArray(value, 'mentions');
  const byId = new Map<string, Mention>();
  list.forEach((item, i) => {
    const path = `mentions[${i}]`;
    const m = assertRecord(item, path);
    const id = nonEmpty(m.id, `${path}.id`);
    if (byId.has(id)) {
      throw new ReckonError('DUPLICATE_ID', `${path}.id: the mention id "${id}" is used twice.`, {
        id,
        path,
      });
    }
    assertMentionFields(m, path);
    byId.set(id, m as unknown as Mention);
  });
  list.forEach((_, i) => {
    const m = list[i] as Mention;
    if (m.convertedFrom === undefined) return;
    const path = `mentions[${i}].convertedFrom`;
    const seen = new Set<string>([m.id]);
    let at: Mention = m;
    while (at.convertedFrom !== undefined) {
      const next = byId.get(at.convertedFrom);
      if (!next) throw invalidArgument(path, 'the id of another mention', at.convertedFrom);
      if (next.source.document !== m.source.document) {
        throw invalidArgument(
          path,
          `a mention of the same document ("${m.source.document}")`,
          at.convertedFrom,
        );
      }
      if (seen.has(next.id))
        throw invalidArgument(path, 'a chain of conversions without a cycle', m.convertedFrom);
      seen.add(next.id);
      at = next;
    }
  });
  return [...byId.values()];
}
