import { describe, expect, it } from 'vitest';
import { ratesFromEcbCsv, ratesFromEcbXml, ratioToString } from '../../src/index';
import { expectReckonError } from '../helpers';
import { DAILY_CSV, DAILY_XML, HIST_CSV } from './fixtures';

const value = (r: { rate: { value: { n: bigint; d: bigint } } } | undefined) =>
  r ? ratioToString(r.rate.value) : undefined;

describe('ratesFromEcbCsv', () => {
  describe('the history file', () => {
    const rates = ratesFromEcbCsv(HIST_CSV);
    it('reads newest-first rows into exact EUR→X fixes', () => {
      expect(value(rates.rateOn('EUR', 'GBP', '2025-09-17'))).toBe('0.8675');
      expect(value(rates.rateOn('EUR', 'GBP', '2025-09-18'))).toBe('0.868');
      expect(rates.fixes('EUR', 'USD', '2025-09-15', '2025-09-19').map((r) => r.date)).toEqual([
        '2025-09-15',
        '2025-09-16',
        '2025-09-17',
        '2025-09-18',
        '2025-09-19',
      ]);
      expect(rates.issues).toEqual([]);
      expect(rates.span).toEqual({ from: '2025-09-15', to: '2025-09-19' });
      expect(rates.source).toBe('ECB');
    });
    it('skips N/A values and the trailing comma, keeps withdrawn currencies', () => {
      expect(rates.fixes('EUR', 'CYP', '2025-01-01', '2025-12-31')).toEqual([]);
      expect(rates.currencies).toContain('CYP');
    });
    it('inverts and crosses through EUR exactly', () => {
      expect(value(rates.rateOn('GBP', 'EUR', '2025-09-17'))).toBe('400/347');
      // USD per GBP = 1.1837 / 0.8675
      expect(value(rates.rateOn('GBP', 'USD', '2025-09-17'))).toBe('11837/8675');
    });
    it('never guesses a missing day, but says which day a policy used', () => {
      expect(rates.rateOn('EUR', 'GBP', '2025-09-20')).toBeUndefined();
      const prev = rates.rateOn('EUR', 'GBP', '2025-09-20', { policy: 'previous' });
      expect(prev?.rate.date).toBe('2025-09-19');
      expect(prev?.substituted).toBe(true);
      expect(prev?.requestedDate).toBe('2025-09-20');
      expect(rates.rateOn('EUR', 'GBP', '2025-09-14', { policy: 'nearest' })?.rate.date).toBe('2025-09-15');
      expect(rates.rateOn('EUR', 'GBP', '2025-09-14', { policy: 'previous' })).toBeUndefined();
      expect(rates.rateOn('EUR', 'GBP', '2025-09-17', { policy: 'nearest' })?.substituted).toBe(false);
      expect(rates.fixes('EUR', 'GBP', '2025-09-20', '2025-09-21')).toEqual([]);
    });
    it('returns nothing for the same currency or an unknown pair', () => {
      expect(rates.fixes('EUR', 'EUR', '2025-09-15', '2025-09-19')).toEqual([]);
      expect(rates.rateOn('EUR', 'CHF', '2025-09-17')).toBeUndefined();
    });
    it('throws INVALID_DATE for a malformed day', () => {
      expectReckonError(() => rates.fixes('EUR', 'GBP', '2025-9-1', '2025-09-19'), 'INVALID_DATE');
      expectReckonError(() => rates.rateOn('EUR', 'GBP', '2025-02-30'), 'INVALID_DATE');
    });
  });

  describe('the daily file', () => {
    it('reads "13 April 2026" dates and ", " separators with CRLF', () => {
      const rates = ratesFromEcbCsv(DAILY_CSV);
      expect(value(rates.rateOn('EUR', 'GBP', '2026-04-13'))).toBe('0.87058');
      expect(value(rates.rateOn('EUR', 'JPY', '2026-04-13'))).toBe('186.75');
      expect(rates.issues).toEqual([]);
    });
    it('accepts a byte order mark', () => {
      expect(ratesFromEcbCsv(`\uFEFF${HIST_CSV}`).span?.to).toBe('2025-09-19');
    });
  });

  describe('cells and lines that could mislead', () => {
    it('a currency named twice in the header is an issue, and neither column is read', () => {
      const rates = ratesFromEcbCsv(
        'Date,USD,GBP,GBP,\n2025-09-17,1.1837,0.8675,0.7,\n2025-09-18,1.1818,0.868,0.868,\n',
      );
      expect(rates.issues.map((i) => [i.line, i.code])).toEqual([[1, 'INVALID_RATES']]);
      expect(rates.issues[0]?.message).toContain('GBP is named by columns 3 and 4');
      expect(rates.fixes('EUR', 'GBP', '2025-09-17', '2025-09-18')).toEqual([]);
      expect(value(rates.rateOn('EUR', 'USD', '2025-09-17'))).toBe('1.1837');
      expectReckonError(
        () => ratesFromEcbCsv('Date,GBP,GBP,\n2025-09-17,0.8675,0.7,\n', { strict: true }),
        'INVALID_RATES',
      );
    });
    it('a last line cut off in the middle of a number is an issue, not a shorter rate', () => {
      const cut = `${HIST_CSV}2025-09-12,1.1733,172.9,1.9558,N/A,0.86`;
      const rates = ratesFromEcbCsv(cut);
      expect(rates.issues.map((i) => i.line)).toEqual([7]);
      expect(rates.issues[0]?.message).toContain('cut off');
      expect(rates.rateOn('EUR', 'GBP', '2025-09-12')).toBeUndefined();
      expect(rates.rateOn('EUR', 'USD', '2025-09-12')).toBeUndefined();
      // The same line with its trailing comma, or followed by a newline, is whole.
      expect(ratesFromEcbCsv(`${cut},`).issues).toEqual([]);
      expect(value(ratesFromEcbCsv(`${cut},`).rateOn('EUR', 'GBP', '2025-09-12'))).toBe('0.86');
      expect(ratesFromEcbCsv(`${cut}\n`).issues).toEqual([]);
    });
    it('a line cut off inside a middle cell has too few cells', () => {
      const rates = ratesFromEcbCsv(`${HIST_CSV}2025-09-12,1.17`);
      expect(rates.issues.map((i) => i.line)).toEqual([7]);
      expect(rates.rateOn('EUR', 'USD', '2025-09-12')).toBeUndefined();
    });
    it('a row with an empty last cell and no trailing comma keeps its other cells', () => {
      for (const header of ['Date,USD,GBP', 'Date,USD,GBP,']) {
        const rates = ratesFromEcbCsv(`${header}\n2025-09-17,1.1837,\n2025-09-18,1.1818,0.868\n`);
        expect(rates.issues).toEqual([]);
        expect(value(rates.rateOn('EUR', 'USD', '2025-09-17'))).toBe('1.1837');
        expect(rates.rateOn('EUR', 'GBP', '2025-09-17')).toBeUndefined();
        expect(value(rates.rateOn('EUR', 'GBP', '2025-09-18'))).toBe('0.868');
      }
    });
  });

  describe('bad input', () => {
    const broken = `Date,USD,GBP,XXX,
2025-09-19,1.1736,0.8708,1,
2025-13-01,1.1,0.8,1,
2025-09-18,1.1818,abc,1,
2025-09-17,1.1837,
2025-09-16,1.1807,0.8656,1,
2025-09-16,1.1807,0.8656,1,
`;
    it('reports each malformed line with its number and loads the rest', () => {
      const rates = ratesFromEcbCsv(broken);
      const lines = rates.issues.map((i) => [i.line, i.code]);
      expect(lines).toEqual([
        [1, 'INVALID_RATES'],
        [3, 'INVALID_RATES'],
        [4, 'INVALID_RATES'],
        [5, 'INVALID_RATES'],
        [6, 'INVALID_RATES'],
      ]);
      expect(rates.issues.map((i) => i.message).join('\n')).toMatch(
        /XXX[\s\S]*not a date[\s\S]*not a rate[\s\S]*cells[\s\S]*more than one/,
      );
      expect(value(rates.rateOn('EUR', 'USD', '2025-09-18'))).toBe('1.1818');
      expect(rates.rateOn('EUR', 'GBP', '2025-09-18')).toBeUndefined();
      expect(rates.fixes('EUR', 'GBP', '2025-09-01', '2025-09-30').map((r) => r.date)).toEqual([
        '2025-09-16',
        '2025-09-19',
      ]);
    });
    it('throws on the first malformed line in strict mode', () => {
      const e = expectReckonError(() => ratesFromEcbCsv(broken, { strict: true }), 'INVALID_RATES');
      expect(e.message).toContain('line 1');
    });
    it.each([
      ['', 'empty'],
      ['   \n', 'empty'],
      ['<html>not rates</html>', 'Not an ECB'],
      ['Date,USD,\n', 'no rates'],
      ['Date,USD,\n2025-09-19,N/A,\n', 'no rates'],
    ])('throws INVALID_RATES for %j', (text, words) => {
      const e = expectReckonError(() => ratesFromEcbCsv(text), 'INVALID_RATES');
      expect(e.message).toContain(words);
    });
  });
});

describe('ratesFromEcbXml', () => {
  it('reads the gesmes envelope with single and double quotes', () => {
    const rates = ratesFromEcbXml(DAILY_XML);
    expect(value(rates.rateOn('EUR', 'GBP', '2025-09-17'))).toBe('0.8675');
    expect(value(rates.rateOn('EUR', 'USD', '2025-09-18'))).toBe('1.1818');
    expect(rates.fixes('GBP', 'EUR', '2025-09-15', '2025-09-19')).toHaveLength(2);
    expect(rates.issues).toEqual([]);
  });
  it('reports bad entries with line numbers and keeps the rest', () => {
    const xml = DAILY_XML.replace("rate='0.868'", "rate='x'").replace('currency="USD"', 'currency="ZZZ"');
    const rates = ratesFromEcbXml(xml);
    expect(rates.issues.map((i) => i.line)).toEqual([10, 13]);
    expect(value(rates.rateOn('EUR', 'GBP', '2025-09-17'))).toBe('0.8675');
    expectReckonError(() => ratesFromEcbXml(xml, { strict: true }), 'INVALID_RATES');
  });
  it('reports a bad date', () => {
    const rates = ratesFromEcbXml(DAILY_XML.replace("time='2025-09-18'", "time='18.09.2025'"));
    expect(rates.issues).toHaveLength(1);
    expect(rates.fixes('EUR', 'GBP', '2025-09-01', '2025-09-30')).toHaveLength(1);
  });
  describe('reads XML as XML', () => {
    const gbp = (xml: string) => value(ratesFromEcbXml(xml).rateOn('EUR', 'GBP', '2025-09-18'));
    const real = "<Cube currency='GBP' rate='0.868'/>";
    it('a commented-out rate is never data, before or after the real one', () => {
      for (const xml of [
        DAILY_XML.replace(real, `<!-- <Cube currency='GBP' rate='0.7000'/> -->${real}`),
        DAILY_XML.replace(real, `${real}<!-- <Cube currency='GBP' rate='0.7000'/> -->`),
      ]) {
        expect(gbp(xml)).toBe('0.868');
        expect(ratesFromEcbXml(xml).issues).toEqual([]);
      }
    });
    it('CDATA sections, processing instructions and declarations are never data', () => {
      const xml = DAILY_XML.replace(
        real,
        `<![CDATA[<Cube currency='GBP' rate='0.7'/>]]><?note <Cube currency='GBP' rate='0.7'/> ?>${real}`,
      ).replace(
        '<gesmes:Envelope',
        "<!DOCTYPE x [ <!ENTITY r '0.7'> <!-- <Cube currency='JPY' rate='1'/> --> ]>\n<gesmes:Envelope",
      );
      expect(gbp(xml)).toBe('0.868');
      expect(ratesFromEcbXml(xml).issues).toEqual([]);
      expect(ratesFromEcbXml(xml).fixes('EUR', 'JPY', '2025-01-01', '2025-12-31')).toEqual([]);
    });
    it('does not expand entities: a value written with one is not a rate', () => {
      for (const written of ['&#48;.868', '&r;', '0.868&amp;']) {
        const rates = ratesFromEcbXml(DAILY_XML.replace("rate='0.868'", `rate='${written}'`));
        expect(rates.rateOn('EUR', 'GBP', '2025-09-18')).toBeUndefined();
        expect(rates.issues.map((i) => i.line)).toEqual([10]);
        expect(rates.issues[0]?.message).toContain('entities are not expanded');
      }
    });
    it('a rate outside a dated Cube is an issue with its line', () => {
      const rates = ratesFromEcbXml(
        DAILY_XML.replace('<Cube>\n', "<Cube>\n<Cube currency='GBP' rate='0.9'/>\n"),
      );
      expect(rates.issues.map((i) => i.line)).toEqual([8]);
      expect(rates.issues[0]?.message).toContain('outside a dated <Cube>');
      expect(rates.fixes('EUR', 'GBP', '2025-01-01', '2025-12-31').map((r) => value({ rate: r }))).toEqual([
        '0.8675',
        '0.868',
      ]);
    });
    it('an attribute given twice is an issue, not "the last one wins"', () => {
      const rates = ratesFromEcbXml(
        DAILY_XML.replace(real, "<Cube currency='GBP' rate='0.7' rate='0.868'/>"),
      );
      expect(rates.issues.map((i) => i.line)).toEqual([10]);
      expect(rates.rateOn('EUR', 'GBP', '2025-09-18')).toBeUndefined();
    });
    it('an unclosed tag is an issue with its line, and the next entry still reads', () => {
      const rates = ratesFromEcbXml(
        DAILY_XML.replace("<Cube currency='USD' rate='1.1818'/>", "<Cube currency='USD' rate='1.1818'"),
      );
      expect(rates.issues.map((i) => i.line)).toEqual([9]);
      expect(rates.issues[0]?.message).toContain('not closed');
      expect(rates.rateOn('EUR', 'USD', '2025-09-18')).toBeUndefined();
      expect(gbp(DAILY_XML)).toBe('0.868');
    });
    it('a dated Cube left open is an issue; the rates after it keep their own day', () => {
      const xml = DAILY_XML.replace(
        '</Cube>\n\t\t<Cube time="2025-09-17">',
        '\n\t\t<Cube time="2025-09-17">',
      );
      const rates = ratesFromEcbXml(xml);
      expect(rates.issues.map((i) => i.line).sort()).toEqual([12, 7]);
      expect(value(rates.rateOn('EUR', 'GBP', '2025-09-17'))).toBe('0.8675');
      expect(gbp(xml)).toBe('0.868');
    });
    it('a file cut off mid-entry is an issue, never a shorter rate or a wrong date', () => {
      const at = DAILY_XML.indexOf('rate="0.8675"');
      for (const cut of [at + 10, at + 12, at + 13, at + 14]) {
        const rates = ratesFromEcbXml(DAILY_XML.slice(0, cut));
        expect(rates.rateOn('EUR', 'GBP', '2025-09-17')).toBeUndefined();
        expect(rates.issues.length).toBeGreaterThan(0);
        expect(rates.issues.some((i) => /cut off/.test(i.message))).toBe(true);
        expect(value(rates.rateOn('EUR', 'USD', '2025-09-17'))).toBe('1.1837');
        expect(gbp(DAILY_XML.slice(0, cut))).toBe('0.868');
      }
      expect(ratesFromEcbXml(DAILY_XML.slice(0, at - 30)).issues.map((i) => i.line)).toContain(12);
    });
    it('an unclosed comment hides the rest and says so', () => {
      const rates = ratesFromEcbXml(
        DAILY_XML.replace('<Cube time="2025-09-17">', '<!-- <Cube time="2025-09-17">'),
      );
      expect(rates.issues.map((i) => i.line)).toContain(12);
      expect(rates.rateOn('EUR', 'GBP', '2025-09-17')).toBeUndefined();
    });
    it('throws the first issue in strict mode, with its line', () => {
      const e = expectReckonError(
        () =>
          ratesFromEcbXml(DAILY_XML.replace('<Cube>\n', "<Cube>\n<Cube currency='GBP' rate='0.9'/>\n"), {
            strict: true,
          }),
        'INVALID_RATES',
      );
      expect(e.message).toContain('line 8');
    });
    it('reports every one of 80,000 bad entries with its line', () => {
      const bad = Array.from({ length: 80_000 }, (_, i) => `<Cube currency='XX${i % 10}' rate='x'/>`).join(
        '\n',
      );
      const rates = ratesFromEcbXml(DAILY_XML.replace(real, `${real}\n${bad}`));
      expect(rates.issues).toHaveLength(80_000);
      expect(rates.issues[79_999]?.line).toBe(80_010);
      expect(gbp(DAILY_XML)).toBe('0.868');
    });
    it('reads past 480 KB of unclosed tags, each an issue', () => {
      const junk = "<Cube currency='GBP' rate='0.7' ".repeat(15_000);
      const rates = ratesFromEcbXml(`${junk}\n${DAILY_XML}`);
      expect(rates.issues).toHaveLength(15_000);
      expect(rates.issues.every((i) => i.line === 1)).toBe(true);
      expect(gbp(`${junk}\n${DAILY_XML}`)).toBe('0.868');
    });
  });
  it.each([
    ['', 'empty'],
    ['<?xml version="1.0"?><root/>', 'no <Cube>'],
    ["<root><!-- <Cube currency='GBP' rate='0.7'/> --></root>", 'no <Cube>'],
    ['<Cube><Cube time="2025-09-18"></Cube></Cube>', 'no rates'],
  ])('throws INVALID_RATES for %j', (text, words) => {
    const e = expectReckonError(() => ratesFromEcbXml(text), 'INVALID_RATES');
    expect(e.message).toContain(words);
  });
});
