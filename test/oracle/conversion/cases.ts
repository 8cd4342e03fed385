/**
 * Generated conversion cases for the differential test: a written "A (B)" pair as a user would type it,
 * with dates, built from the ECB history by the oracle's own reader. No code from src/.
 */
import fc from 'fast-check';
import {
  add,
  cmp,
  dayOf,
  decimal,
  defaultWindow,
  div,
  type EcbTable,
  type Fix,
  fixesIn,
  fixOn,
  isoOf,
  mul,
  pow10,
  type Q,
  q,
  sub,
} from './oracle';

// ISK: the ECB published no ISK fix from 9 Dec 2008 to 1 Feb 2018 (a window must not reach over that).
export const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'JPY', 'SEK', 'ISK'] as const;
const SYMBOL: Readonly<Record<string, string>> = { EUR: '€', USD: '$', GBP: '£', JPY: '¥' };
const SCALE_WORD: Readonly<Record<number, string>> = { 3: 'k', 6: 'm', 9: 'bn', 12: 'tn' };

export type Kind = 'correct' | 'off' | 'inverted' | 'scale' | 'coarse' | 'outsideWindow' | 'afterPublication';

/** The random choices a case is built from (plain numbers, so that fast-check shrinks them well). */
export interface Raw {
  readonly base: number;
  readonly quoteStep: number;
  readonly dateMode: 'uniform' | 'holiday' | 'weekend' | 'repeat' | 'parity';
  readonly day: number;
  readonly year: number;
  readonly holiday: number;
  readonly holidayShift: number;
  readonly weekendShift: number;
  readonly eventMode: 'none' | 'before' | 'after' | 'only';
  readonly eventShift: number;
  readonly kind: Kind;
  readonly pick: number;
  readonly aInt: number;
  readonly aFrac: number;
  readonly aDecimals: number;
  readonly aScale: 6 | 9;
  readonly bDecimals: number;
  readonly offBps: number;
  readonly offUp: boolean;
  readonly scalePick: number;
  readonly oneDigit: boolean;
  readonly symbolA: boolean;
  readonly symbolB: boolean;
  readonly sourceExact: boolean;
  /** B written as "about …". */
  readonly about: boolean;
  /** Options that are usually left at their defaults. */
  readonly toleranceBps: number | undefined;
  readonly maxResolutionBps: number | undefined;
  /** Explicit window (second property only): days before publication where it ends, and its length. */
  readonly windowEnd: number;
  readonly windowLength: number;
}

export interface Case {
  readonly kind: Kind;
  readonly base: string;
  readonly quote: string;
  readonly fromText: string;
  readonly toText: string;
  /** A's and B's written values and quanta, read from the digits written (not from parseFigure). */
  readonly a: Q;
  readonly qA: Q;
  readonly b: Q;
  readonly qB: Q;
  readonly eventDate?: string;
  readonly publishedDate?: string;
  readonly window?: { readonly from: string; readonly to: string };
  readonly assumeSourceExact: boolean;
  /** B is "about …" and its number as written ends in an integer zero: that zero may be rounding. */
  readonly bRoundedZero?: boolean;
  readonly toleranceBps?: number;
  readonly maxResolutionBps?: number;
  /** The fix B was computed from (for messages). */
  readonly refDate: string;
}

const at = <T>(list: readonly T[], pick: number): T | undefined => list[pick % Math.max(1, list.length)];

const FIRST = dayOf('1999-01-01');
const LAST = dayOf('2026-12-31');

export function rawArbitrary(): fc.Arbitrary<Raw> {
  return fc.record({
    base: fc.integer({ min: 0, max: CURRENCIES.length - 1 }),
    quoteStep: fc.integer({ min: 1, max: 5 }),
    dateMode: fc.oneof(
      { arbitrary: fc.constant('uniform' as const), weight: 3 },
      { arbitrary: fc.constant('holiday' as const), weight: 3 },
      { arbitrary: fc.constant('weekend' as const), weight: 2 },
      { arbitrary: fc.constant('repeat' as const), weight: 1 },
      { arbitrary: fc.constant('parity' as const), weight: 1 },
    ),
    day: fc.integer({ min: FIRST, max: LAST }),
    year: fc.integer({ min: 1999, max: 2026 }),
    holiday: fc.integer({ min: 0, max: HOLIDAYS.length - 1 }),
    holidayShift: fc.integer({ min: -1, max: 3 }),
    weekendShift: fc.integer({ min: 0, max: 2 }),
    eventMode: fc.oneof(
      { arbitrary: fc.constant('none' as const), weight: 3 },
      { arbitrary: fc.constant('before' as const), weight: 5 },
      { arbitrary: fc.constant('after' as const), weight: 1 },
      { arbitrary: fc.constant('only' as const), weight: 1 },
    ),
    // Mostly days; sometimes months or years (a retrospective article: only the two dates' days count).
    eventShift: fc.oneof(
      { arbitrary: fc.integer({ min: 0, max: 10 }), weight: 4 },
      fc.integer({ min: 25, max: 6000 }),
    ),
    kind: fc.oneof(
      { arbitrary: fc.constant('correct' as const), weight: 6 },
      { arbitrary: fc.constant('off' as const), weight: 4 },
      { arbitrary: fc.constant('inverted' as const), weight: 2 },
      { arbitrary: fc.constant('scale' as const), weight: 3 },
      { arbitrary: fc.constant('coarse' as const), weight: 2 },
      { arbitrary: fc.constant('outsideWindow' as const), weight: 3 },
      { arbitrary: fc.constant('afterPublication' as const), weight: 1 },
    ),
    pick: fc.nat({ max: 1000 }),
    aInt: fc.integer({ min: 1, max: 999 }),
    aFrac: fc.nat({ max: 99 }),
    aDecimals: fc.integer({ min: 0, max: 2 }),
    aScale: fc.constantFrom(6 as const, 9 as const),
    bDecimals: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 4 }), weight: 4 }, fc.constant(0)),
    offBps: fc.integer({ min: 50, max: 300 }),
    offUp: fc.boolean(),
    scalePick: fc.nat({ max: 5 }),
    oneDigit: fc.boolean(),
    symbolA: fc.boolean(),
    symbolB: fc.boolean(),
    sourceExact: fc.oneof({ arbitrary: fc.constant(true), weight: 9 }, fc.constant(false)),
    about: fc.oneof({ arbitrary: fc.constant(false), weight: 4 }, fc.constant(true)),
    toleranceBps: fc.oneof(
      { arbitrary: fc.constant(undefined), weight: 9 },
      fc.integer({ min: 1, max: 300 }),
    ),
    maxResolutionBps: fc.oneof(
      { arbitrary: fc.constant(undefined), weight: 9 },
      fc.integer({ min: 10, max: 1000 }),
    ),
    windowEnd: fc.integer({ min: 0, max: 20 }),
    windowLength: fc.integer({ min: 0, max: 10 }),
  });
}

// ---------------------------------------------------------------------------------------------------
// Dates: TARGET holidays and the days around them, weekends, gaps in the ECB's publication

function easter(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayOf(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

const HOLIDAYS: readonly ((year: number) => number)[] = [
  (y) => dayOf(`${y}-01-01`),
  (y) => easter(y) - 2,
  (y) => easter(y) + 1,
  (y) => dayOf(`${y}-05-01`),
  (y) => dayOf(`${y}-12-25`),
  (y) => dayOf(`${y}-12-26`),
  (y) => dayOf(`${y}-12-31`),
  // Gaps and edges of the ECB's own history: no fix on 31 Dec 1999 or 2001, fixes on 2 and 5 Apr 1999,
  // the first and the last day of the file.
  () => dayOf('2002-01-02'),
  () => dayOf('2000-01-03'),
  () => dayOf('1999-04-02'),
  () => dayOf('1999-01-04'),
  () => dayOf('2026-04-13'),
];

/** Days of `year` whose fix for the pair equals the previous fix: a window over both must pick the later day. */
function repeatDays(table: EcbTable, base: string, quote: string, year: number): number[] {
  const days: number[] = [];
  let previous: Q | undefined;
  for (const fix of fixesIn(table, base, quote, dayOf(`${year}-01-01`), dayOf(`${year}-12-31`))) {
    if (previous && cmp(previous, fix.rate) === 0) days.push(fix.day);
    previous = fix.rate;
  }
  return days;
}

/**
 * Days of `year` on which the pair traded within 1 % of parity, where r and 1/r are both near the
 * written rate, so that several reasons can hold at once.
 */
function parityDays(table: EcbTable, base: string, quote: string, year: number): number[] {
  const near = (r: Q) => cmp(r, q(99n, 100n)) >= 0 && cmp(r, q(101n, 100n)) <= 0;
  return fixesIn(table, base, quote, dayOf(`${year}-01-01`), dayOf(`${year}-12-31`))
    .filter((f) => near(f.rate))
    .map((f) => f.day);
}

const PARITY_PAIRS = [
  ['USD', 'CHF'],
  ['EUR', 'CHF'],
  ['EUR', 'USD'],
] as const;

function publicationDay(table: EcbTable, raw: Raw, base: string, quote: string): number {
  if (raw.dateMode === 'repeat' || raw.dateMode === 'parity') {
    const days = (raw.dateMode === 'repeat' ? repeatDays : parityDays)(table, base, quote, raw.year);
    const day = at(days, raw.day);
    if (day !== undefined) return day + raw.weekendShift;
  }
  if (raw.dateMode === 'holiday') {
    const holiday = HOLIDAYS[raw.holiday] ?? HOLIDAYS[0];
    return (holiday as (y: number) => number)(raw.year) + raw.holidayShift;
  }
  if (raw.dateMode === 'weekend') {
    // Day numbers count from a Thursday: (day + 4) % 7 is 0 on Sundays, 6 on Saturdays.
    const saturday = raw.day + ((6 - ((raw.day + 4) % 7) + 7) % 7);
    return Math.min(saturday, LAST) + raw.weekendShift;
  }
  return raw.day;
}

// ---------------------------------------------------------------------------------------------------
// Writing amounts as a person would

/** Rounds x ≥ 0 half-up to `decimals` places: the digits as text and their exact value. */
function roundHalfUp(x: Q, decimals: number): { digits: string; value: Q } {
  const scaled = mul(x, pow10(decimals));
  const units = (2n * scaled.n + scaled.d) / (2n * scaled.d);
  const text = units.toString().padStart(decimals + 1, '0');
  const digits = decimals === 0 ? text : `${text.slice(0, -decimals)}.${text.slice(-decimals)}`;
  return { digits, value: q(units, 10n ** BigInt(decimals)) };
}

/** ⌊log10 x⌋ for x ≥ 1. */
function floorLog10(x: Q): number {
  return (x.n / x.d).toString().length - 1;
}

interface Written {
  readonly text: string;
  readonly value: Q;
  readonly quantum: Q;
}

/** "£11bn" or "GBP 11bn" (CHF and SEK have no symbol parseFigure reads, so always their code). */
function write(currency: string, symbol: boolean, digits: string, scale: number): string {
  const body = `${digits}${SCALE_WORD[scale] ?? ''}`;
  const sign = SYMBOL[currency];
  return symbol && sign ? `${sign}${body}` : `${currency} ${body}`;
}

/** x written with `decimals` places after a scale word chosen so that 1 ≤ mantissa < 1000. */
function writePlain(currency: string, symbol: boolean, x: Q, decimals: number): Written {
  const e = Math.min(12, Math.max(3, Math.floor(floorLog10(x) / 3) * 3));
  const { digits, value } = roundHalfUp(div(x, pow10(e)), decimals);
  return {
    text: write(currency, symbol, digits, e),
    value: mul(value, pow10(e)),
    quantum: pow10(e - decimals),
  };
}

/** x rounded to one significant digit, written so that the quantum is that digit's place ("€0.7bn"). */
function writeOneDigit(currency: string, symbol: boolean, x: Q): Written {
  let e = floorLog10(x);
  let digit = roundHalfUp(div(x, pow10(e)), 0).value;
  if (cmp(digit, q(10n)) === 0) {
    e += 1;
    digit = q(1n);
  }
  const scale = Math.min(12, Math.max(3, Math.ceil(e / 3) * 3));
  const decimals = Math.max(0, scale - e);
  const { digits, value } = roundHalfUp(div(mul(digit, pow10(e)), pow10(scale)), decimals);
  return {
    text: write(currency, symbol, digits, scale),
    value: mul(value, pow10(scale)),
    quantum: pow10(scale - decimals),
  };
}

// ---------------------------------------------------------------------------------------------------

/** Builds a case from random choices; `explicitWindow` gives it a window ending before publication. */
export function buildCase(table: EcbTable, raw: Raw, explicitWindow = false): Case {
  const parity = at(PARITY_PAIRS, raw.base) ?? PARITY_PAIRS[0];
  const [base, quote] =
    raw.dateMode !== 'parity'
      ? [CURRENCIES[raw.base] as string, CURRENCIES[(raw.base + raw.quoteStep) % CURRENCIES.length] as string]
      : raw.quoteStep % 2 === 0
        ? parity
        : [parity[1], parity[0]];
  const published = publicationDay(table, raw, base, quote);
  const event =
    raw.eventMode === 'before' || raw.eventMode === 'only'
      ? published - raw.eventShift
      : raw.eventMode === 'after'
        ? published + 1 + (raw.eventShift % 5)
        : undefined;
  const dates = {
    ...(event !== undefined ? { eventDate: isoOf(event) } : {}),
    ...(raw.eventMode !== 'only' ? { publishedDate: isoOf(published) } : {}),
  };
  let from: number;
  let to: number;
  if (explicitWindow) {
    to = published - raw.windowEnd;
    from = to - raw.windowLength;
  } else {
    [from, to] = defaultWindow(table, base, quote, dates.eventDate, dates.publishedDate);
  }

  const inWindow = fixesIn(table, base, quote, from, to);
  const candidates: Fix[] =
    raw.kind === 'outsideWindow'
      ? explicitWindow && raw.offUp
        ? fixesIn(table, base, quote, to + 1, Math.min(to + 25, published))
        : fixesIn(table, base, quote, from - 25, from - 3)
      : raw.kind === 'afterPublication'
        ? fixesIn(table, base, quote, Math.max(to, published) + 1, Math.max(to, published) + 20)
        : inWindow;
  // Before the first fix of the history nothing is in reach: fall back to the first fix there is.
  const ref: Fix = at(candidates, raw.pick) ??
    at(inWindow, raw.pick) ?? {
      day: table.firstDay,
      rate: fixOn(table, base, quote, table.firstDay) ?? q(1n),
    };

  const aFrac = String(raw.aFrac % 10 ** raw.aDecimals).padStart(raw.aDecimals, '0');
  const aDigits = raw.aDecimals === 0 ? String(raw.aInt) : `${raw.aInt}.${aFrac}`;
  const a = mul(decimal(aDigits), pow10(raw.aScale));
  const qA = pow10(raw.aScale - raw.aDecimals);
  const fromText = write(base, raw.symbolA, aDigits, raw.aScale);

  let target = mul(a, ref.rate);
  if (raw.kind === 'off') {
    const off = div(q(BigInt(raw.offBps)), q(10000n));
    target = mul(target, raw.offUp ? add(q(1n), off) : sub(q(1n), off));
  } else if (raw.kind === 'inverted') {
    target = div(a, ref.rate);
  } else if (raw.kind === 'scale') {
    // Only factors that keep B between a thousand and a quadrillion, so that a scale word can write it.
    const ks = [3, -3, 6, -6, 9, -9].filter((k) => {
      const v = mul(target, pow10(k));
      return cmp(v, pow10(3)) >= 0 && cmp(v, pow10(15)) < 0;
    });
    target = mul(target, pow10(at(ks, raw.scalePick) ?? 3));
  }
  const written =
    raw.kind === 'coarse'
      ? raw.oneDigit
        ? writeOneDigit(quote, raw.symbolB, target)
        : writePlain(quote, raw.symbolB, target, 0)
      : writePlain(quote, raw.symbolB, target, raw.bDecimals);

  return {
    kind: raw.kind,
    base,
    quote,
    fromText,
    toText: raw.about ? `about ${written.text}` : written.text,
    a,
    qA,
    b: written.value,
    qB: written.quantum,
    ...dates,
    ...(explicitWindow ? { window: { from: isoOf(from), to: isoOf(to) } } : {}),
    assumeSourceExact: raw.sourceExact,
    bRoundedZero:
      raw.about && /^\D*\d+(?:bn|m|k|tn)?$/.test(written.text) && /0(?:bn|m|k|tn)?$/.test(written.text),
    ...(raw.toleranceBps !== undefined ? { toleranceBps: raw.toleranceBps } : {}),
    ...(raw.maxResolutionBps !== undefined ? { maxResolutionBps: raw.maxResolutionBps } : {}),
    refDate: isoOf(ref.day),
  };
}

/** An exact decimal string of a terminating rational, trailing zeros trimmed ("12680000000", "0.1"). */
export function plainDecimal(x: Q): string {
  for (let k = 0; k <= 30; k++) {
    const scaled = mul(x, pow10(k));
    if (scaled.d === 1n) {
      const text = (scaled.n < 0n ? -scaled.n : scaled.n).toString().padStart(k + 1, '0');
      const body = k === 0 ? text : `${text.slice(0, -k)}.${text.slice(-k)}`.replace(/\.?0+$/, '');
      return `${scaled.n < 0n ? '-' : ''}${body}`;
    }
  }
  throw new Error('oracle: not a terminating decimal');
}
