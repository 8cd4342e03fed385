import type { ConvertedInterval, MoneyInterval } from '../aggregate/types';
import { parseDecimalRatio, type Ratio, ratio, ratioMul } from '../math/ratio';
import { type Money, money } from '../money/money';
import { esc } from './escape';
import { type Axis, niceAxis, px, tickDecimal, xTenths } from './scale';
import { decimalOf, type MoneyFormatter } from './text';

/** Plot width in SVG units, and the room left and right of it (for labels and arrows). */
const W = 220;
const LEFT = 14;
const RIGHT = 18;
const FULL = LEFT + W + RIGHT;
const BAR_H = 24;
const AXIS_H = 26;
/** The axis labels' font size in SVG units (the stylesheet's 11px), and a wide character's width in em. */
const FONT = 11;
const LABEL_EM = 0.62;
/** Room between two labels, in SVG units. */
const GAP = 6;

/** Money as an exact ratio (reckon never turns money into a float, not even to draw it). @internal */
export function ratioOf(value: Money): Ratio {
  // toDecimalString writes a plain decimal: it always parses.
  return parseDecimalRatio(decimalOf(value) ?? '0') as Ratio;
}

/** The finite ends of intervals, for an axis that holds them all. @internal */
export function axisFor(intervals: readonly MoneyInterval[]): Axis {
  const values: Ratio[] = [];
  for (const i of intervals) {
    if (i.low !== null) values.push(ratioOf(i.low));
    if (i.high !== null) values.push(ratioOf(i.high));
    // Room to the right of "more than X": its bar must not shrink to nothing at the axis' end.
    if (i.high === null && i.low !== null) values.push(ratioMul(ratioOf(i.low), ratio(5n, 4n)));
  }
  return niceAxis(values);
}

const x = (axis: Axis, value: Money) => xTenths(axis, ratioOf(value), W, LEFT);
const T = (n: number) => BigInt(n) * 10n;

/** Faint lines at the ticks, so that every row reads against the shared axis. */
function grid(axis: Axis, height: number): string {
  let out = '';
  for (const t of axis.ticks) {
    const at = px(xTenths(axis, t, W, LEFT));
    out += `<line class="grid" x1="${at}" x2="${at}" y1="0" y2="${height}"/>`;
  }
  return out;
}

/** The shapes of one bar: a dot, a bar, open arrows for unbounded ends, hatching for "incomplete". */
function shapes(axis: Axis, interval: MoneyInterval, incomplete: boolean): string {
  const y = BAR_H / 2;
  const { low, high } = interval;
  if (incomplete) {
    // The converted part is known from `low`; above it the total is unknown (a rate is missing).
    const from = low === null ? T(LEFT) : x(axis, low);
    const mark =
      low === null
        ? ''
        : `<line class="edge" x1="${px(from)}" x2="${px(from)}" y1="${y - 8}" y2="${y + 8}"/>`;
    const width = T(LEFT + W) - from;
    return `<rect class="unknown" x="${px(from)}" y="${y - 6}" width="${px(width > 0n ? width : 0n)}" height="12"/>${mark}<text class="q" x="${LEFT + W + 4}" y="${y + 4}">?</text>`;
  }
  if (low !== null && high !== null && decimalOf(low) === decimalOf(high)) {
    return `<circle class="dot" cx="${px(x(axis, low))}" cy="${y}" r="5"/>`;
  }
  const from = low === null ? T(LEFT - 6) : x(axis, low);
  const to = high === null ? T(LEFT + W + 6) : x(axis, high);
  // At least 2 px, so that a narrow range never looks like nothing (or like a dot).
  const width = to - from > 20n ? to - from : 20n;
  let out = `<rect class="range" x="${px(from)}" y="${y - 6}" width="${px(width)}" height="12"/>`;
  if (high === null) {
    const e = px(to);
    const tip = px(to + 80n);
    out += `<polyline class="arrow" points="${e},${y - 7} ${tip},${y} ${e},${y + 7}"/>`;
  }
  if (low === null) {
    const e = px(from);
    const tip = px(from - 80n);
    out += `<polyline class="arrow" points="${e},${y - 7} ${tip},${y} ${e},${y + 7}"/>`;
  }
  return out;
}

/** The attributes of the machine-readable contract (docs/report.md, "Data attributes"). */
function dataAttributes(interval: MoneyInterval, converted: boolean, complete: boolean): string {
  const low = decimalOf(interval.low);
  const high = decimalOf(interval.high);
  return `data-bar="" data-currency="${esc(interval.currency)}"${converted ? ` data-converted="true" data-complete="${complete}"` : ''}${low === null ? '' : ` data-low="${low}"`}${high === null ? '' : ` data-high="${high}"`}`;
}

/** One bar in its own small SVG, drawn on the shared axis, with a title and a description. @internal */
export function barSvg(
  axis: Axis,
  interval: MoneyInterval | ConvertedInterval,
  label: string,
  description: string,
): string {
  const converted = 'complete' in interval;
  const complete = !converted || interval.complete;
  const cls = converted ? (complete ? 'converted' : 'converted incomplete') : 'original';
  return `<svg class="bar" viewBox="0 0 ${FULL} ${BAR_H}" role="img"><title>${esc(label)}</title><desc>${esc(description)}</desc>${grid(axis, BAR_H)}<g class="${cls}" ${dataAttributes(interval, converted, complete)}>${shapes(axis, interval, !complete)}</g></svg>`;
}

/**
 * Every how many ticks a label fits: labels are about {@link LABEL_EM} of the font size per character
 * wide; the first label starts at its tick, the last ends at it, the others are centred. Ticks without
 * a label keep their line.
 */
function labelEvery(labels: readonly string[], last: number): number {
  if (last <= 0) return 1;
  const widest = Math.max(...labels.map((l) => l.length)) * FONT * LABEL_EM + GAP;
  const spacing = W / last;
  // Between the first label (all of it right of its tick) and a centred one: 1.5 widths.
  let every = 1;
  while (every < last && spacing * every < widest * 1.5) every++;
  return every;
}

/** The shared axis of one currency: ticks labelled as reckon formats money. @internal */
export function axisSvg(axis: Axis, currency: string, f: MoneyFormatter, title: string): string {
  const last = axis.ticks.length - 1;
  const labels = axis.ticks.map((t) => f.compact(money(tickDecimal(t), currency)));
  const every = labelEvery(labels, last);
  let ticks = '';
  axis.ticks.forEach((t, i) => {
    const at = px(xTenths(axis, t, W, LEFT));
    ticks += `<line class="tick" x1="${at}" x2="${at}" y1="${AXIS_H - 8}" y2="${AXIS_H}"/>`;
    if (i % every !== 0) return;
    const anchor = i === 0 ? 'start' : i === last ? 'end' : 'middle';
    ticks += `<text x="${at}" y="${AXIS_H - 12}" text-anchor="${anchor}">${esc(labels[i] ?? '')}</text>`;
  });
  return `<svg class="axis" viewBox="0 0 ${FULL} ${AXIS_H}" role="img" data-axis="${esc(currency)}"><title>${esc(title)}</title><line class="base" x1="${LEFT}" x2="${LEFT + W}" y1="${AXIS_H - 1}" y2="${AXIS_H - 1}"/>${ticks}</svg>`;
}

/** The patterns every bar refers to, defined once per page (ids are unique in the document). @internal */
export const DEFS = `<svg class="defs" width="0" height="0" aria-hidden="true" focusable="false"><defs><pattern id="rk-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="#333" stroke-width="2"/></pattern></defs></svg>`;

/** A legend in the same drawing as the plot. @internal */
export function legendSvg(kind: 'bar' | 'dot' | 'arrow' | 'converted' | 'incomplete', label: string): string {
  const shapesOf: Record<typeof kind, string> = {
    bar: '<rect class="range" x="4" y="6" width="40" height="12"/>',
    dot: '<circle class="dot" cx="24" cy="12" r="5"/>',
    arrow:
      '<rect class="range" x="4" y="6" width="34" height="12"/><polyline class="arrow" points="38,5 46,12 38,19"/>',
    converted: '<g class="converted"><rect class="range" x="4" y="6" width="40" height="12"/></g>',
    incomplete:
      '<g class="converted incomplete"><line class="edge" x1="4" x2="4" y1="4" y2="20"/><rect class="unknown" x="4" y="6" width="40" height="12"/></g>',
  };
  return `<svg class="legend" viewBox="0 0 52 24" role="img"><title>${esc(label)}</title>${shapesOf[kind]}</svg>`;
}
