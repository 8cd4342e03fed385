import * as iso from 'dinero.js/bigint/currencies';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayHoldFigure } from '../../src/extract/prefilter';
import {
  CURRENCY_NAMES,
  CURRENCY_SYMBOLS,
  DOTTED_SIGNS,
  MINOR_UNITS,
  PLACE_WORDS,
  SCALE_WORDS,
} from '../../src/figure/lexicon';
import {
  type ExtractOptions,
  extractConversions,
  extractFigures,
  extractFiguresIter,
  figureToJSON,
} from '../../src/index';
import { evaluate, readCorpus, TARGETS } from '../../tools/extract-eval';
import { expectReckonError } from '../helpers';
import {
  CONVERSION_PAIRS,
  DOLLARS_AND_BILLIONS,
  describeFigure,
  NEVER_INVENT_NEVER_DROP,
  NUMBERS_IN_WORDS,
  QUALIFIERS_REAL_NEWS,
} from './issue-examples';

const phrases = (text: string, language?: 'en' | 'de' | 'auto') =>
  extractFigures(text, language ? { language } : {}).map((f) => text.slice(f.start, f.end));
const values = (text: string) =>
  extractFigures(text).map((f) => {
    const j = figureToJSON(f);
    return [j.currency, j.amount, j.qualifier, ...(j.max ? [j.max] : [])].join(' ');
  });
/** Figures as the issue examples write them: value, qualifier, "<i" for a pair, "assumed" for "$". */
const described = (text: string, options: ExtractOptions = {}) =>
  extractFigures(text, options).map((f) => describeFigure(figureToJSON(f)));

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
    expect(found[0]?.language).toBe('de');
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

  describe('digit grouping by language, thin and no-break spaces', () => {
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

  describe('what real news writes', () => {
    it.each([
      ['Ports of Auckland lost $US35 million.', { dollar: 'NZD' }, ['USD 35000000 exact']],
      ['It raised more than $AU1 billion.', { dollar: 'NZD' }, ['AUD 1000000000 moreThan']],
      ['The offer was $C3.2 billion.', { dollar: 'AUD' }, ['CAD 3200000000 exact']],
      ['The shares rose 50¢ to 35.5¢.', { dollar: 'AUD' }, ['AUD 0.5 exact', 'AUD 0.355 exact']],
      [
        'Shares closed at 3,896.50 pence, or 3,070.00p, or 50p.',
        {},
        ['GBP 38.965 exact', 'GBP 30.7 exact', 'GBP 0.5 exact'],
      ],
      ['Die Aktie stieg um 50 Cent.', {}, ['EUR 0.5 exact']],
      ['The stream is 1080p and costs 5 cents.', {}, ['USD 0.05 exact assumed']],
      [
        "Maple's C$3.8\nbillion ($3.84 billion) bid.",
        {},
        ['CAD 3800000000 exact', 'USD 3840000000 exact <0 assumed'],
      ],
      ['It cost £5m\nThe next line is new.', {}, ['GBP 5000000 exact']],
      [
        'It earned $477-million, near the $2-trillion mark.',
        { dollar: 'CAD' },
        ['CAD 477000000 exact', 'CAD 2000000000000 exact'],
      ],
      ['Das Elf-Milliarden-Euro-Paket kommt.', {}, ['EUR 11000000000 exact']],
      [
        'They set a 65 billion- pound ($90 billion) target.',
        {},
        ['GBP 65000000000 exact', 'USD 90000000000 exact <0 assumed'],
      ],
      ['They set a 65 billion-pound target.', {}, ['GBP 65000000000 exact']],
      ['It is a billion-dollar question, ein Milliarden-Euro-Projekt.', {}, []],
      ['It saw $973.5 billion-worth of deals.', {}, ['USD 973500000000 exact assumed']],
      ['Wealth rose by Rs 1,26,61,536 crore.', {}, ['INR 126615360000000 exact']],
      ['It needs $10 billion or more.', { dollar: 'USD' }, ['USD 10000000000 atLeast']],
      ['Es braucht 5 Mio. Euro oder weniger.', {}, ['EUR 5000000 upTo']],
      ['It cost in the region of £40m.', {}, ['GBP 40000000 about']],
      ['The deal came in at just ahead of £4.8 billion.', {}, ['GBP 4800000000 moreThan']],
      ['Shares were as high as £0.42.', {}, ['GBP 0.42 upTo']],
      ['Die Kosten steigen auf bis 235 Mrd. €.', {}, ['EUR 235000000000 upTo']],
      ['It offered “up to” $US60 million.', {}, ['USD 60000000 upTo']],
      ['The price was GBP46.50 a share.', {}, ['GBP 46.5 exact']],
      ['Euro 2020 was postponed.', {}, []],
      ['($1 = 0.6566 pounds)', { dollar: 'USD' }, ['USD 1 exact', 'GBP 0.6566 exact <0']],
      ['Fees (1 euro=S$1.60)', {}, ['EUR 1 exact', 'SGD 1.6 exact <0']],
    ] as const)('%s %j', (text, options, want) => expect(described(text, options)).toEqual(want));
  });

  describe('elliptical figures: an amount without a currency set against a figure with one', () => {
    it.each([
      ['Der Verlust stieg von 11,8 Mio. auf 25,5 Mio. Euro.', ['EUR 11800000 exact', 'EUR 25500000 exact']],
      ['Sie sank von knapp 1,1 Mrd. auf 942 Mio. Euro.', ['EUR 1100000000 almost', 'EUR 942000000 exact']],
      [
        'Ein Gewinn von 706 Millionen Euro - nach 886 Millionen im Vorjahreszeitraum.',
        ['EUR 706000000 exact', 'EUR 886000000 exact'],
      ],
      [
        'The U.S. and Japan pledged 17 and 10 million dollars, respectively.',
        ['USD 17000000 exact assumed', 'USD 10000000 exact assumed'],
      ],
      [
        'Europe’s 162 out of 315 billion euros invested.',
        ['EUR 162000000000 exact', 'EUR 315000000000 exact'],
      ],
      ['Der Verlust erreichte 201,5 (12,9) Millionen Euro.', ['EUR 201500000 exact', 'EUR 12900000 exact']],
      ['Im Jahr 2024 und 5 Mio. Euro.', ['EUR 5000000 exact']],
      ['Part 3 and $5bn.', ['USD 5000000000 exact assumed']],
      ['Es gab 3 Mio. Kunden im Vorjahr.', []],
      ['Kapitel 300 und 5 Mio. Euro.', ['EUR 5000000 exact']],
    ])('%s', (text, want) => expect(described(text)).toEqual(want));
    it('gives the bracketed value the span of its own digits, inside the figure it interrupts', () => {
      const text = 'Der Verlust erreichte 201,5 (12,9) Millionen Euro.';
      expect(extractFigures(text).map((f) => text.slice(f.start, f.end))).toEqual([
        '201,5 (12,9) Millionen Euro',
        '12,9',
      ]);
    });
  });

  describe('conversion pairs (issue examples)', () => {
    it.each(CONVERSION_PAIRS.map((e) => [e.text, e.figures] as const))('%s', (text, want) =>
      expect(described(text)).toEqual(want),
    );
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
      ['£11bn (€12.68bn, $14.9bn)', 2],
      ['£11bn (€12.68bn or $14.9bn)', 2],
      ['£11bn, umgerechnet €12.68bn', 1],
      ['£11bn (the equivalent of €12.68bn)', 1],
      ['11 Mrd. Pfund (nach aktuellem Kurs rund 12,7 Mrd. Euro)', 1],
      // "bzw." is mostly "respectively" (two things, two figures): a pair only in brackets.
      ['11 Mrd. Pfund bzw. 12,7 Mrd. Euro', 0],
      ['11 Mrd. Pfund (bzw. 12,7 Mrd. Euro)', 1],
      ['£11bn, €12bn and $13bn were raised in three rounds', 0],
      ['£1bn and £2bn were raised, and $3bn and $4bn respectively', 0],
    ])('%s → %i pair(s)', (text, n) => {
      expect(extractConversions(text)).toHaveLength(n);
    });
    it('links every later figure of a chain to its first figure', () => {
      const found = extractFigures('£11bn (€12.68bn, $14.9bn)');
      expect(found.map((f) => f.convertedFrom)).toEqual([undefined, 0, 0]);
      expect(
        extractConversions('£11bn (€12.68bn, $14.9bn)').map((c) => figureToJSON(c.from).currency),
      ).toEqual(['GBP', 'GBP']);
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
      'Two billion people live there.',
      'Hunderte Millionen Euro flossen.',
      'It is a billion-dollar question.',
      'Zwei Drittel der Mittel flossen ab.',
    ])('%s', (text) => expect(extractFigures(text)).toEqual([]));
  });

  describe('a bare number before a dash or "to" is no range end (issue examples)', () => {
    it.each(NEVER_INVENT_NEVER_DROP.map((e) => [e.text, e.figures] as const))('%s', (text, want) =>
      expect(described(text)).toEqual(want),
    );
  });

  describe('ranges a bare first end plausibly belongs to, and the rest', () => {
    it.each([
      ['Es kostet 5 bis 10 Millionen Euro.', ['EUR 5000000 range 10000000']],
      ['It costs 1.5 to 2 billion euros.', ['EUR 1500000000 range 2000000000']],
      ['Es kostet zwischen 3 und 5 Mrd. Euro.', ['EUR 3000000000 range 5000000000']],
      ['It costs $3-5bn.', ['USD 3000000000 range 5000000000 assumed']],
      ['Top 3 – 500 Mio. Euro Umsatz.', ['EUR 500000000 exact']],
      ['Es kostet 50 bis 100 Mio. Euro.', ['EUR 50000000 range 100000000']],
      ['Im Jahr 2024 – 5 Mrd. Euro.', ['EUR 5000000000 exact']],
      ['Zwischen 2020 und 2025 flossen 5 Mrd. Euro.', ['EUR 5000000000 exact']],
      ['It raised €40m - 2025 was a good year.', ['EUR 40000000 exact']],
      ['It raised €40m – 12 investors joined.', ['EUR 40000000 exact']],
      ['Costs rose from €5bn to €4bn.', ['EUR 5000000000 exact', 'EUR 4000000000 exact']],
    ])('%s', (text, want) => expect(described(text)).toEqual(want));
  });

  describe('a change is two figures, not a range', () => {
    it.each([
      ['Revenue rose from 11.8m to 25.5m euros.', ['EUR 11800000 exact', 'EUR 25500000 exact']],
      ['Revenue grew from $11.8m to $25.5m.', ['USD 11800000 exact assumed', 'USD 25500000 exact assumed']],
      ['Costs fell from 20 to 15 billion euros.', ['EUR 20000000000 exact', 'EUR 15000000000 exact']],
      ['Sales rose from 2 to 5 million euros.', ['EUR 2000000 exact', 'EUR 5000000 exact']],
      ['Der Umsatz stieg von 11,8 Mio. auf 25,5 Mio. Euro.', ['EUR 11800000 exact', 'EUR 25500000 exact']],
      // Without a verb of change, "from … to" is a range.
      ['Prices range from $5m to $10m.', ['USD 5000000 range 10000000 assumed']],
      ['Grants from 2 to 5 million euros are offered.', ['EUR 2000000 range 5000000']],
    ])('%s', (text, want) => expect(described(text)).toEqual(want));
  });

  describe('the number of a chapter, a part or a page is no amount', () => {
    it.each([
      ['Siehe Kapitel 3 und 5 Mio. Euro für den Bau.', ['EUR 5000000 exact']],
      ['See section 4 and €5m for the build.', ['EUR 5000000 exact']],
      ['Es kostet 3 und 5 Mio. Euro.', ['EUR 3000000 exact', 'EUR 5000000 exact']],
    ])('%s', (text, want) => expect(described(text)).toEqual(want));
  });

  describe('currency codes glued to digits', () => {
    it.each([
      ['It issued USD5bn of bonds.', ['USD 5000000000 exact']],
      ['It issued EUR 1.2bn of bonds.', ['EUR 1200000000 exact']],
      ['It issued 5bn USD of bonds.', ['USD 5000000000 exact']],
      ['It paid 100EUR.', []],
      ['The COP27 summit cost USD 5m.', ['USD 5000000 exact']],
    ])('%s', (text, want) => expect(described(text)).toEqual(want));
  });

  describe('qualifiers of real news (issue examples)', () => {
    it.each(QUALIFIERS_REAL_NEWS.map((e) => [e.text, e.figures] as const))('%s', (text, want) =>
      expect(described(text)).toEqual(want),
    );
    it.each([
      ['Es flossen gut und gerne 3 Mio. Euro.', 'EUR 3000000 moreThan'],
      ['Es flossen nahezu 3 Mio. Euro.', 'EUR 3000000 almost'],
      ['It cost close to £3m.', 'GBP 3000000 almost'],
      ['It cost just over £3m.', 'GBP 3000000 moreThan'],
      ['It cost up to about £3m.', 'GBP 3000000 upTo'],
      ['Es kostete knapp unter 3 Mio. Euro.', 'EUR 3000000 almost'],
      ['Es kostete deutlich mehr als 3 Mio. Euro.', 'EUR 3000000 moreThan'],
      ['It cost well under £3m.', 'GBP 3000000 lessThan'],
    ])('%s', (text, want) => expect(described(text)).toEqual([want]));
  });

  describe('numbers in words before a scale word (issue examples)', () => {
    it.each(NUMBERS_IN_WORDS.map((e) => [e.text, e.figures] as const))('%s', (text, want) =>
      expect(described(text)).toEqual(want),
    );
    it.each([
      ['Es kostete eine Milliarde Euro.', 'EUR 1000000000 exact'],
      ['Es kostete eine halbe Milliarde Euro.', 'EUR 500000000 exact'],
      ['Es kostete zweieinhalb Milliarden Euro.', 'EUR 2500000000 exact'],
      ['Es kostete zweihundertfünfzig Millionen Euro.', 'EUR 250000000 exact'],
      ['It cost a billion euros.', 'EUR 1000000000 exact'],
      ['It cost one and a half billion euros.', 'EUR 1500000000 exact'],
      ['It cost twenty-five million pounds.', 'GBP 25000000 exact'],
      ['It cost more than two hundred million euros.', 'EUR 200000000 moreThan'],
    ])('%s', (text, want) => expect(described(text)).toEqual([want]));
    it('gives a number in words the quantum of one unit of its scale word', () => {
      const [f] = extractFigures('It cost half a billion euros.');
      expect(figureToJSON(f as NonNullable<typeof f>)).toMatchObject({
        amount: '500000000',
        quantum: '1000000000',
      });
    });
  });

  describe('numbers in words of a hundred or more, without a scale word', () => {
    it.each([
      ['He paid three thousand dollars.', 'USD 3000 exact 1000'],
      ['Sie zahlte zwei tausend Euro.', 'EUR 2000 exact 1000'],
      ['Sie zahlte zweitausend Euro.', 'EUR 2000 exact 1000'],
      ['It cost two hundred dollars.', 'USD 200 exact 100'],
      ['Es kostete zweihundert Euro.', 'EUR 200 exact 100'],
      ['Es kostete tausend Euro.', 'EUR 1000 exact 1000'],
      ['Es kostete hunderttausend Euro.', 'EUR 100000 exact 1000'],
      ['He paid three thousand five hundred dollars.', 'USD 3500 exact 100'],
      ['Sie zahlte zweitausendfünfhundert Euro.', 'EUR 2500 exact 100'],
      ['It cost two hundred and fifty dollars.', 'USD 250 exact 1'],
      ['It cost one thousand two hundred pounds.', 'GBP 1200 exact 100'],
      ['It cost about two hundred thousand dollars.', 'USD 200000 about 1000'],
      ['Es waren mehr als dreihundert Euro.', 'EUR 300 moreThan 100'],
      ['It cost between two hundred and three hundred euros.', 'EUR 200 range 100 300'],
    ])('%s', (text, want) => {
      const got = extractFigures(text).map((f) => {
        const j = figureToJSON(f);
        return [j.currency, j.amount, j.qualifier, j.quantum, ...(j.max ? [j.max] : [])].join(' ');
      });
      expect(got).toEqual([want]);
    });
    it.each([
      'Thousands of euros were lost.',
      'Tausende Euro flossen ab.',
      'There are a thousand reasons to pay in euros.',
      'Es kostete zwanzig Euro.',
      'It was a thousand-dollar fine.',
      'Ein Tausend-Euro-Schein.',
      'Im dritten Jahrtausend zahlten sie in Euro.',
    ])('reads no figure in "%s"', (text) => expect(extractFigures(text)).toEqual([]));
    it('gives a number in words no currency from the figure after it', () => {
      expect(values('It was a thousand and then $5m.')).toEqual(['USD 5000000 exact']);
      expect(values('Zweihundert und 5 Mio. Euro.')).toEqual(['EUR 5000000 exact']);
    });
    it('reads the same in extractFiguresIter and in parseFigure', () => {
      const text = 'Sie zahlte zweitausend Euro, er three thousand five hundred dollars.';
      const all = extractFigures(text).map((f) => figureToJSON(f));
      expect([...extractFiguresIter(text)].map((f) => figureToJSON(f))).toEqual(all);
      expect(all.map((f) => f.text)).toEqual(['zweitausend Euro', 'three thousand five hundred dollars']);
    });
  });

  describe('a bare "$" and German "Billion" (issue examples)', () => {
    it.each(DOLLARS_AND_BILLIONS.map((e) => [e.text, e.options ?? {}, e.figures] as const))(
      '%s %j',
      (text, options, want) => expect(described(text, options)).toEqual(want),
    );
    it('reads "$" and "dollars" as the dollar named, without the flag, and keeps US$ and A$', () => {
      expect(described('It cost $5m, US$6m, A$7m and 8 million dollars.', { dollar: 'NZD' })).toEqual([
        'NZD 5000000 exact',
        'USD 6000000 exact',
        'AUD 7000000 exact',
        'NZD 8000000 exact',
      ]);
      expect(described('It cost $5m.', { dollar: 'USD' })).toEqual(['USD 5000000 exact']);
      expect(described('Es kostete 5 Mio. US-Dollar.', { dollar: 'ambiguous' })).toEqual([
        'USD 5000000 exact',
      ]);
    });
    it('throws UNKNOWN_CURRENCY for a dollar option that is no ISO code', () => {
      expectReckonError(() => extractFigures('$5m', { dollar: 'XYZ' }), 'UNKNOWN_CURRENCY');
      expectReckonError(() => extractFigures('$5m', { dollar: 'usd' }), 'UNKNOWN_CURRENCY');
    });
    it('reads "Billion" by the sentence: English "billion" stays 10^9', () => {
      expect(described('The fund has 5 billion euros.')).toEqual(['EUR 5000000000 exact']);
      expect(described('Der Fonds hat 5 Billionen Euro.')).toEqual(['EUR 5000000000000 exact']);
      expect(described('It has 5 Billionen Euro.')).toEqual(['EUR 5000000000000 exact']);
    });
  });

  describe('language', () => {
    it('picks the language per sentence with auto, or takes the one given', () => {
      const text = 'It cost €1.250. Es kostete 1.250 Euro.';
      expect(values(text)).toEqual(['EUR 1.25 exact', 'EUR 1250 exact']);
      expect(extractFigures(text, { language: 'de' }).map((f) => figureToJSON(f).amount)).toEqual([
        '1250',
        '1250',
      ]);
    });
  });

  describe('prefilter', () => {
    it('lets through every currency the lexicon reads, every spelled scale and every place word', () => {
      const may = (t: string) => mayHoldFigure(t, 0, t.length);
      for (const [words] of CURRENCY_NAMES) expect(may(`5 ${words.join(' ')}`), words.join(' ')).toBe(true);
      for (const [sign] of CURRENCY_SYMBOLS) expect(may(`${sign}5`), sign).toBe(true);
      for (const [sign] of DOTTED_SIGNS) expect(may(`${sign}. 5`), sign).toBe(true);
      for (const [unit] of MINOR_UNITS) expect(may(`5${unit}`), unit).toBe(true);
      // Numbers in words stand before these scale words (not before "lakh" or "crore").
      for (const [word] of [...SCALE_WORDS.en, ...SCALE_WORDS.de].filter(([w]) =>
        /illi|^m(rd|io)$|^bio$|^t(ausend|housand)$/.test(w),
      )) {
        expect(may(`zwei ${word[0]?.toUpperCase()}${word.slice(1)} Euro`), word).toBe(true);
      }
      for (const word of PLACE_WORDS) {
        expect(may(`two ${word} dollars`), word).toBe(true);
        expect(may(`ZWEI${word.toUpperCase()} EURO`), word).toBe(true);
      }
    });
    it('skips sentences without a number or without a currency', () => {
      expect(mayHoldFigure('Nscale plant 50.000 Chips.', 0, 27)).toBe(false);
      expect(mayHoldFigure('Nscale plant viele GPUs für Euro.', 0, 33)).toBe(false);
    });
    it('lets through every ISO code as a word, glued or spaced, and skips capitals that are none', () => {
      const may = (t: string) => mayHoldFigure(t, 0, t.length);
      for (const code of Object.keys(iso)) {
        expect(may(`${code}5bn`), code).toBe(true);
        expect(may(`5 ${code}.`), code).toBe(true);
        expect(may(`(${code}-5)`), code).toBe(true);
      }
      expect(may('The CEO of NVIDIA said in 2025 that 3 GPUs were sold.')).toBe(false);
      expect(may('EURUSD stood at 1.17 in 2025.')).toBe(false);
    });
  });

  it('throws INVALID_ARGUMENT for a non-string', () => {
    expectReckonError(() => extractFigures(42 as unknown as string), 'INVALID_ARGUMENT');
    expectReckonError(() => extractConversions(null as unknown as string), 'INVALID_ARGUMENT');
  });

  describe('bad options', () => {
    const cases: readonly [string, unknown, string][] = [
      ['null options', null, 'options'],
      ['options that are a string', 'en', 'options'],
      ['a language that is an object', { language: Object.create(null) }, 'options.language'],
      ['a language in capitals', { language: 'EN' }, 'options.language'],
      ['the old option locale', { locale: 'de' }, 'options.locale'],
      ['a dollar that is a symbol', { dollar: Symbol('USD') }, 'options.dollar'],
      ['a dollar that is a number', { dollar: 840 }, 'options.dollar'],
    ];
    it.each(cases)('throws INVALID_ARGUMENT naming the path for %s', (_name, options, path) => {
      for (const run of [
        () => extractFigures('$5m', options as ExtractOptions),
        () => [...extractFiguresIter('$5m', options as ExtractOptions)],
        () => extractConversions('$5m', options as ExtractOptions),
      ]) {
        const error = expectReckonError(run, 'INVALID_ARGUMENT');
        expect(error.details.path).toBe(path);
      }
    });
    it('reads an explicit undefined as no options', () => {
      expect(extractFigures('$5m', undefined)).toHaveLength(1);
    });
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
            // In text order; a bracketed prior-year value ("201,5 (12,9) Millionen Euro") lies inside
            // the figure before it.
            expect(f.start).toBeGreaterThanOrEqual(last);
            expect(f.end).toBeGreaterThan(f.start);
            expect(f.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(f.start, f.end)).toBe(f.text);
            if (f.convertedFrom !== undefined) expect(f.convertedFrom).toBeLessThan(found.indexOf(f));
            last = f.start;
          }
        }),
        { numRuns: 1000 },
      );
    });
    it('yields from extractFiguresIter exactly what extractFigures returns', () => {
      const unit = fc.constantFrom(
        ...[
          '$5m',
          '€1,5 Mrd.',
          ' (',
          ')',
          ', or ',
          ' bis ',
          '-',
          ' respectively',
          ' und ',
          '. ',
          'zwei',
          ' Milliarden Euro',
          ' 2025 ',
          '\n',
        ],
      );
      fc.assert(
        fc.property(fc.array(unit, { maxLength: 60 }), (parts) => {
          const text = parts.join('');
          const json = (fs: Iterable<Parameters<typeof figureToJSON>[0]>) =>
            [...fs].map((f) => figureToJSON(f));
          expect(json(extractFiguresIter(text))).toEqual(json(extractFigures(text)));
        }),
        { numRuns: 300 },
      );
    });
    it('reads a 1.2 MB sentence without a full stop (no stack overflow), every figure in order', () => {
      const text = '$1m '.repeat(300_000);
      const found = extractFigures(text);
      expect(found).toHaveLength(300_000);
      expect(found[299_999]?.start).toBe(4 * 299_999);
      let n = 0;
      for (const f of extractFiguresIter(text)) if (f.start === 4 * n) n++;
      expect(n).toBe(300_000);
    }, 120_000);
    it('cuts text without white space between brackets and still finds every figure and pair', () => {
      const text = `${'('.repeat(100_000)}£1bn (€1.2bn)${')'.repeat(50_000)} and "$5m"${'"'.repeat(40_000)}$3m`;
      const found = extractFigures(text, { dollar: 'USD' });
      expect(found.map((f) => [text.slice(f.start, f.end), f.convertedFrom])).toEqual([
        ['£1bn', undefined],
        ['€1.2bn', 0],
        ['$5m', undefined],
        ['$3m', undefined],
      ]);
      expect([...extractFiguresIter(text, { dollar: 'USD' })]).toEqual(found);
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
