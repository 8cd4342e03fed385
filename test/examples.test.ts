import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('the README quick start', () => {
  const example = readFileSync(new URL('../examples/quick-start.ts', import.meta.url), 'utf8');
  it('is the README text, verbatim', () => {
    expect(readFileSync(new URL('../README.md', import.meta.url), 'utf8')).toContain(example);
  });
  it('runs against the built package and prints what its comments say', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'examples/quick-start.ts'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toEqual([
      'upTo up to £11bn',
      '€12.68bn is £11bn at the ECB reference rate of 17 Sep 2025 (0.8675 GBP per EUR), within 0.1 bp.',
      '57636887608n 1325648414986n',
    ]);
  });
  it('starts with the two set-up commands', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const block = readme.split('```sh\n')[1]?.split('```')[0] ?? '';
    expect(
      block
        .trim()
        .split('\n')
        .map((l) => l.split('#')[0]?.trim()),
    ).toEqual(['npm ci && npm run report', 'npm ci && npm test']);
    const scripts = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).scripts;
    expect(scripts.report).toContain('report');
    expect(scripts.test).toContain('vitest run');
  });
});
