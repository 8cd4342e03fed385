import type { Token } from './lexer';
import type { FigureLanguage } from './types';
import { ENGLISH, GERMAN, UMLAUT } from './words';

/** How many German and English signals a run of tokens holds. @internal */
export interface LanguageSignals {
  readonly de: number;
  readonly en: number;
}

/**
 * Counts cheap signals of German and English: common words, German scale words ("Mrd.", "Bio."), and
 * umlauts. @internal
 */
export function languageSignals(tokens: readonly Token[], from = 0, to = tokens.length): LanguageSignals {
  let de = 0;
  let en = 0;
  for (let i = from; i < to; i++) {
    const info = (tokens[i] as Token).info;
    if (info & GERMAN) de++;
    else if (info & ENGLISH) en++;
    // An umlaut in a capitalised word is as often a name in English copy ("Zürich", "Brüning"): only a
    // word in lower case counts.
    else if (info & UMLAUT && !isCapital((tokens[i] as Token).text)) de++;
  }
  return { de, en };
}

function isCapital(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase();
}

/** The language signals point to: German when it has more signals, else English. @internal */
export function languageOf(signals: LanguageSignals): FigureLanguage {
  return signals.de > signals.en ? 'de' : 'en';
}

/**
 * Guesses whether tokens are English or German from cheap signals. Ties go to English.
 *
 * @internal
 */
export function guessLanguage(tokens: readonly Token[], from = 0, to = tokens.length): FigureLanguage {
  return languageOf(languageSignals(tokens, from, to));
}
