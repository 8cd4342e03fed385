import { invalidArgument } from '../_lib/guards';
import { preview, ReckonError } from '../errors/reckon-error';
import { knownCurrency } from '../money/currencies';
import type { DollarReading } from './grammar';

/**
 * Checks a `dollar` option (what a bare "$" is): undefined, "ambiguous" or a known ISO 4217 code.
 * Shared by extraction and `formatFigure`. @internal
 *
 * @throws {@link ReckonError} `INVALID_ARGUMENT` for a value that is no string, `UNKNOWN_CURRENCY` for a
 *   string that is neither "ambiguous" nor a known code
 */
export function checkDollarOption(d: unknown): DollarReading | undefined {
  if (d === undefined) return undefined;
  if (typeof d !== 'string') {
    throw invalidArgument('options.dollar', 'an ISO 4217 code such as "NZD", or "ambiguous"', d);
  }
  if (d !== 'ambiguous' && !(/^[A-Z]{3}$/.test(d) && knownCurrency(d))) {
    throw new ReckonError(
      'UNKNOWN_CURRENCY',
      `options.dollar must be an ISO 4217 code such as "NZD", or "ambiguous"; got "${preview(d)}".`,
      { input: preview(d) },
    );
  }
  return d;
}
