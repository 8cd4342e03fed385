import { describe, expect, it } from 'vitest';
import { parseRatio, ratio, ratioCmp } from '../../src/index';
import { expectReckonError } from '../helpers';

describe('parseRatio', () => {
  describe('a value that is not a string', () => {
    it('throws INVALID_ARGUMENT naming text', () => {
      for (const value of [null, undefined, 42, {}, Symbol('x'), 1n]) {
        expect(expectReckonError(() => parseRatio(value as never), 'INVALID_ARGUMENT').message).toContain(
          'text',
        );
      }
      expect(parseRatio('400/347')).toEqual({ n: 400n, d: 347n });
    });
  });
});

describe('ratioCmp', () => {
  describe('a value that is not a ratio', () => {
    it('throws INVALID_ARGUMENT naming a or b', () => {
      const one = ratio(1n);
      for (const value of [null, 42, { n: 1, d: 3 }, { n: 1n }, { n: 1n, d: 0n }, { n: 1n, d: -1n }]) {
        expect(expectReckonError(() => ratioCmp(value as never, one), 'INVALID_ARGUMENT').details.path).toBe(
          'a',
        );
        expect(expectReckonError(() => ratioCmp(one, value as never), 'INVALID_ARGUMENT').details.path).toBe(
          'b',
        );
      }
      expect(ratioCmp(ratio(1n, 3n), ratio(1n, 2n))).toBe(-1);
    });
  });
});
