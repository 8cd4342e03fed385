import fc from 'fast-check';
import { type Figure, figureFromJSON, type Qualifier } from '../../src/index';

function shift(digits: bigint, exp: number): string {
  const neg = digits < 0n;
  const s = (neg ? -digits : digits).toString();
  if (exp >= 0) return (neg ? '-' : '') + s + '0'.repeat(exp);
  const padded = s.padStart(-exp + 1, '0');
  return `${neg ? '-' : ''}${padded.slice(0, exp)}.${padded.slice(exp)}`;
}

/**
 * Figures as a writer could print them: a mantissa below 1,000 with 0–2 decimals and a scale word, or a
 * plain amount with up to two decimals.
 */
export const writableFigure: fc.Arbitrary<Figure> = fc
  .record({
    currency: fc.constantFrom('USD', 'GBP', 'EUR', 'CHF'),
    group: fc.integer({ min: 0, max: 4 }),
    decimals: fc.integer({ min: 0, max: 2 }),
    qualifier: fc.constantFrom<Qualifier>(
      'exact',
      'about',
      'upTo',
      'atLeast',
      'moreThan',
      'almost',
      'lessThan',
      'range',
    ),
    a: fc.bigInt({ min: 1n, max: 999_99n }),
    span: fc.bigInt({ min: 0n, max: 999_99n }),
    negative: fc.boolean(),
  })
  .map(({ currency, group, decimals, qualifier, a, span, negative }) => {
    const limit = group === 0 ? 10n ** 12n : 1000n * 10n ** BigInt(decimals);
    const floor = group === 0 ? 1n : 10n ** BigInt(decimals);
    const clamp = (x: bigint) => (x < floor ? floor : x >= limit ? limit - 1n : x);
    const lo = clamp(group === 0 ? a * 1234567n : a % limit);
    const hi = clamp(lo + (span % limit));
    const exp = 3 * group - decimals;
    const signed = negative && qualifier !== 'range' ? -lo : lo;
    return figureFromJSON({
      currency,
      amount: shift(signed, exp),
      ...(qualifier === 'range' ? { max: shift(hi, exp) } : {}),
      qualifier,
      quantum: shift(1n, exp),
    });
  });
