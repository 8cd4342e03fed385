import type { CommitmentKind, CommitmentStatus, Role } from '../../commitment/model';
import type { Qualifier } from '../types';

/**
 * The statuses of a conversion verdict, spelled here so that the word tables import nothing from the
 * modules that read them (src/conversion imports the locales); src/report/checks.ts indexes this
 * record with a `ConversionStatus`, so the compiler holds the two lists together.
 */
export type VerdictStatusWord = 'consistent' | 'withinTolerance' | 'inconsistent' | 'indeterminate';

/**
 * Every word reckon reads or writes in one language: parsing words, language signals, formatting
 * words, month names and the sentences of verdict explanations. One object per language, in
 * src/figure/locales/; a new language is a new file there. Words are lower case where they are read.
 * @internal
 */
export interface LanguageWords {
  /** Scale words (without a trailing dot) → power of ten: "bn" → 9, "mrd" → 9. */
  readonly scales: ReadonlyMap<string, number>;
  /** Scale words read only when glued to the number ("$5m", not "5 m", which is metres). */
  readonly gluedOnlyScales: readonly string[];
  /** Abbreviated scale words that may carry a dot ("Mio.", "Mrd."). */
  readonly dottedScales: readonly string[];
  /** Words of a place a number in words may end on without a scale word ("two hundred dollars"). */
  readonly placeWords: readonly string[];
  /**
   * Words of a fraction ("quarter", "thirds", "Viertel"): a number in words after one ("three quarters
   * of a billion", "drei Viertel einer Milliarde") is its denominator, no amount.
   */
  readonly fractionWords: readonly string[];
  /** Qualifier phrases: qualifier → phrases separated by "|", words by spaces. */
  readonly qualifiers: Readonly<Partial<Record<Qualifier, string>>>;
  /** Qualifiers read only in a sentence of this language ("fast" is "almost" in German only). */
  readonly ownQualifierWords: readonly string[];
  /** Words after a figure that bound it: "or more" → atLeast, "oder weniger" → upTo. */
  readonly postfixQualifiers: Readonly<Record<string, Qualifier>>;
  /** The words of "between X and Y". */
  readonly between: { readonly open: string; readonly join: string };
  /** Words that join the two ends of a range ("£300m to £400m", "1 bis 2 Mrd. €"). */
  readonly rangeWords: readonly string[];
  /** Verbs of change before "from": "rose from 11.8m to 25.5m euros" is two values, not a range. */
  readonly changeVerbs: readonly string[];
  /**
   * Verbs (phrases, words by spaces) whose particle is a qualifier word: qualifier word → verbs. "hand
   * over $500m" hands over exactly $500m; "to take over A$3 billion operator" acquires it.
   */
  readonly particleVerbs: Readonly<Record<string, readonly string[]>>;
  /**
   * Words in the few words before such a verb that make it a cost, whose particle is the qualifier
   * again: "it will take over $2bn", "expected to take over £1bn".
   */
  readonly costSignals: readonly string[];
  /** Articles that stand for "one" before a scale word ("a billion", "eine Milliarde"). */
  readonly articles: readonly string[];
  /** Currency names: ISO code → lower-case names separated by "|", words by spaces. */
  readonly currencyNames: Readonly<Record<string, string>>;
  /** Currency names as this language writes them after a number (case as written): a signal of it. */
  readonly currencyNameSignals: readonly string[];
  /** The same, in any case ("Pfund", "PFUND"). */
  readonly currencyNameSignalsAnyCase: readonly string[];
  /** Common words typical of this language, to guess the language of a sentence. */
  readonly signals: readonly string[];
  /** Number words 1–9, 10–19 and the tens 20–90 with their values; how they combine is spelled.ts's. */
  readonly units: ReadonlyMap<string, number>;
  readonly teens: ReadonlyMap<string, number>;
  readonly tens: ReadonlyMap<string, number>;
}

/** The words and layout one language writes figures, days and numbers with. @internal */
export interface WritingWords {
  /** How figures are written. */
  readonly format: {
    /** Qualifier words written before an amount, each with its trailing space. */
    readonly qualifiers: Readonly<Record<Exclude<Qualifier, 'range'>, string>>;
    /** A range "between low and high". */
    readonly range: (low: string, high: string) => string;
    /** Compact scale suffixes by thousand-power: index 3 is billions ("bn", "Mrd."). */
    readonly scaleSuffixes: readonly string[];
    /** Whether the currency sign and the scale word follow the number ("11 Mrd. £"), not lead it ("£11bn"). */
    readonly signAfter: boolean;
    /** Digit group separator and decimal mark. */
    readonly group: string;
    readonly decimal: string;
  };
  /** The BCP 47 tag Intl writes this language's numbers with ("en-GB", "de-DE"). */
  readonly intl: string;
  /** Short month names, January first. */
  readonly months: readonly string[];
  /** A day as written: "17 Sep 2025", "17. Sept. 2025". */
  readonly day: (day: number, month: string, year: string) => string;
}

/**
 * A verdict's facts, written: `a` and `b` the two amounts ("£11bn", "€12.68bn"), `source` the rate's
 * source, `day` the fix's day, `fix` the rate ("0.8675 GBP per EUR"), `bps` a distance in basis points.
 * @internal
 */
export interface VerdictFacts {
  readonly a: string;
  readonly b: string;
  readonly source: string;
  readonly day: string;
  readonly fix: string;
  readonly bps: string;
}

/** The sentences and clauses `explainVerdict` is made of, with the facts already written. @internal */
export interface VerdictSentences {
  /** A rate in its source's quoting; `value` has a "." decimal point. */
  readonly rate: (value: string, unit: string, per: string) => string;
  readonly on: (day: string) => string;
  readonly fromTo: (from: string, to: string) => string;
  readonly noRatesAtAll: (pair: string) => string;
  readonly ratesEndBefore: (pair: string, end: string, between: string) => string;
  readonly ratesStartAfter: (pair: string, start: string, between: string) => string;
  readonly closed: (pair: string, between: string) => string;
  readonly noFix: (pair: string, between: string) => string;
  readonly consistent: (f: VerdictFacts) => string;
  /** Consistent, with a deviation above the tolerance: the fix lies inside the range the digits allow. */
  readonly consistentInRange: (f: VerdictFacts, range: string) => string;
  readonly withinTolerance: (f: VerdictFacts, toleranceBps: number) => string;
  readonly rangeMismatch: (a: string, b: string) => string;
  readonly noRate: (clause: string, a: string, b: string) => string;
  /** `gap` is undefined when the fix lies inside the range the rounding allows. */
  readonly tooCoarse: (
    f: Omit<VerdictFacts, 'bps'>,
    maxResolutionBps: number,
    gap: string | undefined,
  ) => string;
  readonly eventDays: (from: string, to: string) => string;
  readonly inconsistent: (
    f: VerdictFacts,
    eventDays: string,
    from: string,
    to: string,
    toleranceBps: number,
  ) => string;
  readonly inverted: string;
  readonly scale: string;
  readonly outsideMatch: (outside: string) => string;
  readonly eventApart: (eventFrom: string, eventTo: string, from: string, to: string) => string;
  readonly ratesEnd: (pair: string, end: string) => string;
  /** An event date after publication: left out of the window. */
  readonly laterEvent: (later: string) => string;
}

/**
 * The words and sentences of the reconcile explanations (explainGroup, explainMerge,
 * explainContradiction, explainAmbiguous), with the facts already written. @internal
 */
export interface ReconcileSentences {
  /** Each kind: bare, and with its article. */
  readonly kinds: Readonly<Record<CommitmentKind, readonly [string, string]>>;
  readonly roles: Readonly<Record<Role, string>>;
  /** Text in the quotation marks of the language. */
  readonly quoted: (text: string) => string;
  /** "3 more": the items a list leaves out. */
  readonly more: (n: number) => string;
  /** The word joining the last two items of a list. */
  readonly and: string;
  /** The word between the first and the last day. */
  readonly to: string;
  readonly noAmount: string;
  readonly anyAmount: string;
  readonly range: (low: string, high: string) => string;
  readonly below: (high: string, inclusive: boolean) => string;
  readonly above: (low: string, inclusive: boolean) => string;
  readonly allows: (currency: string, interval: string) => string;
  readonly noRateReads: (currency: string) => string;
  readonly explicitId: (who: string, id: string, allows: string, overlap: string) => string;
  readonly convertedFrom: (who: string, of: string, allows: string) => string;
  readonly sameParty: (role: string, name: string) => string;
  readonly compatibleParties: string;
  readonly joined: (
    who: string,
    parties: string,
    kind: string,
    spanDays: number,
    allows: string,
    overlap: string,
  ) => string;
  readonly alsoFits: (base: string, groups: string) => string;
  readonly sides: { readonly above: string; readonly below: string };
  readonly notConversion: (
    who: string,
    pins: string,
    currency: string,
    mine: string,
    gap: string,
    side: string,
    others: string,
  ) => string;
  readonly contradicts: (
    who: string,
    group: string,
    currency: string,
    mine: string,
    gap: string,
    side: string,
    others: string,
    pins: string,
    pinCount: number,
  ) => string;
  readonly roundingMayExplain: string;
  readonly scaleMayExplain: (factor: string) => string;
  readonly ambiguous: (label: string, n: number, ids: string) => string;
  readonly single: (label: string, kind: string, parties: string, allows: string) => string;
  readonly pins: (low: string, lowCount: number, high: string) => string;
  readonly many: (
    n: number,
    sources: number,
    kind: string,
    parties: string,
    days: string,
    currency: string,
    allows: string,
    pins: string,
  ) => string;
  readonly unchecked: (currency: string, labels: string) => string;
  readonly ceiling: (ceilings: number, sources: number) => string;
  readonly converted: (currency: string, interval: string, source: string, day: string) => string;
  readonly tie: string;
  /** Other groups that differ from this one only by kind (`others` listed, `n` of them). */
  readonly kindSplit: (others: string, n: number) => string;
}

/** The words of the HTML report (`renderReportHtml`, `reckon report --html`): headings, legends, columns. @internal */
export interface ReportWords {
  readonly title: string;
  readonly source: string;
  readonly by: string;
  readonly party: string;
  readonly to: string;
  readonly notConverted: string;
  readonly asOf: string;
  readonly asOfEach: string;
  /** The rate day when some commitments have no date of their own: the article's is used for those. */
  readonly asOfEachOrArticle: string;
  readonly allocation: string;
  readonly allocations: { readonly unallocated: string; readonly equal: string; readonly full: string };
  readonly view: string;
  readonly views: { readonly nominal: string; readonly rounding: string };
  readonly plot: string;
  readonly plotIntro: string;
  readonly legend: string;
  readonly legendBar: string;
  readonly legendDot: string;
  readonly legendArrow: string;
  readonly legendConverted: string;
  readonly legendIncomplete: string;
  readonly nameCol: string;
  readonly convertedCol: (currency: string) => string;
  readonly inCurrency: (currency: string) => string;
  readonly grand: string;
  readonly nothing: string;
  readonly none: string;
  /** "3 commitments added, 1 not added or without amount". */
  readonly details: (added: number, skipped: number) => string;
  readonly added: string;
  readonly notAdded: string;
  readonly reasons: {
    readonly notAdditive: (kind: string) => string;
    readonly partOf: (whole: string) => string;
    readonly withdrawn: () => string;
  };
  readonly withoutAmount: string;
  readonly issues: string;
  readonly quote: string;
  readonly document: string;
  readonly published: string;
  readonly attributed: (who: string) => string;
  readonly table: string;
  readonly tableCaption: string;
  readonly role: string;
  readonly currency: string;
  readonly low: string;
  readonly high: string;
  readonly shown: string;
  readonly complete: string;
  readonly yes: string;
  readonly no: string;
  readonly rates: string;
  readonly ratesIntro: string;
  readonly noRates: string;
  readonly rate: string;
  readonly fixOf: string;
  readonly asked: string;
  readonly rateSource: string;
  readonly usedFor: string;
  readonly usedTotals: string;
  readonly usedCheck: (id: string) => string;
  readonly checks: string;
  readonly checksIntro: string;
  readonly noChecks: string;
  /** A conversion check's verdict, with its sign ("✓ consistent"). */
  /** Keyed by a conversion verdict's status (src/conversion/verdict.ts `ConversionStatus`, the same four). */
  readonly statuses: Readonly<Record<VerdictStatusWord, string>>;
  readonly footer: string;
  readonly unbounded: string;
  readonly upTo: string;
  readonly under: string;
  /** `bound` is empty or a lower bound with its "; ". */
  readonly incomplete: (currency: string, bound: string) => string;
  /** A commitment's kind as the page writes it. */
  readonly kinds: Readonly<Record<CommitmentKind, string>>;
  /** A commitment's status as the page writes it. */
  readonly commitmentStatuses: Readonly<Record<CommitmentStatus, string>>;
  /** Text in the quotation marks of the language. */
  readonly quoted: (text: string) => string;
  /** The heading of the reports set aside as contradictions: `n` of them. */
  readonly contradictions: (n: number) => string;
  /** What those reports are; `command` stands for the command that shows each (put in by the page). */
  readonly contradictionsIntro: (command: string) => string;
  /**
   * A dataset with commitments and mentions: the page adds the commitments; `n` mentions, holding
   * `contradictions` (undefined: not known), are not reported; `command` (put in by the page) compares them.
   */
  readonly mentionsNotReported: (n: number, contradictions: number | undefined, command: string) => string;
}
