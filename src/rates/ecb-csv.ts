import { invalidArgument } from '../_lib/guards';
import { type Issue, preview, ReckonError } from '../errors/reckon-error';
import { knownCurrency } from '../money/currencies';
import { isIsoDate } from './dates';
import { type Series, seriesProvider } from './provider';
import { ascending, type EcbRatesOptions, type LoadedRates, readParseOptions } from './series-builder';

const MONTHS: Readonly<Record<string, string>> = {
  january: '01',
  february: '02',
  march: '03',
  april: '04',
  may: '05',
  june: '06',
  july: '07',
  august: '08',
  september: '09',
  october: '10',
  november: '11',
  december: '12',
};

/** "2026-04-13" as is; "13 April 2026" (the daily file) to ISO. */
function readDay(text: string): string | undefined {
  if (isIsoDate(text)) return text;
  const m = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(text);
  const month = m ? MONTHS[(m[2] ?? '').toLowerCase()] : undefined;
  if (!m || !month) return undefined;
  const iso = `${m[3]}-${month}-${(m[1] ?? '').padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** Trims spaces around [s, e) of text. */
function trimRange(text: string, s: number, e: number): [number, number] {
  while (s < e && text.charCodeAt(s) === 32) s++;
  while (e > s && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 13)) e--;
  return [s, e];
}

/** 0: a rate as the ECB writes it ("0.8675"); 1: missing ("N/A" or empty); 2: malformed. */
function cellKind(text: string, s: number, e: number): 0 | 1 | 2 {
  if (s === e) return 1;
  if (e - s === 3 && text.startsWith('N/A', s)) return 1;
  let digits = 0;
  let nonZero = false;
  let dot = false;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits++;
      if (c !== 48) nonZero = true;
    } else if (c === 46 && !dot && digits > 0 && i + 1 < e) dot = true;
    else return 2;
  }
  return nonZero ? 0 : 2;
}

/**
 * Reads the ECB's euro reference rates in CSV: the history file `eurofxref-hist.csv` (newest first, a
 * header with a trailing comma, `N/A` for missing values) and the daily `eurofxref.csv` ("13 April 2026"
 * dates, ", " separators). Values are kept exact. A malformed line or cell becomes an issue with its
 * line number and the rest still loads (or, with `strict`, throws): a currency the header names twice
 * (neither column is read), a line with more or fewer cells than the header, a date or value that is
 * not one, a second line for one day (the first is kept), and a last line cut off (no trailing comma
 * where the header has one, and no final newline). A line may leave out the trailing comma; its empty
 * last cell is then a missing value, and its other cells are read.
 *
 * Every cell is checked when the file is read; a currency's column is turned into rates on first use.
 *
 * @param text - the file's content
 * @param options - {@link EcbRatesOptions}
 * @returns a provider of EUR→X fixes (and crosses through EUR), with `issues`
 * @throws {@link ReckonError} `INVALID_ARGUMENT` when `text` is not a string or an option has the
 *   wrong type; `INVALID_RATES` for an empty or foreign file, or any malformed line in
 *   strict mode
 * @example
 * ```ts
 * const rates = ratesFromEcbCsv(readFileSync('eurofxref-hist.csv', 'utf8'));
 * rates.rateOn('EUR', 'GBP', '2025-09-17')?.rate.value; // 347/400 (0.8675)
 * ```
 */
export function ratesFromEcbCsv(text: string, options: EcbRatesOptions = {}): LoadedRates {
  if (typeof text !== 'string') throw invalidArgument('text', "a string (the file's content)", text);
  const checked = readParseOptions(options, 'ratesFromEcbCsv');
  if (text.trim() === '') {
    throw new ReckonError('INVALID_RATES', 'The ECB CSV file is empty.');
  }
  const source = checked.source ?? 'ECB';
  const issues: Issue[] = [];
  const issue = (message: string, line: number) => {
    const found: Issue = { code: 'INVALID_RATES', message, path: [], line };
    if (checked.strict)
      throw new ReckonError('INVALID_RATES', `line ${line}: ${message}`, { issues: [found] });
    issues.push(found);
  };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstEnd = body.indexOf('\n') < 0 ? body.length : body.indexOf('\n');
  const header = body
    .slice(0, firstEnd)
    .split(',')
    .map((h) => h.trim());
  if (header[0] !== 'Date' || header.length < 2) {
    throw new ReckonError(
      'INVALID_RATES',
      `Not an ECB reference-rate CSV: the first line should start with "Date,", got "${preview(body.slice(0, firstEnd))}".`,
    );
  }
  const trailingComma = header[header.length - 1] === '';
  const width = trailingComma ? header.length - 1 : header.length;
  const codes = header.slice(0, width).map((h, i) => {
    if (i === 0) return undefined;
    if (knownCurrency(h)) return h;
    issue(`unknown currency column "${preview(h)}" is skipped`, 1);
    return undefined;
  });
  // A currency named twice: which column is right cannot be known, so neither is read.
  const firstColumn = new Map<string, number>();
  codes.forEach((code, k) => {
    if (!code) return;
    const first = firstColumn.get(code);
    if (first === undefined) {
      firstColumn.set(code, k);
      return;
    }
    issue(`${code} is named by columns ${first + 1} and ${k + 1}; both are skipped`, 1);
    codes[first] = undefined;
    codes[k] = undefined;
  });

  // One pass over every line: dates, cell counts and cell syntax, without storing the cells.
  const dates: string[] = [];
  const starts: number[] = [];
  const lines: number[] = [];
  const bad = new Set<number>(); // line × (width + 1) + column of malformed cells, skipped later
  let lineNo = 1;
  let count = 0;
  for (let s = firstEnd + 1; s < body.length; ) {
    lineNo++;
    let e = body.indexOf('\n', s);
    if (e < 0) e = body.length;
    const next = e + 1;
    const [ls, le] = trimRange(body, s, e);
    if (ls === le) {
      s = next;
      continue;
    }
    const c0 = body.indexOf(',', ls);
    const dateEnd = c0 < 0 || c0 > le ? le : c0;
    const [ds, de] = trimRange(body, ls, dateEnd);
    const day = readDay(body.slice(ds, de));
    if (!day) {
      issue(`"${preview(body.slice(ds, de))}" is not a date; the line is skipped`, lineNo);
      s = next;
      continue;
    }
    let cells = 1;
    let lastEmpty = false;
    let lineRates = 0;
    const badHere: number[] = [];
    for (let p = dateEnd + 1; dateEnd < le && p <= le; ) {
      let q = body.indexOf(',', p);
      if (q < 0 || q > le) q = le;
      const [cs, ce] = trimRange(body, p, q);
      if (cells < width) {
        const kind = cellKind(body, cs, ce);
        if (kind === 2) badHere.push(cells);
        else if (kind === 0 && codes[cells]) lineRates++;
      }
      lastEmpty = cs === ce;
      cells++;
      p = q + 1;
    }
    // As many cells as the header, or one more that is empty (the ECB's trailing comma).
    if (cells !== width && !(cells === width + 1 && lastEmpty)) {
      const count = lastEmpty ? cells - 1 : cells;
      issue(`${day}: ${count} cells where the header has ${width}; the line is skipped`, lineNo);
      s = next;
      continue;
    }
    // The ECB ends every line with a comma: a last line without one, in a file without a final
    // newline, was cut off, perhaps in the middle of its last number.
    if (e === body.length && trailingComma && cells === width && !lastEmpty) {
      issue(
        `${day}: the file ends in this line without its trailing comma: it looks cut off; the line is skipped`,
        lineNo,
      );
      s = next;
      continue;
    }
    for (const k of badHere) {
      if (codes[k]) issue(`${day} ${codes[k]}: not a rate`, lineNo);
      bad.add(lineNo * (width + 1) + k);
    }
    dates.push(day);
    starts.push(ls);
    lines.push(lineNo);
    count += lineRates;
    s = next;
  }
  if (count === 0) throw new ReckonError('INVALID_RATES', 'The ECB CSV file holds no rates.');

  const order = ascending(dates);
  const kept: number[] = [];
  for (const i of order) {
    const prev = kept[kept.length - 1];
    if (prev !== undefined && dates[prev] === dates[i]) {
      issue(`more than one line for ${dates[i]}; the first is kept`, lines[i] ?? 0);
      continue;
    }
    kept.push(i);
  }

  const column = (k: number) => (): Series => {
    const ds: string[] = [];
    const vs: string[] = [];
    for (const i of kept) {
      if (bad.has((lines[i] ?? 0) * (width + 1) + k)) continue;
      let p = body.indexOf(',', starts[i] ?? 0) + 1;
      for (let skip = 1; skip < k; skip++) p = body.indexOf(',', p) + 1;
      let q = body.indexOf(',', p);
      const lineEnd = body.indexOf('\n', p);
      if (q < 0 || (lineEnd >= 0 && q > lineEnd)) q = lineEnd < 0 ? body.length : lineEnd;
      const [cs, ce] = trimRange(body, p, q);
      if (cellKind(body, cs, ce) !== 0) continue;
      ds.push(dates[i] ?? '');
      vs.push(body.slice(cs, ce));
    }
    return { dates: ds, values: vs };
  };
  const stored = new Map<string, () => Series>();
  codes.forEach((code, k) => {
    if (code) stored.set(`EUR/${code}`, column(k));
  });
  const first = kept[0];
  const last = kept[kept.length - 1];
  const span =
    first !== undefined && last !== undefined
      ? { from: dates[first] ?? '', to: dates[last] ?? '' }
      : undefined;
  return Object.assign(seriesProvider(source, stored, 'EUR', span), { issues });
}
