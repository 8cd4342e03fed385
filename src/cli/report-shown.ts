import type { Commitment } from '../commitment/model';
import type { Figure } from '../figure/types';
import { fromUnits, toUnits } from '../money/units';

/** The largest k with 10^k dividing `units` (0 for 0: nothing to say about its digits). */
function zerosOf(units: bigint): bigint {
  if (units === 0n) return 0n;
  let k = 0n;
  let u = units < 0n ? -units : units;
  while (u % 10n === 0n) {
    u /= 10n;
    k += 1n;
  }
  return k;
}

/**
 * A reconciled amount as a person reads it. Its quantum is the currency's minor unit, which is no
 * wording of any source, so `formatFigure` would write "$108,700,000,000.00"; as the largest power of
 * ten both ends are multiples of, it writes "$108.7bn" and "more than $300bn", every digit kept
 * ("€77,854,629,799.74" stays as it is). For display only: the totals are computed from the amount as
 * reconciled (review4 K3).
 */
export function readableFigure(figure: Figure): Figure {
  const low = toUnits(figure.amount);
  const high = figure.max === undefined ? undefined : toUnits(figure.max);
  const zeros = zerosOf(low.units);
  const both = high === undefined ? zeros : zeros < zerosOf(high.units) ? zeros : zerosOf(high.units);
  // Never coarser than the thousand-power group of the amount's own digits: "$300bn", not "$0.3tn".
  const whole = (low.units < 0n ? -low.units : low.units) / 10n ** low.scale;
  const group = low.scale + ((BigInt(whole.toString().length) - 1n) / 3n) * 3n;
  const k = both < group ? both : group;
  return { ...figure, quantum: fromUnits(10n ** k, low.scale, low.currency) };
}

/** Reconciled commitments with {@link readableFigure} amounts, for the report's lines and page. */
export function readableCommitments<T extends Commitment>(list: readonly T[]): T[] {
  return list.map((c) => (c.amount === undefined ? c : { ...c, amount: readableFigure(c.amount) }));
}
