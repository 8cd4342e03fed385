/**
 * Every ```ts block in README.md and docs/*.md is compiled and run, as a reader would paste it.
 *
 * The convention:
 * - ```ts: a complete program. It imports what it uses (from 'reckon', 'reckon/schema',
 *   'reckon/vitest', 'reckon/datasets/nscale-2025-09', node: modules or dependencies), compiles under
 *   strict + exactOptionalPropertyTypes + noUncheckedIndexedAccess against the built package types
 *   (dist/, built by test/global-setup.ts), and runs without files or network.
 * - `console.log(x); // → <expected>`: the line prints exactly <expected> (each time it runs), with
 *   no-break spaces (Intl puts them in "12,68 Mrd. €") read as spaces.
 * - Anything that cannot run as it stands (a config file, a test body, a shell line, a JSON shape) is
 *   ```text, ```sh or ```json, and is not checked.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { transformSync } from 'esbuild';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const WORK = join(ROOT, 'node_modules/.cache/reckon/doc-blocks');

/** The package's entries as a reader imports them → the built files. */
const ENTRIES: Readonly<Record<string, string>> = {
  reckon: 'dist/index',
  'reckon/schema': 'dist/schema',
  'reckon/vitest': 'dist/vitest',
  'reckon/datasets/nscale-2025-09': 'dist/datasets/nscale-2025-09',
  'reckon/datasets/uk-tech-2025-09': 'dist/datasets/uk-tech-2025-09',
};

interface Block {
  readonly name: string;
  readonly code: string;
}

function blocks(): Block[] {
  const docs = readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`);
  return ['README.md', ...docs].flatMap((file) => {
    const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
    const out: Block[] = [];
    let start = -1;
    lines.forEach((line, i) => {
      if (start < 0 && /^```ts\s*$/.test(line)) start = i;
      else if (start >= 0 && /^```\s*$/.test(line)) {
        out.push({ name: `${file}:${start + 1}`, code: lines.slice(start + 1, i).join('\n') });
        start = -1;
      }
    });
    return out;
  });
}

const EXPECTATION = /^(\s*)console\.log\((.*)\);?\s*\/\/ → (.*)$/;

/** The block with each checked console.log recording what it printed, by line. */
function instrument(code: string): string {
  const lines = code.split('\n').map((line, i) => {
    const m = EXPECTATION.exec(line);
    return m ? `${m[1]}__log(${i}, ${m[2]});` : line;
  });
  return [
    "import { format as __format } from 'node:util';",
    'const __printed: [number, string][] = [];',
    'const __log = (line: number, ...args: unknown[]) => { __printed.push([line, __format(...args)]); };',
    "process.on('beforeExit', () => { process.stdout.write('\\n@@printed ' + JSON.stringify(__printed) + '\\n'); });",
    ...lines,
  ].join('\n');
}

function expectations(code: string): Map<number, string> {
  const out = new Map<number, string>();
  code.split('\n').forEach((line, i) => {
    const m = EXPECTATION.exec(line);
    if (m) out.set(i, (m[3] ?? '').trim());
  });
  return out;
}

/** No-break spaces as plain ones: a reader types a space. */
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const all = blocks();
const fileOf = (i: number) => join(WORK, `block-${i}.ts`);

function compile(): Map<string, string[]> {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  for (const [i, b] of all.entries()) writeFileSync(fileOf(i), `${b.code}\nexport {};\n`);
  const paths = Object.fromEntries(Object.entries(ENTRIES).map(([k, v]) => [k, [join(ROOT, `${v}.d.ts`)]]));
  const program = ts.createProgram(
    all.map((_, i) => fileOf(i)),
    {
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2022.d.ts'],
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      types: ['node'],
      typeRoots: [join(ROOT, 'node_modules/@types')],
      skipLibCheck: true,
      noEmit: true,
      paths,
    },
  );
  const errors = new Map<string, string[]>();
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const name = d.file?.fileName ?? '';
    const list = errors.get(name) ?? [];
    const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
    list.push(`line ${at}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    errors.set(name, list);
  }
  return errors;
}

function run(
  i: number,
  code: string,
): { printed: Map<number, string[]>; stderr: string; status: number | null } {
  let js = transformSync(instrument(code), { loader: 'ts', format: 'esm', target: 'node20' }).code;
  for (const [spec, path] of Object.entries(ENTRIES)) {
    js = js.replaceAll(
      `from "${spec}"`,
      `from ${JSON.stringify(pathToFileURL(join(ROOT, `${path}.js`)).href)}`,
    );
  }
  const file = join(WORK, `block-${i}.mjs`);
  writeFileSync(file, js);
  const r = spawnSync(process.execPath, [file], { cwd: WORK, encoding: 'utf8', timeout: 60_000 });
  const marker = r.stdout.lastIndexOf('@@printed ');
  const printed = new Map<number, string[]>();
  if (marker >= 0) {
    for (const [line, text] of JSON.parse(r.stdout.slice(marker + 10)) as [number, string][]) {
      printed.set(line, [...(printed.get(line) ?? []), text]);
    }
  }
  return { printed, stderr: r.stderr, status: r.status };
}

describe('the code blocks of README.md and docs/*.md', () => {
  const errors = compile();
  it('finds the blocks', () => {
    expect(all.length).toBeGreaterThan(5);
  });
  all.forEach((block, i) => {
    describe(block.name, () => {
      it('compiles strictly against the built types', () => {
        expect(errors.get(fileOf(i)) ?? []).toEqual([]);
      });
      it('runs, and prints what its comments say', () => {
        const r = run(i, block.code);
        expect(r.stderr, 'stderr').toBe('');
        expect(r.status).toBe(0);
        for (const [line, expected] of expectations(block.code)) {
          const got = r.printed.get(line);
          expect(got, `line ${line + 1} printed nothing`).toBeDefined();
          for (const text of got ?? [])
            expect(`line ${line + 1}: ${spaces(text)}`).toBe(`line ${line + 1}: ${spaces(expected)}`);
        }
      });
    });
  });
});
