/**
 * Generated cases and their comparison: the real figureBounds / figureAllows / parseFigure (public API
 * only) against oracle.ts and phrases.ts. Each difference is filed under a family key (which check,
 * view, qualifier, sign, band, which field), so that one cause found many times is one entry.
 */
import fc from 'fast-check';
import {
  type FigureJSON,
  figureAllows,
  figureBounds,
  figureFromJSON,
  figureToJSON,
  formatFigure,
  type Money,
  money,
  type Qualifier,
  safeParseFigure,
} from '../../../src/index';
import { add, cmp, mul, parseDecimal, type Rat, rat, sub } from '../rational';
import {
  type FigureShape,
  type OracleBounds,
  type OracleOptions,
  oracleAllows,
  oracleBounds,
  showRat,
} from './oracle';
import { isFigure, type Language, meaning, type PhraseParts, rangeForm, render, shape } from './phrases';

export const QUALIFIERS: readonly Qualifier[] = [
  'exact',
  'about',
  'upTo',
  'atLeast',
  'moreThan',
  'almost',
  'lessThan',
  'range',
];
/** 0, 2 and 3 minor digits, and the three the docs name most. */
const CURRENCIES = ['JPY', 'EUR', 'USD', 'GBP', 'CHF', 'KWD', 'BHD'] as const;
const BANDS = ['0', '0.05', '0.1', '0.125', '0.25', '0.5', '0.50', '1', '1.0', '1.00'] as const;

/** One figure as JSON plus the options to read it with. */
export interface BoundsCase {
  readonly figure: FigureShape;
  readonly options: OracleOptions;
}

const decimal = (digits: bigint, exp: number) => showRat(mul(rat(digits), pow10(exp)));
const pow10 = (exp: number) => (exp >= 0 ? rat(10n ** BigInt(exp)) : rat(1n, 10n ** BigInt(-exp)));

/**
 * Figures of every qualifier, currency and decimal count: amount = digits × 10^e with e from −4 (finer
 * than any minor unit) to 20, quantum 10^e, or (coarse) 10^(e+1) as numbers in words have ("half a
 * billion": €0.5bn, quantum €1bn); negative amounts, and ranges that start below zero.
 */
export const boundsCase: fc.Arbitrary<BoundsCase> = fc
  .record({
    currency: fc.constantFrom(...CURRENCIES),
    e: fc.integer({ min: -4, max: 20 }),
    digits: fc.bigInt({ min: 1n, max: 99_999n }),
    span: fc.bigInt({ min: 0n, max: 99_999n }),
    qualifier: fc.constantFrom(...QUALIFIERS),
    negative: fc.boolean(),
    coarse: fc.integer({ min: 0, max: 7 }),
    view: fc.constantFrom('nominal', 'rounding'),
    almostBand: fc.option(fc.constantFrom(...BANDS), { nil: undefined }),
    aboutBand: fc.option(fc.constantFrom(...BANDS), { nil: undefined }),
  })
  .map(({ currency, e, digits, span, qualifier, negative, coarse, view, almostBand, aboutBand }) => {
    // A coarse quantum needs |amount| ≥ q/2, so that the rounding interval keeps the amount's sign.
    const isCoarse = coarse === 0 && digits >= 5n;
    const amount = decimal(negative ? -digits : digits, e);
    const figure: FigureShape = {
      currency,
      amount,
      ...(qualifier === 'range' ? { max: showRat(add(parseDecimal(amount), mul(rat(span), pow10(e)))) } : {}),
      qualifier,
      quantum: decimal(1n, isCoarse ? e + 1 : e),
    };
    const options: OracleOptions = {
      view: view as 'nominal' | 'rounding',
      ...(almostBand === undefined ? {} : { almostBand }),
      ...(aboutBand === undefined ? {} : { aboutBand }),
    };
    return { figure, options };
  });

/** Money as an exact rational. */
export function moneyRat(m: Money): Rat {
  const { amount, scale } = m.toJSON();
  return rat(amount, 10n ** scale);
}

/** Bounds as one line: "[low, high) approximate". */
export function showBounds(b: OracleBounds): string {
  const low = b.low === null ? '(-∞' : `${b.lowInclusive ? '[' : '('}${showRat(b.low)}`;
  const high = b.high === null ? '∞)' : `${showRat(b.high)}${b.highInclusive ? ']' : ')'}`;
  return `${low}, ${high}${b.approximate ? ' approximate' : ''}`;
}

/** The real bounds, read into rationals. */
export function realBounds(c: BoundsCase): OracleBounds {
  const b = figureBounds(figureFromJSON(c.figure as FigureJSON), c.options);
  return {
    low: b.low === null ? null : moneyRat(b.low),
    high: b.high === null ? null : moneyRat(b.high),
    lowInclusive: b.lowInclusive,
    highInclusive: b.highInclusive,
    approximate: b.approximate,
  };
}

/** One difference: its family, the case, and both answers. */
export interface Disagreement {
  readonly family: string;
  readonly repro: string;
  readonly real: string;
  readonly oracle: string;
}

const sign = (f: FigureShape) => (f.amount.startsWith('-') ? 'negative' : 'positive');
/** The band that can matter to the qualifier (the other one must not). */
const bandTag = (f: FigureShape, o: OracleOptions) =>
  f.qualifier === 'about'
    ? ` aboutBand=${o.aboutBand ?? 'absent'}`
    : f.qualifier === 'almost'
      ? ` almostBand=${o.almostBand ?? 'absent'}`
      : '';
const familyOf = (check: string, c: BoundsCase) =>
  `${check} ${c.options.view} ${c.figure.qualifier} ${sign(c.figure)}${bandTag(c.figure, c.options)}`;
export const showCase = (c: BoundsCase) => `${JSON.stringify(c.figure)} ${JSON.stringify(c.options)}`;

const same = (a: Rat | null, b: Rat | null) => (a === null ? b === null : b !== null && cmp(a, b) === 0);

/** The bounds of one case: both ends, their openness and the approximate flag. */
export function compareBounds(c: BoundsCase): Disagreement[] {
  const real = realBounds(c);
  const want = oracleBounds(c.figure, c.options);
  const agree =
    same(real.low, want.low) &&
    same(real.high, want.high) &&
    real.lowInclusive === want.lowInclusive &&
    real.highInclusive === want.highInclusive &&
    real.approximate === want.approximate;
  return agree
    ? []
    : [
        {
          family: familyOf('bounds', c),
          repro: showCase(c),
          real: showBounds(real),
          oracle: showBounds(want),
        },
      ];
}

/**
 * The values to ask figureAllows about: each end of the oracle's bounds and a hair either side (a
 * thousandth of the quantum), the amount, `max`, zero, and 0.9 and 0.95 of the amount.
 */
export function probeValues(c: BoundsCase): Rat[] {
  const b = oracleBounds(c.figure, c.options);
  const hair = mul(parseDecimal(c.figure.quantum), rat(1n, 1000n));
  const v = parseDecimal(c.figure.amount);
  const ends = [b.low, b.high].filter((x): x is Rat => x !== null);
  return [
    ...ends.flatMap((x) => [sub(x, hair), x, add(x, hair)]),
    v,
    ...(c.figure.max === undefined ? [] : [parseDecimal(c.figure.max)]),
    rat(0n),
    mul(v, rat(9n, 10n)),
    mul(v, rat(19n, 20n)),
  ];
}

/**
 * figureAllows against the oracle on the probe values. Where the bounds already differ, figureAllows
 * differs with them (a consequence, not a family of its own), so only cases with equal bounds count.
 */
export function compareAllows(c: BoundsCase): Disagreement[] {
  if (compareBounds(c).length > 0) return [];
  const figure = figureFromJSON(c.figure as FigureJSON);
  const out: Disagreement[] = [];
  for (const x of probeValues(c)) {
    const real = figureAllows(figure, money(showRat(x), c.figure.currency), c.options);
    const want = oracleAllows(c.figure, x, c.options);
    if (real !== want)
      out.push({
        family: familyOf('allows', c),
        repro: `${showCase(c)} value ${showRat(x)}`,
        real: String(real),
        oracle: String(want),
      });
  }
  return out;
}

/** The fields a parse is judged on, as exact text (so "5.0" and "5" agree). */
function fields(f: FigureShape): Record<string, string> {
  return {
    currency: f.currency,
    qualifier: f.qualifier,
    amount: showRat(parseDecimal(f.amount)),
    max: f.max === undefined ? '-' : showRat(parseDecimal(f.max)),
    quantum: showRat(parseDecimal(f.quantum)),
  };
}

/** A phrase read by parseFigure against the figure it means; `key` names the family. */
export function compareParse(
  text: string,
  language: Language | undefined,
  want: FigureShape | null,
  key: string,
  dollar?: string,
): Disagreement[] {
  const options = {
    ...(language === undefined ? {} : { language }),
    ...(dollar === undefined ? {} : { dollar }),
  };
  const r = safeParseFigure(text, options);
  const repro = `${JSON.stringify(text)}${Object.keys(options).length === 0 ? '' : ` ${JSON.stringify(options)}`}`;
  if (want === null) {
    const code = r.success ? 'a figure' : r.issues[0]?.code;
    return code === 'INVALID_FIGURE'
      ? []
      : [{ family: `${key}: no figure`, repro, real: code ?? 'failed', oracle: 'INVALID_FIGURE' }];
  }
  const expected = fields(want);
  if (!r.success)
    return [
      {
        family: `${key}: parse`,
        repro,
        real: r.issues[0]?.code ?? 'failed',
        oracle: JSON.stringify(expected),
      },
    ];
  const got = fields(figureToJSON(r.output));
  return Object.keys(expected)
    .filter((k) => got[k] !== expected[k])
    .map((k) => ({
      family: `${key}: ${k}`,
      repro,
      real: `${k} ${got[k]}`,
      oracle: `${k} ${expected[k]}`,
    }));
}

/** formatFigure then parseFigure, in one language: the figure must come back. */
export function compareRoundTrip(c: BoundsCase, language: Language): Disagreement[] {
  const text = formatFigure(figureFromJSON(c.figure as FigureJSON), { language });
  return compareParse(
    text,
    language,
    c.figure,
    `roundtrip ${language} ${c.figure.qualifier} ${sign(c.figure)}`,
  ).map((d) => ({ ...d, repro: `${showCase(c)} → ${d.repro}` }));
}

/**
 * A number whose reading the language decides ("1.250": en 1.25, de 1250). Without a language option
 * the parser guesses, which no reference can know, so such phrases are read with their language only.
 */
const languageDecides = (text: string) => /(^|[^\d.,])\d{1,3}[.,]\d{3}(?![\d.,])/.test(text);

/**
 * A hand-assembled phrase against its meaning. A difference is filed under its likeliest cause: the
 * qualifier word when the phrase without it reads right, the minus when the positive phrase reads
 * right, else the phrase's shape (single or range form, scale word, number in words).
 */
export function comparePhrase(p: PhraseParts, withLanguage: boolean): Disagreement[] {
  const language = withLanguage || languageDecides(render(p)) ? p.language : undefined;
  const run = (q: PhraseParts, key: string) =>
    compareParse(render(q), language, isFigure(q) ? meaning(q) : null, key, q.dollar);
  const first = run(p, '');
  if (first.length === 0) return [];
  const s = shape(p);
  const plain: PhraseParts = { ...p, qualifier: { qualifier: 'exact', word: '' } };
  const positive: PhraseParts = { ...p, negative: false };
  const form = p.maxDigits === undefined ? 'single' : `range ${rangeForm(p)}`;
  const guessed =
    language === undefined &&
    compareParse(render(p), p.language, isFigure(p) ? meaning(p) : null, '', p.dollar).length === 0;
  const cause = guessed
    ? 'language guessed'
    : p.qualifier.word !== '' && run(plain, '').length === 0
      ? `word ${JSON.stringify(p.qualifier.word)}${p.qualifier.glued ? ' glued' : ''} ${s.currency}`
      : p.negative && run(positive, '').length === 0
        ? `minus ${JSON.stringify(s.minus)} ${s.currency}`
        : `${form} scale ${s.scale} ${s.currency}${s.spelled ? ' spelled' : ''}`;
  return run(p, `phrase ${p.language} ${cause}`);
}

/** Writable figures (formatFigure's promise): quantum a power of ten, amount a multiple of it. */
export const writableCase: fc.Arbitrary<BoundsCase> = boundsCase.filter(
  (c) => cmp(parseDecimal(c.figure.quantum), pow10(12)) <= 0 && isMultiple(c.figure),
);

function isMultiple(f: FigureShape): boolean {
  const q = parseDecimal(f.quantum);
  const units = (x: string) => mul(parseDecimal(x), rat(q.d, q.n)).d === 1n;
  return units(f.amount) && (f.max === undefined || units(f.max));
}
