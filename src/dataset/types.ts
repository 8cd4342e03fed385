import type { Commitment, CommitmentKind, Participation, Party } from '../commitment/model';
import type { ConversionSnapshot } from '../conversion/snapshot';
import type { Figure, Qualifier } from '../figure/types';
import type { Rate } from '../rates/rate';
import type { SourceSpan } from './source-span';

/** A source text: an article or a filing, with the metadata needed to cite it. */
export interface DatasetDocument {
  readonly id: string;
  readonly title?: string;
  readonly publisher?: string;
  readonly author?: string;
  /** ISO day of publication; absent when the page shows none (`dateNote` says why). */
  readonly publishedDate?: string;
  /** Where the date was read, or why there is none. */
  readonly dateNote?: string;
  readonly language: 'en' | 'de';
  readonly url?: string;
  /** The text every quote's offsets point into. */
  readonly text: string;
}

/** A money figure as it stands in a document. */
export interface CitedFigure {
  readonly id: string;
  readonly figure: Figure;
  readonly source: SourceSpan;
  /** Whom the document attributes the figure to ("CNBC"). */
  readonly attributedTo?: string;
}

/** A non-money count reported with a unit and a target, such as 23,040 GPUs from early 2027. */
export interface Capacity {
  readonly id: string;
  /** The count, as an exact decimal string. */
  readonly value: string;
  /** "GPU", "MW" … */
  readonly unit: string;
  readonly qualifier: Qualifier;
  /** The party the capacity belongs to or is planned by. */
  readonly party?: string;
  /** The commitment or project it belongs to. */
  readonly commitment?: string;
  /** ISO day the target refers to. */
  readonly date?: string;
  /** `by`: reached by that day; `from`: starting then. */
  readonly dateMeaning?: 'by' | 'from';
  readonly description?: string;
  readonly source: SourceSpan;
}

/** A reported conversion in a dataset: an id, and where it was reported. */
export type DatasetConversion = ConversionSnapshot & { readonly id: string; readonly source: SourceSpan };

/** A commitment in a dataset, citing where it was reported. */
export type DatasetCommitment = Commitment & { readonly source: SourceSpan };

/**
 * One report of a commitment in a dataset: a cited figure with the parties, roles and kind its document
 * gives, for `reconcile` (`mentionsFromDataset` turns these into its input).
 */
export interface DatasetMention {
  readonly id: string;
  /** The cited figure (from `figures`). */
  readonly figure: Figure;
  /** Where the figure stands: its cited figure's `source`. */
  readonly source: SourceSpan;
  readonly parties: readonly Participation[];
  readonly kind: CommitmentKind;
  /** The day it is dated for reconciling, when its document has no `publishedDate` or another applies. */
  readonly date?: string;
  /** A key shared by the mentions of one commitment: they are one commitment, whatever the heuristics say. */
  readonly commitment?: string;
  /** The commitment key that `commitment` is part of: `aggregate` never adds a part on top of its whole. */
  readonly partOf?: string;
  /** The id of the mention, in the same document, whose figure this one converts. */
  readonly convertedFrom?: string;
  readonly note?: string;
}

/** A whole dataset, typed: money as exact money objects, rates as exact rationals. */
export interface Dataset {
  readonly version: 1;
  readonly id: string;
  readonly title?: string;
  readonly documents: readonly DatasetDocument[];
  readonly parties: readonly Party[];
  readonly figures: readonly CitedFigure[];
  readonly commitments: readonly DatasetCommitment[];
  readonly conversions: readonly DatasetConversion[];
  readonly capacities: readonly Capacity[];
  /** Reports of commitments, for `reconcile` (absent when the dataset has none). */
  readonly mentions?: readonly DatasetMention[];
  /** Reference rates that make the dataset checkable offline. */
  readonly rates: readonly Rate[];
}
