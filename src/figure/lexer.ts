import { OPENS, SPELLED_SCALE, UMLAUT, wordInfo } from './words';

/** A token of text: a digit run with its separators, a word, a currency symbol, or one other character. */
export interface Token {
  readonly kind: 'num' | 'word' | 'sym' | 'punct';
  /** The token's text as written. */
  readonly text: string;
  /** The text in lower case (words only; other tokens repeat `text`). */
  readonly lower: string;
  /** For a word, its flags from the word table (`OPENS`, `SPELLED_SCALE`, `GERMAN`, `ENGLISH`, `UMLAUT`). */
  readonly info: number;
  /** UTF-16 offset of its first character. */
  readonly start: number;
  /** UTF-16 offset just past its last character. */
  readonly end: number;
  /** Whether white space stands between this token and the one before it. */
  readonly spaceBefore: boolean;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Separators that may stand between groups of digits: comma, dot, apostrophe, no-break and thin spaces. */
function isDigitSeparator(c: number): boolean {
  return c === 44 || c === 46 || c === 39 || c === 0x2019 || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

/** Currency symbols. */
const SYMBOLS = '$€£¥₹₩₽₺₪฿₣';

const LETTER = /\p{L}/u;
const UMLAUTS = 'äöüßÄÖÜ';

/** Whether the character at i is a letter (ASCII fast path; a lone surrogate is not). @internal */
export function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 0xc0) return false;
  // Latin-1 letters (ä, ö, ü, ß, é …) without the regular expression; × and ÷ are not letters.
  if (c <= 0xff) return c !== 0xd7 && c !== 0xf7;
  // Surrogates are looked at as one code point; a lone surrogate is not a letter.
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return LETTER.test(text[i] ?? '');
}

/** Whether a UTF-16 code unit is white space, including no-break, thin and en/em spaces and BOM. @internal */
export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x2009 ||
    c === 0x202f ||
    c === 0xfeff ||
    c === 0x2002 ||
    c === 0x2003
  );
}

/** Three capital letters, as ISO codes are written ("USD", "CHF"). */
function isCodeLike(word: string): boolean {
  if (word.length !== 3) return false;
  const a = word.charCodeAt(0);
  const b = word.charCodeAt(1);
  const c = word.charCodeAt(2);
  return a >= 65 && a <= 90 && b >= 65 && b <= 90 && c >= 65 && c <= 90;
}

/**
 * Splits a hyphenated word that holds a scale word into its parts and hyphens ("billion-worth",
 * "Elf-Milliarden-Euro-Paket", "multi-billion-dollar"), so that the grammar sees the number, scale and
 * currency inside. Words without a scale word ("US-Dollar") stay whole. Returns whether it split.
 */
function splitAtScale(text: string, start: number, lower: string, space: boolean, tokens: Token[]): boolean {
  const parts = lower.split('-');
  if (!parts.some((p) => (wordInfo(p) & SPELLED_SCALE) !== 0)) return false;
  let at = start;
  parts.forEach((part, k) => {
    if (k > 0) {
      tokens.push({
        kind: 'punct',
        text: '-',
        lower: '-',
        info: 0,
        start: at,
        end: at + 1,
        spaceBefore: false,
      });
      at++;
    }
    const word = text.slice(at, at + part.length);
    const info = wordInfo(part) | (/[äöüß]/.test(part) ? UMLAUT : 0) | (isCodeLike(word) ? OPENS : 0);
    tokens.push({
      kind: 'word',
      text: word,
      lower: part,
      info,
      start: at,
      end: at + part.length,
      spaceBefore: k === 0 && space,
    });
    at += part.length;
  });
  return true;
}

/**
 * Splits text into tokens in one linear pass. White space is not a token; it sets `spaceBefore` on the
 * next token. A word keeps inner hyphens and dots between letters ("US-Dollar", "U.S").
 *
 * @internal
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  let space = true;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      space = true;
      i++;
      continue;
    }
    const start = i;
    let kind: Token['kind'];
    let umlaut = false;
    if (isDigit(c)) {
      kind = 'num';
      i++;
      for (;;) {
        while (i < to && isDigit(text.charCodeAt(i))) i++;
        if (i + 1 < to && isDigitSeparator(text.charCodeAt(i)) && isDigit(text.charCodeAt(i + 1))) {
          i++;
          continue;
        }
        break;
      }
    } else if (isLetter(text, i)) {
      kind = 'word';
      for (;;) {
        while (i < to && isLetter(text, i)) {
          if (text.charCodeAt(i) >= 0xc4 && UMLAUTS.includes(text[i] as string)) umlaut = true;
          i++;
        }
        const ch = text.charCodeAt(i);
        if (i + 1 < to && (ch === 45 || ch === 46) && isLetter(text, i + 1)) {
          i++;
          continue;
        }
        break;
      }
    } else {
      kind = SYMBOLS.includes(text[i] ?? ' ') ? 'sym' : 'punct';
      i++;
    }
    const t = text.slice(start, i);
    let lower = t;
    let info = 0;
    if (kind === 'word') {
      lower = t.toLowerCase();
      info = wordInfo(lower) | (umlaut ? UMLAUT : 0) | (isCodeLike(t) ? OPENS : 0);
      if (
        info === 0 &&
        lower.length === t.length &&
        lower.includes('-') &&
        splitAtScale(text, start, lower, space, tokens)
      ) {
        space = false;
        continue;
      }
    }
    tokens.push({ kind, text: t, lower, info, start, end: i, spaceBefore: space });
    space = false;
  }
  return tokens;
}
