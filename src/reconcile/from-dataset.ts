import { assertArray, assertRecord, assertString, invalidArgument, readKnownOptions } from '../_lib/guards';
import type { Dataset, DatasetMention } from '../dataset/types';
import type { Mention } from './types';

/**
 * The mentions of a dataset as {@link reconcile} reads them: each dated by its own `date` or else its
 * document's `publishedDate`, its source named by its document (id, address, publisher) and quote, and
 * its commitment key kept as the explicit `commitment` unless `keys` is false.
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
  return assertArray(d.mentions, 'dataset.mentions').map((value, i) => {
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
    };
  });
}
