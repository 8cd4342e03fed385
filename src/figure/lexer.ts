import { isCodeLike, isDigit, isDigitSeparator, isLetter, isSpace, SYMBOLS, UMLAUTS } from './chars';
import { push, type Token, type TokenStore, tokenStore } from './token';
import {
  entryInfo,
  entryWord,
  hashStep,
  NAMES,
  NUMBER_WORD,
  OPENS,
  SPELLED_SCALE,
  UMLAUT,
  wordEntryByHash,
  wordInfoAt,
} from './words';

// The token type, where the modules that read tokens have always found it.
export type { Token } from './token';

/** A scale letter glued to a number and followed by a hyphen: "m-", "k-", "b-", "mm-", "t-". */
function isGluedScale(text: string, start: number): boolean {
  let k = start;
  while (text.charCodeAt(k) !== 45 && k - start < 3) k++;
  return text.charCodeAt(k) === 45 && GLUED_SCALE_PREFIXES.has(text.slice(start, k).toLowerCase());
}

const GLUED_SCALE_PREFIXES = new Set(['k', 'm', 'b', 'mm', 't', 'mn', 'bn', 'mil', 'bil']);

/** Whether the word text[start, end) holds "hundert" or "tausend" ("zweitausendfünfhundert"). */
function namesPlace(text: string, start: number, end: number): boolean {
  for (let k = start; k + 7 <= end; k++) {
    const c = text.charCodeAt(k) | 32;
    const rest = c === 104 ? 'undert' : c === 116 ? 'ausend' : undefined;
    if (rest === undefined) continue;
    let same = true;
    for (let m = 0; m < 6 && same; m++) same = (text.charCodeAt(k + 1 + m) | 32) === rest.charCodeAt(m);
    if (same) return true;
  }
  return false;
}

/** A word's flags: the word table's, an umlaut, three capitals. */
function wordFlags(text: string, start: number, end: number): number {
  let umlaut = false;
  for (let k = start; k < end && !umlaut; k++) {
    umlaut = text.charCodeAt(k) >= 0xc4 && UMLAUTS.includes(text[k] as string);
  }
  return (
    wordInfoAt(text, start, end) | (umlaut ? UMLAUT : 0) | (isCodeLike(text, start, end) ? OPENS | NAMES : 0)
  );
}

/**
 * Splits a hyphenated word that holds a scale word into its parts and hyphens ("billion-worth",
 * "Elf-Milliarden-Euro-Paket", "multi-billion-dollar"), so that the grammar sees the number, scale and
 * currency inside. Words without a scale word ("US-Dollar") stay whole. Returns whether it split.
 */
function splitAtScale(text: string, start: number, end: number, space: boolean, store: TokenStore): boolean {
  let from = start;
  // "£200m-a-year", "£1m-plus": a glued scale letter right after digits opens a compound too.
  let scale = !space && isDigit(text.charCodeAt(start - 1)) && isGluedScale(text, start);
  for (let k = start; k <= end && !scale; k++) {
    if (k < end && text.charCodeAt(k) !== 45) continue;
    scale = (wordInfoAt(text, from, k) & SPELLED_SCALE) !== 0;
    from = k + 1;
  }
  if (!scale) return false;
  from = start;
  for (let k = start; k <= end; k++) {
    if (k < end && text.charCodeAt(k) !== 45) continue;
    if (from > start) push(store, text, 'punct', from - 1, from, 0, false, undefined);
    push(store, text, 'word', from, k, wordFlags(text, from, k), from === start && space, undefined);
    from = k + 1;
  }
  return true;
}

/**
 * Whether a plain space at `at` joins the digits before it to a group of three after it, as in "35 000"
 * and "1 250 000": the number so far is one to three digits, or such a head with groups already joined
 * by plain spaces (`groups` of them), and exactly three digits follow, then no digit. "2024 500 000" is
 * a year and 500,000: a head of four digits is no group.
 */
function spacedGroup(text: string, start: number, at: number, to: number, groups: number): boolean {
  if (at + 3 >= to || text.charCodeAt(at) !== 32 || (groups === 0 && at - start > 3)) return false;
  for (let k = at + 1; k <= at + 3; k++) if (!isDigit(text.charCodeAt(k))) return false;
  const after = text.charCodeAt(at + 4);
  // A fourth digit or another group mark after the three ("35 0000", "12 345,6") keeps them apart,
  // except a decimal mark before decimals ("1 250 000,50").
  return !(at + 4 < to && (isDigit(after) || after === 39 || after === 0xa0 || after === 0x2009));
}

const DOTTED = new Set(['mio', 'mrd', 'md', 'bio', 'tsd']);

/** Whether text[start, end) is an abbreviated scale word written with a dot ("Mrd", "Mio"). */
function isDottedScale(text: string, start: number, end: number): boolean {
  return end - start <= 3 && end - start >= 2 && DOTTED.has(text.slice(start, end).toLowerCase());
}

/**
 * Splits text into tokens in one linear pass. White space is not a token; it sets `spaceBefore` on the
 * next token. A word keeps inner hyphens and dots between letters ("US-Dollar", "U.S"). Given a store,
 * it reuses the store's token objects (see {@link TokenStore}).
 *
 * @internal
 */
export function tokenize(text: string, from = 0, to = text.length, store = tokenStore()): Token[] {
  store.count = 0;
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
    if (isDigit(c)) {
      i++;
      // Groups joined by plain spaces so far ("1 250 000"), or undefined once another separator is seen.
      let spaced = 0;
      for (;;) {
        while (i < to && isDigit(text.charCodeAt(i))) i++;
        if (i + 1 < to && isDigitSeparator(text.charCodeAt(i)) && isDigit(text.charCodeAt(i + 1))) {
          i++;
          spaced = -1;
          continue;
        }
        if (spaced >= 0 && spacedGroup(text, start, i, to, spaced)) {
          i++;
          spaced++;
          continue;
        }
        break;
      }
      push(store, text, 'num', start, i, 0, space, undefined);
    } else if (isLetter(text, i)) {
      // One pass: the word's end, its lower-case hash for the word table, umlauts, hyphens.
      let hyphen = false;
      let umlaut = false;
      let latin = true;
      let h = 0;
      for (;;) {
        for (; i < to; i++) {
          const u = text.charCodeAt(i);
          let l = u;
          if (u >= 65 && u <= 90) l = u + 32;
          else if (u >= 0xc0 && u <= 0xff && u !== 0xd7 && u !== 0xf7) {
            if (u <= 0xde) l = u + 32;
            if (l === 0xe4 || l === 0xf6 || l === 0xfc || l === 0xdf) umlaut = true;
          } else if (u < 97 || u > 122) {
            if (u <= 0xff || !isLetter(text, i)) break;
            latin = false;
          }
          h = hashStep(h, l);
        }
        const ch = text.charCodeAt(i);
        // "Mrd.Pfund", "Mio.Euro": a dotted scale word ends at its dot.
        if (ch === 46 && isDottedScale(text, start, i)) break;
        if (i + 1 < to && (ch === 45 || ch === 46) && isLetter(text, i + 1)) {
          if (ch === 45) hyphen = true;
          h = hashStep(h, ch);
          i++;
          continue;
        }
        break;
      }
      // A word the table holds takes its lower case from the table, never sliced.
      const entry = latin ? wordEntryByHash(h, text, start, i) : 0;
      let info = latin ? entryInfo(entry) : wordInfoAt(text, start, i);
      // A German number in one word that ends on a place: "zweitausend", "dreihundert".
      if (info === 0 && !hyphen && i - start > 7 && namesPlace(text, start, i)) info = NUMBER_WORD;
      info |= (umlaut ? UMLAUT : 0) | (isCodeLike(text, start, i) ? OPENS | NAMES : 0);
      if (!(info === 0 && hyphen && splitAtScale(text, start, i, space, store))) {
        push(store, text, 'word', start, i, info, space, entry === 0 ? undefined : entryWord(entry));
      }
    } else {
      i++;
      // Every symbol but "$" lies above U+00A2: most punctuation is told apart without a string.
      const kind = c === 36 || (c >= 0xa2 && SYMBOLS.includes(text[start] as string)) ? 'sym' : 'punct';
      push(store, text, kind, start, i, 0, space, undefined);
    }
    space = false;
  }
  // Cut to this call's tokens: shorter than the last call's leaves the storage in place.
  store.tokens.length = store.count;
  return store.tokens;
}
