import type { FigureLanguage } from '../types';
import { DE, DE_RECONCILE, DE_REPORT, DE_VERDICT, DE_WRITING } from './de';
import { EN, EN_RECONCILE, EN_REPORT, EN_VERDICT, EN_WRITING } from './en';
import type { LanguageWords, ReconcileSentences, ReportWords, VerdictSentences, WritingWords } from './types';

export type { LanguageWords, ReconcileSentences, ReportWords, VerdictSentences, WritingWords } from './types';

/** The words of each language reckon reads and writes. @internal */
export const WORDS_OF: Readonly<Record<FigureLanguage, LanguageWords>> = { en: EN, de: DE };

/** The languages, in a stable order. @internal */
export const LANGUAGES: readonly FigureLanguage[] = ['en', 'de'];

/** How each language writes figures, days and numbers. @internal */
export const WRITING_OF: Readonly<Record<FigureLanguage, WritingWords>> = { en: EN_WRITING, de: DE_WRITING };

/** The sentences of explainVerdict, per language (apart, so that reading figures does not bundle them). @internal */
export const VERDICT_OF: Readonly<Record<FigureLanguage, VerdictSentences>> = {
  en: EN_VERDICT,
  de: DE_VERDICT,
};

/** The words of the reconcile explanations, per language (apart, as VERDICT_OF). @internal */
export const RECONCILE_OF: Readonly<Record<FigureLanguage, ReconcileSentences>> = {
  en: EN_RECONCILE,
  de: DE_RECONCILE,
};

/** The words of the HTML report, per language (apart, as VERDICT_OF). @internal */
export const REPORT_OF: Readonly<Record<FigureLanguage, ReportWords>> = { en: EN_REPORT, de: DE_REPORT };
