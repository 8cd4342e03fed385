import { localConvention } from './grammar-convention';
import { dollarCode, matchCurrency, matchMinorUnit } from './grammar-currency';
import { isYearText } from './grammar-range';
import { inFraction, isDash, isGlued, isHyphen, isMinus, lower } from './grammar-tokens';
import type { AmountMatch, MatchOptions } from './grammar-types';
import type { Token } from './lexer';
import {
  AMBIGUOUS_CODES,
  CURRENCY_ONLY_SCALES,
  DOTTED_SCALES,
  FRACTION_WORDS,
  GLUED_ONLY_SCALES,
  HYPHEN_PLUS,
  SCALE_WORDS,
} from './lexicon';
import { DE } from './locales/de';
import { EN } from './locales/en';
import { readNumber } from './number';
import { matchSpelled } from './spelled';
import { KNOWN, SPELLED_SCALE } from './words';

/** Scale words of both languages; "billion" is resolved per sentence. */
const SCALES: ReadonlyMap<string, number> = /* @__PURE__ */ new Map([...SCALE_WORDS.de, ...SCALE_WORDS.en]);

/** A scale word at i ("bn", "Mrd.", "Milliarden"), glued-only letters checked. */
function matchScale(
  tokens: readonly Token[],
  i: number,
  germanBillion: boolean,
): { exp: number; next: number } | undefined {
  const t = tokens[i];
  if (t?.kind !== 'word' || (t.info & KNOWN) === 0) return undefined;
  const w = t.lower;
  const exp = SCALES.get(w);
  if (exp === undefined) return undefined;
  if (GLUED_ONLY_SCALES.has(w) && t.spaceBefore) return undefined;
  // "Billion" is 10^12 in German and 10^9 in English: the sentence decides. German writes nouns with a
  // capital, so "billion" in lower case is English.
  const resolved = w === 'billion' ? (germanBillion && t.text !== 'billion' ? 12 : 9) : exp;
  let next = i + 1;
  if (DOTTED_SCALES.has(w) && tokens[next]?.text === '.' && isGlued(tokens, next)) next++;
  // "Rs 5 lakh crore": a lakh of crores.
  const crore = lower(tokens[next]);
  if ((w === 'lakh' || w === 'lakhs') && (crore === 'crore' || crore === 'crores' || crore === 'cr'))
    return { exp: 12, next: next + 1 };
  return { exp: resolved, next };
}

/**
 * Whether the number in words at i names what a fraction before it divides: "3/4 of a billion
 * dollars", "three quarters of a billion", "two-thirds of a billion", "drei Viertel einer Milliarde".
 * German sets the number right after the fraction; English after "of" ("in the second quarter a
 * billion dollars" is an amount).
 */
function isDenominator(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before?.kind === 'word' && FRACTION_WORDS.de.has(before.lower)) return true;
  if (lower(before) !== 'of') return false;
  const fraction = tokens[i - 2];
  if (fraction?.kind === 'num') return true;
  const w = fraction?.kind === 'word' ? fraction.lower : '';
  return FRACTION_WORDS.en.has(w.slice(w.lastIndexOf('-') + 1)) || FRACTION_WORDS.de.has(w);
}

/** Indefinite articles: as the number of a hyphenated compound they make an adjective. */
const ARTICLES: ReadonlySet<string> = /* @__PURE__ */ new Set([...EN.articles, ...DE.articles]);

/**
 * Matches one amount at i: `[sign] [currency] [sign] number [scale] [currency]`, where the number is
 * digits, or words followed by a scale word ("zwei Milliarden Euro").
 * A currency after the number is not taken when it opens the next amount ("2024 $5bn"). A code glued to
 * the digits counts only with a scale word: "USD5bn" is money, "COP27" and "PLN5 bonds" are names.
 * @internal
 */
export function matchAmount(
  tokens: readonly Token[],
  i: number,
  options: MatchOptions,
): AmountMatch | undefined {
  let j = i;
  let negative = false;
  if (isMinus(tokens, j)) {
    negative = true;
    j++;
  } else if (lower(tokens[j]) === 'minus') {
    negative = true;
    j++;
  }
  let currency: string | undefined;
  let bareDollar = false;
  let pre = matchCurrency(tokens, j);
  // A currency name is written after the number: "Euro 2020" is a football tournament.
  if (pre?.isName) pre = undefined;
  if (pre) {
    currency = pre.bare ? dollarCode(options) : pre.code;
    bareDollar = pre.bare;
    j = pre.next;
    if (!negative && isDash(tokens[j]) && isGlued(tokens, j) && isGlued(tokens, j + 1)) {
      negative = true;
      j++;
    }
  }
  const num = tokens[j];
  let int: string;
  let frac: string;
  let spelled = false;
  let place = 0;
  let article = false;
  let plain = false;
  if (num?.kind === 'num') {
    // "35 0000 Euro", "12345 678 Euro": digits one space after other digits that did not join them as
    // a group of three; the last group alone would be a wrong number. A year before is a date:
    // "2024 500 000 Euro" is €500,000.
    const before = tokens[j - 1];
    if (j === i && before?.kind === 'num' && before.end === num.start - 1 && !isYearText(before.text)) {
      return undefined;
    }
    if (inFraction(tokens, j)) return undefined;
    // "Fr. 12. Mai", "Fr. 12.05.", "Fr. 20.15 Uhr": "Fr." before a date or a time is Friday.
    if (
      pre?.dotted &&
      (tokens[j + 1]?.text === '.' ? isGlued(tokens, j + 1) : tokens[j + 1]?.lower === 'uhr')
    )
      return undefined;
    const read = readNumber(num.text, options.language);
    if (typeof read === 'string') return undefined;
    int = read.int;
    frac = read.frac;
    plain = read.int.length === num.text.length;
    j++;
    // "34.200 Dollar" in a sentence guessed English, "$95,000" in one guessed German: the reading that
    // flips by 1000× with the language follows the signal next to the number.
    if (options.guessed && (frac.length === 3 || (frac === '' && !plain))) {
      const other = options.language === 'de' ? 'en' : 'de';
      const alt = readNumber(num.text, other);
      if (typeof alt !== 'string' && (alt.int !== int || alt.frac !== frac)) {
        if (localConvention(tokens, j, pre !== undefined, num.text, options.language) === other) {
          int = alt.int;
          frac = alt.frac;
        }
      }
    }
  } else if (!pre && num?.kind === 'word') {
    const words = matchSpelled(tokens, j);
    if (!words) return undefined;
    // "3/4 of a billion dollars", "three quarters of a billion", "drei Viertel einer Milliarde": the
    // number in words is what a fraction divides, not the amount.
    if (isDenominator(tokens, j)) return undefined;
    int = words.int;
    frac = words.frac;
    spelled = true;
    place = words.place;
    article = ARTICLES.has(num.lower);
    j = words.next;
  } else return undefined;
  const afterNumber = j;
  // "$477-million", "Elf-Milliarden-Euro": a hyphen between the number and a scale word.
  if (isHyphen(tokens, j) && ((tokens[j + 1] as Token).info & SPELLED_SCALE) !== 0) j++;
  let scale: number | undefined;
  const sc = matchScale(tokens, j, options.germanBillion);
  const only = sc ? CURRENCY_ONLY_SCALES.get(lower(tokens[j])) : undefined;
  if (
    sc &&
    (!spelled || ((tokens[j] as Token).info & SPELLED_SCALE) !== 0) &&
    (only === undefined || only === currency)
  ) {
    scale = sc.exp;
    j = sc.next;
  }
  // A number in words needs a scale word, unless it is a hundred or more ("two hundred dollars",
  // "zweitausend Euro"): "zwei Euro" and "ein Drittel" are no money.
  if (spelled && scale === undefined && int.length < 3) return undefined;
  // "£1m-plus", "the €10bn-plus package": a lower bound.
  let plus = false;
  if (scale !== undefined && isHyphen(tokens, j) && tokens[j + 1]?.text.toLowerCase() === HYPHEN_PLUS) {
    plus = true;
    j += 2;
  }
  // "COP27", "PLN5": a code glued to digits is a name unless a scale word or decimals follow
  // ("USD5bn", "GBP46.50").
  if (pre?.isCode && num.spaceBefore === false && scale === undefined && frac === '') return undefined;
  if (currency) {
    // "£5m sterling": a name after the number that repeats the currency belongs to the amount.
    const repeat = tokens[j]?.kind === 'word' ? matchCurrency(tokens, j) : undefined;
    if (repeat?.code === pre?.code) j = repeat?.next ?? j;
  } else {
    // "Milliarden-Euro", "65 billion-pound", "65 billion- pound": a currency name hyphenated to the scale.
    const hyphenated = scale !== undefined && tokens[j]?.text === '-' && isGlued(tokens, j);
    const at = hyphenated ? j + 1 : j;
    const post = matchCurrency(tokens, at, options.language);
    // A currency that opens the next amount ("2024 $5bn", "2024 USD 5m") is not this number's.
    const after = tokens[post?.next ?? -1];
    const opensNext =
      post !== undefined &&
      after?.kind === 'num' &&
      (!after.spaceBefore || matchScale(tokens, post.next + 1, options.germanBillion) !== undefined);
    const codeTok = tokens[at];
    const gluedCode = post?.isCode === true && codeTok?.spaceBefore === false && scale === undefined;
    const ambiguousWord =
      post?.isCode === true && AMBIGUOUS_CODES.has(codeTok?.text ?? '') && codeTok?.spaceBefore && !sc;
    // "a billion-dollar question", "ein Milliarden-Euro-Projekt": an article before a compound is no number.
    const adjective = hyphenated && (article || post?.isName !== true);
    if (post && !opensNext && !gluedCode && !ambiguousWord && !adjective) {
      currency = post.bare ? dollarCode(options) : post.code;
      bareDollar = post.bare;
      j = post.next;
    } else if (scale === undefined) {
      const minor = matchMinorUnit(tokens, j, options, int, frac);
      if (minor) {
        currency = minor.currency;
        bareDollar = minor.bare;
        scale = -2;
        j = minor.next;
      }
    }
  }
  // "A$10.2bil" before "bil" was known, "$4.5MM": letters glued to the digits that are no scale word
  // nor currency may be one reckon does not know; the digits alone would be a wrong number.
  const glued = tokens[afterNumber];
  if (j === afterNumber && !spelled && glued?.kind === 'word' && !glued.spaceBefore) return undefined;
  return {
    negative,
    int,
    frac,
    scale,
    currency,
    currencyBefore: pre !== undefined,
    bareDollar,
    spelled,
    place,
    plain,
    plus,
    first: i,
    next: j,
  };
}
