/**
 * Exact rationals, the one import reckon's modules use: arithmetic and comparison, rounding and writing,
 * reading. Each job lives in its own file.
 * @internal
 */
export { parseDecimalRatio, parseRatio, ratioFromNumber, readRatio, safeParseRatio } from './parse-ratio';
export {
  isRatio,
  type Ratio,
  ratio,
  ratioAbs,
  ratioAdd,
  ratioCmp,
  ratioDiv,
  ratioMax,
  ratioMin,
  ratioMul,
  ratioSub,
} from './ratio-arithmetic';
export {
  isTerminating,
  type RoundingMode,
  type RoundRatioOptions,
  ratioToApproxNumber,
  ratioToDecimal,
  ratioToString,
  roundRatio,
} from './round-ratio';
