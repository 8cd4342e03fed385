/** The options of reconcile, read and checked once. */
import {
  assertArray,
  assertFiniteNumber,
  assertInteger,
  assertRecord,
  assertString,
  invalidArgument,
  optionalOneOf,
  optionKeys,
  readKnownOptions,
} from '../_lib/guards';
import type { CommitmentKind } from '../commitment/model';
import { ReckonError } from '../errors/reckon-error';
import { knownCurrency } from '../money/currencies';
import type { RateProvider } from '../rates/provider';
import { readRates } from '../rates/to-provider';
import type { PartyMatch, QuantumReading, ReconcileOptions } from './types';
import { kinds, nonEmpty } from './validate';

/** The values of `partyMatch`. @internal */
export const PARTY_MATCHES: readonly PartyMatch[] = ['exact', 'subset', 'nested'];

/** The values of `quantum`. @internal */
export const QUANTA: readonly QuantumReading[] = ['written', 'significant'];

/** Options read and checked once. @internal */
export interface ReconcileSettings {
  readonly rates: RateProvider | undefined;
  readonly to: string | undefined;
  readonly windowDays: number;
  readonly aliases: ReadonlyMap<string, string>;
  readonly partyNames: ReadonlyMap<string, string>;
  readonly partyMatch: PartyMatch;
  readonly kindClass: (kind: CommitmentKind) => string;
  readonly toleranceBps: number | undefined;
  readonly nearMissBps: number;
  readonly quantum: QuantumReading;
  readonly almostBand: string | undefined;
  readonly aboutBand: string | undefined;
  /** Commitment key → the key of its whole (`options.partOf`). */
  readonly partOf: Readonly<Record<string, string>>;
}

/** The key an alias is looked up by: case and runs of white space do not matter. @internal */
export function aliasKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The aliases and party names of the options, each alias pointing at one party id (checked). @internal */
export function readAliases(options: Partial<ReconcileOptions>): {
  aliases: Map<string, string>;
  names: Map<string, string>;
} {
  const aliases = new Map<string, string>();
  const names = new Map<string, string>();
  const add = (name: string, id: string, path: string) => {
    const key = aliasKey(name);
    const had = aliases.get(key);
    if (had !== undefined && had !== id) {
      throw invalidArgument(path, `one party id for "${name}" (it also maps to "${had}")`, id);
    }
    aliases.set(key, id);
  };
  if (options.parties !== undefined) {
    assertArray(options.parties, 'options.parties').forEach((p, i) => {
      const path = `options.parties[${i}]`;
      const party = assertRecord(p, path);
      const id = nonEmpty(party.id, `${path}.id`);
      const name = nonEmpty(party.name, `${path}.name`);
      names.set(id, name);
      add(id, id, `${path}.id`);
      add(name, id, `${path}.name`);
      if (party.aliases !== undefined) {
        assertArray(party.aliases, `${path}.aliases`).forEach((a, j) => {
          add(nonEmpty(a, `${path}.aliases[${j}]`), id, `${path}.aliases[${j}]`);
        });
      }
    });
  }
  if (options.aliases !== undefined) {
    const record = assertRecord(options.aliases, 'options.aliases');
    for (const key of Object.keys(record)) {
      const path = `options.aliases[${JSON.stringify(key)}]`;
      add(key, nonEmpty(record[key], path), path);
    }
  }
  return { aliases, names };
}

/** The kind → class function of `kindGroups`: each kind in one group at most (checked). @internal */
export function readKindGroups(value: unknown): (kind: CommitmentKind) => string {
  if (value === undefined) return (kind) => kind;
  const classOf = new Map<CommitmentKind, string>();
  assertArray(value, 'options.kindGroups').forEach((g, i) => {
    const members = assertArray(g, `options.kindGroups[${i}]`);
    const name = members.map(String).sort().join('~');
    members.forEach((k, j) => {
      const path = `options.kindGroups[${i}][${j}]`;
      if (!(kinds() as readonly unknown[]).includes(k))
        throw invalidArgument(path, `one of ${kinds().join(', ')}`, k);
      if (classOf.has(k as CommitmentKind)) throw invalidArgument(path, 'a kind in only one group', k);
      classOf.set(k as CommitmentKind, name);
    });
  });
  return (kind) => classOf.get(kind) ?? kind;
}

/** `options.partOf`: a record of commitment keys, each naming the key of its whole. */
function readPartOf(value: unknown): Readonly<Record<string, string>> {
  if (value === undefined) return {};
  const record = assertRecord(value, 'options.partOf');
  for (const [k, v] of Object.entries(record)) assertString(v, `options.partOf.${k}`);
  return record as Record<string, string>;
}

const RECONCILE_OPTIONS = optionKeys<ReconcileOptions>({
  rates: true,
  to: true,
  windowDays: true,
  aliases: true,
  parties: true,
  partyMatch: true,
  kindGroups: true,
  toleranceBps: true,
  nearMissBps: true,
  quantum: true,
  almostBand: true,
  aboutBand: true,
  partOf: true,
});

/** Reads and checks {@link ReconcileOptions}. @internal */
export function readReconcileOptions(value: ReconcileOptions | undefined): ReconcileSettings {
  const o = readKnownOptions(value, RECONCILE_OPTIONS, 'reconcile');
  const to = o.to === undefined ? undefined : assertString(o.to, 'options.to');
  if (to !== undefined && !knownCurrency(to)) {
    throw new ReckonError('UNKNOWN_CURRENCY', `options.to: unknown currency code "${to}".`);
  }
  const { aliases, names } = readAliases(o);
  for (const key of ['almostBand', 'aboutBand'] as const) {
    if (o[key] !== undefined) assertString(o[key], `options.${key}`);
  }
  return {
    rates: o.rates === undefined ? undefined : readRates(o.rates, 'options.rates'),
    to,
    windowDays: o.windowDays === undefined ? 14 : assertInteger(o.windowDays, 'options.windowDays', 0, 3660),
    aliases,
    partyNames: names,
    partyMatch: optionalOneOf(o.partyMatch, PARTY_MATCHES, 'options.partyMatch') ?? 'nested',
    kindClass: readKindGroups(o.kindGroups),
    toleranceBps:
      o.toleranceBps === undefined
        ? undefined
        : assertFiniteNumber(o.toleranceBps, 'options.toleranceBps', 0, 10_000),
    nearMissBps:
      o.nearMissBps === undefined
        ? 5000
        : assertFiniteNumber(o.nearMissBps, 'options.nearMissBps', 0, 1_000_000),
    quantum: optionalOneOf(o.quantum, QUANTA, 'options.quantum') ?? 'written',
    almostBand: o.almostBand,
    aboutBand: o.aboutBand,
    partOf: readPartOf(o.partOf),
  };
}
