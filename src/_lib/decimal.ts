/**
 * Exact decimal strings: the one rule reckon reads them by and the one way it writes them.
 * @internal
 */

/**
 * A decimal string as reckon reads it everywhere (`money`, `parseRatio`, the schemas and the JSON
 * Schema): an optional minus sign, digits, and optionally a point followed by digits. No plus sign (no
 * writer of reckon's puts one, and a JSON file must have one spelling per value), no exponent, no
 * grouping, no bare point ("5." or ".5"). Groups: sign, whole digits, fraction digits. @internal
 */
export const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * Writes `units / 10^scale` as a decimal string: "-12.50" for (-1250n, 2). With `trim`, trailing
 * fraction zeros go, and then a bare point ("12.5", "12"). Never writes "-0". @internal
 */
export function writeDecimal(units: bigint, scale: number, trim = false): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString();
  let text = digits;
  if (scale > 0) {
    const padded = digits.padStart(scale + 1, '0');
    let end = padded.length;
    // A loop, not /0+$/: that regex is quadratic on a long run of zeros before a last digit.
    if (trim) while (end > padded.length - scale && padded.charCodeAt(end - 1) === 48) end--;
    const whole = padded.slice(0, -scale);
    text = end > whole.length ? `${whole}.${padded.slice(whole.length, end)}` : whole;
  }
  return negative ? `-${text}` : text;
}
