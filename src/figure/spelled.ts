import type { Token } from './lexer';

/** A number written in words: its integer and fraction digits, and the token just past it. @internal */
export interface SpelledNumber {
  readonly int: string;
  readonly frac: string;
  readonly next: number;
}

/** Number words → value, from space-separated words counting up from `first` by `step`. */
function numberWords(text: string, first: number, step: number): [string, number][] {
  return text.split(' ').map((word, k) => [word, first + k * step]);
}

const EN: ReadonlyMap<string, number> = /* @__PURE__ */ new Map([
  ['a', 1],
  ['an', 1],
  ...numberWords(
    'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen',
    1,
    1,
  ),
  ...numberWords('twenty thirty forty fifty sixty seventy eighty ninety', 20, 10),
]);

const DE_UNITS: ReadonlyMap<string, number> = /* @__PURE__ */ new Map([
  ...numberWords('ein eine einer einem einen eins', 1, 0),
  ...numberWords('zwei drei vier fünf sechs sieben acht neun', 2, 1),
]);

const DE_TEENS: ReadonlyMap<string, number> = /* @__PURE__ */ new Map(
  numberWords('zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn', 10, 1),
);

const DE_TENS: ReadonlyMap<string, number> = /* @__PURE__ */ new Map([
  ...numberWords('zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig', 20, 10),
  ['dreissig', 30],
]);

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

/** A German number word below 1,000: "zwei", "zweihundertfünfzig", "hundert", "einhundert". */
function germanWord(w: string): number | undefined {
  const h = w.indexOf('hundert');
  if (h < 0) return germanBelowHundred(w);
  const head = w.slice(0, h);
  const hundreds = head === '' || head === 'ein' ? 1 : DE_UNITS.get(head);
  if (hundreds === undefined) return undefined;
  const tail = w.slice(h + 7);
  if (tail === '') return hundreds * 100;
  const rest = germanBelowHundred(tail);
  return rest === undefined ? undefined : hundreds * 100 + rest;
}

/** An English number word below 100: "two", "eleven", "twenty-five". */
function englishWord(w: string): number | undefined {
  const direct = EN.get(w);
  if (direct !== undefined) return direct;
  const dash = w.indexOf('-');
  if (dash < 0) return undefined;
  const tens = EN.get(w.slice(0, dash));
  const unitWord = w.slice(dash + 1);
  const unit = unitWord === 'a' || unitWord === 'an' ? undefined : EN.get(unitWord);
  return tens !== undefined && tens >= 20 && tens % 10 === 0 && unit !== undefined && unit < 10
    ? tens + unit
    : undefined;
}

const lower = (t: Token | undefined): string => (t?.kind === 'word' ? t.lower : '');

/**
 * Reads a number written in words at token i, as news writes it before a scale word: "two", "elf",
 * "twenty-five", "two hundred", "zweihundertfünfzig", "a", "eine", "half a", "one and a half",
 * "eineinhalb", "anderthalb", "zweieinhalb", "eine halbe". The caller requires a scale word after it
 * ("zwei Milliarden Euro"); "ein Drittel" is no number here.
 *
 * @internal
 */
export function matchSpelled(tokens: readonly Token[], i: number): SpelledNumber | undefined {
  const w = lower(tokens[i]);
  if (w === '') return undefined;
  // "half a billion"
  if (w === 'half' && lower(tokens[i + 1]) === 'a') return { int: '0', frac: '5', next: i + 2 };
  // "anderthalb", "eineinhalb", "zweieinhalb": X and a half in one German word
  if (w === 'anderthalb') return { int: '1', frac: '5', next: i + 1 };
  if (w.endsWith('einhalb') && w.length > 7) {
    const whole = germanWord(w.slice(0, -7));
    const one = w.slice(0, -7) === 'ein' ? 1 : whole;
    return one === undefined ? undefined : { int: String(one), frac: '5', next: i + 1 };
  }
  let value = englishWord(w);
  let next = i + 1;
  if (value !== undefined) {
    // "two hundred", "a hundred"
    if (lower(tokens[next]) === 'hundred' && value < 10) {
      value *= 100;
      next++;
      const rest = tokens[next] && lower(tokens[next]) === 'and' ? next + 1 : next;
      const tail = englishWord(lower(tokens[rest]));
      if (tail !== undefined && tail < 100 && lower(tokens[rest]) !== 'a' && lower(tokens[rest]) !== 'an') {
        value += tail;
        next = rest + 1;
      }
    }
    // "one and a half billion"
    if (
      lower(tokens[next]) === 'and' &&
      lower(tokens[next + 1]) === 'a' &&
      lower(tokens[next + 2]) === 'half'
    ) {
      return { int: String(value), frac: '5', next: next + 3 };
    }
    return { int: String(value), frac: '', next };
  }
  value = germanWord(w) ?? (w === 'ein' ? 1 : undefined);
  if (value === undefined) return undefined;
  // "eine halbe Milliarde"
  if (value === 1 && DE_UNITS.has(w) && lower(tokens[next]) === 'halbe')
    return { int: '0', frac: '5', next: next + 1 };
  return { int: String(value), frac: '', next };
}
