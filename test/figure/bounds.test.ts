import { lessThanOrEqual } from 'dinero.js/bigint';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figureBounds, parseFigure } from '../../src/index';
import { expectReckonError, show } from '../helpers';
import { writableFigure } from './arbitraries';

const bounds = (text: string, view: 'nominal' | 'rounding' = 'nominal') => {
  const b = figureBounds(parseFigure(text), { view });
  return [show(b.low), show(b.high), b.lowInclusive, b.highInclusive];
};

describe('figureBounds', () => {
  describe('nominal view', () => {
    it.each([
      ['£11bn', ['GBP 11000000000', 'GBP 11000000000', true, true]],
      ['rund 1 Mrd. Euro', ['EUR 1000000000', 'EUR 1000000000', true, true]],
      ['up to £11bn', ['GBP 0', 'GBP 11000000000', true, true]],
      ['at least $500mn', ['USD 500000000', null, true, false]],
      ['more than $10bn', ['USD 10000000000', null, false, false]],
      ['fast 700 Millionen US-Dollar', ['USD 630000000', 'USD 700000000', true, false]],
      ['less than $300m', ['USD 0', 'USD 300000000', true, false]],
      ['between $1bn and $2bn', ['USD 1000000000', 'USD 2000000000', true, true]],
    ])('%s', (text, want) => expect(bounds(text)).toEqual(want));
    it('flags "about" as approximate and widens it by an optional band', () => {
      const f = parseFigure('about $1.8bn');
      expect(figureBounds(f).approximate).toBe(true);
      const wide = figureBounds(f, { aboutBand: '0.05' });
      expect([show(wide.low), show(wide.high)]).toEqual(['USD 1710000000', 'USD 1890000000']);
    });
    it('takes the "almost" band as an option', () => {
      const b = figureBounds(parseFigure('nearly $100m'), { almostBand: '0.25' });
      expect(show(b.low)).toBe('USD 75000000');
    });
    it('reads negative "up to" by magnitude', () => {
      const b = figureBounds(parseFigure('up to -£40m'));
      expect([show(b.low), show(b.high)]).toEqual(['GBP -40000000', 'GBP 0']);
    });
    it('throws INVALID_ARGUMENT for a band outside [0, 1]', () => {
      expectReckonError(() => figureBounds(parseFigure('£1m'), { almostBand: '1.5' }), 'INVALID_ARGUMENT');
      expectReckonError(() => figureBounds(parseFigure('£1m'), { aboutBand: '-0.1' }), 'INVALID_ARGUMENT');
    });
  });

  describe('rounding view', () => {
    it.each([
      ['£11bn', ['GBP 10500000000', 'GBP 11500000000', true, true]],
      ['€12.68bn', ['EUR 12675000000', 'EUR 12685000000', true, true]],
      ['up to £11bn', ['GBP 0', 'GBP 11500000000', true, true]],
      ['$12.50', ['USD 12.495', 'USD 12.505', true, true]],
      ['$3-4bn', ['USD 2500000000', 'USD 4500000000', true, true]],
      ['more than $10bn', ['USD 9500000000', null, false, false]],
    ])('%s', (text, want) => expect(bounds(text, 'rounding')).toEqual(want));
  });

  describe('properties', () => {
    it('the rounding interval contains the nominal interval, and low ≤ high', () => {
      fc.assert(
        fc.property(writableFigure, (figure) => {
          const n = figureBounds(figure);
          const r = figureBounds(figure, { view: 'rounding' });
          if (n.low && r.low) expect(lessThanOrEqual(r.low, n.low)).toBe(true);
          if (n.high && r.high) expect(lessThanOrEqual(n.high, r.high)).toBe(true);
          expect(n.high === null).toBe(r.high === null);
          if (n.low && n.high) expect(lessThanOrEqual(n.low, n.high)).toBe(true);
          if (r.low && r.high)
            expect(lessThanOrEqual(r.low, figure.amount) && lessThanOrEqual(figure.amount, r.high)).toBe(
              true,
            );
        }),
        { numRuns: 500 },
      );
    });
  });
});
