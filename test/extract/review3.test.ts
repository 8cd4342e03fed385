import { describe, expect, it } from 'vitest';
import { type ExtractOptions, extractFigures, figureToJSON } from '../../src/index';
import { describeFigure, REVIEW3 } from './issue-examples';

/**
 * The extraction findings of the third user review (H1… of /work/notes/review3.md): wrong bounds, wrong
 * numbers and lost figures in real passages. The same rows run through `reckon extract` in
 * test/cli/extract.test.ts.
 */
const described = (text: string, options: ExtractOptions = {}) =>
  extractFigures(text, options).map((f) => describeFigure(figureToJSON(f)));

describe('extractFigures', () => {
  describe('third user review findings', () => {
    it.each(REVIEW3.map((e) => [e.text, e.figures, e.options] as const))('%s', (text, want, options) =>
      expect(described(text, options)).toEqual(want),
    );
  });
});
