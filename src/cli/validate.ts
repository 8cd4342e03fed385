import { nscaleDatasetJSON } from '../datasets/nscale-2025-09/index';
import { ukTechDatasetJSON } from '../datasets/uk-tech-2025-09/index';
import { safeParseDataset } from '../schema/parse-dataset';
import { style } from './format';
import { type CliIO, readJson } from './io';
import { keySplitWarnings } from './reconcile';

/** The options of `reckon validate`. */
export interface ValidateArgs {
  readonly file: string;
  readonly json?: boolean;
}

/** The embedded datasets by name, as the other commands accept them. */
const EMBEDDED_JSON: Readonly<Record<string, unknown>> = {
  'uk-tech-2025-09': ukTechDatasetJSON,
  'nscale-2025-09': nscaleDatasetJSON,
};

/** `reckon validate`: every issue of a dataset file (or embedded dataset) with its JSON path; exit 1 on issues. */
export function validate(args: ValidateArgs, io: CliIO): number {
  const embedded = Object.hasOwn(EMBEDDED_JSON, args.file) ? EMBEDDED_JSON[args.file] : undefined;
  const r = safeParseDataset(embedded ?? readJson(io, args.file));
  // Valid, but possibly one commitment under two mention keys (K8): warnings, not issues (exit 0).
  const warnings = r.success ? keySplitWarnings(r.output) : [];
  if (args.json) {
    const valid = r.success ? { valid: true, issues: [] } : { valid: false, issues: r.issues };
    io.out(JSON.stringify(warnings.length > 0 ? { ...valid, warnings } : valid, null, 2));
    return r.success ? 0 : 1;
  }
  const s = style(io.color);
  if (r.success) {
    const d = r.output;
    io.out(
      `${s.green('✓')} ${args.file} is a valid dataset: ${d.documents.length} document(s), ${d.parties.length} parties, ${d.figures.length} figures, ${d.commitments.length} commitments, ${d.conversions.length} conversion(s), ${d.capacities.length} capacities, ${d.rates.length} rates.`,
    );
    for (const w of warnings) io.out(s.yellow(`! ${w.code}: ${w.message}`));
    return 0;
  }
  io.out(`${s.red('✗')} ${args.file}: ${r.issues.length} issue(s)`);
  for (const issue of r.issues)
    io.out(`  ${s.bold(issue.path.join('.') || '(root)')}: ${issue.message} ${s.dim(`[${issue.code}]`)}`);
  return 1;
}
