import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { formatMoney, money, parseFigure } from '../../src/index';
import {
  axeViolations,
  BROWSER_TIMEOUT,
  cacheDir,
  describeInBrowser,
  type GuardedPage,
  guardedPage,
  launch,
  ROOT,
  screenshot,
} from './browser';

const PAIR = 'bis zu 11 Milliarden Pfund (12,68 Milliarden Euro)';

/** The seed article's paragraph with the £11bn → €12.68bn pair, or undefined when shared/ is absent. */
function seedParagraph(): string | undefined {
  const dir = join(ROOT, '../shared/seed');
  if (!existsSync(dir)) return undefined;
  for (const file of readdirSync(dir)) {
    const paragraph = readFileSync(join(dir, file), 'utf8')
      .split(/\n\s*\n/)
      .find((p) => p.includes(PAIR));
    if (paragraph !== undefined) return paragraph.trim();
  }
  return undefined;
}

const paragraph = seedParagraph();
const gbp = (units: string) => formatMoney(money(units, 'GBP'));

describeInBrowser('the playground', () => {
  let browser: Browser;
  let guarded: GuardedPage;
  let page: Page;
  const dir = cacheDir('playground');

  beforeAll(async () => {
    // Built by the script, as a subprocess: test/ and scripts/ do not import each other.
    const file = join(dir, 'playground.html');
    const built = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-playground.ts', file], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (built.status !== 0) throw new Error(`scripts/build-playground.ts failed: ${built.stderr}`);
    browser = await launch();
    guarded = await guardedPage(browser);
    page = guarded.page;
    await page.goto(pathToFileURL(file).href);
  }, BROWSER_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  it('is one self-contained file: no external script, style, image or font', () => {
    const html = readFileSync(join(dir, 'playground.html'), 'utf8');
    expect(html).not.toMatch(
      /<script[^>]+src=|<link[^>]+href=|<img[^>]+src="(?!data:)|@import|url\((?!data:)/i,
    );
    expect(html).toContain("default-src 'none'");
  });

  it.skipIf(paragraph === undefined)(
    'marks the seed paragraph’s figures with their bounds and the £11bn → €12.68bn pair consistent',
    async () => {
      await page.fill('#text', paragraph as string);

      const upTo = page.locator('#marked mark', { hasText: 'bis zu 11 Milliarden Pfund' });
      await expect.poll(() => upTo.getAttribute('data-qualifier')).toBe('upTo');
      const item = page.locator('#figures li[data-qualifier="upTo"]');
      const bounds = parseFigure('£11bn');
      expect(await item.getAttribute('data-bounds')).toBe(`[${gbp('0')}, ${formatMoney(bounds.amount)}]`);
      expect(await page.locator('#marked mark.converted').textContent()).toBe('12,68 Milliarden Euro');

      const pair = page.locator('#conversions li').first();
      expect(await pair.getAttribute('data-verdict')).toBe('consistent');
      expect(await pair.textContent()).toMatch(/^consistent: up to £11bn → €12\.68bn\. .*17 Sep 2025/);

      // Up to £11bn plus the £500m stake; the €12.68bn restates the £11bn and is not added again.
      const rows = page.locator('#totals tbody tr');
      expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-currency')))).toEqual([
        'GBP',
      ]);
      expect(await rows.first().locator('[data-low]').textContent()).toBe(gbp('500000000'));
      expect(await rows.first().locator('[data-high]').textContent()).toBe(gbp('11500000000'));

      await screenshot(page, 'playground');
      expect(await axeViolations(page)).toEqual([]);
    },
  );

  it('checks against a rate file the user picks, and back against the embedded rates', async () => {
    await page.fill('#text', `Nvidia investiert ${PAIR}.`);
    const csv = join(dir, 'rates.csv');
    // The ECB history layout; a GBP rate far from the real 0.8675, so only this file can explain the verdict.
    writeFileSync(csv, 'Date,USD,GBP,\n2025-09-17,1.1837,0.9500,\n2025-09-16,1.1807,0.9500,\n');
    await page.setInputFiles('#rates-file', csv);

    const pair = page.locator('#conversions li').first();
    await expect.poll(() => pair.getAttribute('data-verdict')).toBe('inconsistent');
    expect(await pair.textContent()).toContain('0.95 GBP per EUR on 17 Sep 2025');
    expect(await page.locator('#rates-status').textContent()).toMatch(/^rates\.csv: /);
    await screenshot(page, 'playground-rate-file');
    expect(await axeViolations(page)).toEqual([]);

    await page.click('#rates-embedded');
    await expect.poll(() => pair.getAttribute('data-verdict')).toBe('consistent');
  });

  it('writes the results in German', async () => {
    await page.fill('#text', `Nvidia investiert ${PAIR}.`);
    await page.selectOption('#display', 'de');
    const pair = page.locator('#conversions li').first();
    await expect
      .poll(() => pair.textContent())
      .toMatch(/^stimmig: bis zu 11 Mrd\. £ → 12,68 Mrd\. €\. .*17\. Sept\. 2025/);
    await page.selectOption('#display', 'en');
  });

  it('sent no request anywhere', () => {
    expect(guarded.leaks).toEqual([]);
  });
});
