import { describe, expect, it } from 'vitest';
import { preview } from '../../src/errors/reckon-error';

describe('preview', () => {
  describe('values String() throws on', () => {
    it('shows a symbol and an object without a prototype instead of throwing', () => {
      expect(preview(Symbol('x'))).toBe('Symbol(x)');
      expect(preview(Object.create(null))).toBe('[object]');
    });
  });
  describe('long input', () => {
    it('shortens to the limit with an ellipsis', () => {
      expect(preview('a'.repeat(100), 10)).toBe(`${'a'.repeat(10)}…`);
    });
  });
});
