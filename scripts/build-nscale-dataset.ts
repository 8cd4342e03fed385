/**
 * Builds src/datasets/nscale-2025-09/nscale-2025-09.json from the article in ../shared/seed: every
 * citation is given as a quote (and which occurrence), and its offsets are computed here, so that no
 * offset is typed by hand. Run: npm run dataset:build; `--check` compares instead of writing (a test runs it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { figureToJSON, parseFigure } from '../src/index';
import { type DatasetJSON, parseDataset } from '../src/schema/index';

/** Where the seed article is: ../shared/seed beside the project. */
export const SEED = new URL('../../shared/seed/000_c2d34808f9004421.txt', import.meta.url);
const OUT = new URL('../src/datasets/nscale-2025-09/nscale-2025-09.json', import.meta.url);

/** The ECB reference rates of 15–19 September 2025 (USD and GBP per EUR), shared with the uk-tech dataset. */
export function weekRates(): DatasetJSON['rates'] {
  return [
    ['2025-09-15', '1.1766', '0.8641'],
    ['2025-09-16', '1.1807', '0.8656'],
    ['2025-09-17', '1.1837', '0.8675'],
    ['2025-09-18', '1.1818', '0.868'],
    ['2025-09-19', '1.1736', '0.8708'],
  ].flatMap(([date = '', usd = '', gbp = '']) => [
    { base: 'EUR', quote: 'USD', value: usd, date, source: 'ECB' },
    { base: 'EUR', quote: 'GBP', value: gbp, date, source: 'ECB' },
  ]);
}

/** The dataset's JSON, built from the seed's text. */
export function buildNscaleDatasetJSON(seed: string): DatasetJSON {
  // The seed's first line starts with " date 2025-09-18 "; the article text follows.
  const m = /^\s*date (\d{4}-\d{2}-\d{2}) /.exec(seed);
  if (!m) throw new Error('seed has no date prefix');
  const publishedDate = m[1] as string;
  const text = seed.slice(m[0].length).trimEnd();
  const DOC = 'wallstreet-online-2025-09-18-nscale';

  function cite(quote: string, occurrence = 1) {
    let at = -1;
    for (let k = 0; k < occurrence; k++) {
      at = text.indexOf(quote, at + 1);
      if (at < 0) throw new Error(`quote not found: ${quote} (#${occurrence})`);
    }
    return { document: DOC, start: at, end: at + quote.length, quote };
  }

  const figure = (id: string, phrase: string, attributedTo?: string) => {
    const { text: _t, ...f } = figureToJSON(parseFigure(phrase, { language: 'de' }));
    return {
      id,
      figure: { ...f, text: phrase },
      source: cite(phrase),
      ...(attributedTo ? { attributedTo } : {}),
    };
  };

  const json: DatasetJSON = {
    version: 1,
    id: 'nscale-2025-09',
    title: 'Nscale, Nvidia, Microsoft and OpenAI in the UK and Norway (wallstreetONLINE, 18 September 2025)',
    documents: [
      {
        id: DOC,
        title: 'Nscale (wallstreetONLINE, 18 September 2025)',
        publisher: 'wallstreetONLINE',
        author: 'Nicolas Ebert',
        publishedDate,
        language: 'de',
        text,
      },
    ],
    parties: [
      { id: 'nscale', name: 'Nscale', kind: 'company', country: 'GB' },
      { id: 'microsoft', name: 'Microsoft', kind: 'company', country: 'US' },
      {
        id: 'aker',
        name: 'Aker',
        kind: 'company',
        country: 'NO',
        aliases: ['norwegischer Energiekonzern Aker'],
      },
      { id: 'nvidia', name: 'Nvidia', kind: 'company', country: 'US' },
      { id: 'openai', name: 'OpenAI', kind: 'company', country: 'US' },
      { id: 'coreweave', name: 'CoreWeave', kind: 'company', country: 'US' },
      { id: 'goldman-sachs', name: 'Goldman Sachs', kind: 'bank', country: 'US' },
    ],
    figures: [
      figure('usd-6-2bn-norway-project', '6,2 Milliarden US-Dollar'),
      figure('usd-1bn-norway-data-centre', '1 Milliarde US-Dollar'),
      figure('usd-700m-capital', 'fast 700 Millionen US-Dollar', 'CNBC'),
      figure('usd-15-5bn-microsoft-uk', '15,5 Milliarden US-Dollar'),
      figure('gbp-11bn-nvidia', 'bis zu 11 Milliarden Pfund'),
      figure('eur-12-68bn-nvidia', '12,68 Milliarden Euro'),
      figure('gbp-500m-nvidia-stake', '500 Millionen Pfund'),
      figure('usd-58bn-coreweave', '58 Milliarden US-Dollar'),
      figure('usd-1-8bn-loan', '1,8 Milliarden US-Dollar', 'Bloomberg'),
    ],
    commitments: [
      {
        id: 'nscale-norway-hyperscale-project',
        kind: 'contract',
        status: 'announced',
        parties: [
          { party: 'microsoft', role: 'customer' },
          { party: 'nscale', role: 'supplier' },
          { party: 'aker', role: 'supplier' },
        ],
        amount: 'usd-6-2bn-norway-project',
        date: '2025-09-16',
        period: { duration: 'P5Y' },
        location: 'Norway',
        description: 'Five-year project for hyperscale AI infrastructure in Norway, presented on Tuesday',
        source: cite(
          'Am Dienstag stellte Nscale ein 5-Jahresprojekt im Volumen von 6,2 Milliarden US-Dollar mit Microsoft und dem norwegischen Energiekonzern Aker vor.',
        ),
      },
      {
        id: 'nscale-norway-data-centre',
        kind: 'investment',
        status: 'announced',
        parties: [{ party: 'nscale', role: 'investor' }],
        amount: 'usd-1bn-norway-data-centre',
        period: { start: '2025-07-01', end: '2025-07-31' },
        location: 'Norway',
        description: 'Investment in a data centre in Norway announced in July 2025 (day not given)',
        source: cite(
          'Bereits im Juli hatte das Unternehmen eine Investition von 1 Milliarde US-Dollar für ein Rechenzentrum in Norwegen angekündigt',
        ),
      },
      {
        id: 'nscale-capital-under-management',
        kind: 'capitalUnderManagement',
        status: 'confirmed',
        parties: [
          { party: 'nscale', role: 'subject' },
          { party: 'nvidia', role: 'partner' },
          { party: 'microsoft', role: 'partner' },
          { party: 'openai', role: 'partner' },
        ],
        amount: 'usd-700m-capital',
        attributedTo: 'CNBC',
        description: 'Capital Nscale manages, with the help of Nvidia, Microsoft and OpenAI (per CNBC)',
        source: cite(
          'heute verwaltet es laut CNBC fast 700 Millionen US-Dollar an Kapital – mit Hilfe von Nvidia, Microsoft und OpenAI',
        ),
      },
      {
        id: 'microsoft-uk-data-centres',
        kind: 'investment',
        status: 'planned',
        parties: [{ party: 'microsoft', role: 'investor' }],
        amount: 'usd-15-5bn-microsoft-uk',
        location: 'United Kingdom',
        description: 'Microsoft plans to invest in new data centres in the UK',
        source: cite(
          'Der US-Softwarekonzern will 15,5 Milliarden US-Dollar in neue Rechenzentren investieren',
        ),
      },
      {
        id: 'essex-supercomputer',
        kind: 'project',
        status: 'planned',
        parties: [
          { party: 'microsoft', role: 'partner' },
          { party: 'nscale', role: 'partner' },
          { party: 'nvidia', role: 'supplier' },
        ],
        location: 'Essex, United Kingdom',
        description:
          "The largest British supercomputer, built by Microsoft with Nscale; Nvidia's Blackwell GPUs from early 2027",
        source: cite('gemeinsam mit Nscale den größten britischen Supercomputer in Essex errichten'),
      },
      {
        id: 'stargate-uk',
        kind: 'project',
        status: 'announced',
        parties: [
          { party: 'openai', role: 'partner' },
          { party: 'nscale', role: 'partner' },
          { party: 'nvidia', role: 'partner' },
        ],
        location: 'United Kingdom (one site in Newcastle)',
        description: 'OpenAI launches Stargate UK in cooperation with Nscale and Nvidia',
        source: cite(
          'Parallel kündigte OpenAI den Start von Stargate UK in Kooperation mit Nscale und Nvidia an.',
        ),
      },
      {
        id: 'nvidia-uk-investment',
        kind: 'investment',
        status: 'announced',
        parties: [
          { party: 'nvidia', role: 'investor' },
          { party: 'nscale', role: 'recipient' },
          { party: 'coreweave', role: 'recipient' },
        ],
        amount: 'gbp-11bn-nvidia',
        description: 'Joint commitment to Nscale and CoreWeave, with no split given',
        source: cite('investiert bis zu 11 Milliarden Pfund (12,68 Milliarden Euro) in Nscale und CoreWeave'),
      },
      {
        id: 'nvidia-nscale-stake',
        kind: 'equityStake',
        status: 'confirmed',
        parties: [
          { party: 'nvidia', role: 'investor' },
          { party: 'nscale', role: 'recipient' },
        ],
        amount: 'gbp-500m-nvidia-stake',
        attributedTo: 'Jensen Huang, CEO of Nvidia',
        description:
          'A stake in Nscale, confirmed by Nvidia CEO Jensen Huang in addition to the joint investment',
        source: cite('Zudem bestätigte CEO Jensen Huang eine Beteiligung von 500 Millionen Pfund an Nscale.'),
      },
      {
        id: 'coreweave-valuation',
        kind: 'valuation',
        status: 'confirmed',
        parties: [{ party: 'coreweave', role: 'subject' }],
        amount: 'usd-58bn-coreweave',
        description: 'CoreWeave, which also started as a crypto miner, is valued at $58bn',
        source: cite('heute mit 58 Milliarden US-Dollar bewertet wird'),
      },
      {
        id: 'nscale-series-a',
        kind: 'fundingRound',
        status: 'completed',
        parties: [{ party: 'nscale', role: 'recipient' }],
        period: { start: '2024-12-01', end: '2024-12-31' },
        description:
          'Series A round of December (2024), "one of the largest in the history of Britain and Europe"; no amount given',
        source: cite(
          'Payne bezeichnete die Serie-A-Runde von Dezember als "eine der größten in der Geschichte Großbritanniens und Europas".',
        ),
      },
      {
        id: 'nscale-goldman-loan',
        kind: 'loan',
        status: 'underConsideration',
        parties: [
          { party: 'nscale', role: 'borrower' },
          { party: 'goldman-sachs', role: 'arranger' },
        ],
        amount: 'usd-1-8bn-loan',
        attributedTo: 'Bloomberg',
        description: 'A loan of $1.8bn led by Goldman Sachs that Nscale recently looked at (per Bloomberg)',
        source: cite(
          'prüfte Nscale zuletzt einen Kredit über 1,8 Milliarden US-Dollar unter der Leitung von Goldman Sachs',
        ),
      },
    ],
    conversions: [
      {
        id: 'nvidia-gbp-eur',
        from: 'gbp-11bn-nvidia',
        to: 'eur-12-68bn-nvidia',
        publishedDate,
        source: cite('11 Milliarden Pfund (12,68 Milliarden Euro)'),
      },
    ],
    capacities: [
      {
        id: 'norway-data-centre-gpus',
        value: '100000',
        unit: 'GPU',
        qualifier: 'about',
        party: 'nscale',
        commitment: 'nscale-norway-data-centre',
        date: '2027-12-31',
        dateMeaning: 'by',
        description: 'Nvidia GPUs the Norwegian data centre is meant to hold by 2027',
        source: cite('rund 100.000 Nvidia-Grafikprozessoren'),
      },
      {
        id: 'essex-blackwell-gpus',
        value: '23040',
        unit: 'GPU',
        qualifier: 'exact',
        commitment: 'essex-supercomputer',
        date: '2027-01-01',
        dateMeaning: 'from',
        description: 'Nvidia Blackwell GPUs planned for the Essex supercomputer, delivered from early 2027',
        source: cite('23.040 Blackwell-GPUs von Nvidia'),
      },
      {
        id: 'stargate-uk-phase-1-gpus',
        value: '8000',
        unit: 'GPU',
        qualifier: 'exact',
        commitment: 'stargate-uk',
        description: 'GPUs in the first phase of Stargate UK',
        source: cite('8.000 GPUs'),
      },
      {
        id: 'stargate-uk-expandable-gpus',
        value: '31000',
        unit: 'GPU',
        qualifier: 'upTo',
        commitment: 'stargate-uk',
        description: 'Capacity Stargate UK can be expanded to',
        source: cite('31.000'),
      },
      {
        id: 'nscale-gpus-end-2025',
        value: '50000',
        unit: 'GPU',
        qualifier: 'about',
        party: 'nscale',
        date: '2025-12-31',
        dateMeaning: 'by',
        description: 'GPUs Nscale plans to have in use by the end of 2025',
        source: cite('rund 50.000 GPUs'),
      },
      {
        id: 'nscale-gpus-end-2026',
        value: '150000',
        unit: 'GPU',
        qualifier: 'exact',
        party: 'nscale',
        date: '2026-12-31',
        dateMeaning: 'by',
        description: 'GPUs Nscale plans to have by the end of 2026',
        source: cite('150.000'),
      },
      {
        id: 'nscale-gpus-2027',
        value: '350000',
        unit: 'GPU',
        qualifier: 'exact',
        party: 'nscale',
        date: '2027-12-31',
        dateMeaning: 'by',
        description: 'The mark of 350,000 GPUs Nscale wants to reach by 2027',
        source: cite('350.000'),
      },
    ],
    rates: weekRates(),
  };

  parseDataset(json); // fails loudly if anything is off
  return json;
}

/** The file's text, as committed. */
function datasetFileText(json: DatasetJSON): string {
  return `${JSON.stringify(json, null, 2)}\n`;
}

/**
 * Writes the dataset file, or with `--check` (what the tests run, as a subprocess) only compares it with
 * a fresh build: the data, not the text, since biome formats the committed file. Exits 1 when it differs.
 */
export function writeOrCheck(out: URL, json: DatasetJSON, summary: string): void {
  if (!process.argv.includes('--check')) {
    writeFileSync(out, datasetFileText(json));
    console.log(`wrote ${out.pathname}: ${summary}`);
    return;
  }
  if (!isDeepStrictEqual(JSON.parse(readFileSync(out, 'utf8')), JSON.parse(datasetFileText(json)))) {
    console.error(`${out.pathname} differs from a fresh build: run npm run dataset:build`);
    process.exit(1);
  }
  console.log(`${out.pathname} is up to date`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const json = buildNscaleDatasetJSON(readFileSync(SEED, 'utf8'));
  writeOrCheck(OUT, json, `${json.figures.length} figures, ${json.commitments.length} commitments`);
}
