/**
 * The signs reckon writes for currencies, chosen so that they read back as the same currency: "A$",
 * "C$", "NZ$", "HK$", "S$", "MX$" and "CN¥" where a narrow "$" or "¥" would read as USD or JPY. Every
 * other currency ("CHF", "SEK" for "kr", "PLN" for "zł", "ZAR" for "R") is written as its ISO code.
 * One table for every place that writes money as text (figures, intervals, totals).
 */
const WRITTEN_SIGNS: ReadonlyMap<string, string> = new Map([
  ['USD', '$'],
  ['EUR', '€'],
  ['GBP', '£'],
  ['JPY', '¥'],
  ['CNY', 'CN¥'],
  ['AUD', 'A$'],
  ['CAD', 'C$'],
  ['NZD', 'NZ$'],
  ['HKD', 'HK$'],
  ['SGD', 'S$'],
  ['MXN', 'MX$'],
  ['BRL', 'R$'],
  ['INR', '₹'],
  ['KRW', '₩'],
  ['RUB', '₽'],
  ['TRY', '₺'],
  ['ILS', '₪'],
  ['THB', '฿'],
]);

/** The sign written for a currency: its unambiguous symbol, or the ISO code itself. @internal */
export function writtenSign(code: string): string {
  return WRITTEN_SIGNS.get(code) ?? code;
}
