import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ExtractOptions,
  extractConversions,
  extractFigures,
  figureToJSON,
  impliedRate,
  parseFigure,
} from '../../src/index';
import { describeFigure, USER_REVIEW } from './issue-examples';

/**
 * The extraction findings of the user review of 2026-11-29 (F1, F8, F9, F10, F12, F13, F14): each was a
 * silent wrong number (€0 for "35 000 Euro", $34.20 for "34.200 Dollar", £200 for "£200m-a-year") or a
 * lost figure. The same rows run through `reckon extract` in test/cli/extract.test.ts.
 */
const described = (text: string, options: ExtractOptions = {}) =>
  extractFigures(text, options).map((f) => describeFigure(figureToJSON(f)));

describe('extractFigures', () => {
  describe('user review findings', () => {
    it.each(USER_REVIEW.map((e) => [e.text, e.figures] as const))('%s', (text, want) =>
      expect(described(text)).toEqual(want),
    );
  });

  describe('a reading that flips with the language', () => {
    it("keeps the caller's language when one is given", () => {
      expect(described('Tesla kostet 45.990 Dollar.', { language: 'en' })).toEqual([
        'USD 45.99 exact assumed',
      ]);
      expect(described('Der Preis für Bitcoin liegt bei $95,000.', { language: 'de' })).toEqual([
        'USD 95 exact assumed',
      ]);
    });

    it('reads a scale word\'s language: "1.250 Mrd. Euro" in an English sentence is €1,250bn', () => {
      expect(described('The fund has 1.250 Mrd. Euro in it.')).toEqual(['EUR 1250000000000 exact']);
      expect(described('Der Fonds hat $1,250 billion.')).toEqual(['USD 1250000000000 exact assumed']);
    });
  });
});

describe('extractConversions', () => {
  describe('never a pair that checkConversion rejects', () => {
    it('leaves out a zero side and a change of sign', () => {
      expect(extractConversions('Der Preis: 0 Euro (1,4 Mio. Dollar).')).toEqual([]);
      expect(extractConversions('The loss was -€5m ($5.4m).')).toEqual([]);
      expect(extractFigures('Der Preis: 0 Euro (1,4 Mio. Dollar).')).toHaveLength(2);
    });

    it('returns only pairs whose implied rate exists (property)', () => {
      const amount = fc.constantFrom(
        '0',
        '35 000',
        '1 250 000',
        '-5',
        '34.200',
        '1,250',
        '2 499',
        '000',
        '12,5',
      );
      const unit = fc.constantFrom(' Euro', ' euros', ' Dollar', ' Mio. Dollar', 'm', '');
      const sign = fc.constantFrom('', '$', '€', '£', 'CHF ');
      const figure = fc.tuple(sign, amount, unit).map(([s, a, u]) => `${s}${a}${u}`);
      fc.assert(
        fc.property(figure, figure, fc.constantFrom(' (', ', or ', ', umgerechnet '), (a, b, link) => {
          for (const pair of extractConversions(`Es kostet ${a}${link}${b}).`)) {
            expect(() => impliedRate(pair)).not.toThrow();
          }
        }),
      );
    });
  });
});

describe('parseFigure', () => {
  describe('user review forms', () => {
    it.each([
      ['£1m-plus', 'GBP 1000000 atLeast'],
      ['A$10.2bil', 'AUD 10200000000 exact'],
      ['RM32bil', 'MYR 32000000000 exact'],
      ['$3T', 'USD 3000000000000 exact'],
      ['$1.5 trln', 'USD 1500000000000 exact'],
      ['$4.5MM', 'USD 4500000 exact'],
      ['5 Mio.Euro', 'EUR 5000000 exact'],
      ['35 000 Euro', 'EUR 35000 exact'],
      ['34.200 Dollar', 'USD 34200 exact'],
    ])('%s', (text, want) => expect(describeFigure(figureToJSON(parseFigure(text)))).toBe(want));

    it('refuses digits glued to letters it does not know ("$4.5zz")', () => {
      expect(() => parseFigure('$4.5zz')).toThrow(expect.objectContaining({ code: 'INVALID_FIGURE' }));
    });
  });
});
