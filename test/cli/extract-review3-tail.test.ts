import { beforeAll, describe, expect, it } from 'vitest';
import type { IssueExample } from '../extract/issue-examples';
import { REVIEW3_TAIL } from '../extract/review3-tail-examples';
import { extractEach } from '../helpers';

/** The examples `reckon extract --dollar` can run (a language given to the library is not a CLI flag here). */
const EXAMPLES = REVIEW3_TAIL.filter((e) => e.options?.language === undefined);

describe('reckon extract', () => {
  describe('the third user review findings, from the end, through the binary', () => {
    let byExample = new Map<IssueExample, string[]>();
    beforeAll(() => {
      byExample = extractEach(EXAMPLES);
    });
    it.each(EXAMPLES.map((e) => [e.text, e] as const))('%s', (_text, e) => {
      expect(byExample.get(e)).toEqual(e.figures);
    });
  });
});
