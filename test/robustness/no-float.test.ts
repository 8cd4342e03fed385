import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));
const FLOAT_PRONE = /\bNumber\(|\bparseFloat\(|\.toFixed\(|Math\.round\(/g;

/**
 * The reviewed places where src/ turns something into a JavaScript number. None of them is an amount
 * or a rate: each is a count, a digit count or a display value.
 */
const ALLOWED: Readonly<Record<string, { count: number; why: string }>> = {
  'math/small.ts': { count: 1, why: 'smallInt: scales and exponents (< 10^6), checked' },
  'math/round-ratio.ts': {
    count: 1,
    why: 'ratioToApproxNumber: basis points in a verdict, for display only',
  },
  'cli/check.ts': { count: 1, why: '--tolerance in basis points, a user-given count, validated first' },
};

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('no float touches money', () => {
  it('finds Number(, parseFloat(, toFixed( and Math.round( only in the reviewed allow-list', () => {
    const found: Record<string, number> = {};
    for (const file of files(SRC)) {
      const code = readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(\*|\/\/)/.test(line))
        .join('\n');
      const n = code.match(FLOAT_PRONE)?.length ?? 0;
      if (n > 0) found[relative(SRC, file).replaceAll('\\', '/')] = n;
    }
    expect(found).toEqual(Object.fromEntries(Object.entries(ALLOWED).map(([f, a]) => [f, a.count])));
  });
});
