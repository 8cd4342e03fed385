/**
 * A small dataset in the shape of the fourth user review's repro (four US firms' £6.3bn for UK data
 * centres, 14 Oct 2024, as two outlets word it), written inline: each figure's offsets are looked up
 * in its document's text, so no offset is typed by hand.
 */
import type { DatasetJSON } from '../../src/schema/index';

export type UkdcJSON = DatasetJSON & Record<string, unknown>;

const TEXTS = {
  'sixthwave-2024-10-14':
    'Four US firms will invest £6.3 billion ($8.2 billion) in UK data centres. CloudHQ puts £1.9 billion into a Didcot campus.',
  'xalq-2024-10': 'The four companies pledged £6.3 billion ($8.2 billion) for British data centres.',
} as const;
type Doc = keyof typeof TEXTS;

const span = (document: Doc, quote: string, from = 0) => {
  const start = TEXTS[document].indexOf(quote, from);
  if (start < 0) throw new Error(`"${quote}" is not in ${document}`);
  return { document, start, end: start + quote.length, quote };
};
const figure = (id: string, document: Doc, quote: string, currency: string, amount: string) => ({
  id,
  figure: { currency, amount, qualifier: 'exact', quantum: '100000000', text: quote },
  source: span(document, quote),
});
const FOUR = ['cloudhq', 'servicenow', 'cyrusone', 'coreweave'].map((party) => ({
  party,
  role: 'investor',
}));

/** The dataset: valid as it stands; each test makes one slip in a fresh copy. */
export function ukdc(): UkdcJSON {
  return structuredClone({
    version: 1,
    id: 'uk-datacentres-2024-10',
    title: "Four US firms' £6.3bn for UK data centres",
    documents: (Object.keys(TEXTS) as Doc[]).map((id) => ({
      id,
      publishedDate: '2024-10-14',
      language: 'en',
      text: TEXTS[id],
    })),
    parties: ['CloudHQ', 'ServiceNow', 'CyrusOne', 'CoreWeave'].map((name) => ({
      id: name.toLowerCase(),
      name,
      kind: 'company',
    })),
    figures: [
      figure('sw-6-3', 'sixthwave-2024-10-14', '£6.3 billion', 'GBP', '6300000000'),
      figure('sw-8-2', 'sixthwave-2024-10-14', '$8.2 billion', 'USD', '8200000000'),
      figure('sw-1-9', 'sixthwave-2024-10-14', '£1.9 billion', 'GBP', '1900000000'),
      figure('xq-6-3', 'xalq-2024-10', '£6.3 billion', 'GBP', '6300000000'),
      figure('xq-8-2', 'xalq-2024-10', '$8.2 billion', 'USD', '8200000000'),
    ],
    commitments: [
      {
        id: 'uk-dc-combined',
        kind: 'investment',
        status: 'announced',
        parties: FOUR,
        amount: 'sw-6-3',
        date: '2024-10-14',
        source: span('sixthwave-2024-10-14', '£6.3 billion'),
      },
    ],
    conversions: [
      {
        id: 'sw-gbp-usd',
        from: 'sw-6-3',
        to: 'sw-8-2',
        publishedDate: '2024-10-14',
        source: span('sixthwave-2024-10-14', '£6.3 billion ($8.2 billion)'),
      },
      {
        id: 'xq-gbp-usd',
        from: 'xq-6-3',
        to: 'xq-8-2',
        publishedDate: '2024-10-14',
        source: span('xalq-2024-10', '£6.3 billion ($8.2 billion)'),
      },
    ],
    capacities: [],
    rates: [
      { base: 'EUR', quote: 'USD', value: '1.0915', date: '2024-10-14', source: 'ECB' },
      { base: 'EUR', quote: 'GBP', value: '0.8355', date: '2024-10-14', source: 'ECB' },
    ],
  }) as UkdcJSON;
}

/** The slip of review K15: the bracket's "$8.2 billion" entered as a second commitment's amount. */
export function withUsdTwin(d: UkdcJSON): UkdcJSON {
  d.commitments.push({
    id: 'uk-dc-combined-usd',
    kind: 'investment',
    status: 'announced',
    parties: FOUR,
    amount: 'sw-8-2',
    date: '2024-10-14',
    source: span('sixthwave-2024-10-14', '$8.2 billion'),
  } as (typeof d.commitments)[number]);
  return d;
}
