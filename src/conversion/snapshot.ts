import type { SourceSpan } from '../dataset/source-span';
import type { Figure } from '../figure/types';

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
