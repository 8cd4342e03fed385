import { type ConversionVerdict, checkConversion } from '../conversion/check-conversion';
import { explainVerdict } from '../conversion/explain';
import { verdictToJSON } from '../conversion/verdict-json';
import { isReckonError } from '../errors/reckon-error';
import { style } from './format';
import { CliFailure, type CliIO, ratesFor } from './io';
import { loadNamedDataset } from './reconcile';

/** The options of `reckon check`. */
export interface CheckArgs {
  readonly file?: string;
  readonly rates?: string;
  readonly tolerance?: string;
  readonly strict?: boolean;
  readonly json?: boolean;
}

/**
 * `reckon check`: every reported conversion with its verdict. Exit 1 when any is inconsistent or cannot
 * be checked (an error line naming its id; the others are still checked), and with `--strict` also when
 * any is within tolerance or indeterminate; else 0. A conversion without dates is checked at the
 * publication date of the document it is cited from, as `report` does for commitments.
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
  const published = new Map<string, string>();
  for (const d of dataset.documents) if (d.publishedDate !== undefined) published.set(d.id, d.publishedDate);
  const results = dataset.conversions.map((c) => {
    const cited = c.source?.document !== undefined ? published.get(c.source.document) : undefined;
    const dated =
      c.eventDate === undefined && c.publishedDate === undefined && cited !== undefined
        ? { ...c, publishedDate: cited }
        : c;
    try {
      return {
        id: c.id,
        verdict: checkConversion(dated, rates, toleranceBps === undefined ? {} : { toleranceBps }),
      };
    } catch (error) {
      // One conversion that cannot be checked must not stop the others.
      if (!isReckonError(error)) throw error;
      return { id: c.id, error: { code: error.code, message: error.message.replace('[reckon] ', '') } };
    }
  });
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
