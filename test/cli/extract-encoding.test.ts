import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CliFailure, decodeInput } from '../../src/cli/io';

const BIN = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const ARTICLE = 'Nvidia investiert bis zu 11 Milliarden Pfund (12,68 Milliarden Euro).';

function runOn(bytes: Uint8Array, args: string[] = []) {
  const file = join(mkdtempSync(join(tmpdir(), 'reckon-enc-')), 'article.txt');
  writeFileSync(file, bytes);
  const r = spawnSync(process.execPath, [BIN, 'extract', file, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const utf16le = (text: string, bom = true) =>
  Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le');
  return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le.swap16())]);
};

describe('decodeInput', () => {
  describe('a byte order mark', () => {
    it('decodes UTF-16 little and big endian by their mark', () => {
      expect(decodeInput(utf16le(ARTICLE), 'a.txt')).toBe(ARTICLE);
      expect(decodeInput(utf16be(ARTICLE), 'a.txt')).toBe(ARTICLE);
    });
  });
  describe('no mark', () => {
    it('decodes UTF-8', () => {
      expect(decodeInput(Buffer.from(ARTICLE, 'utf8'), 'a.txt')).toBe(ARTICLE);
    });
    it('decodes every well-formed sequence of one to four bytes', () => {
      const text = 'a £ € 𝄞 \u{10ffff} \ud7ff \ue000';
      expect(decodeInput(Buffer.from(text, 'utf8'), 'a.txt')).toBe(text);
    });
  });
  describe('bytes that are no UTF-8 (user review H6)', () => {
    const fails = (bytes: number[]) => {
      try {
        decodeInput(Uint8Array.from(bytes), 'a.txt');
      } catch (error) {
        expect(error).toBeInstanceOf(CliFailure);
        return (error as CliFailure).message;
      }
      return 'decoded';
    };
    it('names the first bad byte and its offset, and how to convert a Windows-1252 file', () => {
      // "5 Mio. €" saved as Windows-1252: the euro sign is the one byte 0x80.
      const message = fails([...Buffer.from('5 Mio. ', 'latin1'), 0x80]);
      expect(message).toMatch(/^a\.txt is not UTF-8 text: byte 0x80 at offset 7 /);
      expect(message).toContain('iconv -f windows-1252 -t utf-8');
    });
    it.each([
      ['a Latin-1 "ü" before ASCII', [0x66, 0xfc, 0x72], 1],
      ['a lead byte at the end', [0x61, 0xe2, 0x82], 1],
      ['an overlong "/"', [0xc0, 0xaf], 0],
      ['an overlong three-byte form', [0xe0, 0x80, 0xaf], 0],
      ['a surrogate', [0x61, 0xed, 0xa0, 0x80], 1],
      ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
      ['a stray continuation byte', [0x61, 0x62, 0x80], 2],
    ])('refuses %s at its offset', (_, bytes, at) => {
      expect(fails(bytes)).toContain(`at offset ${at} `);
    });
  });
});

describe('reckon extract', () => {
  describe('a UTF-16 file (Windows "Unicode", with its byte order mark)', () => {
    it('reads the figures and the pair, as from UTF-8', () => {
      const r = runOn(utf16le(ARTICLE), ['--json']);
      expect(r.code, r.err).toBe(0);
      const { figures, conversions } = JSON.parse(r.out) as { figures: unknown[]; conversions: unknown[] };
      expect(figures).toHaveLength(2);
      expect(conversions).toHaveLength(1);
    });
  });

  describe('a Windows-1252 file (user review H6)', () => {
    it('prints one reckon: line with the offset and exits 2, never "0 figure(s)"', () => {
      const r = runOn(
        Buffer.from(
          'Der Konzern zahlt 5 Mio. \x80 f\xfcr die \xdcbernahme; the club paid \xa385m.',
          'latin1',
        ),
      );
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(/^reckon: .*article\.txt is not UTF-8 text: byte 0x80 at offset 25 .*\n$/);
    });
  });

  describe('UTF-16 without a mark (NUL bytes)', () => {
    it('prints one reckon: line and exits 2, never "0 figure(s)"', () => {
      const r = runOn(utf16le(ARTICLE, false));
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(/^reckon: .*not UTF-8 text.*\n$/);
    });
  });

  describe('a UTF-8 byte order mark', () => {
    it('is no column: "bis zu" starts at column 19, as an editor shows', () => {
      const r = runOn(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE, 'utf8')]), [
        '--json',
      ]);
      expect(r.code, r.err).toBe(0);
      const [first] = (JSON.parse(r.out) as { figures: { column: number; start: number }[] }).figures;
      expect(first?.column).toBe(19);
      expect(first?.start).toBe(ARTICLE.indexOf('bis zu'));
    });
  });
});
