/**
 * The parsers over damaged input (issue 13): a valid ECB CSV, a valid ECB XML, the embedded dataset
 * JSON and figure phrases, each generated or taken whole and then damaged (truncated, a column or an
 * element duplicated, cells swapped, garbage inserted, keys deleted, types changed, offsets broken).
 * The result must be exact data or issues that say where; nothing may be dropped or invented silently.
 *
 * The accounting, per parser:
 *
 * - ECB CSV. This test reads the damaged text itself (lines, cells split at commas, the header naming
 *   the columns). Every data cell must end in one of three places: (a) read exactly — `rateOn('EUR',
 *   code, day)` gives the cell's decimal as an exact ratio; (b) a cell that holds no value (`N/A` or
 *   empty) — and then no rate for it unless another cell gives one; (c) an issue whose `line` is the
 *   cell's line, or an issue on the header line or without a line (which speak for the whole file). A
 *   cell missing from a short row counts as a cell to account for. A valid decimal under a column
 *   whose header is not a currency code, or on a row whose date is not a real day, must be in (c).
 *   And nothing is invented: every fix the provider lists is a cell of the file. Throwing
 *   `INVALID_RATES` for the whole file is allowed only when the header was damaged or no readable
 *   cell is left.
 * - ECB XML. The same, with an entry `<Cube currency='…' rate='…'/>` inside a `<Cube time='…'>` block
 *   for a cell; an issue on the entry's line, on its time block's line, or without a line accounts for
 *   it. A line that mentions Cube, time, currency or rate and is not exactly one of the valid shapes
 *   must be reported (it may be a cut-off entry).
 * - Dataset JSON. A mutation (a key deleted, a value of another JSON type, a source offset moved) must
 *   either be reported — issues with a path that is a prefix of the mutated path or lies under its
 *   parent (a deleted array element may be reported anywhere) — or be accepted as written:
 *   `datasetToJSON` of the result equals the mutated JSON. `parseDataset` throws exactly when
 *   `safeParseDataset` fails.
 * - Figure phrases. A phrase built from a qualifier, a currency marker, a number and a scale word is
 *   damaged. If `safeParseFigure` succeeds, every number written in the phrase must be in the figure
 *   (its significant digits, in order: the amount, then the upper end of a range), its currency must
 *   be named in the phrase, and the amount must be the written number times the one scale word written
 *   (a phrase with two scale words must fail). Otherwise the issues must be there, with a code and a
 *   path; `parseFigure` throws exactly then.
 *
 * Each property runs with a fixed seed, so that its outcome is the same on every run; properties known
 * to fail today are listed in known-damaged.ts, and a listed property that passes
 * fails this test until its line is removed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nscaleDatasetJSON } from '../../../src/datasets/nscale-2025-09/index';
import {
  currencyCode,
  isReckonError,
  type LoadedRates,
  parseFigure,
  type Ratio,
  ratesFromEcbCsv,
  ratesFromEcbXml,
  safeParseFigure,
  toDecimalString,
} from '../../../src/index';
import { datasetToJSON, parseDataset, safeParseDataset } from '../../../src/schema/index';
import { KNOWN_DAMAGED } from './known-damaged';

// ---------------------------------------------------------------------------------------------------
// Shared: exact decimals and days, written for this test (reckon's own parsers are not used).

const DECIMAL = /^\d+(\.\d+)?$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function realDay(text: string): boolean {
  const m = ISO.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return days !== undefined && d >= 1 && d <= days;
}

/** The decimal as an exact fraction (numerator, power of ten). */
function decimalParts(text: string): [bigint, bigint] {
  const [i = '0', f = ''] = text.split('.');
  return [BigInt(i + f), 10n ** BigInt(f.length)];
}

const positive = (text: string) => DECIMAL.test(text) && decimalParts(text)[0] > 0n;
const equalsDecimal = (r: Ratio, text: string) => {
  const [n, d] = decimalParts(text);
  return r.n * d === n * r.d;
};

const day = (offset: number) => new Date(Date.UTC(2024, 0, 2 + offset)).toISOString().slice(0, 10);
const weekday = (offset: number) => {
  const w = new Date(Date.UTC(2024, 0, 2 + offset)).getUTCDay();
  return w !== 0 && w !== 6;
};

const arbDays = fc
  .uniqueArray(fc.integer({ min: 0, max: 700 }).filter(weekday), { minLength: 1, maxLength: 6 })
  .map((offsets) => offsets.sort((a, b) => b - a).map(day));
const arbValue = fc.oneof(
  {
    weight: 9,
    arbitrary: fc
      .tuple(fc.nat({ max: 9999 }), fc.stringMatching(/^\d{1,6}$/))
      .map(([i, f]) => (i === 0 && /^0+$/.test(f) ? '1' : `${i}.${f}`)),
  },
  { weight: 1, arbitrary: fc.constant('N/A') },
);
const CODES = ['USD', 'JPY', 'GBP', 'CHF', 'SEK', 'NOK', 'CZK', 'PLN'];
const arbCodes = fc.shuffledSubarray(CODES, { minLength: 1, maxLength: 5 });

interface RateTable {
  readonly codes: readonly string[];
  readonly rows: readonly { readonly day: string; readonly cells: readonly string[] }[];
}

const arbTable: fc.Arbitrary<RateTable> = fc.tuple(arbCodes, arbDays).chain(([codes, days]) =>
  fc
    .array(fc.array(arbValue, { minLength: codes.length, maxLength: codes.length }), {
      minLength: days.length,
      maxLength: days.length,
    })
    .map((cells) => ({ codes, rows: days.map((d, i) => ({ day: d, cells: cells[i] ?? [] })) })),
);

/** Where a cell's value ended up: nowhere is the only wrong answer. */
interface Cell {
  readonly line: number;
  /** Lines whose issue also speaks for this cell (its header, its time block). */
  readonly alsoCoveredBy: readonly number[];
  readonly day: string;
  readonly code: string;
  readonly text: string;
  /** The day and the column are readable: a valid decimal here must be read. */
  readonly readable: boolean;
}

/** The unaccounted cells and invented fixes, as readable lines (empty when all is well). */
function account(rates: LoadedRates, cells: readonly Cell[]): string[] {
  const problems: string[] = [];
  const issueLines = new Set(rates.issues.map((i) => i.line));
  const wholeFile = rates.issues.some((i) => i.line === undefined);
  const covered = (c: Cell) =>
    wholeFile || issueLines.has(c.line) || c.alsoCoveredBy.some((l) => issueLines.has(l));
  for (const c of cells) {
    if (c.text === '' || c.text === 'N/A') continue;
    if (c.readable && positive(c.text)) {
      const found = rates.rateOn('EUR', c.code, c.day);
      if (found && equalsDecimal(found.rate.value, c.text)) continue;
      if (covered(c)) continue;
      problems.push(
        `line ${c.line} ${c.code} ${c.day} ${c.text}: ${found ? `read as ${found.rate.value.n}/${found.rate.value.d}` : 'dropped'} without an issue`,
      );
    } else if (!covered(c)) {
      problems.push(
        `line ${c.line} ${c.code || '(no column)'} ${c.day || '(no day)'} '${c.text}': not read and not reported`,
      );
    }
  }
  const backed = (code: string, d: string, r: Ratio) =>
    cells.some((c) => c.code === code && c.day === d && positive(c.text) && equalsDecimal(r, c.text));
  if (rates.span) {
    for (const code of rates.currencies) {
      if (code === 'EUR') continue;
      for (const fix of rates.fixes('EUR', code, rates.span.from, rates.span.to)) {
        if (!backed(code, fix.date, fix.value))
          problems.push(`invented: ${code} ${fix.date} ${fix.value.n}/${fix.value.d}`);
      }
    }
  }
  return problems;
}

/** Reads a reader's answer: its problems, or a refusal (a ReckonError thrown for the whole file). */
function readWith(read: () => LoadedRates, cells: readonly Cell[], mayRefuse: boolean): string[] {
  let rates: LoadedRates;
  try {
    rates = read();
  } catch (error) {
    if (!isReckonError(error)) throw error;
    const readable = cells.filter((c) => c.readable && positive(c.text)).length;
    return mayRefuse || readable === 0
      ? []
      : [`refused the whole file (${error.code}) with ${readable} readable cells`];
  }
  return account(rates, cells);
}

// ---------------------------------------------------------------------------------------------------
// ECB CSV

const csvOf = (t: RateTable) =>
  [`Date,${t.codes.join(',')},`, ...t.rows.map((r) => `${r.day},${r.cells.join(',')},`), ''].join('\n');

/** The cells of a CSV text, read the simple way this test trusts. */
function csvCells(text: string): Cell[] {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const header = (lines[0] ?? '')
    .replace(/^\ufeff/, '')
    .split(',')
    .map((s) => s.trim());
  const out: Cell[] = [];
  lines.slice(1).forEach((line, k) => {
    if (line.trim() === '') return;
    const cells = line.split(',').map((s) => s.trim());
    const d = cells[0] ?? '';
    const width = Math.max(header.length, cells.length);
    for (let j = 1; j < width; j++) {
      const code = header[j] ?? '';
      const text = cells[j] ?? (code ? '(missing)' : '');
      if (code === '' && text === '') continue;
      out.push({
        line: k + 2,
        alsoCoveredBy: [1],
        day: d,
        code,
        text,
        readable: realDay(d) && CODES.includes(code) && header[0] === 'Date',
      });
    }
  });
  return out;
}

const csvProblems = (original: string, damaged: string) =>
  readWith(
    () => ratesFromEcbCsv(damaged),
    csvCells(damaged),
    damaged.split('\n')[0] !== original.split('\n')[0],
  );

const garbageLine = fc.string({
  unit: fc.constantFrom(...'0123456789.,-/ NADEGSUXY\t'.split(''), 'N/A', '2024-01-02', 'USD'),
  maxLength: 40,
});

// ---------------------------------------------------------------------------------------------------
// ECB XML

const XML_HEAD = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">',
  '\t<gesmes:subject>Reference rates</gesmes:subject>',
  '\t<gesmes:Sender>',
  '\t\t<gesmes:name>European Central Bank</gesmes:name>',
  '\t</gesmes:Sender>',
  '\t<Cube>',
];
const XML_TAIL = ['\t</Cube>', '</gesmes:Envelope>'];
const STRUCTURE = new Set([...XML_HEAD, ...XML_TAIL, '\t\t</Cube>'].map((l) => l.trim()));

const xmlOf = (t: RateTable, quote: string) =>
  [
    ...XML_HEAD,
    ...t.rows.flatMap((r) => [
      `\t\t<Cube time=${quote}${r.day}${quote}>`,
      ...r.cells
        .map((v, j) => [t.codes[j] ?? '', v] as const)
        .filter(([, v]) => v !== 'N/A')
        .map(([code, v]) => `\t\t\t<Cube currency=${quote}${code}${quote} rate=${quote}${v}${quote}/>`),
      '\t\t</Cube>',
    ]),
    ...XML_TAIL,
  ].join('\n');

const TIME_LINE = /^\s*<Cube time=(['"])([^'"]*)\1>\s*$/;
// An entry written as an open tag is still an element with those attributes: a reader may take it.
const ENTRY_LINE = /^\s*<Cube currency=(['"])([^'"]*)\1 rate=(['"])([^'"]*)\3\/?>\s*$/;

/** The entries of an XML text, read line by line (the layout the ECB and this test write). */
function xmlCells(text: string): Cell[] {
  const out: Cell[] = [];
  let block: { line: number; day: string } | undefined;
  text.split('\n').forEach((raw, k) => {
    const line = raw.replace(/\r$/, '');
    const time = TIME_LINE.exec(line);
    const entry = ENTRY_LINE.exec(line);
    if (time) block = { line: k + 1, day: time[2] ?? '' };
    else if (entry) {
      const code = entry[2] ?? '';
      out.push({
        line: k + 1,
        alsoCoveredBy: block ? [block.line] : [],
        day: block?.day ?? '',
        code,
        text: entry[4] ?? '',
        readable: block !== undefined && realDay(block.day) && CODES.includes(code),
      });
    } else if (line.trim() === '</Cube>' && block) block = undefined;
    else if (!STRUCTURE.has(line.trim()) && /Cube|time|currency|rate/.test(line)) {
      out.push({
        line: k + 1,
        alsoCoveredBy: block ? [block.line] : [],
        day: '',
        code: '',
        text: line.trim(),
        readable: false,
      });
    }
  });
  return out;
}

const xmlProblems = (original: string, damaged: string) =>
  readWith(
    () => ratesFromEcbXml(damaged),
    xmlCells(damaged),
    damaged.split('\n').slice(0, 2).join() !== original.split('\n').slice(0, 2).join(),
  );

// ---------------------------------------------------------------------------------------------------
// Dataset JSON

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = readonly (string | number)[];

function paths(value: Json, prefix: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => [[...prefix, i], ...paths(v, [...prefix, i])]);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [[...prefix, k], ...paths(v, [...prefix, k])]);
  }
  return [];
}

const ORIGINAL = JSON.parse(JSON.stringify(nscaleDatasetJSON)) as Json;
const ALL_PATHS = paths(ORIGINAL);
const OFFSET_PATHS = ALL_PATHS.filter((p) => p.at(-1) === 'start' || p.at(-1) === 'end');

function parentOf(root: Json, path: Path): Record<string | number, Json> {
  let node = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  return node;
}

function otherType(value: Json): Json {
  if (typeof value === 'string') return 42;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return 'true';
  if (Array.isArray(value)) return {};
  if (value === null) return 0;
  return [];
}

const startsWith = (path: Path, prefix: Path) =>
  prefix.length <= path.length && prefix.every((k, i) => String(path[i]) === String(k));

/** A mutated dataset's problems: reported where it was damaged, or read back exactly as written. */
function datasetProblems(mutated: Json, path: Path, anywhere: boolean): string[] {
  const r = safeParseDataset(mutated);
  let threw = false;
  try {
    parseDataset(mutated);
  } catch (error) {
    if (!isReckonError(error, 'INVALID_DATASET')) throw error;
    threw = true;
  }
  if (threw === r.success)
    return [
      `parseDataset ${threw ? 'threw' : 'did not throw'} but safeParseDataset says success: ${r.success}`,
    ];
  if (r.success) {
    const back = JSON.parse(JSON.stringify(datasetToJSON(r.output)));
    try {
      expect(back).toEqual(mutated);
      return [];
    } catch {
      return [`accepted ${path.join('.')} but reads it back differently`];
    }
  }
  if (r.issues.length === 0) return ['failed without issues'];
  if (!r.issues.every((i) => Array.isArray(i.path) && typeof i.code === 'string'))
    return ['issues without path or code'];
  const related = r.issues.some((i) => startsWith(path, i.path) || startsWith(i.path, path.slice(0, -1)));
  return anywhere || related
    ? []
    : [`no issue near ${path.join('.')}: ${r.issues.map((i) => i.path.join('.')).join(', ')}`];
}

// ---------------------------------------------------------------------------------------------------
// Figure phrases

// "b" is not in docs/figures.md, but "$1b" is how news write a billion, and reckon reads it so.
const SCALES: Readonly<Record<string, bigint>> = {
  b: 10n ** 9n,
  bn: 10n ** 9n,
  m: 10n ** 6n,
  billion: 10n ** 9n,
  million: 10n ** 6n,
  Milliarden: 10n ** 9n,
  Milliarde: 10n ** 9n,
  'Mrd.': 10n ** 9n,
  Mrd: 10n ** 9n,
  Millionen: 10n ** 6n,
  Million: 10n ** 6n,
  'Mio.': 10n ** 6n,
  Mio: 10n ** 6n,
};
const MARKERS: readonly (readonly [RegExp, string])[] = [
  [/£|pounds?|Pfund|GBP/i, 'GBP'],
  [/€|euros?|EUR/i, 'EUR'],
  [/\$|dollars?|Dollar|USD/i, 'USD'],
];

interface Phrase {
  readonly language: 'en' | 'de';
  readonly tokens: readonly string[];
}

const arbPhrase: fc.Arbitrary<Phrase> = fc.constantFrom<'en' | 'de'>('en', 'de').chain((language) => {
  const en = language === 'en';
  return fc
    .record({
      qualifier: fc.constantFrom(
        ...(en ? ['', 'up to', 'about', 'more than', 'almost'] : ['', 'bis zu', 'rund', 'mehr als', 'fast']),
      ),
      int: fc.integer({ min: 1, max: 999 }),
      frac: fc.stringMatching(/^(\d{1,2})?$/),
      scale: fc.constantFrom(
        ...(en ? ['bn', 'm', 'billion', 'million'] : ['Milliarden', 'Mrd.', 'Millionen', 'Mio.']),
      ),
      currency: fc.constantFrom(...(en ? ['£', '€', '$', 'US$'] : ['Pfund', 'Euro', 'US-Dollar'])),
    })
    .map(({ qualifier, int, frac, scale, currency }) => {
      const number = frac ? `${int}${en ? '.' : ','}${frac}` : `${int}`;
      const tokens = en
        ? [qualifier, `${currency}${number}${scale.length <= 2 ? scale : ''}`, scale.length > 2 ? scale : '']
        : [qualifier, number, scale, currency];
      return { language, tokens: tokens.filter((t) => t !== '') };
    });
});

const phraseText = (p: Phrase) => p.tokens.join(' ');
const NUMBER = /\d(?:[\d.,\u00a0\u202f ]*\d)?/g;
const significant = (digits: string) => digits.replace(/\D/g, '').replace(/^0+/, '').replace(/0+$/, '');

/** What is wrong with a figure read from a damaged phrase, or nothing. */
function figureProblems(text: string, language: 'en' | 'de'): string[] {
  const r = safeParseFigure(text, { language });
  let threw = false;
  try {
    parseFigure(text, { language });
  } catch (error) {
    if (!isReckonError(error)) throw error;
    threw = true;
  }
  if (threw === r.success)
    return [`parseFigure ${threw ? 'threw' : 'did not throw'}, safeParseFigure success: ${r.success}`];
  if (!r.success) {
    return r.issues.length > 0 && r.issues.every((i) => Array.isArray(i.path) && typeof i.code === 'string')
      ? []
      : ['failed without issues'];
  }
  const f = r.output;
  const problems: string[] = [];
  const written = (text.match(NUMBER) ?? []).map(significant).filter((s) => s !== '');
  const read = [f.amount, ...(f.max ? [f.max] : [])].map((m) =>
    significant(toDecimalString(m, { trim: true })),
  );
  if (written.join('|') !== read.filter((s) => s !== '').join('|')) {
    problems.push(
      `the phrase writes ${written.join(', ') || 'no digits'}, the figure holds ${read.join(', ')}`,
    );
  }
  const code = currencyCode(f.amount);
  const named = MARKERS.filter(([re]) => re.test(text)).map(([, c]) => c);
  if (!named.includes(code))
    problems.push(`read as ${code}, the phrase names ${named.join(', ') || 'no currency'}`);
  const scales = Object.keys(SCALES).filter((w) =>
    new RegExp(`(?<=[\\d\\s]|^)${w.replace('.', '\\.')}(?=\\s|$|[^\\p{L}.])`, 'u').test(text),
  );
  // "Mrd." also matches "Mrd": keep the longest word at each place.
  const words = scales.filter((w) => !scales.some((o) => o !== w && o.startsWith(w)));
  const numbers = text.match(NUMBER) ?? [];
  if (words.length > 1) problems.push(`read a phrase with two scale words (${words.join(', ')})`);
  else if (!f.max && numbers.length === 1) {
    const m = /^(\d+)(?:[.,](\d{1,2}))?$/.exec((numbers[0] ?? '').replace(/[\s\u00a0\u202f]/g, ''));
    if (m) {
      const scale = words[0] ? (SCALES[words[0]] ?? 1n) : 1n;
      const [i = '', frac = ''] = [m[1], m[2]];
      const expected = BigInt(i + frac) * scale;
      const exp10 = 10n ** BigInt(frac.length);
      const amount = toDecimalString(f.amount, { trim: true }).replace(/^-/, '');
      const [ai = '0', af = ''] = amount.split('.');
      // amount = expected / 10^frac exactly
      if (BigInt(ai + af) * exp10 !== expected * 10n ** BigInt(af.length)) {
        problems.push(
          `amount ${amount}, but the phrase writes ${numbers[0]} × ${words[0] ?? 'no scale word'}`,
        );
      }
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------
// The properties.

interface Damage {
  readonly name: string;
  readonly property: fc.IProperty<never> | fc.IPropertyWithHooks<never>;
  readonly numRuns: number;
}

const noProblems = (problems: string[]) => {
  if (problems.length) throw new Error(problems.slice(0, 5).join('\n'));
};

const swapIn = <T>(items: readonly T[], i: number, j: number): T[] => {
  const copy = [...items];
  const a = copy[i] as T;
  copy[i] = copy[j] as T;
  copy[j] = a;
  return copy;
};

const DAMAGES: readonly Damage[] = [
  {
    name: 'ECB CSV: a valid file is read exactly',
    numRuns: 100,
    property: fc.property(arbTable, (t) => {
      const csv = csvOf(t);
      const rates = ratesFromEcbCsv(csv);
      expect(rates.issues).toEqual([]);
      noProblems(account(rates, csvCells(csv)));
    }) as never,
  },
  {
    name: 'ECB CSV: truncated',
    numRuns: 200,
    property: fc.property(arbTable, fc.double({ min: 0, max: 1, noNaN: true }), (t, at) => {
      const csv = csvOf(t);
      noProblems(csvProblems(csv, csv.slice(0, Math.floor(at * csv.length))));
    }) as never,
  },
  {
    name: 'ECB CSV: a column duplicated (same or other values)',
    numRuns: 200,
    property: fc.property(arbTable, fc.nat(), fc.boolean(), arbValue, (t, col, same, other) => {
      const j = (col % t.codes.length) + 1;
      const csv = csvOf(t);
      const damaged = csv
        .split('\n')
        .map((line, k) => {
          if (line === '') return line;
          const cells = line.split(',');
          cells.splice(cells.length - 1, 0, k === 0 || same ? (cells[j] ?? '') : other);
          return cells.join(',');
        })
        .join('\n');
      noProblems(csvProblems(csv, damaged));
    }) as never,
  },
  {
    name: 'ECB CSV: two cells of a line swapped',
    numRuns: 200,
    property: fc.property(arbTable, fc.nat(), fc.nat(), fc.nat(), (t, row, a, b) => {
      const csv = csvOf(t);
      const lines = csv.split('\n');
      const k = row % (lines.length - 1);
      const cells = (lines[k] ?? '').split(',');
      lines[k] = swapIn(cells, a % (cells.length - 1), b % (cells.length - 1)).join(',');
      noProblems(csvProblems(csv, lines.join('\n')));
    }) as never,
  },
  {
    name: 'ECB CSV: a garbage line inserted',
    numRuns: 300,
    property: fc.property(arbTable, fc.nat(), garbageLine, (t, at, garbage) => {
      const csv = csvOf(t);
      const lines = csv.split('\n');
      lines.splice(at % lines.length, 0, garbage);
      noProblems(csvProblems(csv, lines.join('\n')));
    }) as never,
  },
  {
    name: 'ECB XML: a valid file is read exactly',
    numRuns: 100,
    property: fc.property(arbTable, fc.constantFrom("'", '"'), (t, q) => {
      const xml = xmlOf(t, q);
      const rates = ratesFromEcbXml(xml);
      expect(rates.issues).toEqual([]);
      noProblems(account(rates, xmlCells(xml)));
    }) as never,
  },
  {
    name: 'ECB XML: truncated',
    numRuns: 200,
    property: fc.property(
      arbTable,
      fc.constantFrom("'", '"'),
      fc.double({ min: 0, max: 1, noNaN: true }),
      (t, q, at) => {
        const xml = xmlOf(t, q);
        noProblems(xmlProblems(xml, xml.slice(0, Math.floor(at * xml.length))));
      },
    ) as never,
  },
  {
    name: 'ECB XML: an entry duplicated (same or other rate)',
    numRuns: 200,
    property: fc.property(arbTable, fc.constantFrom("'", '"'), fc.nat(), fc.boolean(), (t, q, at, same) => {
      const xml = xmlOf(t, q);
      const lines = xml.split('\n');
      const entries = lines.map((l, k) => [l, k] as const).filter(([l]) => ENTRY_LINE.test(l));
      if (entries.length === 0) return;
      const [line, k] = entries[at % entries.length] as readonly [string, number];
      lines.splice(
        k + 1,
        0,
        same ? line : line.replace(/rate=(['"])(\d)/, (_, quote, d) => `rate=${quote}${(Number(d) % 9) + 1}`),
      );
      noProblems(xmlProblems(xml, lines.join('\n')));
    }) as never,
  },
  {
    name: 'ECB XML: two attribute values swapped',
    numRuns: 200,
    property: fc.property(arbTable, fc.constantFrom("'", '"'), fc.nat(), fc.nat(), (t, q, at, other) => {
      const xml = xmlOf(t, q);
      const lines = xml.split('\n');
      const k = at % lines.length;
      const values = [...xml.matchAll(/=(['"])([^'"]*)\1/g)].map((m) => m[2] ?? '');
      const mine = [...(lines[k] ?? '').matchAll(/=(['"])([^'"]*)\1/g)];
      if (mine.length === 0 || values.length === 0) return;
      const replacement = values[other % values.length] ?? '';
      const target = mine[other % mine.length]?.[2] ?? '';
      lines[k] = (lines[k] ?? '').replace(`${q}${target}${q}`, `${q}${replacement}${q}`);
      noProblems(xmlProblems(xml, lines.join('\n')));
    }) as never,
  },
  {
    name: 'ECB XML: a garbage line inserted',
    numRuns: 300,
    property: fc.property(
      arbTable,
      fc.constantFrom("'", '"'),
      fc.nat(),
      fc.oneof(
        garbageLine,
        fc.constantFrom(
          "<Cube currency='USD' rate='1.5'/>",
          "<Cube time='2024-01-03'>",
          '</Cube>',
          "<Cube currency='USD' rate='1,5'/>",
          "<Cube currency='usd' rate='1.5'/>",
          '<Cube currency="USD" rate=\'1.5\'/>',
          "<Cube currency='USD' rate='1.5'>",
        ),
      ),
      (t, q, at, garbage) => {
        const xml = xmlOf(t, q);
        const lines = xml.split('\n');
        lines.splice(at % lines.length, 0, garbage);
        noProblems(xmlProblems(xml, lines.join('\n')));
      },
    ) as never,
  },
  {
    name: 'dataset JSON: the valid file reads back exactly',
    numRuns: 1,
    property: fc.property(fc.constant(ORIGINAL), (json) =>
      noProblems(datasetProblems(json, [], true)),
    ) as never,
  },
  {
    name: 'dataset JSON: a key or element deleted',
    numRuns: 300,
    property: fc.property(fc.constantFrom(...ALL_PATHS), (path) => {
      const json = structuredClone(ORIGINAL);
      const parent = parentOf(json, path);
      const key = path.at(-1) as string | number;
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      noProblems(datasetProblems(json, path, Array.isArray(parent)));
    }) as never,
  },
  {
    name: 'dataset JSON: a value of another type',
    numRuns: 300,
    property: fc.property(fc.constantFrom(...ALL_PATHS), (path) => {
      const json = structuredClone(ORIGINAL);
      const parent = parentOf(json, path);
      const key = path.at(-1) as string | number;
      parent[key] = otherType(parent[key] as Json);
      noProblems(datasetProblems(json, path, false));
    }) as never,
  },
  {
    name: 'dataset JSON: a source offset moved',
    numRuns: 300,
    property: fc.property(
      fc.constantFrom(...OFFSET_PATHS),
      fc.oneof(
        fc.integer({ min: -5, max: 5 }).filter((d) => d !== 0),
        fc.constantFrom(1e9, -1e9, 0.5),
      ),
      (path, delta) => {
        const json = structuredClone(ORIGINAL);
        const parent = parentOf(json, path);
        const key = path.at(-1) as string;
        parent[key] = (parent[key] as number) + delta;
        noProblems(datasetProblems(json, path, false));
      },
    ) as never,
  },
  {
    name: 'figure phrases: a valid phrase is read exactly',
    numRuns: 300,
    property: fc.property(arbPhrase, (p) => {
      expect(safeParseFigure(phraseText(p), { language: p.language }).success).toBe(true);
      noProblems(figureProblems(phraseText(p), p.language));
    }) as never,
  },
  {
    name: 'figure phrases: truncated',
    numRuns: 400,
    property: fc.property(arbPhrase, fc.double({ min: 0, max: 1, noNaN: true }), (p, at) => {
      const text = phraseText(p);
      noProblems(figureProblems(text.slice(0, Math.floor(at * text.length)), p.language));
    }) as never,
  },
  {
    name: 'figure phrases: a word duplicated or two words swapped',
    numRuns: 400,
    property: fc.property(arbPhrase, fc.nat(), fc.nat(), fc.boolean(), (p, a, b, dup) => {
      const i = a % p.tokens.length;
      const j = b % p.tokens.length;
      const tokens = dup
        ? [...p.tokens.slice(0, i + 1), p.tokens[i] ?? '', ...p.tokens.slice(i + 1)]
        : swapIn(p.tokens, i, j);
      noProblems(figureProblems(tokens.join(' '), p.language));
    }) as never,
  },
  {
    name: 'figure phrases: garbage inserted',
    numRuns: 400,
    property: fc.property(
      arbPhrase,
      fc.nat(),
      fc.string({ unit: fc.constantFrom(...' .,-()x7%\u00a0'.split('')), minLength: 1, maxLength: 3 }),
      (p, at, garbage) => {
        const text = phraseText(p);
        const k = at % (text.length + 1);
        noProblems(figureProblems(`${text.slice(0, k)}${garbage}${text.slice(k)}`, p.language));
      },
    ) as never,
  },
];

describe('parsers over damaged input', () => {
  it('names only properties that exist in KNOWN_DAMAGED', () => {
    const names = new Set(DAMAGES.map((d) => d.name));
    expect(Object.keys(KNOWN_DAMAGED).filter((n) => !names.has(n))).toEqual([]);
  });

  DAMAGES.forEach((d, index) => {
    const listed = KNOWN_DAMAGED[d.name];
    it(`${d.name}${listed ? ' (known to fail: still fails)' : ''}`, () => {
      const result = fc.check(d.property, { seed: 13_000 + index, numRuns: d.numRuns });
      if (listed) {
        expect(result.failed, `passes now: remove '${d.name}' from KNOWN_DAMAGED`).toBe(true);
      } else if (result.failed) {
        expect.fail(
          `counterexample ${fc.stringify(result.counterexample)}:\n${result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance)}`,
        );
      }
    }, 300_000);
  });
});
