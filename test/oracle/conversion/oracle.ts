/**
 * An independent, deliberately simple reference implementation of reckon's conversion-verdict rules
 * (/work/notes/conversion-rules.md, shared/DESIGN.md "Checking a reported conversion"). It shares no
 * code with src/: its own exact rationals, its own ECB CSV reader, its own date arithmetic. Written for
 * obviousness, not speed or generality.
 */

// ---------------------------------------------------------------------------------------------------
// Exact rationals

/** n / d with d > 0, in lowest terms. */
export interface Q {
  readonly n: bigint;
  readonly d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const r = x % y;
    x = y;
    y = r;
  }
  return x;
}

export function q(n: bigint, d = 1n): Q {
  if (d === 0n) throw new Error('oracle: division by zero');
  const s = d < 0n ? -1n : 1n;
  const g = gcd(n, d) || 1n;
  return { n: (s * n) / g, d: (s * d) / g };
}

export const add = (a: Q, b: Q): Q => q(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Q, b: Q): Q => q(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Q, b: Q): Q => q(a.n * b.n, a.d * b.d);
export const div = (a: Q, b: Q): Q => q(a.n * b.d, a.d * b.n);
export const cmp = (a: Q, b: Q): number => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};
export const abs = (a: Q): Q => (a.n < 0n ? q(-a.n, a.d) : a);
export const pow10 = (k: number): Q => (k >= 0 ? q(10n ** BigInt(k)) : q(1n, 10n ** BigInt(-k)));

/** "0.8675" → 347/400; "12" → 12. Plain non-negative decimals only. */
export function decimal(text: string): Q {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) throw new Error(`oracle: not a decimal: ${text}`);
  const frac = m[2] ?? '';
  return q(BigInt((m[1] ?? '') + frac), 10n ** BigInt(frac.length));
}

/** A decimal approximation for messages only. */
export function show(a: Q, digits = 8): string {
  const neg = a.n < 0n;
  const scaled = ((neg ? -a.n : a.n) * 10n ** BigInt(digits) + a.d / 2n) / a.d;
  const s = scaled.toString().padStart(digits + 1, '0');
  return `${neg ? '-' : ''}${s.slice(0, -digits)}.${s.slice(-digits)}`;
}

// ---------------------------------------------------------------------------------------------------
// Days: integers counting from 1970-01-01 (proleptic Gregorian, H. Hinnant's civil-day algorithm)

export function dayOf(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`oracle: not an ISO day: ${iso}`);
  const month = Number(m[2]);
  const y = Number(m[1]) - (month <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + Number(m[3]) - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function isoOf(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------------------
// The ECB history: units of each currency per 1 EUR, by day

export interface EcbTable {
  /** The first day with a row. */
  readonly firstDay: number;
  /** Every day with a row. */
  readonly rowDays: ReadonlySet<number>;
  /** currency → day → units per 1 EUR as written (N/A cells are absent); read into a Q when used. */
  readonly perEuro: ReadonlyMap<string, ReadonlyMap<number, string>>;
}

export function readEcbCsv(text: string): EcbTable {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = (lines[0] ?? '').split(',').map((c) => c.trim());
  if (header[0] !== 'Date') throw new Error('oracle: not an ECB history file');
  const perEuro = new Map<string, Map<number, string>>();
  const rowDays = new Set<number>();
  for (const line of lines.slice(1)) {
    const cells = line.split(',');
    const day = dayOf((cells[0] ?? '').trim());
    rowDays.add(day);
    header.forEach((code, i) => {
      const cell = (cells[i] ?? '').trim();
      if (i === 0 || code === '' || cell === '' || cell === 'N/A') return;
      if (!/^\d+(?:\.\d+)?$/.test(cell))
        throw new Error(`oracle: bad rate ${cell} for ${code} on ${cells[0]}`);
      const column = perEuro.get(code) ?? new Map<number, string>();
      perEuro.set(code, column);
      column.set(day, cell);
    });
  }
  return { firstDay: Math.min(...rowDays), rowDays, perEuro };
}

/** The fix base→quote (quote per 1 base) on a day, or undefined when the day has no row or a leg is N/A. */
export function fixOn(table: EcbTable, base: string, quote: string, day: number): Q | undefined {
  if (!table.rowDays.has(day)) return undefined;
  const leg = (code: string) => {
    const cell = code === 'EUR' ? '1' : table.perEuro.get(code)?.get(day);
    return cell === undefined ? undefined : decimal(cell);
  };
  const b = leg(base);
  const c = leg(quote);
  return b === undefined || c === undefined ? undefined : div(c, b);
}

export interface Fix {
  readonly day: number;
  readonly rate: Q;
}

/** Every fix base→quote with from ≤ day ≤ to, oldest first. */
export function fixesIn(table: EcbTable, base: string, quote: string, from: number, to: number): Fix[] {
  const out: Fix[] = [];
  for (let day = from; day <= to; day++) {
    const rate = fixOn(table, base, quote, day);
    if (rate) out.push({ day, rate });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// The verdict

export type Status = 'consistent' | 'withinTolerance' | 'inconsistent' | 'indeterminate';
export type Reason =
  | 'noReferenceRate'
  | 'rangeMismatch'
  | 'tooCoarse'
  | 'inverted'
  | 'scale'
  | 'matchesOutsideWindow';

export interface OracleInput {
  readonly base: string;
  readonly quote: string;
  /** A's written value and the quantum its digits imply. */
  readonly a: Q;
  readonly qA: Q;
  /** B's written value and quantum. */
  readonly b: Q;
  readonly qB: Q;
  /** The upper ends of a range ("between A and A_max"), with the range's quantum. */
  readonly aMax?: Q;
  readonly bMax?: Q;
  /**
   * B is approximate ("about", "rund") and the number as written ends in an integer zero ("170" of
   * "rund 170 Milliarden"): that zero may be rounding, so B's step is ten times its quantum.
   */
  readonly bRoundedZero?: boolean;
  readonly maxRateAgeDays?: number;
  readonly eventDate?: string;
  readonly publishedDate?: string;
  readonly window?: { readonly from: string; readonly to: string };
  readonly assumeSourceExact?: boolean;
  readonly toleranceBps?: number;
  readonly maxResolutionBps?: number;
}

export interface OracleVerdict {
  readonly status: Status;
  readonly reasons: Reason[];
  readonly low: Q;
  readonly high: Q;
  readonly point: Q;
  readonly halfWidthBps: Q;
  readonly window: { readonly from: string; readonly to: string };
  readonly eventWindow?: { readonly from: string; readonly to: string };
  readonly fixesInWindow: number;
  readonly toleranceBps: number;
  readonly best?: { readonly date: string; readonly rate: Q; readonly gapBps: Q; readonly deviationBps: Q };
  readonly outsideMatch?: { readonly date: string; readonly rate: Q };
}

export class OracleError extends Error {
  readonly code: 'INVALID_CONVERSION' | 'INVALID_DATE';
  constructor(code: 'INVALID_CONVERSION' | 'INVALID_DATE') {
    super(`oracle: ${code}`);
    this.code = code;
  }
}

const BP = q(10000n);

/** Rule 4: τ per unordered pair. */
export function defaultTau(x: string, y: string): number {
  const key = [x, y].sort().join('/');
  return key === 'EUR/GBP' ? 44 : key === 'GBP/USD' ? 67 : key === 'EUR/USD' ? 70 : 100;
}

/** Rule 3: the distance of x to [low, high] in bp relative to x; 0 inside. */
export function gapBps(x: Q, low: Q, high: Q): Q {
  if (cmp(x, low) < 0) return mul(div(sub(low, x), x), BP);
  if (cmp(x, high) > 0) return mul(div(sub(x, high), x), BP);
  return q(0n);
}

function numberQ(x: number): Q {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(String(x));
  if (!m) throw new Error(`oracle: unsupported number ${x}`);
  const v = decimal(`${m[2]}${m[3] ? `.${m[3]}` : ''}`);
  return m[1] ? q(-v.n, v.d) : v;
}

/** The window's start for one date: the last day before it with a fix, at most `maxAge` days before. */
function startFor(table: EcbTable, base: string, quote: string, date: number, maxAge: number): number {
  for (let day = date - 1; day >= date - maxAge && day >= table.firstDay; day--) {
    if (fixOn(table, base, quote, day)) return day;
  }
  return date;
}

/**
 * Rule 2's default window as day numbers: from the last day strictly before the earliest date with a
 * fix for this pair, at most `maxAge` (7) days before it (or that date itself when there is none) to the
 * latest date. Dates more than 31 days apart: the same for each date alone, the latest's as the window
 * and the earliest's as the event window (the fixes between them do not count). An event date after the
 * publication date is left out.
 */
export function defaultWindow(
  table: EcbTable,
  base: string,
  quote: string,
  eventDate: string | undefined,
  publishedDate: string | undefined,
  maxAge = 7,
): [number, number, [number, number]?] {
  // docs/conversions.md, step 2 (review G11): an event date after the publication does not count, as a
  // writer cannot have used a fix from after the article.
  const event =
    eventDate !== undefined && publishedDate !== undefined && eventDate > publishedDate
      ? undefined
      : eventDate;
  const dates = [event, publishedDate].filter((d): d is string => d !== undefined).map(dayOf);
  if (dates.length === 0) throw new OracleError('INVALID_CONVERSION');
  const earliest = Math.min(...dates);
  const latest = Math.max(...dates);
  if (latest - earliest > 31) {
    return [
      startFor(table, base, quote, latest, maxAge),
      latest,
      [startFor(table, base, quote, earliest, maxAge), earliest],
    ];
  }
  return [startFor(table, base, quote, earliest, maxAge), latest];
}

export function oracleVerdict(table: EcbTable, input: OracleInput): OracleVerdict {
  const { base, quote, a, qA, b, qB } = input;
  if (a.n === 0n || b.n === 0n || a.n < 0n !== b.n < 0n) throw new OracleError('INVALID_CONVERSION');

  // Rule 1, for each end of a range converted to a range
  const half = (x: Q) => div(x, q(2n));
  const stepB = input.bRoundedZero ? mul(qB, q(10n)) : qB;
  const exactSource = input.assumeSourceExact ?? true;
  const interval = (av: Q, bv: Q) => {
    const bLow = sub(bv, half(stepB));
    const bHigh = add(bv, half(stepB));
    return {
      low: exactSource ? div(bLow, av) : div(bLow, add(av, half(qA))),
      high: exactSource ? div(bHigh, av) : div(bHigh, sub(av, half(qA))),
      point: div(bv, av),
    };
  };
  const ends = [interval(a, b)];
  if (input.aMax && input.bMax) ends.push(interval(input.aMax, input.bMax));
  const { low, high, point } = ends[0] as (typeof ends)[number];
  const maxQ = (xs: Q[]) => xs.reduce((m, x) => (cmp(x, m) > 0 ? x : m));
  /** A fix must fit every end: its gap is the largest. */
  const gapAll = (x: Q) => maxQ(ends.map((e) => gapBps(x, e.low, e.high)));

  // Rule 2
  let from: number;
  let to: number;
  let eventDays: [number, number] | undefined;
  if (input.window) {
    from = dayOf(input.window.from);
    to = dayOf(input.window.to);
    if (to < from) throw new OracleError('INVALID_DATE');
  } else {
    [from, to, eventDays] = defaultWindow(
      table,
      base,
      quote,
      input.eventDate,
      input.publishedDate,
      input.maxRateAgeDays,
    );
  }
  const window = { from: isoOf(from), to: isoOf(to) };

  // Rules 3–4
  const fixes = [
    ...(eventDays ? fixesIn(table, base, quote, eventDays[0], eventDays[1]) : []),
    ...fixesIn(table, base, quote, from, to),
  ];
  const tauNumber = input.toleranceBps ?? defaultTau(base, quote);
  const tau = numberQ(tauNumber);
  const limit = numberQ(input.maxResolutionBps ?? 250);
  const halfWidthBps = maxQ(ends.map((e) => mul(div(half(sub(e.high, e.low)), e.point), BP)));
  const common = {
    low,
    high,
    point,
    halfWidthBps,
    window,
    ...(eventDays ? { eventWindow: { from: isoOf(eventDays[0]), to: isoOf(eventDays[1]) } } : {}),
    fixesInWindow: fixes.length,
    toleranceBps: tauNumber,
  };
  if (fixes.length === 0) return { ...common, status: 'indeterminate', reasons: ['noReferenceRate'] };
  if ((input.aMax === undefined) !== (input.bMax === undefined))
    return { ...common, status: 'indeterminate', reasons: ['rangeMismatch'] };

  const scored = fixes.map((f) => {
    // For a range, the end that deviates more.
    const devs = ends.map((e) => mul(sub(div(e.point, f.rate), q(1n)), BP));
    const deviation = devs.reduce((m, d) => (cmp(abs(d), abs(m)) > 0 ? d : m));
    return { ...f, gap: gapAll(f.rate), deviation };
  });
  let bestFix = scored[0] as (typeof scored)[number];
  for (const s of scored.slice(1)) {
    const byGap = cmp(s.gap, bestFix.gap);
    const byDeviation = cmp(abs(s.deviation), abs(bestFix.deviation));
    // Ascending order: on a full tie the later day (s) wins.
    if (byGap < 0 || (byGap === 0 && byDeviation <= 0)) bestFix = s;
  }
  const best = {
    date: isoOf(bestFix.day),
    rate: bestFix.rate,
    gapBps: bestFix.gap,
    deviationBps: bestFix.deviation,
  };

  if (cmp(bestFix.gap, tau) > 0) {
    // Rule 5
    const near = (x: Q) => cmp(gapAll(x), tau) <= 0;
    const reasons: Reason[] = [];
    if (fixes.some((f) => near(div(q(1n), f.rate)))) reasons.push('inverted');
    const ks = [3, 6, 9, -3, -6, -9].map(pow10);
    if (fixes.some((f) => ks.some((k) => near(mul(f.rate, k))))) reasons.push('scale');
    const ceiling = input.publishedDate !== undefined ? dayOf(input.publishedDate) : to;
    let found: { day: number; rate: Q; distance: number } | undefined;
    const consider = (day: number, distance: number) => {
      const rate = fixOn(table, base, quote, day);
      if (!rate || cmp(gapAll(rate), q(0n)) !== 0) return;
      if (!found || distance < found.distance || (distance === found.distance && day > found.day)) {
        found = { day, rate, distance };
      }
    };
    for (let day = from - 30; day <= from - 1; day++) consider(day, from - day);
    for (let day = to + 1; day <= Math.min(to + 30, ceiling); day++) consider(day, day - to);
    if (found) reasons.push('matchesOutsideWindow');
    return {
      ...common,
      status: 'inconsistent',
      reasons,
      best,
      ...(found ? { outsideMatch: { date: isoOf(found.day), rate: found.rate } } : {}),
    };
  }
  if (bestFix.gap.n === 0n && cmp(halfWidthBps, limit) <= 0)
    return { ...common, status: 'consistent', reasons: [], best };
  if (cmp(halfWidthBps, limit) > 0)
    return { ...common, status: 'indeterminate', reasons: ['tooCoarse'], best };
  return { ...common, status: 'withinTolerance', reasons: [], best };
}
