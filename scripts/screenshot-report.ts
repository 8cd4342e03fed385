/**
 * `npm run screenshot`: writes docs/report.png, the HTML report of the embedded Nscale dataset
 * (`reckon report --html --to EUR`) as headless Chromium shows it. Run by hand after a change to the
 * report's look; the tests never write it (they save their own screenshots under node_modules/.cache).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const root = fileURLToPath(new URL('..', import.meta.url));
const target = join(root, 'docs/report.png');

if (!existsSync(CHROMIUM)) {
  console.error(`no headless Chromium at ${CHROMIUM}: install it with \`apt-get install -y chromium\``);
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'reckon-screenshot-'));
try {
  const page = join(dir, 'report.html');
  // From the source (tsx), so that no build is needed first.
  execFileSync(
    process.execPath,
    ['--import', 'tsx', 'src/cli/bin.ts', 'report', '--html', page, '--to', 'EUR'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const tab = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    // Nothing may load from outside the page, here as in the tests.
    await tab.route(/^(?!file:|data:|about:)/, (route) => route.abort());
    await tab.goto(pathToFileURL(page).href);
    await tab.screenshot({ path: target });
  } finally {
    await browser.close();
  }
  console.log(`wrote ${target}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
