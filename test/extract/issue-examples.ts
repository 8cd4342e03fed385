import type { ExtractOptions } from '../../src/index';

/**
 * The examples of the extraction issue (#14) with what extraction must give, shared by the library
 * tests (test/extract) and the `reckon extract` subprocess tests (test/cli/extract.test.ts).
 *
 * Each figure is written "CUR amount qualifier [max]", then "<i" when it is converted from figure i, then
 * "assumed" when its currency is a bare "$" read as USD by default.
 */
export interface IssueExample {
  readonly text: string;
  readonly options?: ExtractOptions;
  readonly figures: readonly string[];
}

export const NEVER_INVENT_NEVER_DROP: readonly IssueExample[] = [
  { text: 'Results 2025 – $5bn loss.', figures: ['USD 5000000000 exact assumed'] },
  { text: 'In 2024-$5bn was raised.', figures: ['USD 5000000000 exact assumed'] },
  { text: 'Deal 1: 2025 — £300m.', figures: ['GBP 300000000 exact'] },
  {
    text: 'Q3 2025 – $5bn, Q4 2025 – $6bn.',
    figures: ['USD 5000000000 exact assumed', 'USD 6000000000 exact assumed'],
  },
  { text: 'Part 3 – $5bn investment.', figures: ['USD 5000000000 exact assumed'] },
  { text: 'Exhibit 12 - €40m fine.', figures: ['EUR 40000000 exact'] },
  { text: 'Phase 2 to $5bn', figures: ['USD 5000000000 exact assumed'] },
  { text: 'COP27 opened in Egypt.', figures: [] },
  { text: 'COP28 was held in Dubai.', figures: [] },
  { text: 'The PLN5 bonds matured.', figures: [] },
];

export const QUALIFIERS_REAL_NEWS: readonly IssueExample[] = [
  { text: 'Der Umsatz lag bei gut 670 Millionen Euro.', figures: ['EUR 670000000 moreThan'] },
  { text: 'Es flossen gut 2 Milliarden Euro.', figures: ['EUR 2000000000 moreThan'] },
  { text: 'Die Kosten betragen annähernd 600 Millionen Euro.', figures: ['EUR 600000000 almost'] },
  { text: 'Sales were higher than 11.5 bln euros.', figures: ['EUR 11500000000 moreThan'] },
  { text: 'It raised just under €1.9 billion.', figures: ['EUR 1900000000 almost'] },
  { text: 'It is worth in excess of £2bn.', figures: ['GBP 2000000000 moreThan'] },
  { text: 'It costs upwards of £300m.', figures: ['GBP 300000000 moreThan'] },
  { text: 'Valued north of £10bn.', figures: ['GBP 10000000000 moreThan'] },
  { text: 'It spent well over £1bn.', figures: ['GBP 1000000000 moreThan'] },
  { text: 'Der Preis lag knapp über 5 Mrd. Euro.', figures: ['EUR 5000000000 moreThan'] },
  { text: 'Es waren mehr als rund 5 Mrd. Euro.', figures: ['EUR 5000000000 moreThan'] },
];

export const NUMBERS_IN_WORDS: readonly IssueExample[] = [
  { text: 'Der Bund gibt zwei Milliarden Euro.', figures: ['EUR 2000000000 exact'] },
  { text: 'Das kostet knapp vier Milliarden Euro.', figures: ['EUR 4000000000 almost'] },
  { text: 'Der Fonds hat elf Milliarden Dollar.', figures: ['USD 11000000000 exact assumed'] },
  { text: 'They raised two billion dollars.', figures: ['USD 2000000000 exact assumed'] },
  { text: 'It cost half a billion euros.', figures: ['EUR 500000000 exact'] },
  { text: 'Ein Drittel ging an den Bund.', figures: [] },
];

export const DOLLARS_AND_BILLIONS: readonly IssueExample[] = [
  {
    text: 'NZ Herald: £10.25 billion ($19.9 billion)',
    options: { dollar: 'NZD' },
    figures: ['GBP 10250000000 exact', 'NZD 19900000000 exact <0'],
  },
  {
    text: 'NZ Herald: £10.25 billion ($19.9 billion)',
    figures: ['GBP 10250000000 exact', 'USD 19900000000 exact <0 assumed'],
  },
  {
    text: 'NZ Herald: £10.25 billion ($19.9 billion)',
    options: { dollar: 'ambiguous' },
    figures: ['GBP 10250000000 exact'],
  },
  { text: 'Es geht um 5 Billion Euro.', figures: ['EUR 5000000000000 exact'] },
  { text: 'Die Schulden: 5.000 Bio. $', figures: ['USD 5000000000000000 exact assumed'] },
];

export const CONVERSION_PAIRS: readonly IssueExample[] = [
  {
    text: 'Der Umsatz betrug 85,4 Milliarden Dollar, umgerechnet 78 Milliarden Euro.',
    figures: ['USD 85400000000 exact assumed', 'EUR 78000000000 exact <0'],
  },
  {
    text: 'The deal is worth £1.62 billion—which equates to $2 billion.',
    figures: ['GBP 1620000000 exact', 'USD 2000000000 exact <0 assumed'],
  },
  {
    text: 'Die Ausgaben liegen bei 200 Milliarden Dollar (aktuell rund 178 Milliarden Euro).',
    figures: ['USD 200000000000 exact assumed', 'EUR 178000000000 about <0'],
  },
  {
    text: 'The deal is worth $2bn (equivalent to about €1.9bn).',
    figures: ['USD 2000000000 exact assumed', 'EUR 1900000000 about <0'],
  },
  {
    text: 'Revenue and profit were £1.2bn and £300m, or $1.5bn and $380m respectively.',
    figures: [
      'GBP 1200000000 exact',
      'GBP 300000000 exact',
      'USD 1500000000 exact <0 assumed',
      'USD 380000000 exact <1 assumed',
    ],
  },
  {
    text: 'The sale raised £1.62bn, or $2bn, or just under €1.9bn.',
    figures: ['GBP 1620000000 exact', 'USD 2000000000 exact <0 assumed', 'EUR 1900000000 almost <0'],
  },
];

/**
 * The user review's findings (F1, F8, F9, F10, F12, F13, F14 of /work/notes/review-user.md): each a
 * silent wrong number or a lost figure before the fix.
 */
export const USER_REVIEW: readonly IssueExample[] = [
  // F13: groups of three separated by a plain space.
  { text: 'Der Wagen kostet 35 000 Euro.', figures: ['EUR 35000 exact'] },
  {
    text: 'Das Budget beträgt 1 250 000 Euro (1,4 Mio. Dollar).',
    figures: ['EUR 1250000 exact', 'USD 1400000 exact <0 assumed'],
  },
  { text: 'Der Preis: 2 499 Franken', figures: ['CHF 2499 exact'] },
  { text: 'In 2024 500 000 Euro wurden investiert.', figures: ['EUR 500000 exact'] },
  { text: 'Es kostet 35 0000 Euro.', figures: [] },
  // F8: the number's own signal decides a reading that flips by 1000× with the language.
  { text: 'Nvidia-Chef Jensen Huang verdient 34.200 Dollar pro Tag.', figures: ['USD 34200 exact assumed'] },
  { text: 'Tesla kostet 45.990 Dollar.', figures: ['USD 45990 exact assumed'] },
  { text: 'Müller & Söhne earned 1,250 euros.', figures: ['EUR 1250 exact'] },
  { text: 'Siemens paid 1,250 euros per share.', figures: ['EUR 1250 exact'] },
  { text: 'Der Preis für Bitcoin liegt bei $95,000.', figures: ['USD 95000 exact assumed'] },
  { text: 'Eine Unze Gold kostet $2,650 und damit mehr als je zuvor.', figures: ['USD 2650 exact assumed'] },
  { text: 'Benzin kostet 1,859 Euro je Liter.', figures: ['EUR 1.859 exact'] },
  { text: 'Gas was $3.499 a gallon.', figures: ['USD 3.499 exact assumed'] },
  // F10: "m-" compounds, and "-plus".
  { text: 'It is a £200m-a-year fund.', figures: ['GBP 200000000 exact'] },
  { text: 'The £100m-backed startup grew.', figures: ['GBP 100000000 exact'] },
  { text: 'They bought a £1m-plus home.', figures: ['GBP 1000000 atLeast'] },
  { text: 'It is a £10m-funded lab.', figures: ['GBP 10000000 exact'] },
  { text: 'The €10bn-plus package passed.', figures: ['EUR 10000000000 atLeast'] },
  // F12: The Star's "bil", and the ringgit.
  {
    text: 'A deal that values the business at A$10.2bil (US$7.7bil or RM32bil).',
    figures: ['AUD 10200000000 exact', 'USD 7700000000 exact <0', 'MYR 32000000000 exact <0'],
  },
  { text: 'Es waren 500 RM im Monat.', figures: [] },
  // F14, F9: "T", "trln", "MM"; unknown letters glued to the digits give no figure.
  { text: 'Apple was worth $3T.', figures: ['USD 3000000000000 exact assumed'] },
  { text: 'The Fed holds $1.5 trln in assets.', figures: ['USD 1500000000000 exact assumed'] },
  { text: 'It raised $4.5MM in seed funding.', figures: ['USD 4500000 exact assumed'] },
  { text: 'It raised $4.5zz in seed funding.', figures: [] },
  // F1: a dotted scale word glued to the currency name.
  {
    text: 'Der Fonds werde mit 27,8 Mrd.Pfund, umgerechnet gut 33 Mrd.Euro, ausgestattet.',
    figures: ['GBP 27800000000 exact', 'EUR 33000000000 moreThan <0'],
  },
  { text: 'Das kostet 5 Mio.Euro.', figures: ['EUR 5000000 exact'] },
  { text: 'Der Umsatz lag bei 3,5 Mrd.€ im Jahr.', figures: ['EUR 3500000000 exact'] },
];

/**
 * The third user review's extraction findings (H1… of /work/notes/review3.md): each a wrong number, a
 * wrong bound or a lost figure before the fix.
 */
export const REVIEW3: readonly IssueExample[] = [
  // H1: "over" as the particle of "take over", "hand over" is no qualifier.
  {
    text: 'Macquarie signed a deal last week to take over A$3 billion data center operator AirTrunk.',
    figures: ['AUD 3000000000 exact'],
  },
  {
    text: 'The fund agreed to take over $2bn of loans from the bank.',
    figures: ['USD 2000000000 exact assumed'],
  },
  { text: 'Blackstone will hand over $500m to investors.', figures: ['USD 500000000 exact assumed'] },
  { text: 'The bank handed over £40m in fees.', figures: ['GBP 40000000 exact'] },
  // ... but "take over" of a cost is "more than", as is "over" after any other verb.
  { text: 'It will take over $2bn to rebuild the bridge.', figures: ['USD 2000000000 moreThan assumed'] },
  { text: 'The repairs are expected to take over £1bn.', figures: ['GBP 1000000000 moreThan'] },
  { text: 'The group won over $1bn in new orders.', figures: ['USD 1000000000 moreThan assumed'] },
  // H5: "cr", the short form of crore, after the rupee only.
  { text: 'Industrial Skill Training: Rs 2,200 cr for skills.', figures: ['INR 22000000000 exact'] },
  { text: 'The project will cost Rs 500 cr.', figures: ['INR 5000000000 exact'] },
  { text: 'The firm raised Rs 45 Cr in its Series A.', figures: ['INR 450000000 exact'] },
  { text: 'The state got ₹1,200 cr from the Centre.', figures: ['INR 12000000000 exact'] },
  { text: 'The startup raised Rs 500cr.', figures: ['INR 5000000000 exact'] },
  { text: 'The outlay is Rs 1.5 lakh cr.', figures: ['INR 1500000000000 exact'] },
  { text: 'It paid $5cr in fees.', figures: [] },
  // H15: "up to X from Y" is a rise to X, not a ceiling.
  {
    text: 'School education outlay up to Rs 1.11 lakh crore from Rs 97,000 crore.',
    figures: ['INR 1110000000000 exact', 'INR 970000000000 exact'],
  },
  {
    text: 'Revenue was up to $5.2bn from $4.8bn a year earlier.',
    figures: ['USD 5200000000 exact assumed', 'USD 4800000000 exact assumed'],
  },
  { text: 'It will invest up to $5bn from its reserves.', figures: ['USD 5000000000 upTo assumed'] },
  { text: 'It will pay up to $5bn from 2026 on.', figures: ['USD 5000000000 upTo assumed'] },
  // H8: a prior-year bracket between the number and its scale word, the currency before the number.
  {
    text: 'OPERATING PROFIT amounted to SEK 2,671 (6,973) million.',
    figures: ['SEK 2671000000 exact', 'SEK 6973000000 exact'],
  },
  { text: 'Sales were €512 (498) million.', figures: ['EUR 512000000 exact', 'EUR 498000000 exact'] },
  { text: 'Revenue: NOK 3.2 (2.9) billion.', figures: ['NOK 3200000000 exact', 'NOK 2900000000 exact'] },
  { text: 'Costs were EUR 5 (see note 3).', figures: ['EUR 5 exact'] },
  // H2: "VJ", "Vj.", "Vorjahr" inside the bracket.
  {
    text: 'Der Umsatz sank um 5,7% auf 743,6 (VJ 788,3) Mio CHF, wie die Firma mitteilte.',
    figures: ['CHF 743600000 exact', 'CHF 788300000 exact'],
  },
  {
    text: 'Der Umsatz stieg auf 201,5 (Vorjahr 190,2) Millionen Euro.',
    figures: ['EUR 201500000 exact', 'EUR 190200000 exact'],
  },
  {
    text: 'Der Umsatz stieg auf 201,5 (Vj.: 190,2) Mio. Euro.',
    figures: ['EUR 201500000 exact', 'EUR 190200000 exact'],
  },
  // H9: invisible and typographic hyphens between the number and its scale word.
  { text: 'The deal was worth $477\u00admillion.', figures: ['USD 477000000 exact assumed'] },
  { text: 'The deal was worth $477\u2011million.', figures: ['USD 477000000 exact assumed'] },
  { text: 'The deal was worth $477\u200bmillion.', figures: ['USD 477000000 exact assumed'] },
  { text: 'The bank lent £5\u2060bn to the club.', figures: ['GBP 5000000000 exact'] },
  // H12: fractions are no figure rather than a wrong one.
  { text: 'Es geht um 1 1/2 Milliarden Euro.', figures: [] },
  { text: 'Der Bund gibt 1½ Milliarden Euro.', figures: [] },
  { text: 'The bank lent £1½bn to the club.', figures: [] },
  { text: 'The rebate is 1/2 million euros.', figures: [] },
  { text: 'It costs 3/4 of a billion dollars.', figures: [] },
  { text: 'Shares cost $5/share.', figures: ['USD 5 exact assumed'] },
  // H11: umlauts of capitalised names are no German signal ("Billion" in an English headline is 10^9).
  { text: 'Zürich Insurance Agrees $3 Billion Deal For Brüning', figures: ['USD 3000000000 exact assumed'] },
  { text: 'Müller Über Alles: Schwarz Group Bets €5 Billion On Cloud', figures: ['EUR 5000000000 exact'] },
  { text: 'Es geht um 5 Billion Euro für die Länder.', figures: ['EUR 5000000000000 exact'] },
  // H16: "Cent" with a capital is the German noun: a euro cent.
  { text: 'Kosten: 14 Cent pro Minute.', figures: ['EUR 0.14 exact'] },
  { text: 'Rufen Sie 0800 100 200 an, Kosten: 14 Cent pro Minute.', figures: ['EUR 0.14 exact'] },
  { text: 'Each call costs 14 cents.', figures: ['USD 0.14 exact assumed'] },
  // H17: "bzw." is mostly "respectively": no conversion pair outside brackets.
  {
    text: 'Die Töchter in der Schweiz und in Deutschland erzielten 300 Mio. Franken bzw. 250 Mio. Euro Umsatz.',
    figures: ['CHF 300000000 exact', 'EUR 250000000 exact'],
  },
  {
    text: 'Für Großbritannien und die USA sind 2 Mrd. Pfund bzw. 3 Mrd. Dollar vorgesehen.',
    figures: ['GBP 2000000000 exact', 'USD 3000000000 exact assumed'],
  },
  // H13: qualifiers written as signs, "c." for circa.
  { text: 'Costs were >$5m last year.', figures: ['USD 5000000 moreThan assumed'] },
  { text: 'Costs were <$5m last year.', figures: ['USD 5000000 lessThan assumed'] },
  { text: 'The round was ~$5bn.', figures: ['USD 5000000000 about assumed'] },
  { text: 'The fund is ≈€5bn.', figures: ['EUR 5000000000 about'] },
  { text: 'The fund is ≥ €5bn.', figures: ['EUR 5000000000 atLeast'] },
  { text: 'The deal is valued at c.£5m.', figures: ['GBP 5000000 about'] },
  { text: 'The deal is valued at c. £5m.', figures: ['GBP 5000000 about'] },
  { text: 'The project costs in the order of €5bn.', figures: ['EUR 5000000000 about'] },
  { text: 'It cost the best part of £1bn.', figures: ['GBP 1000000000 almost'] },
  { text: 'The Series C $5m round closed.', figures: ['USD 5000000 exact assumed'] },
  { text: 'If x>5 then $5m is paid.', figures: ['USD 5000000 exact assumed'] },
  // H3, H4: "statt", "instead of", "nach" set the new amount against the old one after it.
  {
    text: 'Die Ansiedlung wird von der Bundesregierung mit 9,9 statt 6,8 Milliarden Euro unterstützt.',
    figures: ['EUR 9900000000 exact', 'EUR 6800000000 exact'],
  },
  {
    text: 'Der Bund zahlt nun 9,9 anstatt 6,8 Milliarden Euro.',
    figures: ['EUR 9900000000 exact', 'EUR 6800000000 exact'],
  },
  {
    text: 'The subsidy is 9.9 instead of 6.8 billion euros.',
    figures: ['EUR 9900000000 exact', 'EUR 6800000000 exact'],
  },
  {
    text: 'The subsidy is 9.9 rather than 6.8 billion euros.',
    figures: ['EUR 9900000000 exact', 'EUR 6800000000 exact'],
  },
  {
    text: 'Der Betriebsgewinn ging auf 16,3 Millionen nach 20,7 Millionen Franken zurück.',
    figures: ['CHF 16300000 exact', 'CHF 20700000 exact'],
  },
  {
    text: 'Der Gewinn stieg auf 16,3 Mio. nach 12,7 Mio. Euro im Vorjahr.',
    figures: ['EUR 16300000 exact', 'EUR 12700000 exact'],
  },
  { text: 'Im Jahr 2023 statt 5 Mio. Euro.', figures: ['EUR 5000000 exact'] },
  // H5: the Swiss franc as "Fr." and "SFr.".
  {
    text: 'Der Umsatz stieg auf 1,47 Mrd. Fr., der Gewinn auf Fr. 258,2 Mio.',
    figures: ['CHF 1470000000 exact', 'CHF 258200000 exact'],
  },
  { text: 'Sie zahlt eine Dividende von Fr. 3.50 je Aktie.', figures: ['CHF 3.5 exact'] },
  { text: 'Der Konzern investiert 500 Mio. SFr. in neue Werke.', figures: ['CHF 500000000 exact'] },
  { text: 'Das Konzert ist am Fr. 12. Mai um 20 Uhr.', figures: [] },
  { text: 'Treffpunkt Fr. 20.15 Uhr beim Bahnhof.', figures: [] },
];

/** Every example of the issue. */
export const ISSUE_EXAMPLES: readonly IssueExample[] = [
  ...NEVER_INVENT_NEVER_DROP,
  ...QUALIFIERS_REAL_NEWS,
  ...NUMBERS_IN_WORDS,
  ...DOLLARS_AND_BILLIONS,
  ...CONVERSION_PAIRS,
  ...USER_REVIEW,
  ...REVIEW3,
];

/** A figure in the form the examples use, from its JSON form. */
export function describeFigure(f: {
  readonly currency: string;
  readonly amount: string;
  readonly qualifier: string;
  readonly max?: string | undefined;
  readonly convertedFrom?: number | undefined;
  readonly assumedCurrency?: boolean | undefined;
}): string {
  return [
    f.currency,
    f.amount,
    f.qualifier,
    ...(f.max ? [f.max] : []),
    ...(f.convertedFrom !== undefined ? [`<${f.convertedFrom}`] : []),
    ...(f.assumedCurrency ? ['assumed'] : []),
  ].join(' ');
}
