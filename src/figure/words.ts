import {
  BETWEEN,
  CURRENCY_NAMES,
  CURRENCY_SYMBOLS,
  DOTTED_SIGNS,
  ENGLISH_SIGNALS,
  GERMAN_SIGNALS,
  GLUED_ONLY_SCALES,
  MINOR_UNITS,
  PLACE_WORDS,
  POSTFIX_QUALIFIERS,
  QUALIFIER_PHRASES,
  RANGE_WORDS,
  SCALE_WORDS,
} from './lexicon';

/** The word can open a figure phrase: a qualifier, "between", a currency name, "minus", "US" of "US$". */
export const OPENS = 1;
/** The word is a scale word that a number in words may stand before ("Milliarden", "billion"). */
export const SPELLED_SCALE = 2;
/** The word is typical of German text. */
export const GERMAN = 4;
/** The word is typical of English text. */
export const ENGLISH = 8;
/** The word has an umlaut or "ß" (set by the lexer, not by this table). */
export const UMLAUT = 16;
/**
 * The word is in one of the grammar's word lists (qualifiers, currency names, scale words, range and
 * join words): a word without any flag is one the grammar never needs to read in lower case.
 */
export const KNOWN = 32;
/** The word opens a phrase as something else than a qualifier: a currency, "minus", "between". */
export const NAMES = 64;
/**
 * The word names a place a number in words may end on ("hundred", "hundert", "zweitausend"), so that
 * it is money without a scale word: "two hundred dollars". Compounds are flagged by the lexer.
 */
export const NUMBER_WORD = 128;

/**
 * What the extractor needs to know of a lower-case word, as bit flags, so that the lexer looks each word
 * up once: whether it opens a phrase, is a scale word, or signals a language. @internal
 */
const WORD_INFO: ReadonlyMap<string, number> = /* @__PURE__ */ (() => {
  const info = new Map<string, number>();
  const add = (word: string | undefined, flag: number) => {
    if (word !== undefined) info.set(word, (info.get(word) ?? 0) | flag);
  };
  for (const [words] of CURRENCY_NAMES) add(words[0], OPENS | NAMES);
  for (const [words] of QUALIFIER_PHRASES.en) add(words[0], OPENS);
  for (const [words] of QUALIFIER_PHRASES.de) add(words[0], OPENS);
  add(BETWEEN.en.open, OPENS | NAMES);
  add(BETWEEN.de.open, OPENS | NAMES);
  add('minus', OPENS | NAMES);
  for (const sign of DOTTED_SIGNS.keys()) add(sign.toLowerCase(), OPENS | NAMES);
  for (const sign of CURRENCY_SYMBOLS.keys()) {
    if (/^[A-Za-z]/.test(sign)) add(sign.replace(/-?[$¥]$/, '').toLowerCase(), OPENS | NAMES);
  }
  for (const [word] of SCALE_WORDS.en) if (!GLUED_ONLY_SCALES.has(word)) add(word, SPELLED_SCALE);
  for (const [word] of SCALE_WORDS.de) if (!GLUED_ONLY_SCALES.has(word)) add(word, SPELLED_SCALE);
  const known = [
    ...CURRENCY_NAMES.flatMap(([words]) => words),
    ...QUALIFIER_PHRASES.en.flatMap(([words]) => words),
    ...QUALIFIER_PHRASES.de.flatMap(([words]) => words),
    ...[...SCALE_WORDS.en.keys(), ...SCALE_WORDS.de.keys()],
    ...MINOR_UNITS.keys(),
    ...[...POSTFIX_QUALIFIERS.keys()].flatMap((phrase) => phrase.split(' ')),
    ...RANGE_WORDS.en,
    ...RANGE_WORDS.de,
    BETWEEN.en.open,
    BETWEEN.en.join,
    BETWEEN.de.open,
    BETWEEN.de.join,
    'minus',
    'zu',
  ];
  for (const word of known) add(word, KNOWN);
  for (const word of PLACE_WORDS) add(word, NUMBER_WORD);
  for (const word of GERMAN_SIGNALS) add(word, GERMAN);
  for (const word of ENGLISH_SIGNALS) add(word, ENGLISH);
  return info;
})();

/** The flags of a lower-case word (0 for most words). @internal */
export function wordInfo(lowerCase: string): number {
  return WORD_INFO.get(lowerCase) ?? 0;
}

/** The lower case of a UTF-16 unit for ASCII and Latin-1 letters, or -1 for any other. */
function lowerUnit(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 0xc0) return c;
  if (c <= 0xde && c !== 0xd7) return c + 32;
  return c <= 0xff ? c : -1;
}

function hashWord(word: string): number {
  let h = 0;
  for (let k = 0; k < word.length; k++) h = hashStep(h, word.charCodeAt(k));
  return h;
}

/**
 * The word table as an open-addressing hash table: slot → entry + 1 (0 empty), with the entries'
 * words and flags beside it, so that a lookup is array reads and no string.
 */
let table: { readonly slots: Int32Array; readonly words: string[]; readonly infos: number[] } | undefined;
const TABLE_BITS = 12;

/** The hash {@link wordInfoAt} uses, one lower-case unit at a time: h·31 + unit, kept to 30 bits. @internal */
export function hashStep(h: number, unit: number): number {
  return (Math.imul(h, 31) + unit) & 0x3fffffff;
}

function buildTable() {
  const slots = new Int32Array(1 << TABLE_BITS);
  const words: string[] = [];
  const infos: number[] = [];
  for (const [word, info] of WORD_INFO) {
    let slot = hashWord(word) & ((1 << TABLE_BITS) - 1);
    while (slots[slot] !== 0) slot = (slot + 1) & ((1 << TABLE_BITS) - 1);
    words.push(word);
    infos.push(info);
    slots[slot] = words.length;
  }
  return { slots, words, infos };
}

/**
 * The word table's entry for the word text[start, end) whose lower-case hash is h, checked unit by
 * unit (no string is made): its index + 1, or 0 when the table does not hold the word. @internal
 */
export function wordEntryByHash(h: number, text: string, start: number, end: number): number {
  table ??= buildTable();
  const { slots, words } = table;
  const mask = (1 << TABLE_BITS) - 1;
  for (let slot = h & mask; ; slot = (slot + 1) & mask) {
    const entry = slots[slot] as number;
    if (entry === 0) return 0;
    const word = words[entry - 1] as string;
    if (word.length !== end - start) continue;
    let same = true;
    for (let k = 0; k < word.length && same; k++)
      same = lowerUnit(text.charCodeAt(start + k)) === word.charCodeAt(k);
    if (same) return entry;
  }
}

/** The flags of an entry of {@link wordEntryByHash} (0 for none). @internal */
export function entryInfo(entry: number): number {
  return entry === 0 ? 0 : ((table as NonNullable<typeof table>).infos[entry - 1] as number);
}

/** The lower-case word of an entry of {@link wordEntryByHash}: a word the table knows is never sliced. @internal */
export function entryWord(entry: number): string {
  return (table as NonNullable<typeof table>).words[entry - 1] as string;
}

/** The flags of the word text[start, end) whose lower-case hash is h. @internal */
export function wordInfoByHash(h: number, text: string, start: number, end: number): number {
  return entryInfo(wordEntryByHash(h, text, start, end));
}

/**
 * The flags of the word text[start, end), read in lower case without making a string: most words of
 * an article are looked up here and never sliced. @internal
 */
export function wordInfoAt(text: string, start: number, end: number): number {
  let h = 0;
  for (let k = start; k < end; k++) {
    const c = lowerUnit(text.charCodeAt(k));
    // Beyond Latin-1 (Greek, Cyrillic, "İ"): the slow, exact way.
    if (c < 0) return wordInfo(text.slice(start, end).toLowerCase());
    h = hashStep(h, c);
  }
  return wordInfoByHash(h, text, start, end);
}
