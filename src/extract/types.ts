import type { ConversionSnapshot } from '../conversion/snapshot';
import type { DollarReading } from '../figure/grammar';
import type { Figure, FigureLanguage } from '../figure/types';

/** Options for {@link extractFigures}, {@link extractFiguresIter} and {@link extractConversions}. */
export interface ExtractOptions {
  /**
   * The language of the text, or `auto` (default) to pick English or German per sentence from cheap
   * signals (common words, German scale words).
   */
  readonly language?: FigureLanguage | 'auto';
  /**
   * What a bare "$" or "dollar(s)" is. Absent (the default): the US dollar, and the figure carries
   * `assumedCurrency: true`. An ISO code (`'NZD'` for a New Zealand outlet, or `'USD'` for a US one):
   * that currency, as the caller's statement, without the flag. `'ambiguous'`: such figures are left
   * out (never a silent USD); "US$", "A$", "NZ$", "C$", "HK$" and "US-Dollar" are still read.
   */
  readonly dollar?: DollarReading;
}

/** A figure found in a text, with the UTF-16 offsets of its whole phrase (qualifier included). */
export type ExtractedFigure = Figure & {
  /** Offset of the phrase's first character: `text.slice(start, end)` is the phrase. */
  readonly start: number;
  /** Offset just past the phrase's last character. */
  readonly end: number;
  /**
   * For a later figure of a reported conversion ("£11bn (€12.68bn)"): the index of the figure it was
   * converted from, the first figure of the chain ("£1.62bn, or $2bn, or €1.9bn": both point at £).
   */
  readonly convertedFrom?: number;
  /** The language the figure was read in. */
  readonly language: FigureLanguage;
  /**
   * Present (true) when the currency is a bare "$" or "dollar(s)" read as US dollars because the caller
   * did not say which dollar (the `dollar` option): an assumption, not something the text says.
   */
  readonly assumedCurrency?: true;
};

/** A reported conversion found in a text: `from` and `to` as extracted figures. */
export interface ExtractedConversion extends ConversionSnapshot {
  readonly from: ExtractedFigure;
  readonly to: ExtractedFigure;
}
