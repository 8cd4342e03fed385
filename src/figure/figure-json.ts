import { figureRuleBroken } from '../_lib/figure-rules';
import { assertRecord } from '../_lib/guards';
import { ReckonError } from '../errors/reckon-error';
import type { ExtractedFigure } from '../extract/types';
import { currencyCode, money, toDecimalString } from '../money/money';
import { checkFigure } from './guard';
import { type Figure, QUALIFIERS, type Qualifier } from './types';

/**
 * The JSON form of a figure: exact decimal strings in major units.
 *
 * Extracted figures also keep their position: `start`, `end` and `convertedFrom`, and
 * `assumedCurrency` when their currency is a bare "$" read as US dollars by default.
 */
export interface FigureJSON {
  readonly currency: string;
  readonly amount: string;
  readonly max?: string;
  readonly qualifier: Qualifier;
  readonly quantum: string;
  readonly text?: string;
  readonly start?: number;
  readonly end?: number;
  readonly convertedFrom?: number;
  /** Present (true) when an extracted figure's currency was assumed from a bare "$". */
  readonly assumedCurrency?: true;
}

/**
 * Writes a figure as JSON-safe data (`JSON.stringify` of a bigint dinero object throws).
 *
 * @param figure - a figure, or an {@link ExtractedFigure} (its position is kept)
 * @returns the JSON form
 * @throws {@link ReckonError} `INVALID_ARGUMENT` when `figure` is not an object with a known qualifier
 * @example
 * ```ts
 * figureToJSON(parseFigure('up to £11bn'));
 * // { currency: 'GBP', amount: '11000000000', qualifier: 'upTo', quantum: '1000000000', text: 'up to £11bn' }
 * ```
 */
export function figureToJSON(figure: Figure | ExtractedFigure): FigureJSON {
  checkFigure(figure, 'figure');
  const at: Partial<ExtractedFigure> = figure;
  const trim = { trim: true } as const;
  return {
    currency: currencyCode(figure.amount),
    amount: toDecimalString(figure.amount, trim),
    ...(figure.max ? { max: toDecimalString(figure.max, trim) } : {}),
    qualifier: figure.qualifier,
    quantum: toDecimalString(figure.quantum, trim),
    ...(figure.text !== undefined ? { text: figure.text } : {}),
    ...(at.start !== undefined ? { start: at.start } : {}),
    ...(at.end !== undefined ? { end: at.end } : {}),
    ...(at.convertedFrom !== undefined ? { convertedFrom: at.convertedFrom } : {}),
    ...(at.assumedCurrency ? { assumedCurrency: true as const } : {}),
  };
}

/**
 * Reads the JSON form of a figure back (position fields are ignored). For validation with issues and
 * paths, use `figureSchema` from `reckon/schema`.
 *
 * @param json - the output of {@link figureToJSON}
 * @returns the figure
 * @throws {@link ReckonError} `INVALID_ARGUMENT` when `json` is not an object; `INVALID_FIGURE` (its
 *   `details.path` naming the field) for an unknown qualifier, a range without `max` or `max` without a
 *   range, `max` below `amount`, or a quantum that is not positive — the checks `parseFigure` and the
 *   schemas make too;
 *   `INVALID_MONEY` or `UNKNOWN_CURRENCY` for a bad amount or currency
 * @example
 * ```ts
 * figureFromJSON({ currency: 'EUR', amount: '12680000000', qualifier: 'exact', quantum: '10000000' });
 * ```
 */
export function figureFromJSON(json: FigureJSON): Figure {
  assertRecord(json, 'json');
  if (!QUALIFIERS.includes(json.qualifier)) {
    throw new ReckonError('INVALID_FIGURE', `Unknown qualifier "${String(json.qualifier)}".`, {
      path: 'qualifier',
    });
  }
  if ((json.qualifier === 'range') !== (json.max !== undefined)) {
    throw new ReckonError('INVALID_FIGURE', 'A range needs "max", and only a range has one.', {
      path: 'max',
    });
  }
  const amount = money(json.amount, json.currency);
  const quantum = money(json.quantum, json.currency);
  const max = json.max !== undefined ? money(json.max, json.currency) : undefined;
  const broken = figureRuleBroken(amount, max, quantum);
  if (broken) throw new ReckonError('INVALID_FIGURE', `${broken.message}.`, { path: broken.field });
  const base = { amount, qualifier: json.qualifier, quantum };
  const withMax = max !== undefined ? { ...base, max } : base;
  return json.text !== undefined ? { ...withMax, text: json.text } : withMax;
}
