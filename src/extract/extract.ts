import { moneyRatio } from '../money/units';
import { checkOptions, checkText } from './options';
import { scanner } from './scanner';
import type { ExtractedConversion, ExtractedFigure, ExtractOptions } from './types';

/**
 * Finds money figures in English and German text one at a time, in text order, holding only the
 * sentence at hand: the form for long texts and streamed output (`reckon extract` uses it). Yields the
 * same figures as {@link extractFigures}.
 *
 * @param text - any text
 * @param options - {@link ExtractOptions}
 * @returns a generator of figures
 * @throws {@link ReckonError} `INVALID_ARGUMENT` when `text` is not a string (or over 200 million
 *   characters), `options` is not an object, the language is unknown or `dollar` is not a string;
 *   `UNKNOWN_CURRENCY` for a `dollar` option that is no ISO code
 * @example
 * ```ts
 * for (const f of extractFiguresIter(article)) console.log(f.start, figureToJSON(f).amount);
 * ```
 */
export function* extractFiguresIter(
  text: string,
  options: ExtractOptions = {},
): Generator<ExtractedFigure, void> {
  checkText(text);
  const next = scanner(text, checkOptions(options));
  const batch: ExtractedFigure[] = [];
  while (next(batch)) {
    yield* batch;
    batch.length = 0;
  }
}

/**
 * Finds money figures in English and German text, in text order, with the offsets of each whole phrase
 * (qualifier included). Runs in time linear in the text's length. The later figure of a reported
 * conversion ("£11bn (€12.68bn)", "£11bn, or roughly €12.7bn", "11 Mrd. Pfund (umgerechnet rund 12,7 Mrd.
 * Euro)", "85,4 Mrd. Dollar, umgerechnet 78 Mrd. Euro") carries `convertedFrom`, the index of the first.
 * See docs/extraction.md for what is read and the rules behind it.
 *
 * @param text - any text
 * @param options - {@link ExtractOptions}
 * @returns the figures found
 * @throws {@link ReckonError} `INVALID_ARGUMENT` when `text` is not a string (or over 200 million
 *   characters), `options` is not an object, the language is unknown or `dollar` is not a string;
 *   `UNKNOWN_CURRENCY` for a `dollar` option that is no ISO code
 * @example
 * ```ts
 * const text = 'Nvidia investiert bis zu 11 Milliarden Pfund (12,68 Milliarden Euro) in Nscale.';
 * const found = extractFigures(text);
 * found.map((f) => text.slice(f.start, f.end)); // ['bis zu 11 Milliarden Pfund', '12,68 Milliarden Euro']
 * found[1].convertedFrom; // 0
 * ```
 */
export function extractFigures(text: string, options: ExtractOptions = {}): ExtractedFigure[] {
  checkText(text);
  const out: ExtractedFigure[] = [];
  const next = scanner(text, checkOptions(options));
  while (next(out));
  return out;
}

/** Whether two figures are two non-zero amounts of the same sign, as a conversion check needs. */
function checkable(from: ExtractedFigure, to: ExtractedFigure): boolean {
  const a = moneyRatio(from.amount).n;
  const b = moneyRatio(to.amount).n;
  return a !== 0n && b !== 0n && a < 0n === b < 0n;
}

/**
 * Finds reported conversions in a text ("£11bn (€12.68bn)") as conversion snapshots ready for
 * `checkConversion` (add a date or a window).
 *
 * @param text - any text
 * @param options - {@link ExtractOptions}
 * @returns the pairs, in text order
 * @throws {@link ReckonError} as {@link extractFigures}
 * @example
 * ```ts
 * const [pair] = extractConversions('up to £11bn (€12.68bn)');
 * checkConversion({ ...pair, publishedDate: '2025-09-18' }, ecbRates).status; // 'consistent'
 * ```
 */
export function extractConversions(text: string, options: ExtractOptions = {}): ExtractedConversion[] {
  const figures = extractFigures(text, options);
  const out: ExtractedConversion[] = [];
  for (const f of figures) {
    if (f.convertedFrom === undefined) continue;
    const from = figures[f.convertedFrom];
    // checkConversion divides one side by the other: a zero or a change of sign ("€0 ($1.4m)", from a
    // misread number) is no conversion to check.
    if (from && checkable(from, f)) out.push({ from, to: f });
  }
  return out;
}
