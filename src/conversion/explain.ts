import { formatFigure } from '../figure/format-figure';
import type { Figure, FigureLocale } from '../figure/types';
import { type Ratio, ratio, ratioDiv, ratioToDecimal } from '../math/ratio';
import { formatDay } from '../rates/dates';
import type { Rate } from '../rates/rate';
import type { ConversionVerdict } from './check-conversion';

/** Options for {@link explainVerdict}. */
export interface ExplainVerdictOptions {
  /** @defaultValue "en" */
  readonly locale?: FigureLocale;
}

/** A figure's amount as the reader saw it ("€12.68bn"), without its qualifier. */
function written(figure: Figure, locale: FigureLocale): string {
  return formatFigure({ amount: figure.amount, qualifier: 'exact', quantum: figure.quantum }, { locale });
}

/** A rate in its source's quoting: ECB rates as "0.8675 GBP per EUR", others as quote per base. */
function quoteRate(rate: Rate, locale: FigureLocale): string {
  const perEur = rate.base === 'EUR' || rate.quote === 'EUR';
  const [value, unit, per]: [Ratio, string, string] =
    perEur && rate.base !== 'EUR'
      ? [ratioDiv(ratio(1n), rate.value), rate.base, 'EUR']
      : [rate.value, rate.quote, rate.base];
  const text = ratioToDecimal(value, 6);
  const shown = locale === 'de' ? text.replace('.', ',') : text;
  return locale === 'de' ? `${shown} ${unit} je ${per}` : `${shown} ${unit} per ${per}`;
}

function bps(value: number, locale: FigureLocale): string {
  return new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1 }).format(
    Math.abs(value),
  );
}

function factorWords(locale: FigureLocale): string {
  return locale === 'de'
    ? 'um den Faktor 1.000 oder 1.000.000 daneben'
    : 'off by a factor of 1,000 or 1,000,000';
}

/**
 * Explains a verdict in one or two sentences a person can read.
 *
 * @param verdict - from {@link checkConversion}
 * @param options - {@link ExplainVerdictOptions}
 * @returns the explanation
 * @example
 * ```ts
 * explainVerdict(verdict);
 * // '€12.68bn is £11bn at the ECB reference rate of 17 Sep 2025 (0.8675 GBP per EUR), within 0.1 bp.'
 * ```
 */
export function explainVerdict(verdict: ConversionVerdict, options: ExplainVerdictOptions = {}): string {
  const locale = options.locale ?? 'en';
  const de = locale === 'de';
  const a = written(verdict.from, locale);
  const b = written(verdict.to, locale);
  const from = formatDay(verdict.window.from, locale);
  const to = formatDay(verdict.window.to, locale);
  const best = verdict.best;
  const at = best
    ? de
      ? `zum Referenzkurs (${best.source}) vom ${formatDay(best.date, locale)} (${quoteRate(best.rate, locale)})`
      : `at the ${best.source} reference rate of ${formatDay(best.date, locale)} (${quoteRate(best.rate, locale)})`
    : '';
  switch (verdict.status) {
    case 'consistent':
      return de
        ? `${b} sind ${a} ${at}, Abweichung ${bps(best?.deviationBps ?? 0, locale)} bp.`
        : `${b} is ${a} ${at}, within ${bps(best?.deviationBps ?? 0, locale)} bp.`;
    case 'withinTolerance':
      return de
        ? `${b} passt zu ${a} ${at} bis auf ${bps(best?.gapBps ?? 0, locale)} bp, innerhalb der Toleranz von ${verdict.toleranceBps} bp für eine Tagesbewegung.`
        : `${b} matches ${a} ${at} to within ${bps(best?.gapBps ?? 0, locale)} bp, inside the ${verdict.toleranceBps} bp tolerance for one day's move.`;
    case 'indeterminate': {
      if (verdict.reasons.includes('noReferenceRate')) {
        return de
          ? `Kein Referenzkurs für ${verdict.implied.base}/${verdict.implied.quote} zwischen ${from} und ${to} (an Wochenenden und TARGET-Feiertagen gibt es keine): ${b} für ${a} lässt sich nicht prüfen.`
          : `No reference rate for ${verdict.implied.base}/${verdict.implied.quote} between ${from} and ${to} (none are fixed on weekends and TARGET holidays), so ${b} for ${a} cannot be checked.`;
      }
      return de
        ? `${b} ist zu grob gerundet, um ${a} zu prüfen: die Rundung allein erlaubt mehr als ${verdict.maxResolutionBps} bp.`
        : `${b} is too coarse to check ${a}: its rounding alone allows more than ${verdict.maxResolutionBps} bp.`;
    }
    case 'inconsistent': {
      const parts = [
        de
          ? `${b} sind nicht ${a} zu einem Referenzkurs zwischen ${from} und ${to}: der nächste, ${at.replace(/^zum Referenzkurs /, '')}, weicht ${bps(best?.deviationBps ?? 0, locale)} bp ab (Toleranz ${verdict.toleranceBps} bp).`
          : `${b} is not ${a} at any reference rate from ${from} to ${to}: the closest, ${best ? `${quoteRate(best.rate, locale)} on ${formatDay(best.date, locale)}` : ''}, is off by ${bps(best?.deviationBps ?? 0, locale)} bp (tolerance ${verdict.toleranceBps} bp).`,
      ];
      if (verdict.reasons.includes('inverted')) {
        parts.push(de ? 'Der Kurs scheint vertauscht (1/r).' : 'The rate looks inverted (1/r was used).');
      }
      if (verdict.reasons.includes('scale')) {
        parts.push(
          de ? `Die Beträge sind ${factorWords(locale)}.` : `The amounts are ${factorWords(locale)}.`,
        );
      }
      if (verdict.outsideMatch) {
        const day = formatDay(verdict.outsideMatch.date, locale);
        parts.push(de ? `Der Kurs vom ${day} würde passen.` : `The fix of ${day} would match.`);
      }
      return parts.join(' ');
    }
  }
}
