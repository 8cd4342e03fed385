import type { AggregateResult } from '../aggregate/types';
import type { Dataset } from '../dataset/types';
import { REPORT_OF } from '../figure/locales';
import type { FigureLanguage } from '../figure/types';
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
  language: FigureLanguage,
): string {
  const w = REPORT_OF[language];
  const all = [...(contradictions ?? [])];
  if (all.length === 0) return page;
  const n = all.reduce((k, [, list]) => k + list.length, 0);
  const items = all
    .map(
      ([commitment, list]) =>
        `<li><code>${esc(commitment)}</code>: ${list.map((c) => esc(contradictionLine(c, w.quoted))).join('; ')}</li>`,
    )
    .join('');
  // The words are escaped whole; the command goes in after, as code. NUL is in no sentence.
  const intro = esc(w.contradictionsIntro('\u0000')).replace(
    '\u0000',
    `<code>reckon reconcile ${esc(id)}</code>`,
  );
  const section = `<section class="contradictions"><h2>${esc(w.contradictions(n))}</h2><p>${intro}</p><ul>${items}</ul></section>`;
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
  const page = withContradictions(rendered, contradictions, dataset.id, language);
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
