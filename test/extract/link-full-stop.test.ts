import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/index';

const pairs = (text: string) =>
  extractFigures(text).map((f) => [text.slice(f.start, f.end), f.convertedFrom] as const);

describe('extractFigures', () => {
  describe('a conversion in brackets after a full stop (Reuters, real-news rn-en-070)', () => {
    it('links "A$10.2 billion. ($7.66 billion)"', () => {
      expect(pairs('to be acquired by Brookfield for A$10.2 billion. ($7.66 billion)\n\nNext.')).toEqual([
        ['A$10.2 billion', undefined],
        ['$7.66 billion', 0],
      ]);
    });
    it('keeps what follows the bracket deciding, as for any bracket: a prior-year note is no pair', () => {
      expect(pairs('Sales were £5bn. (Last year: £4bn.)')).toEqual([
        ['£5bn', undefined],
        ['£4bn', undefined],
      ]);
    });
    it('needs the full stop glued to the figure and the bracket right after it', () => {
      expect(pairs('It cost £5bn . ($6.3bn)')).toEqual([
        ['£5bn', undefined],
        ['$6.3bn', undefined],
      ]);
    });
  });
});
