/** Character classes of the lexer, by UTF-16 code unit, with ASCII fast paths. @internal */

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Separators that may stand between groups of digits: comma, dot, apostrophe, no-break and thin spaces. */
export function isDigitSeparator(c: number): boolean {
  return c === 44 || c === 46 || c === 39 || c === 0x2019 || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

/** Currency symbols. */
export const SYMBOLS = '$€£¥₹₩₽₺₪฿₣';

const LETTER = /\p{L}/u;
export const UMLAUTS = 'äöüßÄÖÜ';

/** Whether the character at i is a letter (ASCII fast path; a lone surrogate is not). @internal */
export function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 0xc0) return false;
  // Latin-1 letters (ä, ö, ü, ß, é …) without the regular expression; × and ÷ are not letters.
  if (c <= 0xff) return c !== 0xd7 && c !== 0xf7;
  // Surrogates are looked at as one code point; a lone surrogate is not a letter.
  if (c >= 0xd800 && c <= 0xdfff) return false;
  // Dashes, curly quotes, ellipses, "€" — common in news — hold no letter: no regular expression for
  // them (U+2000–U+206F and U+20A0–U+20FF; the superscript and subscript letters between are letters).
  if ((c >= 0x2000 && c <= 0x206f) || (c >= 0x20a0 && c <= 0x20ff)) return false;
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

/** Three capitals, as ISO codes are written ("USD", "CHF"). */
export function isCodeLike(text: string, start: number, end: number): boolean {
  if (end - start !== 3) return false;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c < 65 || c > 90) return false;
  }
  return true;
}
