/**
 * Consumer tests: reckon as a user gets it. Packs the package, installs the tarball into throw-away
 * projects under a temp dir, type-checks each with TypeScript 5.9, 6.0 and the newest 7.x
 * (`skipLibCheck: false`) and runs it:
 *
 * - `app/esm-nodenext`: ES modules, `module: nodenext`, compiled by tsc and run by node
 * - `app/esm-bundler`: `moduleResolution: bundler`, run by tsx
 * - `app/cjs-node16`: CommonJS, `module: node16`, compiled and run; and `require.cjs`, plain JavaScript
 * - `vitest4`, `vitest5`: the matchers set up exactly as the README says (the script checks that the
 *   README holds these files verbatim), one assertion failing on purpose with its message checked, and
 *   the matchers' return types checked; vitest 5 runs only on Node ≥ 22.12 (what it supports) and is
 *   type-checked everywhere
 *
 * The programs run on every Node given with `--node` (default: the one running this script).
 *
 * It needs the npm registry, so it is not part of `npm test` (which stays offline); CI runs it.
 *
 * Usage: `tsx scripts/consumer-test.ts [--no-build] [--keep] [--node <path to node>]…`
 */
import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { packInto, root } from './pack';

const { values: args } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    node: { type: 'string', multiple: true, default: [process.execPath] },
  },
});

/** The TypeScript versions a user may have, each installed under an npm alias. */
const TYPESCRIPTS = { 'typescript-59': '~5.9', 'typescript-60': '~6.0', 'typescript-7': '^7' } as const;

// ---- the projects -------------------------------------------------------------------------------

/** What every program prints: the same answers whichever way reckon is loaded. */
const EXPECTED = 'up to £11bn | 13.50 GBP | nscale-2025-09 | consistent | 83 mentions in uk-tech-2025-09';

const ESM_PROGRAM = `import { add } from 'dinero.js/bigint';
import { checkConversion, currencyCode, formatFigure, type Money, money, parseFigure, ratesFromList, toDecimalString } from 'reckon';
import { nscaleDataset } from 'reckon/datasets/nscale-2025-09';
import json from 'reckon/datasets/nscale-2025-09.json' with { type: 'json' };
import { ukTechDataset } from 'reckon/datasets/uk-tech-2025-09';
import ukTechJson from 'reckon/datasets/uk-tech-2025-09.json' with { type: 'json' };
import { parseDataset } from 'reckon/schema';

// reckon's Money is dinero.js's own type: dinero's functions take it.
const sum: Money<'GBP'> = add(money('12.50', 'GBP'), money('1', 'GBP'));
// @ts-expect-error pounds are not euros (the types are real, not any)
const euros: Money<'EUR'> = money('1', 'GBP');
const verdict = checkConversion(
  { from: parseFigure('£11bn'), to: parseFigure('€12.68bn'), publishedDate: '2025-09-18' },
  ratesFromList(nscaleDataset().rates),
);
console.log([
  formatFigure(parseFigure('bis zu 11 Milliarden Pfund')),
  \`\${toDecimalString(sum)} \${currencyCode(sum)}\`,
  parseDataset(json).id,
  verdict.status,
  \`\${ukTechDataset().mentions?.length} mentions in \${parseDataset(ukTechJson).id}\`,
].join(' | '));
`;

const CJS_PROGRAM = `import { checkConversion, currencyCode, formatFigure, type Money, money, parseFigure, ratesFromList, toDecimalString } from 'reckon';
import { nscaleDataset } from 'reckon/datasets/nscale-2025-09';
import { ukTechDataset } from 'reckon/datasets/uk-tech-2025-09';
import { parseDataset } from 'reckon/schema';
import json = require('reckon/datasets/nscale-2025-09.json');
import ukTechJson = require('reckon/datasets/uk-tech-2025-09.json');

const sum: Money<'GBP'> = money('13.50', 'GBP');
// @ts-expect-error pounds are not euros (the types are real, not any)
const euros: Money<'EUR'> = money('1', 'GBP');
const verdict = checkConversion(
  { from: parseFigure('£11bn'), to: parseFigure('€12.68bn'), publishedDate: '2025-09-18' },
  ratesFromList(nscaleDataset().rates),
);
console.log([
  formatFigure(parseFigure('bis zu 11 Milliarden Pfund')),
  \`\${toDecimalString(sum)} \${currencyCode(sum)}\`,
  parseDataset(json).id,
  verdict.status,
  \`\${ukTechDataset().mentions?.length} mentions in \${parseDataset(ukTechJson).id}\`,
].join(' | '));
`;

const CJS_REQUIRE = `'use strict';
const { checkConversion, currencyCode, formatFigure, money, parseFigure, ratesFromList, toDecimalString } = require('reckon');
const { nscaleDataset } = require('reckon/datasets/nscale-2025-09');
const { ukTechDataset } = require('reckon/datasets/uk-tech-2025-09');
const { parseDataset } = require('reckon/schema');
const { reckonMatchers } = require('reckon/vitest');
const sum = money('13.50', 'GBP');
const verdict = checkConversion(
  { from: parseFigure('£11bn'), to: parseFigure('€12.68bn'), publishedDate: '2025-09-18' },
  ratesFromList(nscaleDataset().rates),
);
if (typeof reckonMatchers.toEqualMoney !== 'function') throw new Error('reckon/vitest has no matchers');
console.log([
  formatFigure(parseFigure('bis zu 11 Milliarden Pfund')),
  \`\${toDecimalString(sum)} \${currencyCode(sum)}\`,
  parseDataset(require('reckon/datasets/nscale-2025-09.json')).id,
  verdict.status,
  \`\${ukTechDataset().mentions.length} mentions in \${parseDataset(require('reckon/datasets/uk-tech-2025-09.json')).id}\`,
].join(' | '));
`;

const tsconfig = (options: Record<string, unknown>, include: string[]) =>
  `${JSON.stringify({ compilerOptions: { strict: true, target: 'es2022', skipLibCheck: false, types: ['node'], ...options }, include }, null, 2)}\n`;

/** These two are the README's text, verbatim (checked below). */
const VITEST_CONFIG = `// vitest.config.ts
import { defineConfig } from 'vitest/config';
export default defineConfig({ test: { setupFiles: ['./vitest.setup.ts'] } });
`;
const VITEST_SETUP = `// vitest.setup.ts
import { expect } from 'vitest';
import { reckonMatchers } from 'reckon/vitest';
expect.extend(reckonMatchers);
`;

const VITEST_TEST = `import { money, parseFigure, ratesFromList } from 'reckon';
import { nscaleDataset } from 'reckon/datasets/nscale-2025-09';
import { describe, expect, it } from 'vitest';

const rates = ratesFromList(nscaleDataset().rates);

describe('reckon/vitest, set up as the README says', () => {
  it('passes what holds', async () => {
    expect({ from: parseFigure('£11bn'), to: parseFigure('€12.68bn'), publishedDate: '2025-09-18' }).toBeConsistentConversion(rates);
    expect(parseFigure('up to £11bn')).toAllow(money('500000000', 'GBP'));
    expect(money('12.5', 'EUR')).toEqualMoney(money('12.50', 'EUR'));
    expect(money('12.5', 'EUR')).not.toEqualMoney(money('12.51', 'EUR'));
    await expect(Promise.resolve(money('1', 'EUR'))).resolves.toEqualMoney(money('1.00', 'EUR'));
  });

  it('fails an assertion that does not hold, saying why', () => {
    expect(() => expect(money('12.5', 'EUR')).toEqualMoney(money('12.51', 'EUR'))).toThrowError(
      /^expected €12\\.50 \\(EUR\\) to equal €12\\.51 \\(EUR\\)$/,
    );
    expect(() =>
      expect({ from: parseFigure('£11bn'), to: parseFigure('€15bn'), publishedDate: '2025-09-18' }).toBeConsistentConversion(rates),
    ).toThrowError(/^expected a consistent conversion/);
  });
});
`;

/** Type-level checks only: tsc reads this file, vitest does not run it. */
const VITEST_TYPES = `import { type Money, money, parseFigure } from 'reckon';
import { expect, expectTypeOf } from 'vitest';

declare const m: Money<'EUR'>;
// Each matcher returns what the assertion's own matchers return, never the received value.
expectTypeOf(expect(m).toEqualMoney(m)).toEqualTypeOf<void>();
expectTypeOf(expect(m).not.toEqualMoney(m)).toEqualTypeOf<void>();
expectTypeOf(expect(parseFigure('£1bn')).toAllow(money('1', 'GBP'))).toEqualTypeOf<void>();
expectTypeOf(expect.soft(m).toEqualMoney(m)).toEqualTypeOf<void>();
expectTypeOf(expect(Promise.resolve(m)).resolves.toEqualMoney(m)).toEqualTypeOf<Promise<void>>();
expectTypeOf(expect(Promise.resolve(m)).resolves.not.toEqualMoney(m)).toEqualTypeOf<Promise<void>>();
expectTypeOf(expect.poll(() => m).toEqualMoney(m)).toEqualTypeOf<Promise<void>>();
// @ts-expect-error a number is not money
expect(m).toEqualMoney(12.5);
`;

type Files = Record<string, string>;

function projects(tarball: string): Record<string, Files> {
  const pkg = (name: string, type: string, dependencies: Record<string, string>) =>
    `${JSON.stringify({ name, private: true, type, dependencies }, null, 2)}\n`;
  const reckon = `file:${tarball}`;
  const vitestProject = (vitest: string): Files => ({
    'package.json': pkg('consumer-vitest', 'module', { reckon, vitest, '@types/node': '^22' }),
    'vitest.config.ts': VITEST_CONFIG,
    'vitest.setup.ts': VITEST_SETUP,
    // As the README says: the setup file in "include", beside the tests.
    'tsconfig.json': tsconfig({ module: 'nodenext', noEmit: true }, ['test', 'vitest.setup.ts']),
    // Without the setup file the tests must not see the matchers (what the README warns about).
    'tsconfig.no-setup.json': tsconfig({ module: 'nodenext', noEmit: true }, ['test']),
    'test/matchers.test.ts': VITEST_TEST,
    'test/types.ts': VITEST_TYPES,
  });
  return {
    app: {
      'package.json': pkg('consumer-app', 'module', {
        reckon,
        'dinero.js': '^2',
        ...Object.fromEntries(
          Object.entries(TYPESCRIPTS).map(([alias, range]) => [alias, `npm:typescript@${range}`]),
        ),
        tsx: '^4',
        '@types/node': '^22',
      }),
      'esm-nodenext/tsconfig.json': tsconfig({ module: 'nodenext', resolveJsonModule: true, outDir: 'out' }, [
        'index.ts',
      ]),
      'esm-nodenext/index.ts': ESM_PROGRAM,
      'esm-bundler/tsconfig.json': tsconfig(
        { module: 'esnext', moduleResolution: 'bundler', resolveJsonModule: true, noEmit: true },
        ['index.ts'],
      ),
      'esm-bundler/index.ts': ESM_PROGRAM,
      'cjs-node16/package.json': '{ "type": "commonjs" }\n',
      'cjs-node16/tsconfig.json': tsconfig({ module: 'node16', resolveJsonModule: true, outDir: 'out' }, [
        'index.ts',
      ]),
      'cjs-node16/index.ts': CJS_PROGRAM,
      'cjs-node16/require.cjs': CJS_REQUIRE,
    },
    vitest4: vitestProject('^4'),
    vitest5: vitestProject('^5'),
  };
}

// ---- running ------------------------------------------------------------------------------------

interface Outcome {
  readonly code: number;
  readonly output: string;
}

function run(command: string, argv: readonly string[], cwd: string): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(
      command,
      argv,
      {
        cwd,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, output: `${stdout}${stderr}` });
      },
    );
  });
}

interface Check {
  readonly name: string;
  readonly command: string;
  readonly argv: readonly string[];
  readonly cwd: string;
  /** Judges the outcome: undefined when it is right, else what is wrong. */
  readonly judge?: (o: Outcome) => string | undefined;
}

const succeeds = (o: Outcome) => (o.code === 0 ? undefined : `exit ${o.code}`);
const prints = (line: string) => (o: Outcome) =>
  succeeds(o) ?? (o.output.trim() === line ? undefined : `printed ${JSON.stringify(o.output.trim())}`);

let failures = 0;
async function check(c: Check): Promise<void> {
  const started = performance.now();
  const outcome = await run(c.command, c.argv, c.cwd);
  const wrong = (c.judge ?? succeeds)(outcome);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (wrong === undefined) {
    console.log(`ok    ${c.name} (${seconds}s)`);
  } else {
    failures++;
    console.log(`FAIL  ${c.name} (${seconds}s): ${wrong}\n${outcome.output.trim().replace(/^/gm, '      ')}`);
  }
}

/** Runs the checks at most `limit` at a time (the machine's cores are shared). */
async function pool(checks: readonly Check[], limit: number): Promise<void> {
  const queue = [...checks];
  await Promise.all(
    Array.from({ length: Math.min(limit, queue.length) }, async () => {
      for (let c = queue.shift(); c; c = queue.shift()) await check(c);
    }),
  );
}

/** Every relative link in the installed README and docs names a file the package ships. */
function checkLinks(installed: string): void {
  const pages = ['README.md', ...readdirSync(join(installed, 'docs')).map((f) => `docs/${f}`)];
  const broken = pages.flatMap((page) =>
    [...readFileSync(join(installed, page), 'utf8').matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
      .map((m) => m[1] ?? '')
      .filter((target) => !/^[a-z]+:/.test(target) && !existsSync(join(installed, dirname(page), target)))
      .map((target) => `${page} → ${target}`),
  );
  if (broken.length > 0) {
    failures++;
    console.log(`FAIL  links in the installed README and docs:\n      ${broken.join('\n      ')}`);
  } else console.log(`ok    the links of ${pages.length} installed pages lead to shipped files`);
}

async function main(): Promise<void> {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  for (const [name, text] of [
    ['vitest.config.ts', VITEST_CONFIG],
    ['vitest.setup.ts', VITEST_SETUP],
  ] as const) {
    if (!readme.includes(text))
      throw new Error(`README.md no longer shows ${name} as this test writes it:\n${text}`);
  }

  if (!args['no-build']) {
    console.log('building …');
    const b = await run('npm', ['run', 'build', '--silent'], root);
    if (b.code !== 0) throw new Error(`npm run build failed:\n${b.output}`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'reckon-consumer-'));
  const tarball = packInto(dir);
  console.log(`packed ${tarball}`);
  for (const [project, files] of Object.entries(projects(tarball))) {
    for (const [file, text] of Object.entries(files)) {
      const path = join(dir, project, file);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
  }

  const started = performance.now();
  await Promise.all(
    ['app', 'vitest4', 'vitest5'].map((p) =>
      check({
        name: `npm install (${p})`,
        command: 'npm',
        argv: ['install', '--no-audit', '--no-fund', '--loglevel=error'],
        cwd: join(dir, p),
      }),
    ),
  );
  if (failures > 0) throw new Error(`installing failed; the projects are in ${dir}`);
  console.log(`installed in ${((performance.now() - started) / 1000).toFixed(1)}s`);

  const app = join(dir, 'app');
  checkLinks(join(app, 'node_modules', 'reckon'));
  const tsVersions = Object.keys(TYPESCRIPTS).map((alias) => {
    const version = JSON.parse(
      readFileSync(join(app, 'node_modules', alias, 'package.json'), 'utf8'),
    ).version;
    return { alias, version: String(version), tsc: join(app, 'node_modules', alias, 'bin', 'tsc') };
  });
  const typeChecks: Check[] = [];
  for (const ts of tsVersions) {
    // TypeScript 6.0 writes the JavaScript that the runs below execute.
    const emit = ts.alias === 'typescript-60' ? [] : ['--noEmit'];
    for (const [project, cwd, extra] of [
      ['esm-nodenext', app, emit],
      ['esm-bundler', app, []],
      ['cjs-node16', app, emit],
      ['vitest4', dir, []],
      ['vitest5', dir, []],
    ] as const) {
      typeChecks.push({
        name: `tsc ${ts.version} ${project}`,
        command: process.execPath,
        argv: [ts.tsc, '-p', project, ...extra],
        cwd,
      });
    }
  }
  typeChecks.push({
    name: 'tsc: without the setup file in "include", tests do not see the matchers',
    command: process.execPath,
    argv: [tsVersions[1]?.tsc ?? '', '-p', 'tsconfig.no-setup.json'],
    cwd: join(dir, 'vitest4'),
    judge: (o) =>
      o.code !== 0 && /Property 'toEqualMoney' does not exist/.test(o.output)
        ? undefined
        : 'expected TS2339 on toEqualMoney',
  });
  await pool(typeChecks, Math.max(1, Math.min(2, availableParallelism())));

  for (const node of args.node) {
    const v = await run(node, ['--version'], dir);
    const [major = 0, minor = 0] = v.output.trim().replace(/^v/, '').split('.').map(Number);
    const on = `on Node ${v.output.trim()}`;
    const runs: Check[] = [
      {
        name: `esm-nodenext ${on}`,
        command: node,
        argv: ['esm-nodenext/out/index.js'],
        cwd: app,
        judge: prints(EXPECTED),
      },
      {
        name: `esm-bundler via tsx ${on}`,
        command: node,
        argv: [join('node_modules', 'tsx', 'dist', 'cli.mjs'), 'esm-bundler/index.ts'],
        cwd: app,
        judge: prints(EXPECTED),
      },
      {
        name: `cjs-node16 ${on}`,
        command: node,
        argv: ['cjs-node16/out/index.js'],
        cwd: app,
        judge: prints(EXPECTED),
      },
      {
        name: `plain require() ${on}`,
        command: node,
        argv: ['cjs-node16/require.cjs'],
        cwd: app,
        judge: prints(EXPECTED),
      },
    ];
    const vitests = ['vitest4', ...(major > 22 || (major === 22 && minor >= 12) ? ['vitest5'] : [])];
    for (const project of vitests) {
      runs.push({
        name: `${project} run ${on}`,
        command: node,
        argv: [join('node_modules', 'vitest', 'vitest.mjs'), 'run'],
        cwd: join(dir, project),
        judge: (o) =>
          succeeds(o) ?? (/Tests\s+2 passed \(2\)/.test(o.output) ? undefined : 'expected 2 passed tests'),
      });
    }
    if (!vitests.includes('vitest5')) console.log(`skip  vitest5 run ${on} (vitest 5 needs Node ≥ 22.12)`);
    await pool(runs, 2);
  }

  if (failures > 0 || args.keep) console.log(`the projects are in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
  if (failures > 0) throw new Error(`${failures} consumer check(s) failed`);
  console.log('all consumer checks passed');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
