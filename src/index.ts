/**
 * reckon: financial figures as they are reported in the news and in filings — exact money, what wording
 * and rounding mean, checked currency conversions, and honest totals.
 *
 * @packageDocumentation
 * @module reckon
 */
export * from './aggregate/index';
export { aggregateResultFromJSON, safeAggregateResultFromJSON } from './aggregate/result-from-json';
export type {
  AggregateResultJSON,
  AggregateResultToJSONOptions,
  AggregateTotalsJSON,
  IssueJSON,
  MoneyIntervalJSON,
  RateUseJSON,
} from './aggregate/result-json';
export { aggregateResultToJSON } from './aggregate/result-json';
export * from './commitment/index';
export type { ConvertMoneyOptions, ConvertMoneyResult } from './conversion/convert-money';
export { convertMoney } from './conversion/convert-money';
export * from './conversion/index';
export { verdictFromJSON } from './conversion/verdict-from-json';
export type { VerdictJSON } from './conversion/verdict-json';
export { verdictToJSON } from './conversion/verdict-json';
export type { SourceSpan } from './dataset/source-span';
export type {
  Capacity,
  CitedFigure,
  Dataset,
  DatasetCommitment,
  DatasetConversion,
  DatasetDocument,
  DatasetMention,
} from './dataset/types';
export * from './errors/index';
export * from './extract/index';
export { figureAllows } from './figure/figure-allows';
export * from './figure/index';
export { reckonReplacer } from './figure/json-replacer';
export * from './math/index';
export type { MoneyBounds } from './money/format-interval';
export { formatInterval } from './money/format-interval';
export * from './money/index';
export { isMoney, moneyEquals } from './money/money-equals';
export type { MoneyJSON } from './money/money-json';
export { moneyFromJSON, moneyToJSON } from './money/money-json';
export * from './rates/index';
export { ratesFromEcb } from './rates/load-rates';
export { rateFromJSON } from './rates/rate-json';
export * from './reconcile/index';
export * from './report/index';
