import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Figure,
  type FigureJSON,
  type FigureLanguage,
  figureBounds,
  figureFromJSON,
  figureToJSON,
  formatFigure,
  parseFigure,
  QUALIFIERS,
  type ReckonErrorCode,
  safeParseFigure,
} from '../../src/index';
import { expectReckonError } from '../helpers';
import { writableFigure } from './arbitraries';

const HISTORY = new URL('../../../shared/data/ecb/eurofxref-hist.csv', import.meta.url);
const hasHistory = existsSync(HISTORY);
if (!hasHistory)
  console.warn(
    'format-figure: ../shared/data/ecb/eurofxref-hist.csv is absent; ECB currency round trips skipped',
  );
/** Every currency the ECB history has a column for, and the euro. */
const ecbCurrencies = (): string[] => [
  'EUR',
  ...(readFileSync(HISTORY, 'utf8').split('\n')[0] ?? '')
    .split(',')
    .slice(1)
    .filter((c) => /^[A-Z]{3}$/.test(c)),
];
const roundTrip = (text: string, language: FigureLanguage) => {
  const { text: _t, ...back } = figureToJSON(parseFigure(text, { language }));
  return back;
};

describe('formatFigure', () => {
  it.each([
    ['up to £11bn', 'up to £11bn', 'bis zu 11 Mrd. £'],
    ['€12.68bn', '€12.68bn', '12,68 Mrd. €'],
    ['fast 700 Millionen US-Dollar', 'almost $700m', 'fast 700 Mio. $'],
    ['£1,250,000', '£1,250,000', '1.250.000 £'],
    ['12,50 Euro', '€12.50', '12,50 €'],
    ['-$350m', '-$350m', '-350 Mio. $'],
    ['$3-4bn', 'between $3bn and $4bn', 'zwischen 3 Mrd. $ und 4 Mrd. $'],
    ['CHF 30m', 'CHF 30m', '30 Mio. CHF'],
    ['A$5bn', 'A$5bn', '5 Mrd. A$'],
    ['NZ$19.9bn', 'NZ$19.9bn', '19,9 Mrd. NZ$'],
    ['CN¥10bn', 'CN¥10bn', '10 Mrd. CN¥'],
    ['10 Mrd. SEK', 'SEK 10bn', '10 Mrd. SEK'],
    ['PLN 10bn', 'PLN 10bn', '10 Mrd. PLN'],
    ['ZAR 10bn', 'ZAR 10bn', '10 Mrd. ZAR'],
  ])('%s → %s / %s', (text, en, de) => {
    const f = parseFigure(text);
    expect(formatFigure(f)).toBe(en);
    expect(formatFigure(f, { language: 'de' })).toBe(de);
  });

  describe('the dollar option (user review H18)', () => {
    it('writes US dollars "US$" when a bare "$" will be read as another dollar', () => {
      const f = parseFigure('$US16.1 billion');
      expect(formatFigure(f)).toBe('$16.1bn');
      expect(formatFigure(f, { dollar: 'USD' })).toBe('$16.1bn');
      expect(formatFigure(f, { dollar: 'AUD' })).toBe('US$16.1bn');
      expect(formatFigure(f, { dollar: 'ambiguous', language: 'de' })).toBe('16,1 Mrd. US$');
      // Other dollars are written with their own sign whatever the option.
      expect(formatFigure(parseFigure('A$24bn'), { dollar: 'AUD' })).toBe('A$24bn');
    });
    it('reads back to the same currency with the same option (property)', () => {
      const dollars = ['USD', 'AUD', 'NZD', 'CAD', 'SGD', 'HKD'];
      fc.assert(
        fc.property(
          writableFigure,
          fc.constantFrom(...dollars),
          fc.constantFrom('USD', 'AUD', 'NZD', 'ambiguous'),
          fc.constantFrom<FigureLanguage>('en', 'de'),
          (f, code, dollar, language) => {
            const { text: _t, ...want } = { ...figureToJSON(f), currency: code };
            const text = formatFigure(figureFromJSON(want), { language, dollar });
            const { text: _u, ...back } = figureToJSON(parseFigure(text, { language, dollar }));
            expect(back, text).toEqual(want);
          },
        ),
        { numRuns: 400 },
      );
    });
    it.each<[unknown, ReckonErrorCode]>([
      [5, 'INVALID_ARGUMENT'],
      [null, 'INVALID_ARGUMENT'],
      ['aud', 'UNKNOWN_CURRENCY'],
      ['XYZ', 'UNKNOWN_CURRENCY'],
      ['__proto__', 'UNKNOWN_CURRENCY'],
    ])('refuses dollar %j with %s', (dollar, code) => {
      expectReckonError(() => formatFigure(parseFigure('$5m'), { dollar } as never), code);
    });
  });

  describe('keeps the quantum', () => {
    it('writes €0.8bn with quantum €100m as "€0.8bn", not "€800m"', () => {
      const f = figureFromJSON({
        currency: 'EUR',
        amount: '800000000',
        qualifier: 'exact',
        quantum: '100000000',
      });
      expect(formatFigure(f)).toBe('€0.8bn');
      expect(formatFigure(f, { language: 'de' })).toBe('0,8 Mrd. €');
      expect(roundTrip(formatFigure(f), 'en').quantum).toBe('100000000');
    });
    it('writes a zero with a coarse quantum in that unit ("$0m")', () => {
      const f = figureFromJSON({ currency: 'USD', amount: '0', qualifier: 'exact', quantum: '1000000' });
      expect(formatFigure(f)).toBe('$0m');
    });
  });

  describe('prints every digit', () => {
    it('writes more than 20 decimals without a RangeError', () => {
      const f = parseFigure('$0.000000000000000000001');
      expect(formatFigure(f)).toBe('$0.000000000000000000001');
      expect(formatFigure(f, { language: 'de' })).toBe('0,000000000000000000001 $');
    });
    it('writes amounts beyond 1.8e308 digit by digit, never "∞"', () => {
      const digits = '9'.repeat(400);
      const f = figureFromJSON({ currency: 'EUR', amount: digits, qualifier: 'exact', quantum: '1' });
      const text = formatFigure(f);
      expect(text).not.toContain('∞');
      expect(text.replace(/[€,]/g, '')).toBe(digits);
      expect(roundTrip(text, 'en').amount).toBe(digits);
    });
  });

  describe.skipIf(!hasHistory)('round-trips every ECB currency in both locales', () => {
    const shapes: [amount: string, quantum: string, qualifier: string, max?: string][] = [
      ['12680000000', '10000000', 'upTo'],
      ['800000000', '100000000', 'exact'],
      ['1250000', '1', 'about'],
      ['-350000000', '1000000', 'exact'],
      ['12.5', '0.01', 'almost'],
      ['3000000000', '1000000000', 'range', '4000000000'],
      ['5', '1', 'moreThan'],
    ];
    const cases = hasHistory
      ? ecbCurrencies().flatMap((currency) =>
          (['en', 'de'] as const).map((language) => [currency, language] as const),
        )
      : [];
    it.each(cases)('%s (%s)', (currency, language) => {
      for (const [amount, quantum, qualifier, max] of shapes) {
        const f = figureFromJSON({
          currency,
          amount,
          quantum,
          qualifier: qualifier as 'exact',
          ...(max ? { max } : {}),
        });
        const { text: _t, ...want } = figureToJSON(f);
        expect(roundTrip(formatFigure(f, { language }), language), formatFigure(f, { language })).toEqual(
          want,
        );
      }
    });
    it('round-trips writable figures in any ECB currency (property)', () => {
      const codes = ecbCurrencies();
      fc.assert(
        fc.property(
          writableFigure,
          fc.constantFrom(...codes),
          fc.constantFrom<FigureLanguage>('en', 'de'),
          (f, code, language) => {
            const j = { ...figureToJSON(f), currency: code };
            const { text: _t, ...want } = j;
            const g = figureFromJSON(want);
            expect(roundTrip(formatFigure(g, { language }), language)).toEqual(want);
          },
        ),
        { numRuns: 500 },
      );
    });
  });
});

describe('figureToJSON', () => {
  it('writes exact decimal strings in major units', () => {
    expect(figureToJSON(parseFigure('up to £11bn'))).toEqual({
      currency: 'GBP',
      amount: '11000000000',
      qualifier: 'upTo',
      quantum: '1000000000',
      text: 'up to £11bn',
    });
    expect(figureToJSON(parseFigure('$3-4bn')).max).toBe('4000000000');
  });
  it('keeps the position of an extracted figure', () => {
    const f = { ...parseFigure('£11bn'), start: 3, end: 8, convertedFrom: 0 };
    expect(figureToJSON(f)).toMatchObject({ start: 3, end: 8, convertedFrom: 0 });
    expect(JSON.parse(JSON.stringify(figureToJSON(f))).start).toBe(3);
  });
});

describe('figureFromJSON', () => {
  it('reads the JSON form back', () => {
    const f = parseFigure('between $1bn and $2bn');
    expect(figureToJSON(figureFromJSON(figureToJSON(f)))).toEqual(figureToJSON(f));
  });
  it('throws INVALID_FIGURE for a bad qualifier, a range without max, a zero quantum', () => {
    const base = { currency: 'EUR', amount: '1', quantum: '1' };
    expectReckonError(() => figureFromJSON({ ...base, qualifier: 'huge' as 'exact' }), 'INVALID_FIGURE');
    expectReckonError(() => figureFromJSON({ ...base, qualifier: 'range' }), 'INVALID_FIGURE');
    expectReckonError(() => figureFromJSON({ ...base, qualifier: 'exact', quantum: '0' }), 'INVALID_FIGURE');
  });
  it('throws INVALID_MONEY and UNKNOWN_CURRENCY for bad amounts and currencies', () => {
    expectReckonError(
      () => figureFromJSON({ currency: 'EUR', amount: '1e9', qualifier: 'exact', quantum: '1' }),
      'INVALID_MONEY',
    );
    expectReckonError(
      () => figureFromJSON({ currency: 'XXY', amount: '1', qualifier: 'exact', quantum: '1' }),
      'UNKNOWN_CURRENCY',
    );
  });
});

describe('bad arguments to the figure functions', () => {
  const f = parseFigure('up to £11bn');
  const withQualifier = (qualifier: string) => ({ ...f, qualifier }) as unknown as Figure;
  const cases: readonly [string, () => unknown, string][] = [
    ['formatFigure(null)', () => formatFigure(null as unknown as Figure), 'figure'],
    [
      'formatFigure of a figure with qualifier "constructor"',
      () => formatFigure(withQualifier('constructor')),
      'figure.qualifier',
    ],
    ['formatFigure with options null', () => formatFigure(f, null as unknown as undefined), 'options'],
    [
      'formatFigure with language "fr"',
      () => formatFigure(f, { language: 'fr' as FigureLanguage }),
      'options.language',
    ],
    [
      'formatFigure with language "__proto__"',
      () => formatFigure(f, { language: '__proto__' as FigureLanguage }),
      'options.language',
    ],
    [
      'formatFigure with the old option locale',
      () => formatFigure(f, { locale: 'de' } as never),
      'options.locale',
    ],
    ['figureToJSON(undefined)', () => figureToJSON(undefined as unknown as Figure), 'figure'],
    [
      'figureToJSON of a figure with qualifier "sometimes"',
      () => figureToJSON(withQualifier('sometimes')),
      'figure.qualifier',
    ],
    ['figureFromJSON(null)', () => figureFromJSON(null as unknown as FigureJSON), 'json'],
    ['figureBounds(null)', () => figureBounds(null as unknown as Figure), 'figure'],
    ['figureBounds with options null', () => figureBounds(f, null as unknown as undefined), 'options'],
    [
      'figureBounds with view "round"',
      () => figureBounds(f, { view: 'round' as 'rounding' }),
      'options.view',
    ],
    [
      'figureBounds with a number band',
      () => figureBounds(f, { almostBand: 0.1 as unknown as string }),
      'options.almostBand',
    ],
    [
      'figureBounds with a symbol band',
      () => figureBounds(f, { aboutBand: Symbol() as unknown as string }),
      'options.aboutBand',
    ],
    ['parseFigure with options null', () => parseFigure('£5m', null as unknown as undefined), 'options'],
    [
      'parseFigure with language "EN"',
      () => parseFigure('£5m', { language: 'EN' as FigureLanguage }),
      'options.language',
    ],
    [
      'parseFigure with the old option locale',
      () => parseFigure('1.250 Euro', { locale: 'de' } as never),
      'options.locale',
    ],
  ];
  it.each(cases)('%s throws INVALID_ARGUMENT naming the path', (_name, run, path) => {
    expect(expectReckonError(run, 'INVALID_ARGUMENT').details.path).toBe(path);
  });
  it('safeParseFigure gives the issue instead of throwing', () => {
    const r = safeParseFigure('£5m', null as unknown as undefined);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['options'] });
  });
  it('QUALIFIERS cannot be changed', () => {
    expect(Object.isFrozen(QUALIFIERS)).toBe(true);
  });
});
