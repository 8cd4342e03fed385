/**
 * Where extraction cuts a text: sentences, and windows of at most about {@link WINDOW} characters of a
 * longer one. @internal
 */
import { isLetter, isSpace } from '../figure/chars';

const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mio',
  'mrd',
  'bio',
  'tsd',
  'ca',
  'approx',
  'bzw',
  'z',
  'b',
  'u',
  'dr',
  'mr',
  'mrs',
  'st',
  'inc',
  'corp',
  'ltd',
  'co',
  'no',
  'nr',
  'vs',
  'etc',
  // "Fr. 258,2 Mio.", "SFr. 500": the Swiss franc.
  'fr',
  'sfr',
]);

const UPPER_OR_QUOTE = /[\p{Lu}"'„“«]/u;

/** A capital, a digit or an opening quote at i. */
function opensSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  if (c < 128 && c !== 34 && c !== 39) return false;
  return UPPER_OR_QUOTE.test(text[i] ?? '');
}

const BOUNDARY = /[\n.!?]/g;

/**
 * The end of the sentence that starts at `start`: just past a line break, or past ".", "!", "?" followed
 * by white space and a capital, a digit or a quote — unless the dot ends an abbreviation such as "Mio."
 * or "ca.". Linear: each character is looked at a bounded number of times.
 */
export function sentenceEnd(text: string, start: number): number {
  const n = text.length;
  // The regular expression jumps to the next candidate natively; the checks below decide. One object
  // for every call: nothing runs between setting its position and reading it. `test` rather than
  // `exec`: no match array per candidate (a tenth of what extraction allocated); the match is one
  // character, just before `lastIndex`.
  const boundary = BOUNDARY;
  boundary.lastIndex = start;
  while (boundary.test(text)) {
    const i = boundary.lastIndex - 1;
    const c = text.charCodeAt(i);
    // A line break ends a sentence, unless the next line goes on in lower case: hard-wrapped text
    // ("C$3.8\nbillion") is one sentence.
    if (c === 10) {
      if (!continuesLine(text, i + 1)) return i + 1;
      continue;
    }
    if (i + 1 >= n || !isSpace(text.charCodeAt(i + 1))) continue;
    let j = i + 1;
    while (j < n && isSpace(text.charCodeAt(j)) && text.charCodeAt(j) !== 10) j++;
    if (j < n && text.charCodeAt(j) === 10) return j + 1;
    if (!opensSentence(text, j)) continue;
    if (c === 46) {
      let w = i;
      while (w > start && i - w <= 6 && isLetter(text, w - 1)) w--;
      if (w < i && i - w <= 6 && ABBREVIATIONS.has(text.slice(w, i).toLowerCase())) continue;
    }
    return i + 1;
  }
  return n;
}

/** Whether the line starting at i goes on the sentence before it: it opens with a lower-case letter. */
function continuesLine(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && isSpace(text.charCodeAt(j)) && text.charCodeAt(j) !== 10) j++;
  const c = text.charCodeAt(j);
  if (c >= 97 && c <= 122) return true;
  if (c < 0xc0) return false;
  const ch = text[j] ?? '';
  return isLetter(text, j) && ch === ch.toLowerCase() && ch !== ch.toUpperCase();
}

/** Brackets, quotes, slashes and the like: one-character tokens of no figure's inner part. */
function isMark(c: number): boolean {
  return (
    c === 40 ||
    c === 41 ||
    c === 91 ||
    c === 93 ||
    c === 123 ||
    c === 125 ||
    c === 34 ||
    c === 47 ||
    c === 42 ||
    c === 35 ||
    c === 124
  );
}

/** Whether a window may end at i in text without white space: between two marks. */
function isCutPoint(text: string, i: number): boolean {
  return isMark(text.charCodeAt(i - 1)) && isMark(text.charCodeAt(i));
}

/** Characters a window of a long sentence holds at most before it is cut at a later white space. */
const WINDOW = 16_384;

/**
 * The end of the window that starts at `ws` in the sentence ending at `end`: at most about WINDOW
 * characters, cut at white space; in text without any for another window's length, between two brackets
 * or similar marks ("((((…"), where no token is cut. @internal
 */
export function windowEnd(text: string, ws: number, end: number): number {
  let we = Math.min(end, ws + WINDOW);
  while (we < end && !isSpace(text.charCodeAt(we)) && !(we - ws >= 2 * WINDOW && isCutPoint(text, we))) we++;
  return we;
}
