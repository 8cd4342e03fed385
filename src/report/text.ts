import { hasOwn } from '../_lib/guards';
import type { ConvertedInterval, MoneyInterval } from '../aggregate/types';
import { REPORT_OF, type ReportWords } from '../figure/locales';
import type { FigureLanguage } from '../figure/types';
import { formatMoney } from '../money/format-money';
import type { Money } from '../money/money';
import { currencyCode, toDecimalString } from '../money/money';

/** The words of the page, per language (in src/figure/locales/). @internal */
export const WORDS = REPORT_OF;

/** The words of one language. @internal */
export type Words = ReportWords;

const intlLocale = (language: FigureLanguage) => (language === 'de' ? 'de-DE' : 'en-GB');

/** Formats money as the page writes it: {@link formatMoney} in the page's language. @internal */
export function moneyFormatter(language: FigureLanguage) {
  const intl = intlLocale(language);
  return {
    /** "£11bn", "11 Mrd. £". */
    compact: (value: Money) => formatMoney(value, { locale: intl, notation: 'compact' }),
    /** "£11,000,000,000.00": every digit, for the table. */
    exact: (value: Money) => formatMoney(value, { locale: intl }),
  };
}

/**
 * One end of an interval as the page writes it, rounded outward so the interval written holds the
 * interval computed, as `formatInterval` does (review4 K5): exact when three decimals of its scale
 * suffice ("1,145 Mrd. £"), else two, rounded down for a low end and up for a high end. Amounts past
 * Intl's digits keep {@link moneyFormatter}'s writing.
 */
function endText(value: Money, rounding: 'floor' | 'ceil', language: FigureLanguage, f: MoneyFormatter) {
  const decimal = toDecimalString(value);
  if ((decimal.replace('-', '').split('.')[0] ?? '').length > 15) return f.compact(value);
  const at = (digits: number, mode: 'floor' | 'ceil') =>
    new Intl.NumberFormat(intlLocale(language), {
      style: 'currency',
      currency: currencyCode(value),
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: digits,
      roundingMode: mode,
    } as Intl.NumberFormatOptions)
      // Intl reads decimal strings exactly (ECMA-402 NumberFormat v3); the lib typings lag behind.
      .format(decimal as unknown as number)
      .replace(/[\u00a0\u202f]/g, ' ');
  const three = at(3, rounding);
  return three === at(3, rounding === 'floor' ? 'ceil' : 'floor') ? three : at(2, rounding);
}

/** How one page writes money. @internal */
export type MoneyFormatter = ReturnType<typeof moneyFormatter>;

/** The exact decimal string of the JSON report (`reckon report --json`), or null. @internal */
export const decimalOf = (value: Money | null): string | null =>
  value === null ? null : toDecimalString(value, { trim: true });

/** An interval as a person reads it, as the text report writes it: "up to £11bn", "≥ $10bn". @internal */
export function intervalText(interval: MoneyInterval, language: FigureLanguage, f: MoneyFormatter): string {
  const w = WORDS[language];
  const { low, high } = interval;
  if (low === null && high === null) return w.unbounded;
  const down = (m: Money) => endText(m, 'floor', language, f);
  const up = (m: Money) => endText(m, 'ceil', language, f);
  if (high === null) return `${interval.lowInclusive ? '≥' : '>'} ${down(low as Money)}`;
  if (low === null) return `${interval.highInclusive ? '≤' : '<'} ${up(high)}`;
  const lowText = decimalOf(low);
  if (lowText === decimalOf(high)) return f.compact(high);
  if (lowText === '0') return `${interval.highInclusive ? w.upTo : w.under} ${up(high)}`;
  return `${down(low)} – ${up(high)}`;
}

/** A converted total: an incomplete one never reads as the total. @internal */
export function convertedText(
  converted: ConvertedInterval,
  language: FigureLanguage,
  f: MoneyFormatter,
): string {
  if (converted.complete) return intervalText(converted, language, f);
  const low = converted.low;
  const bound =
    low !== null && decimalOf(low) !== '0'
      ? `${converted.lowInclusive ? '≥' : '>'} ${endText(low, 'floor', language, f)}; `
      : '';
  return WORDS[language].incomplete(converted.currency, bound);
}

/**
 * A commitment kind in the words of a page ("equityStake" → "equity stake", "Beteiligung"): one mapping
 * for the HTML page and the text report. A kind the words do not know stays as the dataset writes it.
 * @internal
 */
export const kindText = (kind: string, words: Words): string =>
  hasOwn(words.kinds, kind) ? words.kinds[kind as keyof Words['kinds']] : kind;

/** A commitment status in the words of a page ("underConsideration" → "under consideration"). @internal */
export const statusText = (status: string, words: Words): string =>
  hasOwn(words.commitmentStatuses, status)
    ? words.commitmentStatuses[status as keyof Words['commitmentStatuses']]
    : status;
