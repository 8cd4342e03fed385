/**
 * The hostile walk (issue 13): every function exported by every entry point, called with hostile
 * values for each parameter and each option. A call must return a plausible value or throw a
 * ReckonError (a `safe*` function must not throw at all), within a time bound that is a ratio to a
 * trivial call of the same function. The cases run in a worker (runner.ts) so that a hang is ended
 * and reported instead of stopping the suite.
 *
 * Failures known today are listed in known-failures.ts, grouped by the module that owns them. The test
 * fails for a case that fails and is not listed, and for a listed case that no longer fails the same
 * way: fixing a case forces its line out of the list. `HOSTILE_UPDATE=1 npx vitest run
 * test/robustness/hostile/walk.test.ts` rewrites the list from the current outcomes; review the diff
 * (a line added is a regression).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, it } from 'vitest';
import { KNOWN_FAILURES } from './known-failures';
import { HANG_MS } from './limits';
import type { Outcome, Report } from './runner';
import { DERIVED_TABLES, ENTRIES, NON_FUNCTION_EXPORTS, TABLES } from './tables';

interface Walked {
  readonly key: string;
  readonly module: string;
  readonly outcome: Outcome;
}

const BOOT = fileURLToPath(new URL('./boot.mjs', import.meta.url));
const RUNNER = new URL('./runner.ts', import.meta.url).href;
const STARTUP_MS = 180_000;

type Stop =
  | { readonly done: true }
  | { readonly done: false; readonly at: number; readonly outcome: Outcome };

/** Runs the walk from case `start` in a fresh worker until it ends, hangs or dies. */
function runWorker(start: number, keys: { key: string; module: string }[], outcomes: Map<number, Outcome>) {
  return new Promise<Stop>((resolve) => {
    const worker = new Worker(BOOT, {
      workerData: { entry: RUNNER, start },
      // A worker's stack is 4 MB by default; a user's main thread has about 1 MB: test with that.
      resourceLimits: { maxOldGenerationSizeMb: 2048, stackSizeMb: 1 },
      stdout: true,
      stderr: true,
    });
    let current = start;
    let startedAt = Date.now();
    let settled = false;
    const finish = (stop: Stop) => {
      if (settled) return;
      settled = true;
      clearInterval(watch);
      void worker.terminate();
      resolve(stop);
    };
    const watch = setInterval(() => {
      const limit = keys.length === 0 ? STARTUP_MS : HANG_MS;
      const waited = Date.now() - startedAt;
      if (waited > limit) {
        finish({
          done: false,
          at: current,
          outcome: { ok: false, kind: 'hang', detail: `no answer after ${limit} ms`, ms: waited },
        });
      }
    }, 250);
    worker.on('message', (report: Report) => {
      if (report.type === 'keys') {
        if (keys.length === 0) keys.push(...report.cases);
        startedAt = Date.now();
      } else if (report.type === 'start') {
        current = report.index;
        startedAt = Date.now();
      } else if (report.type === 'result') {
        outcomes.set(report.index, report.outcome);
        startedAt = Date.now();
      } else finish({ done: true });
    });
    const died = (detail: string) =>
      finish({
        done: false,
        at: current,
        outcome: { ok: false, kind: 'crash', detail, ms: Date.now() - startedAt },
      });
    worker.on('error', (error) => died(`${error.name}: ${error.message}`.slice(0, 200)));
    worker.on('exit', (code) => died(`the worker exited with ${code}`));
  });
}

async function walk(): Promise<Walked[]> {
  const keys: { key: string; module: string }[] = [];
  const outcomes = new Map<number, Outcome>();
  let start = 0;
  for (;;) {
    const stop = await runWorker(start, keys, outcomes);
    if (stop.done) break;
    if (keys.length === 0) throw new Error(`the walk did not start: ${stop.outcome.detail}`);
    outcomes.set(stop.at, stop.outcome);
    start = stop.at + 1;
    if (start >= keys.length) break;
  }
  return keys.map(({ key, module }, i) => ({
    key,
    module,
    outcome: outcomes.get(i) ?? { ok: false, kind: 'not run', ms: 0 },
  }));
}

/** Deeply frozen, or the path of the first part that is not. */
function unfrozenPath(value: unknown, path = '', seen = new Set<unknown>()): string | undefined {
  if (typeof value !== 'object' || value === null || seen.has(value)) return undefined;
  seen.add(value);
  if (!Object.isFrozen(value)) return path || '(root)';
  for (const [k, child] of Object.entries(value)) {
    const found = unfrozenPath(child, `${path}.${k}`, seen);
    if (found) return found;
  }
  return undefined;
}

/** The constants' checks, run here: each must be deeply frozen so that no caller can change it. */
function constants(): Walked[] {
  const out: Walked[] = [];
  for (const [name, info] of Object.entries(NON_FUNCTION_EXPORTS)) {
    if (info.kind !== 'constant') continue;
    const entry = Object.values(ENTRIES).find((m) => name in m) as Record<string, unknown> | undefined;
    const where = unfrozenPath(entry?.[name]);
    out.push({
      key: `${name} (constant) deeply frozen`,
      module: info.module,
      outcome: where
        ? {
            ok: false,
            kind: 'mutable',
            detail: `${name}${where === '(root)' ? '' : where} is not frozen`,
            ms: 0,
          }
        : { ok: true, ms: 0 },
    });
  }
  return out;
}

const TIMING = new Set(['slow', 'super-linear', 'hang']);
/** The kind of a failure line ("TypeError: …" → TypeError); the timing kinds count as one. */
const kindOf = (line: string) => {
  const kind = line.split(': ')[0] ?? line;
  return TIMING.has(kind) ? 'timing' : kind;
};
const lineOf = (o: Outcome) => `${o.kind}: ${o.detail ?? ''}`.trimEnd();

const known = new Map<string, { module: string; line: string }>();
for (const [module, group] of Object.entries(KNOWN_FAILURES)) {
  for (const [key, line] of Object.entries(group)) known.set(key, { module, line });
}

/** Writes known-failures.ts from the outcomes (HOSTILE_UPDATE=1). */
function rewriteKnownFailures(walked: Walked[]) {
  const groups = new Map<string, Walked[]>();
  for (const w of walked) if (!w.outcome.ok) groups.set(w.module, [...(groups.get(w.module) ?? []), w]);
  const file = fileURLToPath(new URL('./known-failures.ts', import.meta.url));
  const body = [...groups.keys()]
    .sort()
    .map((m) => {
      const lines = (groups.get(m) ?? []).map(
        (w) => `    ${JSON.stringify(w.key)}: ${JSON.stringify(lineOf(w.outcome))},`,
      );
      return `  // ${m}: ${lines.length}\n  ${JSON.stringify(m)}: {\n${lines.join('\n')}\n  },`;
    })
    .join('\n');
  const header = `/**
 * The hostile walk's failures today, grouped by the src/ folder that owns the function: "<function>
 * <parameter> <value>" → the failure seen. walk.test.ts fails for a failure not listed here and for a
 * listed case that no longer fails the same way, so this list can only shrink as the fixes land.
 * Rewrite it with \`HOSTILE_UPDATE=1 npx vitest run test/robustness/hostile/walk.test.ts\`.
 */
export const KNOWN_FAILURES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
${body}
};
`;
  writeFileSync(file, header);
  execFileSync('npx', ['biome', 'format', '--write', file], { stdio: 'ignore' });
}

describe('the hostile walk', () => {
  describe('coverage', () => {
    it('has a table for every exported function and names every other export', () => {
      const missing: string[] = [];
      for (const [entry, mod] of Object.entries(ENTRIES)) {
        for (const [name, value] of Object.entries(mod)) {
          const other = NON_FUNCTION_EXPORTS[name];
          if (other && (typeof value !== 'function' || other.kind === 'class')) continue;
          if (typeof value === 'function' && TABLES[name]?.entry === entry) continue;
          missing.push(`${entry}: ${name} (${typeof value})`);
        }
      }
      expect(missing, 'exports without a table in tables.ts (or a line in NON_FUNCTION_EXPORTS)').toEqual([]);
    });

    it('has no table for something that is no longer exported', () => {
      const stale = [
        ...Object.entries(TABLES)
          .filter(([name, t]) => typeof (ENTRIES[t.entry] as Record<string, unknown>)[name] !== 'function')
          .map(([name]) => name),
        ...Object.keys(NON_FUNCTION_EXPORTS).filter((name) => !Object.values(ENTRIES).some((m) => name in m)),
      ];
      expect(stale).toEqual([]);
    });

    it('has a table for every matcher', () => {
      const matchers = Object.keys(ENTRIES['reckon/vitest'].reckonMatchers).map((k) => `reckonMatchers.${k}`);
      expect(matchers.filter((m) => !(m in DERIVED_TABLES))).toEqual([]);
    });
  });

  describe('every case', () => {
    let walked: Walked[] = [];
    beforeAll(async () => {
      walked = [...(await walk()), ...constants()];
      if (process.env.HOSTILE_UPDATE) rewriteKnownFailures(walked);
      const failed = walked.filter((w) => !w.outcome.ok).length;
      console.info(`hostile walk: ${walked.length} cases, ${failed} failing`);
    }, 3_600_000);

    it('returns, or throws a ReckonError, in time — or is listed in known-failures.ts', () => {
      const unexpected = walked
        .filter((w) => !w.outcome.ok && !known.has(w.key))
        .map((w) => `[${w.module}] ${JSON.stringify(w.key)}: ${JSON.stringify(lineOf(w.outcome))},`);
      expect(unexpected, 'new failures (fix them, or list them in known-failures.ts)').toEqual([]);
    });

    it('still fails, the same way, for every case listed in known-failures.ts', () => {
      const byKey = new Map(walked.map((w) => [w.key, w]));
      const stale: string[] = [];
      for (const [key, { line }] of known) {
        const w = byKey.get(key);
        if (!w) stale.push(`${key}: no such case any more`);
        else if (w.outcome.ok) stale.push(`${key}: passes now — remove it from the list`);
        else if (kindOf(lineOf(w.outcome)) !== kindOf(line))
          stale.push(`${key}: now fails with ${lineOf(w.outcome)}`);
      }
      expect(stale, 'known-failures.ts is out of date').toEqual([]);
    });

    it('lists each known failure under the module that owns the function', () => {
      const byKey = new Map(walked.map((w) => [w.key, w.module]));
      const misplaced = [...known]
        .filter(([key, { module }]) => byKey.has(key) && byKey.get(key) !== module)
        .map(([key, { module }]) => `${key}: under ${module}, owned by ${byKey.get(key)}`);
      expect(misplaced).toEqual([]);
    });
  });
});
