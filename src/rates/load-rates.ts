import { assertString, readKnownOptions } from '../_lib/guards';
import { ratesFromEcbCsv } from './ecb-csv';
import { ratesFromEcbXml } from './ecb-xml';
import type { EcbRatesOptions, LoadedRates } from './series-builder';
import { ECB_OPTIONS } from './series-builder';

/**
 * Reads ECB reference rates from a file's content, whichever form it has: XML (`eurofxref-daily.xml`,
 * `eurofxref-hist.xml`, the text starts with `<` after an optional byte-order mark and white space) or
 * CSV (`eurofxref-hist.csv`, `eurofxref.csv`, anything else). The CLI's `--rates` reads files this way.
 *
 * @param text - the file's content
 * @param options - {@link EcbRatesOptions}, passed to {@link ratesFromEcbXml} or {@link ratesFromEcbCsv}
 * @returns a provider of EUR→X fixes (and crosses through EUR), with `issues` for skipped lines
 * @throws {@link ReckonError} `INVALID_ARGUMENT` when `text` is not a string or `options` not an object; `INVALID_RATES` for an
 *   empty or foreign file, or any malformed line in strict mode
 * @example
 * ```ts
 * import { ratesFromEcb } from 'reckon';
 *
 * const rates = ratesFromEcb('Date,USD,GBP,\n2025-09-17,1.1837,0.8675,\n');
 * console.log(rates.rateOn('EUR', 'GBP', '2025-09-17')?.rate.date); // → 2025-09-17
 * ```
 */
export function ratesFromEcb(text: string, options: EcbRatesOptions = {}): LoadedRates {
  const content = assertString(text, 'text');
  const o = readKnownOptions(options, ECB_OPTIONS, 'ratesFromEcb');
  const start = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  return start.trimStart().startsWith('<') ? ratesFromEcbXml(content, o) : ratesFromEcbCsv(content, o);
}
