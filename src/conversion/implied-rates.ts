import { assertIterable } from '../_lib/guards';
import { currencyCode } from '../money/money';
import type { RateProvider } from '../rates/provider';
import { ratesFromList } from '../rates/static-rates';
import { assertSnapshot, impliedRate } from './implied-rate';
import type { ConversionSnapshot } from './snapshot';

/**
 * A provider of the rates that reported conversions imply (source "implied"), dated by publication
 * (else event) day. Snapshots without a date or with the same currency on both sides are skipped; two
 * snapshots of the same pair on the same day keep the first.
 *
 * @param snapshots - reported conversions
 * @returns the provider
 * @throws {@link ReckonError} `INVALID_ARGUMENT` when `snapshots` is not iterable or holds something
 *   other than a snapshot (naming `snapshots[i]`), and what {@link impliedRate} throws
 * @example
 * ```ts
 * const rates = ratesFromConversions([{ from: parseFigure('£11bn'), to: parseFigure('€12.68bn'), publishedDate: '2025-09-18' }]);
 * rates.rateOn('GBP', 'EUR', '2025-09-18')?.rate.source; // 'implied'
 * ```
 */
export function ratesFromConversions(snapshots: Iterable<ConversionSnapshot>): RateProvider {
  assertIterable(snapshots, 'snapshots');
  const seen = new Set<string>();
  const rates = [];
  let i = 0;
  for (const s of snapshots) {
    assertSnapshot(s, `snapshots[${i++}]`);
    const date = s.publishedDate ?? s.eventDate;
    if (!date || currencyCode(s.from.amount) === currencyCode(s.to.amount)) continue;
    const r = impliedRate(s);
    const key = `${r.base}/${r.quote}/${date}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rates.push({ base: r.base, quote: r.quote, value: r.point, date, source: 'implied' });
  }
  return ratesFromList(rates, { source: 'implied' });
}
