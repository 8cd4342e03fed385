import type { AggregateResult } from '../aggregate/types';
import type { Dataset } from '../dataset/types';
import { REPORT_OF } from '../figure/locales';
import type { FigureLanguage } from '../figure/types';
import type { Contradiction } from '../reconcile/types';
import { esc } from '../report/escape';
import { renderReportHtml } from '../report/render';
import { CliFailure, type CliIO, ratesFor } from './io';
import { contradictionLine, datasetArgument, type reportInput } from './reconcile';

type ReportInput = ReturnType<typeof reportInput>;

import type { ReportArgs } from './report-args';
import { readableCommitments } from './report-shown';

/**
 * The page with a section listing the reports set aside as contradictions (G12): not counted, but a
 * reader of the totals must see that outlets disagreed, and which.
 */
function withContradictions(
  page: string,
  contradictions: ReadonlyMap<string, readonly Contradiction[]> | undefined,
  command: string,
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
  const intro = withCommand(w.contradictionsIntro, command);
  const section = `<section class="contradictions"><h2>${esc(w.contradictions(n))}</h2><p>${intro}</p><ul>${items}</ul></section>`;
  return page.replace('</main>', `${section}</main>`);
}

/** A sentence of the page's words with the command put in as code (the words escaped whole; NUL is in no sentence). */
function withCommand(sentence: (command: string) => string, command: string): string {
  return esc(sentence('\u0000')).replace('\u0000', `<code>${esc(command)}</code>`);
}

/**
 * The page with a note under its header when the dataset also has mentions: the totals are of its
 * commitments, and the mentions (and any contradictions among them) are seen with `reckon reconcile` (K6).
 */
function withUnreported(page: string, input: ReportInput, command: string, language: FigureLanguage): string {
  const u = input.unreported;
  if (u === undefined) return page;
  const note = withCommand(
    (c) => REPORT_OF[language].mentionsNotReported(u.mentions, u.contradictions, c),
    command,
  );
  return page.replace('</header>', `<p class="unreported">${note}</p></header>`);
}

/** `reckon report --html [file]`: the page to a file, or to standard output for `-`. */
export function reportHtml(
  args: ReportArgs,
  io: CliIO,
  result: AggregateResult,
  dataset: Dataset,
  name: string,
  input: ReportInput,
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
  // A dataset of mentions: the page cites the reconciled commitments, each with its amount and the
  // quote of every source behind it, not their ids alone (K3).
  const commitments = input.sources ? readableCommitments(input.commitments) : undefined;
  const cited = commitments
    ? { ...dataset, commitments: commitments as unknown as Dataset['commitments'] }
    : dataset;
  const rendered = renderReportHtml(result, cited, {
    language,
    source: name,
    ...(args.asOf !== undefined ? { asOf: args.asOf } : {}),
    // The conversions are checked against the same rates as the totals, as `reckon check --rates` would.
    ...(args.rates !== undefined ? { rates: ratesFor(io, args.rates, dataset) } : {}),
  });
  const command = `reckon reconcile ${datasetArgument(name, dataset)}`;
  const page = withUnreported(
    withContradictions(rendered, input.contradictions, command, language),
    input,
    command,
    language,
  );
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
