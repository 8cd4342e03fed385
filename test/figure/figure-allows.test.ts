import { dinero } from 'dinero.js/bigint';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figureAllows, figureBounds, money, parseFigure } from '../../src/index';
import { expectReckonError } from '../helpers';
import { writableFigure } from './arbitraries';

const gbp = (v: string) => money(v, 'GBP');

describe('figureAllows', () => {
  describe('nominal view', () => {
    it('"up to" holds 0 to the value, ends included', () => {
      const f = parseFigure('up to £11bn');
      expect(figureAllows(f, gbp('500000000'))).toBe(true);
      expect(figureAllows(f, gbp('11000000000'))).toBe(true);
      expect(figureAllows(f, gbp('0'))).toBe(true);
      expect(figureAllows(f, gbp('11000000000.01'))).toBe(false);
    });
    it('"more than" excludes the value itself and has no upper end', () => {
      const f = parseFigure('more than £1bn');
      expect(figureAllows(f, gbp('1000000000'))).toBe(false);
      expect(figureAllows(f, gbp('1000000000.01'))).toBe(true);
      expect(figureAllows(f, gbp('9'.repeat(40)))).toBe(true);
    });
    it('an exact figure holds its value only', () => {
      expect(figureAllows(parseFigure('£11bn'), gbp('11000000000'))).toBe(true);
      expect(figureAllows(parseFigure('£11bn'), gbp('11400000000'))).toBe(false);
    });
  });
  describe('rounding view', () => {
    it('widens the written value by half its rounding step', () => {
      const f = parseFigure('£11bn');
      expect(figureAllows(f, gbp('11400000000'), { view: 'rounding' })).toBe(true);
      expect(figureAllows(f, gbp('11600000000'), { view: 'rounding' })).toBe(false);
    });
  });
  describe('errors', () => {
    it('throws CURRENCY_MISMATCH for money in another currency', () => {
      expectReckonError(() => figureAllows(parseFigure('£11bn'), money('1', 'EUR')), 'CURRENCY_MISMATCH');
    });
    it('throws INVALID_ARGUMENT for a non-figure, non-money or bad options, naming the path', () => {
      const f = parseFigure('£11bn');
      expect(
        expectReckonError(
          () => figureAllows({ ...f, qualifier: 'sometimes' } as never, gbp('1')),
          'INVALID_ARGUMENT',
        ).details.path,
      ).toBe('figure.qualifier');
      expect(expectReckonError(() => figureAllows(f, '1' as never), 'INVALID_ARGUMENT').details.path).toBe(
        'value',
      );
      expect(
        expectReckonError(() => figureAllows(f, gbp('1'), { view: 'round' as never }), 'INVALID_ARGUMENT')
          .details.path,
      ).toBe('options.view');
      expect(
        expectReckonError(() => figureAllows(f, gbp('1'), { almostBand: 0.1 as never }), 'INVALID_ARGUMENT')
          .details.path,
      ).toBe('options.almostBand');
      expectReckonError(() => figureAllows(f, gbp('1'), null as never), 'INVALID_ARGUMENT');
    });
  });
  describe('laws', () => {
    it('allows exactly what lies between figureBounds, ends as the bounds say', () => {
      fc.assert(
        fc.property(writableFigure, fc.constantFrom('nominal', 'rounding' as const), (f, view) => {
          const b = figureBounds(f, { view });
          if (b.low !== null) expect(figureAllows(f, b.low, { view })).toBe(b.lowInclusive);
          if (b.high !== null) expect(figureAllows(f, b.high, { view })).toBe(b.highInclusive);
          const nudge = (m: typeof b.low, by: bigint) => {
            const { amount, scale, currency } = (m as NonNullable<typeof b.low>).toJSON();
            return dinero({ amount: amount * 10n + by, currency, scale: scale + 1n });
          };
          if (b.low !== null) expect(figureAllows(f, nudge(b.low, -1n), { view })).toBe(false);
          if (b.high !== null) expect(figureAllows(f, nudge(b.high, 1n), { view })).toBe(false);
        }),
      );
    });
  });
});
