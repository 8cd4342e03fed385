import { currencyCode } from '../money/money';
import type { RateProvider } from '../rates/provider';
import { staticRates } from '../rates/static-rates';
import { impliedRate } from './implied-rate';
import type { ConversionSnapshot } from './snapshot';

/**
 * A provider of the rates that reported conversions imply (source "implied"), dated by publication
 * (else event) day. Snapshots without a date or with the same currency on both sides are skipped; two
 * snapshots of the same pair on the same day keep the first.
 *
 * @param snapshots - reported conversions
 * @returns the provider
 * @example
 * ```ts
 * const rates = impliedRates([{ from: parseFigure('£11bn'), to: parseFigure('€12.68bn'), publishedDate: '2025-09-18' }]);
 * rates.rateOn('GBP', 'EUR', '2025-09-18')?.rate.source; // 'implied'
 * ```
 */
export function impliedRates(snapshots: Iterable<ConversionSnapshot>): RateProvider {
  const seen = new Set<string>();
  const rates = [];
  for (const s of snapshots) {
    const date = s.publishedDate ?? s.eventDate;
    if (!date || currencyCode(s.from.amount) === currencyCode(s.to.amount)) continue;
    const r = impliedRate(s);
    const key = `${r.base}/${r.quote}/${date}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rates.push({ base: r.base, quote: r.quote, value: r.point, date, source: 'implied' });
  }
  return staticRates(rates, 'implied');
}
