import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { nscaleDatasetJSON } from '../../src/datasets/nscale-2025-09/index';
import {
  aggregate,
  extractFigures,
  figureFromJSON,
  isReckonError,
  money,
  parseFigure,
  ratesFromEcbCsv,
  ratesFromEcbXml,
  safeParseFigure,
  toDecimalString,
} from '../../src/index';
import { parseDataset, safeParseDataset } from '../../src/schema/index';
import { DAILY_XML, HIST_CSV } from '../rates/fixtures';

/** Runs fn; passes when it returns or throws a ReckonError, fails on any other throw. */
function onlyReckonErrors(fn: () => unknown) {
  try {
    return fn();
  } catch (error) {
    expect(isReckonError(error), `not a ReckonError: ${String(error)}`).toBe(true);
    return undefined;
  }
}

const nasty = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({
    unit: fc.constantFrom(...'0123456789.,;-N/A\r\n\t "\'<>=/Cube time currency rate\ufeff\ud800'.split('')),
    maxLength: 300,
  }),
);

describe('fuzzing every entry point that takes outside input', () => {
  it('parseFigure and safeParseFigure', () => {
    fc.assert(
      fc.property(nasty, (text) => {
        onlyReckonErrors(() => parseFigure(text));
        expect(typeof safeParseFigure(text).success).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });

  it('extractFigures: valid offsets, whatever the input', () => {
    fc.assert(
      fc.property(nasty, (text) => {
        for (const f of extractFigures(text)) expect(text.slice(f.start, f.end)).toBe(f.text);
      }),
      { numRuns: 1000 },
    );
  });

  it('ratesFromEcbCsv and ratesFromEcbXml on arbitrary text', () => {
    fc.assert(
      fc.property(nasty, (text) => {
        onlyReckonErrors(() => ratesFromEcbCsv(text));
        onlyReckonErrors(() => ratesFromEcbXml(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('ratesFromEcbCsv: a damaged cell is either read exactly or reported with its line, never lost silently', () => {
    const lines = HIST_CSV.trimEnd().split('\n');
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: lines.length - 1 }),
        fc.integer({ min: 1, max: 5 }),
        nasty,
        (row, col, garbage) => {
          const cells = (lines[row] ?? '').split(',');
          const cleaned = garbage.replace(/[,\r\n]/g, '');
          cells[col] = cleaned;
          const damaged = [...lines.slice(0, row), cells.join(','), ...lines.slice(row + 1)].join('\n');
          const rates = onlyReckonErrors(() => ratesFromEcbCsv(damaged)) as
            | ReturnType<typeof ratesFromEcbCsv>
            | undefined;
          if (!rates) return;
          const code = lines[0]?.split(',')[col] ?? '';
          const day = cells[0] ?? '';
          const reported = rates.issues.some((i) => i.line === row + 1);
          const fix = code && /^\d{4}-\d{2}-\d{2}$/.test(day) ? rates.rateOn('EUR', code, day) : undefined;
          const trimmed = cleaned.trim();
          if (fix)
            expect(`${(fix.rate.value.n * 10n ** 12n) / fix.rate.value.d}`).toBe(`${readDecimal(trimmed)}`);
          else expect(reported || trimmed === 'N/A' || trimmed === '' || code === 'CYP').toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('parseDataset on arbitrary JSON and on damaged datasets: issues, never a crash', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(safeParseDataset(value).success).toBe(false);
        onlyReckonErrors(() => parseDataset(value));
      }),
      { numRuns: 300 },
    );
    const paths = collectPaths(nscaleDatasetJSON);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 2 }), (path, value) => {
        const d = structuredClone(nscaleDatasetJSON) as unknown as Record<string, unknown>;
        setAt(d, path, value);
        const r = safeParseDataset(d);
        if (!r.success) for (const i of r.issues) expect(Array.isArray(i.path)).toBe(true);
      }),
      { numRuns: 500 },
    );
    // 800 full parses: a damaged dataset is now checked for references as well as shape.
  }, 30_000);

  it('the CLI on arbitrary file contents: exit 0, 1 or 2, one line on stderr, no crash', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('report', 'check', 'validate', 'extract'),
        fc.oneof(
          nasty,
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        async (command, content) => {
          const out: string[] = [];
          const err: string[] = [];
          const code = await runCli(
            [command, 'input.file'],
            {
              out: (l) => out.push(l),
              err: (l) => err.push(l),
              readFile: () => content,
              readStdin: async () => content,
              stdinIsTTY: false,
              color: false,
            },
            '0.0.0',
          );
          expect([0, 1, 2]).toContain(code);
          if (code === 2) expect(err).toHaveLength(1);
          expect(err.join('\n')).not.toContain('unexpected error');
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('adversarial input', () => {
  it('1 MB of digits, huge exponents, 10^40 amounts, negative zero', () => {
    const digits = '7'.repeat(1_000_000);
    expect(safeParseFigure(`$${digits}`).success).toBe(false);
    expect(extractFigures(digits)).toEqual([]);
    expect(extractFigures(`€${digits}`)[0]?.end).toBe(1_000_001);
    expect(() => money('1e999999', 'EUR')).toThrow(/exponent notation/);
    const huge = `1${'0'.repeat(40)}`;
    expect(toDecimalString(money(huge, 'EUR'), { trim: true })).toBe(huge);
    const f = figureFromJSON({ currency: 'EUR', amount: huge, qualifier: 'upTo', quantum: '1' });
    const r = aggregate(
      [
        {
          id: 'x',
          kind: 'investment',
          status: 'announced',
          amount: f,
          parties: [{ party: 'p', role: 'investor' }],
        },
      ],
      {
        by: 'investor',
      },
    );
    expect(toDecimalString(r.grandTotal.totals.EUR?.high ?? money(0, 'EUR'), { trim: true })).toBe(huge);
    expect(toDecimalString(money('-0', 'EUR'))).toBe('0.00');
    expect(toDecimalString(money('-0.00', 'GBP'))).toBe('0.00');
  });

  it('deep nesting, BOMs, CRLF and lone surrogates', async () => {
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    const err: string[] = [];
    const code = await runCli(
      ['validate', 'deep.json'],
      {
        out: () => {},
        err: (l) => err.push(l),
        readFile: () => deep,
        readStdin: async () => '',
        stdinIsTTY: false,
        color: false,
      },
      '0',
    );
    expect([1, 2]).toContain(code);
    expect(safeParseDataset({ parties: [{ aliases: JSON.parse('[[[[[[[[[[1]]]]]]]]]]') }] }).success).toBe(
      false,
    );
    expect(ratesFromEcbCsv(`\ufeff${HIST_CSV.replaceAll('\n', '\r\n')}`).issues).toEqual([]);
    expect(ratesFromEcbXml(`\ufeff${DAILY_XML.replaceAll('\n', '\r\n')}`).issues).toEqual([]);
    expect(extractFigures('\udc00\ud800 £5m \ud800')).toHaveLength(1);
    expect(safeParseFigure('\ud800£5m').success).toBe(false);
  });
});

/** A plain decimal as an integer of 10^-12 units (test arithmetic, independent of reckon). */
function readDecimal(text: string): bigint {
  const [i = '0', f = ''] = text.split('.');
  return BigInt(i + f.padEnd(12, '0').slice(0, 12));
}

function collectPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => collectPaths(v, [...prefix, i]))];
  if (value && typeof value === 'object') {
    return [
      prefix,
      ...Object.entries(value).flatMap(([k, v]) =>
        k === 'text' ? [[...prefix, k]] : collectPaths(v, [...prefix, k]),
      ),
    ];
  }
  return [prefix];
}

function setAt(root: Record<string, unknown>, path: (string | number)[], value: unknown) {
  if (path.length === 0) return;
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = value;
}
