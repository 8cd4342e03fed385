/**
 * Exact rationals on bigint for the references in test/oracle (aggregate, figure): nothing from src/.
 */
export interface Rat {
  /** Numerator; the sign lives here. */
  readonly n: bigint;
  /** Denominator, always positive; the pair is always reduced. */
  readonly d: bigint;
}

const abs = (x: bigint) => (x < 0n ? -x : x);

function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function rat(n: bigint, d = 1n): Rat {
  if (d === 0n) throw new Error('rat: zero denominator');
  const s = d < 0n ? -1n : 1n;
  const g = gcd(n, d) || 1n;
  return { n: (s * n) / g, d: (s * d) / g };
}

export const ZERO = rat(0n);
export const add = (a: Rat, b: Rat) => rat(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rat, b: Rat) => rat(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rat, b: Rat) => rat(a.n * b.n, a.d * b.d);
export const div = (a: Rat, b: Rat) => rat(a.n * b.d, a.d * b.n);
export const cmp = (a: Rat, b: Rat) => {
  const x = a.n * b.d - b.n * a.d;
  return x < 0n ? -1 : x > 0n ? 1 : 0;
};
export const eq = (a: Rat, b: Rat) => a.n === b.n && a.d === b.d;
export const isNegative = (a: Rat) => a.n < 0n;

/** Parses "-12.345" (no exponent, no grouping). */
export function parseDecimal(text: string): Rat {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) throw new Error(`parseDecimal: not a decimal: ${text}`);
  const frac = m[3] ?? '';
  const n = BigInt(`${m[2]}${frac}`) * (m[1] === '-' ? -1n : 1n);
  return rat(n, 10n ** BigInt(frac.length));
}

/** The number of decimals the exact decimal form of r needs; throws when it has none (1/3). */
export function decimalScale(r: Rat): number {
  let s = 0;
  // Terminating iff the denominator is 2^a·5^b: find the least s with d | 10^s.
  while (10n ** BigInt(s) % r.d !== 0n) {
    s++;
    if (s > 60) throw new Error('decimalScale: not a terminating decimal');
  }
  return s;
}

/** Exact decimal text of a terminating rational. */
export function toDecimal(r: Rat): string {
  const s = decimalScale(r);
  const units = (r.n * 10n ** BigInt(s)) / r.d;
  const neg = units < 0n;
  const digits = abs(units)
    .toString()
    .padStart(s + 1, '0');
  const text = s === 0 ? digits : `${digits.slice(0, -s)}.${digits.slice(-s)}`;
  return neg ? `-${text}` : text;
}

/** Rounds half to even at `decimals` decimals. */
export function roundHalfEven(r: Rat, decimals: number): Rat {
  const scale = 10n ** BigInt(decimals);
  const num = r.n * scale;
  const q = num / r.d; // truncates toward zero
  const rem = abs(num - q * r.d) * 2n;
  let units = q;
  if (rem > r.d || (rem === r.d && abs(q) % 2n === 1n)) units += num < 0n ? -1n : 1n;
  return rat(units, scale);
}

/** Readable text: the exact decimal when there is one, else n/d. */
export function show(r: Rat | null): string | null {
  if (r === null) return null;
  try {
    return toDecimal(r);
  } catch {
    return `${r.n}/${r.d}`;
  }
}
