import { isRatio, ratioToString } from '../math/ratio';
import { isMoney } from '../money/money-equals';
import { moneyToJSON } from '../money/money-json';
import { assertFigure } from './figure-allows';
import { figureToJSON } from './figure-json';
import type { Figure } from './types';

function isFigure(value: unknown): value is Figure {
  try {
    assertFigure(value, 'value');
    return true;
  } catch {
    return false;
  }
}

/**
 * A replacer that makes `JSON.stringify` work on any reckon value or result (plain `JSON.stringify`
 * throws "Do not know how to serialize a BigInt"): money becomes {@link moneyToJSON}'s form, a figure
 * {@link figureToJSON}'s, a ratio (a rate's value, an implied rate) its exact string ("0.8675",
 * "400/347"), any other bigint its decimal digits. Nothing is rounded.
 *
 * For the documented, stable JSON shapes of each result use its own function — {@link moneyToJSON},
 * {@link figureToJSON}, {@link rateToJSON}, {@link verdictToJSON}, {@link aggregateResultToJSON},
 * {@link reconcileResultToJSON}, `datasetToJSON` (reckon/schema) — which read back with the matching
 * `…FromJSON` or parse function where there is one.
 *
 * @param key - given by `JSON.stringify`
 * @param value - given by `JSON.stringify`
 * @returns the JSON-safe value
 * @example
 * ```ts
 * import { money, parseFigure, reckonReplacer } from 'reckon';
 *
 * const row = { figure: parseFigure('up to £11bn'), paid: money('500000000', 'GBP'), count: 3n };
 * console.log(JSON.stringify(row, reckonReplacer)); // → {"figure":{"currency":"GBP","amount":"11000000000","qualifier":"upTo","quantum":"1000000000","text":"up to £11bn"},"paid":{"currency":"GBP","amount":"500000000.00"},"count":"3"}
 * ```
 */
export function reckonReplacer(this: unknown, key: string, value: unknown): unknown {
  // JSON.stringify has already called money's own toJSON (a snapshot with bigints): read the holder.
  const original = typeof this === 'object' && this !== null ? (this as Record<string, unknown>)[key] : value;
  if (isMoney(original)) return moneyToJSON(original);
  if (isFigure(value)) return figureToJSON(value);
  if (isRatio(value)) return ratioToString(value);
  if (typeof value === 'bigint') return value.toString();
  return value;
}
