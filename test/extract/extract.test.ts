import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractConversions, extractFigures, figureToJSON } from '../../src/index';
import { expectReckonError } from '../helpers';
import { evaluate, readCorpus, TARGETS } from './evaluate';

const phrases = (text: string, locale?: 'en' | 'de' | 'auto') =>
  extractFigures(text, locale ? { locale } : {}).map((f) => text.slice(f.start, f.end));
const values = (text: string) =>
  extractFigures(text).map((f) => {
    const j = figureToJSON(f);
    return [j.currency, j.amount, j.qualifier, ...(j.max ? [j.max] : [])].join(' ');
  });

describe('extractFigures', () => {
  it('finds the article sentence with positions and the conversion pair', () => {
    const text =
      'Nvidia investiert bis zu 11 Milliarden Pfund (12,68 Milliarden Euro) in Nscale und CoreWeave.';
    const found = extractFigures(text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([
      'bis zu 11 Milliarden Pfund',
      '12,68 Milliarden Euro',
    ]);
    expect(found[1]?.convertedFrom).toBe(0);
    expect(found.every((f) => f.text === text.slice(f.start, f.end))).toBe(true);
    expect(found[0]?.locale).toBe('de');
    expect(figureToJSON(found[1] as (typeof found)[number])).toMatchObject({
      start: 46,
      end: 67,
      convertedFrom: 0,
    });
  });

  describe('currencies: symbol, code or name, before or after, glued or spaced', () => {
    it.each([
      ['It cost £5m.', 'GBP 5000000 exact'],
      ['It cost $ 5m.', 'USD 5000000 exact'],
      ['It cost US$5m.', 'USD 5000000 exact'],
      ['It cost USD 5m.', 'USD 5000000 exact'],
      ['It cost 5m EUR.', 'EUR 5000000 exact'],
      ['It cost 5m GBP.', 'GBP 5000000 exact'],
      ['It cost 5 million dollars.', 'USD 5000000 exact'],
      ['It cost 5 million euros.', 'EUR 5000000 exact'],
      ['It cost 5 million pounds sterling.', 'GBP 5000000 exact'],
      ['Es kostete 5 Mio. US-Dollar.', 'USD 5000000 exact'],
      ['Es kostete 5 Millionen Euro.', 'EUR 5000000 exact'],
      ['Es kostete 5 Mio. Pfund Sterling.', 'GBP 5000000 exact'],
      ['Es kostete 5 Mio. €.', 'EUR 5000000 exact'],
    ])('%s', (text, want) => expect(values(text)).toEqual([want]));
  });

  describe('scale words and headline capitals', () => {
    it.each([
      ['A $2tn market.', 'USD 2000000000000 exact'],
      ['A $2 Trillion Market', 'USD 2000000000000 exact'],
      ['Ein Markt von 2 Billionen Euro.', 'EUR 2000000000000 exact'],
      ['Ein Markt von 2 Bio. Euro.', 'EUR 2000000000000 exact'],
      ['Raised $433 Million.', 'USD 433000000 exact'],
      ['Raised $5k.', 'USD 5000 exact'],
      ['Raised $3mn.', 'USD 3000000 exact'],
      ['Es flossen 300 Tsd. Euro.', 'EUR 300000 exact'],
    ])('%s', (text, want) => expect(values(text)).toEqual([want]));
  });

  describe('digit grouping by locale, thin and no-break spaces', () => {
    it.each([
      ['It paid $1,250,000 in fees.', 'USD 1250000 exact'],
      ['Sie zahlte 1.250.000 Euro.', 'EUR 1250000 exact'],
      ['Sie zahlte 1\u202f250\u202f000 Euro.', 'EUR 1250000 exact'],
      ['Sie zahlte 1\u00a0250 €.', 'EUR 1250 exact'],
      ['Sie zahlte 12,50 Euro.', 'EUR 12.5 exact'],
    ])('%s', (text, want) => expect(values(text)).toEqual([want]));
  });

  describe('qualifiers and their traps', () => {
    it('reads every qualifier in both languages', () => {
      expect(
        values('up to $1bn, about $2bn, at least $3bn, more than $4bn, nearly $5bn, less than $6bn'),
      ).toEqual([
        'USD 1000000000 upTo',
        'USD 2000000000 about',
        'USD 3000000000 atLeast',
        'USD 4000000000 moreThan',
        'USD 5000000000 almost',
        'USD 6000000000 lessThan',
      ]);
      expect(
        values(
          'bis zu 1 Mrd. Euro, rund 2 Mrd. Euro, mindestens 3 Mrd. Euro, mehr als 4 Mrd. Euro, fast 5 Mrd. Euro, unter 6 Mrd. Euro',
        ),
      ).toEqual([
        'EUR 1000000000 upTo',
        'EUR 2000000000 about',
        'EUR 3000000000 atLeast',
        'EUR 4000000000 moreThan',
        'EUR 5000000000 almost',
        'EUR 6000000000 lessThan',
      ]);
    });
    it('"Kredit über 1,8 Milliarden" is a loan of, not more than', () => {
      const text = 'Nscale prüfte einen Kredit über 1,8 Milliarden US-Dollar.';
      expect(values(text)).toEqual(['USD 1800000000 exact']);
      expect(phrases(text)).toEqual(['1,8 Milliarden US-Dollar']);
      expect(values('Der Umsatz stieg auf über 3 Mio. Euro.')).toEqual(['EUR 3000000 moreThan']);
    });
    it('"over the next two years" is no qualifier', () => {
      expect(values('Over the next two years it will spend $5bn.')).toEqual(['USD 5000000000 exact']);
    });
  });

  describe('ranges with shared scale and currency', () => {
    it.each([
      ['It costs $1-2bn.', 'USD 1000000000 range 2000000000'],
      ['It costs $4bn–5bn.', 'USD 4000000000 range 5000000000'],
      ['It costs £300m to £400m.', 'GBP 300000000 range 400000000'],
      ['It costs between $4bn and $5bn.', 'USD 4000000000 range 5000000000'],
      ['Es kostet zwischen 1 und 2 Milliarden Euro.', 'EUR 1000000000 range 2000000000'],
      ['Es kostet 1 bis 2 Mrd. €.', 'EUR 1000000000 range 2000000000'],
    ])('%s', (text, want) => expect(values(text)).toEqual([want]));
  });

  describe('conversion pairs', () => {
    it.each([
      ['£11bn (€12.68bn)', 1],
      ['£11bn (about €12.7bn)', 1],
      ['£11bn, or roughly €12.7bn,', 1],
      ['£11bn or €12.7bn', 1],
      ['11 Mrd. Pfund (umgerechnet rund 12,7 Mrd. Euro)', 1],
      ['£11bn (£12bn)', 0],
      ['£11bn and €12bn', 0],
      ['£11bn (€12bn in 2024', 0],
    ])('%s → %i pair(s)', (text, n) => {
      expect(extractConversions(text)).toHaveLength(n);
    });
    it('returns snapshots with both figures', () => {
      const [pair] = extractConversions('up to £11bn (€12.68bn)');
      expect(pair?.from.qualifier).toBe('upTo');
      expect(figureToJSON(pair?.to as NonNullable<typeof pair>['to']).amount).toBe('12680000000');
    });
  });

  describe('a year before an amount is not money', () => {
    it.each([
      ['In 2024 USD 5m was raised.', 'USD 5000000 exact'],
      ['In 2024 $ 5bn flowed.', 'USD 5000000000 exact'],
      ['In 2024 $5bn flowed.', 'USD 5000000000 exact'],
      ['Der Umsatz lag bei 5 Mio. Euro 2024.', 'EUR 5000000 exact'],
    ])('%s', (text, want) => expect(values(text)).toEqual([want]));
  });

  describe('negatives and small amounts', () => {
    it.each([
      ['A loss of -$350m.', 'USD -350000000 exact'],
      ['A loss of –£40m.', 'GBP -40000000 exact'],
      ['It costs $12.50.', 'USD 12.5 exact'],
      ['Es kostet 12,50 Euro.', 'EUR 12.5 exact'],
    ])('%s', (text, want) => expect(values(text)).toEqual([want]));
  });

  describe('not money', () => {
    it.each([
      'Prices rose 5%.',
      'It rose 5 per cent in 2024.',
      'They ordered 23,040 GPUs.',
      'The plant makes 400 MW.',
      'Billions of dollars were lost.',
      'See page 12.',
      'Milliarden Euro flossen.',
      'Die Inflation lag bei 2,1 Prozent.',
      'Two billion dollars were raised.',
    ])('%s', (text) => expect(extractFigures(text)).toEqual([]));
  });

  describe('locale', () => {
    it('picks the locale per sentence with auto, or takes the one given', () => {
      const text = 'It cost €1.250. Es kostete 1.250 Euro.';
      expect(values(text)).toEqual(['EUR 1.25 exact', 'EUR 1250 exact']);
      expect(extractFigures(text, { locale: 'de' }).map((f) => figureToJSON(f).amount)).toEqual([
        '1250',
        '1250',
      ]);
    });
  });

  it('throws INVALID_ARGUMENT for a non-string', () => {
    expectReckonError(() => extractFigures(42 as unknown as string), 'INVALID_ARGUMENT');
    expectReckonError(() => extractConversions(null as unknown as string), 'INVALID_ARGUMENT');
  });

  describe('robustness (property)', () => {
    it('never throws on arbitrary strings, and offsets are always valid', () => {
      const unit = fc.constantFrom(
        ...'0123456789.,-–$€£ bnmMrdio Euro über bis zu rund\u00a0\ud800\udc00()%\n'.split(''),
      );
      fc.assert(
        fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit, maxLength: 200 })), (text) => {
          const found = extractFigures(text);
          let last = 0;
          for (const f of found) {
            expect(f.start).toBeGreaterThanOrEqual(last);
            expect(f.end).toBeGreaterThan(f.start);
            expect(f.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(f.start, f.end)).toBe(f.text);
            if (f.convertedFrom !== undefined) expect(f.convertedFrom).toBeLessThan(found.indexOf(f));
            last = f.end;
          }
        }),
        { numRuns: 1000 },
      );
    });
    it('handles 100k digits, 100k symbols and lone surrogates', () => {
      expect(extractFigures('1'.repeat(100_000))).toEqual([]);
      expect(extractFigures(`$${'1'.repeat(100_000)}`)).toHaveLength(1);
      expect(extractFigures('$'.repeat(100_000))).toEqual([]);
      expect(extractFigures('\ud800$5m\udc00')).toHaveLength(1);
      expect(extractFigures('1,'.repeat(50_000))).toEqual([]);
    });
  });
});

describe('the labelled corpus (test/fixtures/extract-corpus.jsonl)', () => {
  const corpus = readCorpus();
  it('has at least 150 sentences, half German, with sentences without money', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    expect(corpus.filter((e) => e.lang === 'de').length * 2).toBeGreaterThanOrEqual(corpus.length - 20);
    expect(corpus.filter((e) => e.figures.length === 0).length).toBeGreaterThanOrEqual(30);
    expect(corpus.filter((e) => e.split === 'holdout').length).toBeGreaterThanOrEqual(50);
  });
  it('meets the targets', () => {
    const s = evaluate(corpus);
    expect(s.errors).toEqual([]);
    expect(s.f1).toBeGreaterThanOrEqual(TARGETS.f1);
    expect(s.qualifierAccuracy).toBeGreaterThanOrEqual(TARGETS.qualifierAccuracy);
    expect(s.pairF1).toBeGreaterThanOrEqual(TARGETS.pairF1);
  });
});
