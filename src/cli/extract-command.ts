import { extractFiguresIter } from '../extract/extract';
import type { ExtractOptions } from '../extract/types';
import { figureToJSON } from '../figure/figure-json';
import { formatFigure } from '../figure/format-figure';
import type { FigureLanguage } from '../figure/types';
import { knownCurrency } from '../money/currencies';
import { currencyCode } from '../money/money';
import { style } from './format';
import { CliFailure, type CliIO, readText } from './io';

/** The options of `reckon extract`. */
export interface ExtractArgs {
  readonly file?: string;
  readonly lang?: string;
  readonly dollar?: string;
  readonly json?: boolean;
}

/** 1-based line and column (in UTF-16 units) of increasing offsets, counted as the offsets come. */
function positionCounter(text: string): (offset: number) => { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  let pos = 0;
  return (offset) => {
    for (; pos < offset; pos++) {
      if (text.charCodeAt(pos) === 10) {
        line++;
        lineStart = pos + 1;
      }
    }
    return { line, column: offset - lineStart + 1 };
  };
}

/** Indents every line but the first of a pretty-printed JSON value. */
const indent = (json: string, by: string) => json.replace(/\n/g, `\n${by}`);

/**
 * `reckon extract`: figures and conversion pairs in a text, with line:column positions. Figures are
 * written as they are found, so that the output of a long text never waits for, or holds, all of them.
 */
export async function extract(args: ExtractArgs, io: CliIO): Promise<number> {
  const lang = args.lang ?? 'auto';
  if (!['en', 'de', 'auto'].includes(lang))
    throw new CliFailure(`--lang must be en, de or auto; got "${lang}"`);
  // Like --to eur: a lower-case code is the same code ("ambiguous" is a word, kept as written).
  const dollar =
    args.dollar === undefined || args.dollar === 'ambiguous' ? args.dollar : args.dollar.toUpperCase();
  if (
    dollar !== undefined &&
    dollar !== 'ambiguous' &&
    !(/^[A-Z]{3}$/.test(dollar) && knownCurrency(dollar))
  ) {
    throw new CliFailure(`--dollar must be an ISO 4217 code such as NZD, or "ambiguous"; got "${dollar}"`);
  }
  let text: string;
  if (args.file === undefined || args.file === '-') {
    if (args.file === undefined && io.stdinIsTTY) {
      throw new CliFailure(
        'reckon extract needs a file, or text on standard input (reckon extract - < article.txt)',
      );
    }
    text = await io.readStdin();
  } else text = readText(io, args.file);
  const source = args.file === undefined || args.file === '-' ? 'standard input' : args.file;
  // Read as UTF-8, UTF-16 without a byte order mark (or a binary file) is NUL bytes and no figure.
  if (text.includes('\0')) {
    throw new CliFailure(
      `${source} is not UTF-8 text: it holds NUL bytes (UTF-16 without a byte order mark?)`,
    );
  }
  // A UTF-8 byte order mark is no character of the text: positions and columns count as an editor's.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const options: ExtractOptions = {
    language: lang as FigureLanguage | 'auto',
    ...(dollar !== undefined ? { dollar } : {}),
  };
  const at = positionCounter(text);
  let count = 0;
  const pairs: { from: number; to: number }[] = [];
  if (args.json) {
    // Each figure is written when the next is found (it needs a comma then), or at the end.
    io.out('{\n  "figures": [');
    let held: string | undefined;
    for (const f of extractFiguresIter(text, options)) {
      if (held !== undefined) io.out(`${held},`);
      const { line, column } = at(f.start);
      held = `    ${indent(JSON.stringify({ ...figureToJSON(f), line, column, language: f.language }, null, 2), '    ')}`;
      if (f.convertedFrom !== undefined) pairs.push({ from: f.convertedFrom, to: count });
      count++;
    }
    if (held !== undefined) io.out(held);
    io.out(`  ],\n  "conversions": ${indent(JSON.stringify(pairs, null, 2), '  ')}\n}`);
    return 0;
  }
  const s = style(io.color);
  for (const f of extractFiguresIter(text, options)) {
    const { line, column } = at(f.start);
    const pos = `${line}:${column}`.padEnd(8);
    const phrase = text.slice(f.start, f.end).replace(/\s+/g, ' ');
    const conv = f.convertedFrom === undefined ? '' : s.dim(`  (converted from #${f.convertedFrom + 1})`);
    const assumed = f.assumedCurrency
      ? s.dim(`  (${currencyCode(f.amount)} assumed for "$"; see --dollar)`)
      : '';
    if (f.convertedFrom !== undefined) pairs.push({ from: f.convertedFrom, to: count });
    count++;
    io.out(
      `${String(count).padStart(3)}. ${pos} ${phrase.padEnd(34)} ${s.bold(formatFigure(f, dollar !== undefined ? { dollar } : {}))} ${s.dim(`[${f.qualifier}]`)}${conv}${assumed}`,
    );
  }
  io.out(s.dim(`${count} figure(s), ${pairs.length} conversion pair(s).`));
  return 0;
}
