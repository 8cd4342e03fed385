import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeInput } from '../../src/cli/io';

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
      expect(decodeInput(utf16le(ARTICLE))).toBe(ARTICLE);
      expect(decodeInput(utf16be(ARTICLE))).toBe(ARTICLE);
    });
  });
  describe('no mark', () => {
    it('decodes UTF-8', () => {
      expect(decodeInput(Buffer.from(ARTICLE, 'utf8'))).toBe(ARTICLE);
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
