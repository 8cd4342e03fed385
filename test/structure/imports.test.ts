import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The import graph of the repository, read from the sources (relative `import … from` and `export …
 * from`, type-only ones included: a cycle of types is still a cycle to a reader). The same check as
 * `npx madge --circular --extensions ts src`, without the dependency.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|mts)$/.test(name) ? [path] : [];
  });
}

const SPECIFIER =
  /(?:^|\n)\s*(?:import|export)\b[^'";]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveImport(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts'), base.replace(/\.js$/, '.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

function edges(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(SPECIFIER)) {
    const target = resolveImport(file, m[1] ?? m[2] ?? '');
    if (target) out.push(target);
  }
  return out;
}

const rel = (p: string) => relative(ROOT, p);

describe('the import graph', () => {
  const src = files(join(ROOT, 'src'));
  const graph = new Map(src.map((f) => [f, edges(f)]));

  describe('src/', () => {
    it('has no cycle', () => {
      const state = new Map<string, 'open' | 'done'>();
      const cycles: string[] = [];
      const visit = (f: string, stack: string[]) => {
        state.set(f, 'open');
        for (const g of graph.get(f) ?? []) {
          if (state.get(g) === 'open')
            cycles.push([...stack.slice(stack.indexOf(g)), g].map(rel).join(' → '));
          else if (!state.has(g)) visit(g, [...stack, g]);
        }
        state.set(f, 'done');
      };
      for (const f of src) if (!state.has(f)) visit(f, [f]);
      expect(cycles).toEqual([]);
    });
    it('keeps the core away from the schema, the CLI and the matchers', () => {
      const outer = ['src/schema/', 'src/cli/', 'src/vitest/'];
      const isOuter = (f: string) => outer.some((o) => rel(f).startsWith(o));
      // The datasets entry builds on reckon/schema: it is an outer entry too.
      const core = src.filter((f) => !isOuter(f) && !rel(f).startsWith('src/datasets/'));
      const crossings = core.flatMap((f) =>
        (graph.get(f) ?? []).filter(isOuter).map((g) => `${rel(f)} imports ${rel(g)}`),
      );
      expect(crossings).toEqual([]);
    });
  });

  describe('test/ and scripts/', () => {
    it('do not import each other', () => {
      const crossings = [
        ...files(join(ROOT, 'test')).flatMap((f) =>
          edges(f)
            .filter((g) => rel(g).startsWith('scripts/'))
            .map((g) => `${rel(f)} imports ${rel(g)}`),
        ),
        ...files(join(ROOT, 'scripts')).flatMap((f) =>
          edges(f)
            .filter((g) => rel(g).startsWith('test/'))
            .map((g) => `${rel(f)} imports ${rel(g)}`),
        ),
      ];
      expect(crossings.sort()).toEqual([]);
    });
    it('share code through tools/, which imports only src/', () => {
      const outside = files(join(ROOT, 'tools')).flatMap((f) =>
        edges(f)
          .filter((g) => !rel(g).startsWith('src/') && !rel(g).startsWith('tools/'))
          .map((g) => `${rel(f)} imports ${rel(g)}`),
      );
      expect(outside).toEqual([]);
    });
  });

  describe('the reader itself', () => {
    it('finds the imports it is meant to find', () => {
      const index = graph.get(join(ROOT, 'src/index.ts')) ?? [];
      expect(index.map(rel)).toContain('src/money/index.ts');
      expect(index.length).toBeGreaterThan(10);
      // A multi-line import from another top-level folder is seen (the crossings check relies on it).
      expect(edges(join(ROOT, 'scripts/eval-extract.ts')).map(rel)).toContain('tools/extract-eval.ts');
    });
  });
});
