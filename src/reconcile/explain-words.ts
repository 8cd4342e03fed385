/** The words the explanations are made of, in English and German. */
import type { CommitmentKind, Participation, Role } from '../commitment/model';
import { formatFigure } from '../figure/format-figure';
import type { FigureLanguage } from '../figure/types';
import { currencyCode, type Money, toDecimalString } from '../money/money';
import { formatDay } from '../rates/dates';
import { readExplainOptions } from './guard-result';
import type { ExplainReconcileOptions, Mention, ReconciledCommitment, ReconcileInterval } from './types';

/** Each kind: English, English with its article, German, German with its article. @internal */
export const KIND_WORDS: Readonly<Record<CommitmentKind, readonly [string, string, string, string]>> = {
  investment: ['investment', 'an investment', 'Investition', 'eine Investition'],
  equityStake: ['equity stake', 'an equity stake', 'Beteiligung', 'eine Beteiligung'],
  loan: ['loan', 'a loan', 'Kredit', 'ein Kredit'],
  grant: ['grant', 'a grant', 'Zuschuss', 'ein Zuschuss'],
  capex: ['capital expenditure', 'a capital expenditure', 'Investitionsausgabe', 'eine Investitionsausgabe'],
  contract: ['contract', 'a contract', 'Auftrag', 'ein Auftrag'],
  pledge: ['pledge', 'a pledge', 'Zusage', 'eine Zusage'],
  fundingRound: ['funding round', 'a funding round', 'Finanzierungsrunde', 'eine Finanzierungsrunde'],
  project: ['project', 'a project', 'Projekt', 'ein Projekt'],
  valuation: ['valuation', 'a valuation', 'Bewertung', 'eine Bewertung'],
  capitalUnderManagement: [
    'capital under management',
    'a figure of capital under management',
    'verwaltetes Vermögen',
    'ein verwaltetes Vermögen',
  ],
  marketCapitalisation: [
    'market capitalisation',
    'a market capitalisation',
    'Marktkapitalisierung',
    'eine Marktkapitalisierung',
  ],
};

/** A kind in words, with its article when asked. @internal */
export function kindWord(w: Words, kind: CommitmentKind, article: boolean): string {
  const k = KIND_WORDS[kind];
  return k[(w.de ? 2 : 0) + (article ? 1 : 0)] as string;
}

/** Each role: English, German. @internal */
export const ROLE_WORDS: Readonly<Record<Role, readonly [string, string]>> = {
  investor: ['investor', 'Investor'],
  recipient: ['recipient', 'Empfänger'],
  lender: ['lender', 'Kreditgeber'],
  borrower: ['borrower', 'Kreditnehmer'],
  arranger: ['arranger', 'Arrangeur'],
  customer: ['customer', 'Kunde'],
  supplier: ['supplier', 'Lieferant'],
  partner: ['partner', 'Partner'],
  subject: ['subject', 'Gegenstand'],
};

/** The language of an explanation and the names of its parties. @internal */
export interface Words {
  readonly de: boolean;
  readonly language: FigureLanguage;
  readonly names: ReadonlyMap<string, string>;
}

/** The words for the options given (checked). @internal */
export function words(value: ExplainReconcileOptions | undefined, fn: string): Words {
  const options = readExplainOptions(value, fn);
  const language = options.language ?? 'en';
  return {
    de: language === 'de',
    language,
    names: new Map((options.parties ?? []).map((p) => [p.id, p.name])),
  };
}

/** The English or the German of a pair. @internal */
export const pick = (w: Words, pair: readonly [string, string]) => (w.de ? pair[1] : pair[0]);

/** Text in the quotation marks of the language. @internal */
export const quoted = (w: Words, text: string) => (w.de ? `„${text}“` : `“${text}”`);

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
  if (more > 0) shown.push(w.de ? `${more} weitere` : `${more} more`);
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} ${w.de ? 'und' : 'and'} ${shown[shown.length - 1]}`;
}

/** Compact money with as many decimals as it takes to tell two ends apart (2 to 6). @internal */
export function money(w: Words, value: Money, digits: number): string {
  const format = new Intl.NumberFormat(w.de ? 'de-DE' : 'en-GB', {
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
  if (!iv) return w.de ? '(kein Betrag)' : '(no amount)';
  const { low, high } = iv;
  if (low && high) {
    let digits = 2;
    while (digits < 6 && money(w, low, digits) === money(w, high, digits)) digits++;
    const a = money(w, low, digits);
    const b = money(w, high, digits);
    return a === b ? a : w.de ? `${a} bis ${b}` : `${a}–${b}`;
  }
  if (high) {
    const b = money(w, high, 2);
    return w.de
      ? `${iv.highInclusive ? 'bis zu' : 'unter'} ${b}`
      : `${iv.highInclusive ? 'up to' : 'below'} ${b}`;
  }
  if (low) {
    const a = money(w, low, 2);
    return w.de
      ? `${iv.lowInclusive ? 'mindestens' : 'mehr als'} ${a}`
      : iv.lowInclusive
        ? `${a} or more`
        : `more than ${a}`;
  }
  return w.de ? 'jeder Betrag' : 'any amount';
}

/** A party by name, with its role. @internal */
export function party(w: Words, p: Participation): string {
  return `${w.names.get(p.party) ?? p.party} (${pick(w, ROLE_WORDS[p.role])})`;
}

/** Basis points, one decimal below 10. @internal */
export function bps(w: Words, value: number): string {
  return new Intl.NumberFormat(w.de ? 'de-DE' : 'en-GB', {
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
