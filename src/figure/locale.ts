import type { Token } from './lexer';
import type { FigureLocale } from './types';
import { ENGLISH, GERMAN, UMLAUT } from './words';

/** How many German and English signals a run of tokens holds. @internal */
export interface LocaleSignals {
  readonly de: number;
  readonly en: number;
}

/**
 * Counts cheap signals of German and English: common words, German scale words ("Mrd.", "Bio."), and
 * umlauts. @internal
 */
export function localeSignals(tokens: readonly Token[], from = 0, to = tokens.length): LocaleSignals {
  let de = 0;
  let en = 0;
  for (let i = from; i < to; i++) {
    const info = (tokens[i] as Token).info;
    if (info & GERMAN) de++;
    else if (info & ENGLISH) en++;
    else if (info & UMLAUT) de++;
  }
  return { de, en };
}

/** The locale signals point to: German when it has more signals, else English. @internal */
export function localeOf(signals: LocaleSignals): FigureLocale {
  return signals.de > signals.en ? 'de' : 'en';
}

/**
 * Guesses whether tokens are English or German from cheap signals. Ties go to English.
 *
 * @internal
 */
export function guessLocale(tokens: readonly Token[], from = 0, to = tokens.length): FigureLocale {
  return localeOf(localeSignals(tokens, from, to));
}
