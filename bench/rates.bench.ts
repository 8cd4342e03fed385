import { bench, describe } from 'vitest';
import {
  type ConversionSnapshot,
  checkConversion,
  parseFigure,
  ratesFromEcbCsv,
  ratesFromEcbXml,
} from '../src/index';
import { historyOfSize, readEcbHistory } from './history';

const history = readEcbHistory();

describe.skipIf(!history)('ECB history file (eurofxref-hist.csv, ~7,000 days × 41 currencies)', () => {
  const text = history ?? '';
  bench('baseline: split into lines and cells only', () => {
    let n = 0;
    for (const line of text.split('\n')) n += line.split(',').length;
    if (n === 0) throw new Error('empty');
  });
  bench('ratesFromEcbCsv (every cell validated, exact)', () => {
    ratesFromEcbCsv(text);
  });
  bench('ratesFromEcbCsv + first GBP lookup (materialises one column)', () => {
    ratesFromEcbCsv(text).rateOn('EUR', 'GBP', '2025-09-17');
  });
});

// The same parser on 1 MB and 4 MB of the history's format: linear time shows as equal MB/s.
for (const megabytes of [1, 4]) {
  describe.skipIf(!history)(`ECB CSV, ${megabytes} MB (eurofxref-hist.csv, cut or continued)`, () => {
    const text = history ? historyOfSize(history, megabytes * 1_000_000) : '';
    bench('baseline: split into lines and cells only', () => {
      let n = 0;
      for (const line of text.split('\n')) n += line.split(',').length;
      if (n === 0) throw new Error('empty');
    });
    bench('ratesFromEcbCsv + first GBP lookup', () => {
      ratesFromEcbCsv(text).rateOn('EUR', 'GBP', '2025-09-17');
    });
  });
}

/** `unit` repeated to about `bytes`, inside an ECB envelope with one good rate. */
function xmlOfSize(unit: string, bytes: number): string {
  const body = unit.repeat(Math.ceil(bytes / unit.length));
  return `<?xml version="1.0" encoding="UTF-8"?>
<gesmes:Envelope><Cube><Cube time='2025-09-18'><Cube currency='GBP' rate='0.868'/>
${body}
</Cube></Cube></gesmes:Envelope>`;
}

/** About `bytes` of well-formed ECB XML: one day after another, newest first, 30 rates each. */
function validXml(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let day = Date.UTC(2026, 3, 13); size < bytes; day -= 86_400_000) {
    const rates = Array.from(
      { length: 30 },
      (_, i) => `\t<Cube currency='${CODES[i]}' rate='1.${1000 + i}'/>\n`,
    );
    const part = `<Cube time='${new Date(day).toISOString().slice(0, 10)}'>\n${rates.join('')}</Cube>\n`;
    parts.push(part);
    size += part.length;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<gesmes:Envelope><Cube>\n${parts.join('')}</Cube></gesmes:Envelope>`;
}
const CODES =
  'USD JPY BGN CZK DKK GBP HUF PLN RON SEK CHF ISK NOK TRY AUD BRL CAD CNY HKD IDR ILS INR KRW MXN MYR NZD PHP SGD THB ZAR'.split(
    ' ',
  );

/** What each hostile file repeats: every unit is one or more issues. */
const HOSTILE: readonly [string, string][] = [
  ['bad entries (unknown currency, value not a rate)', "<Cube currency='XX1' rate='x'/>\n"],
  ['unclosed tags (no ">")', "<Cube currency='GBP' rate='0.7' "],
  ['unclosed dated Cubes (elements never closed)', "<Cube time='2025-09-18'>\n"],
  ['attribute values that never end', "<Cube currency='GBP rate=0.7 "],
  ['end tags that close nothing', '</Cube></x>\n'],
  [
    'comments, CDATA and PIs hiding rates',
    "<!-- <Cube currency='GBP' rate='0.7'/> --><![CDATA[<x>]]><?p ?>\n",
  ],
];

for (const megabytes of [1, 4]) {
  describe(`ECB XML, ${megabytes} MB of hostile input`, () => {
    const files = HOSTILE.map(([name, unit]) => [name, xmlOfSize(unit, megabytes * 1_000_000)] as const);
    const valid = validXml(megabytes * 1_000_000);
    // Baseline: find every "<" once, the least any tokenizer does.
    bench('baseline: count the "<" of the bad entries file', () => {
      const text = files[0]?.[1] ?? '';
      let n = 0;
      for (let i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) n++;
      if (n === 0) throw new Error('empty');
    });
    bench('ratesFromEcbXml: well-formed ECB days, for comparison (30 rates a day)', () => {
      ratesFromEcbXml(valid);
    });
    for (const [name, text] of files) {
      bench(`ratesFromEcbXml: ${name}`, () => {
        ratesFromEcbXml(text);
      });
    }
  });
}

describe("issue 11's hostile files (each took 42–120 s before the tokenizer)", () => {
  const badEntries = xmlOfSize("<Cube currency='XX1' rate='x'/>\n", 80_000 * 32);
  const unclosed = xmlOfSize("<Cube currency='GBP' rate='0.7' ", 480_000);
  bench('ratesFromEcbXml: 80,000 bad entries', () => {
    ratesFromEcbXml(badEntries);
  });
  bench('ratesFromEcbXml: 480 KB of unclosed tags', () => {
    ratesFromEcbXml(unclosed);
  });
});

describe.skipIf(!history)('1,000 conversion checks against the full history', () => {
  // A skipped describe still runs its body: read nothing without the file.
  if (!history) return;
  const rates = ratesFromEcbCsv(history);
  rates.rateOn('GBP', 'EUR', '2025-09-17');
  const snapshot: ConversionSnapshot = {
    from: parseFigure('£11bn'),
    to: parseFigure('€12.68bn'),
    eventDate: '2025-09-16',
    publishedDate: '2025-09-18',
  };
  // Baseline: the float arithmetic people do in a spreadsheet: one division and a comparison per fix.
  const fixes = [0.8641, 0.8656, 0.8675, 0.868];
  bench('baseline: float check over the same 4 fixes', () => {
    let ok = 0;
    for (let i = 0; i < 1000; i++) {
      const implied = 12.68e9 / 11e9;
      for (const f of fixes) if (Math.abs(implied * f - 1) < 0.0044) ok++;
    }
    if (ok === 0) throw new Error('none');
  });
  bench('checkConversion (exact rationals, full verdict)', () => {
    for (let i = 0; i < 1000; i++) checkConversion(snapshot, rates);
  });
});
