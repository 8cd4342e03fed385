import { bench, describe } from 'vitest';
import { type ConversionSnapshot, checkConversion, parseEcbCsv, parseFigure } from '../src/index';
import { readEcbHistory } from './history';

const history = readEcbHistory();

describe.skipIf(!history)('ECB history file (eurofxref-hist.csv, ~7,000 days × 41 currencies)', () => {
  const text = history ?? '';
  bench('baseline: split into lines and cells only', () => {
    let n = 0;
    for (const line of text.split('\n')) n += line.split(',').length;
    if (n === 0) throw new Error('empty');
  });
  bench('parseEcbCsv (every cell validated, exact)', () => {
    parseEcbCsv(text);
  });
  bench('parseEcbCsv + first GBP lookup (materialises one column)', () => {
    parseEcbCsv(text).rateOn('EUR', 'GBP', '2025-09-17');
  });
});

describe.skipIf(!history)('1,000 conversion checks against the full history', () => {
  const rates = parseEcbCsv(history ?? '');
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
