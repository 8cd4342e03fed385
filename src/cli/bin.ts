#!/usr/bin/env node
import { closeSync, openSync, readSync, writeFileSync } from 'node:fs';
import { version } from '../../package.json';
import { CliFailure, decodeInput, MAX_INPUT_BYTES, printable, tooLarge } from './io';
import { runCli } from './main';

/** Reads a file in chunks and stops past the limit, so that /dev/zero or a huge file never exhausts memory. */
function readFileLimited(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(1 << 20);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > MAX_INPUT_BYTES) throw tooLarge(path);
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    }
    return decodeInput(Buffer.concat(chunks, total), path);
  } finally {
    closeSync(fd);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    total += (chunk as Buffer).length;
    if (total > MAX_INPUT_BYTES) throw tooLarge('standard input');
    chunks.push(chunk as Buffer);
  }
  return decodeInput(Buffer.concat(chunks), 'standard input');
}

// A reader that goes away (`reckon extract big.txt | head -1`) ends the output, not the program with a
// stack trace: stop quietly with status 0, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`${printable(`reckon: cannot write the output: ${error.message}`, false)}\n`);
  process.exit(2);
});

const color = process.stdout.isTTY === true && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
runCli(
  process.argv.slice(2),
  {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    readFile: readFileLimited,
    writeFile: (path, text) => writeFileSync(path, text, 'utf8'),
    readStdin,
    stdinIsTTY: process.stdin.isTTY === true,
    color,
  },
  version,
).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message =
      error instanceof CliFailure
        ? error.message
        : `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`${printable(`reckon: ${message.replace(/\s*\n\s*/g, ' ')}`, false)}\n`);
    process.exitCode = 2;
  },
);
