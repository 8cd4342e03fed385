import { existsSync, readFileSync } from 'node:fs';

/** The ECB history file from ../shared (never copied into the project), or undefined when absent. */
export function readEcbHistory(): string | undefined {
  const url = new URL('../../shared/data/ecb/eurofxref-hist.csv', import.meta.url);
  if (!existsSync(url)) {
    console.warn(`[bench] ECB history not found at ${url.pathname}: its benchmarks are skipped.`);
    return undefined;
  }
  return readFileSync(url, 'utf8');
}

/**
 * About `bytes` of ECB CSV in the history's own format, for comparing sizes: the history's newest rows
 * when it is larger, else the history followed by its rows again with the years moved 28 years back
 * (then 56, …), which keeps every day a real day (leap years repeat every 28 years from 1901 to 2099)
 * and the file newest first.
 */
export function historyOfSize(history: string, bytes: number): string {
  const [header = '', ...rows] = history.split('\n').filter((l) => l.trim() !== '');
  const out = [header];
  let size = header.length + 1;
  for (let shift = 0; size < bytes; shift += 28) {
    for (const row of rows) {
      if (size >= bytes) break;
      const line = shift === 0 ? row : `${Number(row.slice(0, 4)) - shift}${row.slice(4)}`;
      out.push(line);
      size += line.length + 1;
    }
  }
  return `${out.join('\n')}\n`;
}
