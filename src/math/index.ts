export { parseRatio, safeParseRatio } from './parse-ratio';
export type { Ratio } from './ratio-arithmetic';
export { ratio, ratioCmp } from './ratio-arithmetic';
export type { RoundingMode, RoundRatioOptions } from './round-ratio';
export { ratioToDecimal, ratioToString, roundRatio } from './round-ratio';
