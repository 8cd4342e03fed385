import { assertRecord, invalidArgument, isRecord, optionalBoolean, readKnownOptions } from '../_lib/guards';
import { ReckonError } from '../errors/reckon-error';
import { figureBounds } from '../figure/bounds';
import type { Figure } from '../figure/types';
import { type Ratio, ratioDiv, ratioMax, ratioMin } from '../math/ratio';
import { currencyCode, type Money } from '../money/money';
import { fromUnits, moneyRatio, rescale, toUnits } from '../money/units';
import type { ConversionSnapshot } from './snapshot';

/** Options for {@link impliedRate}. */
export interface ImpliedRateOptions {
  /**
   * Take `from` as exact and round only `to` (the writer computed B from A as printed). Set false to
   * treat both sides as rounded. @defaultValue true
   */
  readonly assumeSourceExact?: boolean;
}

/** The rate a reported conversion implies: `quote` per `base`, as a point and an interval, exact. */
export interface ImpliedRate {
  readonly base: string;
  readonly quote: string;
  /** B / A. */
  readonly point: Ratio;
  /** The lowest rate the written digits allow. */
  readonly low: Ratio;
  /** The highest rate the written digits allow. */
  readonly high: Ratio;
}

/**
 * Checks the shape of a snapshot given by a caller: an object whose `from` and `to` are figures (objects;
 * their money is checked where it is read). @internal
 */
export function assertSnapshot(snapshot: unknown, path: string): asserts snapshot is ConversionSnapshot {
  const s = assertRecord(snapshot, path);
  for (const side of ['from', 'to'] as const) {
    if (!isRecord(s[side]))
      throw invalidArgument(`${path}.${side}`, 'a figure (parseFigure makes one)', s[side]);
  }
}

/**
 * The step an approximate figure ("rund 170 Milliarden") may have been rounded to: its last integer
 * zero may be a rounding zero, so the quantum grows tenfold once (170bn → 10bn: 165bn–175bn); further
 * zeros are taken as written ("rund 200 Milliarden" → 195bn–205bn). Other figures keep their quantum.
 */
function roundedStep(figure: Figure): Money {
  if (figure.qualifier !== 'about') return figure.quantum;
  const amount = toUnits(figure.amount);
  const step = toUnits(figure.quantum);
  const scale = amount.scale > step.scale ? amount.scale : step.scale;
  const a = rescale(amount, scale);
  const first = rescale(step, scale);
  if (a === 0n || first <= 0n) return figure.quantum;
  // Only an integer zero of the number as written ("170" of "170bn"): "rund 12,50 Mrd." wrote its
  // zero after the decimal point on purpose. The scale word is taken to be the largest of thousand,
  // million, billion, trillion the amount reaches; a quantum below it means decimals were written.
  const size = a < 0n ? -a : a;
  let word = 10n ** scale;
  for (let k = 0; k < 4 && word * 1000n <= size; k++) word *= 1000n;
  if (a % (first * 10n) !== 0n || first < word) return figure.quantum;
  return fromUnits(first * 10n, scale, step.currency);
}

/** The rounding interval of a figure's written amount, ignoring its qualifier. */
function writtenInterval(figure: Figure): [Ratio, Ratio] {
  const b = figureBounds(
    { amount: figure.amount, qualifier: 'exact', quantum: roundedStep(figure) },
    { view: 'rounding' },
  );
  return [moneyRatio(b.low ?? figure.amount), moneyRatio(b.high ?? figure.amount)];
}

/**
 * The exchange rate a reported conversion implies. Qualifiers that cover both sides ("up to £11bn
 * (€12.68bn)") cancel out, so the written amounts are compared.
 *
 * @param snapshot - the conversion
 * @param options - {@link ImpliedRateOptions}
 * @returns point B/A and the interval [B_low/A, B_high/A] (or [B_low/A_high, B_high/A_low])
 * @throws {@link ReckonError} `INVALID_ARGUMENT` when `snapshot` is not a snapshot of two figures
 *   (naming the part, such as `snapshot.from.amount`); `INVALID_CONVERSION` when an amount is zero, or
 *   the two signs differ
 * @example
 * ```ts
 * const r = impliedRate({ from: parseFigure('£11bn'), to: parseFigure('€12.68bn') });
 * ratioToDecimal(r.point, 6); // '1.152727'
 * ```
 */
export function impliedRate(snapshot: ConversionSnapshot, options: ImpliedRateOptions = {}): ImpliedRate {
  const assumeSourceExact = optionalBoolean(
    readKnownOptions(options, ['assumeSourceExact'], 'impliedRate').assumeSourceExact,
    'options.assumeSourceExact',
  );
  assertSnapshot(snapshot, 'snapshot');
  const a = moneyRatio(snapshot.from.amount, 'snapshot.from.amount');
  const b = moneyRatio(snapshot.to.amount, 'snapshot.to.amount');
  if (a.n === 0n || b.n === 0n || a.n < 0n !== b.n < 0n) {
    throw new ReckonError('INVALID_CONVERSION', 'A conversion needs two non-zero amounts of the same sign.', {
      id: snapshot.id,
    });
  }
  const [bLow, bHigh] = writtenInterval(snapshot.to);
  const [aLow, aHigh] = assumeSourceExact === false ? writtenInterval(snapshot.from) : [a, a];
  if (aLow.n === 0n || aHigh.n === 0n || aLow.n < 0n !== aHigh.n < 0n) {
    throw new ReckonError(
      'INVALID_CONVERSION',
      'The source amount is too coarse to divide by: its rounding interval holds zero.',
      { id: snapshot.id },
    );
  }
  const candidates = [
    ratioDiv(bLow, aLow),
    ratioDiv(bLow, aHigh),
    ratioDiv(bHigh, aLow),
    ratioDiv(bHigh, aHigh),
  ];
  const low = candidates.reduce(ratioMin);
  const high = candidates.reduce(ratioMax);
  return {
    base: currencyCode(snapshot.from.amount),
    quote: currencyCode(snapshot.to.amount),
    point: ratioDiv(b, a),
    low,
    high,
  };
}
