import { assertString, invalidArgument, optionalOneOf, readKnownOptions } from '../_lib/guards';
import { preview, ReckonError } from '../errors/reckon-error';
import type { FigureLanguage } from '../figure/types';
import { knownCurrency } from '../money/currencies';
import type { ExtractOptions } from './types';

/** The longest text extraction takes (in UTF-16 units); a longer one is refused, to be split. */
const MAX_TEXT = 200_000_000;

const LANGUAGES: readonly (FigureLanguage | 'auto')[] = ['en', 'de', 'auto'];

/** Checks the options argument; returns it read (`undefined` is `{}`). @internal */
export function checkOptions(value: ExtractOptions | undefined): ExtractOptions {
  const options = readKnownOptions(value, ['language', 'dollar'], 'the extract functions');
  const d = options.dollar;
  if (d !== undefined && typeof d !== 'string') {
    throw invalidArgument('options.dollar', 'an ISO 4217 code such as "NZD", or "ambiguous"', d);
  }
  if (d !== undefined && d !== 'ambiguous' && !(/^[A-Z]{3}$/.test(d) && knownCurrency(d))) {
    throw new ReckonError(
      'UNKNOWN_CURRENCY',
      `options.dollar must be an ISO 4217 code such as "NZD", or "ambiguous"; got "${preview(d)}".`,
      { input: preview(d) },
    );
  }
  optionalOneOf(options.language, LANGUAGES, 'options.language');
  return options;
}

/** Checks the text argument: a string of at most MAX_TEXT characters. @internal */
export function checkText(value: unknown): asserts value is string {
  const text = assertString(value, 'text');
  if (text.length > MAX_TEXT) {
    throw new ReckonError('INVALID_ARGUMENT', `text is longer than ${MAX_TEXT} characters; split it.`, {
      input: preview(text),
    });
  }
}
