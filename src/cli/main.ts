import { parseArgs } from 'node:util';
import { hasOwn } from '../_lib/guards';
import { isReckonError } from '../errors/reckon-error';
import { check } from './check';
import { extract } from './extract-command';
import { CliFailure, type CliIO } from './io';
import { reconcileCommand } from './reconcile';
import { report } from './report';
import { validate } from './validate';

const HELP: Readonly<Record<string, string>> = {
  main: `reckon — financial figures as reported in the news: exact, checked, added up honestly

Usage: reckon <command> [options]

Commands:
  report [dataset.json]     totals per party (default: the embedded Nscale dataset); --html for a page
  check [dataset.json]      check every reported conversion against reference rates
  extract [FILE|-]          find money figures and conversion pairs in a text
  reconcile [dataset]       many reports of one commitment: groups, common amounts, contradictions
  validate FILE             validate a dataset file, listing every issue with its JSON path

Options:
  -h, --help                help for reckon or a command (reckon report --help)
  -v, --version             the version

Exit codes: 0 done; 1 done, and found a problem (an inconsistent conversion, an invalid dataset);
2 could not run (bad usage, unreadable or malformed input).

Examples:
  reckon report
  reckon report --by investor --to EUR
  reckon check
  reckon extract article.txt --json
  reckon reconcile --to EUR`,
  report: `Usage: reckon report [dataset.json] [options]

Totals per party, in original currencies and, with --to, converted — as intervals: "up to £11bn"
counts from 0, a joint commitment counts once in the grand total, valuations are listed beside the
sums, never in them. Without a file, reports on the embedded Nscale dataset; "reckon report
uk-tech-2025-09" reconciles the uk-tech mentions first and counts each commitment once.

Options:
  --by WHO             party (default), or a role: investor, recipient, lender, borrower, customer,
                       supplier, partner, arranger, subject
  --to CUR             convert into this currency (EUR, USD, GBP, …) with the dataset's reference rates
  --rates FILE         ECB rates instead (eurofxref-hist.csv, eurofxref.csv or any ECB XML file)
  --as-of DAY          one day for every conversion (default: each commitment's own date, else the
                       article's; the latest fix on or before it is used, and named)
  --kind K[,K]         only these kinds (investment, equityStake, loan, contract, …)
  --status S[,S]       only these statuses (announced, confirmed, planned, underConsideration, …)
  --allocation A       unallocated (default), equal or full: how a joint commitment is shared
  --view V             nominal (default) or rounding bounds
  --json               the documented JSON shape (docs/cli.md), exact decimal strings
  --html [FILE]        one self-contained HTML page (range plots, quotes, rates, verdicts; no script,
                       no network) to FILE, or to standard output without one or with "-" (docs/report.md)
  --locale L           en (default) or de: the language and number format of the --html page
  --no-color           no colours (also: NO_COLOR=1)

Examples:
  reckon report --by investor --to EUR --as-of 2025-09-17
  reckon report --to EUR --html report.html
  reckon report my-dataset.json --by recipient --html - --locale de > bericht.html
  reckon report --by recipient --allocation equal
  reckon report my-dataset.json --to USD --rates eurofxref-hist.csv --json`,
  check: `Usage: reckon check [dataset.json] [options]

Checks every reported conversion ("£11bn (€12.68bn)") against reference rates and explains each
verdict. Exits 1 when any conversion is inconsistent.

Options:
  --rates FILE         ECB rates (CSV or XML) instead of the dataset's own reference rates
  --tolerance BP       tolerance in basis points (default per pair: EUR/GBP 44, GBP/USD 67, EUR/USD 70)
  --strict             also fail on "within tolerance" and "indeterminate"
  --json               verdicts as JSON
  --no-color           no colours

Examples:
  reckon check
  reckon check my-dataset.json --rates eurofxref-hist.csv`,
  extract: `Usage: reckon extract [FILE|-] [options]

Finds money figures in English or German text, with line:column positions, their qualifiers
("up to", "rund", "fast") and conversion pairs. Reads standard input with "-". Figures are written
as they are found, so a long text streams.

Options:
  --lang L             en, de or auto (default: per sentence)
  --dollar D           what a bare "$" is: an ISO code (NZD for a New Zealand source) or
                       "ambiguous" (leave such figures out); default USD, marked as assumed
  --json               figures as JSON (figureToJSON with start, end, line, column)
  --no-color           no colours

Examples:
  reckon extract article.txt
  reckon extract nzherald.txt --dollar NZD
  echo "Nvidia investiert bis zu 11 Milliarden Pfund (12,68 Milliarden Euro)." | reckon extract -`,
  reconcile: `Usage: reckon reconcile [dataset] [options]

Groups the mentions of a dataset that report one commitment ("£22bn" in one article, "$30bn" in
another) and gives, per commitment, the amount every agreeing source allows (the intersection), the
sources behind it, the figures that pin each end, and the mentions that contradict it (with both
sources and the gap). A mention that fits two groups is listed as ambiguous. The rules are in
docs/reconcile.md. Without a dataset, reconciles the embedded uk-tech-2025-09 dataset (25 articles,
83 mentions); a dataset is a file or the name of an embedded one (uk-tech-2025-09, nscale-2025-09).

Options:
  --window DAYS        the most days between a group's first and last mention (default 14)
  --to CUR             also give each amount in this currency (EUR, USD, GBP, …)
  --rates FILE         ECB rates (CSV or XML) instead of the dataset's own reference rates
  --no-keys            ignore the mentions' commitment keys: what the heuristics alone find
  --strict             exit 1 when there is a contradiction or a mention could not be compared (no rate)
  --json               reconcileResultToJSON's shape (docs/reconcile.md), exact decimal strings
  --no-color           no colours

Examples:
  reckon reconcile
  reckon reconcile --no-keys --to EUR
  reckon reconcile my-dataset.json --window 7 --strict --json`,
  validate: `Usage: reckon validate FILE [--json]

Validates a dataset file: its shape, every reference (parties, figures, commitments, documents),
partOf without cycles, and every quote against its document's text. Lists each issue with its JSON
path; exits 1 when there is any.

Examples:
  reckon validate my-dataset.json
  reckon validate my-dataset.json --json`,
};

const COMMON = {
  help: { type: 'boolean', short: 'h' },
  json: { type: 'boolean' },
  'no-color': { type: 'boolean' },
} as const;

const SPECS = {
  report: {
    ...COMMON,
    by: { type: 'string' },
    to: { type: 'string' },
    rates: { type: 'string' },
    'as-of': { type: 'string' },
    kind: { type: 'string', multiple: true },
    status: { type: 'string', multiple: true },
    allocation: { type: 'string' },
    view: { type: 'string' },
    html: { type: 'string' },
    locale: { type: 'string' },
  },
  check: { ...COMMON, rates: { type: 'string' }, tolerance: { type: 'string' }, strict: { type: 'boolean' } },
  extract: { ...COMMON, lang: { type: 'string' }, dollar: { type: 'string' } },
  reconcile: {
    ...COMMON,
    window: { type: 'string' },
    to: { type: 'string' },
    rates: { type: 'string' },
    'no-keys': { type: 'boolean' },
    strict: { type: 'boolean' },
  },
  validate: { ...COMMON },
} as const;

type Command = keyof typeof SPECS;

/** `--html` takes an optional file: without one (last, or before another option) it means `-`, stdout. */
function htmlToStdout(args: readonly string[]): string[] {
  const out: string[] = [];
  args.forEach((arg, i) => {
    out.push(arg);
    const next = args[i + 1];
    if (arg === '--html' && (next === undefined || (next.startsWith('-') && next !== '-'))) out.push('-');
  });
  return out;
}

/**
 * Runs the reckon command line. Never throws: errors become one line on stderr and an exit code.
 *
 * @returns the exit code: 0 done, 1 found a problem, 2 could not run
 * @internal
 */
export async function runCli(argv: readonly string[], io: CliIO, version: string): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === undefined) {
      // No command is bad usage: the help goes to stderr and the exit code says so.
      io.err(HELP.main ?? '');
      return 2;
    }
    if (first === '-h' || first === '--help' || first === 'help') {
      const topic = first === 'help' ? rest[0] : undefined;
      if (topic !== undefined && !hasOwn(HELP, topic)) {
        throw new CliFailure(`no help on "${topic}" (commands: report, check, extract, reconcile, validate)`);
      }
      io.out(HELP[topic ?? 'main'] ?? '');
      return 0;
    }
    if (first === '-v' || first === '--version') {
      io.out(version);
      return 0;
    }
    if (!hasOwn(SPECS, first)) {
      throw new CliFailure(
        `unknown command "${first}" (commands: report, check, extract, reconcile, validate; see reckon --help)`,
      );
    }
    const command = first as Command;
    let parsed: { values: Record<string, unknown>; positionals: string[] };
    try {
      parsed = parseArgs({
        args: command === 'report' ? htmlToStdout(rest) : [...rest],
        options: SPECS[command],
        allowPositionals: true,
        strict: true,
      }) as typeof parsed;
    } catch (error) {
      // Node's messages run over several lines ("…ambiguous.\nDid you forget…?\nTo specify…"): keep the first.
      const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
      throw new CliFailure(`${message} (see reckon ${command} --help)`);
    }
    const { values, positionals } = parsed;
    for (const [name, value] of Object.entries(values)) {
      const list = Array.isArray(value) ? value : [value];
      if (list.some((v) => typeof v === 'string' && v.trim() === '')) {
        throw new CliFailure(`--${name} needs a value (see reckon ${command} --help)`);
      }
    }
    if (values.help) {
      io.out(HELP[command] ?? '');
      return 0;
    }
    const cio: CliIO = values['no-color'] ? { ...io, color: false } : io;
    if (positionals.length > 1) {
      throw new CliFailure(
        `too many arguments: ${positionals.slice(1).join(' ')} (see reckon ${command} --help)`,
      );
    }
    const file = positionals[0];
    const json = values.json === true;
    const str = (k: string) => values[k] as string | undefined;
    switch (command) {
      case 'report':
        return report(
          {
            ...(file !== undefined ? { file } : {}),
            ...(str('by') !== undefined ? { by: str('by') as string } : {}),
            ...(str('to') !== undefined ? { to: str('to') as string } : {}),
            ...(str('rates') !== undefined ? { rates: str('rates') as string } : {}),
            ...(str('as-of') !== undefined ? { asOf: str('as-of') as string } : {}),
            ...(values.kind ? { kind: values.kind as string[] } : {}),
            ...(values.status ? { status: values.status as string[] } : {}),
            ...(str('allocation') !== undefined ? { allocation: str('allocation') as string } : {}),
            ...(str('view') !== undefined ? { view: str('view') as string } : {}),
            ...(str('html') !== undefined ? { html: str('html') as string } : {}),
            ...(str('locale') !== undefined ? { locale: str('locale') as string } : {}),
            json,
          },
          cio,
        );
      case 'check':
        return check(
          {
            ...(file !== undefined ? { file } : {}),
            ...(str('rates') !== undefined ? { rates: str('rates') as string } : {}),
            ...(str('tolerance') !== undefined ? { tolerance: str('tolerance') as string } : {}),
            strict: values.strict === true,
            json,
          },
          cio,
        );
      case 'extract':
        return await extract(
          {
            ...(file !== undefined ? { file } : {}),
            ...(str('lang') !== undefined ? { lang: str('lang') as string } : {}),
            ...(str('dollar') !== undefined ? { dollar: str('dollar') as string } : {}),
            json,
          },
          cio,
        );
      case 'reconcile':
        return reconcileCommand(
          {
            ...(file !== undefined ? { file } : {}),
            ...(str('window') !== undefined ? { window: str('window') as string } : {}),
            ...(str('to') !== undefined ? { to: str('to') as string } : {}),
            ...(str('rates') !== undefined ? { rates: str('rates') as string } : {}),
            strict: values.strict === true,
            noKeys: values['no-keys'] === true,
            json,
          },
          cio,
        );
      case 'validate':
        if (file === undefined)
          throw new CliFailure('reckon validate needs a FILE (see reckon validate --help)');
        return validate({ file, json }, cio);
    }
  } catch (error) {
    // Every failure is one line on stderr.
    const line = (text: string) => `reckon: ${text.replace(/\s*\n\s*/g, ' ')}`;
    if (error instanceof CliFailure) {
      io.err(line(error.message));
      return error.exitCode;
    }
    if (isReckonError(error)) {
      io.err(line(error.message.replace('[reckon] ', '')));
      return 2;
    }
    if (error instanceof RangeError && /memory|allocation|string length/i.test(error.message)) {
      io.err(line('input too large: it does not fit in memory'));
      return 2;
    }
    io.err(
      line(`unexpected error: ${error instanceof Error ? error.message : String(error)} (please report it)`),
    );
    return 2;
  }
}
