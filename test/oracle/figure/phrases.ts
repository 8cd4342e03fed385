/**
 * Figure phrases assembled from parts (qualifier words, digits, scale word, currency), each with the
 * figure the parts mean, worked out here from docs/figures.md — not by src/'s parser.
 */
import fc from 'fast-check';
import { mul, type Rat, rat } from '../rational';
import { type FigureShape, showRat } from './oracle';

export type Language = 'en' | 'de';

/** One way to write a qualifier: before the amount, or after it (postfix). */
export interface QualifierWord {
  readonly qualifier: string;
  readonly word: string;
  readonly postfix?: true;
  /** A sign written against the amount (">$5m", "~$5bn", "c.£5m"). */
  readonly glued?: true;
}

const words = (qualifier: string, list: readonly string[], postfix: readonly string[] = []) => [
  ...list.map((word): QualifierWord => ({ qualifier, word })),
  ...postfix.map((word): QualifierWord => ({ qualifier, word, postfix: true })),
];

/** The qualifier rows of docs/figures.md's table (a phrase given to parseFigure alone). */
export const QUALIFIER_WORDS: Readonly<Record<Language, readonly QualifierWord[]>> = {
  en: [
    { qualifier: 'exact', word: '' },
    ...words('about', [
      'about',
      'around',
      'roughly',
      'some',
      'approximately',
      'circa',
      'c.',
      'an estimated',
      'in the region of',
      'in the order of',
    ]),
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
      'well above',
      'just above',
      'just ahead of',
      'slightly more than',
      'a little over',
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
      'just short of',
      'slightly less than',
      'a little under',
    ]),
    ...words('lessThan', ['less than', 'under', 'below', 'well under', 'well below', 'lower than']),
    // Signs, and an outer qualifier around an "about" word (docs/figures.md).
    ...words('moreThan', ['>']).map((w): QualifierWord => ({ ...w, glued: true })),
    ...words('lessThan', ['<']).map((w): QualifierWord => ({ ...w, glued: true })),
    ...words('about', ['~', '≈', 'c.']).map((w): QualifierWord => ({ ...w, glued: true })),
    ...words('atLeast', ['≥']),
    ...words('upTo', ['≤', 'up to about']),
  ],
  de: [
    { qualifier: 'exact', word: '' },
    ...words('about', ['rund', 'etwa', 'ca.', 'circa', 'zirka', 'ungefähr', 'schätzungsweise']),
    ...words('upTo', ['bis zu', 'bis', 'höchstens', 'maximal'], ['oder weniger']),
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
      'knapp mehr als',
      'deutlich mehr als',
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

/** Scale words and their power of ten; `glued` words follow the digits without a space; '' is none. */
const SCALES: Readonly<Record<Language, readonly { word: string; exp: number; glued: boolean }[]>> = {
  en: [
    { word: '', exp: 0, glued: true },
    { word: 'k', exp: 3, glued: true },
    { word: 'm', exp: 6, glued: true },
    { word: 'mn', exp: 6, glued: true },
    { word: 'bn', exp: 9, glued: true },
    { word: 'tn', exp: 12, glued: true },
    { word: 'thousand', exp: 3, glued: false },
    { word: 'million', exp: 6, glued: false },
    { word: 'billion', exp: 9, glued: false },
    { word: 'trillion', exp: 12, glued: false },
  ],
  de: [
    { word: '', exp: 0, glued: true },
    { word: 'Tsd.', exp: 3, glued: false },
    { word: 'Mio.', exp: 6, glued: false },
    { word: 'Millionen', exp: 6, glued: false },
    { word: 'Mrd.', exp: 9, glued: false },
    { word: 'Milliarden', exp: 9, glued: false },
    { word: 'Bio.', exp: 12, glued: false },
    { word: 'Billion', exp: 12, glued: false },
    { word: 'Billionen', exp: 12, glued: false },
  ],
};

/**
 * Currencies: a sign or code before the digits (`before`), or a name after the scale word; `bare` is a
 * dollar the `dollar` option decides; `hundredths` words count cents or pence, `glued` to the digits.
 */
interface CurrencyWord {
  readonly word: string;
  readonly code: string;
  readonly before: boolean;
  readonly bare?: true;
  readonly hundredths?: true;
  readonly glued?: true;
}
const CURRENCIES: Readonly<Record<Language, readonly CurrencyWord[]>> = {
  en: [
    { word: '£', code: 'GBP', before: true },
    { word: '$', code: 'USD', before: true, bare: true },
    { word: '€', code: 'EUR', before: true },
    { word: '¥', code: 'JPY', before: true },
    { word: 'US$', code: 'USD', before: true },
    { word: 'A$', code: 'AUD', before: true },
    { word: 'JPY ', code: 'JPY', before: true },
    { word: 'KWD ', code: 'KWD', before: true },
    { word: '₹', code: 'INR', before: true },
    { word: 'C$', code: 'CAD', before: true },
    { word: 'NZ$', code: 'NZD', before: true },
    { word: 'HK$', code: 'HKD', before: true },
    { word: 'CN¥', code: 'CNY', before: true },
    { word: '$US', code: 'USD', before: true },
    { word: 'R$', code: 'BRL', before: true },
    { word: 'Rs ', code: 'INR', before: true },
    { word: 'SFr. ', code: 'CHF', before: true },
    { word: 'euros', code: 'EUR', before: false },
    { word: 'pounds', code: 'GBP', before: false },
    { word: 'dollars', code: 'USD', before: false, bare: true },
    { word: 'p', code: 'GBP', before: false, hundredths: true, glued: true },
    { word: 'pence', code: 'GBP', before: false, hundredths: true },
    { word: '¢', code: 'USD', before: false, hundredths: true, glued: true, bare: true },
    { word: 'cents', code: 'USD', before: false, hundredths: true, bare: true },
  ],
  de: [
    { word: 'Euro', code: 'EUR', before: false },
    { word: '€', code: 'EUR', before: false },
    { word: 'Pfund', code: 'GBP', before: false },
    { word: 'US-Dollar', code: 'USD', before: false },
    { word: 'Pfund Sterling', code: 'GBP', before: false },
    { word: 'CHF', code: 'CHF', before: false },
    { word: 'BHD', code: 'BHD', before: false },
    { word: 'Dollar', code: 'USD', before: false, bare: true },
    { word: 'Cent', code: 'EUR', before: false, hundredths: true },
    { word: 'britische Pfund', code: 'GBP', before: false },
    { word: 'A$', code: 'AUD', before: false },
  ],
};

/** Numbers in words before a scale word; their quantum is one unit of the scale word (docs/figures.md). */
const SPELLED: Readonly<Record<Language, readonly { word: string; value: Rat }[]>> = {
  en: [
    { word: 'one', value: rat(1n) },
    { word: 'two', value: rat(2n) },
    { word: 'three', value: rat(3n) },
    { word: 'ten', value: rat(10n) },
    { word: 'half a', value: rat(1n, 2n) },
  ],
  de: [
    { word: 'zwei', value: rat(2n) },
    { word: 'drei', value: rat(3n) },
    { word: 'zehn', value: rat(10n) },
    { word: 'eineinhalb', value: rat(3n, 2n) },
    { word: 'zweihundertfünfzig', value: rat(250n) },
  ],
};

/** How a negative amount is signed: "-$350m", "–£40m", "$-350m" (docs/figures.md). */
const MINUS = ['-', '–', 'after the sign'] as const;

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
  /** Set for a range: the upper end's digits and decimals, and the form. */
  readonly maxDigits?: bigint;
  readonly maxDecimals?: number;
  readonly rangeForm?: number;
  /** Set for a number in words (SPELLED); digits and decimals are then unused. */
  readonly spelled?: number;
  readonly negative: boolean;
  readonly minus?: number;
  /** The `dollar` option the phrase is read with. */
  readonly dollar?: string;
}

const pick = <T>(list: readonly T[], i: number): T => {
  const x = list[i % list.length];
  if (x === undefined) throw new Error('pick: empty list');
  return x;
};
const scaleOf = (p: PhraseParts) => pick(SCALES[p.language], p.scale);
const currencyOf = (p: PhraseParts) => pick(CURRENCIES[p.language], p.currency);
const spelledOf = (p: PhraseParts) =>
  p.spelled === undefined ? undefined : pick(SPELLED[p.language], p.spelled);

/** Digits with the language's decimal mark, and its grouping every three digits ("1,250,000.50"). */
function number(digits: bigint, decimals: number, language: Language): string {
  const s = digits.toString().padStart(decimals + 1, '0');
  const int = s.slice(0, s.length - decimals).replace(/\B(?=(\d{3})+$)/g, language === 'de' ? '.' : ',');
  return decimals === 0 ? int : `${int}${language === 'de' ? ',' : '.'}${s.slice(-decimals)}`;
}

/** "£", "US$", "CN¥" are signs; "KWD ", "Rs ", "SFr. ", "CHF" codes; "euros", "US-Dollar" names. */
const currencyKind = (word: string) =>
  /^[A-Z]{3}$|^[A-Za-z.]+ $/.test(word) ? 'code' : /^[\p{Sc}A-Z]*\p{Sc}[A-Z]*$/u.test(word) ? 'sign' : 'name';

/** What kind of writing the parts use, to name a family: "minus - code", "scale glued", "spelled". */
export function shape(p: PhraseParts): { minus: string; currency: string; scale: string; spelled: boolean } {
  const cur = currencyOf(p);
  const scale = scaleOf(p);
  return {
    minus: p.negative ? pick(MINUS, p.minus ?? 0) : '',
    currency: cur.hundredths ? `hundredths ${cur.word}` : currencyKind(cur.word),
    scale: scale.word === '' ? 'none' : scale.glued ? 'glued' : 'word',
    spelled: p.spelled !== undefined,
  };
}

/** The name of a range's form ("between", "hyphen", "bis" …). */
export const rangeForm = (p: PhraseParts) => pick(RANGE_FORMS[p.language], p.rangeForm ?? 0);

/** The phrase the parts write. */
export function render(p: PhraseParts): string {
  const scale = scaleOf(p);
  const cur = currencyOf(p);
  const minus = p.negative ? pick(MINUS, p.minus ?? 0) : '';
  const scaled = (n: string) => (scale.glued ? `${n}${scale.word}` : `${n} ${scale.word}`);
  // One amount written in full: "-$12.5bn", "$12.5 billion", "12,5 Mrd. Euro", "12.5 billion euros".
  const full = (n: string) => {
    if (!cur.before) return `${minus === '' ? '' : '-'}${scaled(n)}${cur.glued ? '' : ' '}${cur.word}`;
    return minus === 'after the sign' ? `${cur.word}-${scaled(n)}` : `${minus}${cur.word}${scaled(n)}`;
  };
  const spelled = spelledOf(p);
  const a = spelled ? spelled.word : number(p.digits, p.decimals, p.language);
  let body: string;
  if (p.maxDigits === undefined) body = full(a);
  else {
    const b = number(p.maxDigits, p.maxDecimals ?? p.decimals, p.language);
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
  if (q.glued) return `${q.word}${body}`;
  return q.postfix ? `${body} ${q.word}` : `${q.word} ${body}`;
}

/**
 * The figure the parts mean: amount = digits × 10^(scale − decimals); the quantum is one unit of the
 * last digit written — of the finer end for a range whose ends show different decimals (README rule) —
 * or one unit of the scale word for a number in words.
 */
export function meaning(p: PhraseParts): FigureShape {
  const cur = currencyOf(p);
  const scale = mul(rat(10n ** BigInt(scaleOf(p).exp)), cur.hundredths ? rat(1n, 100n) : rat(1n));
  const spelled = spelledOf(p);
  const unit = (decimals: number) => mul(scale, rat(1n, 10n ** BigInt(decimals)));
  const value = spelled ? mul(spelled.value, scale) : mul(rat(p.digits), unit(p.decimals));
  const finest = Math.max(p.decimals, p.maxDecimals ?? p.decimals);
  return {
    currency: cur.bare && p.dollar !== undefined ? p.dollar : cur.code,
    amount: showRat(p.negative ? mul(value, rat(-1n)) : value),
    ...(p.maxDigits === undefined
      ? {}
      : { max: showRat(mul(rat(p.maxDigits), unit(p.maxDecimals ?? p.decimals))) }),
    qualifier: p.maxDigits === undefined ? p.qualifier.qualifier : 'range',
    quantum: showRat(spelled ? scale : unit(finest)),
  };
}

/**
 * Whether the parts make a figure at all. docs/extraction.md's range rule (parseFigure reads the same
 * grammar): a bare end — neither currency nor scale word — is a range's end only when it has at most one
 * (integer) digit fewer, or more, than the other end ("5 bis 10 Mio. Euro", not "3 – 500 Mio.").
 */
export function isFigure(p: PhraseParts): boolean {
  const cur = currencyOf(p);
  if (cur.bare && p.dollar === 'ambiguous') return false;
  if (p.maxDigits === undefined) return true;
  const noScale = scaleOf(p).word === '';
  const form = rangeForm(p);
  const lowBare =
    form === 'zwischen' ||
    form === 'bis' ||
    (!cur.before && (form === 'hyphen' || (form === 'dash' && noScale)));
  const highBare = cur.before && noScale && (form === 'hyphen' || form === 'dash');
  if (!lowBare && !highBare) return true;
  const intDigits = (digits: bigint, decimals: number) => Math.max(1, digits.toString().length - decimals);
  const gap = intDigits(p.maxDigits, p.maxDecimals ?? p.decimals) - intDigits(p.digits, p.decimals);
  return gap <= 1;
}

/**
 * Generated phrase parts: every qualifier word, scale word, currency and range form of both languages,
 * grouped digits where there is no scale word, numbers in words, and the three ways to write a minus.
 */
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
    maxDecimals: fc.integer({ min: 0, max: 2 }),
    rangeForm: fc.nat(),
    spelled: fc.option(fc.nat(), { freq: 6, nil: undefined }),
    negative: fc.boolean(),
    minus: fc.nat(),
    dollar: fc.option(fc.constantFrom('NZD', 'AUD', 'ambiguous'), { freq: 3, nil: undefined }),
  })
  .map((r): PhraseParts => {
    const { language, decimals } = r;
    const cur = pick(CURRENCIES[language], r.currency);
    // Cents and pence take no scale word ("50p", "3,896.50 pence"), nor a range or words here.
    const scaleIndex = cur.hundredths ? 0 : r.scale;
    const scale = pick(SCALES[language], scaleIndex);
    // Without a scale word the digits run into the millions (and are grouped).
    const big = scale.word === '' ? 1234n : 1n;
    const limit = 1000n * big * 10n ** BigInt(decimals);
    const lo = ((r.digits * big) % (limit - 1n)) + 1n;
    const picked = pick(QUALIFIER_WORDS[language], r.qualifier);
    // A sign glued to the amount is read against a currency sign (">$5m", "c.£5m"), not a code or a word.
    const spelledHere = r.spelled !== undefined && !scale.glued && scale.word !== '' && !cur.before;
    const word: QualifierWord =
      picked.glued && (currencyKind(cur.word) !== 'sign' || !cur.before || spelledHere)
        ? { qualifier: 'exact', word: '' }
        : picked;
    const minus = cur.before ? r.minus : r.minus % 2;
    const common = {
      language,
      scale: scaleIndex,
      currency: r.currency,
      digits: lo,
      decimals,
      minus,
      ...(r.dollar === undefined ? {} : { dollar: r.dollar }),
    };
    // A number in words needs a scale word written out and the currency's name after it.
    if (spelledHere && !r.range && !cur.hundredths)
      return { ...common, qualifier: word, spelled: r.spelled ?? 0, negative: false };
    if (r.range && !cur.hundredths) {
      // The upper end in its own decimals, above the lower end.
      const shift = 10n ** BigInt(Math.abs(r.maxDecimals - decimals));
      const loInMax = r.maxDecimals >= decimals ? lo * shift : lo / shift + 1n;
      const maxLimit = 1000n * big * 10n ** BigInt(r.maxDecimals);
      const hi = loInMax + 1n + (r.span % 1000n) * big;
      if (hi < maxLimit)
        return {
          ...common,
          qualifier: { qualifier: 'range', word: '' },
          maxDigits: hi,
          maxDecimals: r.maxDecimals,
          rangeForm: r.rangeForm,
          negative: false,
        };
    }
    return { ...common, qualifier: word, negative: r.negative };
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
  const decimalsOf = (n: string) => /[.,](\d+)$/.exec(n)?.[1]?.length ?? 0;
  const decimals = decimalsOf(amount);
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
