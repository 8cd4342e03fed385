import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ConversionVerdict,
  checkConversion,
  parseFigure,
  ratesFromList,
  type VerdictJSON,
  verdictFromJSON,
  verdictToJSON,
} from '../../src/index';
import { expectReckonError } from '../helpers';

const rates = ratesFromList(
  [
    ['2025-09-15', '0.8700'],
    ['2025-09-16', '0.8690'],
    ['2025-09-17', '0.8675'],
    ['2025-09-18', '0.8660'],
    ['2025-10-01', '0.8500'],
  ].map(([date, value]) => ({ base: 'EUR', quote: 'GBP', value: value ?? '', date: date ?? '' })),
  { source: 'ECB' },
);

const check = (from: string, to: string, publishedDate = '2025-09-18') =>
  checkConversion({ from: parseFigure(from), to: parseFigure(to), publishedDate }, rates);

/** A verdict's data, bigints as strings (money carries closures; its toJSON is its data). */
const data = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)));

/** An inconsistent verdict whose reference fix lies outside the window. */
const outside = () =>
  checkConversion(
    { from: parseFigure('£10bn'), to: parseFigure('€11.494bn'), publishedDate: '2025-10-01' },
    rates,
    {
      window: { from: '2025-10-01', to: '2025-10-01' },
    },
  );

/** Through text and back, as a file or the CLI's --json carries it. */
const roundTrip = (v: ConversionVerdict) =>
  verdictFromJSON(JSON.parse(JSON.stringify(verdictToJSON(v))) as VerdictJSON);

describe('verdictToJSON', () => {
  describe('rates', () => {
    it('writes the implied rate and every fix exactly: a decimal when there is one, else n/d', () => {
      const json = verdictToJSON(check('£11bn', '€12.68bn'));
      expect(json.implied).toEqual({
        base: 'GBP',
        quote: 'EUR',
        point: '317/275',
        low: '507/440',
        high: '2537/2200',
      });
      expect(json.best?.rate).toBe('400/347');
      expect(verdictToJSON(check('£1bn', '€1.25bn')).implied.point).toBe('1.25');
    });
  });
  describe('the fields a verdict holds', () => {
    it('writes maxResolutionBps, ratesSpan and the source of an outside match', () => {
      const json = verdictToJSON(outside());
      expect(json.maxResolutionBps).toBe(250);
      expect(json.ratesSpan).toEqual({ from: '2025-09-15', to: '2025-10-01' });
      expect(json.outsideMatch?.source).toBe('ECB');
    });
  });
});

describe('verdictFromJSON', () => {
  describe('what verdictToJSON wrote', () => {
    it('reads back an equal verdict, for each status', () => {
      for (const [from, to, day] of [
        ['£11bn', '€12.68bn', '2025-09-18'],
        ['£10bn', '€11.7647bn', '2025-10-01'],
        ['£11bn', '€12.7bn', '2025-09-18'],
        ['£11bn', '€12.68bn', '2024-01-10'],
        ['£1bn', '€1bn', '2025-09-18'],
      ] as const) {
        const v = check(from, to, day);
        expect(data(roundTrip(v))).toEqual(data(v));
      }
      const o = outside();
      expect(o.outsideMatch).toBeDefined();
      expect(data(roundTrip(o))).toEqual(data(o));
    });
    it('ignores the explanation and an id beside the fields (the CLI writes one)', () => {
      const json = verdictToJSON(check('£11bn', '€12.68bn'));
      const v = verdictFromJSON({ ...json, explanation: 'anything', id: 'c1' } as VerdictJSON);
      expect(verdictToJSON(v)).toEqual(json);
    });
    it('round-trips generated verdicts exactly (fast-check)', () => {
      const day = fc.constantFrom('2025-09-15', '2025-09-17', '2025-09-18', '2025-09-30', '2025-10-01');
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 99_999 }),
          fc.integer({ min: 0, max: 3 }),
          fc.integer({ min: 1, max: 99_999 }),
          fc.integer({ min: 0, max: 3 }),
          day,
          fc.boolean(),
          (a, da, b, db, published, reversed) => {
            const words = (n: number, d: number, sign: string) => `${sign}${(n / 10 ** d).toFixed(d)}bn`;
            const [x, y] = [words(a, da, '£'), words(b, db, '€')];
            const v = reversed ? check(y, x, published) : check(x, y, published);
            expect(data(roundTrip(v))).toEqual(data(v));
            expect(verdictToJSON(roundTrip(v))).toEqual(verdictToJSON(v));
          },
        ),
        { numRuns: 150 },
      );
    });
  });
  describe('json that is not a verdict', () => {
    const json = () => verdictToJSON(check('£11bn', '€12.68bn'));
    it.each([
      ['not an object', () => null, 'json'],
      ['an unknown status', () => ({ ...json(), status: 'fine' }), 'json.status'],
      ['an unknown reason', () => ({ ...json(), reasons: ['constructor'] }), 'json.reasons[0]'],
      [
        'a 10-digit decimal point that is not a number',
        () => ({ ...json(), implied: { ...json().implied, point: '1.15x' } }),
        'json.implied.point',
      ],
      [
        'a negative rate',
        () => ({ ...json(), implied: { ...json().implied, low: '-1' } }),
        'json.implied.low',
      ],
      ['a rate as a number', () => ({ ...json(), best: { ...json().best, rate: 1.15 } }), 'json.best.rate'],
      [
        'gapBps not finite',
        () => ({ ...json(), best: { ...json().best, gapBps: null } }),
        'json.best.gapBps',
      ],
      ['no maxResolutionBps', () => ({ ...json(), maxResolutionBps: undefined }), 'json.maxResolutionBps'],
    ])('throws INVALID_ARGUMENT naming the path for %s', (_name, make, path) => {
      const e = expectReckonError(() => verdictFromJSON(make() as never), 'INVALID_ARGUMENT');
      expect(e.message).toContain(path);
    });
    it('throws INVALID_DATE naming the path for a day that is not one', () => {
      const bad = { ...json(), window: { from: '2025-02-30', to: '2025-09-18' } };
      expect(expectReckonError(() => verdictFromJSON(bad), 'INVALID_DATE').message).toContain(
        'json.window.from',
      );
    });
  });
});
