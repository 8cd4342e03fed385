import { parseArgs } from 'node:util';
import { closeKeys, hasOwn } from '../_lib/guards';
import { isReckonError } from '../errors/reckon-error';
import { check } from './check';
import { extract } from './extract-command';
import { HELP } from './help';
import { CliFailure, type CliIO, printable, printableIO } from './io';
import { reconcileCommand } from './reconcile';
import { report } from './report';
import { type Command, htmlToStdout, negativeValues, RENAMED, SPECS } from './specs';
import { validate } from './validate';

/** The flag parseArgs refused as unknown (`--windw`, `-x`), or undefined for another error. */
function unknownFlag(error: unknown): string | undefined {
  if (!(error instanceof Error) || (error as { code?: unknown }).code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return undefined;
  return /'(-[^']*)'/.exec(error.message)?.[1];
}

/**
 * One line for an unknown flag, in the words of the library's unknown options: node's own message
 * ("To specify a positional argument starting with a '-'…") sends a user who misspelled a flag the wrong way.
 */
function unknownFlagMessage(command: Command, flag: string): string {
  const renamed = RENAMED[command]?.[flag.replace(/=.*$/, '')];
  if (renamed !== undefined) return `${renamed} (see reckon ${command} --help)`;
  const known = Object.keys(SPECS[command]);
  // As camelCase, so that closeKeys finds a flag by its stem too (`--windw` → `--window-days`).
  const camel = known.map((k) => k.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()));
  const close = closeKeys(flag.replace(/^-+/, ''), camel).map((k) => `--${known[camel.indexOf(k)]}`);
  const hint = close.length > 0 ? `; did you mean ${close.join(' or ')}?` : '';
  return `${flag} is an unknown option of reckon ${command}${hint} (see reckon ${command} --help)`;
}

/**
 * Runs the reckon command line. Never throws: errors become one line on stderr and an exit code.
 *
 * @returns the exit code: 0 done, 1 found a problem, 2 could not run
 * @internal
 */
export async function runCli(argv: readonly string[], raw: CliIO, version: string): Promise<number> {
  // Every line is made printable: input echoed back (a damaged file, a name) never drives the terminal.
  const io = printableIO(raw, raw.color);
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
        args: negativeValues(command === 'report' ? htmlToStdout(rest) : [...rest], command),
        options: SPECS[command],
        allowPositionals: true,
        strict: true,
      }) as typeof parsed;
    } catch (error) {
      const flag = unknownFlag(error);
      if (flag !== undefined) throw new CliFailure(unknownFlagMessage(command, flag));
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
    const cio: CliIO = values['no-color'] ? printableIO(raw, false) : io;
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
            ...(str('lang') !== undefined ? { lang: str('lang') as string } : {}),
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
            ...(str('date') !== undefined ? { date: str('date') as string } : {}),
            ...(str('window') !== undefined ? { window: str('window') as string } : {}),
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
            ...(str('window-days') !== undefined ? { windowDays: str('window-days') as string } : {}),
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
    const line = (text: string) => printable(`reckon: ${text.replace(/\s*\n\s*/g, ' ')}`, false);
    if (error instanceof CliFailure) {
      io.err(line(error.message));
      return error.exitCode;
    }
    if (isReckonError(error)) {
      io.err(line(error.message));
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
