import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ratio, ratioCmp } from '../../src/index';
import { esc } from '../../src/report/escape';
import { niceAxis, px, xTenths } from '../../src/report/scale';

const decimal = fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }).map((n) => ratio(n, 100n));

describe('niceAxis', () => {
  describe('values of any size and sign', () => {
    it('holds 0 and every value, with at most four intervals of one step', () => {
      fc.assert(
        fc.property(fc.array(decimal, { maxLength: 8 }), (values) => {
          const axis = niceAxis(values);
          for (const v of [ratio(0n), ...values]) {
            expect(ratioCmp(axis.lo, v)).toBeLessThanOrEqual(0);
            expect(ratioCmp(axis.hi, v)).toBeGreaterThanOrEqual(0);
          }
          expect(axis.ticks.length).toBeGreaterThanOrEqual(2);
          expect(axis.ticks.length).toBeLessThanOrEqual(5);
          expect(axis.ticks[0]).toEqual(axis.lo);
          expect(axis.ticks.at(-1)).toEqual(axis.hi);
        }),
      );
    });
  });
  describe('all zero', () => {
    it('still has a range', () => {
      const axis = niceAxis([]);
      expect(ratioCmp(axis.hi, axis.lo)).toBe(1);
    });
  });
});

describe('xTenths', () => {
  describe('positions', () => {
    it('keeps the order of the values and stays on the axis', () => {
      fc.assert(
        fc.property(decimal, decimal, (a, b) => {
          const axis = niceAxis([a, b]);
          const [xa, xb] = [xTenths(axis, a, 220, 14), xTenths(axis, b, 220, 14)];
          if (ratioCmp(a, b) <= 0) expect(xa <= xb).toBe(true);
          for (const x of [xa, xb]) expect(x >= 140n && x <= 2340n).toBe(true);
        }),
      );
    });
    it('writes tenths of a pixel as SVG numbers', () => {
      expect([px(1234n), px(120n), px(5n)]).toEqual(['123.4', '12', '0.5']);
    });
  });
});

describe('esc', () => {
  describe('markup and quotes', () => {
    it('turns every special character into an entity and leaves the rest', () => {
      expect(esc(`<a href="x" title='y'>&</a>`)).toBe(
        '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
      );
      expect(esc('plain — text')).toBe('plain — text');
    });
    it('never leaves a character that could end text or an attribute', () => {
      fc.assert(
        fc.property(fc.string(), (s) => {
          expect(esc(s)).not.toMatch(/[<>"']/);
        }),
      );
    });
  });
});
