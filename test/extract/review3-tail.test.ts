import { describe, expect, it } from 'vitest';
import { type ExtractOptions, extractFigures, figureToJSON } from '../../src/index';
import { describeFigure } from './issue-examples';
import { REVIEW3_TAIL } from './review3-tail-examples';

/**
 * The extraction findings at the end of the third user review (from H8 on, renumbered, of
 * /work/notes/review3.md). The same rows run through `reckon extract` in
 * test/cli/extract-review3-tail.test.ts.
 */
const described = (text: string, options: ExtractOptions = {}) =>
  extractFigures(text, options).map((f) => describeFigure(figureToJSON(f)));

describe('extractFigures', () => {
  describe('third user review findings, from the end', () => {
    it.each(REVIEW3_TAIL.map((e) => [e.text, e.figures, e.options] as const))('%s', (text, want, options) =>
      expect(described(text, options)).toEqual(want),
    );
  });
});
