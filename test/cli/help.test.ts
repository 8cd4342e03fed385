import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HELP } from '../../src/cli/help';
import { SPECS } from '../../src/cli/specs';
import { ukTechDatasetJSON } from '../../src/datasets/uk-tech-2025-09/index';
import { COMMITMENT_KINDS, COMMITMENT_STATUSES } from '../../src/index';
import { HIST_CSV } from '../rates/fixtures';

const BIN = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const DOCS = readFileSync(fileURLToPath(new URL('../../docs/cli.md', import.meta.url)), 'utf8');
const COMMANDS = Object.keys(SPECS) as (keyof typeof SPECS)[];

/**
 * The files the examples name, in a directory of their own: a dataset of mentions and conversions
 * (every command reads it), ECB rates of 15–19 Sep 2025 and two short articles.
 */
const cwd = mkdtempSync(join(tmpdir(), 'reckon-help-'));
for (const name of ['my-dataset.json', 'my.json'])
  writeFileSync(join(cwd, name), JSON.stringify(ukTechDatasetJSON));
writeFileSync(join(cwd, 'eurofxref-hist.csv'), HIST_CSV);
writeFileSync(join(cwd, 'article.txt'), 'Nvidia will invest up to £11bn (€12.68bn) in the UK.\n');
writeFileSync(join(cwd, 'nzherald.txt'), 'NZ Herald: £10.25 billion ($19.9 billion)\n');

/** The words of a shell line, with '…' and "…" quoting. */
function words(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

/** One example line as a run: its arguments, its standard input (`echo … |`) and whether it redirects (`> file`). */
function parseExample(line: string): { args: string[]; input: string; redirected: boolean } {
  let text = line.replace(/\s+#.*$/, '').trim();
  let input = '';
  const pipe = text.indexOf(' | ');
  if (pipe >= 0) {
    input = `${words(text.slice(0, pipe)).slice(1).join(' ')}\n`;
    text = text.slice(pipe + 3);
  }
  const redirect = / > \S+$/.exec(text);
  if (redirect) text = text.slice(0, redirect.index);
  const all = words(text);
  const args = all[0] === 'npx' ? all.slice(2) : all.slice(1);
  return { args, input, redirected: redirect !== null };
}

function run(args: string[], input = '') {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The example lines of a help text: the indented lines after "Examples:". */
const helpExamples = (help: string) =>
  (help.split('Examples:\n')[1] ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The lines of the ```sh blocks of docs/cli.md that run reckon. */
const docsExamples = [...DOCS.matchAll(/```sh\n([\s\S]*?)```/g)]
  .flatMap((m) => (m[1] ?? '').split('\n'))
  .map((l) => l.trim())
  .filter((l) => /^(npx )?reckon |\| reckon /.test(l));

/** The flags an options list names at the start of its lines ("  --to CUR   convert …"). */
const helpFlags = (help: string) =>
  [...(help.split('Options:\n')[1]?.split('\n\n')[0] ?? '').matchAll(/^\s+(?:-\w, )?--([a-z][a-z-]*)/gm)]
    .map((m) => m[1])
    .sort();

/** The part of docs/cli.md about one command: from its heading to the next. */
const docsSection = (command: string) => {
  const start = DOCS.indexOf(`\n## reckon ${command}`);
  const end = DOCS.indexOf('\n## ', start + 1);
  return DOCS.slice(start, end < 0 ? undefined : end);
};

describe('reckon --help and docs/cli.md', () => {
  describe('the examples', () => {
    // Each once: the docs repeat some of --help's, with a comment or npx.
    const examples = [
      ...new Set(
        [...Object.values(HELP).flatMap(helpExamples), ...docsExamples].map((l) =>
          l.replace(/\s+#.*$/, '').replace(/^npx /, ''),
        ),
      ),
    ];

    it('finds the examples of every command in --help and in the docs', () => {
      for (const command of COMMANDS) {
        expect(helpExamples(HELP[command] ?? '').length, command).toBeGreaterThan(0);
        expect(
          docsExamples.some((l) => parseExample(l).args[0] === command),
          command,
        ).toBe(true);
      }
    });

    it.each(examples)('%s runs: exit 0 or 1, no error line', (line) => {
      const { args, input, redirected } = parseExample(line);
      const r = run(args, input);
      expect(r.err).not.toMatch(/^reckon:/m);
      expect([0, 1]).toContain(r.code);
      const html = args[args.indexOf('--html') + 1];
      if (args.includes('--html') && html !== undefined && html !== '-') {
        expect(existsSync(join(cwd, html))).toBe(true);
      } else expect(r.out.length, redirected ? 'the redirected page' : 'the output').toBeGreaterThan(0);
    });
  });

  describe('the flags', () => {
    it.each(COMMANDS)('reckon %s --help lists every flag the command takes, and no other', (command) => {
      const known = Object.keys(SPECS[command]).filter((k) => k !== 'help');
      expect(helpFlags(HELP[command] ?? '')).toEqual(known.sort());
    });

    it('reckon report --help lists every value --kind and --status take', () => {
      const help = (HELP.report ?? '').replace(/\s+/g, ' ');
      for (const value of [...COMMITMENT_KINDS, ...COMMITMENT_STATUSES])
        expect(help, value).toMatch(new RegExp(`[ :,]${value}[,) ]`));
    });

    it('reckon --help lists --help and --version', () => {
      expect(helpFlags(HELP.main ?? '')).toEqual(['help', 'version']);
    });

    it.each(COMMANDS)('docs/cli.md documents every flag of reckon %s in its section', (command) => {
      const section = docsSection(command);
      expect(section.length).toBeGreaterThan(0);
      for (const flag of Object.keys(SPECS[command]))
        if (flag !== 'help' && flag !== 'no-color') expect(section, `--${flag}`).toContain(`--${flag}`);
    });

    it('docs/cli.md names --help, --version and --no-color, and only flags that exist', () => {
      const all = new Set(['version', ...COMMANDS.flatMap((c) => Object.keys(SPECS[c]))]);
      for (const flag of ['--help', '--version', '--no-color']) expect(DOCS).toContain(flag);
      const named = [...DOCS.matchAll(/(?<![\w-])--([a-z][a-z-]*)/g)].map((m) => m[1] as string);
      expect(named.filter((f) => !all.has(f))).toEqual([]);
    });
  });
});
