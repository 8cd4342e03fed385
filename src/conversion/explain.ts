import { assertOneOf, assertRecord, optionalOneOf, readKnownOptions } from '../_lib/guards';
import { figureBounds } from '../figure/bounds';
import { formatFigure } from '../figure/format-figure';
import type { Figure, FigureLocale } from '../figure/types';
import { type Ratio, ratio, ratioDiv, ratioToDecimal } from '../math/ratio';
import { isTargetBusinessDay } from '../rates/calendar';
import { addDays, formatDay } from '../rates/dates';
import type { Rate } from '../rates/rate';
import type { ConversionStatus, ConversionVerdict } from './check-conversion';

const LOCALES: readonly FigureLocale[] = ['en', 'de'];
const STATUSES: readonly ConversionStatus[] = [
  'consistent',
  'withinTolerance',
  'inconsistent',
  'indeterminate',
];

/** Options for {@link explainVerdict}. */
export interface ExplainVerdictOptions {
  /** @defaultValue "en" */
  readonly locale?: FigureLocale;
}

/** A figure's amount as the reader saw it ("€12.68bn"; a range with both ends), without its qualifier. */
function written(figure: Figure, locale: FigureLocale): string {
  const { amount, max, quantum } = figure;
  const range = figure.qualifier === 'range' && max !== undefined;
  return formatFigure(
    range ? { amount, max, qualifier: 'range', quantum } : { amount, qualifier: 'exact', quantum },
    { locale },
  );
}

/** What a figure's written digits allow ("£21.5bn–£22.5bn"): its rounding view, both ends. */
function digitsRange(figure: Figure, locale: FigureLocale): string {
  const { low, high } = figureBounds(figure, { view: 'rounding' });
  if (!low || !high) return written(figure, locale);
  return formatFigure({ amount: low, max: high, qualifier: 'range', quantum: figure.quantum }, { locale });
}

/** A rate in its source's quoting: ECB rates as "0.8675 GBP per EUR", others as quote per base. */
function quoteRate(rate: Rate, locale: FigureLocale): string {
  const perEur = rate.base === 'EUR' || rate.quote === 'EUR';
  const [value, unit, per]: [Ratio, string, string] =
    perEur && rate.base !== 'EUR'
      ? [ratioDiv(ratio(1n), rate.value), rate.base, 'EUR']
      : [rate.value, rate.quote, rate.base];
  const text = ratioToDecimal(value, 6);
  return locale === 'de' ? `${text.replace('.', ',')} ${unit} je ${per}` : `${text} ${unit} per ${per}`;
}

/** Basis points for reading (the verdict's numbers are for display; decisions were exact). */
function bps(value: number, locale: FigureLocale): string {
  return new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1 }).format(
    Math.abs(value),
  );
}

/** Whether every day of the window is a weekend day or a TARGET holiday (stops at the first that is not). */
function closedEveryDay(from: string, to: string): boolean {
  for (let d = from; d <= to; d = addDays(d, 1)) if (isTargetBusinessDay(d)) return false;
  return true;
}

/** Why there is no fix in the window, in one clause. */
function noRateClause(v: ConversionVerdict, de: boolean): string {
  const pair = `${v.implied.base}/${v.implied.quote}`;
  const day = (d: string) => formatDay(d, de ? 'de' : 'en');
  const { from, to } = v.window;
  const between =
    from === to
      ? de
        ? `am ${day(from)}`
        : `on ${day(from)}`
      : de
        ? `vom ${day(from)} bis zum ${day(to)}`
        : `from ${day(from)} to ${day(to)}`;
  const span = v.ratesSpan;
  if (!span) {
    return de
      ? `Die angegebenen Kurse enthalten keinen Kurs für ${pair}`
      : `The rates given have no fix for ${pair} at all`;
  }
  if (span.to < from) {
    return de
      ? `Die angegebenen Kurse für ${pair} enden am ${day(span.to)}, sie enthalten keinen Kurs ${between}`
      : `The rates given for ${pair} end on ${day(span.to)}: they have no fix ${between}`;
  }
  if (span.from > to) {
    return de
      ? `Die angegebenen Kurse für ${pair} beginnen am ${day(span.from)}, sie enthalten keinen Kurs ${between}`
      : `The rates given for ${pair} start on ${day(span.from)}: they have no fix ${between}`;
  }
  if (closedEveryDay(from, to)) {
    return de
      ? `${between[0]?.toUpperCase()}${between.slice(1)} gibt es keinen Referenzkurs für ${pair}, da an Wochenenden und TARGET-Feiertagen keiner festgestellt wird`
      : `There is no reference rate for ${pair} ${between}: none is fixed on weekends and TARGET holidays`;
  }
  return de
    ? `Die angegebenen Kurse enthalten ${between} keinen Kurs für ${pair}`
    : `The rates given have no fix for ${pair} ${between}`;
}

/**
 * Explains a verdict in a few sentences a person can read, in English or German: which fix, how far,
 * and why; for `noReferenceRate`, whether the rates given do not cover the window or the window holds
 * only weekends and TARGET holidays; and where the rates end when they end before the window does.
 *
 * @param verdict - from {@link checkConversion}
 * @param options - {@link ExplainVerdictOptions}
 * @returns the explanation
 * @throws {@link ReckonError} `INVALID_ARGUMENT` when `verdict` is not a verdict (naming the part that
 *   is wrong, such as `verdict.status`) or `options.locale` is not "en" or "de"
 * @example
 * ```ts
 * explainVerdict(verdict);
 * // '€12.68bn is £11bn at the ECB reference rate of 17 Sep 2025 (0.8675 GBP per EUR), within 0.1 bp.'
 * ```
 */
export function explainVerdict(verdict: ConversionVerdict, options: ExplainVerdictOptions = {}): string {
  const locale =
    optionalOneOf(
      readKnownOptions(options, ['locale'], 'explainVerdict').locale,
      LOCALES,
      'options.locale',
    ) ?? 'en';
  assertRecord(verdict, 'verdict');
  assertOneOf(verdict.status, STATUSES, 'verdict.status');
  assertRecord(verdict.implied, 'verdict.implied');
  assertRecord(verdict.from, 'verdict.from');
  assertRecord(verdict.to, 'verdict.to');
  const de = locale === 'de';
  const a = written(verdict.from, locale);
  const b = written(verdict.to, locale);
  const day = (d: string) => formatDay(d, locale);
  const pair = `${verdict.implied.base}/${verdict.implied.quote}`;
  // German: "die Umrechnung" is the subject, so the verb never has to agree with an amount.
  const conversion = `die Umrechnung von ${a} in ${b}`;
  const Conversion = `Die Umrechnung von ${a} in ${b}`;
  const best = verdict.best;
  const fix = best ? quoteRate(best.rate, locale) : '';
  const parts: string[] = [];
  switch (verdict.status) {
    case 'consistent': {
      const deviation = bps(best?.deviationBps ?? 0, locale);
      // A deviation above τ beside "tolerance" reads as a failure: say it is inside the digits' range.
      if (Math.abs(best?.deviationBps ?? 0) > verdict.toleranceBps) {
        const range = digitsRange(verdict.to, locale);
        parts.push(
          de
            ? `${Conversion} stimmt mit dem Referenzkurs vom ${day(best?.date ?? '')} überein (${fix}, Quelle: ${best?.source}): innerhalb des Bereichs, den die Ziffern von ${b} erlauben (${range}); ${deviation} bp vom genannten Wert.`
            : `${b} is ${a} at the ${best?.source} reference rate of ${day(best?.date ?? '')} (${fix}), within the range its digits allow (${range}); ${deviation} bp from the point value.`,
        );
        break;
      }
      parts.push(
        de
          ? `${Conversion} stimmt mit dem Referenzkurs vom ${day(best?.date ?? '')} überein (${fix}, Quelle: ${best?.source}), Abweichung ${deviation} bp.`
          : `${b} is ${a} at the ${best?.source} reference rate of ${day(best?.date ?? '')} (${fix}), within ${deviation} bp.`,
      );
      break;
    }
    case 'withinTolerance':
      parts.push(
        de
          ? `${Conversion} liegt ${bps(best?.gapBps ?? 0, locale)} bp neben dem Referenzkurs vom ${day(best?.date ?? '')} (${fix}, Quelle: ${best?.source}), innerhalb der Toleranz von ${verdict.toleranceBps} bp für die Bewegung eines Tages.`
          : `${b} matches ${a} at the ${best?.source} reference rate of ${day(best?.date ?? '')} (${fix}) to within ${bps(best?.gapBps ?? 0, locale)} bp, inside the ${verdict.toleranceBps} bp tolerance for one day's move.`,
      );
      break;
    case 'indeterminate':
      if (verdict.reasons.includes('rangeMismatch')) {
        parts.push(
          de
            ? `${Conversion} ist nicht prüfbar: eine Seite ist eine Spanne, die andere ein einzelner Betrag, und welches Ende umgerechnet wurde, lässt sich nicht sagen (das andere fehlt).`
            : `${b} for ${a} cannot be checked: one side is a range and the other a single figure, so which end was converted cannot be told (the other end is missing).`,
        );
        break;
      }
      if (!best) {
        parts.push(
          de
            ? `${noRateClause(verdict, true)}; ${conversion} lässt sich daher nicht prüfen.`
            : `${noRateClause(verdict, false)}, so ${b} for ${a} cannot be checked.`,
        );
        break;
      }
      parts.push(
        de
          ? `Die Angabe ${b} ist zu grob gerundet, um ${conversion} zu prüfen: schon ihre Rundung erlaubt mehr als ${verdict.maxResolutionBps} bp nach oben und unten. Der nächstgelegene Referenzkurs, ${fix} am ${day(best.date)} (Quelle: ${best.source}), ${best.gapBps === 0 ? 'liegt in diesem Bereich' : `liegt ${bps(best.gapBps, locale)} bp daneben`}.`
          : `${b} is too coarse to check ${a}: its rounding alone allows more than ${verdict.maxResolutionBps} bp either way. The closest reference rate, ${fix} on ${day(best.date)} (${best.source}), ${best.gapBps === 0 ? 'lies in that range' : `is ${bps(best.gapBps, locale)} bp outside it`}.`,
      );
      break;
    case 'inconsistent': {
      const from = day(verdict.window.from);
      const to = day(verdict.window.to);
      const ev = verdict.eventWindow;
      const eventDays = ev
        ? de
          ? `vom ${day(ev.from)} bis zum ${day(ev.to)} oder `
          : `from ${day(ev.from)} to ${day(ev.to)} or `
        : '';
      parts.push(
        de
          ? `${Conversion} passt zu keinem Referenzkurs ${eventDays}vom ${from} bis zum ${to}: der nächstgelegene, ${fix} am ${day(best?.date ?? '')} (Quelle: ${best?.source}), verfehlt den Bereich, den die geschriebenen Ziffern erlauben, um ${bps(best?.gapBps ?? 0, locale)} bp (Toleranz ${verdict.toleranceBps} bp).`
          : `${b} is not ${a} at any reference rate ${eventDays}from ${from} to ${to}: the closest, ${fix} on ${day(best?.date ?? '')} (${best?.source}), misses the range the written digits allow by ${bps(best?.gapBps ?? 0, locale)} bp (tolerance ${verdict.toleranceBps} bp).`,
      );
      if (verdict.reasons.includes('inverted')) {
        parts.push(
          de ? 'Der Kurs scheint vertauscht (1/r statt r).' : 'The rate looks inverted (1/r was used).',
        );
      }
      if (verdict.reasons.includes('scale')) {
        parts.push(
          de
            ? 'Die Beträge scheinen um den Faktor Tausend, Million oder Milliarde verschoben (eine verwechselte Einheit).'
            : 'The amounts look off by a factor of a thousand, a million or a billion (a unit slip).',
        );
      }
      if (verdict.outsideMatch) {
        const outside = `${day(verdict.outsideMatch.date)} (${quoteRate(verdict.outsideMatch.rate, locale)})`;
        parts.push(
          de ? `Der Referenzkurs vom ${outside} würde passen.` : `The fix of ${outside} would match.`,
        );
      }
      break;
    }
  }
  if (verdict.eventWindow && best && verdict.status !== 'inconsistent') {
    const ev = verdict.eventWindow;
    parts.push(
      de
        ? `Ereignis und Veröffentlichung liegen mehr als 31 Tage auseinander: es zählen nur die Kurse vom ${day(ev.from)} bis zum ${day(ev.to)} und vom ${day(verdict.window.from)} bis zum ${day(verdict.window.to)}.`
        : `The event and the publication are more than 31 days apart: only the fixes from ${day(ev.from)} to ${day(ev.to)} and from ${day(verdict.window.from)} to ${day(verdict.window.to)} count.`,
    );
  }
  if (verdict.laterEventDate) {
    const later = day(verdict.laterEventDate);
    parts.push(
      de
        ? `Das Ereignisdatum (${later}) liegt nach der Veröffentlichung: einen späteren Kurs kann der Text nicht verwendet haben, daher zählen nur Kurse bis zur Veröffentlichung.`
        : `The event date (${later}) is after publication: the writer cannot have used a later fix, so only fixes up to publication count.`,
    );
  }
  if (verdict.ratesEnd && best) {
    parts.push(
      de
        ? `Die angegebenen Kurse für ${pair} enden am ${day(verdict.ratesEnd)}; ein späterer Kurs kann fehlen.`
        : `The rates given for ${pair} end on ${day(verdict.ratesEnd)}; a later fix may be missing.`,
    );
  }
  return parts.join(' ');
}
