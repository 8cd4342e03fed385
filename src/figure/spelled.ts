import type { Token } from './lexer';
import { DE } from './locales/de';
import { EN } from './locales/en';

/** A number written in words: its integer and fraction digits, and the token just past it. @internal */
export interface SpelledNumber {
  readonly int: string;
  readonly frac: string;
  /**
   * The power of ten of the lowest place its words name: 2 for "two hundred" and "zweihundert", 3 for
   * "zweitausend", 0 for "zweihundertfünfzig" and "two": the quantum of a number that is read without
   * a scale word after it (one of a hundred or more).
   */
  readonly place: number;
  readonly next: number;
}

const EN_WORDS: ReadonlyMap<string, number> = /* @__PURE__ */ new Map([
  ...EN.articles.map((word) => [word, 1] as const),
  ...EN.units,
  ...EN.teens,
  ...EN.tens,
]);

const DE_UNITS = DE.units;
const DE_TEENS = DE.teens;
const DE_TENS = DE.tens;

/** German 1–99 in one word: "elf", "zwanzig", "fünfundzwanzig", "einundzwanzig". */
function germanBelowHundred(w: string): number | undefined {
  const direct = DE_TEENS.get(w) ?? DE_TENS.get(w) ?? (w === 'ein' ? undefined : DE_UNITS.get(w));
  if (direct !== undefined) return direct;
  const und = w.indexOf('und');
  if (und <= 0) return undefined;
  const unit = w.slice(0, und);
  const tens = DE_TENS.get(w.slice(und + 3));
  const u = unit === 'ein' ? 1 : DE_UNITS.get(unit);
  return tens !== undefined && u !== undefined ? tens + u : undefined;
}

/** A German number word below 1,000 and its place: "zwei", "zweihundertfünfzig", "hundert", "einhundert". */
function germanBelowThousand(w: string): { value: number; place: number } | undefined {
  const h = w.indexOf('hundert');
  if (h < 0) {
    const value = germanBelowHundred(w);
    return value === undefined ? undefined : { value, place: 0 };
  }
  const head = w.slice(0, h);
  const hundreds = head === '' || head === 'ein' ? 1 : DE_UNITS.get(head);
  if (hundreds === undefined) return undefined;
  const tail = w.slice(h + 7);
  if (tail === '') return { value: hundreds * 100, place: 2 };
  const rest = germanBelowHundred(tail);
  return rest === undefined ? undefined : { value: hundreds * 100 + rest, place: 0 };
}

/**
 * A German number word below a million and its place: "zweitausend", "tausend", "hunderttausend",
 * "zweitausendfünfhundert", and all below 1,000. "Jahrtausend" and "Tausende" are none.
 */
function germanWord(w: string): { value: number; place: number } | undefined {
  const t = w.indexOf('tausend');
  if (t < 0) return germanBelowThousand(w);
  const head = w.slice(0, t);
  // "eintausend", "einhunderteintausend": before "tausend" one is "ein", elsewhere "eins".
  const thousands =
    head === '' ? { value: 1, place: 0 } : germanBelowThousand(head.endsWith('ein') ? `${head}s` : head);
  if (thousands === undefined) return undefined;
  const tail = w.slice(t + 7);
  if (tail === '') return { value: thousands.value * 1000, place: 3 };
  const rest = germanBelowThousand(tail);
  return rest === undefined ? undefined : { value: thousands.value * 1000 + rest.value, place: rest.place };
}

/** An English number word below 100: "two", "eleven", "twenty-five". */
function englishWord(w: string): number | undefined {
  const direct = EN_WORDS.get(w);
  if (direct !== undefined) return direct;
  const dash = w.indexOf('-');
  if (dash < 0) return undefined;
  const tens = EN_WORDS.get(w.slice(0, dash));
  const unitWord = w.slice(dash + 1);
  const unit = unitWord === 'a' || unitWord === 'an' ? undefined : EN_WORDS.get(unitWord);
  return tens !== undefined && tens >= 20 && tens % 10 === 0 && unit !== undefined && unit < 10
    ? tens + unit
    : undefined;
}

const lower = (t: Token | undefined): string => (t?.kind === 'word' ? t.lower : '');

const isPlace = (t: Token | undefined): boolean => lower(t) === 'hundred' || lower(t) === 'thousand';

/** An English number below 1,000 at token i: "two", "twenty-five", "two hundred (and) fifty", "a hundred". */
function englishBelowThousand(
  tokens: readonly Token[],
  i: number,
): { value: number; place: number; next: number } | undefined {
  let value = englishWord(lower(tokens[i]));
  if (value === undefined) return undefined;
  let next = i + 1;
  if (lower(tokens[next]) !== 'hundred' || value >= 10) return { value, place: 0, next };
  value *= 100;
  next++;
  const rest = lower(tokens[next]) === 'and' ? next + 1 : next;
  const w = lower(tokens[rest]);
  // "between two hundred and three hundred": a word before its own hundred is no tail.
  const tail = w === 'a' || w === 'an' || lower(tokens[rest + 1]) === 'hundred' ? undefined : englishWord(w);
  return tail !== undefined && tail < 100
    ? { value: value + tail, place: 0, next: rest + 1 }
    : { value, place: 2, next };
}

/**
 * Reads a number written in words at token i, as news writes it before a scale word: "two", "elf",
 * "twenty-five", "two hundred", "zweihundertfünfzig", "a", "eine", "half a", "one and a half",
 * "eineinhalb", "anderthalb", "zweieinhalb", "eine halbe"; and numbers of a hundred or more, which need
 * no scale word: "two hundred (and fifty)", "three thousand five hundred", "zweitausend".
 * The caller requires a scale word after any other ("zwei Milliarden Euro"); "ein Drittel" is no number.
 *
 * @internal
 */
export function matchSpelled(tokens: readonly Token[], i: number): SpelledNumber | undefined {
  const w = lower(tokens[i]);
  if (w === '') return undefined;
  // "half a billion"
  if (w === 'half' && lower(tokens[i + 1]) === 'a') return { int: '0', frac: '5', place: 0, next: i + 2 };
  // "anderthalb", "eineinhalb", "zweieinhalb": X and a half in one German word
  if (w === 'anderthalb') return { int: '1', frac: '5', place: 0, next: i + 1 };
  if (w.endsWith('einhalb') && w.length > 7) {
    const whole = germanWord(w.slice(0, -7))?.value;
    const one = w.slice(0, -7) === 'ein' ? 1 : whole;
    return one === undefined ? undefined : { int: String(one), frac: '5', place: 0, next: i + 1 };
  }
  const en = englishBelowThousand(tokens, i);
  if (en !== undefined) {
    let { value, place, next } = en;
    // "three thousand five hundred": thousand is taken into the number only when more words follow it;
    // alone ("three thousand dollars") it is the scale word.
    if (lower(tokens[next]) === 'thousand') {
      const rest = lower(tokens[next + 1]) === 'and' ? next + 2 : next + 1;
      const tail = lower(tokens[rest]) === 'a' ? undefined : englishBelowThousand(tokens, rest);
      if (tail !== undefined && !isPlace(tokens[tail.next])) {
        value = value * 1000 + tail.value;
        place = tail.place;
        next = tail.next;
      }
    }
    // "one and a half billion"
    if (
      lower(tokens[next]) === 'and' &&
      lower(tokens[next + 1]) === 'a' &&
      lower(tokens[next + 2]) === 'half'
    ) {
      return { int: String(value), frac: '5', place: 0, next: next + 3 };
    }
    return { int: String(value), frac: '', place, next };
  }
  const de = germanWord(w) ?? (w === 'ein' ? { value: 1, place: 0 } : undefined);
  if (de === undefined) return undefined;
  const next = i + 1;
  // "eine halbe Milliarde"
  if (de.value === 1 && DE_UNITS.has(w) && lower(tokens[next]) === 'halbe')
    return { int: '0', frac: '5', place: 0, next: next + 1 };
  return { int: String(de.value), frac: '', place: de.place, next };
}
