import { aggregate, checkConversion, explainVerdict, formatFigure, parseFigure, ratesFromList } from 'reckon';
import { nscaleDataset } from 'reckon/datasets/nscale-2025-09';

// 1. A figure: exact money, what its wording means, the rounding its digits imply.
const pledge = parseFigure('bis zu 11 Milliarden Pfund');
console.log(pledge.qualifier, formatFigure(pledge)); // → upTo up to £11bn

// 2. Is £11bn really €12.68bn? Checked against the ECB fixes of 15–19 September 2025.
const dataset = nscaleDataset();
const rates = ratesFromList(dataset.rates);
const verdict = checkConversion(
  { from: parseFigure('£11bn'), to: parseFigure('€12.68bn'), publishedDate: '2025-09-18' },
  rates,
);
console.log(explainVerdict(verdict)); // → €12.68bn is £11bn at the ECB reference rate of 17 Sep 2025 (0.8675 GBP per EUR), within 0.1 bp.

// 3. Totals per investor, in EUR, without adding a valuation or counting a joint pledge twice.
const { groups } = aggregate(dataset.commitments, { by: 'investor', to: 'EUR', rates, asOf: '2025-09-17' });
const nvidia = groups.find((g) => g.party === 'nvidia');
console.log(nvidia?.converted?.low?.toJSON().amount, nvidia?.converted?.high?.toJSON().amount); // → 57636887608n 1325648414986n
// (cents: €576,368,876.08 … €13,256,484,149.86)
