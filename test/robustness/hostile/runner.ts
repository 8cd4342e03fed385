/**
 * The walk itself, in a worker thread so that a case that hangs or exhausts memory can be ended
 * without ending the test run. It reports each case before running it and its outcome after; the test
 * (walk.test.ts) watches the reports and restarts the walk after a case that never answers.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isReckonError } from '../../../src/index';
import { allCases, type Case } from './cases';
import { FLOOR_MS, LINEAR_SLACK, RATIO, RETRIES, RETRY_BELOW_MS } from './limits';
import { FULL_SIZE, SMALL_SIZE } from './values';

export interface Outcome {
  readonly ok: boolean;
  /** What went wrong: an error's name, `bad return`, `slow`, `super-linear`, `hang`, … */
  readonly kind?: string;
  readonly detail?: string;
  readonly ms: number;
}

export type Report =
  | { readonly type: 'keys'; readonly cases: readonly { readonly key: string; readonly module: string }[] }
  | { readonly type: 'start'; readonly index: number }
  | { readonly type: 'result'; readonly index: number; readonly outcome: Outcome }
  | { readonly type: 'end' };

const post = (report: Report) => parentPort?.postMessage(report);

// No case may reach the network: a default `fetch` fails as an offline one would.
globalThis.fetch = async () => {
  throw new TypeError('fetch failed (the network is off in the hostile walk)');
};

let unhandled: unknown;
process.on('unhandledRejection', (reason) => {
  unhandled = reason;
});

const short = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** "TypeError: Cannot read … (src/figure/x.ts:12)": the name, the message and the first frame in src/. */
function describe(error: unknown): { kind: string; detail: string } {
  if (!(error instanceof Error)) return { kind: 'non-Error thrown', detail: short(String(error)) };
  const frame = error.stack?.split('\n').find((l) => l.includes('/src/'));
  const where = frame?.match(/\/(src\/[^:)]+:\d+)/)?.[1];
  return {
    kind: error.name,
    detail: `${short(error.message.split('\n')[0] ?? '')}${where ? ` (${where})` : ''}`,
  };
}

interface Timed {
  readonly ms: number;
  readonly threw: boolean;
  /** What the return-value check found wrong. */
  readonly lie?: string | undefined;
  readonly error?: unknown;
}

async function timed(c: Case, args: unknown[]): Promise<Timed> {
  const t0 = performance.now();
  try {
    let value = c.invoke(args);
    if (value instanceof Promise) value = await value;
    // The check may call into reckon (a matcher's message): it belongs to the call.
    const lie = c.check?.(value, args);
    return { ms: performance.now() - t0, threw: false, lie };
  } catch (error) {
    return { ms: performance.now() - t0, threw: true, error };
  }
}

function judge(c: Case, t: Timed): Outcome {
  if (t.threw) {
    if (!isReckonError(t.error)) return { ok: false, ...describe(t.error), ms: t.ms };
    if (c.safe)
      return {
        ok: false,
        kind: 'threw',
        detail: `ReckonError ${t.error.code} from a function that never throws`,
        ms: t.ms,
      };
    return { ok: true, ms: t.ms };
  }
  if (t.lie !== undefined) return { ok: false, kind: 'bad return', detail: short(t.lie), ms: t.ms };
  return { ok: true, ms: t.ms };
}

const baselines = new Map<string, number>();

async function baselineMs(c: Case): Promise<number> {
  const known = baselines.get(c.table);
  if (known !== undefined) return known;
  const times: number[] = [];
  for (let i = 0; i < 10; i++) times.push((await timed(c, c.args())).ms);
  const measured = times.slice(3).sort((a, b) => a - b);
  const median = measured[Math.floor(measured.length / 2)] ?? 0;
  baselines.set(c.table, median);
  return median;
}

const protoKeys = (o: object) => new Set(Reflect.ownKeys(o));
const pristine = [Object.prototype, Array.prototype, Function.prototype].map(
  (p) => [p, protoKeys(p)] as const,
);

/** Keys a case added to the shared prototypes (removed again, so later cases run clean). */
function pollution(): string | undefined {
  const added: string[] = [];
  for (const [proto, keys] of pristine) {
    for (const k of Reflect.ownKeys(proto)) {
      if (keys.has(k)) continue;
      added.push(String(k));
      Reflect.deleteProperty(proto, k);
    }
  }
  return added.length ? added.join(', ') : undefined;
}

async function run(c: Case): Promise<Outcome> {
  if (c.key.endsWith('(baseline)')) {
    const outcome = judge(c, await timed(c, c.args()));
    await baselineMs(c);
    return outcome;
  }
  const base = await baselineMs(c);
  const args = c.args();
  let t = await timed(c, args);
  const outcome = judge(c, t);
  if (!outcome.ok) return outcome;

  if (c.scaledArgs) {
    const small = c.scaledArgs(SMALL_SIZE);
    let smallMs = (await timed(c, small)).ms;
    const bound = () => LINEAR_SLACK * (FULL_SIZE / SMALL_SIZE) * smallMs + FLOOR_MS;
    for (let i = 0; i < RETRIES && t.ms > bound() && t.ms < RETRY_BELOW_MS; i++) {
      const again = await timed(c, c.scaledArgs(FULL_SIZE));
      if (again.ms < t.ms) t = again;
      smallMs = Math.max(smallMs, (await timed(c, small)).ms);
    }
    if (t.ms > bound()) {
      return {
        ok: false,
        kind: 'super-linear',
        detail: `${FULL_SIZE} units took ${t.ms.toFixed(0)} ms, ${SMALL_SIZE} took ${smallMs.toFixed(1)} ms (bound ${bound().toFixed(0)} ms)`,
        ms: t.ms,
      };
    }
    return { ok: true, ms: t.ms };
  }

  const bound = RATIO * base + FLOOR_MS;
  for (let i = 0; i < RETRIES && t.ms > bound && t.ms < RETRY_BELOW_MS; i++) {
    const again = await timed(c, c.args());
    if (again.ms < t.ms) t = again;
  }
  if (t.ms > bound) {
    return {
      ok: false,
      kind: 'slow',
      detail: `${t.ms.toFixed(0)} ms, bound ${bound.toFixed(0)} ms (${RATIO} × baseline ${base.toFixed(2)} ms + ${FLOOR_MS} ms)`,
      ms: t.ms,
    };
  }
  return outcome;
}

async function main(start: number) {
  const cases = allCases();
  post({ type: 'keys', cases: cases.map((c) => ({ key: c.key, module: c.module })) });
  for (let index = start; index < cases.length; index++) {
    const c = cases[index] as Case;
    post({ type: 'start', index });
    unhandled = undefined;
    let outcome = await run(c);
    await new Promise((resolve) => setImmediate(resolve));
    const polluted = pollution();
    if (outcome.ok && polluted)
      outcome = { ok: false, kind: 'polluted', detail: `prototype keys added: ${polluted}`, ms: outcome.ms };
    if (outcome.ok && unhandled !== undefined) {
      const d = describe(unhandled);
      outcome = { ok: false, kind: 'unhandled rejection', detail: `${d.kind}: ${d.detail}`, ms: outcome.ms };
    }
    post({ type: 'result', index, outcome });
  }
  post({ type: 'end' });
}

/** Without a parent: `npx tsx test/robustness/hostile/runner.ts '<regex>'` runs the matching cases here and prints them. */
async function cli(pattern: string) {
  const only = new RegExp(pattern);
  for (const c of allCases()) {
    if (!only.test(c.key)) continue;
    const o = await run(c);
    console.log(`${c.key} → ${o.ok ? 'ok' : `${o.kind}: ${o.detail}`} (${o.ms.toFixed(1)} ms)`);
  }
}

if (parentPort) await main((workerData as { start: number }).start);
else await cli(process.argv[2] ?? '.');
