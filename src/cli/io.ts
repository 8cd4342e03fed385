import type { Dataset } from '../dataset/types';
import { nscaleDataset } from '../datasets/nscale-2025-09/index';
import { isReckonError } from '../errors/reckon-error';
import { ratesFromEcb } from '../rates/load-rates';
import type { RateProvider } from '../rates/provider';
import type { LoadedRates } from '../rates/series-builder';
import { ratesFromList } from '../rates/static-rates';
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

/**
 * Characters a terminal acts on rather than shows: C0 controls but tab and line feed, DEL, C1 controls,
 * the line and paragraph separators, and the bidirectional controls that reorder what is shown.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/** The colour codes reckon's own styling writes (format.ts): the only escapes let through, and only with colour. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: reckon's own escape sequences.
const OWN_STYLE = /^\u001b\[(?:1|2|22|31|32|33|39)m/;

/**
 * A line as it may reach a terminal: every character of {@link UNPRINTABLE} written as a JSON escape
 * (`\u001b`), so that a damaged file, a file name or a party's name can neither clear the screen, move
 * the cursor, set a title nor reorder the line (user review H10). With `color`, the colour codes of
 * reckon's own styling stay. JSON output stays valid JSON: the escapes are JSON's own, and the characters
 * escaped can only stand inside its strings.
 */
export function printable(line: string, color: boolean): string {
  UNPRINTABLE.lastIndex = 0;
  if (!UNPRINTABLE.test(line)) return line;
  return line.replace(UNPRINTABLE, (ch, at: number) =>
    color && ch === '\u001b' && OWN_STYLE.test(line.slice(at, at + 5))
      ? ch
      : `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The same outside world, every line written through {@link printable}. */
export function printableIO(io: CliIO, color: boolean): CliIO {
  return {
    ...io,
    color,
    out: (line) => io.out(printable(line, color)),
    err: (line) => io.err(printable(line, color)),
  };
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

/**
 * The text of input bytes: UTF-16 (little or big endian) when a byte order mark says so — a Windows
 * "Unicode" file — else UTF-8 (a UTF-8 mark stays; each command reads past it). Bytes that are no UTF-8
 * stop the command with their offset: decoded anyway they would become U+FFFD, and a Windows-1252 "€"
 * or "£" would vanish with every figure it marks, silently (user review H6). A zip or gzip file (the
 * ECB's eurofxref-hist.zip as downloaded) is named as such, with the remedy.
 *
 * @param what - the file's name, or "standard input", for the message
 */
export function decodeInput(bytes: Uint8Array, what: string): string {
  // An archive is no text in any encoding: name it and its remedy, not an encoding (review4 K4).
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05))
    throw new CliFailure(
      `${what} is a zip archive, not text: unzip it first (the ECB's eurofxref-hist.zip holds eurofxref-hist.csv)`,
    );
  if (bytes[0] === 0x1f && bytes[1] === 0x8b)
    throw new CliFailure(`${what} is gzip-compressed, not text: decompress it first (gunzip)`);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw new CliFailure(
      `${what} is not UTF-8 text: byte 0x${byte} at offset ${at} is no UTF-8 (a Windows-1252 or Latin-1 file? convert it first: iconv -f windows-1252 -t utf-8)`,
    );
  }
}

/** The offset of the first byte that does not begin or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const n =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (n < 0) return i;
    // The second byte's range rules out overlong forms, surrogates and code points past U+10FFFF.
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n + 1;
  }
  return i;
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
  return { dataset: r.output, name: path };
}

/** The rates to use: an ECB file when one is named, else the dataset's own reference rates. */
export function ratesFor(io: CliIO, path: string | undefined, dataset: Dataset): RateProvider {
  return path !== undefined ? readRatesFile(io, path) : ratesFromList(dataset.rates);
}

/** ECB rates from a CSV or XML file, reporting skipped lines as one warning. */
export function readRatesFile(io: CliIO, path: string): LoadedRates {
  const text = readText(io, path);
  try {
    const rates = ratesFromEcb(text);
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
