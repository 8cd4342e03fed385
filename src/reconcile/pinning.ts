/** Intervals as reported, and which mentions pin their ends. */
import { type Ratio, ratio } from '../math/ratio';
import { currency } from '../money/currencies';
import { fromUnits } from '../money/units';
import { cmpHigh, cmpLow, type Iv } from './interval';
import { reading } from './items';
import { fresh, item, type State } from './state';
import type { CurrencyReading, ReconcileInterval } from './types';

/**
 * An exact interval as money, rounded outward to the minor unit so that it always holds the exact one.
 * The flags are the exact ends' (oracle F2): an open end moved outward still holds the exact interval.
 * @internal
 */
export function toInterval(iv: Iv, C: string): ReconcileInterval {
  const cur = currency(C);
  const unit = 10n ** cur.exponent;
  const end = (v: Ratio | null, inc: boolean, up: boolean) => {
    if (v === null) return { money: null, inc };
    const scaled = v.n * unit;
    let q = scaled / v.d; // truncates toward zero
    if (q * v.d !== scaled && (up ? scaled > 0n : scaled < 0n)) q += up ? 1n : -1n;
    return { money: fromUnits(q, cur.exponent, cur), inc };
  };
  const lo = end(iv.lo, iv.loInc, false);
  const hi = end(iv.hi, iv.hiInc, true);
  return {
    currency: C,
    low: lo.money,
    high: hi.money,
    lowInclusive: lo.inc,
    highInclusive: hi.inc,
    exactLow: iv.lo && ratio(iv.lo.n, iv.lo.d),
    exactHigh: iv.hi && ratio(iv.hi.n, iv.hi.d),
  };
}

/** The mentions that pin the low and the high end of a group's interval in currency C. @internal */
export function pinsOf(
  st: State,
  members: readonly number[],
  C: string,
  iv: Iv,
): { low: string[]; high: string[] } {
  const low: string[] = [];
  const high: string[] = [];
  for (const i of members) {
    const r = reading(st.ctx, item(st, i), C);
    if (r === null) continue;
    if (iv.lo !== null && cmpLow(r.lo, r.loInc, iv.lo, iv.loInc) === 0) low.push(item(st, i).m.id);
    if (iv.hi !== null && cmpHigh(r.hi, r.hiInc, iv.hi, iv.hiInc) === 0) high.push(item(st, i).m.id);
  }
  return { low: low.sort(), high: high.sort() };
}

/** A group's reading in currency C: its interval, status and which mentions pin its ends. @internal */
export function finalReading(st: State, members: readonly number[], C: string): CurrencyReading {
  const convertible = members.filter((i) => reading(st.ctx, item(st, i), C) !== null);
  // A writer's conversion ("(25,5 Milliarden Euro)") had to meet the group to join it, but never narrows
  // its amount: read back at another day's fix, two of them pinned Microsoft's $30bn out of it (F18).
  const reported = convertible.filter((i) => item(st, i).derivedFrom === undefined);
  const { iv } = fresh(st, reported.length > 0 ? reported : convertible, C);
  const status = convertible.length < members.length ? 'noRate' : iv === null ? 'empty' : 'consistent';
  // Named, never dropped: the amount is what the others allow (F6).
  const unchecked =
    status === 'noRate'
      ? {
          unchecked: members
            .filter((i) => reading(st.ctx, item(st, i), C) === null)
            .map((i) => item(st, i).m.id)
            .sort(),
        }
      : {};
  if (iv === null) return { currency: C, status, lowPinnedBy: [], highPinnedBy: [], ...unchecked };
  const pins = pinsOf(st, reported.length > 0 ? reported : convertible, C, iv);
  return {
    currency: C,
    status,
    interval: toInterval(iv, C),
    lowPinnedBy: pins.low,
    highPinnedBy: pins.high,
    ...unchecked,
  };
}

/** The exact interval behind a reported one (its flags are the exact ends' too). @internal */
export function exactOf(iv: ReconcileInterval): Iv {
  return { lo: iv.exactLow, loInc: iv.lowInclusive, hi: iv.exactHigh, hiInc: iv.highInclusive };
}
