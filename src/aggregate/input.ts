import { invalidArgument, isRecord } from '../_lib/guards';
import { COMMITMENT_KINDS, COMMITMENT_STATUSES, type Commitment, ROLES } from '../commitment/model';
import { ReckonError } from '../errors/reckon-error';
import type { FigureJSON } from '../figure/figure-json';
import { figureFromJSON } from '../figure/figure-json';
import type { Figure } from '../figure/types';

const KINDS: ReadonlySet<string> = new Set(COMMITMENT_KINDS);
const STATUSES: ReadonlySet<string> = new Set(COMMITMENT_STATUSES);
const ROLE_SET: ReadonlySet<string> = new Set(ROLES);
const list = (values: Iterable<string>) => [...values].map((v) => `"${v}"`).join(', ');

/** A figure as reckon builds it: its amount is money (an object with `toJSON`), not a decimal string. */
function isFigure(value: Record<string, unknown>): boolean {
  const amount = value.amount;
  return isRecord(amount) && typeof amount.toJSON === 'function';
}

/** The JSON form of a figure, read back; its errors name the amount's path. */
function fromJSON(json: Record<string, unknown>, path: string): Figure {
  try {
    return figureFromJSON(json as unknown as FigureJSON);
  } catch (error) {
    if (!(error instanceof ReckonError)) throw error;
    throw new ReckonError(error.code, `${path}: ${error.message}`, { ...error.details, path });
  }
}

/**
 * Checks the shape of one commitment given to the aggregator (constant work per participation), so that
 * a wrong value is an `INVALID_ARGUMENT` naming its path (`commitments[2].parties[0].role`), never a
 * TypeError deep inside. An amount in JSON form (`figureToJSON`, as read from a file) is read back into a
 * figure: the commitment returned is then a copy with that figure.
 * @internal
 */
export function readCommitment(c: unknown, position: number): Commitment {
  const at = `commitments[${position}]`;
  if (!isRecord(c)) throw invalidArgument(at, 'a commitment object', c);
  if (typeof c.id !== 'string') throw invalidArgument(`${at}.id`, 'a string', c.id);
  if (typeof c.kind !== 'string' || !KINDS.has(c.kind))
    throw invalidArgument(`${at}.kind`, `one of ${list(KINDS)}`, c.kind);
  if (typeof c.status !== 'string' || !STATUSES.has(c.status))
    throw invalidArgument(`${at}.status`, `one of ${list(STATUSES)}`, c.status);
  const ps = c.parties;
  if (!Array.isArray(ps)) throw invalidArgument(`${at}.parties`, 'an array of { party, role }', ps);
  for (let j = 0; j < ps.length; j++) {
    const p: unknown = ps[j];
    if (!isRecord(p)) throw invalidArgument(`${at}.parties[${j}]`, 'a participation { party, role }', p);
    if (typeof p.party !== 'string')
      throw invalidArgument(`${at}.parties[${j}].party`, 'a party id (a string)', p.party);
    if (typeof p.role !== 'string' || !ROLE_SET.has(p.role))
      throw invalidArgument(`${at}.parties[${j}].role`, `one of ${list(ROLE_SET)}`, p.role);
  }
  if (c.partOf !== undefined && typeof c.partOf !== 'string')
    throw invalidArgument(`${at}.partOf`, 'a commitment id (a string) or undefined', c.partOf);
  if (c.amountView !== undefined && c.amountView !== 'nominal' && c.amountView !== 'rounding')
    throw invalidArgument(`${at}.amountView`, '"nominal", "rounding" or undefined', c.amountView);
  const split = c.kindSplit;
  if (split !== undefined && (!Array.isArray(split) || split.some((x) => typeof x !== 'string')))
    throw invalidArgument(`${at}.kindSplit`, 'a list of commitment ids (strings) or undefined', split);
  const amount = c.amount;
  if (amount === undefined || (isRecord(amount) && isFigure(amount))) return c as unknown as Commitment;
  if (isRecord(amount) && typeof amount.amount === 'string' && typeof amount.currency === 'string')
    return { ...(c as unknown as Commitment), amount: fromJSON(amount, `${at}.amount`) };
  throw invalidArgument(
    `${at}.amount`,
    'a figure (parseFigure) or its JSON form (figureToJSON), or undefined',
    amount,
  );
}
