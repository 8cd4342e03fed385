import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { style } from '../../src/cli/format';
import { type CliIO, printable, printableIO } from '../../src/cli/io';

const BIN = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'reckon-printable-'));
const ESC = '\u001b';

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** No character a terminal acts on: C0 but tab and line feed, DEL, C1, separators, bidi controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const ACTS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;

describe('printable', () => {
  describe('a line without controls', () => {
    it('comes back as it was', () => {
      const line = 'reckon: Nvidia £11bn (€12.68bn)\ttab — “quoted” ünïcödé 𝄞';
      expect(printable(line, false)).toBe(line);
      expect(printable(line, true)).toBe(line);
    });
  });
  describe('controls from the input', () => {
    it.each([
      ['clear screen', `${ESC}[2J`, '\\u001b[2J'],
      ['a title (OSC)', `${ESC}]0;pwned\u0007`, '\\u001b]0;pwned\\u0007'],
      ['carriage return', 'ok\rEVIL', 'ok\\u000dEVIL'],
      ['NUL and DEL', '\u0000\u007f', '\\u0000\\u007f'],
      ['a C1 control', '\u009b2J', '\\u009b2J'],
      ['a right-to-left override', 'abc\u202edef', 'abc\\u202edef'],
      ['a line separator', 'a\u2028b', 'a\\u2028b'],
    ])('writes %s as escapes', (_, raw, shown) => {
      expect(printable(raw, false)).toBe(shown);
      expect(printable(raw, false)).not.toMatch(ACTS);
    });
    it("keeps reckon's own colour codes only with colour on", () => {
      const s = style(true);
      const line = `${s.red('✗')} ${s.bold('inconsistent')} ${s.dim('x')} ${s.green('y')} ${s.yellow('z')}`;
      expect(printable(line, true)).toBe(line);
      expect(printable(line, false)).not.toContain(ESC);
      // Other escapes go, even with colour on.
      expect(printable(`${ESC}[2J${ESC}[31m`, true)).toBe(`\\u001b[2J${ESC}[31m`);
    });
    it('keeps a JSON line valid JSON with the same value', () => {
      const value = { name: `a\u007fb\u0085c\u202ed\u2028e` };
      const line = JSON.stringify(value);
      expect(JSON.parse(printable(line, false))).toEqual(value);
      expect(printable(line, false)).not.toMatch(ACTS);
    });
  });
  describe('property: nothing a terminal acts on gets through', () => {
    it('holds for every code unit below U+3000 in any position', () => {
      for (let c = 0; c < 0x3000; c++) {
        const out = printable(`x${String.fromCharCode(c)}y`, false);
        expect(out, c.toString(16)).not.toMatch(ACTS);
      }
    });
  });
});

describe('printableIO', () => {
  it('writes every line of out and err through printable', () => {
    const lines: string[] = [];
    const io = {
      out: (l: string) => lines.push(`out ${l}`),
      err: (l: string) => lines.push(`err ${l}`),
      color: true,
    } as unknown as CliIO;
    const safe = printableIO(io, false);
    safe.out(`${ESC}[2J`);
    safe.err('\u0007');
    expect(lines).toEqual(['out \\u001b[2J', 'err \\u0007']);
    expect(safe.color).toBe(false);
  });
});

describe('reckon and damaged input (user review H19)', () => {
  it('validate: a JSON file that starts with escape sequences gives one line without them', () => {
    const file = join(dir, 'esc.json');
    writeFileSync(file, `${ESC}[2J${ESC}[31m{"x":1}`);
    const r = run(['validate', file]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^reckon: .*not valid JSON/);
    expect(r.err).toContain('\\u001b[2J');
    expect(r.err).not.toMatch(ACTS);
  });
  it('report --rates: a damaged first line is shown escaped', () => {
    const file = join(dir, 'esc-rates.csv');
    writeFileSync(file, `Dat${ESC}[31m,USD\n2025-09-18,1.18\n`);
    const r = run(['report', '--rates', file, '--to', 'USD']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('\\u001b[31m');
    expect(r.err).not.toMatch(ACTS);
  });
  it('a file name with controls is shown escaped', () => {
    const r = run(['validate', join(dir, `no${ESC}[2Jsuch.json`)]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('no\\u001b[2Jsuch.json');
    expect(r.err).not.toMatch(ACTS);
  });
});
