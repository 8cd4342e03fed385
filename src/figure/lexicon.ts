import type { FigureLocale, Qualifier } from './types';

/** Scale words: lower-case word (without a trailing dot) → power of ten, per locale. @internal */
export const SCALE_WORDS: Readonly<Record<FigureLocale, ReadonlyMap<string, number>>> = {
  en: new Map([
    ['k', 3],
    ['thousand', 3],
    ['m', 6],
    ['mn', 6],
    ['mln', 6],
    ['mil', 6],
    ['million', 6],
    ['millions', 6],
    ['b', 9],
    ['bn', 9],
    ['bln', 9],
    ['billion', 9],
    ['billions', 9],
    ['tn', 12],
    ['trn', 12],
    ['trillion', 12],
    ['trillions', 12],
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
export const GLUED_ONLY_SCALES: ReadonlySet<string> = new Set(['k', 'm', 'b']);

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
]);

/** Characters the lexer treats as currency symbols. */
export const SYMBOL_CHARS = '$€£¥₹₩₽₺₪฿₣';

/**
 * Currency names, as sequences of lower-case words → ISO code. Longer sequences are tried first.
 * Both languages are listed together: a name is unambiguous across them. @internal
 */
export const CURRENCY_NAMES: readonly (readonly [readonly string[], string])[] = [
  [['pfund', 'sterling'], 'GBP'],
  [['pounds', 'sterling'], 'GBP'],
  [['pound', 'sterling'], 'GBP'],
  [['britische', 'pfund'], 'GBP'],
  [['britischen', 'pfund'], 'GBP'],
  [['british', 'pounds'], 'GBP'],
  [['us', 'dollars'], 'USD'],
  [['us', 'dollar'], 'USD'],
  [['u.s.', 'dollars'], 'USD'],
  [['swiss', 'francs'], 'CHF'],
  [['swiss', 'franc'], 'CHF'],
  [['schweizer', 'franken'], 'CHF'],
  [['us-dollar'], 'USD'],
  [['us-dollars'], 'USD'],
  [['dollar'], 'USD'],
  [['dollars'], 'USD'],
  [['euro'], 'EUR'],
  [['euros'], 'EUR'],
  [['pound'], 'GBP'],
  [['pounds'], 'GBP'],
  [['sterling'], 'GBP'],
  [['pfund'], 'GBP'],
  [['yen'], 'JPY'],
  [['franken'], 'CHF'],
  [['yuan'], 'CNY'],
  [['renminbi'], 'CNY'],
];

/** ISO codes that are also common upper-case words in headlines; read only next to a number. */
export const AMBIGUOUS_CODES: ReadonlySet<string> = new Set(['ALL', 'CUP', 'TOP', 'MOP', 'BOB', 'SOS']);

/** Qualifier phrases (lower-case word sequences) per locale, longest first when matched. @internal */
export const QUALIFIER_PHRASES: Readonly<
  Record<FigureLocale, readonly (readonly [readonly string[], Qualifier])[]>
> = {
  en: [
    [['up', 'to'], 'upTo'],
    [['as', 'much', 'as'], 'upTo'],
    [['no', 'more', 'than'], 'upTo'],
    [['at', 'most'], 'upTo'],
    [['about'], 'about'],
    [['around'], 'about'],
    [['roughly'], 'about'],
    [['approximately'], 'about'],
    [['approx'], 'about'],
    [['some'], 'about'],
    [['an', 'estimated'], 'about'],
    [['estimated'], 'about'],
    [['circa'], 'about'],
    [['at', 'least'], 'atLeast'],
    [['no', 'less', 'than'], 'atLeast'],
    [['more', 'than'], 'moreThan'],
    [['over'], 'moreThan'],
    [['above'], 'moreThan'],
    [['in', 'excess', 'of'], 'moreThan'],
    [['upwards', 'of'], 'moreThan'],
    [['nearly'], 'almost'],
    [['almost'], 'almost'],
    [['just', 'under'], 'almost'],
    [['close', 'to'], 'almost'],
    [['less', 'than'], 'lessThan'],
    [['under'], 'lessThan'],
    [['below'], 'lessThan'],
  ],
  de: [
    [['bis', 'zu'], 'upTo'],
    [['höchstens'], 'upTo'],
    [['maximal'], 'upTo'],
    [['rund'], 'about'],
    [['etwa'], 'about'],
    [['ca'], 'about'],
    [['circa'], 'about'],
    [['zirka'], 'about'],
    [['ungefähr'], 'about'],
    [['schätzungsweise'], 'about'],
    [['mindestens'], 'atLeast'],
    [['wenigstens'], 'atLeast'],
    [['mehr', 'als'], 'moreThan'],
    [['über'], 'moreThan'],
    [['fast'], 'almost'],
    [['knapp'], 'almost'],
    [['beinahe'], 'almost'],
    [['nahezu'], 'almost'],
    [['weniger', 'als'], 'lessThan'],
    [['unter'], 'lessThan'],
  ],
};

/** Words that open a "between X and Y" range, and the word that joins its two ends. */
export const BETWEEN: Readonly<Record<FigureLocale, { readonly open: string; readonly join: string }>> = {
  en: { open: 'between', join: 'and' },
  de: { open: 'zwischen', join: 'und' },
};

/** Words that join the two ends of a range ("£300m to £400m", "1 bis 2 Mrd. €"). */
export const RANGE_WORDS: Readonly<Record<FigureLocale, ReadonlySet<string>>> = {
  en: new Set(['to']),
  de: new Set(['bis']),
};

/** Dashes: a range connector between two amounts, a minus sign glued before one. */
export const DASHES = '-–—−';

/** Words that are typical of German text, to guess the locale of a phrase or sentence. */
export const GERMAN_SIGNALS: ReadonlySet<string> = new Set([
  'mrd',
  'mio',
  'tsd',
  'milliarden',
  'milliarde',
  'millionen',
  'billionen',
  'pfund',
  'rund',
  'etwa',
  'bis',
  'zu',
  'und',
  'der',
  'die',
  'das',
  'mit',
  'von',
  'ein',
  'eine',
  'einen',
  'für',
  'über',
  'mehr',
  'als',
  'fast',
  'knapp',
  'zwischen',
  'mindestens',
  'unter',
  'weniger',
  'euro',
  'ist',
  'wird',
  'hat',
  'nach',
  'auf',
  'im',
  'den',
  'dem',
  'sich',
  'nicht',
  'auch',
  'umgerechnet',
  'us-dollar',
]);
