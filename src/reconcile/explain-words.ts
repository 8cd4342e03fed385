/** How the explanations word their facts; the words themselves are in src/figure/locales/. */
import type { CommitmentKind, Participation } from '../commitment/model';
import { formatFigure } from '../figure/format-figure';
import { RECONCILE_OF, type ReconcileSentences, WRITING_OF } from '../figure/locales';
import type { FigureLanguage } from '../figure/types';
import { currencyCode, type Money, toDecimalString } from '../money/money';
import { formatDay } from '../rates/dates';
import { readExplainOptions } from './guard-result';
import type { ExplainReconcileOptions, Mention, ReconciledCommitment, ReconcileInterval } from './types';

/** A kind in words, with its article when asked. @internal */
export function kindWord(w: Words, kind: CommitmentKind, article: boolean): string {
  return w.s.kinds[kind][article ? 1 : 0];
}

/** The language of an explanation and the names of its parties. @internal */
export interface Words {
  readonly s: ReconcileSentences;
  readonly language: FigureLanguage;
  readonly names: ReadonlyMap<string, string>;
}

/** The words for the options given (checked). @internal */
export function words(value: ExplainReconcileOptions | undefined, fn: string): Words {
  const options = readExplainOptions(value, fn);
  const language = options.language ?? 'en';
  return {
    s: RECONCILE_OF[language],
    language,
    names: new Map((options.parties ?? []).map((p) => [p.id, p.name])),
  };
}

/** Text in the quotation marks of the language. @internal */
export const quoted = (w: Words, text: string) => w.s.quoted(text);

/** A mention's figure as written, or formatted when it has no text. @internal */
export function figureText(w: Words, m: Mention): string {
  return m.figure.text ?? formatFigure(m.figure, { language: w.language });
}

/** “£22 billion” (ITPro, 17 Sep 2025) @internal */
export function label(w: Words, m: Mention): string {
  return `${quoted(w, figureText(w, m))} (${m.source.publisher ?? m.source.document}, ${formatDay(m.date, w.language)})`;
}

/** Items joined in words, the first `max` and how many more. @internal */
export function list(w: Words, items: readonly string[], max = 3): string {
  const shown = items.slice(0, max);
  const more = items.length - shown.length;
  if (more > 0) shown.push(w.s.more(more));
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} ${w.s.and} ${shown[shown.length - 1]}`;
}

/** Compact money with as many decimals as it takes to tell two ends apart (2 to 6). @internal */
export function money(w: Words, value: Money, digits: number): string {
  const format = new Intl.NumberFormat(WRITING_OF[w.language].intl, {
    style: 'currency',
    currency: currencyCode(value),
    currencyDisplay: 'narrowSymbol',
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: digits,
  } as Intl.NumberFormatOptions);
  // Intl reads decimal strings exactly; the lib typings lag behind (as in formatMoney).
  return format.format(toDecimalString(value) as unknown as number);
}

/** An interval in words: a point, a range, or one end open. @internal */
export function interval(w: Words, iv: ReconcileInterval | undefined): string {
  if (!iv) return w.s.noAmount;
  const { low, high } = iv;
  if (low && high) {
    let digits = 2;
    while (digits < 6 && money(w, low, digits) === money(w, high, digits)) digits++;
    const a = money(w, low, digits);
    const b = money(w, high, digits);
    return a === b ? a : w.s.range(a, b);
  }
  if (high) return w.s.below(money(w, high, 2), iv.highInclusive);
  if (low) return w.s.above(money(w, low, 2), iv.lowInclusive);
  return w.s.anyAmount;
}

/** A party by name, with its role. @internal */
export function party(w: Words, p: Participation): string {
  return `${w.names.get(p.party) ?? p.party} (${w.s.roles[p.role]})`;
}

/** Basis points, one decimal below 10. @internal */
export function bps(w: Words, value: number): string {
  return new Intl.NumberFormat(WRITING_OF[w.language].intl, {
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}

/** The mention of a group with this id: a member, a contradiction, or one that pins it. @internal */
export function mentionById(group: ReconciledCommitment, id: string): Mention | undefined {
  return (
    group.mentions.find((m) => m.id === id) ??
    group.contradictions.find((c) => c.mention.id === id)?.mention ??
    group.contradictions.flatMap((c) => c.pinnedBy).find((m) => m.id === id)
  );
}
