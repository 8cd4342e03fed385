import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney, money } from '../../src/index';
import { moneyFormatter } from '../../src/report/text';

const amount = fc
  .tuple(
    fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }),
    fc.integer({ min: 0, max: 24 }),
    fc.constantFrom('GBP', 'EUR', 'USD', 'JPY', 'CHF', 'KWD'),
  )
  .map(([units, scale, code]) => {
    const text = units.toString().replace('-', '');
    const padded = text.padStart(scale + 1, '0');
    const decimal = scale === 0 ? padded : `${padded.slice(0, -scale)}.${padded.slice(-scale)}`;
    return money(`${units < 0n ? '-' : ''}${decimal}`, code);
  });

describe('moneyFormatter', () => {
  describe('the page’s formats, built once', () => {
    it.each([
      ['en', 'en-GB'],
      ['de', 'de-DE'],
    ] as const)('writes what formatMoney writes (%s)', (locale, intl) => {
      const f = moneyFormatter(locale);
      fc.assert(
        fc.property(amount, (m) => {
          expect(f.compact(m)).toBe(formatMoney(m, { locale: intl, notation: 'compact' }));
          expect(f.exact(m)).toBe(formatMoney(m, { locale: intl }));
        }),
        { numRuns: 300 },
      );
    });
    it('writes the amounts beyond Intl as formatMoney does', () => {
      const huge = money(`9${'0'.repeat(320)}`, 'EUR');
      const tiny = money(`0.${'0'.repeat(22)}1`, 'EUR');
      const f = moneyFormatter('en');
      expect(f.exact(huge)).toBe(formatMoney(huge));
      expect(f.exact(tiny)).toBe(formatMoney(tiny));
      expect(f.compact(huge)).toBe(formatMoney(huge, { notation: 'compact' }));
    });
  });
});
