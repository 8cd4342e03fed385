import { optionalOneOf, readKnownOptions } from '../_lib/guards';
import { smallInt } from '../math/small';
import type { Money } from '../money/money';
import { currencyCode } from '../money/money';
import { toUnits } from '../money/units';
import { writtenSign } from '../money/written-sign';
import { checkDollarOption } from './dollar-option';
import type { DollarReading } from './grammar';
import { checkFigure } from './guard';
import { AMBIGUOUS_CODES } from './lexicon';
import { LANGUAGES, WRITING_OF } from './locales/index';
import type { Figure, FigureLanguage } from './types';

/** Options for {@link formatFigure}. */
export interface FormatFigureOptions {
  /** `en` writes "up to £11bn", `de` writes "bis zu 11 Mrd. £". @defaultValue "en" */
  readonly language?: FigureLanguage;
  /**
   * What a bare "$" will mean to whoever reads the phrase back, as `parseFigure`'s and `extractFigures`'
   * option of that name: with any other value than `'USD'` (`'AUD'` for an Australian source,
   * `'ambiguous'`), US dollars are written "US$", so that they never read back as that source's dollar.
   * @defaultValue "USD"
   */
  readonly dollar?: DollarReading;
}

/** log10 of a power of ten given as units at a scale, or undefined when it is not one. */
function log10Units(units: bigint, scale: bigint): number | undefined {
  const s = units.toString();
  return /^10*$/.test(s) ? s.length - 1 - smallInt(scale) : undefined;
}

/** Digits grouped in threes: every digit is written, however many (no Intl limit, no "∞"). */
function groupDigits(digits: string, separator: string): string {
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let k = head; k < digits.length; k += 3) out += separator + digits.slice(k, k + 3);
  return out;
}

/** Writes one amount with the digits its quantum implies, a scale word and a currency sign. */
function writeAmount(value: Money, quantum: Money, language: FigureLanguage, usPrefix: boolean): string {
  const v = toUnits(value);
  const q = toUnits(quantum);
  const negative = v.units < 0n;
  const magnitude = negative ? -v.units : v.units;
  const whole = magnitude / 10n ** v.scale;
  const qExp = log10Units(q.units, q.scale) ?? 0;
  // Scale word: the largest thousand-power at or below the amount (up to 10^12) that needs at most two
  // decimals to show the quantum: "€12.68bn", but "£1,250,000" (quantum £1) stays written out. The
  // quantum must stay writable: "€0.8bn" (quantum €100m) is not "€800m" (quantum €1m).
  let group = whole === 0n ? 0 : Math.min(4, Math.floor((whole.toString().length - 1) / 3));
  while (group > 0 && 3 * group - qExp > 2) group--;
  if (qExp > 3 * group) group = Math.min(4, Math.ceil(qExp / 3));
  const divisor = 10n ** (v.scale + BigInt(3 * group));
  // Digits after the mark: as many as the quantum implies, more if the amount needs them to be exact.
  let frac = Math.max(0, 3 * group - qExp);
  while ((magnitude * 10n ** BigInt(frac)) % divisor !== 0n) frac++;
  const shifted = ((magnitude * 10n ** BigInt(frac)) / divisor).toString().padStart(frac + 1, '0');
  const { group: sep, decimal: mark, scaleSuffixes, signAfter } = WRITING_OF[language].format;
  const intPart = groupDigits(frac > 0 ? shifted.slice(0, -frac) : shifted, sep);
  const number = frac > 0 ? `${intPart}${mark}${shifted.slice(-frac)}` : intPart;
  const code = currencyCode(value);
  const symbol = usPrefix && code === 'USD' ? 'US$' : writtenSign(code);
  const suffix = scaleSuffixes[group] ?? '';
  const sign = negative ? '-' : '';
  const isCode = symbol === code;
  // A code that is also an English word ("ALL", "TOP") is read only before the number.
  if (signAfter && !(isCode && AMBIGUOUS_CODES.has(code))) {
    return `${sign}${number}${suffix ? ` ${suffix}` : ''} ${symbol}`;
  }
  return `${sign}${symbol}${isCode ? ' ' : ''}${number}${signAfter && suffix ? ` ${suffix}` : suffix}`;
}

/**
 * Writes a figure back as a phrase that {@link parseFigure} reads to the same figure: the amount with
 * the digits its quantum implies, a scale word, the currency symbol and the qualifier's words.
 *
 * @param figure - the figure
 * @param options - {@link FormatFigureOptions}
 * @returns "up to £11bn", "€12.68bn", "bis zu 11 Mrd. £", "between $1bn and $2bn"
 * @throws {@link ReckonError} `INVALID_ARGUMENT` when `figure` is not an object with a known qualifier,
 *   `options` is not an object, the language is not "en" or "de", or `dollar` is not a string;
 *   `UNKNOWN_CURRENCY` for a `dollar` that is neither a known ISO code nor "ambiguous"
 * @example
 * ```ts
 * formatFigure(parseFigure('bis zu 11 Milliarden Pfund')); // 'up to £11bn'
 * formatFigure(parseFigure('up to £11bn'), { language: 'de' }); // 'bis zu 11 Mrd. £'
 * // For an Australian source, where a bare "$" is read as AUD: US dollars say so.
 * formatFigure(parseFigure('$US16.1 billion'), { dollar: 'AUD' }); // 'US$16.1bn'
 * ```
 */
export function formatFigure(figure: Figure, options: FormatFigureOptions = {}): string {
  checkFigure(figure, 'figure');
  const read = readKnownOptions(options, ['language', 'dollar'], 'formatFigure');
  const language = optionalOneOf(read.language, LANGUAGES, 'options.language') ?? 'en';
  const dollar = checkDollarOption(read.dollar);
  const usPrefix = dollar !== undefined && dollar !== 'USD';
  const low = writeAmount(figure.amount, figure.quantum, language, usPrefix);
  if (figure.qualifier === 'range' && figure.max) {
    const high = writeAmount(figure.max, figure.quantum, language, usPrefix);
    return WRITING_OF[language].format.range(low, high);
  }
  const q = figure.qualifier === 'range' ? 'exact' : figure.qualifier;
  return WRITING_OF[language].format.qualifiers[q] + low;
}
