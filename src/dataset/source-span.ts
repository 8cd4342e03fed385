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
