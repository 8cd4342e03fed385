import { assertArray, assertRecord, assertString, invalidArgument, readKnownOptions } from '../_lib/guards';
import type { Dataset, DatasetConversion, DatasetMention } from '../dataset/types';
import type { Figure } from '../figure/types';
import { moneyEquals } from '../money/money-equals';
import type { Mention } from './types';

/**
 * The mentions of a dataset as {@link reconcile} reads them: each dated by its own `date` or else its
 * document's `publishedDate`, its source named by its document (id, address, publisher) and quote, and
 * its commitment key kept as the explicit `commitment` unless `keys` is false. A mention that is the later
 * figure of one of the dataset's `conversions` ("85,4 Milliarden Dollar, umgerechnet 78 Milliarden
 * Euro") converts the mention of the earlier one even without its own `convertedFrom`: a writer's
 * conversion is never read as a report of its own (docs/reconcile.md, rule 2).
 *
 * @param dataset - a parsed dataset (`parseDataset`, or `ukTechDataset()`)
 * @param options - `keys: false` drops the commitment keys, to see what the heuristics alone find
 * @returns the mentions, in the dataset's order (empty when it has none)
 * @throws `ReckonError` `INVALID_ARGUMENT` (naming the path, e.g. `dataset.mentions[3].date`) when the
 *   dataset is not one, a mention's document is unknown, or a mention has no date and its document none
 * @example
 * ```ts
 * const dataset = ukTechDataset();
 * const result = reconcile(mentionsFromDataset(dataset, { keys: false }), { rates: ratesFromList(dataset.rates) });
 * ```
 */
export function mentionsFromDataset(
  dataset: Dataset,
  options: { readonly keys?: boolean | undefined } = {},
): Mention[] {
  const d = assertRecord(dataset, 'dataset');
  const o = readKnownOptions(options ?? {}, ['keys'], 'mentionsFromDataset');
  if (o.keys !== undefined && typeof o.keys !== 'boolean')
    throw invalidArgument('options.keys', 'true, false or undefined', o.keys);
  const documents = new Map<string, Record<string, unknown>>();
  assertArray(d.documents, 'dataset.documents').forEach((doc, i) => {
    const r = assertRecord(doc, `dataset.documents[${i}]`);
    documents.set(assertString(r.id, `dataset.documents[${i}].id`), r);
  });
  if (d.mentions === undefined) return [];
  const list = assertArray(d.mentions, 'dataset.mentions');
  const linked = conversionLinks(list as readonly DatasetMention[], d.conversions);
  return list.map((value, i) => {
    const path = `dataset.mentions[${i}]`;
    const m = assertRecord(value, path) as unknown as DatasetMention;
    const source = assertRecord(m.source, `${path}.source`);
    const docId = assertString(source.document, `${path}.source.document`);
    const doc = documents.get(docId);
    if (!doc) throw invalidArgument(`${path}.source.document`, 'the id of a document of the dataset', docId);
    const date = m.date ?? doc.publishedDate;
    if (typeof date !== 'string')
      throw invalidArgument(`${path}.date`, 'an ISO day (the mention or its document must have one)', date);
    const url = typeof doc.url === 'string' ? doc.url : undefined;
    const publisher = typeof doc.publisher === 'string' ? doc.publisher : undefined;
    const quote = typeof source.quote === 'string' ? source.quote : undefined;
    return {
      id: m.id,
      figure: m.figure,
      parties: m.parties,
      kind: m.kind,
      date,
      source: {
        document: docId,
        ...(url !== undefined ? { url } : {}),
        ...(publisher !== undefined ? { publisher } : {}),
        ...(quote !== undefined ? { quote } : {}),
      },
      ...(m.commitment !== undefined && o.keys !== false ? { commitment: m.commitment } : {}),
      ...(m.convertedFrom !== undefined ? { convertedFrom: m.convertedFrom } : {}),
      ...(m.convertedFrom === undefined && linked.has(m.id)
        ? { convertedFrom: linked.get(m.id) as string }
        : {}),
    };
  });
}

/** Whether a mention's figure is the figure a conversion names (the same object once parsed, or equal). */
function sameFigure(a: Figure, b: Figure): boolean {
  return (
    a === b ||
    (a.qualifier === b.qualifier &&
      moneyEquals(a.amount, b.amount) &&
      (a.max === undefined ? b.max === undefined : b.max !== undefined && moneyEquals(a.max, b.max)))
  );
}

/**
 * The dataset's conversions as links between its mentions: for each conversion, the mentions standing
 * inside its quote whose figures are its two sides, later id → earlier id (K13). A mention's own
 * `convertedFrom` wins; a link that would close a loop is left out.
 */
function conversionLinks(mentions: readonly DatasetMention[], conversions: unknown): Map<string, string> {
  const links = new Map<string, string>();
  if (!Array.isArray(conversions)) return links;
  const own = new Map<string, string | undefined>();
  for (const m of mentions) if (m && typeof m === 'object') own.set(m.id, m.convertedFrom);
  const from = (id: string) => own.get(id) ?? links.get(id);
  for (const c of conversions as readonly DatasetConversion[]) {
    const span = c?.source;
    if (!span || !c.from || !c.to) continue;
    const inside = mentions.filter(
      (m) =>
        m?.source !== undefined &&
        m.source.document === span.document &&
        m.source.start >= span.start &&
        m.source.end <= span.end,
    );
    const a = inside.find((m) => sameFigure(m.figure, c.from));
    const b = inside.find((m) => m !== a && sameFigure(m.figure, c.to));
    if (!a || !b || own.get(b.id) !== undefined || links.has(b.id)) continue;
    let loop = false;
    for (
      let at: string | undefined = a.id, n = 0;
      at !== undefined && n <= mentions.length;
      at = from(at), n++
    )
      if (at === b.id) loop = true;
    if (!loop) links.set(b.id, a.id);
  }
  return links;
}
