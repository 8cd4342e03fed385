import type { AggregateResult } from '../aggregate/types';
import type { Dataset } from '../dataset/types';
import { renderReportHtml } from '../report/render';
import { CliFailure, type CliIO, ratesFor } from './io';
import type { ReportArgs } from './report-args';

/** `reckon report --html [file]`: the page to a file, or to standard output for `-`. */
export function reportHtml(
  args: ReportArgs,
  io: CliIO,
  result: AggregateResult,
  dataset: Dataset,
  name: string,
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
  const page = renderReportHtml(result, dataset, {
    language,
    source: name,
    ...(args.asOf !== undefined ? { asOf: args.asOf } : {}),
    // The conversions are checked against the same rates as the totals, as `reckon check --rates` would.
    ...(args.rates !== undefined ? { rates: ratesFor(io, args.rates, dataset) } : {}),
  });
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
