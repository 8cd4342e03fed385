import { invalidArgument } from '../_lib/guards';
import { ReckonError } from '../errors/reckon-error';
import { knownCurrency } from '../money/currencies';
import { isIsoDate } from './dates';
import {
  createSeriesBuilder,
  type EcbRatesOptions,
  type LoadedRates,
  readParseOptions,
} from './series-builder';
import { scanXml, type XmlAttribute } from './xml-scan';

/** An element still open: its name, its line, and for a dated `<Cube>` its day (null when bad). */
interface Open {
  readonly name: string;
  readonly line: number;
  readonly day?: string | null;
}

const tag = (open: Open) => (open.day ? `<${open.name} time='${open.day}'>` : `<${open.name}>`);

/** The 1-based line of increasing offsets, counting each character once over the whole file. */
function lineCounter(text: string): (offset: number) => number {
  let at = 0;
  let line = 1;
  return (offset) => {
    for (; at < offset; at++) if (text.charCodeAt(at) === 10) line++;
    return line;
  };
}

/** The attributes an ECB Cube may carry, and the first of them given twice (in linear time). */
function cubeAttributes(attributes: readonly XmlAttribute[]) {
  let time: string | undefined;
  let currency: string | undefined;
  let rate: string | undefined;
  let twice: string | undefined;
  for (const { name, value } of attributes) {
    if (name === 'time') {
      if (time !== undefined) twice ??= name;
      time = value;
    } else if (name === 'currency') {
      if (currency !== undefined) twice ??= name;
      currency = value;
    } else if (name === 'rate') {
      if (rate !== undefined) twice ??= name;
      rate = value;
    }
  }
  return { time, currency, rate, twice };
}

const entities = (value: string) => (value.includes('&') ? ' (entities are not expanded)' : '');

/**
 * Reads the ECB's euro reference rates in XML: `eurofxref-daily.xml`, `eurofxref-hist-90d.xml` and
 * `eurofxref-hist.xml` (a gesmes envelope with `<Cube time='…'>` elements holding
 * `<Cube currency='…' rate='…'/>`, single or double quotes).
 *
 * The file is read as XML by a small streaming tokenizer, in time linear in its size: comments, CDATA
 * sections and processing instructions are never data, and entities are not expanded (a value written
 * with one is not a rate). Each of these is an issue with its line, and the rest still loads (or, with
 * `strict`, the first throws): a rate outside a dated `<Cube>`, a bad date, currency or value, an
 * attribute given twice, a tag or comment that is not closed, an element never closed (a file cut off),
 * a rate given twice for one day (the first is kept). A rate is only ever taken from a complete tag.
 *
 * @param text - the file's content
 * @param options - {@link EcbRatesOptions}
 * @returns a provider of EUR→X fixes (and crosses through EUR), with `issues`
 * @throws {@link ReckonError} `INVALID_ARGUMENT` when `text` is not a string or an option has the
 *   wrong type; `INVALID_RATES` for an empty or foreign file, one without any rate, or
 *   the first issue in strict mode
 * @example
 * ```ts
 * const rates = ratesFromEcbXml(readFileSync('eurofxref-hist.xml', 'utf8'));
 * rates.fixes('GBP', 'EUR', '2025-09-15', '2025-09-18').length; // 4
 * ```
 */
export function ratesFromEcbXml(text: string, options: EcbRatesOptions = {}): LoadedRates {
  if (typeof text !== 'string') throw invalidArgument('text', "a string (the file's content)", text);
  const checked = readParseOptions(options, 'ratesFromEcbXml');
  if (text.trim() === '') throw new ReckonError('INVALID_RATES', 'The ECB XML file is empty.');
  const b = createSeriesBuilder({ ...checked, defaultSource: 'ECB' });
  const lineAt = lineCounter(text);
  const issue = (message: string, line: number) => b.issue({ message, path: [], line });
  const stack: Open[] = [];
  const openByName = new Map<string, number>();
  let cubes = 0;
  const push = (open: Open) => {
    stack.push(open);
    openByName.set(open.name, (openByName.get(open.name) ?? 0) + 1);
  };
  const pop = (): Open | undefined => {
    const top = stack.pop();
    if (top) openByName.set(top.name, (openByName.get(top.name) ?? 1) - 1);
    return top;
  };
  /** How many dated Cubes are open. */
  let dayDepth = 0;
  // One currency lookup per code, not per entry.
  const known = new Map<string, boolean>();
  const isCurrency = (code: string) => {
    let yes = known.get(code);
    if (yes === undefined) {
      yes = knownCurrency(code) !== undefined;
      known.set(code, yes);
    }
    return yes;
  };
  const columns = new Map<string, ReturnType<typeof b.column>>();
  const columnOf = (code: string) => {
    let c = columns.get(code);
    if (!c) {
      c = b.column('EUR', code);
      columns.set(code, c);
    }
    return c;
  };

  scanXml(text, {
    problem: (message, offset) => issue(message, lineAt(offset)),
    start(name, attributes, selfClosing, offset) {
      if (name !== 'Cube') {
        if (!selfClosing) push({ name, line: lineAt(offset) });
        return;
      }
      cubes++;
      const { time, currency: code, rate, twice } = cubeAttributes(attributes);
      if (time !== undefined) {
        const line = lineAt(offset);
        if (dayDepth > 0)
          issue(`a dated <Cube time='${time}'> inside another: the one before is not closed`, line);
        const day = isIsoDate(time) ? time : null;
        if (day === null) issue(`"${time}" is not a date${entities(time)}; its rates are skipped`, line);
        if (!selfClosing) {
          push({ name, line, day });
          dayDepth++;
        }
        return;
      }
      if (code !== undefined || rate !== undefined) {
        const parent = stack[stack.length - 1];
        if (parent?.day === undefined) {
          issue(`a rate for ${code ?? '(no currency)'} outside a dated <Cube> is skipped`, lineAt(offset));
        } else if (parent.day !== null) {
          const day = parent.day;
          if (twice !== undefined)
            issue(`${day}: the attribute "${twice}" is given twice; the entry is skipped`, lineAt(offset));
          else if (code === undefined || !isCurrency(code))
            issue(`${day}: unknown currency "${code ?? ''}"${entities(code ?? '')}`, lineAt(offset));
          else if (!rate || !b.isValue(rate))
            issue(`${day} ${code}: "${rate ?? ''}" is not a rate${entities(rate ?? '')}`, lineAt(offset));
          else b.push(columnOf(code), day, rate);
        }
      }
      if (!selfClosing) push({ name, line: lineAt(offset) });
    },
    end(name, offset) {
      const line = lineAt(offset);
      if (!openByName.get(name)) {
        issue(`</${name}> closes nothing that is open; it is ignored`, line);
        return;
      }
      for (let top = pop(); top; top = pop()) {
        if (top.day !== undefined) dayDepth--;
        if (top.name === name) return;
        issue(`${tag(top)} opened on line ${top.line} is not closed before </${name}>`, top.line);
      }
    },
  });
  for (let top = pop(); top; top = pop()) {
    issue(`${tag(top)} opened on line ${top.line} is never closed: the file looks cut off`, top.line);
  }
  if (cubes === 0) {
    throw new ReckonError('INVALID_RATES', 'Not an ECB reference-rate XML file: it has no <Cube> elements.');
  }
  if (b.count === 0) throw new ReckonError('INVALID_RATES', 'The ECB XML file holds no rates.');
  return b.build();
}
