import { explainVerdict } from '../conversion/explain';
import type { ConversionVerdict } from '../conversion/verdict';
import { verdictToJSON } from '../conversion/verdict-json';
import { isIsoDate } from '../rates/dates';
import type { DayRange } from '../rates/provider';
import { checkAll, UNDATED } from '../report/checks';
import { style } from './format';
import { CliFailure, type CliIO, ratesFor } from './io';
import { loadNamedDataset } from './reconcile';

/** The options of `reckon check`. */
export interface CheckArgs {
  readonly file?: string;
  readonly rates?: string;
  readonly tolerance?: string;
  readonly date?: string;
  readonly window?: string;
  readonly strict?: boolean;
  readonly json?: boolean;
}

/** `--window 2025-09-17..2025-09-19`: two real days, the second not before the first. */
function windowArg(text: string): DayRange {
  const [from, to, extra] = text.split('..');
  // Two good days the wrong way round: say so, and the order that works (review4 K9).
  if (extra === undefined && isIsoDate(from) && isIsoDate(to) && to < from)
    throw new CliFailure(`--window ${text} ends before it starts: write --window ${to}..${from}`);
  if (extra !== undefined || !isIsoDate(from) || !isIsoDate(to)) {
    // A number is reconcile's flag given here: say where it belongs.
    const days = /^\d+$/.test(text) ? '; a number of days is reckon reconcile --window-days' : '';
    throw new CliFailure(`--window must be two days such as 2025-09-17..2025-09-19; got "${text}"${days}`);
  }
  return { from, to };
}

/**
 * `reckon check`: every reported conversion with its verdict. Exit 1 when any is inconsistent or cannot
 * be checked (an error line naming its id; the others are still checked), and with `--strict` also when
 * any is within tolerance or indeterminate; else 0. The conversions are dated and checked by the same
 * code as the report's page ({@link checkAll}).
 */
export function check(args: CheckArgs, io: CliIO): number {
  const { dataset, name } = loadNamedDataset(io, args.file);
  const rates = ratesFor(io, args.rates, dataset);
  let toleranceBps: number | undefined;
  if (args.tolerance !== undefined) {
    if (!/^\d+(\.\d+)?$/.test(args.tolerance))
      throw new CliFailure(`--tolerance must be basis points such as 44; got "${args.tolerance}"`);
    toleranceBps = Number(args.tolerance); // basis points (a count), not money
  }
  if (args.date !== undefined && !isIsoDate(args.date))
    throw new CliFailure(`--date must be a day such as 2025-09-18; got "${args.date}"`);
  const window = args.window !== undefined ? windowArg(args.window) : undefined;
  const results = checkAll(dataset, rates, {
    ...(toleranceBps !== undefined ? { toleranceBps } : {}),
    ...(args.date !== undefined ? { date: args.date } : {}),
    ...(window !== undefined ? { window } : {}),
  }).map((r) =>
    r.verdict
      ? { id: r.id, verdict: r.verdict }
      : {
          id: r.id,
          error: {
            code: r.errorCode ?? 'INVALID_CONVERSION',
            // The CLI's words for the one thing a user can add: a date.
            message:
              r.error === UNDATED
                ? `${r.error}; pass --date YYYY-MM-DD or --window FROM..TO`
                : (r.error ?? ''),
          },
        },
  );
  const verdicts = results.filter((r): r is { id: string; verdict: ConversionVerdict } => 'verdict' in r);
  const errors = results.filter((r) => 'error' in r);
  const failed = verdicts.filter(
    ({ verdict }) =>
      verdict.status === 'inconsistent' || (args.strict === true && verdict.status !== 'consistent'),
  );
  const exit = failed.length > 0 || errors.length > 0 ? 1 : 0;
  if (args.json) {
    io.out(
      JSON.stringify(
        {
          dataset: { id: dataset.id, source: name },
          conversions: results.map((r) =>
            'verdict' in r ? { id: r.id, ...verdictToJSON(r.verdict) } : { id: r.id, error: r.error },
          ),
        },
        null,
        2,
      ),
    );
    return exit;
  }
  const s = style(io.color);
  if (results.length === 0) io.out(`No reported conversions in ${name}.`);
  for (const r of results) {
    if (!('verdict' in r)) {
      io.out(`${s.red('! error')}  ${s.bold(r.id)}`);
      io.out(`  cannot be checked: ${r.error.message} (${r.error.code})`);
      continue;
    }
    const { id, verdict } = r;
    const mark =
      verdict.status === 'consistent'
        ? s.green('✓ consistent')
        : verdict.status === 'withinTolerance'
          ? s.yellow('~ within tolerance')
          : verdict.status === 'indeterminate'
            ? s.yellow('? indeterminate')
            : s.red('✗ inconsistent');
    io.out(`${mark}  ${s.bold(id)}`);
    io.out(`  ${explainVerdict(verdict)}`);
  }
  io.out(
    s.dim(
      `${verdicts.length} conversion(s) checked, ${failed.length} failed${errors.length > 0 ? `, ${errors.length} could not be checked` : ''}; rates: ${args.rates ?? "the dataset's own reference rates"}.`,
    ),
  );
  return exit;
}
