import { defined } from '../_lib/defined';
import { COMMITMENT_KIND_INFO, type Commitment, type Party } from '../commitment/model';
import { validateCommitments } from '../commitment/validate';
import type { SourceSpan } from '../dataset/source-span';
import type {
  Capacity,
  CitedFigure,
  Dataset,
  DatasetCommitment,
  DatasetConversion,
  DatasetDocument,
  DatasetMention,
} from '../dataset/types';
import { type Issue, isReckonError, ReckonError, type ReckonErrorCode } from '../errors/reckon-error';
import type { SafeResult } from '../errors/safe-result';
import { type FigureJSON, figureFromJSON } from '../figure/figure-json';
import type { Figure } from '../figure/types';
import { rate } from '../rates/rate';
import { datasetJSONSchema } from './dataset-schema';
import { misshapenDatasetIssues } from './misshapen';

type Path = (string | number)[];

/**
 * Reads and checks a dataset without throwing: the shape (zod), then every reference (parties,
 * figures, commitments, documents), unique ids (`DUPLICATE_ID`), each cited figure the amount of one
 * commitment unless one is `partOf` the other (`DUPLICATE_FIGURE`), each party listed once per role of a
 * commitment (`DUPLICATE_PARTY`), `partOf` without cycles, roles that fit their kind, and every quote
 * against `document.text.slice(start, end)`.
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

  const commitments: DatasetCommitment[] = data.commitments.map((c, i) => {
    span(c.source, ['commitments', i, 'source']);
    let amount: Figure | undefined;
    if (c.amount !== undefined) {
      amount = figures.get(c.amount);
      if (!figureIndex.has(c.amount))
        add('INVALID_DATASET', `unknown figure "${c.amount}"`, ['commitments', i, 'amount']);
      else if (amount && amount.amount.toJSON().amount < 0n) {
        add('INVALID_DATASET', `a ${c.kind} cannot be negative`, [
          'figures',
          figureIndex.get(c.amount) ?? 0,
          'figure',
          'amount',
        ]);
      }
    }
    return defined({ ...c, amount }) as unknown as DatasetCommitment;
  });
  // One cited figure is one amount in one place of one article: two commitments counting it count it
  // twice, unless one is part of the other (G6).
  const byFigure = new Map<string, number[]>();
  data.commitments.forEach((c, i) => {
    if (c.amount !== undefined) byFigure.set(c.amount, [...(byFigure.get(c.amount) ?? []), i]);
  });
  for (const [figure, users] of byFigure) {
    if (users.length < 2) continue;
    const cs = users.map((i) => data.commitments[i] as (typeof data.commitments)[number]);
    const apart = cs.some((a, x) => cs.some((b, y) => x < y && a.partOf !== b.id && b.partOf !== a.id));
    if (apart)
      add(
        'DUPLICATE_FIGURE',
        `figure "${figure}" is the amount of ${users.length} commitments (${cs.map((c) => c.id).join(', ')}): one amount counted ${users.length} times; keep one commitment, or make one \`partOf\` the other`,
        ['commitments', users[1] as number, 'amount'],
      );
  }
  for (const issue of validateCommitments(data.parties as Party[], commitments as readonly Commitment[])) {
    // Shape problems were reported by the schema; keep the cross-reference ones.
    if (!['INVALID_ARGUMENT', 'INVALID_COMMITMENT', 'INVALID_DATE', 'DUPLICATE_ID'].includes(issue.code))
      issues.push(issue);
  }

  const conversions: DatasetConversion[] = data.conversions.map((c, i) => {
    span(c.source, ['conversions', i, 'source']);
    const from = figures.get(c.from);
    const to = figures.get(c.to);
    if (!figureIndex.has(c.from))
      add('INVALID_DATASET', `unknown figure "${c.from}"`, ['conversions', i, 'from']);
    if (!figureIndex.has(c.to)) add('INVALID_DATASET', `unknown figure "${c.to}"`, ['conversions', i, 'to']);
    // What checkConversion refuses is refused here, with a path, so that `reckon check` never meets it.
    if (from && to) {
      const [a, b] = [from.amount.toJSON(), to.amount.toJSON()];
      if (a.currency.code === b.currency.code)
        add('INVALID_DATASET', `a conversion between two amounts in ${a.currency.code}`, [
          'conversions',
          i,
          'to',
        ]);
      if (a.amount <= 0n)
        add('INVALID_DATASET', 'a conversion needs a positive amount', ['conversions', i, 'from']);
      if (b.amount <= 0n)
        add('INVALID_DATASET', 'a conversion needs a positive amount', ['conversions', i, 'to']);
    }
    return defined({ ...c, from, to }) as unknown as DatasetConversion;
  });

  const capacities: Capacity[] = data.capacities.map((c, i) => {
    span(c.source, ['capacities', i, 'source']);
    if (c.party !== undefined && !partyIds.has(c.party))
      add('UNKNOWN_PARTY', `unknown party "${c.party}"`, ['capacities', i, 'party']);
    if (c.commitment !== undefined && !commitmentIds.has(c.commitment)) {
      add('UNKNOWN_COMMITMENT', `unknown commitment "${c.commitment}"`, ['capacities', i, 'commitment']);
    }
    return defined(c) as Capacity;
  });

  const mentionDocuments = new Map(
    (data.mentions ?? []).map((m) => [m.id, data.figures[figureIndex.get(m.figure) ?? -1]?.source.document]),
  );
  const keys = new Set(
    (data.mentions ?? []).flatMap((m) => (m.commitment === undefined ? [] : [m.commitment])),
  );
  const wholeOf = new Map<string, string>();
  const mentions: DatasetMention[] = (data.mentions ?? []).flatMap((m, i) => {
    const at = (...rest: Path): Path => ['mentions', i, ...rest];
    const cited = data.figures[figureIndex.get(m.figure) ?? -1];
    const figure = figures.get(m.figure);
    if (!cited) add('INVALID_DATASET', `unknown figure "${m.figure}"`, at('figure'));
    const roles: readonly string[] = COMMITMENT_KIND_INFO[m.kind].roles;
    m.parties.forEach((p, j) => {
      if (!partyIds.has(p.party))
        add('UNKNOWN_PARTY', `unknown party "${p.party}"`, at('parties', j, 'party'));
      if (!roles.includes(p.role))
        add('ROLE_MISMATCH', `a ${m.kind} has no role "${p.role}"`, at('parties', j, 'role'));
    });
    if (m.convertedFrom !== undefined) {
      if (!mentionDocuments.has(m.convertedFrom))
        add('INVALID_DATASET', `unknown mention "${m.convertedFrom}"`, at('convertedFrom'));
      else if (m.convertedFrom === m.id)
        add('INVALID_DATASET', 'a mention cannot convert itself', at('convertedFrom'));
      else if (cited && mentionDocuments.get(m.convertedFrom) !== cited.source.document) {
        add('INVALID_DATASET', `mention "${m.convertedFrom}" is in another document`, at('convertedFrom'));
      }
    }
    if (m.partOf !== undefined) {
      if (m.commitment === undefined)
        add('INVALID_DATASET', 'partOf needs the mention’s own commitment key', at('partOf'));
      else if (m.partOf === m.commitment)
        add('INVALID_DATASET', 'a commitment cannot be part of itself', at('partOf'));
      else if (!keys.has(m.partOf))
        add('UNKNOWN_COMMITMENT', `no mention has the key "${m.partOf}"`, at('partOf'));
      else if (wholeOf.has(m.commitment) && wholeOf.get(m.commitment) !== m.partOf) {
        add(
          'INVALID_DATASET',
          `another mention of "${m.commitment}" says it is part of "${wholeOf.get(m.commitment)}"`,
          at('partOf'),
        );
      }
      if (m.commitment !== undefined && !wholeOf.has(m.commitment)) wholeOf.set(m.commitment, m.partOf);
    }
    if (cited && m.date === undefined && documents.get(cited.source.document)?.publishedDate === undefined) {
      add('INVALID_DATASET', 'the mention has no date and its document no publishedDate', at('date'));
    }
    if (!cited || !figure) return [];
    return [defined({ ...m, figure, source: cited.source }) as DatasetMention];
  });

  const seenRates = new Set<string>();
  const rates = data.rates.flatMap((r, i) => {
    const key = `${r.base}/${r.quote}/${r.date}`;
    if (seenRates.has(key))
      add('INVALID_DATASET', `a second ${r.base}/${r.quote} rate for ${r.date}`, ['rates', i]);
    seenRates.add(key);
    try {
      return [rate(r)];
    } catch (error) {
      add('INVALID_RATES', isReckonError(error) ? error.message : String(error), ['rates', i, 'value']);
      return [];
    }
  });

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
