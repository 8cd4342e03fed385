export type {
  BestFix,
  CheckConversionOptions,
  ConversionReason,
  ConversionStatus,
  ConversionVerdict,
  DayWindow,
} from './check-conversion';
export { checkConversion, defaultToleranceBps } from './check-conversion';
export type { ExplainVerdictOptions } from './explain';
export { explainVerdict } from './explain';
export type { ImpliedRate, ImpliedRateOptions } from './implied-rate';
export { impliedRate } from './implied-rate';
export { impliedRates } from './implied-rates';
export type { ConversionSnapshot } from './snapshot';
