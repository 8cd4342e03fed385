import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import {
  type AggregateResult,
  isReckonError,
  type Money,
  type MoneyInterval,
  type ReckonErrorCode,
  toDecimalString,
} from '../src/index';
import { describeFigure, type IssueExample } from './extract/issue-examples';

/** Runs fn and asserts that it throws a ReckonError with the code; returns the error. */
export function expectReckonError(fn: () => unknown, code: ReckonErrorCode) {
  try {
    fn();
  } catch (error) {
    expect(isReckonError(error), `expected a ReckonError, got ${String(error)}`).toBe(true);
    if (isReckonError(error)) {
      expect(error.code).toBe(code);
      expect(error.message.startsWith('[reckon]')).toBe(false);
      return error;
    }
  }
  throw new Error(`expected a ReckonError ${code}, but nothing was thrown`);
}

/** Money as "CUR decimal" with trailing zeros trimmed, for compact assertions. */
export function show(value: Money | null): string | null {
  return value === null ? null : `${value.toJSON().currency.code} ${toDecimalString(value, { trim: true })}`;
}

/** An interval's bounds as trimmed decimal strings (null for an open side), for compact assertions. */
export const intervalDigits = (t: MoneyInterval | undefined) =>
  t
    ? [t.low && toDecimalString(t.low, { trim: true }), t.high && toDecimalString(t.high, { trim: true })]
    : undefined;

/** The group of an aggregation for one party. */
export const groupOf = (r: AggregateResult, party: string) => r.groups.find((g) => g.party === party);

/** The built CLI: test/global-setup.ts builds it before every vitest run. */
export const CLI_BIN = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/** Runs the built `reckon` with the arguments and standard input, with no environment but PATH. */
export function runCli(args: readonly string[], input = '') {
  const r = spawnSync(process.execPath, [CLI_BIN, ...args], {
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A figure of `reckon extract --json`, as far as the extraction examples describe it. */
interface CliFigure {
  readonly currency: string;
  readonly amount: string;
  readonly qualifier: string;
  readonly max?: string;
  readonly convertedFrom?: number;
  readonly assumedCurrency?: boolean;
  readonly line: number;
}

/**
 * Each example's figures from the built `reckon extract - --json [--dollar D]`, as
 * {@link describeFigure} writes them: one run per `dollar` option, the examples one a line (a line
 * ends a sentence), `convertedFrom` counted from the example's line.
 */
export function extractEach(examples: readonly IssueExample[]): Map<IssueExample, string[]> {
  const out = new Map<IssueExample, string[]>();
  for (const dollar of new Set(examples.map((e) => e.options?.dollar))) {
    const group = examples.filter((e) => e.options?.dollar === dollar);
    const r = runCli(
      ['extract', '-', '--json', ...(dollar ? ['--dollar', dollar] : [])],
      group.map((e) => e.text).join('\n'),
    );
    expect(r.code, r.err).toBe(0);
    const figures = (JSON.parse(r.out) as { figures: CliFigure[] }).figures;
    group.forEach((e, line) => {
      const onLine = figures.filter((f) => f.line === line + 1);
      const offset = figures.indexOf(onLine[0] as CliFigure);
      out.set(
        e,
        onLine.map((f) =>
          describeFigure({
            ...f,
            ...(f.convertedFrom !== undefined ? { convertedFrom: f.convertedFrom - offset } : {}),
          }),
        ),
      );
    });
  }
  return out;
}
