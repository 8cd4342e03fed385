/**
 * Turns the tables into cases: one per (function, parameter or option key, hostile value), plus one
 * baseline per function. A case's key, "<function> <parameter> <value label>", names it in
 * known-failures.ts.
 */
import { DERIVED_TABLES, ENTRIES, type FnTable, NON_FUNCTION_EXPORTS, SCHEMA_INPUTS, TABLES } from './tables';
import { COMMON, type Hostile } from './values';

export interface Case {
  readonly key: string;
  /** The table's name: cases of one table share its baseline timing. */
  readonly table: string;
  readonly module: string;
  readonly safe: boolean;
  /** Arguments at full size. */
  readonly args: () => unknown[];
  /** Arguments at a given size, for a scaled value. */
  readonly scaledArgs?: (size: number) => unknown[];
  readonly invoke: (args: unknown[]) => unknown;
  readonly check?: FnTable['check'];
}

/** The common values, then the parameter's own; a label given twice keeps the parameter's value. */
function valuesFor(extra: readonly Hostile[] = []): Hostile[] {
  const own = new Set(extra.map((h) => h.label));
  return [...COMMON.filter((h) => !own.has(h.label)), ...extra];
}

function withArg(args: unknown[], index: number, value: unknown): unknown[] {
  const copy = [...args];
  while (copy.length <= index) copy.push(undefined);
  copy[index] = value;
  return copy;
}

function withOption(args: unknown[], index: number, key: string, value: unknown): unknown[] {
  const base = args[index];
  return withArg(args, index, { ...(typeof base === 'object' && base !== null ? base : {}), [key]: value });
}

function casesOf(name: string, table: FnTable, invoke: (args: unknown[]) => unknown): Case[] {
  const common = { table: name, module: table.module, safe: table.safe === true, invoke, check: table.check };
  const out: Case[] = [{ ...common, key: `${name} (baseline)`, args: table.baseline }];
  const add = (key: string, h: Hostile, place: (args: unknown[], value: unknown) => unknown[]) => {
    const { scaled } = h;
    out.push({
      ...common,
      key,
      args: () => place(table.baseline(), h.make()),
      ...(scaled ? { scaledArgs: (size: number) => place(table.baseline(), scaled(size)) } : {}),
    });
  };
  table.params.forEach((param, index) => {
    for (const h of valuesFor(param.extra)) {
      add(`${name} ${param.name} ${h.label}`, h, (args, value) => withArg(args, index, value));
    }
    for (const [key, extra] of Object.entries(param.options ?? {})) {
      for (const h of valuesFor(extra)) {
        add(`${name} ${param.name}.${key} ${h.label}`, h, (args, value) =>
          withOption(args, index, key, value),
        );
      }
    }
  });
  return out;
}

type AnyFn = (...args: unknown[]) => unknown;

/** Every case, in a stable order. */
export function allCases(): Case[] {
  const out: Case[] = [];
  for (const [name, table] of Object.entries(TABLES)) {
    const fn = (ENTRIES[table.entry] as unknown as Record<string, AnyFn>)[name];
    if (typeof fn !== 'function') continue; // the walk test reports the stale table
    out.push(...casesOf(name, table, table.invoke ?? ((args) => fn(...args))));
  }
  for (const [name, table] of Object.entries(DERIVED_TABLES)) out.push(...casesOf(name, table, table.invoke));
  for (const [name, info] of Object.entries(NON_FUNCTION_EXPORTS)) {
    if (info.kind !== 'schema') continue;
    const schema = (ENTRIES['reckon/schema'] as unknown as Record<string, { safeParse: AnyFn }>)[name];
    if (!schema) continue;
    const table: FnTable = {
      module: info.module,
      params: [{ name: 'input', extra: SCHEMA_INPUTS }],
      baseline: () => [{}],
      safe: true,
      check: (r) =>
        typeof r === 'object' && r !== null && typeof (r as { success: unknown }).success === 'boolean'
          ? undefined
          : 'no success flag',
    };
    out.push(...casesOf(`${name}.safeParse`, table, (args) => schema.safeParse(...args)));
  }
  return out;
}
