import { describe, expect, it } from 'vitest';
import {
  checkConversion,
  defaultToleranceBps,
  explainVerdict,
  impliedRate,
  parseFigure,
  ratesFromConversions,
  ratesFromList,
} from '../../src/index';
import { expectReckonError } from '../helpers';

const rates = () =>
  ratesFromList([{ base: 'EUR', quote: 'GBP', value: '0.8675', date: '2025-09-17', source: 'ECB' }]);
const snapshot = () => ({
  from: parseFigure('£11bn'),
  to: parseFigure('€12.68bn'),
  publishedDate: '2025-09-18',
});
const pathOf = (fn: () => unknown) => expectReckonError(fn, 'INVALID_ARGUMENT').message;

describe('checkConversion', () => {
  describe('a snapshot that is not one', () => {
    it('throws INVALID_ARGUMENT naming the part', () => {
      for (const value of [null, undefined, 42, 'x', {}])
        expect(pathOf(() => checkConversion(value as never, rates()))).toContain('snapshot');
      expect(pathOf(() => checkConversion({ ...snapshot(), from: '£11bn' } as never, rates()))).toContain(
        'snapshot.from',
      );
      expect(
        pathOf(() => checkConversion({ ...snapshot(), to: { amount: '1' } } as never, rates())),
      ).toContain('snapshot.to.amount');
    });
  });

  describe('options of the wrong type', () => {
    it('throws INVALID_ARGUMENT naming the option', () => {
      expect(pathOf(() => checkConversion(snapshot(), rates(), null as never))).toContain('options');
      for (const [name, value] of [
        ['toleranceBps', '44'],
        ['toleranceBps', Symbol('x')],
        ['toleranceBps', Object.create(null)],
        ['toleranceBps', -1],
        ['toleranceBps', Number.NaN],
        ['maxResolutionBps', Number.POSITIVE_INFINITY],
        ['assumeSourceExact', 'false'],
        ['window', 42],
      ] as const) {
        expect(pathOf(() => checkConversion(snapshot(), rates(), { [name]: value } as never))).toContain(
          `options.${name}`,
        );
      }
    });

    it('still takes every valid option', () => {
      const v = checkConversion(snapshot(), rates(), {
        toleranceBps: 0,
        maxResolutionBps: 250,
        assumeSourceExact: true,
        window: { from: '2025-09-17', to: '2025-09-18' },
      });
      expect(v.status).toBe('consistent');
    });
  });

  describe('rates with a null inside', () => {
    it('throws INVALID_ARGUMENT naming rates[0]', () => {
      expect(pathOf(() => checkConversion(snapshot(), [null] as never))).toContain('rates[0]');
    });
  });
});

describe('impliedRate', () => {
  describe('bad arguments', () => {
    it('throws INVALID_ARGUMENT', () => {
      for (const value of [null, undefined, 42]) pathOf(() => impliedRate(value as never));
      expect(pathOf(() => impliedRate(snapshot(), null as never))).toContain('options');
    });
  });
});

describe('ratesFromConversions', () => {
  describe('snapshots that are not a list of snapshots', () => {
    it('throws INVALID_ARGUMENT naming snapshots or snapshots[i]', () => {
      for (const value of [null, undefined, 42, {}])
        expect(pathOf(() => ratesFromConversions(value as never))).toContain('snapshots');
      expect(pathOf(() => ratesFromConversions([snapshot(), null] as never))).toContain('snapshots[1]');
    });
  });
});

describe('defaultToleranceBps', () => {
  describe('codes that are not strings, and inherited keys', () => {
    it('throws INVALID_ARGUMENT for non-strings and answers 100 for an unknown pair', () => {
      for (const value of [Symbol('x'), Object.create(null), null])
        pathOf(() => defaultToleranceBps(value as never, 'EUR'));
      expect(defaultToleranceBps('EUR', 'GBP')).toBe(44);
      expect(defaultToleranceBps('constructor', 'toString')).toBe(100);
    });
  });
});

describe('explainVerdict', () => {
  describe('a verdict that is not one, and a language it does not have', () => {
    it('throws INVALID_ARGUMENT naming them', () => {
      const verdict = checkConversion(snapshot(), rates());
      for (const value of [null, undefined, 42, {}])
        expect(pathOf(() => explainVerdict(value as never))).toContain('verdict');
      expect(pathOf(() => explainVerdict({ ...verdict, status: 'weird' } as never))).toContain(
        'verdict.status',
      );
      for (const language of ['fr', 'constructor', 'toString', Object.create(null)])
        expect(pathOf(() => explainVerdict(verdict, { language } as never))).toContain('options.language');
      expect(pathOf(() => explainVerdict(verdict, null as never))).toContain('options');
      expect(pathOf(() => explainVerdict(verdict, { locale: 'de' } as never))).toContain('options.locale');
      expect(explainVerdict(verdict, { language: 'de' })).toContain('Referenzkurs');
    });
  });
});
