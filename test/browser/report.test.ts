import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
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

const CLI = join(ROOT, 'dist/cli.js');

interface JsonInterval {
  readonly currency: string;
  readonly low: string | null;
  readonly high: string | null;
}
interface JsonReport {
  readonly groups: readonly {
    readonly party: { readonly id: string };
    readonly totals: Readonly<Record<string, JsonInterval>>;
    readonly converted?: JsonInterval;
  }[];
  readonly rates?: readonly { readonly base: string; readonly quote: string; readonly date: string }[];
}

/** One bar as the page's data attributes say, or as the JSON report says it must be. */
interface Bar {
  readonly currency: string;
  readonly converted: boolean;
  readonly low: string | null;
  readonly high: string | null;
}

const byKey = (a: Bar, b: Bar) =>
  `${a.converted}${a.currency}`.localeCompare(`${b.converted}${b.currency}`, 'en');

/** A JSON decimal as the page writes it: trailing fraction zeros trimmed ("0.00" → "0"). */
const trimmed = (d: string | null) => (d === null || !d.includes('.') ? d : d.replace(/\.?0+$/, ''));

function expectedBars(group: JsonReport['groups'][number]): Bar[] {
  const bar = (i: JsonInterval, converted: boolean) => ({
    currency: i.currency,
    converted,
    low: trimmed(i.low),
    high: trimmed(i.high),
  });
  return [
    ...Object.values(group.totals).map((i) => bar(i, false)),
    // Nothing added: no converted bar (a €0 dot would read as a commitment of €0).
    ...(group.converted === undefined || Object.keys(group.totals).length === 0
      ? []
      : [bar(group.converted, true)]),
  ].sort(byKey);
}

async function barsOf(page: Page, party: string): Promise<Bar[]> {
  const bars = await page
    .locator(`[data-row="${party}"] [data-bar]`)
    .evaluateAll((els) =>
      els.map((e) => [
        e.getAttribute('data-currency'),
        e.getAttribute('data-converted'),
        e.getAttribute('data-low'),
        e.getAttribute('data-high'),
      ]),
    );
  return bars
    .map(([currency, converted, low, high]) => ({
      currency: currency ?? '',
      converted: converted === 'true',
      low,
      high,
    }))
    .sort(byKey);
}

const OPTION_SETS: readonly (readonly string[])[] = [
  [],
  ['--by', 'investor', '--to', 'EUR', '--as-of', '2025-09-17'],
];

describeInBrowser('reckon report --html', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, BROWSER_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  for (const options of OPTION_SETS) {
    const name = options.length === 0 ? 'the defaults' : options.join(' ');

    it(`draws the JSON report's numbers, with ${name}`, async () => {
      const out = join(cacheDir('report'), `report${options.join('')}.html`);
      const json = JSON.parse(
        execFileSync(process.execPath, [CLI, 'report', '--json', ...options], { encoding: 'utf8' }),
      ) as JsonReport;
      execFileSync(process.execPath, [CLI, 'report', '--html', out, ...options], { encoding: 'utf8' });

      const guarded: GuardedPage = await guardedPage(browser);
      const { page } = guarded;
      await page.goto(pathToFileURL(out).href);

      // One row per party (the page orders them its own way); each row's bars end where the JSON's end.
      const rows = await page
        .locator('[data-row]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-row')));
      expect(rows.sort()).toEqual(json.groups.map((g) => g.party.id).sort());
      for (const group of json.groups) {
        expect(await barsOf(page, group.party.id), group.party.id).toEqual(expectedBars(group));
      }

      // The rates used, each with its day, as in the JSON report; and the fix the £11bn check found.
      const rates = await page
        .locator('[data-rate]')
        .evaluateAll((els) =>
          els.map((e) => `${e.getAttribute('data-rate')} ${e.getAttribute('data-date')}`),
        );
      expect(rates).toEqual(
        expect.arrayContaining((json.rates ?? []).map((r) => `${r.base}/${r.quote} ${r.date}`)),
      );
      expect(rates).toContain('GBP/EUR 2025-09-17');
      expect(
        await page.locator('[data-rate="GBP/EUR"][data-date="2025-09-17"]').first().textContent(),
      ).toContain('2025-09-17');

      // The £11bn → €12.68bn check, in words, naming the 17 Sep 2025 fix.
      const verdict = page.locator('[data-verdict="consistent"]', { hasText: '€12.68bn is £11bn' });
      await expect.poll(() => verdict.isVisible()).toBe(true);
      expect(await verdict.textContent()).toContain('ECB reference rate of 17 Sep 2025');

      await screenshot(page, `report${options.join('')}`);
      expect(await axeViolations(page)).toEqual([]);
      expect(guarded.leaks).toEqual([]);
      await guarded.context.close();
    });
  }
});

// The ECB history beside the project (never copied into it); without it the test below is skipped.
const ECB = join(ROOT, '../shared/data/ecb/eurofxref-hist.csv');

describeInBrowser('reckon report --html, five currencies on a 1280-pixel screen', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, BROWSER_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });

  it.skipIf(!existsSync(ECB))(
    'keeps the converted total in view and no axis label over another',
    async () => {
      const out = join(cacheDir('report'), 'five-currencies.html');
      const dataset = join(ROOT, 'test/fixtures/report/five-currencies.json');
      execFileSync(process.execPath, [CLI, 'report', dataset, '--to', 'EUR', '--rates', ECB, '--html', out], {
        encoding: 'utf8',
      });
      const guarded = await guardedPage(browser);
      const { page } = guarded;
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(pathToFileURL(out).href);

      // Five currencies and the converted total: the converted column is the first, and in view.
      const heads = await page.locator('.rows .row.head .colhead').allTextContents();
      expect(heads.length).toBeGreaterThanOrEqual(6);
      expect(heads[0]).toContain('EUR');
      const converted = await page.locator('[data-row] [data-converted="true"]').first().boundingBox();
      expect(converted).not.toBeNull();
      expect((converted?.x ?? 0) + (converted?.width ?? 0)).toBeLessThanOrEqual(1280);

      // No axis label overlaps the next one on any axis of the page.
      const overlaps = await page.locator('svg.axis').evaluateAll((axes) =>
        axes.flatMap((axis) => {
          const boxes = [...axis.querySelectorAll('text')].map((t) => t.getBoundingClientRect());
          return boxes.slice(1).flatMap((b, i) => {
            const a = boxes[i];
            return a && a.right > b.left ? [`${axis.getAttribute('data-axis')}: ${a.right} > ${b.left}`] : [];
          });
        }),
      );
      expect(overlaps).toEqual([]);
      await screenshot(page, 'report-five-currencies');
      await guarded.context.close();
    },
  );
});
