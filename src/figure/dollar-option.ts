import { invalidArgument } from '../_lib/guards';
import { preview, ReckonError } from '../errors/reckon-error';
import { knownCurrency } from '../money/currencies';
import type { DollarReading } from './grammar';

const EXPECTED = 'an ISO 4217 code such as "NZD", or "ambiguous"';

/**
 * What is wrong with a `dollar` option (what a bare "$" is), if anything: it must be undefined,
 * "ambiguous" or a known ISO 4217 code. Shared by parsing, extraction and `formatFigure`, so that all
 * of them refuse the same values with the same codes. @internal
 *
 * @returns `INVALID_ARGUMENT` for a value that is no string, `UNKNOWN_CURRENCY` for a string that is
 *   neither "ambiguous" nor a known code (both with `path`, `expected` and `received` details)
 */
export function dollarOptionProblem(d: unknown): ReckonError | undefined {
  if (d === undefined || d === 'ambiguous') return undefined;
  if (typeof d !== 'string') return invalidArgument('options.dollar', EXPECTED, d);
  if (/^[A-Z]{3}$/.test(d) && knownCurrency(d)) return undefined;
  return new ReckonError('UNKNOWN_CURRENCY', `options.dollar must be ${EXPECTED}; got "${preview(d)}".`, {
    input: preview(d),
    path: 'options.dollar',
    expected: EXPECTED,
    received: `"${preview(d)}"`,
  });
}

/**
 * Checks a `dollar` option: undefined, "ambiguous" or a known ISO 4217 code. @internal
 *
 * @throws {@link ReckonError} `INVALID_ARGUMENT` for a value that is no string, `UNKNOWN_CURRENCY` for a
 *   string that is neither "ambiguous" nor a known code
 */
export function checkDollarOption(d: unknown): DollarReading | undefined {
  const problem = dollarOptionProblem(d);
  if (problem) throw problem;
  return d as DollarReading | undefined;
}
