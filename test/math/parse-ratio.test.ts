import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRatio, ratio, ratioToString, safeParseRatio } from '../../src/index';
import { expectReckonError } from '../helpers';

const anyRatio = fc
  .tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.bigInt({ min: 1n, max: 10n ** 20n }))
  .map(([n, d]) => ratio(n, d));

describe('parseRatio', () => {
  describe('a decimal or n/d', () => {
    it('reads decimals and fractions exactly, in lowest terms', () => {
      expect(parseRatio('0.8675')).toEqual({ n: 347n, d: 400n });
      expect(parseRatio('-12')).toEqual({ n: -12n, d: 1n });
      expect(parseRatio('6/4')).toEqual({ n: 3n, d: 2n });
      expect(parseRatio('-400/347')).toEqual({ n: -400n, d: 347n });
    });
    it('reads back what ratioToString writes', () => {
      fc.assert(
        fc.property(anyRatio, (r) => {
          expect(parseRatio(ratioToString(r))).toEqual(r);
        }),
      );
    });
  });
  describe('text that is not an exact number', () => {
    it.each(['', 'abc', '1e5', '1,000', '1.', '.5', '1/0', '1/-2', '1/2/3', ' 1', '0x10'])(
      'throws INVALID_RATES for %j',
      (text) => {
        expect(expectReckonError(() => parseRatio(text), 'INVALID_RATES').details.input).toBe(text);
      },
    );
  });
});

describe('safeParseRatio', () => {
  describe('good text', () => {
    it('returns the ratio parseRatio returns', () => {
      expect(safeParseRatio('400/347')).toEqual({ success: true, output: parseRatio('400/347') });
    });
  });
  describe('bad text', () => {
    it('returns the INVALID_RATES issue parseRatio throws', () => {
      const r = safeParseRatio('1/0');
      expect(r.success ? r.output : r.issues.map((i) => i.code)).toEqual(['INVALID_RATES']);
    });
  });
  describe('a value that is not a string', () => {
    it('returns an INVALID_ARGUMENT issue naming text', () => {
      const r = safeParseRatio(42 as never);
      expect(r.success ? r.output : r.issues[0]).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['text'] });
    });
  });
});
