import { describe, expect, it } from 'vitest';
import { largestCore } from '../../src/reconcile/core';
import { type Iv, intersectIv } from '../../src/reconcile/interval';

const r = (n: bigint) => ({ n, d: 1n });
const closed = (lo: bigint, hi: bigint): Iv => ({ lo: r(lo), loInc: true, hi: r(hi), hiInc: true });
const open = (lo: bigint, hi: bigint): Iv => ({ lo: r(lo), loInc: false, hi: r(hi), hiInc: false });

describe('intersectIv', () => {
  describe('readings that touch at one value (review G3)', () => {
    it('returns null for two ranges sharing only an end', () => {
      expect(intersectIv(closed(25n, 35n), closed(35n, 45n))).toBeNull();
    });
    it('keeps a single value that lies at the end of a range', () => {
      expect(intersectIv(closed(35n, 35n), closed(25n, 35n))).toEqual(closed(35n, 35n));
    });
    it('keeps an overlap of positive width', () => {
      expect(intersectIv(closed(25n, 35n), closed(30n, 45n))).toEqual(closed(30n, 35n));
    });
  });
});

describe('largestCore', () => {
  describe('readings that touch at one value (review G3)', () => {
    it('does not count ranges that only touch as sharing an amount', () => {
      const ivs = [closed(25n, 35n), closed(25n, 35n), closed(25n, 35n), closed(35n, 45n), closed(35n, 45n)];
      expect(largestCore(ivs)).toEqual({ members: [0, 1, 2], tie: false });
    });
    it('counts a single value at a closed end, not at an open one', () => {
      expect(largestCore([closed(25n, 35n), closed(35n, 35n)]).members).toEqual([0, 1]);
      expect(largestCore([open(25n, 35n), closed(35n, 35n)]).members).toHaveLength(1);
    });
    it('calls two disjoint majorities of ranges touching at one value a tie', () => {
      expect(largestCore([closed(25n, 35n), closed(35n, 45n)])).toEqual({ members: [0], tie: true });
    });
  });
});
