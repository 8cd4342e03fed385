import { assertOneOf, assertRecord, optionalOneOf, readKnownOptions } from '../_lib/guards';
import { figureBounds } from '../figure/bounds';
import { formatFigure } from '../figure/format-figure';
import { LANGUAGES, VERDICT_OF, WRITING_OF } from '../figure/locales/index';
import type { Figure, FigureLanguage } from '../figure/types';
import { type Ratio, ratio, ratioDiv, ratioToDecimal } from '../math/ratio';
import { isTargetBusinessDay } from '../rates/calendar';
import { addDays, formatDay } from '../rates/dates';
import type { Rate } from '../rates/rate';
import type { ConversionStatus, ConversionVerdict } from './verdict';

const STATUSES: readonly ConversionStatus[] = [
  'consistent',
  'withinTolerance',
  'inconsistent',
  'indeterminate',
];

/** Options for {@link explainVerdict}. */
export interface ExplainVerdictOptions {
  /** @defaultValue "en" */
  readonly language?: FigureLanguage;
}

/** A figure's amount as the reader saw it ("€12.68bn"; a range with both ends), without its qualifier. */
function written(figure: Figure, language: FigureLanguage): string {
  const { amount, max, quantum } = figure;
  const range = figure.qualifier === 'range' && max !== undefined;
  return formatFigure(
    range ? { amount, max, qualifier: 'range', quantum } : { amount, qualifier: 'exact', quantum },
    { language },
  );
}

/** What a figure's written digits allow ("£21.5bn–£22.5bn"): its rounding view, both ends. */
function digitsRange(figure: Figure, language: FigureLanguage): string {
  const { low, high } = figureBounds(figure, { view: 'rounding' });
  if (!low || !high) return written(figure, language);
  return formatFigure({ amount: low, max: high, qualifier: 'range', quantum: figure.quantum }, { language });
}

/** A rate in its source's quoting: ECB rates as "0.8675 GBP per EUR", others as quote per base. */
function quoteRate(rate: Rate, language: FigureLanguage): string {
  const perEur = rate.base === 'EUR' || rate.quote === 'EUR';
  const [value, unit, per]: [Ratio, string, string] =
    perEur && rate.base !== 'EUR'
      ? [ratioDiv(ratio(1n), rate.value), rate.base, 'EUR']
      : [rate.value, rate.quote, rate.base];
  return VERDICT_OF[language].rate(ratioToDecimal(value, 6), unit, per);
}

/** Basis points for reading (the verdict's numbers are for display; decisions were exact). */
function bps(value: number, language: FigureLanguage): string {
  return new Intl.NumberFormat(WRITING_OF[language].intl, { maximumFractionDigits: 1 }).format(
    Math.abs(value),
  );
}

/** Whether every day of the window is a weekend day or a TARGET holiday (stops at the first that is not). */
function closedEveryDay(from: string, to: string): boolean {
  for (let d = from; d <= to; d = addDays(d, 1)) if (isTargetBusinessDay(d)) return false;
  return true;
}

/** Why there is no fix in the window, in one clause. */
function noRateClause(v: ConversionVerdict, language: FigureLanguage): string {
  const w = VERDICT_OF[language];
  const pair = `${v.implied.base}/${v.implied.quote}`;
  const day = (d: string) => formatDay(d, language);
  const { from, to } = v.window;
  const between = from === to ? w.on(day(from)) : w.fromTo(day(from), day(to));
  const span = v.ratesSpan;
  if (!span) return w.noRatesAtAll(pair);
  if (span.to < from) return w.ratesEndBefore(pair, day(span.to), between);
  if (span.from > to) return w.ratesStartAfter(pair, day(span.from), between);
  if (closedEveryDay(from, to)) return w.closed(pair, between);
  return w.noFix(pair, between);
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
 *   is wrong, such as `verdict.status`) or `options.language` is not "en" or "de"
 * @example
 * ```ts
 * explainVerdict(verdict);
 * // '€12.68bn is £11bn at the ECB reference rate of 17 Sep 2025 (0.8675 GBP per EUR), within 0.1 bp.'
 * ```
 */
export function explainVerdict(verdict: ConversionVerdict, options: ExplainVerdictOptions = {}): string {
  const language =
    optionalOneOf(
      readKnownOptions(options, ['language'], 'explainVerdict').language,
      LANGUAGES,
      'options.language',
    ) ?? 'en';
  assertRecord(verdict, 'verdict');
  assertOneOf(verdict.status, STATUSES, 'verdict.status');
  assertRecord(verdict.implied, 'verdict.implied');
  assertRecord(verdict.from, 'verdict.from');
  assertRecord(verdict.to, 'verdict.to');
  const w = VERDICT_OF[language];
  const a = written(verdict.from, language);
  const b = written(verdict.to, language);
  const day = (d: string) => formatDay(d, language);
  const pair = `${verdict.implied.base}/${verdict.implied.quote}`;
  const best = verdict.best;
  const fix = best ? quoteRate(best.rate, language) : '';
  const facts = (gapOrDeviation: number | undefined) => ({
    a,
    b,
    source: `${best?.source}`,
    day: day(best?.date ?? ''),
    fix,
    bps: bps(gapOrDeviation ?? 0, language),
  });
  const parts: string[] = [];
  switch (verdict.status) {
    case 'consistent': {
      // A deviation above τ beside "tolerance" reads as a failure: say it is inside the digits' range.
      if (Math.abs(best?.deviationBps ?? 0) > verdict.toleranceBps) {
        parts.push(w.consistentInRange(facts(best?.deviationBps), digitsRange(verdict.to, language)));
        break;
      }
      parts.push(w.consistent(facts(best?.deviationBps)));
      break;
    }
    case 'withinTolerance':
      parts.push(w.withinTolerance(facts(best?.gapBps), verdict.toleranceBps));
      break;
    case 'indeterminate':
      if (verdict.reasons.includes('rangeMismatch')) {
        parts.push(w.rangeMismatch(a, b));
        break;
      }
      if (!best) {
        parts.push(w.noRate(noRateClause(verdict, language), a, b));
        break;
      }
      parts.push(
        w.tooCoarse(
          facts(undefined),
          verdict.maxResolutionBps,
          best.gapBps === 0 ? undefined : bps(best.gapBps, language),
        ),
      );
      break;
    case 'inconsistent': {
      const ev = verdict.eventWindow;
      const eventDays = ev ? w.eventDays(day(ev.from), day(ev.to)) : '';
      parts.push(
        w.inconsistent(
          facts(best?.gapBps),
          eventDays,
          day(verdict.window.from),
          day(verdict.window.to),
          verdict.toleranceBps,
        ),
      );
      if (verdict.reasons.includes('inverted')) parts.push(w.inverted);
      if (verdict.reasons.includes('scale')) parts.push(w.scale);
      if (verdict.outsideMatch) {
        parts.push(
          w.outsideMatch(
            `${day(verdict.outsideMatch.date)} (${quoteRate(verdict.outsideMatch.rate, language)})`,
          ),
        );
      }
      break;
    }
  }
  if (verdict.eventWindow && best && verdict.status !== 'inconsistent') {
    const ev = verdict.eventWindow;
    parts.push(w.eventApart(day(ev.from), day(ev.to), day(verdict.window.from), day(verdict.window.to)));
  }
  if (verdict.laterEventDate) parts.push(w.laterEvent(day(verdict.laterEventDate)));
  if (verdict.ratesEnd && best) parts.push(w.ratesEnd(pair, day(verdict.ratesEnd)));
  return parts.join(' ');
}
