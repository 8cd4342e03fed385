import { SYMBOL_CHARS } from './lexicon';

/** A token of text: a digit run with its separators, a word, a currency symbol, or one other character. */
export interface Token {
  readonly kind: 'num' | 'word' | 'sym' | 'punct';
  /** The token's text as written. */
  readonly text: string;
  /** UTF-16 offset of its first character. */
  readonly start: number;
  /** UTF-16 offset just past its last character. */
  readonly end: number;
  /** Whether white space stands between this token and the one before it. */
  readonly spaceBefore: boolean;
}

/** Separators that may stand between groups of digits: comma, dot, apostrophe, no-break and thin spaces. */
const DIGIT_SEPARATORS = ",.'’\u00a0\u2009\u202f";

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const LETTER = /\p{L}/u;

/** Whether the character at i is a letter (ASCII fast path; a lone surrogate is not). @internal */
export function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 0xc0) return false;
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
    if (isDigit(c)) {
      kind = 'num';
      i++;
      for (;;) {
        while (i < to && isDigit(text.charCodeAt(i))) i++;
        if (i + 1 < to && DIGIT_SEPARATORS.includes(text[i] ?? '') && isDigit(text.charCodeAt(i + 1))) {
          i++;
          continue;
        }
        break;
      }
    } else if (isLetter(text, i)) {
      kind = 'word';
      i++;
      for (;;) {
        while (i < to && isLetter(text, i)) i++;
        const ch = text[i];
        if (i + 1 < to && (ch === '-' || ch === '.') && isLetter(text, i + 1)) {
          i++;
          continue;
        }
        break;
      }
    } else if (SYMBOL_CHARS.includes(text[i] ?? '')) {
      kind = 'sym';
      i++;
    } else {
      kind = 'punct';
      i++;
    }
    tokens.push({ kind, text: text.slice(start, i), start, end: i, spaceBefore: space });
    space = false;
  }
  return tokens;
}
