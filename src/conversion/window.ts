/**
 * Which days of fixes a conversion check reads: the window (given or by default), the days the rates
 * cover for the pair, and the search for a matching fix outside the window.
 */
import { assertRecord } from '../_lib/guards';
import { ReckonError } from '../errors/reckon-error';
import { ratioCmp } from '../math/ratio';
import { addDaysWithin, assertIsoDate, dayNumber } from '../rates/dates';
import type { DayRange, RateProvider } from '../rates/provider';
import type { Rate } from '../rates/rate';
import type { ImpliedRate } from './implied-rate';
import type { ConversionSnapshot } from './snapshot';

/** How far outside the window a matching fix is searched for, in days. */
const OUTSIDE_DAYS = 30;
/** Days after which a lookup cannot be (a bound for "the last fix"). */
const FIRST_DAY = '1000-01-01';
const LAST_DAY = '9999-12-31';
const FIRST_ISO_DAY = '0000-01-01';

const minDay = (a: string, b: string) => (a < b ? a : b);

/** The window the caller gave, checked: real days, `to` not before `from`. @internal */
export function givenWindow(window: DayRange): DayRange {
  assertRecord(window, 'options.window');
  const from = assertIsoDate(window.from, 'options.window.from');
  const to = assertIsoDate(window.to, 'options.window.to');
  if (to < from) {
    throw new ReckonError('INVALID_DATE', `window.to (${to}) is before window.from (${from}).`, {
      input: `${from}..${to}`,
    });
  }
  return { from, to };
}

/** Dates further apart than this count only their own days, not the days between them. */
const LONG_WINDOW_DAYS = 31;

/**
 * From the last day strictly before the earliest date on the snapshot with a fix for the pair in the
 * rates given, at most `maxAge` days before it (or that earliest date when there is none), to the latest
 * date on the snapshot; when the dates are more than {@link LONG_WINDOW_DAYS} apart, the same for each
 * date alone (`window` the publication's days, `eventWindow` the event's). An eventDate after
 * publishedDate does not count (`laterEventDate`): a writer cannot have used a fix from after the
 * article. @internal
 */
export function defaultWindow(
  snapshot: ConversionSnapshot,
  provider: RateProvider,
  base: string,
  quote: string,
  maxAge: number,
): { window: DayRange; eventWindow?: DayRange; laterEventDate?: string } {
  const published = snapshot.publishedDate;
  let event = snapshot.eventDate;
  if (published === undefined && event === undefined) {
    throw new ReckonError(
      'INVALID_CONVERSION',
      'The snapshot has no eventDate or publishedDate: pass options.window to say which fixes count.',
      { id: snapshot.id },
    );
  }
  if (published !== undefined) assertIsoDate(published, 'snapshot date');
  if (event !== undefined) assertIsoDate(event, 'snapshot date');
  const later = event !== undefined && published !== undefined && event > published ? event : undefined;
  if (later !== undefined) event = undefined;
  const start = (day: string) => {
    const before = provider.rateOn(base, quote, addDaysWithin(day, -1), { policy: 'previous' });
    const fresh = before && dayNumber(day) - dayNumber(before.rate.date) <= maxAge;
    return fresh ? before.rate.date : day;
  };
  const note = later !== undefined ? { laterEventDate: later } : {};
  if (event !== undefined && published !== undefined) {
    if (dayNumber(published) - dayNumber(event) > LONG_WINDOW_DAYS) {
      return {
        window: { from: start(published), to: published },
        eventWindow: { from: start(event), to: event },
      };
    }
    return { window: { from: start(event), to: published } };
  }
  const day = (published ?? event) as string;
  return { window: { from: start(day), to: day }, ...note };
}

/** The first and last day with a fix for the pair, when there is any. */
export function pairSpan(provider: RateProvider, base: string, quote: string): DayRange | undefined {
  const last = provider.rateOn(base, quote, LAST_DAY, { policy: 'previous' });
  const first = provider.rateOn(base, quote, FIRST_DAY, { policy: 'nearest' });
  return first && last ? { from: first.rate.date, to: last.rate.date } : undefined;
}

/**
 * The fix nearest to the window (ties: the later day) that lies in the implied interval, searched 30
 * days before and after the window but never after `cap` (the publication date, else the window's
 * end): a writer cannot have used a later fix.
 */
export function outsideMatch(
  provider: RateProvider,
  parts: readonly ImpliedRate[],
  window: DayRange,
  cap: string,
): Rate | undefined {
  const implied = parts[0] as ImpliedRate;
  const inside = (r: Rate) =>
    parts.every((p) => ratioCmp(r.value, p.low) >= 0 && ratioCmp(r.value, p.high) <= 0);
  // No search past 0000-01-01 or 9999-12-31: reckon reads no day beyond them (isIsoDate).
  const search = (from: string, to: string, edge: boolean) =>
    !edge && from <= to ? provider.fixes(implied.base, implied.quote, from, to) : [];
  let found: Rate | undefined;
  let distance = Number.POSITIVE_INFINITY;
  const start = dayNumber(window.from);
  const end = dayNumber(window.to);
  // Oldest first in each range; "≤" lets the later of two days at the same distance win.
  for (const r of search(
    addDaysWithin(window.from, -OUTSIDE_DAYS),
    minDay(addDaysWithin(window.from, -1), cap),
    window.from === FIRST_ISO_DAY,
  )) {
    const d = start - dayNumber(r.date);
    if (inside(r) && d <= distance) {
      found = r;
      distance = d;
    }
  }
  for (const r of search(
    addDaysWithin(window.to, 1),
    minDay(addDaysWithin(window.to, OUTSIDE_DAYS), cap),
    window.to === LAST_DAY,
  )) {
    const d = dayNumber(r.date) - end;
    if (inside(r) && d <= distance) {
      found = r;
      distance = d;
    }
  }
  return found;
}
