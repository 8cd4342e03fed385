import type { Money } from '../money/money';

/**
 * What the wording around a figure says about the true value. See the table in docs/figures.md.
 *
 * - `exact`: no qualifier ("£11bn")
 * - `about`: "about", "rund", "etwa" — flagged approximate
 * - `upTo`: "up to", "bis zu" — at most the value
 * - `atLeast`: "at least", "mindestens"
 * - `moreThan`: "more than", "mehr als", "über"
 * - `almost`: "nearly", "fast", "knapp" — a little below the value
 * - `lessThan`: "less than", "unter"
 * - `range`: "between X and Y", "X–Y", "X bis Y" — `max` holds Y
 */
export type Qualifier = 'exact' | 'about' | 'upTo' | 'atLeast' | 'moreThan' | 'almost' | 'lessThan' | 'range';

/** Every qualifier, in a stable order. */
export const QUALIFIERS: readonly Qualifier[] = /* @__PURE__ */ Object.freeze([
  'exact',
  'about',
  'upTo',
  'atLeast',
  'moreThan',
  'almost',
  'lessThan',
  'range',
] as const);

/** The languages reckon reads and writes figures in. */
export type FigureLanguage = 'en' | 'de';

/**
 * A money figure as reported: the amount as written, what its wording means, and the rounding step its
 * written digits imply.
 *
 * @typeParam TCode - the currency code
 */
export interface Figure<TCode extends string = string> {
  /** The value as written ("£11bn" → £11,000,000,000). For a range, its lower end. */
  readonly amount: Money<TCode>;
  /** The upper end of a range. */
  readonly max?: Money<TCode>;
  /** What the wording says. */
  readonly qualifier: Qualifier;
  /**
   * The rounding step implied by the digits written (XBRL `decimals`): "£11bn" → £1bn, "€12.68bn" →
   * €0.01bn = €10m, "$12.50" → $0.01.
   */
  readonly quantum: Money<TCode>;
  /** The surface form the figure was read from, when it was read from text. */
  readonly text?: string;
}
