import { assertOneOf, invalidArgument, isRecord, optionalOneOf, readKnownOptions } from '../_lib/guards';
import { ReckonError } from '../errors/reckon-error';
import type { Money } from '../money/money';
import { rescale, toUnits } from '../money/units';
import { BOUNDS_OPTIONS, type FigureBounds, type FigureBoundsOptions, figureBounds } from './bounds';
import { type Figure, QUALIFIERS } from './types';

/**
 * Checks that a value is a figure (what {@link parseFigure} makes): a known qualifier, money for
 * `amount` and `quantum`, and `max` exactly when it is a range. @internal
 */
export function assertFigure(value: unknown, path: string): Figure {
  if (!isRecord(value)) throw invalidArgument(path, "a figure (parseFigure('up to £11bn'))", value);
  assertOneOf(value.qualifier, QUALIFIERS, `${path}.qualifier`);
  toUnits(value.amount as Money, `${path}.amount`);
  toUnits(value.quantum as Money, `${path}.quantum`);
  if ((value.qualifier === 'range') !== (value.max !== undefined)) {
    throw invalidArgument(`${path}.max`, 'money for a range and absent otherwise', value.max);
  }
  if (value.max !== undefined) toUnits(value.max as Money, `${path}.max`);
  return value as unknown as Figure;
}

/**
 * Whether a figure allows an amount: the amount lies within the figure's bounds ({@link figureBounds},
 * ends included or not as the wording says). "up to £11bn" allows £500m and £11bn, not £12bn; "more than
 * £1bn" does not allow £1bn itself. Exact: no rounding happens.
 *
 * @param figure - the figure
 * @param value - the amount, in the figure's currency
 * @param options - {@link FigureBoundsOptions}: `view: 'rounding'` widens each written value by half its
 *   rounding step ("£11bn" then allows £11.4bn)
 * @returns true when the bounds hold the amount
 * @throws {@link ReckonError} `INVALID_ARGUMENT` when `figure` is not a figure, `value` not money, or an
 *   option is invalid; `CURRENCY_MISMATCH` when the currencies differ (convert first: {@link convertMoney})
 * @example
 * ```ts
 * import { figureAllows, money, parseFigure } from 'reckon';
 *
 * console.log(figureAllows(parseFigure('up to £11bn'), money('500000000', 'GBP'))); // → true
 * console.log(figureAllows(parseFigure('£11bn'), money('11400000000', 'GBP'))); // → false
 * console.log(figureAllows(parseFigure('£11bn'), money('11400000000', 'GBP'), { view: 'rounding' })); // → true
 * ```
 */
export function figureAllows(figure: Figure, value: Money, options: FigureBoundsOptions = {}): boolean {
  return allowsWithBounds(figure, value, options).allows;
}

/**
 * {@link figureAllows} with the bounds it compared against, read once (the matcher `toAllow` shows
 * them). @internal
 */
export function allowsWithBounds(
  figure: Figure,
  value: Money,
  options: FigureBoundsOptions = {},
): { readonly allows: boolean; readonly bounds: FigureBounds } {
  const f = assertFigure(figure, 'figure');
  const v = toUnits(value, 'value');
  const o = readKnownOptions(options, BOUNDS_OPTIONS, 'figureAllows');
  optionalOneOf(o.view, ['nominal', 'rounding'] as const, 'options.view');
  for (const key of ['almostBand', 'aboutBand'] as const) {
    if (o[key] !== undefined && typeof o[key] !== 'string') {
      throw invalidArgument(`options.${key}`, 'a decimal fraction as a string, such as "0.1"', o[key]);
    }
  }
  const bounds = figureBounds(f, o);
  const code = toUnits(f.amount).currency.code;
  if (code !== v.currency.code) {
    throw new ReckonError(
      'CURRENCY_MISMATCH',
      `The figure is in ${code} and the amount in ${v.currency.code}: convert first (convertMoney).`,
    );
  }
  const cmp = (end: Money) => {
    const e = toUnits(end);
    const scale = e.scale > v.scale ? e.scale : v.scale;
    const x = rescale(v, scale);
    const y = rescale(e, scale);
    return x < y ? -1 : x > y ? 1 : 0;
  };
  const { low, high, lowInclusive, highInclusive } = bounds;
  const aboveLow = low === null || (lowInclusive ? cmp(low) >= 0 : cmp(low) > 0);
  const belowHigh = high === null || (highInclusive ? cmp(high) <= 0 : cmp(high) < 0);
  return { allows: aboveLow && belowHigh, bounds };
}
