export { checkConversion } from './check-conversion';
export type { ExplainVerdictOptions } from './explain';
export { explainVerdict } from './explain';
export type { ImpliedRate, ImpliedRateOptions } from './implied-rate';
export { impliedRate } from './implied-rate';
export { ratesFromConversions } from './implied-rates';
export type { ConversionSnapshot } from './snapshot';
export { defaultToleranceBps } from './tolerance';
export type {
  BestFix,
  CheckConversionOptions,
  ConversionReason,
  ConversionStatus,
  ConversionVerdict,
} from './verdict';
