import { describe, expect, it } from 'vitest';
import {
  checkConversion,
  explainVerdict,
  figureToJSON,
  formatFigure,
  money,
  parseFigure,
  ratesFromList,
} from '../../src/index';
import { reckonMatchers } from '../../src/vitest/index';
import { describeFigure, NUMBERS_IN_WORDS, QUALIFIERS_REAL_NEWS } from './issue-examples';

/**
 * The examples of issue 14 that are not extraction rows of issue-examples.ts (those run in
 * extract.test.ts and, through the binary, in test/cli/extract.test.ts): the qualifier and number
 * phrases through parseFigure, and the "Writing figures" section, one row per example.
 */

/** The figure phrase of an example sentence: the text extraction finds in it. */
const PHRASES: Readonly<Record<string, string>> = {
  'Der Umsatz lag bei gut 670 Millionen Euro.': 'gut 670 Millionen Euro',
  'Es flossen gut 2 Milliarden Euro.': 'gut 2 Milliarden Euro',
  'Die Kosten betragen annähernd 600 Millionen Euro.': 'annähernd 600 Millionen Euro',
  'Sales were higher than 11.5 bln euros.': 'higher than 11.5 bln euros',
  'It raised just under €1.9 billion.': 'just under €1.9 billion',
  'It is worth in excess of £2bn.': 'in excess of £2bn',
  'It costs upwards of £300m.': 'upwards of £300m',
  'Valued north of £10bn.': 'north of £10bn',
  'It spent well over £1bn.': 'well over £1bn',
  'Der Preis lag knapp über 5 Mrd. Euro.': 'knapp über 5 Mrd. Euro',
  'Es waren mehr als rund 5 Mrd. Euro.': 'mehr als rund 5 Mrd. Euro',
  'Der Bund gibt zwei Milliarden Euro.': 'zwei Milliarden Euro',
  'Das kostet knapp vier Milliarden Euro.': 'knapp vier Milliarden Euro',
  'Der Fonds hat elf Milliarden Dollar.': 'elf Milliarden Dollar',
  'They raised two billion dollars.': 'two billion dollars',
  'It cost half a billion euros.': 'half a billion euros',
};

describe('parseFigure', () => {
  describe('the qualifiers and numbers in words of issue 14, as phrases', () => {
    const rows = [...QUALIFIERS_REAL_NEWS, ...NUMBERS_IN_WORDS].filter((e) => e.figures.length === 1);
    it.each(rows.map((e) => [PHRASES[e.text] ?? '', e.figures[0] ?? ''] as const))(
      '%s → %s',
      (phrase, want) => {
        // parseFigure reads a bare "dollar" as USD without the extraction flag.
        expect(describeFigure(figureToJSON(parseFigure(phrase)))).toBe(want.replace(' assumed', ''));
      },
    );
    it('reads "ein Drittel" as no money', () => {
      expect(() => parseFigure('ein Drittel')).toThrow();
    });
  });
});

describe('formatFigure', () => {
  describe('the currencies of issue 14 read back as themselves', () => {
    it.each([
      ['A$1.5bn', 'AUD'],
      ['C$1.5bn', 'CAD'],
      ['HK$1.5bn', 'HKD'],
      ['NZ$1.5bn', 'NZD'],
      ['S$1.5bn', 'SGD'],
      ['MX$1.5bn', 'MXN'],
      ['CNY 1.5bn', 'CNY'],
      ['SEK 1.5bn', 'SEK'],
      ['PLN 1.5bn', 'PLN'],
      ['ZAR 1.5bn', 'ZAR'],
    ])('%s (%s)', (phrase, code) => {
      const f = parseFigure(phrase);
      for (const language of ['en', 'de'] as const) {
        const back = figureToJSON(parseFigure(formatFigure(f, { language }), { language }));
        const { text: _a, ...want } = figureToJSON(f);
        const { text: _b, ...got } = back;
        expect(got).toEqual(want);
        expect(got.currency).toBe(code);
      }
    });
    it('writes €0.8bn with quantum €100m as "€0.8bn"', () => {
      expect(formatFigure(parseFigure('€0.8bn'))).toBe('€0.8bn');
    });
  });

  describe('more than 20 decimals and amounts beyond 1.8e308 (issue 14)', () => {
    const tiny = '0.000000000000000000001';
    const huge = `1${'0'.repeat(320)}`;
    it('formatFigure prints every digit', () => {
      expect(formatFigure(parseFigure(`$${tiny}`))).toContain(tiny.slice(2));
      expect(formatFigure(parseFigure(`€${huge}`))).not.toContain('∞');
    });
    it('explainVerdict prints a tiny conversion without a RangeError', () => {
      const rates = ratesFromList([
        { base: 'EUR', quote: 'USD', value: '1', date: '2025-09-17', source: 'test' },
      ]);
      const verdict = checkConversion(
        { from: parseFigure(`€${tiny}`), to: parseFigure(`$${tiny}`), publishedDate: '2025-09-18' },
        rates,
      );
      expect(explainVerdict(verdict)).toContain(tiny.slice(2));
    });
    it('the toAllow matcher writes its message without a RangeError', () => {
      const result = reckonMatchers.toAllow.call(
        { isNot: false } as never,
        parseFigure('up to $1'),
        money(`-${tiny}`, 'USD'),
      );
      expect(result.pass).toBe(false);
      expect(result.message()).toContain(tiny.slice(2));
    });
  });
});
