import { invalidArgument, isRecord, optionKeys, readKnownOptions } from '../_lib/guards';
import {
  COMMITMENT_KINDS,
  COMMITMENT_STATUSES,
  type Commitment,
  type CommitmentKind,
  ROLES,
  type Role,
} from '../commitment/model';
import { type BoundsSettings, type BoundsView, boundsSettings } from '../figure/bounds';
import { type Currency, currency as currencyByCode } from '../money/currencies';
import { assertIsoDate } from '../rates/dates';
import { readMaxRateAge } from '../rates/fresh-rate';
import type { RateProvider } from '../rates/provider';
import { readRates } from '../rates/to-provider';
import type { AggregateOptions, Allocation } from './types';

/** {@link AggregateOptions}, checked and read once. @internal */
export interface Settings {
  readonly by: 'party' | Role;
  /** The grouped role; undefined for `by: 'party'`. */
  readonly role: Role | undefined;
  readonly allocation: Allocation;
  readonly view: BoundsView;
  readonly bounds: BoundsSettings;
  readonly target: Currency | undefined;
  readonly rates: RateProvider | undefined;
  /** How many days a fix may lie from the day converted at. */
  readonly maxRateAge: number;
  readonly asOf: string | undefined;
  readonly fallbackDate: string | undefined;
  /** `fallbackDate` given as a function: each undated commitment's day. */
  readonly fallbackOf: ((commitment: Commitment) => unknown) | undefined;
  readonly kinds: ReadonlySet<string> | undefined;
  readonly statuses: ReadonlySet<string> | undefined;
  readonly list: boolean;
  readonly names: ReadonlyMap<string, string>;
}

const BY: readonly ('party' | Role)[] = ['party', ...ROLES];
const ALLOCATIONS: readonly Allocation[] = ['unallocated', 'equal', 'full'];
const VIEWS: readonly BoundsView[] = ['nominal', 'rounding'];
const KINDS = COMMITMENT_KINDS as CommitmentKind[];
const KNOWN = optionKeys<AggregateOptions>({
  by: true,
  kinds: true,
  statuses: true,
  to: true,
  rates: true,
  maxRateAgeDays: true,
  asOf: true,
  fallbackDate: true,
  allocation: true,
  view: true,
  almostBand: true,
  aboutBand: true,
  parties: true,
  listCommitments: true,
});

const FRACTION = 'a decimal fraction such as "0.1"';

function invalid(name: string, allowed: string, value: unknown): never {
  throw invalidArgument(`options.${name}`, allowed, value);
}

function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  return invalid(name, `one of ${allowed.map((a) => `"${a}"`).join(', ')}`, value);
}

function setOf(name: string, value: unknown, allowed: readonly string[]): ReadonlySet<string> | undefined {
  if (value === undefined) return undefined;
  const what = `a list of ${allowed.map((a) => `"${a}"`).join(', ')}`;
  if (!Array.isArray(value)) return invalid(name, what, value);
  value.forEach((v, i) => {
    if (!allowed.includes(v))
      invalid(`${name}[${i}]`, `one of ${allowed.map((a) => `"${a}"`).join(', ')}`, v);
  });
  return new Set(value as string[]);
}

function stringOr(name: string, value: unknown, what: string): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  return invalid(name, what, value);
}

/**
 * Checks every option of {@link aggregate} and reads it once.
 *
 * @throws {@link ReckonError} `INVALID_ARGUMENT` naming the option and what it allows (an unknown
 *   option, `to` without `rates`, …), `UNKNOWN_CURRENCY` for `to`, `INVALID_DATE` for `asOf` and
 *   `fallbackDate`, and what {@link ratesFrom} throws for `rates` (naming `options.rates`)
 * @internal
 */
export function readOptions(options: AggregateOptions | undefined): Settings {
  const o: Readonly<Record<string, unknown>> = readKnownOptions(options, KNOWN, 'aggregate');
  const by = oneOf('by', o.by, BY, 'party');
  const almostBand = stringOr('almostBand', o.almostBand, FRACTION);
  const aboutBand = stringOr('aboutBand', o.aboutBand, FRACTION);
  const view = oneOf('view', o.view, VIEWS, 'nominal');
  const to = stringOr('to', o.to, 'a currency code such as "EUR"');
  const target = to === undefined ? undefined : currencyByCode(to);
  if (target && o.rates === undefined)
    invalid(
      'rates',
      `given to convert into ${target.code} (a provider, a rate or a list of rates)`,
      undefined,
    );
  const parties = o.parties;
  if (parties !== undefined) {
    if (!Array.isArray(parties)) invalid('parties', 'a list of parties, each with an id', parties);
    parties.forEach((p: unknown, i) => {
      if (!isRecord(p) || typeof p.id !== 'string')
        invalid(`parties[${i}]`, 'a party with an id (a string)', p);
    });
  }
  const list = o.listCommitments;
  if (list !== undefined && typeof list !== 'boolean') invalid('listCommitments', 'a boolean', list);
  return {
    by,
    role: by === 'party' ? undefined : by,
    allocation: oneOf('allocation', o.allocation, ALLOCATIONS, 'unallocated'),
    view,
    bounds: boundsSettings({
      view,
      ...(almostBand !== undefined ? { almostBand } : {}),
      ...(aboutBand !== undefined ? { aboutBand } : {}),
    }),
    target,
    rates: o.rates === undefined ? undefined : readRates(o.rates, 'options.rates'),
    maxRateAge: readMaxRateAge(o.maxRateAgeDays, 'options.maxRateAgeDays'),
    asOf: o.asOf === undefined ? undefined : assertIsoDate(o.asOf, 'options.asOf'),
    fallbackDate:
      o.fallbackDate === undefined || typeof o.fallbackDate === 'function'
        ? undefined
        : assertIsoDate(o.fallbackDate, 'options.fallbackDate'),
    fallbackOf:
      typeof o.fallbackDate === 'function'
        ? (o.fallbackDate as (commitment: Commitment) => unknown)
        : undefined,
    kinds: setOf('kinds', o.kinds, KINDS),
    statuses: setOf('statuses', o.statuses, COMMITMENT_STATUSES),
    list: list !== false,
    names: new Map(((parties ?? []) as { id: string; name: string }[]).map((p) => [p.id, p.name])),
  };
}
