import { describe, expect, it } from 'vitest';
import { figureBounds, formatInterval, money, parseFigure } from '../../src/index';
import { expectReckonError } from '../helpers';

const iv = (low: string | null, high: string | null, code = 'EUR', inclusive = true) => ({
  low: low === null ? null : money(low, code),
  high: high === null ? null : money(high, code),
  lowInclusive: inclusive,
  highInclusive: inclusive,
});

describe('formatInterval', () => {
  describe('one point', () => {
    it('writes the value compactly', () => {
      expect(formatInterval(iv('500000000', '500000000', 'GBP'))).toBe('£500m');
    });
  });
  describe('from zero', () => {
    it('says "up to", or "under" for an open end', () => {
      expect(formatInterval(figureBounds(parseFigure('up to £11bn')))).toBe('up to £11bn');
      expect(formatInterval(iv('0', '11000000000', 'GBP', false))).toBe('under £11bn');
    });
  });
  describe('one end open', () => {
    it('uses ≥, >, ≤ and <', () => {
      expect(formatInterval(figureBounds(parseFigure('at least $10bn')))).toBe('≥ $10bn');
      expect(formatInterval(figureBounds(parseFigure('more than $10bn')))).toBe('> $10bn');
      expect(formatInterval(iv(null, '5', 'EUR', false))).toBe('< €5');
      expect(formatInterval(iv(null, null))).toBe('unbounded');
    });
  });
  describe('a range', () => {
    it('writes both ends at one scale', () => {
      expect(formatInterval(iv('580000000', '13260000000'))).toBe('€0.58bn – €13.26bn');
      expect(formatInterval(figureBounds(parseFigure('£11bn'), { view: 'rounding' }))).toBe(
        '£10.5bn – £11.5bn',
      );
    });
  });
  describe('errors', () => {
    it('throws INVALID_ARGUMENT for ends that are not money, flags that are not booleans, or two currencies', () => {
      expectReckonError(() => formatInterval(null as never), 'INVALID_ARGUMENT');
      expectReckonError(
        () => formatInterval({ low: '1', high: null, lowInclusive: true, highInclusive: true } as never),
        'INVALID_ARGUMENT',
      );
      expectReckonError(
        () => formatInterval({ ...iv('1', '2'), lowInclusive: 'yes' } as never),
        'INVALID_ARGUMENT',
      );
      expectReckonError(
        () => formatInterval({ ...iv('1', '2'), high: money('2', 'GBP') }),
        'INVALID_ARGUMENT',
      );
    });
  });
});
