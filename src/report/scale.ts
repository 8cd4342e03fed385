import { writeDecimal } from '../_lib/decimal';
import {
  type Ratio,
  ratio,
  ratioAdd,
  ratioCmp,
  ratioDiv,
  ratioMul,
  ratioSub,
  ratioToDecimal,
  roundRatio,
} from '../math/ratio';

/**
 * A shared axis for one currency: exact from domain to pixels (bigint ratios, no floats on money),
 * rounded to a tenth of a pixel only when written into the SVG.
 * @internal
 */
export interface Axis {
  readonly lo: Ratio;
  readonly hi: Ratio;
  readonly ticks: readonly Ratio[];
}

const TEN = ratio(10n);

/** A power of ten p with p ≤ r < 10p, for r > 0. */
function powerBelow(r: Ratio): Ratio {
  let p = ratio(1n);
  if (ratioCmp(r, p) >= 0) {
    const whole = (r.n / r.d).toString().length - 1;
    return ratio(10n ** BigInt(whole));
  }
  while (ratioCmp(r, p) < 0) p = ratioDiv(p, TEN);
  return p;
}

const floorDiv = (a: Ratio, b: Ratio) => roundRatio(ratioDiv(a, b), { digits: 0, mode: 'floor' });
const ceilDiv = (a: Ratio, b: Ratio) => roundRatio(ratioDiv(a, b), { digits: 0, mode: 'ceil' });

/**
 * An axis through 0 and every value, with "nice" ticks (1, 2 or 5 times a power of ten, at most
 * four intervals, so that their labels fit).
 * @internal
 */
export function niceAxis(values: readonly Ratio[]): Axis {
  let min = ratio(0n);
  let max = ratio(0n);
  for (const v of values) {
    if (ratioCmp(v, min) < 0) min = v;
    if (ratioCmp(v, max) > 0) max = v;
  }
  let range = ratioSub(max, min);
  if (range.n === 0n) {
    max = ratioAdd(max, ratio(1n));
    range = ratio(1n);
  }
  const p = powerBelow(range);
  // The first step that needs at most four intervals once both ends are rounded out (10p always does).
  let step = ratioMul(p, ratio(10n));
  let first = floorDiv(min, step);
  let last = ceilDiv(max, step);
  for (const k of [ratio(1n, 2n), ratio(1n), ratio(2n), ratio(5n)]) {
    const s = ratioMul(p, k);
    const [f, l] = [floorDiv(min, s), ceilDiv(max, s)];
    if (l - f <= 4n) {
      [step, first, last] = [s, f, l];
      break;
    }
  }
  const ticks: Ratio[] = [];
  for (let k = first; k <= last; k++) ticks.push(ratioMul(step, ratio(k)));
  return { lo: ratioMul(step, ratio(first)), hi: ratioMul(step, ratio(last)), ticks };
}

/**
 * The x position of a value on an axis `width` pixels wide starting at `offset`, in tenths of a
 * pixel, clamped to the axis. Integers all the way: no float touches the value.
 * @internal
 */
export function xTenths(axis: Axis, value: Ratio, width: number, offset: number): bigint {
  const t = ratioDiv(ratioSub(value, axis.lo), ratioSub(axis.hi, axis.lo));
  const span = BigInt(width) * 10n;
  let tenths = roundRatio(ratioMul(t, ratio(span)), { digits: 0 });
  if (tenths < 0n) tenths = 0n;
  if (tenths > span) tenths = span;
  return tenths + BigInt(offset) * 10n;
}

/** Tenths of a pixel as an SVG number ("123.4", "12"). @internal */
export function px(tenths: bigint): string {
  const text = writeDecimal(tenths, 1);
  return text.endsWith('.0') ? text.slice(0, -2) : text;
}

/** A tick's exact decimal string (ticks are multiples of a power of ten: they terminate). @internal */
export function tickDecimal(value: Ratio): string {
  return ratioToDecimal(value, 40);
}
