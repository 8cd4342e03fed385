import { invalidArgument, isRecord, unknownOptionIn } from '../_lib/guards';
import { preview, ReckonError } from '../errors/reckon-error';
import type { SafeResult } from '../errors/safe-result';
import { figureFromMatch } from './build';
import { dollarOptionProblem } from './dollar-option';
import { type DollarReading, isMatchFailure, matchFigure } from './grammar';
import { languageOf, languageSignals } from './language';
import { tokenize } from './lexer';
import { matchSpelled } from './spelled';
import type { Figure, FigureLanguage } from './types';

/** Options for {@link parseFigure} and {@link safeParseFigure}. */
export interface ParseFigureOptions {
  /**
   * The language of the phrase: decides "1.250" (en: 1.25, de: 1250), "Billion" (en: 10^9, de: 10^12) and
   * which qualifier words count. Guessed from the words when absent.
   */
  readonly language?: FigureLanguage;
  /**
   * What a bare "$" or "dollar(s)" is: `'USD'` (default), another ISO code (`'NZD'` for a New Zealand
   * source), or `'ambiguous'`, which makes such a phrase an `INVALID_FIGURE`. "US$", "A$", "NZ$" and
   * "US-Dollar" always name their own dollar. Any other string is an `UNKNOWN_CURRENCY`, whatever the
   * phrase, as in extraction and `formatFigure`.
   */
  readonly dollar?: DollarReading;
}

const MAX_PHRASE = 1000;

/** What is wrong with an options argument (an object; a language; a dollar reckon knows), if anything. */
function optionsProblem(value: unknown): ReckonError | undefined {
  if (!isRecord(value)) return invalidArgument('options', 'an options object or undefined', value);
  const unknown = unknownOptionIn(value, ['language', 'dollar'], 'parseFigure');
  if (unknown) return unknown;
  const { language, dollar } = value;
  if (language !== undefined && language !== 'en' && language !== 'de') {
    return invalidArgument('options.language', '"en", "de" or undefined', language);
  }
  return dollarOptionProblem(dollar);
}

/**
 * Parses one figure phrase without throwing.
 *
 * @param text - one phrase such as "up to £11bn" or "fast 700 Millionen US-Dollar"
 * @param options - {@link ParseFigureOptions}
 * @returns `{ success: true, output }` with the figure, or `{ success: false, issues }` with the code
 *   `INVALID_FIGURE` (`INVALID_ARGUMENT` for bad options, `UNKNOWN_CURRENCY` for a `dollar` that is neither
 *   "ambiguous" nor a known ISO 4217 code)
 * @example
 * ```ts
 * const r = safeParseFigure('rund 1 Mrd. Euro');
 * if (r.success) r.output.qualifier; // 'about'
 * ```
 */
export function safeParseFigure(text: string, options: ParseFigureOptions = {}): SafeResult<Figure> {
  const fail = (message: string): SafeResult<Figure> => ({
    success: false,
    issues: [{ code: 'INVALID_FIGURE', message, path: [], received: preview(text) }],
  });
  if (typeof text !== 'string') return fail(`expected a string, got ${text === null ? 'null' : typeof text}`);
  if (text.length > MAX_PHRASE) return fail(`a figure phrase is at most ${MAX_PHRASE} characters long`);
  const bad = optionsProblem(options);
  if (bad) {
    const { path, expected, received } = bad.details as { path: string; expected: string; received: string };
    return {
      success: false,
      issues: [{ code: bad.code, message: bad.message, path: path.split('.'), expected, received }],
    };
  }
  const tokens = tokenize(text);
  if (tokens.length === 0) return fail('the phrase is empty');
  const signals = languageSignals(tokens);
  const language = options.language ?? languageOf(signals);
  const germanBillion = options.language === undefined ? signals.de >= signals.en : options.language === 'de';
  const m = matchFigure(tokens, 0, {
    language,
    germanBillion,
    dollar: options.dollar,
    guessed: options.language === undefined,
  });
  if (isMatchFailure(m)) {
    const hasNumber = tokens.some((t) => t.kind === 'num');
    if (hasNumber) return fail(`"${preview(text)}": ${m.reason}`);
    const spelled = tokens.some((_t, k) => matchSpelled(tokens, k) !== undefined);
    return fail(
      spelled
        ? `"${preview(text)}": a number in words needs a scale word ("zwei Milliarden Euro")`
        : `"${preview(text)}" has no number`,
    );
  }
  const rest = tokens[m.next];
  if (rest && !(rest.text === '.' && m.next === tokens.length - 1)) {
    return fail(`"${preview(text)}": unexpected "${rest.text}" after the figure (one figure per phrase)`);
  }
  const figure = figureFromMatch(m, text.trim());
  return typeof figure === 'string'
    ? fail(`"${preview(text)}": ${figure}`)
    : { success: true, output: figure };
}

/**
 * Parses one figure phrase: amount, currency, scale word, qualifier, range, and the quantum its digits
 * imply.
 *
 * @param text - "£11bn", "up to £11bn", "bis zu 11 Milliarden Pfund", "between $1bn and $2bn" …
 * @param options - {@link ParseFigureOptions}
 * @returns the figure
 * @throws {@link ReckonError} `INVALID_FIGURE` when the text is not exactly one money figure (no
 *   currency, no number, trailing words); `INVALID_ARGUMENT` when `options` is not an object, the
 *   language is not "en" or "de", or `dollar` is not a string; `UNKNOWN_CURRENCY` when `dollar` is
 *   neither "ambiguous" nor a known ISO 4217 code
 * @example
 * ```ts
 * const f = parseFigure('€12.68bn');
 * toDecimalString(f.amount, { trim: true }); // '12680000000'
 * toDecimalString(f.quantum, { trim: true }); // '10000000'
 * parseFigure('fast 700 Millionen US-Dollar').qualifier; // 'almost'
 * ```
 */
export function parseFigure(text: string, options: ParseFigureOptions = {}): Figure {
  const bad = optionsProblem(options);
  if (bad) throw bad;
  const result = safeParseFigure(text, options);
  if (result.success) return result.output;
  const issue = result.issues[0];
  throw new ReckonError('INVALID_FIGURE', `Not a money figure: ${issue?.message ?? 'unreadable'}.`, {
    issues: result.issues,
    input: preview(text),
  });
}
