import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The rule of issue 15: each language's words live in one place, src/figure/locales/ (one file per
 * language), so that adding a language touches one folder. Checked on the string literals of src/: no
 * German scale word, qualifier, month or explanation word, and no compact suffix, outside that folder.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SRC = join(ROOT, 'src');
const LOCALES = join(SRC, 'figure', 'locales');

/**
 * Files that word a language themselves, each with why: example text, and the places not moved yet.
 * The list only shrinks: an entry that no longer holds such a word fails the test, so that it is removed.
 */
const NOT_YET: Readonly<Record<string, string>> = {
  // Example input, not words reckon reads or writes.
  'src/cli/help.ts': 'an example sentence in the help of reckon extract',
  'src/figure/parse-figure.ts': 'an example phrase in an error message',
  // The lexer's glued-scale prefixes, in the hot path owned by the speed work.
  'src/figure/lexer.ts': 'glued scale-word prefixes',
};

/** Words that belong to one language: German scale words, qualifiers, months, verdict words; suffixes. */
const LANGUAGE_WORD =
  /\b(Mrd|Mio|Tsd|Milliarden?|Millionen|Billionen|bis zu|mindestens|höchstens|weniger als|mehr als|März|Sept|Okt|Dez|Referenzkurs|Umrechnung|zwischen)\b|^(bn|tn|Mrd\.|Mio\.)$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path === LOCALES ? [] : files(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** The string literals of a source file (quotes and template text), comments skipped. */
function literals(source: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && (next === '/' || next === '*')) {
      const end = source.indexOf(next === '/' ? '\n' : '*/', i + 2);
      i = end < 0 ? source.length : end + (next === '/' ? 1 : 2);
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      let text = '';
      while (j < source.length && source[j] !== c) {
        if (source[j] === '\\') j++;
        text += source[j];
        j++;
      }
      out.push(text);
      i = j + 1;
    } else i++;
  }
  return out;
}

describe('language words', () => {
  const offenders = new Map<string, string[]>();
  for (const file of existsSync(SRC) ? files(SRC) : []) {
    if (file.includes(`${join('src', 'datasets')}`)) continue; // quotes from the news, not reckon's words
    const hits = literals(readFileSync(file, 'utf8')).filter((text) => LANGUAGE_WORD.test(text));
    if (hits.length) offenders.set(relative(ROOT, file), hits);
  }

  it('live only in src/figure/locales/ (and the files not moved yet)', () => {
    const outside = [...offenders].filter(([file]) => !(file in NOT_YET));
    expect(outside).toEqual([]);
  });

  it('the list of files not moved yet holds only files that still word a language', () => {
    expect(Object.keys(NOT_YET).filter((file) => !offenders.has(file))).toEqual([]);
  });

  it('finds a German scale word in a literal (the check can fail)', () => {
    expect(
      literals("const a = 'x'; // 'Mrd.'\nconst b = `12 Mrd. €`;").some((t) => LANGUAGE_WORD.test(t)),
    ).toBe(true);
    expect(literals("// 'Mrd.'\n/* 'Mio.' */ const b = 'Euro';").some((t) => LANGUAGE_WORD.test(t))).toBe(
      false,
    );
  });
});
