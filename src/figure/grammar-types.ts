import type { FigureLanguage, Qualifier } from './types';

/** One amount as written: sign, digits, scale word and currency, with its token span. @internal */
export interface AmountMatch {
  readonly negative: boolean;
  readonly int: string;
  readonly frac: string;
  /** Set in place once known: a match is built fresh for one phrase and never shared. */
  scale: number | undefined;
  /** The ISO code, `AMBIGUOUS_DOLLAR` for a bare "$" the caller called ambiguous, or none. */
  readonly currency: string | undefined;
  /** The currency is written before the number ("$5bn", "USD 5m"). */
  readonly currencyBefore: boolean;
  /** The currency is a bare "$" or "dollar(s)", read as the `dollar` option says. */
  readonly bareDollar: boolean;
  /** The number is written in words ("zwei Milliarden"): its quantum is one unit of the scale. */
  readonly spelled: boolean;
  /**
   * For a number in words, the power of ten of the lowest place its words name ("two hundred" 2,
   * "zweitausend" 3, "two hundred and fifty" 0): its quantum when no scale word follows. 0 otherwise.
   */
  readonly place: number;
  /** The number is digits only, without separators ("2025", not "2.025" or "1,5"). */
  readonly plain: boolean;
  /** "£1m-plus", "€10bn-plus": the amount is a lower bound. */
  readonly plus: boolean;
  /** Index of the first token. */
  readonly first: number;
  /** Index just past the last token. */
  readonly next: number;
}

/** An amount whose currency and scale are known. @internal */
export type ResolvedAmount = AmountMatch & { readonly currency: string; readonly scale: number };

/** A whole figure phrase matched in a token list. @internal */
export interface FigureMatch {
  readonly qualifier: Qualifier;
  readonly low: ResolvedAmount;
  readonly high?: ResolvedAmount;
  /** The currency comes from a bare "$" or "dollar(s)" and the caller did not say which dollar. */
  readonly assumedCurrency: boolean;
  /** Index of the first token (the qualifier's, when there is one). */
  readonly first: number;
  /** Index just past the last token. */
  readonly next: number;
}

/** Why a phrase did not match, for error messages. @internal */
export interface MatchFailure {
  readonly reason: string;
  /** Index of the token where matching stopped. */
  readonly at: number;
  /** An amount read without a currency ("11,8 Mio." in "von 11,8 Mio. auf 25,5 Mio. Euro"). */
  readonly orphan?: AmountMatch;
}

/** The currency of a bare "$" when the caller said the dollar is ambiguous. @internal */
export const AMBIGUOUS_DOLLAR = '$?';

/** How to read a bare "$" or "dollar(s)": as USD (assumed, the default), as a given code, or not at all. */
export type DollarReading = 'USD' | 'ambiguous' | (string & {});

/** Options for the figure grammar. @internal */
export interface MatchOptions {
  readonly language: FigureLanguage;
  /** Whether "Billion" means 10^12 here (the sentence has at least as many German signals as English). */
  readonly germanBillion: boolean;
  /** How to read a bare "$": undefined is USD, assumed. */
  readonly dollar?: DollarReading | undefined;
  /**
   * The language is a guess from the sentence (not the caller's): a number whose value depends on it
   * ("34.200", "1,250") is read by the signal next to it first (see {@link localConvention}).
   */
  readonly guessed?: boolean | undefined;
  /**
   * The currency (and scale, for a number without one) of a parallel figure, for an amount that
   * carries none of its own ("von 11,8 Mio. auf 25,5 Mio. Euro"). Extraction decides when it applies.
   */
  readonly carried?:
    | { readonly currency: string; readonly scale: number | undefined; readonly bareDollar: boolean }
    | undefined;
}
