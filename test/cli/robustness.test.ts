import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_BIN, runCli as run } from '../helpers';

const dir = mkdtempSync(join(tmpdir(), 'reckon-cli-robust-'));

/** An error is one clear line on stderr, without a stack trace. */
function expectOneLine(err: string) {
  expect(err.trim().split('\n')).toHaveLength(1);
  expect(err).toMatch(/^reckon: /);
  expect(err).not.toMatch(/\n\s+at /);
}

describe('reckon (the command line) under bad usage', () => {
  it('prints the help on stderr and exits 2 without a command', () => {
    const r = run([]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('Usage: reckon <command>');
  });
  it.each(['__proto__', 'constructor', 'toString', 'nope'])('refuses help on %j with one line', (topic) => {
    const r = run(['help', topic]);
    expect(r.code).toBe(2);
    expectOneLine(r.err);
    expect(r.err).not.toContain('[object Object]');
  });
  it.each(['__proto__', 'constructor'])('refuses the command %j as unknown', (command) => {
    const r = run([command]);
    expect(r.code).toBe(2);
    expectOneLine(r.err);
    expect(r.err).toContain('unknown command');
  });
  it.each([
    [['report', '--by', '--json']],
    [['check', '--tolerance', '-1']],
    [['report', '--kind', '']],
    [['report', '--to', ' ']],
  ])('prints one line and exits 2 for %j', (args) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expectOneLine(r.err);
  });
});

describe('reckon extract and its input', () => {
  it('reads standard input with "-"', () => {
    const r = run(['extract', '-', '--json'], 'Nvidia invests up to £11bn.');
    expect(r.code).toBe(0);
    expect(r.out).toContain('"GBP"');
  });
  it('stops at the input limit with "input too large" instead of exhausting memory', () => {
    const r = run(['extract', '/dev/zero']);
    expect(r.code).toBe(2);
    expectOneLine(r.err);
    expect(r.err).toContain('input too large');
  }, 60_000);
  it('ends quietly with status 0 when the reader goes away (| head -1)', async () => {
    const path = join(dir, 'big.txt');
    writeFileSync(path, 'The company raised $1.1bn and €2bn. '.repeat(4_000));
    const child = spawn(process.execPath, [CLI_BIN, 'extract', path], {
      env: { PATH: process.env.PATH ?? '' },
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    // Like `head -1`: read the first chunk, then close the pipe while reckon is still writing.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(err).toBe('');
  }, 60_000);
});
