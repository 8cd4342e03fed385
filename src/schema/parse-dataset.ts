import { defined } from '../_lib/defined';
import type { Party } from '../commitment/model';
import type { SourceSpan } from '../dataset/source-span';
import type { CitedFigure, Dataset, DatasetDocument } from '../dataset/types';
import { type Issue, isReckonError, ReckonError, type ReckonErrorCode } from '../errors/reckon-error';
import type { SafeResult } from '../errors/safe-result';
import { type FigureJSON, figureFromJSON } from '../figure/figure-json';
import type { Figure } from '../figure/types';
import {
  type DatasetCheck,
  datasetCapacities,
  datasetCommitments,
  datasetConversions,
  datasetMentions,
  datasetRates,
  type Path,
} from './dataset-references';
import { datasetJSONSchema } from './dataset-schema';
import { misshapenDatasetIssues } from './misshapen';
import { datasetSameMoney } from './same-money';

/**
 * Reads and checks a dataset without throwing: the shape (zod), then every reference (parties,
 * figures, commitments, documents), unique ids (`DUPLICATE_ID`), each cited figure the amount of one
 * commitment unless one is `partOf` the other (`DUPLICATE_FIGURE`, also for a figure and its listed
 * conversion), each party listed once per role of a commitment (`DUPLICATE_PARTY`), `partOf` without
 * cycles, roles that fit their kind, a conversion's figures within its quote, one rate per pair and day
 * in either direction, and every quote against `document.text.slice(start, end)`.
 *
 * @param json - parsed JSON (`JSON.parse` of a dataset file)
 * @returns `{ success: true, output }` with the typed dataset (exact money, exact rates), or
 *   `{ success: false, issues }` with every issue and its JSON path
 * @example
 * ```ts
 * const r = safeParseDataset(JSON.parse(readFileSync('dataset.json', 'utf8')));
 * if (!r.success) for (const i of r.issues) console.log(i.path.join('.'), i.message);
 * ```
 */
export function safeParseDataset(json: unknown): SafeResult<Dataset> {
  const shape = datasetJSONSchema.safeParse(json);
  if (!shape.success) {
    return { success: false, issues: misshapenDatasetIssues(json, shape.error, safeParseDataset) };
  }
  const data = shape.data;
  const issues: Issue[] = [];
  const add = (code: ReckonErrorCode, message: string, path: Path) => issues.push({ code, message, path });

  const unique = (list: readonly { id: string }[], name: string) => {
    const seen = new Set<string>();
    list.forEach((x, i) => {
      if (seen.has(x.id)) add('DUPLICATE_ID', `${name} id "${x.id}" is used twice`, [name, i, 'id']);
      seen.add(x.id);
    });
    return seen;
  };
  unique(data.documents, 'documents');
  const partyIds = unique(data.parties, 'parties');
  unique(data.figures, 'figures');
  const commitmentIds = unique(data.commitments, 'commitments');
  unique(data.conversions, 'conversions');
  unique(data.capacities, 'capacities');
  unique(data.mentions ?? [], 'mentions');

  const documents = new Map(data.documents.map((d) => [d.id, d]));
  const span = (s: SourceSpan, path: Path) => {
    const doc = documents.get(s.document);
    if (!doc) return add('INVALID_DATASET', `unknown document "${s.document}"`, [...path, 'document']);
    if (s.end > doc.text.length) {
      return add('INVALID_DATASET', `end ${s.end} is past the document's length ${doc.text.length}`, [
        ...path,
        'end',
      ]);
    }
    if (s.start > s.end)
      return add('INVALID_DATASET', `start ${s.start} is after end ${s.end}`, [...path, 'start']);
    const actual = doc.text.slice(s.start, s.end);
    if (actual !== s.quote) {
      add('INVALID_DATASET', `the quote differs from the text at ${s.start}–${s.end}: "${actual}"`, [
        ...path,
        'quote',
      ]);
    }
  };

  const figures = new Map<string, Figure>();
  const citedFigures: CitedFigure[] = [];
  data.figures.forEach((f, i) => {
    span(f.source, ['figures', i, 'source']);
    try {
      const figure = figureFromJSON(f.figure as FigureJSON);
      figures.set(f.id, figure);
      citedFigures.push(
        defined({ id: f.id, figure, source: f.source, attributedTo: f.attributedTo }) as CitedFigure,
      );
    } catch (error) {
      add(
        isReckonError(error) ? error.code : 'INVALID_DATASET',
        isReckonError(error) ? error.message : String(error),
        ['figures', i, 'figure'],
      );
    }
  });
  const figureIndex = new Map(data.figures.map((f, i) => [f.id, i]));

  const check: DatasetCheck = {
    data,
    issues,
    add,
    span,
    figures,
    figureIndex,
    partyIds,
    commitmentIds,
    documents,
  };
  const commitments = datasetCommitments(check);
  datasetSameMoney(check);
  const conversions = datasetConversions(check);
  const capacities = datasetCapacities(check);
  const mentions = datasetMentions(check);
  const rates = datasetRates(check);

  if (issues.length > 0) return { success: false, issues };
  const dataset: Dataset = defined({
    version: 1 as const,
    id: data.id,
    title: data.title,
    documents: data.documents.map((d) => defined(d) as DatasetDocument),
    parties: data.parties.map((p) => defined(p) as Party),
    figures: citedFigures,
    commitments,
    conversions,
    capacities,
    mentions: data.mentions === undefined ? undefined : mentions,
    rates,
  }) as Dataset;
  return { success: true, output: dataset };
}

/**
 * Reads and checks a dataset, as {@link safeParseDataset}, throwing on any issue.
 *
 * @param json - parsed JSON
 * @returns the typed dataset
 * @throws `ReckonError` `INVALID_DATASET` with every issue (and its JSON path) in `details.issues`
 * @example
 * ```ts
 * const dataset = parseDataset(JSON.parse(readFileSync('dataset.json', 'utf8')));
 * ```
 */
export function parseDataset(json: unknown): Dataset {
  const r = safeParseDataset(json);
  if (r.success) return r.output;
  const first = r.issues[0];
  const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
  throw new ReckonError(
    'INVALID_DATASET',
    `The dataset has ${r.issues.length} issue(s); the first${where}: ${first?.message ?? ''}.`,
    { issues: r.issues },
  );
}
