import { checkConversion } from '../conversion/check-conversion';
import { explainVerdict } from '../conversion/explain';
import { verdictToJSON } from '../conversion/verdict-json';
import { style } from './format';
import { CliFailure, type CliIO, loadDataset, ratesFor } from './io';

/** The options of `reckon check`. */
export interface CheckArgs {
  readonly file?: string;
  readonly rates?: string;
  readonly tolerance?: string;
  readonly strict?: boolean;
  readonly json?: boolean;
}

/**
 * `reckon check`: every reported conversion with its verdict. Exit 1 when any is inconsistent, and with
 * `--strict` also when any is within tolerance or indeterminate; else 0.
 */
export function check(args: CheckArgs, io: CliIO): number {
  const { dataset, name } = loadDataset(io, args.file);
  const rates = ratesFor(io, args.rates, dataset);
  let toleranceBps: number | undefined;
  if (args.tolerance !== undefined) {
    if (!/^\d+(\.\d+)?$/.test(args.tolerance))
      throw new CliFailure(`--tolerance must be basis points such as 44; got "${args.tolerance}"`);
    toleranceBps = Number(args.tolerance); // basis points (a count), not money
  }
  const verdicts = dataset.conversions.map((c) => ({
    id: c.id,
    verdict: checkConversion(c, rates, toleranceBps === undefined ? {} : { toleranceBps }),
  }));
  const failed = verdicts.filter(
    ({ verdict }) =>
      verdict.status === 'inconsistent' || (args.strict === true && verdict.status !== 'consistent'),
  );
  if (args.json) {
    io.out(
      JSON.stringify(
        {
          dataset: { id: dataset.id, source: name },
          conversions: verdicts.map((v) => ({ id: v.id, ...verdictToJSON(v.verdict) })),
        },
        null,
        2,
      ),
    );
    return failed.length > 0 ? 1 : 0;
  }
  const s = style(io.color);
  if (verdicts.length === 0) io.out(`No reported conversions in ${name}.`);
  for (const { id, verdict } of verdicts) {
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
      `${verdicts.length} conversion(s) checked, ${failed.length} failed; rates: ${args.rates ?? "the dataset's own reference rates"}.`,
    ),
  );
  return failed.length > 0 ? 1 : 0;
}
