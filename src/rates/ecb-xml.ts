import { ReckonError } from '../errors/reckon-error';
import { findCurrency } from '../money/currencies';
import { isIsoDate } from './dates';
import { createSeriesBuilder, type LoadedRates, type ParseRatesOptions } from './series-builder';

const CUBE = /<Cube\b([^>]*)>/g;
const ATTR = /([A-Za-z_:][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function attributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(ATTR)) out.set(m[1] ?? '', m[2] ?? m[3] ?? '');
  return out;
}

/** The 1-based line of an offset, counted lazily only when an issue needs it. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Reads the ECB's euro reference rates in XML: `eurofxref-daily.xml`, `eurofxref-hist-90d.xml` and
 * `eurofxref-hist.xml` (a gesmes envelope with nested `<Cube time='…'>` and
 * `<Cube currency='…' rate='…'/>`, single or double quotes). Malformed entries become issues with a line
 * number and the rest still loads (or, with `strict`, throws).
 *
 * @param text - the file's content
 * @param options - {@link ParseRatesOptions}
 * @returns a provider of EUR→X fixes (and crosses through EUR), with `issues`
 * @throws {@link ReckonError} `INVALID_RATES` for an empty or foreign file
 * @example
 * ```ts
 * const rates = parseEcbXml(readFileSync('eurofxref-hist.xml', 'utf8'));
 * rates.fixes('GBP', 'EUR', '2025-09-15', '2025-09-18').length; // 4
 * ```
 */
export function parseEcbXml(text: string, options: ParseRatesOptions = {}): LoadedRates {
  if (typeof text !== 'string' || text.trim() === '')
    throw new ReckonError('INVALID_RATES', 'The ECB XML file is empty.');
  if (!/<Cube\b/.test(text)) {
    throw new ReckonError('INVALID_RATES', 'Not an ECB reference-rate XML file: it has no <Cube> elements.');
  }
  const b = createSeriesBuilder({ ...options, defaultSource: 'ECB' });
  let day: string | undefined;
  let skipping = false; // inside a <Cube time> whose date was bad: its rates go with it
  for (const m of text.matchAll(CUBE)) {
    const attrs = attributes(m[1] ?? '');
    const time = attrs.get('time');
    if (time !== undefined) {
      day = isIsoDate(time) ? time : undefined;
      skipping = !day;
      if (!day)
        b.issue({
          message: `"${time}" is not a date; its rates are skipped`,
          path: [],
          line: lineOf(text, m.index),
        });
      continue;
    }
    const code = attrs.get('currency');
    const rate = attrs.get('rate');
    if (code === undefined && rate === undefined) continue;
    if (!day) {
      if (!skipping) {
        b.issue({
          message: `a rate for ${code} outside a dated <Cube> is skipped`,
          path: [],
          line: lineOf(text, m.index),
        });
      }
      continue;
    }
    if (!code || !findCurrency(code)) {
      b.issue({ message: `${day}: unknown currency "${code ?? ''}"`, path: [], line: lineOf(text, m.index) });
      continue;
    }
    if (!rate || !b.isValue(rate)) {
      b.issue({
        message: `${day} ${code}: "${rate ?? ''}" is not a rate`,
        path: [],
        line: lineOf(text, m.index),
      });
      continue;
    }
    b.push(b.column('EUR', code), day, rate);
  }
  if (b.count === 0) throw new ReckonError('INVALID_RATES', 'The ECB XML file holds no rates.');
  return b.build();
}
