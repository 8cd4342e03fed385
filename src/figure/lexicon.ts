import type { FigureLanguage, Qualifier } from './types';

/** Scale words: lower-case word (without a trailing dot) → power of ten, per language. @internal */
export const SCALE_WORDS: Readonly<Record<FigureLanguage, ReadonlyMap<string, number>>> = {
  en: new Map([
    ['k', 3],
    ['thousand', 3],
    ['m', 6],
    ['mn', 6],
    ['mln', 6],
    ['mil', 6],
    // US finance shorthand ("$4.5MM"); glued only: "4.5 mm" is millimetres.
    ['mm', 6],
    ['million', 6],
    ['millions', 6],
    ['b', 9],
    ['bn', 9],
    ['bln', 9],
    // The Star (Malaysia): "RM32bil", "US$7.7bil", as "mil" for million.
    ['bil', 9],
    ['billion', 9],
    ['billions', 9],
    ['tn', 12],
    ['trn', 12],
    ['trln', 12],
    // Headline capital: "$3T"; glued only.
    ['t', 12],
    ['trillion', 12],
    ['trillions', 12],
    ['lakh', 5],
    ['lakhs', 5],
    ['crore', 7],
    ['crores', 7],
  ]),
  de: new Map([
    ['tsd', 3],
    ['tausend', 3],
    ['mio', 6],
    ['million', 6],
    ['millionen', 6],
    ['mrd', 9],
    ['md', 9],
    ['milliarde', 9],
    ['milliarden', 9],
    ['bio', 12],
    ['billion', 12],
    ['billionen', 12],
  ]),
};

/** Scale words that are only read when glued to the number ("$5m", not "5 m", which is metres). */
export const GLUED_ONLY_SCALES: ReadonlySet<string> = new Set(['k', 'm', 'b', 'mm', 't']);

/**
 * Words of a place that a number in words may end on without a scale word ("two hundred dollars",
 * "drei tausend Euro"); German compounds ("zweitausend") hold "hundert" or "tausend" inside.
 */
export const PLACE_WORDS: readonly string[] = ['hundred', 'thousand', 'hundert', 'tausend'];

/** Abbreviated scale words that may carry a dot ("Mio.", "Mrd.", "Bio.", "Tsd."). */
export const DOTTED_SCALES: ReadonlySet<string> = new Set(['tsd', 'mio', 'mrd', 'md', 'bio']);

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
export const POSTFIX_QUALIFIERS: ReadonlyMap<string, Qualifier> = new Map([
  ['or more', 'atLeast'],
  ['or higher', 'atLeast'],
  ['oder mehr', 'atLeast'],
  ['or less', 'upTo'],
  ['or lower', 'upTo'],
  ['oder weniger', 'upTo'],
]);

/** A word hyphenated after a figure's scale that makes it a lower bound: "£1m-plus", "€10bn-plus". */
export const HYPHEN_PLUS = 'plus';

/**
 * Currency names, as sequences of lower-case words → ISO code. Longer sequences are tried first.
 * Both languages are listed together: a name is unambiguous across them. @internal
 */
export const CURRENCY_NAMES: readonly (readonly [readonly string[], string])[] =
  /* @__PURE__ */ Object.entries({
    GBP: 'pfund sterling|pounds sterling|pound sterling|britische pfund|britischen pfund|british pounds|pound|pounds|sterling|pfund',
    USD: 'us dollars|us dollar|u.s. dollars|us-dollar|us-dollars|dollar|dollars',
    CHF: 'swiss francs|swiss franc|schweizer franken|franken',
    EUR: 'euro|euros',
    JPY: 'yen',
    CNY: 'yuan|renminbi',
  }).flatMap(([code, text]) => text.split('|').map((name) => [name.split(' '), code] as const));

/** ISO codes that are also common upper-case words in headlines; read only next to a number. */
export const AMBIGUOUS_CODES: ReadonlySet<string> = new Set(['ALL', 'CUP', 'TOP', 'MOP', 'BOB', 'SOS']);

/**
 * Qualifier phrases per language, as text to keep the bundle small: qualifier → phrases separated by "|",
 * words by spaces. Read into {@link QUALIFIER_PHRASES}.
 */
const QUALIFIER_TEXT: Readonly<Record<FigureLanguage, Readonly<Partial<Record<Qualifier, string>>>>> = {
  en: {
    upTo: 'up to|a maximum of|as much as|as high as|no more than|at most',
    atLeast: 'a minimum of|at least|no less than',
    about:
      'about|around|roughly|approximately|approx|some|an estimated|estimated|circa|in the region of|in the region',
    moreThan:
      'more than|over|above|just ahead of|in excess of|upwards of|upward of|north of|well over|well above|well in excess of|well north of|just over|just above|just more than|slightly more than|slightly over|a little over|a little more than|higher than|greater than',
    almost:
      'nearly|almost|just under|just below|just shy of|just short of|slightly less than|slightly under|a little under|a little less than|close to|not quite',
    lessThan: 'less than|under|below|well under|well below|lower than|fewer than',
  },
  de: {
    upTo: 'bis zu|bis|höchstens|maximal',
    about: 'rund|etwa|ca|circa|zirka|ungefähr|schätzungsweise',
    atLeast: 'mindestens|wenigstens',
    moreThan:
      'mehr als|über|gut|gut und gerne|knapp über|knapp mehr als|etwas mehr als|etwas über|weit über|weit mehr als|deutlich über|deutlich mehr als|gut über',
    almost: 'fast|knapp|beinahe|nahezu|annähernd|knapp unter|knapp weniger als|etwas weniger als|etwas unter',
    lessThan: 'weniger als|unter|deutlich unter|deutlich weniger als|weit unter',
  },
};

/** Qualifier phrases (lower-case word sequences) per language. @internal */
export const QUALIFIER_PHRASES: Readonly<
  Record<FigureLanguage, readonly (readonly [readonly string[], Qualifier])[]>
> = /* @__PURE__ */ (() => {
  const read = (table: Readonly<Partial<Record<Qualifier, string>>>) =>
    Object.entries(table).flatMap(([qualifier, text]) =>
      (text ?? '').split('|').map((phrase) => [phrase.split(' '), qualifier as Qualifier] as const),
    );
  return { en: read(QUALIFIER_TEXT.en), de: read(QUALIFIER_TEXT.de) };
})();

/** Words that open a "between X and Y" range, and the word that joins its two ends. */
export const BETWEEN: Readonly<Record<FigureLanguage, { readonly open: string; readonly join: string }>> = {
  en: { open: 'between', join: 'and' },
  de: { open: 'zwischen', join: 'und' },
};

/** Words that join the two ends of a range ("£300m to £400m", "1 bis 2 Mrd. €"). */
export const RANGE_WORDS: Readonly<Record<FigureLanguage, ReadonlySet<string>>> = {
  en: new Set(['to']),
  de: new Set(['bis']),
};

/**
 * Verbs of change before "from": "rose from 11.8m to 25.5m euros" reports two values, an old and a
 * new one, not a range. @internal
 */
export const CHANGE_VERBS: ReadonlySet<string> = new Set(
  (
    'rose rise rises risen rising grew grow grows grown growing increased increase increases ' +
    'increasing fell fall falls fallen falling dropped drop drops dropping declined decline declines ' +
    'declining jumped jump jumps climbed climb climbs surged surges soared soars slumped plunged ' +
    'tumbled slid shrank shrunk swelled doubled tripled raised raising lifted boosted cut cutting ' +
    'reduced reducing lowered widened narrowed up down'
  ).split(' '),
);

/** Dashes: a range connector between two amounts, a minus sign glued before one. */
export const DASHES = '-–—−';

/** Words that are typical of German text, to guess the language of a phrase or sentence. */
export const GERMAN_SIGNALS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  (
    'mrd mio bio billionen um es wurde werden sind bei aus zum zur vom einer eines dass oder ' +
    'bzw sowie laut soll tsd milliarden milliarde millionen pfund rund etwa bis zu und der die ' +
    'das mit von ein eine einen für über mehr als fast knapp zwischen mindestens unter weniger ' +
    'euro ist wird hat nach auf im den dem sich nicht auch umgerechnet us-dollar'
  ).split(' '),
);

/** Words that are typical of English text, to guess the language of a phrase or sentence. */
export const ENGLISH_SIGNALS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  (
    'the and of to in a an is was will has for with by bn bln mln billion billions million ' +
    'millions trillion from on at which be been are were said this or up more than about nearly ' +
    'between least dollars pounds euros its that it'
  ).split(' '),
);
