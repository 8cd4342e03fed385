import type { AggregateResult } from '../aggregate/types';
import type { Dataset } from '../dataset/types';
import type { Contradiction } from '../reconcile/types';
import { esc } from '../report/escape';
import { renderReportHtml } from '../report/render';
import { CliFailure, type CliIO, ratesFor } from './io';
import { contradictionLine } from './reconcile';
import type { ReportArgs } from './report-args';

/**
 * The page with a section listing the reports set aside as contradictions (G12): not counted, but a
 * reader of the totals must see that outlets disagreed, and which.
 */
function withContradictions(
  page: string,
  contradictions: ReadonlyMap<string, readonly Contradiction[]> | undefined,
  id: string,
): string {
  const all = [...(contradictions ?? [])];
  if (all.length === 0) return page;
  const n = all.reduce((k, [, list]) => k + list.length, 0);
  const items = all
    .map(
      ([commitment, list]) =>
        `<li><code>${esc(commitment)}</code>: ${list.map((c) => esc(contradictionLine(c))).join('; ')}</li>`,
    )
    .join('');
  const section = `<section class="contradictions"><h2>Contradictions: ${n} report${n === 1 ? '' : 's'} not counted</h2><p>These reports give an amount the other sources of the same commitment do not allow; they are left out of the totals. <code>reckon reconcile ${esc(id)}</code> shows each with the sources it contradicts.</p><ul>${items}</ul></section>`;
  return page.replace('</main>', `${section}</main>`);
}

/** `reckon report --html [file]`: the page to a file, or to standard output for `-`. */
export function reportHtml(
  args: ReportArgs,
  io: CliIO,
  result: AggregateResult,
  dataset: Dataset,
  name: string,
  contradictions?: ReadonlyMap<string, readonly Contradiction[]>,
): number {
  if (args.json) throw new CliFailure('--html and --json write different things: choose one');
  const language = args.lang ?? 'en';
  if (language !== 'en' && language !== 'de')
    throw new CliFailure(`--lang must be en or de; got "${language}"`);
  const target = args.html ?? '-';
  // `reckon report --html data.json` would overwrite the dataset with the page.
  if (/\.json$/i.test(target))
    throw new CliFailure(
      `--html writes an HTML page, not ${target}: name the dataset first (reckon report ${target} --html out.html)`,
    );
  const rendered = renderReportHtml(result, dataset, {
    language,
    source: name,
    ...(args.asOf !== undefined ? { asOf: args.asOf } : {}),
    // The conversions are checked against the same rates as the totals, as `reckon check --rates` would.
    ...(args.rates !== undefined ? { rates: ratesFor(io, args.rates, dataset) } : {}),
  });
  const page = withContradictions(rendered, contradictions, dataset.id);
  if (target === '-') {
    io.out(page.endsWith('\n') ? page.slice(0, -1) : page);
    return 0;
  }
  if (!io.writeFile) throw new CliFailure('cannot write files here');
  try {
    io.writeFile(target, page);
  } catch (error) {
    throw new CliFailure(`cannot write ${target}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return 0;
}
