export type { Ratio, RoundingMode } from './ratio';
export { parseRatio, ratio, ratioCmp, ratioToDecimal, ratioToString, roundRatio } from './ratio';
