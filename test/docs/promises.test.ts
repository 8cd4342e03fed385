import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PAGE = resolve(ROOT, 'docs/promises.md');
const page = readFileSync(PAGE, 'utf8');

/** The codes of `ReckonErrorCode`, read from the source so that a new code is seen here at once. */
function errorCodes(): string[] {
  const source = readFileSync(resolve(ROOT, 'src/errors/reckon-error.ts'), 'utf8');
  const union = /export type ReckonErrorCode =([^;]+);/.exec(source)?.[1] ?? '';
  return [...union.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1] as string);
}

/** The relative links of the page, resolved from docs/. */
const links = [...page.matchAll(/\]\((\.\.?\/[^)#\s]+)\)/g)].map((m) => m[1] as string);
/**
 * The test files it names, as code spans from the repository root (`test/…`): not links, since test/ is
 * not in the published package and a link would break on the registry page.
 */
const tests = [...page.matchAll(/`(test\/[^`\s]+)`/g)].map((m) => m[1] as string);

describe('docs/promises.md', () => {
  describe('the tests it names', () => {
    it('names test files, and each exists', () => {
      expect(tests.length).toBeGreaterThan(10);
      const missing = tests.filter((t) => !existsSync(resolve(ROOT, t)));
      expect(missing).toEqual([]);
    });

    it('has no broken relative link', () => {
      expect(links.filter((l) => !existsSync(resolve(dirname(PAGE), l)))).toEqual([]);
    });
  });

  describe('error codes', () => {
    it('mentions every ReckonError code in src/errors', () => {
      const codes = errorCodes();
      expect(codes.length).toBeGreaterThan(10);
      expect(codes.filter((c) => !page.includes(`\`${c}\``))).toEqual([]);
    });
  });

  describe('links to it', () => {
    it('is linked from README.md and docs/cli.md', () => {
      expect(readFileSync(resolve(ROOT, 'README.md'), 'utf8')).toContain('(docs/promises.md)');
      expect(readFileSync(resolve(ROOT, 'docs/cli.md'), 'utf8')).toContain('(promises.md)');
    });
  });
});
