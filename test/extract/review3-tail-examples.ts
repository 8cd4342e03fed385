import type { IssueExample } from './issue-examples';

/**
 * Findings of the third user review (/work/notes/review3.md, numbered as renumbered at 09:50) taken
 * from its end: H8 (a scale word lost after a prior-year bracket), H12 (fractions read as whole
 * numbers) and the later ones below. Each was a wrong number, a wrong verdict or a lost figure. Written
 * as in issue-examples.ts; the library runs them in review3-tail.test.ts, `reckon extract` in
 * test/cli/extract-review3-tail.test.ts.
 */
export const REVIEW3_TAIL: readonly IssueExample[] = [
  // H8: "SEK 2,671 (6,973) million": the scale word after the prior-year bracket is both figures'.
  {
    text: 'OPERATING PROFIT amounted to SEK 2,671 (6,973) million',
    figures: ['SEK 2671000000 exact', 'SEK 6973000000 exact'],
  },
  {
    text: 'SALES amounted to SEK 9,673 (9,494 million)',
    figures: ['SEK 9673000000 exact', 'SEK 9494000000 exact'],
  },
  {
    text: 'Net sales were EUR 1,234 (1,111) million in the quarter.',
    figures: ['EUR 1234000000 exact', 'EUR 1111000000 exact'],
  },
  { text: 'Revenue was €512 (498) million.', figures: ['EUR 512000000 exact', 'EUR 498000000 exact'] },
  {
    text: 'Operating profit was NOK 3.2 (2.9) billion.',
    figures: ['NOK 3200000000 exact', 'NOK 2900000000 exact'],
  },
  {
    text: 'Sales were about SEK 40 (38) billion.',
    figures: ['SEK 40000000000 about', 'SEK 38000000000 exact'],
  },
  // A conversion after the phrase converts the figure, not the prior-year value inside it.
  {
    text: 'Revenue was €512 (498) million ($560m).',
    figures: ['EUR 512000000 exact', 'EUR 498000000 exact', 'USD 560000000 exact <0 assumed'],
  },
  {
    text: 'Der Umsatz stieg auf 201,5 (12,9) Millionen Euro (220 Mio. Dollar).',
    figures: ['EUR 201500000 exact', 'EUR 12900000 exact', 'USD 220000000 exact <0 assumed'],
  },
  // ... but without a scale word after the bracket the amount stays as written.
  { text: 'The share rose to SEK 120 (95) on Friday.', figures: ['SEK 120 exact'] },
  { text: 'It costs $5 (2 units) in total.', figures: ['USD 5 exact assumed'] },
  // H12: fractions are not read; the whole number next to one would be a wrong number.
  { text: 'Es geht um 1 1/2 Milliarden Euro.', figures: [] },
  { text: 'Der Bund gibt 1½ Milliarden Euro.', figures: [] },
  { text: 'The bank lent £1½bn to the club.', figures: [] },
  { text: 'The state will spend 2½ billion dollars.', figures: [] },
  { text: 'The rebate is 1/2 million euros.', figures: [] },
  { text: 'It costs 3/4 of a billion dollars.', figures: [] },
  { text: 'It costs three quarters of a billion dollars.', figures: [] },
  { text: 'It costs two-thirds of a billion dollars.', figures: [] },
  { text: 'Es geht um drei Viertel einer Milliarde Euro.', figures: [] },
  // ... while halves in words, "of a billion" after a noun and dates with a slash stay money.
  { text: 'It costs half a billion dollars.', figures: ['USD 500000000 exact assumed'] },
  { text: 'Es kostet zweieinhalb Milliarden Euro.', figures: ['EUR 2500000000 exact'] },
  { text: 'A fine of a billion dollars was paid.', figures: ['USD 1000000000 exact assumed'] },
  { text: 'In the second quarter a billion dollars was spent.', figures: ['USD 1000000000 exact assumed'] },
  { text: 'In 2023/24 the group spent €5bn.', figures: ['EUR 5000000000 exact'] },
  { text: 'It is open 24/7 and costs $5m.', figures: ['USD 5000000 exact assumed'] },
  // H11: names with umlauts in an English headline do not make "Billion" German.
  { text: 'Zürich Insurance Agrees $3 Billion Deal For Brüning', figures: ['USD 3000000000 exact assumed'] },
  {
    text: 'Müller Über Alles: Schwarz Group Bets €5 Billion On Cloud',
    figures: ['EUR 5000000000 exact'],
  },
  { text: 'Düsseldorf Airport Owner Sells Stake For €5 Billion', figures: ['EUR 5000000000 exact'] },
  // ... while German text keeps its Billion, umlauts in its nouns or not.
  { text: 'Es geht um 5 Billion Euro.', figures: ['EUR 5000000000000 exact'] },
  { text: 'Größte Förderung: 5 Billion Euro.', figures: ['EUR 5000000000000 exact'] },
  // H13: qualifiers written as signs or short forms.
  { text: 'The deal is valued at c.£5m.', figures: ['GBP 5000000 about'] },
  { text: 'The deal is valued at c. £5m.', figures: ['GBP 5000000 about'] },
  { text: 'The round was ~$5bn.', figures: ['USD 5000000000 about assumed'] },
  { text: 'The fund is ≈€5bn.', figures: ['EUR 5000000000 about'] },
  { text: 'Costs were >$5m last year.', figures: ['USD 5000000 moreThan assumed'] },
  { text: 'Costs were <$5m last year.', figures: ['USD 5000000 lessThan assumed'] },
  { text: 'Deals (≥€1bn) and loans (≤£2m).', figures: ['EUR 1000000000 atLeast', 'GBP 2000000 upTo'] },
  { text: 'The project costs in the order of €5bn.', figures: ['EUR 5000000000 about'] },
  { text: 'It cost the best part of £1bn.', figures: ['GBP 1000000000 almost'] },
  { text: 'It sold for a shade under £1bn.', figures: ['GBP 1000000000 almost'] },
  { text: 'It sold for a touch over £1bn.', figures: ['GBP 1000000000 moreThan'] },
  // ... but a sign glued to a tag or a word is none, nor is a capital "C.".
  { text: '<td>$5m</td>', figures: ['USD 5000000 exact assumed'] },
  { text: 'Plan C. $5m was spent.', figures: ['USD 5000000 exact assumed'] },
  // H16: a capital "Cent" is the euro cent, even in a sentence too short to guess German.
  { text: 'Kosten: 14 Cent pro Minute.', figures: ['EUR 0.14 exact'] },
  { text: 'Rufen Sie 0800 100 200 an, Kosten: 14 Cent pro Minute.', figures: ['EUR 0.14 exact'] },
  { text: 'The stock fell 50 cents.', figures: ['USD 0.5 exact assumed'] },
  // H17: "bzw." (mostly "respectively") links a conversion only in brackets or beside a strong word.
  {
    text: 'Die Töchter in der Schweiz und in Deutschland erzielten 300 Mio. Franken bzw. 250 Mio. Euro Umsatz.',
    figures: ['CHF 300000000 exact', 'EUR 250000000 exact'],
  },
  {
    text: 'Für Großbritannien und die USA sind 2 Mrd. Pfund bzw. 3 Mrd. Dollar vorgesehen.',
    figures: ['GBP 2000000000 exact', 'USD 3000000000 exact assumed'],
  },
  {
    text: 'Der Konzern zahlt 2 Mrd. Pfund (2,3 Mrd. Euro bzw. 2,5 Mrd. Dollar).',
    figures: ['GBP 2000000000 exact', 'EUR 2300000000 exact <0', 'USD 2500000000 exact <0 assumed'],
  },
  {
    text: 'Der Konzern zahlt 2 Mrd. Pfund bzw. umgerechnet 2,3 Mrd. Euro.',
    figures: ['GBP 2000000000 exact', 'EUR 2300000000 exact <0'],
  },
  // H20: four digits after a comma in English are a typo, no number.
  {
    text: 'Interest payment up from Rs 83,7186 crore to Rs 97,000 crore.',
    figures: ['INR 970000000000 exact'],
  },
  { text: 'The bill was $12,3456 in total.', figures: [] },
  // ... while a sloppy decimal comma of one or two digits stays read, and German keeps four decimals.
  { text: 'It cost $18,7 billion.', figures: ['USD 18700000000 exact assumed'] },
  { text: 'Der Kurs lag bei 1,0856 Dollar.', figures: ['USD 1.0856 exact assumed'] },
  // H21: the letter of a round glued to "$" is no dollar mark.
  { text: 'The startup closed a Series A$20m round.', figures: ['USD 20000000 exact assumed'] },
  { text: 'Series A$5 – $20M', figures: ['USD 5000000 range 20000000 assumed'] },
  { text: 'The miner paid A$20m.', figures: ['AUD 20000000 exact'] },
  // H7: a rate named after the converted figure, inside its brackets, keeps the pair.
  {
    text: 'The deal is worth $1.5bn (about £1.1bn at current exchange rates).',
    figures: ['USD 1500000000 exact assumed', 'GBP 1100000000 about <0'],
  },
  {
    text: "The club paid £85m (€100m at today's rates) for the striker.",
    figures: ['GBP 85000000 exact', 'EUR 100000000 exact <0'],
  },
  {
    text: 'Die Firma zahlt 1 Mrd. Dollar (rund 900 Mio. Euro nach aktuellem Kurs) für die Sparte.',
    figures: ['USD 1000000000 exact assumed', 'EUR 900000000 about <0'],
  },
  // ... but other words after it still end the pair.
  { text: 'It cost £5m (€6m at the time) and more.', figures: ['GBP 5000000 exact', 'EUR 6000000 exact'] },
];
