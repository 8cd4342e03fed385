/**
 * Builds src/datasets/uk-tech-2025-09/uk-tech-2025-09.json from the collected sources beside it
 * (src/datasets/uk-tech-2025-09/sources/*.json, described in their README): each article's passages
 * become its document's text, and each mention's quote is looked up in its passage, parsed, and cited
 * at the offsets computed here, so that no offset or figure is typed by hand. Run: npm run
 * dataset:build; `--check` compares instead of writing (a test runs it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CommitmentKind, PartyKind, Role } from '../src/index';
import { figureToJSON, parseFigure } from '../src/index';
import { type DatasetJSON, parseDataset } from '../src/schema/index';
import { weekRates, writeOrCheck } from './build-nscale-dataset';

/** The folder of collected sources. */
export const SOURCES = new URL('../src/datasets/uk-tech-2025-09/sources/', import.meta.url);
const OUT = new URL('../src/datasets/uk-tech-2025-09/uk-tech-2025-09.json', import.meta.url);

/** What passages are joined with to make a document's text. */
const PASSAGE_BREAK = '\n\n';
/**
 * The day given to mentions of pages that show no date and carry none in their address: the middle of
 * the week every dated page falls in (16–19 Sep 2025).
 */
const UNDATED = '2025-09-17';

/** One collected article, as the sources README describes it. */
export interface SourceFile {
  readonly id: string;
  readonly url: string | null;
  readonly publisher: string;
  readonly date: string | null;
  readonly dateFromUrl?: string;
  readonly dateNote?: string;
  readonly language: 'en' | 'de';
  readonly passages: readonly string[];
  readonly mentions: readonly {
    readonly quote: string;
    readonly passage: number;
    readonly occurrence?: number;
    readonly parties: readonly { readonly name: string; readonly id: string; readonly role: Role }[];
    readonly kind: CommitmentKind;
    readonly commitment: string;
    readonly convertedFrom?: number;
    readonly note?: string;
  }[];
}

/** Display names and kinds of the parties (their other names come from the passages). */
const PARTIES: Readonly<Record<string, readonly [string, PartyKind, string?]>> = {
  microsoft: ['Microsoft', 'company', 'US'],
  nvidia: ['Nvidia', 'company', 'US'],
  google: ['Google', 'company', 'US'],
  nscale: ['Nscale', 'company', 'GB'],
  coreweave: ['CoreWeave', 'company', 'US'],
  blackrock: ['BlackRock', 'fund', 'US'],
  blackstone: ['Blackstone', 'fund', 'US'],
  salesforce: ['Salesforce', 'company', 'US'],
  prologis: ['Prologis', 'company', 'US'],
  palantir: ['Palantir', 'company', 'US'],
  wayve: ['Wayve', 'company', 'GB'],
  'uk-government': ['UK government', 'government', 'GB'],
  'us-tech-companies': ['US technology companies (together)', 'other'],
  'us-companies': ['US companies (together)', 'other'],
};

/**
 * Which commitment is part of which, as the sources README states it: parts of Microsoft's £22bn, the
 * initial tranche of BlackRock's £500m, the Nscale stake inside Nvidia's £2bn (per Bloomberg), the two
 * Blackstone pledges inside the £100bn it sums, Microsoft's £22bn inside the £31bn tech package, and the
 * pledges the £150bn state-visit total names (Blackstone, Prologis, Palantir, Google; the tech package
 * for Microsoft). `aggregate` then never adds a part on top of its whole.
 */
const PART_OF: Readonly<Record<string, string>> = {
  'microsoft-uk-capex-2025-2028': 'microsoft-uk-2025-2028',
  'microsoft-uk-operations-2025-2028': 'microsoft-uk-2025-2028',
  'blackrock-uk-datacentres-initial': 'blackrock-uk-datacentres',
  'nvidia-nscale-stake': 'nvidia-uk-startups',
  'blackstone-uk-2025-2035': 'blackstone-uk-total',
  'blackstone-uk-datacentres-earlier': 'blackstone-uk-total',
  'microsoft-uk-2025-2028': 'tech-prosperity-deal-total',
  'tech-prosperity-deal-total': 'us-investment-state-visit-total',
  'blackstone-uk-total': 'us-investment-state-visit-total',
  'prologis-uk': 'us-investment-state-visit-total',
  'palantir-uk': 'us-investment-state-visit-total',
  'google-uk-2025-2027': 'us-investment-state-visit-total',
};

/** The collected source files, in file-name order (`NN-publisher.json`), with their `NN`. */
export function readSources(dir: URL = SOURCES): { prefix: string; source: SourceFile }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({
      prefix: f.slice(0, 2),
      source: JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as SourceFile,
    }));
}

/** The id of mention `j` of source file `NN` (the sources README writes it `NN#j`). */
export const mentionId = (prefix: string, j: number): string => `${prefix}-${j}`;

/** The dataset's JSON, built from the collected sources. */
export function buildUkTechDatasetJSON(
  sources: readonly { prefix: string; source: SourceFile }[],
): DatasetJSON {
  const documents: DatasetJSON['documents'] = [];
  const figures: DatasetJSON['figures'] = [];
  const mentions: NonNullable<DatasetJSON['mentions']> = [];
  const conversions: DatasetJSON['conversions'] = [];
  const names = new Map<string, Set<string>>();

  for (const { prefix, source } of sources) {
    const text = source.passages.join(PASSAGE_BREAK);
    const passageStart = source.passages.map((_, i) =>
      source.passages.slice(0, i).reduce((n, p) => n + p.length + PASSAGE_BREAK.length, 0),
    );
    const dateNote =
      source.date !== null
        ? undefined
        : source.dateFromUrl !== undefined
          ? `${source.dateNote ?? 'The page shows no date.'} Its mentions are dated ${source.dateFromUrl}, the day in its address.`
          : `${source.dateNote ?? 'The page shows no date.'} Its mentions are dated ${UNDATED}, the middle of the week every dated page falls in.`;
    documents.push({
      id: source.id,
      publisher: source.publisher,
      ...(source.date !== null ? { publishedDate: source.date } : {}),
      ...(dateNote !== undefined ? { dateNote } : {}),
      language: source.language,
      ...(source.url !== null ? { url: source.url } : {}),
      text,
    });

    const spans = source.mentions.map((m) => {
      const passage = source.passages[m.passage];
      if (passage === undefined) throw new Error(`${prefix}: no passage ${m.passage}`);
      let at = -1;
      for (let k = 0; k < (m.occurrence ?? 1); k++) {
        at = passage.indexOf(m.quote, at + 1);
        if (at < 0) throw new Error(`${prefix}: quote not found: ${m.quote}`);
      }
      const start = (passageStart[m.passage] ?? 0) + at;
      return { document: source.id, start, end: start + m.quote.length, quote: m.quote };
    });

    source.mentions.forEach((m, j) => {
      const id = mentionId(prefix, j);
      const span = spans[j] as (typeof spans)[number];
      const { text: _t, ...figure } = figureToJSON(parseFigure(m.quote, { language: source.language }));
      figures.push({ id, figure: { ...figure, text: m.quote }, source: span });
      for (const p of m.parties) {
        const seen = names.get(p.id) ?? new Set<string>();
        names.set(p.id, seen.add(p.name));
      }
      mentions.push({
        id,
        figure: id,
        parties: m.parties.map((p) => ({ party: p.id, role: p.role })),
        kind: m.kind,
        ...(source.date === null ? { date: source.dateFromUrl ?? UNDATED } : {}),
        commitment: m.commitment,
        ...(PART_OF[m.commitment] !== undefined ? { partOf: PART_OF[m.commitment] } : {}),
        ...(m.convertedFrom !== undefined ? { convertedFrom: mentionId(prefix, m.convertedFrom) } : {}),
        ...(m.note !== undefined ? { note: m.note } : {}),
      });
      if (m.convertedFrom !== undefined) {
        const from = spans[m.convertedFrom];
        if (!from) throw new Error(`${prefix}: mention ${j} converts a mention that does not exist`);
        const start = Math.min(from.start, span.start);
        const end = Math.max(from.end, span.end);
        conversions.push({
          id,
          from: mentionId(prefix, m.convertedFrom),
          to: id,
          ...(source.date !== null ? { publishedDate: source.date } : {}),
          source: { document: source.id, start, end, quote: text.slice(start, end) },
        });
      }
    });
  }

  // A company's aliases are the names that contain its name ("Nvidia Corp."), not descriptions ("the
  // tech giant", "Das Unternehmen", which another company shares); a group's are all its wordings.
  const parties: DatasetJSON['parties'] = [...names.keys()].sort().map((id) => {
    const [name, kind, country] = PARTIES[id] ?? [id, 'other'];
    const key = name.toLowerCase();
    const aliases = [...(names.get(id) ?? [])]
      .filter((n) => n.toLowerCase() !== key && (kind === 'other' || n.toLowerCase().includes(key)))
      .sort();
    return {
      id,
      name,
      kind,
      ...(aliases.length > 0 ? { aliases } : {}),
      ...(country !== undefined ? { country } : {}),
    };
  });

  const json: DatasetJSON = {
    version: 1,
    id: 'uk-tech-2025-09',
    title: 'US investments in the UK in the week of the state visit, 15–19 September 2025 (25 articles)',
    documents,
    parties,
    figures,
    commitments: [],
    conversions,
    capacities: [],
    mentions,
    rates: weekRates(),
  };
  parseDataset(json); // fails loudly if anything is off
  return json;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const json = buildUkTechDatasetJSON(readSources());
  writeOrCheck(
    OUT,
    json,
    `${json.documents.length} documents, ${json.figures.length} figures, ${json.mentions?.length} mentions`,
  );
}
