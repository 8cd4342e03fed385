import { defined } from '../_lib/defined';
import { assertArray, assertRecord } from '../_lib/guards';
import type { Dataset } from '../dataset/types';
import { ReckonError } from '../errors/reckon-error';
import { figureToJSON } from '../figure/figure-json';
import type { Figure } from '../figure/types';
import { rateToJSON } from '../rates/rate';
import type { DatasetJSON } from './dataset-schema';

/**
 * Writes a dataset back to its JSON form. `parseDataset(datasetToJSON(d))` gives `d` back.
 *
 * @param dataset - a dataset, as {@link parseDataset} returns it
 * @returns the JSON form (exact decimal strings)
 * @throws `ReckonError` `INVALID_DATASET` when a commitment, conversion or mention holds a figure that
 *   is not in `dataset.figures`; `INVALID_ARGUMENT` (naming the path) when `dataset` is not a dataset
 * @example
 * ```ts
 * writeFileSync('dataset.json', JSON.stringify(datasetToJSON(dataset), null, 2));
 * ```
 */
export function datasetToJSON(dataset: Dataset): DatasetJSON {
  const d = assertRecord(dataset, 'dataset');
  for (const key of [
    'documents',
    'parties',
    'figures',
    'commitments',
    'conversions',
    'capacities',
    'rates',
  ]) {
    assertArray(d[key], `dataset.${key}`).forEach((item, i) => {
      assertRecord(item, `dataset.${key}[${i}]`);
    });
  }
  if (d.mentions !== undefined) {
    assertArray(d.mentions, 'dataset.mentions').forEach((item, i) => {
      assertRecord(item, `dataset.mentions[${i}]`);
    });
  }
  const ids = new Map<Figure, string>(dataset.figures.map((f) => [f.figure, f.id]));
  const ref = (figure: Figure, where: string): string => {
    const id = ids.get(figure);
    if (id === undefined)
      throw new ReckonError('INVALID_DATASET', `${where} holds a figure that is not in dataset.figures.`);
    return id;
  };
  return defined({
    version: 1 as const,
    id: dataset.id,
    title: dataset.title,
    documents: dataset.documents.map((d) => ({ ...d })),
    parties: dataset.parties.map((p) => ({ ...p })),
    figures: dataset.figures.map((f) => {
      const { text: _t, ...figure } = figureToJSON(f.figure);
      return defined({
        id: f.id,
        figure: f.figure.text === undefined ? figure : { ...figure, text: f.figure.text },
        source: f.source,
        attributedTo: f.attributedTo,
      });
    }),
    commitments: dataset.commitments.map((c) => {
      const { amount, ...rest } = c;
      return defined({
        ...rest,
        amount: amount ? ref(amount, `commitment ${c.id}`) : undefined,
      }) as DatasetJSON['commitments'][number];
    }),
    conversions: dataset.conversions.map((c) =>
      defined({ ...c, from: ref(c.from, `conversion ${c.id}`), to: ref(c.to, `conversion ${c.id}`) }),
    ),
    capacities: dataset.capacities.map((c) => ({ ...c })),
    mentions: dataset.mentions?.map((m) => {
      const { figure, source: _s, ...rest } = m;
      return { ...rest, figure: ref(figure, `mention ${m.id}`) };
    }),
    rates: dataset.rates.map(rateToJSON),
  }) as DatasetJSON;
}
