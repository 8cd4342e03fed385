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
