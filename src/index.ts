/**
 * reckon: financial figures as they are reported in the news and in filings — exact money, what wording
 * and rounding mean, checked currency conversions, and honest totals.
 *
 * @packageDocumentation
 */
export * from './aggregate/index';
export * from './commitment/index';
export * from './conversion/index';
export type {
  Capacity,
  CitedFigure,
  Dataset,
  DatasetCommitment,
  DatasetConversion,
  DatasetDocument,
} from './dataset/types';
export * from './errors/index';
export * from './extract/index';
export * from './figure/index';
export * from './math/index';
export * from './money/index';
export * from './rates/index';
export * from './reconcile/index';
export * from './report/index';
