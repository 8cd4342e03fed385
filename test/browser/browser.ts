import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { describe, it } from 'vitest';

/** Debian's Chromium, installed by .ci/run (`apt-get install -y chromium`). */
export const CHROMIUM = '/usr/bin/chromium';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SCREENSHOTS = join(ROOT, 'node_modules/.cache/reckon/screenshots');

/** Why the browser tests cannot run here, or undefined when they can. */
export const noBrowser: string | undefined = existsSync(CHROMIUM)
  ? undefined
  : `no headless Chromium at ${CHROMIUM} (install it with \`apt-get install -y chromium\` as root)`;

/** Per test and per hook (pass it to beforeAll). */
export const BROWSER_TIMEOUT = 120_000;

/**
 * A describe block that needs Chromium: skipped with the reason where it is missing, except under CI
 * (the env var CI set), where a missing browser fails, so that CI can never pass by skipping.
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (noBrowser === undefined) {
    // Generous: a browser on 2 shared cores; these are not speed tests.
    describe(name, { timeout: BROWSER_TIMEOUT }, body);
  } else if (process.env.CI) {
    describe(name, () => {
      it('has a browser to run in (CI must not skip the browser tests)', () => {
        throw new Error(noBrowser);
      });
    });
  } else {
    console.warn(`[reckon] skipping "${name}": ${noBrowser}`);
    describe.skip(`${name} (skipped: ${noBrowser})`, body);
  }
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}

/** Schemes a page may load from: everything else would leave the machine. */
const LOCAL = /^(file|data|about|blob):/;

/** A page whose every request outside file:/data:/about:/blob: is recorded and aborted. */
export interface GuardedPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** The URLs of the requests that tried to leave the page (none is ever let through). */
  readonly leaks: string[];
}

export async function guardedPage(browser: Browser): Promise<GuardedPage> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const leaks: string[] = [];
  // Both: `request` sees every request of every page and worker; the route aborts the network ones.
  context.on('request', (request) => {
    if (!LOCAL.test(request.url())) leaks.push(request.url());
  });
  await context.route('**/*', (route) =>
    LOCAL.test(route.request().url()) ? route.continue() : route.abort('blockedbyclient'),
  );
  const page = await context.newPage();
  page.on('websocket', (ws) => {
    leaks.push(ws.url());
  });
  return { context, page, leaks };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One axe violation, short enough to read in a failed assertion. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/** Injects axe-core into the page and runs it on the whole document (WCAG 2.x A/AA and best practice). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource });
  // A string, evaluated in the page: the project's tsconfig has no DOM types.
  return page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) =>
    r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')) })))`) as Promise<AxeViolation[]>;
}

/** Saves a full-page screenshot as node_modules/.cache/reckon/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** A directory for a test's files, under node_modules/.cache (never the network, never /tmp clutter). */
export function cacheDir(name: string): string {
  const dir = join(ROOT, 'node_modules/.cache/reckon/browser', name);
  mkdirSync(dir, { recursive: true });
  return dir;
}
