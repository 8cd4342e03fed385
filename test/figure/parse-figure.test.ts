import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figureToJSON, formatFigure, isReckonError, parseFigure, safeParseFigure } from '../../src/index';
import { expectReckonError } from '../helpers';
import { writableFigure } from './arbitraries';

type Row = [text: string, currency: string, amount: string, qualifier: string, quantum: string, max?: string];

const json = (text: string, language?: 'en' | 'de') => {
  const { text: _t, ...rest } = figureToJSON(parseFigure(text, language ? { language } : {}));
  return rest;
};
const check = ([text, currency, amount, qualifier, quantum, max]: Row, language?: 'en' | 'de') =>
  expect(json(text, language)).toEqual({ currency, amount, qualifier, quantum, ...(max ? { max } : {}) });

describe('parseFigure', () => {
  describe('scale words and quantum', () => {
    it.each<Row>([
      ['£11bn', 'GBP', '11000000000', 'exact', '1000000000'],
      ['€12.68bn', 'EUR', '12680000000', 'exact', '10000000'],
      ['$683m', 'USD', '683000000', 'exact', '1000000'],
      ['$5k', 'USD', '5000', 'exact', '1000'],
      ['$2mn', 'USD', '2000000', 'exact', '1000000'],
      ['$1.5tn', 'USD', '1500000000000', 'exact', '100000000000'],
      ['2 thousand dollars', 'USD', '2000', 'exact', '1000'],
      ['$433 Million', 'USD', '433000000', 'exact', '1000000'],
      ['2 billion dollars', 'USD', '2000000000', 'exact', '1000000000'],
      ['$2 trillion', 'USD', '2000000000000', 'exact', '1000000000000'],
      ['3 Tsd. Euro', 'EUR', '3000', 'exact', '1000'],
      ['500 Mio. Pfund Sterling', 'GBP', '500000000', 'exact', '1000000'],
      ['700 Millionen US-Dollar', 'USD', '700000000', 'exact', '1000000'],
      ['11 Mrd. £', 'GBP', '11000000000', 'exact', '1000000000'],
      ['1 Milliarde Euro', 'EUR', '1000000000', 'exact', '1000000000'],
      ['6,2 Milliarden US-Dollar', 'USD', '6200000000', 'exact', '100000000'],
      ['2 Bio. €', 'EUR', '2000000000000', 'exact', '1000000000000'],
    ])('%s', (...row) => check(row));
    it('reads German "Billion" as 10^12 and English "billion" as 10^9', () => {
      expect(json('2 Billionen Euro').amount).toBe('2000000000000');
      expect(json('1 Billion Euro', 'de').amount).toBe('1000000000000');
      expect(json('1 billion euros', 'en').amount).toBe('1000000000');
    });
    it('does not read a spaced single letter as a scale word', () => {
      expectReckonError(() => parseFigure('$5 m'), 'INVALID_FIGURE');
    });
  });

  describe('qualifiers', () => {
    it.each<Row>([
      ['up to £11bn', 'GBP', '11000000000', 'upTo', '1000000000'],
      ['bis zu 11 Milliarden Pfund', 'GBP', '11000000000', 'upTo', '1000000000'],
      ['fast 700 Millionen US-Dollar', 'USD', '700000000', 'almost', '1000000'],
      ['knapp 2 Mrd. Euro', 'EUR', '2000000000', 'almost', '1000000000'],
      ['nearly $3bn', 'USD', '3000000000', 'almost', '1000000000'],
      ['rund 1 Mrd. Euro', 'EUR', '1000000000', 'about', '1000000000'],
      ['about $1.8bn', 'USD', '1800000000', 'about', '100000000'],
      ['ca. 5 Mio. €', 'EUR', '5000000', 'about', '1000000'],
      ['an estimated $4bn', 'USD', '4000000000', 'about', '1000000000'],
      ['more than $10bn', 'USD', '10000000000', 'moreThan', '1000000000'],
      ['mehr als 1 Milliarde Euro', 'EUR', '1000000000', 'moreThan', '1000000000'],
      ['über 3 Mio. €', 'EUR', '3000000', 'moreThan', '1000000'],
      ['at least $500mn', 'USD', '500000000', 'atLeast', '1000000'],
      ['mindestens 300 Millionen Euro', 'EUR', '300000000', 'atLeast', '1000000'],
      ['less than $300m', 'USD', '300000000', 'lessThan', '1000000'],
      ['unter 50 Mio. Euro', 'EUR', '50000000', 'lessThan', '1000000'],
    ])('%s', (...row) => check(row));
    it.each<Row>([
      ['gut 670 Millionen Euro', 'EUR', '670000000', 'moreThan', '1000000'],
      ['gut und gerne 2 Mrd. Euro', 'EUR', '2000000000', 'moreThan', '1000000000'],
      ['annähernd 600 Millionen Euro', 'EUR', '600000000', 'almost', '1000000'],
      ['nahezu 600 Millionen Euro', 'EUR', '600000000', 'almost', '1000000'],
      ['knapp über 5 Mrd. Euro', 'EUR', '5000000000', 'moreThan', '1000000000'],
      ['mehr als rund 5 Mrd. Euro', 'EUR', '5000000000', 'moreThan', '1000000000'],
      ['higher than 11.5 bln euros', 'EUR', '11500000000', 'moreThan', '100000000'],
      ['just under €1.9 billion', 'EUR', '1900000000', 'almost', '100000000'],
      ['close to $2bn', 'USD', '2000000000', 'almost', '1000000000'],
      ['just over $2bn', 'USD', '2000000000', 'moreThan', '1000000000'],
      ['north of $2bn', 'USD', '2000000000', 'moreThan', '1000000000'],
      ['well over $2bn', 'USD', '2000000000', 'moreThan', '1000000000'],
      ['upwards of $2bn', 'USD', '2000000000', 'moreThan', '1000000000'],
      ['in excess of $2bn', 'USD', '2000000000', 'moreThan', '1000000000'],
    ])('%s (qualifiers of real news)', (...row) => check(row));
  });

  describe('numbers in words before a scale word', () => {
    it.each<Row>([
      ['zwei Milliarden Euro', 'EUR', '2000000000', 'exact', '1000000000'],
      ['knapp vier Milliarden Euro', 'EUR', '4000000000', 'almost', '1000000000'],
      ['elf Milliarden Dollar', 'USD', '11000000000', 'exact', '1000000000'],
      ['two billion dollars', 'USD', '2000000000', 'exact', '1000000000'],
      ['half a billion euros', 'EUR', '500000000', 'exact', '1000000000'],
      ['eine Milliarde Euro', 'EUR', '1000000000', 'exact', '1000000000'],
      ['dreieinhalb Millionen Euro', 'EUR', '3500000', 'exact', '1000000'],
      ['anderthalb Milliarden Euro', 'EUR', '1500000000', 'exact', '1000000000'],
      ['fünfundzwanzig Millionen Euro', 'EUR', '25000000', 'exact', '1000000'],
      ['two hundred and fifty million pounds', 'GBP', '250000000', 'exact', '1000000'],
    ])('%s', (...row) => check(row));
  });

  describe('a bare "$" and German "Billion"', () => {
    it('reads "$" as the dollar option says', () => {
      expect(figureToJSON(parseFigure('$19.9 billion', { dollar: 'NZD' })).currency).toBe('NZD');
      expect(figureToJSON(parseFigure('19.9 billion dollars', { dollar: 'NZD' })).currency).toBe('NZD');
      expect(figureToJSON(parseFigure('US$19.9 billion', { dollar: 'NZD' })).currency).toBe('USD');
      expect(figureToJSON(parseFigure('$19.9 billion')).currency).toBe('USD');
    });
    it('throws INVALID_FIGURE for a bare "$" called ambiguous', () => {
      expectReckonError(() => parseFigure('$19.9 billion', { dollar: 'ambiguous' }), 'INVALID_FIGURE');
      expect(figureToJSON(parseFigure('A$19.9 billion', { dollar: 'ambiguous' })).currency).toBe('AUD');
    });
    // The same codes as extractFigures and formatFigure, and whatever the phrase: a wrong option is the
    // caller's mistake even where the phrase has no bare "$".
    it.each(['nzd', 'XYZ', 'XXX', 'constructor', ''])(
      'throws UNKNOWN_CURRENCY for the dollar option %j, with or without a "$"',
      (dollar) => {
        expectReckonError(() => parseFigure('$19.9 billion', { dollar }), 'UNKNOWN_CURRENCY');
        expectReckonError(() => parseFigure('£19.9 billion', { dollar }), 'UNKNOWN_CURRENCY');
        const r = safeParseFigure('£19.9 billion', { dollar });
        expect(r.success ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([
          ['UNKNOWN_CURRENCY', ['options', 'dollar']],
        ]);
      },
    );
    it('reads "Billion" as 10^12 with as many German signals as English ones ("bio" is German)', () => {
      expect(json('5 Billion Euro').amount).toBe('5000000000000');
      expect(json('5.000 Bio. $').amount).toBe('5000000000000000');
      expect(json('5 billion dollars').amount).toBe('5000000000');
      expect(json('5 billion euro').amount).toBe('5000000000');
    });
  });

  describe('ranges', () => {
    it.each<Row>([
      ['between $1bn and $2bn', 'USD', '1000000000', 'range', '1000000000', '2000000000'],
      ['$3-4bn', 'USD', '3000000000', 'range', '1000000000', '4000000000'],
      ['$4bn–5bn', 'USD', '4000000000', 'range', '1000000000', '5000000000'],
      ['£300m to £400m', 'GBP', '300000000', 'range', '1000000', '400000000'],
      ['zwischen 1 und 2 Milliarden Euro', 'EUR', '1000000000', 'range', '1000000000', '2000000000'],
      ['1 bis 2 Mrd. €', 'EUR', '1000000000', 'range', '1000000000', '2000000000'],
      ['$1.5-2bn', 'USD', '1500000000', 'range', '100000000', '2000000000'],
    ])('%s', (...row) => check(row));
    it('rejects a range whose upper end is below its lower end', () => {
      expectReckonError(() => parseFigure('between $5bn and $4bn'), 'INVALID_FIGURE');
    });
    it('rejects a range across two currencies', () => {
      expectReckonError(() => parseFigure('£300m to $400m'), 'INVALID_FIGURE');
    });
  });

  describe('currencies before or after, glued or spaced', () => {
    it.each<Row>([
      ['$750m', 'USD', '750000000', 'exact', '1000000'],
      ['US$750m', 'USD', '750000000', 'exact', '1000000'],
      ['USD 750 million', 'USD', '750000000', 'exact', '1000000'],
      ['EUR 1.2bn', 'EUR', '1200000000', 'exact', '100000000'],
      ['1.2bn GBP', 'GBP', '1200000000', 'exact', '100000000'],
      ['€ 12,68 Mrd.', 'EUR', '12680000000', 'exact', '10000000'],
      ['150 million euros', 'EUR', '150000000', 'exact', '1000000'],
      ['£5m sterling', 'GBP', '5000000', 'exact', '1000000'],
      ['3 million pounds sterling', 'GBP', '3000000', 'exact', '1000000'],
      ['5 Millionen US-Dollar', 'USD', '5000000', 'exact', '1000000'],
      ['CHF 30m', 'CHF', '30000000', 'exact', '1000000'],
      ['¥500bn', 'JPY', '500000000000', 'exact', '1000000000'],
    ])('%s', (...row) => check(row));
  });

  describe('digit grouping and decimal marks', () => {
    it.each<Row>([
      ['£1,250,000', 'GBP', '1250000', 'exact', '1'],
      ['1.250.000 Euro', 'EUR', '1250000', 'exact', '1'],
      ['1.250.000,50 Euro', 'EUR', '1250000.5', 'exact', '0.01'],
      ['$1,250,000.50', 'USD', '1250000.5', 'exact', '0.01'],
      ['1\u00a0250\u00a0000 €', 'EUR', '1250000', 'exact', '1'],
      ['1\u2009250 €', 'EUR', '1250', 'exact', '1'],
      ['12,68 Mrd. Euro', 'EUR', '12680000000', 'exact', '10000000'],
    ])('%s', (...row) => check(row));
    it('reads a lone separator before three digits by language', () => {
      expect(json('€1.250', 'en').amount).toBe('1.25');
      expect(json('€1.250', 'de').amount).toBe('1250');
      expect(json('€1,250', 'en').amount).toBe('1250');
      expect(json('€1,250', 'de').amount).toBe('1.25');
    });
    it('rejects bad grouping', () => {
      expectReckonError(() => parseFigure('$1,234,56'), 'INVALID_FIGURE');
      expectReckonError(() => parseFigure('$12,34,5678'), 'INVALID_FIGURE');
    });
    it('reads Indian grouping, whose digits mean the same ("Rs 1,26,61,536 crore")', () => {
      expect(json('₹1,25,000').amount).toBe('125000');
      expect(json('Rs 1,26,61,536 crore').amount).toBe(`12661536${'0'.repeat(7)}`);
      expect(json('Rs. 5 lakh crore').amount).toBe('5000000000000');
    });
  });

  describe('small amounts and negatives', () => {
    it.each<Row>([
      ['$12.50', 'USD', '12.5', 'exact', '0.01'],
      ['12,50 Euro', 'EUR', '12.5', 'exact', '0.01'],
      ['-$350m', 'USD', '-350000000', 'exact', '1000000'],
      ['–£40m', 'GBP', '-40000000', 'exact', '1000000'],
      ['$-350m', 'USD', '-350000000', 'exact', '1000000'],
      ['minus 40 Mio. Euro', 'EUR', '-40000000', 'exact', '1000000'],
    ])('%s', (...row) => check(row));
  });

  describe('not a money figure', () => {
    it.each([
      '12.68',
      'Milliarden Euro',
      'bn',
      'two dollars',
      'ein Drittel',
      '5%',
      '',
      '   ',
      '$5bn and more',
      '2027',
      '23.040 GPUs',
      'COP27',
      'PLN5',
      '100EUR',
    ])('%j → INVALID_FIGURE', (text) => {
      expectReckonError(() => parseFigure(text), 'INVALID_FIGURE');
    });
    it('says why: no currency, no number, spelled-out numbers', () => {
      const issues = (text: string) => {
        const r = safeParseFigure(text);
        return r.success ? '' : (r.issues[0]?.message ?? '');
      };
      expect(issues('12.68')).toContain('no currency');
      expect(issues('Milliarden Euro')).toContain('no number');
      expect(issues('two dollars')).toContain('in words');
    });
    it('rejects non-strings and over-long input with issues, not crashes', () => {
      expect(safeParseFigure(42 as unknown as string).success).toBe(false);
      expect(safeParseFigure(`$${'1'.repeat(5000)}`).success).toBe(false);
    });
  });

  describe('properties', () => {
    it('round-trips formatFigure in both locales', () => {
      fc.assert(
        fc.property(writableFigure, fc.constantFrom<'en' | 'de'>('en', 'de'), (figure, language) => {
          const text = formatFigure(figure, { language });
          const back = parseFigure(text, { language });
          const { text: _a, ...want } = figureToJSON(figure);
          const { text: _b, ...got } = figureToJSON(back);
          expect(got, text).toEqual(want);
        }),
        { numRuns: 500 },
      );
    });
    it('throws nothing but ReckonError, whatever the input', () => {
      const alphabet = fc.constantFrom(
        ...'0123456789.,-–$€£ bnmkMrdio.Euro über bis zu rund\u00a0\ud800%()'.split(''),
      );
      fc.assert(
        fc.property(
          fc.oneof(fc.string(), fc.string({ unit: alphabet, maxLength: 40 }), fc.string({ unit: 'binary' })),
          (text) => {
            try {
              parseFigure(text);
            } catch (error) {
              expect(isReckonError(error, 'INVALID_FIGURE')).toBe(true);
            }
            const r = safeParseFigure(text);
            expect(typeof r.success).toBe('boolean');
          },
        ),
        { numRuns: 2000 },
      );
    });
  });
});

describe('safeParseFigure', () => {
  it('returns the figure on success', () => {
    const r = safeParseFigure('rund 1 Mrd. Euro');
    expect(r.success && r.output.qualifier).toBe('about');
  });
  it('returns INVALID_FIGURE issues with the input', () => {
    const r = safeParseFigure('12.68');
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.issues[0]?.code).toBe('INVALID_FIGURE');
      expect(r.issues[0]?.received).toBe('12.68');
      expect(r.issues[0]?.path).toEqual([]);
    }
  });
});
