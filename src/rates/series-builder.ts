import { invalidArgument, optionalBoolean, optionKeys, readKnownOptions } from '../_lib/guards';
import type { Issue } from '../errors/reckon-error';
import { ReckonError } from '../errors/reckon-error';
import { type Ratio, ratioToString, readRatio } from '../math/ratio';
import { type RateProvider, type Series, seriesProvider } from './provider';

/** A provider read from a file, with the problems found on the way. */
export type LoadedRates = RateProvider & {
  /** Lines or entries that could not be read; the rest loaded. */
  readonly issues: readonly Issue[];
};

/** Options for the ECB readers. */
export interface EcbRatesOptions {
  /** Throw `INVALID_RATES` on the first malformed line instead of collecting issues. @defaultValue false */
  readonly strict?: boolean;
  /** The name given to the rates' source. @defaultValue "ECB" */
  readonly source?: string;
}

/** The keys of {@link EcbRatesOptions}. @internal */
export const ECB_OPTIONS = optionKeys<EcbRatesOptions>({ strict: true, source: true });

/**
 * Checks the options of a rates parser: `options` an object or undefined, `strict` a boolean, `source`
 * a string. @internal
 */
export function readParseOptions(options: EcbRatesOptions | undefined, fn: string): EcbRatesOptions {
  const o = readKnownOptions(options, ECB_OPTIONS, fn);
  const strict = optionalBoolean(o.strict, 'options.strict');
  if (o.source !== undefined && typeof o.source !== 'string')
    throw invalidArgument('options.source', 'a string or undefined', o.source);
  return {
    ...(strict !== undefined ? { strict } : {}),
    ...(o.source !== undefined ? { source: o.source } : {}),
  };
}

const RATE_VALUE = /^\d+(?:\.\d+)?$/;

const exact = (v: string | Ratio | undefined): Ratio | undefined =>
  typeof v === 'string' ? readRatio(v) : v;

interface Column {
  readonly key: string;
  readonly dates: string[];
  readonly values: (string | Ratio)[];
  readonly sources: string[];
}

/** The indices of dates in ascending order: as is, reversed (ECB files), or sorted (stable). @internal */
export function ascending(dates: readonly string[]): number[] {
  const n = dates.length;
  const order = Array.from({ length: n }, (_, i) => i);
  let up = true;
  let down = true;
  for (let i = 1; i < n && (up || down); i++) {
    const a = dates[i - 1] ?? '';
    const b = dates[i] ?? '';
    if (a > b) up = false;
    if (a < b) down = false;
  }
  if (up) return order;
  if (down) return order.reverse();
  const d = dates;
  return order.sort((x, y) => ((d[x] ?? '') < (d[y] ?? '') ? -1 : (d[x] ?? '') > (d[y] ?? '') ? 1 : x - y));
}

/**
 * Collects dated values per pair in any order, then builds a provider. Shared by every reader so that
 * they validate and report alike. @internal
 */
export function createSeriesBuilder(options: EcbRatesOptions & { readonly defaultSource: string }) {
  const source = options.source ?? options.defaultSource;
  const byPair = new Map<string, Column>();
  const issues: Issue[] = [];
  let count = 0;
  const issue = (found: Omit<Issue, 'code'>) => {
    const full: Issue = { code: 'INVALID_RATES', ...found };
    if (options.strict) {
      throw new ReckonError('INVALID_RATES', `${full.line ? `line ${full.line}: ` : ''}${full.message}`, {
        issues: [full],
      });
    }
    issues.push(full);
  };
  const column = (base: string, quote: string): Column => {
    const key = `${base}/${quote}`;
    let c = byPair.get(key);
    if (!c) {
      c = { key, dates: [], values: [], sources: [] };
      byPair.set(key, c);
    }
    return c;
  };
  return {
    issue,
    /** Whether a value is a plain positive decimal as the ECB writes it. */
    isValue(text: string): boolean {
      return RATE_VALUE.test(text) && /[1-9]/.test(text);
    },
    /** The column for a pair, to add to in a loop without a lookup per value. */
    column,
    /** Adds one value to a column. */
    push(c: Column, date: string, value: string | Ratio, src = source) {
      c.dates.push(date);
      c.values.push(value);
      c.sources.push(src);
      count++;
    },
    get count() {
      return count;
    },
    build(): LoadedRates {
      const series = new Map<string, Series>();
      for (const c of byPair.values()) {
        const dates: string[] = [];
        const values: (string | Ratio)[] = [];
        const sources: string[] = [];
        for (const i of ascending(c.dates)) {
          const d = c.dates[i] ?? '';
          if (dates[dates.length - 1] === d) {
            const first = exact(values[values.length - 1]);
            const again = exact(c.values[i]);
            const differ =
              first && again && first.n * again.d !== again.n * first.d
                ? ` with values that disagree (${ratioToString(first)} and ${ratioToString(again)} ${c.key.split('/').reverse().join(' per ')})`
                : '';
            issue({
              message: `${c.key} ${d}: given more than once${differ}${options.strict ? '' : '; the first is kept'}`,
              path: [c.key, d],
            });
            continue;
          }
          dates.push(d);
          values.push(c.values[i] ?? '');
          sources.push(c.sources[i] ?? source);
        }
        const uniform = sources.every((x) => x === source);
        series.set(c.key, uniform ? { dates, values } : { dates, values, sources });
      }
      return Object.assign(seriesProvider(source, series), { issues });
    },
  };
}
