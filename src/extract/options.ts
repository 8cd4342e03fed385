import { assertString, optionalOneOf, readKnownOptions } from '../_lib/guards';
import { preview, ReckonError } from '../errors/reckon-error';
import { checkDollarOption } from '../figure/dollar-option';
import type { FigureLanguage } from '../figure/types';
import type { ExtractOptions } from './types';

/** The longest text extraction takes (in UTF-16 units); a longer one is refused, to be split. */
const MAX_TEXT = 200_000_000;

const LANGUAGES: readonly (FigureLanguage | 'auto')[] = ['en', 'de', 'auto'];

/** Checks the options argument; returns it read (`undefined` is `{}`). @internal */
export function checkOptions(value: ExtractOptions | undefined): ExtractOptions {
  const options = readKnownOptions(value, ['language', 'dollar'], 'the extract functions');
  checkDollarOption(options.dollar);
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
