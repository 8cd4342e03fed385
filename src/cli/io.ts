import type { Dataset } from '../dataset/types';
import { nscaleDataset } from '../datasets/nscale-2025-09/index';
import { isReckonError } from '../errors/reckon-error';
import { loadRates as loadRatesText } from '../rates/load-rates';
import type { RateProvider } from '../rates/provider';
import type { LoadedRates } from '../rates/series-builder';
import { staticRates } from '../rates/static-rates';
import { safeParseDataset } from '../schema/parse-dataset';

/** What the commands need from the outside world, so that they can be run in tests too. */
export interface CliIO {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly readFile: (path: string) => string;
  /** Writes a whole file (`report --html FILE`); absent where the commands may not write. */
  readonly writeFile?: (path: string, text: string) => void;
  readonly readStdin: () => Promise<string>;
  readonly stdinIsTTY: boolean;
  readonly color: boolean;
}

/** A failure that ends the command with one line on stderr and an exit code. */
export class CliFailure extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.exitCode = exitCode;
  }
}

/**
 * The most any command reads from one file or from standard input: 256 MiB. Past it the command stops
 * with "input too large" before memory runs out (docs/cli.md).
 */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/** The failure for input past {@link MAX_INPUT_BYTES}. */
export function tooLarge(what: string): CliFailure {
  return new CliFailure(
    `input too large: ${what} is over ${MAX_INPUT_BYTES / 1024 / 1024} MiB, the most reckon reads`,
  );
}

/** Reads a file, turning system errors into one clear line. */
export function readText(io: CliIO, path: string): string {
  try {
    return io.readFile(path);
  } catch (error) {
    if (error instanceof CliFailure) throw error;
    const code = (error as { code?: string }).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'it is a directory'
            : error instanceof Error
              ? error.message
              : String(error);
    throw new CliFailure(`cannot read ${path}: ${why}`);
  }
}

/** Parses JSON with the position of the first error. */
export function readJson(io: CliIO, path: string): unknown {
  const text = readText(io, path);
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new CliFailure(
      `${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** The dataset named on the command line, or the embedded Nscale dataset. */
export function loadDataset(io: CliIO, path: string | undefined): { dataset: Dataset; name: string } {
  if (path === undefined)
    return { dataset: nscaleDataset(), name: 'the embedded Nscale dataset (nscale-2025-09)' };
  const r = safeParseDataset(readJson(io, path));
  if (!r.success) {
    const first = r.issues[0];
    throw new CliFailure(
      `${path} is not a valid dataset: ${r.issues.length} issue(s), the first at ${first?.path.join('.') || '(root)'}: ${first?.message ?? ''} (run: reckon validate ${path})`,
    );
  }
  return { dataset: r.dataset, name: path };
}

/** The rates to use: an ECB file when one is named, else the dataset's own reference rates. */
export function ratesFor(io: CliIO, path: string | undefined, dataset: Dataset): RateProvider {
  return path !== undefined ? loadRates(io, path) : staticRates(dataset.rates);
}

/** ECB rates from a CSV or XML file, reporting skipped lines as one warning. */
export function loadRates(io: CliIO, path: string): LoadedRates {
  const text = readText(io, path);
  try {
    const rates = loadRatesText(text);
    if (rates.issues.length > 0) {
      const first = rates.issues[0];
      io.err(
        `reckon: warning: ${rates.issues.length} problem(s) in ${path}, the rest loaded; first${first?.line ? ` (line ${first.line})` : ''}: ${first?.message ?? ''}`,
      );
    }
    return rates;
  } catch (error) {
    if (isReckonError(error)) throw new CliFailure(`${path}: ${error.message}`);
    throw error;
  }
}
