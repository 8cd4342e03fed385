import type { Figure } from '../figure/types';

/** Where a reported figure stands in a document. */
export interface SourceSpan {
  /** The document's id. */
  readonly document: string;
  /** UTF-16 offset of the quote's first character. */
  readonly start: number;
  /** UTF-16 offset just past its last character. */
  readonly end: number;
  /** `document.text.slice(start, end)`. */
  readonly quote: string;
}

/**
 * One reported conversion, such as "£11bn (€12.68bn)": `to` was computed from `from` by the writer.
 */
export interface ConversionSnapshot {
  /** An optional id, for datasets and messages. */
  readonly id?: string;
  /** The figure converted from ("£11bn"). */
  readonly from: Figure;
  /** The figure converted to ("€12.68bn"). */
  readonly to: Figure;
  /** The day of the event reported (ISO), when known. */
  readonly eventDate?: string;
  /** The day of publication (ISO), when known. */
  readonly publishedDate?: string;
  /** Where the snapshot was reported. */
  readonly source?: SourceSpan | string;
}
