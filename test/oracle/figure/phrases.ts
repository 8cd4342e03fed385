/**
 * Figure phrases assembled from parts (qualifier words, digits, scale word, currency), each with the
 * figure the parts mean, worked out here from docs/figures.md — not by src/'s parser.
 */
import fc from 'fast-check';
import { type FigureShape, mul, rat, showRat } from './oracle';

export type Language = 'en' | 'de';

/** One way to write a qualifier: before the amount, or after it (postfix). */
export interface QualifierWord {
  readonly qualifier: string;
  readonly word: string;
  readonly postfix?: true;
}

const words = (qualifier: string, list: readonly string[], postfix: readonly string[] = []) => [
  ...list.map((word): QualifierWord => ({ qualifier, word })),
  ...postfix.map((word): QualifierWord => ({ qualifier, word, postfix: true })),
];

/** The qualifier rows of docs/figures.md's table (a phrase given to parseFigure alone). */
export const QUALIFIER_WORDS: Readonly<Record<Language, readonly QualifierWord[]>> = {
  en: [
    { qualifier: 'exact', word: '' },
    ...words('about', ['about', 'around', 'roughly', 'some', 'approximately', 'circa', 'c.', 'an estimated']),
    ...words(
      'upTo',
      ['up to', 'as much as', 'as high as', 'no more than', 'at most', 'a maximum of'],
      ['or less'],
    ),
    ...words('atLeast', ['at least', 'no less than', 'a minimum of'], ['or more', 'or higher']),
    ...words('moreThan', [
      'more than',
      'over',
      'above',
      'in excess of',
      'upwards of',
      'north of',
      'well over',
      'just over',
      'higher than',
      'greater than',
    ]),
    ...words('almost', [
      'nearly',
      'almost',
      'just under',
      'just below',
      'just shy of',
      'close to',
      'not quite',
      'the best part of',
    ]),
    ...words('lessThan', ['less than', 'under', 'below', 'well under', 'lower than']),
  ],
  de: [
    { qualifier: 'exact', word: '' },
    ...words('about', ['rund', 'etwa', 'ca.', 'circa', 'zirka', 'ungefähr', 'schätzungsweise']),
    ...words('upTo', ['bis zu', 'höchstens', 'maximal'], ['oder weniger']),
    ...words('atLeast', ['mindestens', 'wenigstens'], ['oder mehr']),
    ...words('moreThan', [
      'mehr als',
      'über',
      'gut',
      'gut und gerne',
      'knapp über',
      'etwas mehr als',
      'weit über',
      'deutlich über',
      'mehr als rund',
    ]),
    ...words('almost', [
      'fast',
      'knapp',
      'beinahe',
      'nahezu',
      'annähernd',
      'knapp unter',
      'etwas weniger als',
    ]),
    ...words('lessThan', ['weniger als', 'unter', 'deutlich unter', 'weit unter']),
  ],
};

/** Scale words and their power of ten; `glued` words follow the digits without a space. */
const SCALES: Readonly<Record<Language, readonly { word: string; exp: number; glued: boolean }[]>> = {
  en: [
    { word: 'm', exp: 6, glued: true },
    { word: 'mn', exp: 6, glued: true },
    { word: 'bn', exp: 9, glued: true },
    { word: 'tn', exp: 12, glued: true },
    { word: 'million', exp: 6, glued: false },
    { word: 'billion', exp: 9, glued: false },
  ],
  de: [
    { word: 'Mio.', exp: 6, glued: false },
    { word: 'Millionen', exp: 6, glued: false },
    { word: 'Mrd.', exp: 9, glued: false },
    { word: 'Milliarden', exp: 9, glued: false },
  ],
};

/** Currencies: a sign or code before the digits (`before`), or a name after the scale word. */
const CURRENCIES: Readonly<Record<Language, readonly { word: string; code: string; before: boolean }[]>> = {
  en: [
    { word: '£', code: 'GBP', before: true },
    { word: '$', code: 'USD', before: true },
    { word: '€', code: 'EUR', before: true },
    { word: 'US$', code: 'USD', before: true },
    { word: 'A$', code: 'AUD', before: true },
    { word: 'JPY ', code: 'JPY', before: true },
    { word: 'KWD ', code: 'KWD', before: true },
    { word: 'euros', code: 'EUR', before: false },
    { word: 'pounds', code: 'GBP', before: false },
    { word: 'dollars', code: 'USD', before: false },
  ],
  de: [
    { word: 'Euro', code: 'EUR', before: false },
    { word: '€', code: 'EUR', before: false },
    { word: 'Pfund', code: 'GBP', before: false },
    { word: 'US-Dollar', code: 'USD', before: false },
    { word: 'Pfund Sterling', code: 'GBP', before: false },
    { word: 'CHF', code: 'CHF', before: false },
    { word: 'BHD', code: 'BHD', before: false },
  ],
};

/** The range forms of docs/figures.md ("$3-4bn", "between $1bn and $2bn", "1 bis 2 Mrd. €" …). */
const RANGE_FORMS: Readonly<Record<Language, readonly string[]>> = {
  en: ['between', 'hyphen', 'dash', 'to'],
  de: ['zwischen', 'bis'],
};

/** The parts of one phrase. */
export interface PhraseParts {
  readonly language: Language;
  readonly qualifier: QualifierWord;
  readonly scale: number;
  readonly currency: number;
  /** The digits, and how many of them are decimals. */
  readonly digits: bigint;
  readonly decimals: number;
  /** Set for a range: the upper end's digits (same decimals), and the form. */
  readonly maxDigits?: bigint;
  readonly rangeForm?: number;
  readonly negative: boolean;
}

function number(digits: bigint, decimals: number, language: Language): string {
  const s = digits.toString().padStart(decimals + 1, '0');
  if (decimals === 0) return s;
  return `${s.slice(0, -decimals)}${language === 'de' ? ',' : '.'}${s.slice(-decimals)}`;
}

/** The name of a range's form ("between", "hyphen", "bis" …). */
export const rangeForm = (p: PhraseParts) =>
  RANGE_FORMS[p.language][(p.rangeForm ?? 0) % RANGE_FORMS[p.language].length] ?? 'between';

/** The phrase the parts write. */
export function render(p: PhraseParts): string {
  const scale = SCALES[p.language][p.scale % SCALES[p.language].length];
  const cur = CURRENCIES[p.language][p.currency % CURRENCIES[p.language].length];
  if (!scale || !cur) throw new Error('render: no scale or currency');
  const sign = p.negative ? '-' : '';
  const scaled = (n: string) => (scale.glued ? `${n}${scale.word}` : `${n} ${scale.word}`);
  // One amount written in full: "-$12.5bn", "$12.5 billion", "12,5 Mrd. Euro", "12.5 billion euros".
  const full = (n: string) =>
    cur.before ? `${sign}${cur.word}${scaled(n)}` : `${sign}${scaled(n)} ${cur.word}`;
  const a = number(p.digits, p.decimals, p.language);
  let body: string;
  if (p.maxDigits === undefined) body = full(a);
  else {
    const b = number(p.maxDigits, p.decimals, p.language);
    const form = rangeForm(p);
    const tail = (n: string) => (cur.before ? scaled(n) : `${scaled(n)} ${cur.word}`);
    if (form === 'between') body = `between ${full(a)} and ${full(b)}`;
    else if (form === 'to') body = `${full(a)} to ${full(b)}`;
    else if (form === 'hyphen') body = cur.before ? `${cur.word}${a}-${scaled(b)}` : `${a}-${tail(b)}`;
    else if (form === 'dash') body = cur.before ? `${full(a)}–${scaled(b)}` : `${scaled(a)}–${tail(b)}`;
    else if (form === 'zwischen') body = `zwischen ${a} und ${tail(b)}`;
    else body = `${a} bis ${tail(b)}`;
  }
  const q = p.qualifier;
  if (q.word === '') return body;
  return q.postfix ? `${body} ${q.word}` : `${q.word} ${body}`;
}

/** The figure the parts mean: amount = digits × 10^(scale − decimals), quantum one unit of the last digit. */
export function meaning(p: PhraseParts): FigureShape {
  const scale = SCALES[p.language][p.scale % SCALES[p.language].length];
  const cur = CURRENCIES[p.language][p.currency % CURRENCIES[p.language].length];
  if (!scale || !cur) throw new Error('meaning: no scale or currency');
  const unit = rat(10n ** BigInt(scale.exp), 10n ** BigInt(p.decimals));
  const at = (d: bigint) => showRat(mul(rat(d), unit));
  const amount = at(p.negative ? -p.digits : p.digits);
  return {
    currency: cur.code,
    amount,
    ...(p.maxDigits === undefined ? {} : { max: at(p.maxDigits) }),
    qualifier: p.maxDigits === undefined ? p.qualifier.qualifier : 'range',
    quantum: at(1n),
  };
}

/** Generated phrase parts: every qualifier word, scale word, currency and range form of both languages. */
export const phraseParts: fc.Arbitrary<PhraseParts> = fc
  .record({
    language: fc.constantFrom<Language>('en', 'de'),
    qualifier: fc.nat(),
    scale: fc.nat(),
    currency: fc.nat(),
    digits: fc.bigInt({ min: 1n, max: 99_999n }),
    decimals: fc.integer({ min: 0, max: 2 }),
    range: fc.boolean(),
    span: fc.bigInt({ min: 1n, max: 99_999n }),
    rangeForm: fc.nat(),
    negative: fc.boolean(),
  })
  .map(({ language, qualifier, scale, currency, digits, decimals, range, span, rangeForm, negative }) => {
    const limit = 1000n * 10n ** BigInt(decimals);
    const lo = (digits % (limit - 1n)) + 1n;
    const hi = lo + 1n + (span % (limit - lo));
    const words = QUALIFIER_WORDS[language];
    const word = words[qualifier % words.length] ?? { qualifier: 'exact', word: '' };
    const common = { language, scale, currency, digits: lo, decimals };
    return range && hi < limit
      ? { ...common, qualifier: { qualifier: 'range', word: '' }, maxDigits: hi, rangeForm, negative: false }
      : { ...common, qualifier: word, negative };
  });

/**
 * The parts of a phrase named by its words: `parts('de', 'rund', 'Mrd.', 'Euro', '12,68')` writes
 * "rund 12,68 Mrd. Euro". A range gives `max` and the form ('between', 'hyphen', 'zwischen' …).
 */
export function parts(
  language: Language,
  qualifierWord: string,
  scaleWord: string,
  currencyWord: string,
  amount: string,
  range?: { readonly max: string; readonly form: string },
): PhraseParts {
  const index = <T>(list: readonly T[], hit: (x: T) => boolean) => {
    const i = list.findIndex(hit);
    if (i < 0) throw new Error(`parts: no such word in ${language}`);
    return i;
  };
  const read = (n: string) => BigInt(n.replace(/[.,]/, ''));
  const decimals = /[.,](\d+)$/.exec(amount)?.[1]?.length ?? 0;
  const q = QUALIFIER_WORDS[language][index(QUALIFIER_WORDS[language], (w) => w.word === qualifierWord)];
  return {
    language,
    qualifier: range ? { qualifier: 'range', word: '' } : (q ?? { qualifier: 'exact', word: '' }),
    scale: index(SCALES[language], (s) => s.word === scaleWord),
    currency: index(CURRENCIES[language], (c) => c.word === currencyWord),
    digits: read(amount.replace(/^-/, '')),
    decimals,
    ...(range
      ? { maxDigits: read(range.max), rangeForm: index(RANGE_FORMS[language], (f) => f === range.form) }
      : {}),
    negative: amount.startsWith('-'),
  };
}
