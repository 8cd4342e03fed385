import { DE } from './locales/de';
import { EN } from './locales/en';
import { LANGUAGES, type LanguageWords, WORDS_OF } from './locales/index';
import type { FigureLanguage, Qualifier } from './types';

/** One list of every language's entries, in the order of {@link LANGUAGES}. */
function eachLanguage<T>(pick: (words: LanguageWords) => readonly T[]): T[] {
  return LANGUAGES.flatMap((language) => pick(WORDS_OF[language]));
}

/** Scale words: lower-case word (without a trailing dot) → power of ten, per language. @internal */
export const SCALE_WORDS: Readonly<Record<FigureLanguage, ReadonlyMap<string, number>>> = {
  en: EN.scales,
  de: DE.scales,
};

/** Scale words that are only read when glued to the number ("$5m", not "5 m", which is metres). */
export const GLUED_ONLY_SCALES: ReadonlySet<string> = /* @__PURE__ */ new Set(
  eachLanguage((w) => w.gluedOnlyScales),
);

/**
 * Words of a place that a number in words may end on without a scale word ("two hundred dollars",
 * "drei tausend Euro"); German compounds ("zweitausend") hold "hundert" or "tausend" inside.
 */
export const PLACE_WORDS: readonly string[] = /* @__PURE__ */ eachLanguage((w) => w.placeWords);

/** Words of a fraction ("quarters", "Drittel"), lower case: a number in words after one is no amount. */
export const FRACTION_WORDS: Readonly<Record<FigureLanguage, ReadonlySet<string>>> = {
  en: /* @__PURE__ */ new Set(EN.fractionWords),
  de: /* @__PURE__ */ new Set(DE.fractionWords),
};

/**
 * Scale words read only after the sign of one currency: "Rs 2,200 cr" is 2,200 crore rupees; "$5 cr" is
 * not read as crore (and "$5cr", letters glued to the digits that are no scale, is no figure). @internal
 */
export const CURRENCY_ONLY_SCALES: ReadonlyMap<string, string> = new Map([['cr', 'INR']]);

/** Abbreviated scale words that may carry a dot ("Mio.", "Mrd.", "Bio.", "Tsd."). */
export const DOTTED_SCALES: ReadonlySet<string> = /* @__PURE__ */ new Set(
  eachLanguage((w) => w.dottedScales),
);

/** Currency symbols → ISO code. Prefixed forms such as "US$" are listed with their prefix. @internal */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'],
  ['US$', 'USD'],
  ['US-$', 'USD'],
  ['A$', 'AUD'],
  ['AU$', 'AUD'],
  ['C$', 'CAD'],
  ['CA$', 'CAD'],
  ['NZ$', 'NZD'],
  ['HK$', 'HKD'],
  ['S$', 'SGD'],
  ['R$', 'BRL'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
  ['₩', 'KRW'],
  ['₽', 'RUB'],
  ['₺', 'TRY'],
  ['₪', 'ILS'],
  ['฿', 'THB'],
  ['₣', 'CHF'],
  ['CN¥', 'CNY'],
  ['RMB¥', 'CNY'],
  ['JP¥', 'JPY'],
  ['MX$', 'MXN'],
  // Australian and New Zealand papers write the letters after the sign: "$US35 million", "$AU1 billion".
  ['$US', 'USD'],
  ['$AU', 'AUD'],
  ['$A', 'AUD'],
  ['$C', 'CAD'],
  ['$CA', 'CAD'],
  ['$NZ', 'NZD'],
  ['$HK', 'HKD'],
  ['$SG', 'SGD'],
  ['Rs', 'INR'],
  // The ringgit as Malaysian papers write it, before the number only ("RM32bil"): "500 RM" is Reichsmark.
  ['RM', 'MYR'],
]);

/**
 * Abbreviations read as a currency only with their glued dot, before or after the number: the Swiss
 * franc as NZZ and AWP write it ("Fr. 258,2 Mio.", "1,47 Mrd. Fr.", "500 Mio. SFr."). @internal
 */
export const DOTTED_SIGNS: ReadonlyMap<string, string> = new Map([
  ['Fr', 'CHF'],
  ['SFr', 'CHF'],
  ['sFr', 'CHF'],
]);

/**
 * Words whose letter after them is a name, not the letter of a dollar sign: "Series A$20m" is a Series
 * A round of $20m, not A$20m (scraped tables glue the cells). @internal
 */
export const SERIES_WORDS: ReadonlySet<string> = new Set(['series', 'grade', 'class', 'tranche']);

/** Signs read only before a number (after one they mean something else). @internal */
export const PREFIX_ONLY_SIGNS: ReadonlySet<string> = new Set(['RM']);

/**
 * Words and signs for a hundredth of a currency, read after a number: "50p", "3,896.50 pence" (GBP),
 * "35.5¢", "50 cents" (the dollar the `dollar` option names), "50 Cent" (EUR in German). @internal
 */
export const MINOR_UNITS: ReadonlyMap<string, string> = new Map([
  ['pence', 'GBP'],
  ['p', 'GBP'],
  ['¢', '$'],
  ['cents', '$'],
  ['cent', '$'],
]);

/** Symbols that name a dollar without saying which one: the `dollar` option decides. @internal */
export const BARE_DOLLARS: ReadonlySet<string> = new Set(['$', 'dollar', 'dollars']);

/** Words after a figure that make it a lower bound ("$10bn or more") or an upper one ("or less"). */
export const POSTFIX_QUALIFIERS: ReadonlyMap<string, Qualifier> = /* @__PURE__ */ new Map(
  eachLanguage((w) => Object.entries(w.postfixQualifiers)),
);

/** A word hyphenated after a figure's scale that makes it a lower bound: "£1m-plus", "€10bn-plus". */
export const HYPHEN_PLUS = 'plus';

/**
 * Currency names, as sequences of lower-case words → ISO code. Longer sequences are tried first.
 * Both languages are listed together: a name is unambiguous across them. @internal
 */
export const CURRENCY_NAMES: readonly (readonly [readonly string[], string])[] = /* @__PURE__ */ (() => {
  const seen = new Set<string>();
  return eachLanguage((w) => Object.entries(w.currencyNames)).flatMap(([code, text]) =>
    text
      .split('|')
      .filter((name) => !seen.has(name) && seen.add(name) !== undefined)
      .map((name) => [name.split(' '), code] as const),
  );
})();

/** ISO codes that are also common upper-case words in headlines; read only next to a number. */
export const AMBIGUOUS_CODES: ReadonlySet<string> = new Set(['ALL', 'CUP', 'TOP', 'MOP', 'BOB', 'SOS']);

/** Qualifier phrases (lower-case word sequences) per language. @internal */
export const QUALIFIER_PHRASES: Readonly<
  Record<FigureLanguage, readonly (readonly [readonly string[], Qualifier])[]>
> = /* @__PURE__ */ (() => {
  const read = (table: Readonly<Partial<Record<Qualifier, string>>>) =>
    Object.entries(table).flatMap(([qualifier, text]) =>
      (text ?? '').split('|').map((phrase) => [phrase.split(' '), qualifier as Qualifier] as const),
    );
  return { en: read(EN.qualifiers), de: read(DE.qualifiers) };
})();

/** Words that open a "between X and Y" range, and the word that joins its two ends. */
export const BETWEEN: Readonly<Record<FigureLanguage, { readonly open: string; readonly join: string }>> = {
  en: EN.between,
  de: DE.between,
};

/** Words that join the two ends of a range ("£300m to £400m", "1 bis 2 Mrd. €"). */
export const RANGE_WORDS: Readonly<Record<FigureLanguage, ReadonlySet<string>>> = {
  en: /* @__PURE__ */ new Set(EN.rangeWords),
  de: /* @__PURE__ */ new Set(DE.rangeWords),
};

/**
 * Verbs of change before "from": "rose from 11.8m to 25.5m euros" reports two values, an old and a
 * new one, not a range. @internal
 */
export const CHANGE_VERBS: ReadonlySet<string> = /* @__PURE__ */ new Set(eachLanguage((w) => w.changeVerbs));

/**
 * Verbs whose particle is a qualifier word, as word sequences per qualifier word: "hand over $500m" is
 * exactly $500m. @internal
 */
export const PARTICLE_VERBS: ReadonlyMap<string, readonly (readonly string[])[]> = /* @__PURE__ */ new Map(
  eachLanguage((w) => Object.entries(w.particleVerbs)).map(([word, verbs]) => [
    word,
    verbs.map((v) => v.split(' ')),
  ]),
);

/** Words before such a verb that make it a cost ("it will take over $2bn"): the qualifier stands. */
export const COST_SIGNALS: ReadonlySet<string> = /* @__PURE__ */ new Set(eachLanguage((w) => w.costSignals));

/** Dashes: a range connector between two amounts, a minus sign glued before one. */
export const DASHES = '-–—−';

/** Words that are typical of German text, to guess the language of a phrase or sentence. */
export const GERMAN_SIGNALS: ReadonlySet<string> = /* @__PURE__ */ new Set(DE.signals);

/** Words that are typical of English text, to guess the language of a phrase or sentence. */
export const ENGLISH_SIGNALS: ReadonlySet<string> = /* @__PURE__ */ new Set(EN.signals);
