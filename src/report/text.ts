import type { ConvertedInterval, MoneyInterval } from '../aggregate/types';
import type { FigureLanguage } from '../figure/types';
import { formatMoney } from '../money/format-money';
import type { Money } from '../money/money';
import { toDecimalString } from '../money/money';

/** The words of the page, per language. @internal */
export const WORDS = {
  en: {
    title: 'Commitments report',
    source: 'Source',
    by: 'Totals by',
    party: 'party',
    to: 'Converted to',
    notConverted: 'not converted (no target currency)',
    asOf: 'Rates as of',
    asOfEach: "each commitment's own date",
    allocation: 'Joint commitments',
    allocations: {
      unallocated: 'unallocated (each party may hold up to all of it; counted once in the grand total)',
      equal: 'split equally between the parties in the role',
      full: 'shown in full for every party in the role',
    },
    view: 'Bounds',
    views: { nominal: 'nominal (as worded)', rounding: 'rounding intervals (as written, rounded)' },
    plot: 'Totals per party',
    plotIntro:
      'Each bar runs from the lowest to the highest total the reports allow, on one axis per currency shared by all rows.',
    legend: 'How to read the plot',
    legendBar: 'a range: from low to high',
    legendDot: 'an exact amount',
    legendArrow: 'no upper (or lower) end: "more than"',
    legendConverted: 'outlined: the total converted into one currency',
    legendIncomplete: 'hatched: incomplete, a rate is missing',
    nameCol: 'Party',
    convertedCol: (c: string) => `All converted to ${c}`,
    inCurrency: (c: string) => `In ${c}`,
    grand: 'Grand total (each commitment once)',
    nothing: 'nothing added',
    none: '—',
    details: (n: number, m: number) =>
      `${n} ${n === 1 ? 'commitment' : 'commitments'} added, ${m} not added or without amount`,
    added: 'Added',
    notAdded: 'Not added',
    reasons: {
      notAdditive: (kind: string) => `a stock or mark (${kind}), never summed`,
      partOf: (whole: string) => `part of ${whole}, which is counted already`,
      withdrawn: () => 'withdrawn',
    },
    withoutAmount: 'no amount given (counted, adding nothing)',
    issues: 'Problems',
    quote: 'Quote',
    document: 'Source',
    published: 'published',
    attributed: (who: string) => `per ${who}`,
    table: 'The numbers',
    tableCaption: 'Every total in the plot, exactly (low and high ends; —: no end on that side)',
    role: 'Role',
    currency: 'Currency',
    low: 'Low',
    high: 'High',
    shown: 'Shown as',
    complete: 'Complete',
    yes: 'yes',
    no: 'no',
    rates: 'Rates used',
    ratesIntro: 'Each rate with the day of its fix and its source.',
    noRates: 'No rate was used.',
    rate: 'Rate',
    fixOf: 'Fix of',
    asked: 'Asked for',
    rateSource: 'Source',
    usedFor: 'Used for',
    usedTotals: 'converting the totals',
    usedCheck: (id: string) => `checking ${id}`,
    checks: 'Checked conversions',
    checksIntro: 'Every conversion the reports made ("£11bn (€12.68bn)"), checked against the rates.',
    noChecks: 'The dataset reports no conversions.',
    statuses: {
      consistent: '✓ consistent',
      withinTolerance: '~ within tolerance',
      inconsistent: '✗ inconsistent',
      indeterminate: '? indeterminate',
    },
    footer: 'Made by reckon. Amounts are exact; the plot rounds only where it draws.',
    unbounded: 'unbounded',
    upTo: 'up to',
    under: 'under',
    incomplete: (c: string, bound: string) => `${c} incomplete (${bound}a rate is missing)`,
  },
  de: {
    title: 'Bericht über Zusagen',
    source: 'Quelle',
    by: 'Summen nach',
    party: 'Partei',
    to: 'Umgerechnet in',
    notConverted: 'nicht umgerechnet (keine Zielwährung)',
    asOf: 'Kurse vom',
    asOfEach: 'jeweils dem Datum der Zusage',
    allocation: 'Gemeinsame Zusagen',
    allocations: {
      unallocated:
        'nicht aufgeteilt (jede Partei kann bis zu allem halten; in der Gesamtsumme einmal gezählt)',
      equal: 'gleich auf die Parteien der Rolle aufgeteilt',
      full: 'bei jeder Partei der Rolle voll gezeigt',
    },
    view: 'Grenzen',
    views: {
      nominal: 'nominal (wie formuliert)',
      rounding: 'Rundungsintervalle (wie geschrieben, gerundet)',
    },
    plot: 'Summen je Partei',
    plotIntro:
      'Jeder Balken reicht von der kleinsten bis zur größten Summe, die die Berichte zulassen, auf einer gemeinsamen Achse je Währung.',
    legend: 'So liest man die Grafik',
    legendBar: 'ein Bereich: von unten bis oben',
    legendDot: 'ein genauer Betrag',
    legendArrow: 'kein oberes (oder unteres) Ende: „mehr als“',
    legendConverted: 'umrandet: die in eine Währung umgerechnete Summe',
    legendIncomplete: 'schraffiert: unvollständig, ein Kurs fehlt',
    nameCol: 'Partei',
    convertedCol: (c: string) => `Alles in ${c} umgerechnet`,
    inCurrency: (c: string) => `In ${c}`,
    grand: 'Gesamtsumme (jede Zusage einmal)',
    nothing: 'nichts addiert',
    none: '—',
    details: (n: number, m: number) =>
      `${n} ${n === 1 ? 'Zusage' : 'Zusagen'} addiert, ${m} nicht addiert oder ohne Betrag`,
    added: 'Addiert',
    notAdded: 'Nicht addiert',
    reasons: {
      notAdditive: (kind: string) => `ein Bestand oder Wert (${kind}), nie summiert`,
      partOf: (whole: string) => `Teil von ${whole}, das schon gezählt ist`,
      withdrawn: () => 'zurückgezogen',
    },
    withoutAmount: 'kein Betrag genannt (gezählt, addiert nichts)',
    issues: 'Probleme',
    quote: 'Zitat',
    document: 'Quelle',
    published: 'erschienen',
    attributed: (who: string) => `laut ${who}`,
    table: 'Die Zahlen',
    tableCaption: 'Jede Summe der Grafik, genau (unteres und oberes Ende; —: auf dieser Seite kein Ende)',
    role: 'Rolle',
    currency: 'Währung',
    low: 'Unten',
    high: 'Oben',
    shown: 'Gezeigt als',
    complete: 'Vollständig',
    yes: 'ja',
    no: 'nein',
    rates: 'Verwendete Kurse',
    ratesIntro: 'Jeder Kurs mit dem Tag seiner Feststellung und seiner Quelle.',
    noRates: 'Es wurde kein Kurs verwendet.',
    rate: 'Kurs',
    fixOf: 'Festgestellt am',
    asked: 'Gefragt für',
    rateSource: 'Quelle',
    usedFor: 'Verwendet für',
    usedTotals: 'die Umrechnung der Summen',
    usedCheck: (id: string) => `die Prüfung von ${id}`,
    checks: 'Geprüfte Umrechnungen',
    checksIntro: 'Jede Umrechnung der Berichte („11 Mrd. £ (12,68 Mrd. €)“), gegen die Kurse geprüft.',
    noChecks: 'Der Datensatz berichtet keine Umrechnungen.',
    statuses: {
      consistent: '✓ stimmig',
      withinTolerance: '~ innerhalb der Toleranz',
      inconsistent: '✗ nicht stimmig',
      indeterminate: '? nicht entscheidbar',
    },
    footer: 'Erstellt mit reckon. Beträge sind genau; die Grafik rundet nur beim Zeichnen.',
    unbounded: 'unbeschränkt',
    upTo: 'bis zu',
    under: 'unter',
    incomplete: (c: string, bound: string) => `${c} unvollständig (${bound}ein Kurs fehlt)`,
  },
} as const;

/** The words of one language. @internal */
export type Words = (typeof WORDS)[FigureLanguage];

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
  if (high === null) return `${interval.lowInclusive ? '≥' : '>'} ${f.compact(low as Money)}`;
  if (low === null) return `${interval.highInclusive ? '≤' : '<'} ${f.compact(high)}`;
  const lowText = decimalOf(low);
  if (lowText === decimalOf(high)) return f.compact(high);
  if (lowText === '0') return `${interval.highInclusive ? w.upTo : w.under} ${f.compact(high)}`;
  return `${f.compact(low)} – ${f.compact(high)}`;
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
    low !== null && decimalOf(low) !== '0' ? `${converted.lowInclusive ? '≥' : '>'} ${f.compact(low)}; ` : '';
  return WORDS[language].incomplete(converted.currency, bound);
}
