import { extractFigures } from '../extract/extract';
import { figureToJSON } from '../figure/figure-json';
import { formatFigure } from '../figure/format-figure';
import type { FigureLocale } from '../figure/types';
import { style } from './format';
import { CliFailure, type CliIO, readText } from './io';

/** The options of `reckon extract`. */
export interface ExtractArgs {
  readonly file?: string;
  readonly lang?: string;
  readonly json?: boolean;
}

/** 1-based line and column (in UTF-16 units) of each offset, in one pass. */
function positions(text: string, offsets: readonly number[]): { line: number; column: number }[] {
  const sorted = [...offsets].map((o, i) => [o, i] as const).sort((a, b) => a[0] - b[0]);
  const out: { line: number; column: number }[] = new Array(offsets.length);
  let line = 1;
  let lineStart = 0;
  let pos = 0;
  for (const [offset, i] of sorted) {
    for (; pos < offset; pos++) {
      if (text.charCodeAt(pos) === 10) {
        line++;
        lineStart = pos + 1;
      }
    }
    out[i] = { line, column: offset - lineStart + 1 };
  }
  return out;
}

/** `reckon extract`: figures and conversion pairs in a text, with line:column positions. */
export async function extract(args: ExtractArgs, io: CliIO): Promise<number> {
  const lang = args.lang ?? 'auto';
  if (!['en', 'de', 'auto'].includes(lang))
    throw new CliFailure(`--lang must be en, de or auto; got "${lang}"`);
  let text: string;
  if (args.file === undefined || args.file === '-') {
    if (args.file === undefined && io.stdinIsTTY) {
      throw new CliFailure(
        'reckon extract needs a file, or text on standard input (reckon extract - < article.txt)',
      );
    }
    text = await io.readStdin();
  } else text = readText(io, args.file);
  const figures = extractFigures(text, { locale: lang as FigureLocale | 'auto' });
  const at = positions(
    text,
    figures.map((f) => f.start),
  );
  if (args.json) {
    io.out(
      JSON.stringify(
        {
          figures: figures.map((f, i) => ({
            ...figureToJSON(f),
            line: at[i]?.line,
            column: at[i]?.column,
            locale: f.locale,
          })),
          conversions: figures.flatMap((f, i) =>
            f.convertedFrom === undefined ? [] : [{ from: f.convertedFrom, to: i }],
          ),
        },
        null,
        2,
      ),
    );
    return 0;
  }
  const s = style(io.color);
  figures.forEach((f, i) => {
    const pos = `${at[i]?.line}:${at[i]?.column}`.padEnd(8);
    const phrase = text.slice(f.start, f.end).replace(/\s+/g, ' ');
    const conv = f.convertedFrom === undefined ? '' : s.dim(`  (converted from #${f.convertedFrom + 1})`);
    io.out(
      `${String(i + 1).padStart(3)}. ${pos} ${phrase.padEnd(34)} ${s.bold(formatFigure(f))} ${s.dim(`[${f.qualifier}]`)}${conv}`,
    );
  });
  const pairs = figures.filter((f) => f.convertedFrom !== undefined).length;
  io.out(s.dim(`${figures.length} figure(s), ${pairs} conversion pair(s).`));
  return 0;
}
