import { assertArray, assertOneOf, assertRecord, assertString, invalidArgument } from '../_lib/guards';
import { type FigureJSON, figureFromJSON } from '../figure/figure-json';
import { type Ratio, readRatio } from '../math/ratio';
import { assertIsoDate } from '../rates/dates';
import type { DayRange } from '../rates/provider';
import type { ConversionVerdict } from './verdict';
import { assertFinite, REASONS, STATUSES, type VerdictJSON } from './verdict-json';

/** An exact number written by {@link verdictToJSON}: a decimal or "n/d", positive for a rate. */
function readExact(value: unknown, path: string): Ratio {
  const r = typeof value === 'string' ? readRatio(value) : undefined;
  if (!r || r.n <= 0n) throw invalidArgument(path, 'a positive exact number ("0.8675" or "400/347")', value);
  return r;
}

function readRange(value: unknown, path: string): DayRange {
  const r = assertRecord(value, path);
  return { from: assertIsoDate(r.from, `${path}.from`), to: assertIsoDate(r.to, `${path}.to`) };
}

function readFinite(value: unknown, path: string): number {
  assertFinite(value, path);
  return value as number;
}

/**
 * Reads the JSON form of a verdict back ({@link verdictToJSON} writes it, `reckon check --json` prints
 * it): every rate exact, so `verdictFromJSON(verdictToJSON(v))` equals `v`. The `explanation` is not
 * read (it follows from the rest); an `id` beside the fields (as the CLI writes) is ignored.
 *
 * @param json - a {@link VerdictJSON}
 * @returns the verdict
 * @throws {@link ReckonError} `INVALID_ARGUMENT` when a part is missing or not what the JSON form
 *   holds (named by its path, such as `json.implied.low`); `INVALID_DATE` for a day that is not one;
 *   what {@link figureFromJSON} throws for `from` and `to`
 * @example
 * ```ts
 * import { checkConversion, parseFigure, verdictFromJSON, verdictToJSON } from 'reckon';
 *
 * const rates = [{ base: 'EUR', quote: 'GBP', value: '0.8675', date: '2025-09-17', source: 'ECB' }];
 * const v = checkConversion(
 *   { from: parseFigure('£11bn'), to: parseFigure('€12.68bn'), publishedDate: '2025-09-18' },
 *   rates,
 * );
 * const back = verdictFromJSON(JSON.parse(JSON.stringify(verdictToJSON(v))));
 * console.log(back.status, back.best?.rate.value); // → consistent { n: 400n, d: 347n }
 * ```
 */
export function verdictFromJSON(json: VerdictJSON): ConversionVerdict {
  const j = assertRecord(json, 'json');
  const status = assertOneOf(j.status, STATUSES, 'json.status');
  const reasons = assertArray(j.reasons, 'json.reasons').map((r, i) =>
    assertOneOf(r, REASONS, `json.reasons[${i}]`),
  );
  const im = assertRecord(j.implied, 'json.implied');
  const base = assertString(im.base, 'json.implied.base');
  const quote = assertString(im.quote, 'json.implied.quote');
  const implied = {
    base,
    quote,
    point: readExact(im.point, 'json.implied.point'),
    low: readExact(im.low, 'json.implied.low'),
    high: readExact(im.high, 'json.implied.high'),
  };
  const readImplied = (value: unknown, path: string) => {
    const r = assertRecord(value, path);
    return {
      base: assertString(r.base, `${path}.base`),
      quote: assertString(r.quote, `${path}.quote`),
      point: readExact(r.point, `${path}.point`),
      low: readExact(r.low, `${path}.low`),
      high: readExact(r.high, `${path}.high`),
    };
  };
  const impliedMax = j.impliedMax === undefined ? undefined : readImplied(j.impliedMax, 'json.impliedMax');
  // A fix of the verdict is quoted for the implied pair (quote per base), as checkConversion looked it up.
  const fix = (value: unknown, path: string) => {
    const f = assertRecord(value, path);
    const date = assertIsoDate(f.date, `${path}.date`);
    const source = assertString(f.source, `${path}.source`);
    return { date, source, rate: { base, quote, value: readExact(f.rate, `${path}.rate`), date, source } };
  };
  const best =
    j.best === undefined
      ? undefined
      : {
          ...fix(j.best, 'json.best'),
          gapBps: readFinite((j.best as Record<string, unknown>).gapBps, 'json.best.gapBps'),
          deviationBps: readFinite(
            (j.best as Record<string, unknown>).deviationBps,
            'json.best.deviationBps',
          ),
        };
  const outside = j.outsideMatch === undefined ? undefined : fix(j.outsideMatch, 'json.outsideMatch');
  return {
    status,
    reasons,
    from: figureFromJSON(j.from as FigureJSON),
    to: figureFromJSON(j.to as FigureJSON),
    implied,
    ...(impliedMax ? { impliedMax } : {}),
    ...(best ? { best } : {}),
    ...(outside ? { outsideMatch: { date: outside.date, rate: outside.rate } } : {}),
    toleranceBps: readFinite(j.toleranceBps, 'json.toleranceBps'),
    maxResolutionBps: readFinite(j.maxResolutionBps, 'json.maxResolutionBps'),
    window: readRange(j.window, 'json.window'),
    ...(j.eventWindow !== undefined ? { eventWindow: readRange(j.eventWindow, 'json.eventWindow') } : {}),
    ...(j.laterEventDate !== undefined
      ? { laterEventDate: assertIsoDate(j.laterEventDate, 'json.laterEventDate') }
      : {}),
    fixesInWindow: readFinite(j.fixesInWindow, 'json.fixesInWindow'),
    ...(j.ratesSpan !== undefined ? { ratesSpan: readRange(j.ratesSpan, 'json.ratesSpan') } : {}),
    ...(j.ratesEnd !== undefined ? { ratesEnd: assertIsoDate(j.ratesEnd, 'json.ratesEnd') } : {}),
  };
}
