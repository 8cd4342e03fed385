import { beforeAll, describe, expect, it } from 'vitest';
import { ISSUE_EXAMPLES, type IssueExample } from '../extract/issue-examples';
import { extractEach, runCli as run } from '../helpers';

describe('reckon extract', () => {
  describe('every example of the extraction issue, one line each, through the binary', () => {
    // One run per --dollar setting: each example on its own line (a line ends a sentence), and the
    // figures of each line compared with the library's expectation, indices counted from the line.
    let byLine = new Map<IssueExample, string[]>();
    beforeAll(() => {
      byLine = extractEach(ISSUE_EXAMPLES);
    });
    it.each(
      ISSUE_EXAMPLES.map(
        (e) => [e.text, e.options?.dollar ? `--dollar ${e.options.dollar}` : '', e] as const,
      ),
    )('%s %s', (_t, _d, e) => {
      expect(byLine.get(e)).toEqual(e.figures);
    });
  });

  describe('text output', () => {
    it('says when the currency of a "$" is assumed, and reads --dollar', () => {
      const text = 'NZ Herald: £10.25 billion ($19.9 billion)';
      const plain = run(['extract', '-'], text);
      expect(plain.code).toBe(0);
      expect(plain.out).toMatch(
        /\$19\.9bn \[exact\]\s+\(converted from #1\)\s+\(USD assumed for "\$"; see --dollar\)/,
      );
      const nz = run(['extract', '-', '--dollar', 'NZD'], text);
      expect(nz.out).toContain('NZ$19.9bn [exact]');
      expect(nz.out).not.toContain('assumed');
      const ambiguous = run(['extract', '-', '--dollar', 'ambiguous'], text);
      expect(ambiguous.out).toContain('1 figure(s), 0 conversion pair(s).');
    });
    it('prints more than 20 decimals and amounts beyond 1.8e308 in full', () => {
      const r = run(['extract', '-'], `It cost $0.000000000000000000001.\nIt cost €${'9'.repeat(400)}.`);
      expect(r.code, r.err).toBe(0);
      expect(r.out).toContain('$0.000000000000000000001 [exact]');
      expect(r.out).not.toContain('∞');
      expect(r.out).toContain(`€${'9'.repeat(400).replace(/(\d)(?=(\d{3})+$)/g, '$1,')} [exact]`);
    });
    it('exits 2 with one line for a --dollar that is no ISO code', () => {
      const r = run(['extract', '-', '--dollar', 'kiwi'], 'x');
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toMatch(/^reckon: --dollar/);
    });
  });

  describe('long input', () => {
    it('streams a 1.2 MB sentence without a full stop, with every figure in order', () => {
      const text = '$1m, '.repeat(240_000);
      const r = run(['extract', '-', '--no-color'], text);
      expect(r.code, r.err).toBe(0);
      const lines = r.out.trimEnd().split('\n');
      expect(lines).toHaveLength(240_001);
      expect(lines[239_999]).toMatch(/^240000\. 1:1199996\s+\$1m\s+\$1m \[exact\]/);
      expect(lines[240_000]).toBe('240000 figure(s), 0 conversion pair(s).');
    }, 120_000);
  });
});
