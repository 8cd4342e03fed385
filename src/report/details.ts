import { isRecord } from '../_lib/guards';
import type { AggregateTotals } from '../aggregate/types';
import type { Dataset, DatasetCommitment } from '../dataset/types';
import { formatFigure } from '../figure/format-figure';
import type { Figure, FigureLanguage } from '../figure/types';
import { esc } from './escape';
import { textField } from './input';
import { kindText, type MoneyFormatter, moneyFormatter, statusText, type Words } from './text';

/** What the page needs to cite a dataset: commitments and documents by id, party names. @internal */
export interface Lookup {
  readonly commitments: ReadonlyMap<string, DatasetCommitment>;
  readonly documents: ReadonlyMap<string, Dataset['documents'][number]>;
  readonly names: ReadonlyMap<string, string>;
  readonly language: FigureLanguage;
  readonly words: Words;
  readonly money: MoneyFormatter;
}

/** The lookups of a dataset, built once per page. @internal */
export function lookup(dataset: Dataset, language: FigureLanguage, words: Words): Lookup {
  return {
    commitments: new Map(dataset.commitments.map((c) => [c.id, c])),
    documents: new Map(dataset.documents.map((d) => [d.id, d])),
    names: new Map(dataset.parties.map((p) => [p.id, p.name])),
    language,
    words,
    money: moneyFormatter(language),
  };
}

/** A figure as reckon writes it, or nothing without one. */
function figureText(figure: Figure | undefined, language: FigureLanguage): string {
  return figure === undefined ? '' : formatFigure(figure, { language });
}

/** A quote with its document: "…" — title, publisher, day (URL as text: the page requests nothing). @internal */
export function citation(source: unknown, look: Lookup): string {
  const quote = textField(source, 'quote');
  const docId = textField(source, 'document');
  if (quote === undefined && docId === undefined) return '';
  const doc = docId === undefined ? undefined : look.documents.get(docId);
  const parts = [
    textField(doc, 'title'),
    textField(doc, 'publisher'),
    textField(doc, 'publishedDate') === undefined
      ? undefined
      : `${look.words.published} ${textField(doc, 'publishedDate')}`,
    textField(doc, 'url'),
  ].filter((p): p is string => p !== undefined);
  const cite = parts.length > 0 ? parts.join(' · ') : (docId ?? '');
  return `<blockquote>${quote === undefined ? '' : `<p>“${esc(quote)}”</p>`}<footer>${esc(look.words.document)}: <cite>${esc(cite)}</cite></footer></blockquote>`;
}

/** The quote of a commitment, or of each source behind a reconciled one (its `sources`). */
function citations(c: unknown, look: Lookup): string {
  const sources = isRecord(c) ? c.sources : undefined;
  if (!Array.isArray(sources)) return citation(isRecord(c) ? c.source : undefined, look);
  return sources.map((s) => citation(s, look)).join('');
}

function commitmentItem(id: string, look: Lookup, extra: string): string {
  const c = look.commitments.get(id);
  if (c === undefined) return `<li><code>${esc(id)}</code>${extra}</li>`;
  const amount = figureText(c.amount, look.language);
  const who = textField(c, 'attributedTo');
  const description = textField(c, 'description');
  return `<li><strong>${esc(amount || '—')}</strong> <span class="meta">${esc(kindText(c.kind, look.words))}, ${esc(statusText(c.status, look.words))} — <code>${esc(id)}</code>${who === undefined ? '' : `, ${esc(look.words.attributed(who))}`}</span>${extra}${description === undefined ? '' : `<p>${esc(description)}</p>`}${citations(c, look)}</li>`;
}

/** The keyboard-reachable details of one row: what was added, what not and why, and problems (open when there are some). @internal */
export function detailsHtml(t: AggregateTotals, look: Lookup): string {
  const w = look.words;
  const skipped = t.notAdded.length + t.withoutAmount.length;
  let body = '';
  if (t.commitments.length > 0)
    body += `<h4>${esc(w.added)}</h4><ul>${t.commitments.map((id) => commitmentItem(id, look, '')).join('')}</ul>`;
  if (skipped > 0) {
    const items = t.notAdded.map((n) => {
      const why =
        n.reason === 'notAdditive'
          ? w.reasons.notAdditive(kindText(n.kind, w))
          : n.reason === 'partOf'
            ? w.reasons.partOf(n.includedIn ?? '')
            : w.reasons.withdrawn();
      return commitmentItem(n.commitment, look, ` <em class="why">${esc(why)}</em>`);
    });
    for (const id of t.withoutAmount)
      items.push(commitmentItem(id, look, ` <em class="why">${esc(w.withoutAmount)}</em>`));
    body += `<h4>${esc(w.notAdded)}</h4><ul>${items.join('')}</ul>`;
  }
  if (t.issues.length > 0)
    body += `<h4>${esc(w.issues)}</h4><ul>${t.issues.map((i) => `<li><code>${esc(i.code)}</code> ${esc(i.message)}</li>`).join('')}</ul>`;
  if (body === '') return '';
  // Problems are never folded away: a total that may hold one commitment twice (KIND_SPLIT) says so
  // beside its bar without a click.
  return `<details${t.issues.length > 0 ? ' open' : ''}><summary>${esc(w.details(t.count, skipped))}</summary>${body}</details>`;
}
