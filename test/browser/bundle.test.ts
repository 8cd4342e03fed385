import { writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  axeViolations,
  BROWSER_TIMEOUT,
  cacheDir,
  describeInBrowser,
  guardedPage,
  launch,
  ROOT,
  screenshot,
} from './browser';
import { type ProbeResult, probe } from './probe';

const dist = (file: string) => join(ROOT, 'dist', file);

/** `reckon` and its dataset subpath resolve to the built ESM, as a consumer's bundler would see them. */
const reckonFromDist: Plugin = {
  name: 'reckon-from-dist',
  setup(b) {
    b.onResolve({ filter: /^reckon$/ }, () => ({ path: dist('index.js') }));
    b.onResolve({ filter: /^reckon\/datasets\/nscale-2025-09$/ }, () => ({
      path: dist('datasets/nscale-2025-09.js'),
    }));
  },
};

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** A Node built-in reached from the bundle fails the build, naming the file that imports it. */
const noNodeBuiltins: Plugin = {
  name: 'no-node-builtins',
  setup(b) {
    b.onResolve({ filter: /^(node:)?[a-z_/]+$/ }, (args) =>
      builtins.has(args.path) || args.path.startsWith('node:')
        ? { errors: [{ text: `Node built-in "${args.path}" reached from ${args.importer}` }] }
        : undefined,
    );
  },
};

const ENTRY = `
import * as reckon from 'reckon';
import * as nscale from 'reckon/datasets/nscale-2025-09';
import { probe } from ${JSON.stringify(join(ROOT, 'test/browser/probe.ts'))};
try {
  globalThis.__probe = { ok: probe(reckon, nscale) };
} catch (error) {
  globalThis.__probe = { error: String(error && error.stack || error) };
}
document.getElementById('out').textContent = JSON.stringify(globalThis.__probe, null, 2);
`;

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>reckon in the browser</title></head>
<body><main><h1>reckon, bundled for the browser</h1><pre id="out">running…</pre></main>
<script src="bundle.js"></script></body>
</html>`;

async function bundlePage(dir: string) {
  const entry = join(dir, 'entry.js');
  writeFileSync(entry, ENTRY);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    outfile: join(dir, 'bundle.js'),
    plugins: [noNodeBuiltins, reckonFromDist],
    metafile: true,
    logLevel: 'silent',
  });
  writeFileSync(join(dir, 'index.html'), PAGE);
  return result;
}

describeInBrowser('reckon in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, BROWSER_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  it('bundles the core entry for the browser without a Node built-in', async () => {
    const result = await bundlePage(cacheDir('bundle'));
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((i) => i.endsWith('dist/index.js'))).toBe(true);
    expect(inputs.filter((i) => builtins.has(i))).toEqual([]);
  });

  it('fails the bundle when the entry reaches a Node built-in', async () => {
    const dir = cacheDir('bundle-builtin');
    const entry = join(dir, 'entry.js');
    writeFileSync(entry, "import { readFileSync } from 'node:fs'; console.log(readFileSync);");
    await expect(
      build({
        entryPoints: [entry],
        bundle: true,
        platform: 'browser',
        write: false,
        logLevel: 'silent',
        plugins: [noNodeBuiltins],
      }),
    ).rejects.toThrow(/Node built-in "node:fs" reached from/);
  });

  it('gives in the page what it gives in Node: figures, the £11bn check, totals, extraction, both locales', async () => {
    const dir = cacheDir('bundle');
    await bundlePage(dir);
    const { page, leaks } = await guardedPage(browser);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(pathToFileURL(join(dir, 'index.html')).href);
    await page.waitForFunction('globalThis.__probe !== undefined');
    const inPage = (await page.evaluate('globalThis.__probe')) as { ok?: ProbeResult; error?: string };
    await screenshot(page, 'bundle');

    expect(errors).toEqual([]);
    expect(inPage.error).toBeUndefined();
    const inNode = probe(await import(dist('index.js')), await import(dist('datasets/nscale-2025-09.js')));
    expect(inPage.ok).toEqual(inNode);

    // The comparison only means something if the page really computed: a few facts from the docs.
    const ok = inPage.ok as ProbeResult;
    expect(ok.conversion.status).toBe('consistent');
    expect(ok.conversion.best).toBe('2025-09-17');
    expect(ok.figures[0]?.en).toBe('up to £11bn');
    expect(ok.figures[0]?.de).toBe('bis zu 11 Mrd. £');
    expect(ok.pairs).toContain('consistent');
    expect(ok.aggregation.groups.map((g) => g.party)).toContain('nvidia');
    expect(ok.extracted.length).toBeGreaterThan(5);

    expect(await axeViolations(page)).toEqual([]);
    expect(leaks).toEqual([]);
  });
});
