/**
 * The hostile values the walk feeds to every parameter. Each has a label (it names the case in
 * known-failures.ts) and a factory, so that no case can see what an earlier case did to a value.
 *
 * A `scaled` value grows with a size: the walk calls it at {@link FULL_SIZE} and at {@link SMALL_SIZE}
 * and bounds the ratio of the two times, which catches super-linear work that a ratio to a trivial
 * call cannot (a linear parser needs 10⁵ times longer for 1 MB than for ten characters).
 */
export interface Hostile {
  readonly label: string;
  readonly make: () => unknown;
  /** Builds the value at a given size; `make` is then `scaled(FULL_SIZE)`. */
  readonly scaled?: (size: number) => unknown;
}

/** 1 MiB: the size of the "huge" values. */
export const FULL_SIZE = 2 ** 20;
/** The size a huge value is also timed at; FULL_SIZE / SMALL_SIZE is the linear time ratio. */
export const SMALL_SIZE = 2 ** 16;

/** A plain value. */
export const v = (label: string, make: () => unknown): Hostile => ({ label, make });

/** A value that grows with a size (see {@link Hostile.scaled}). */
export const big = (label: string, scaled: (size: number) => unknown): Hostile => ({
  label,
  make: () => scaled(FULL_SIZE),
  scaled,
});

/** `s` repeated until it is `size` characters long. */
export const fill = (s: string, size: number) => s.repeat(Math.ceil(size / s.length)).slice(0, size);

/** What every parameter gets, whatever its type. */
export const COMMON: readonly Hostile[] = [
  v('null', () => null),
  v('undefined', () => undefined),
  v('0', () => 0),
  v('-1', () => -1),
  v('NaN', () => Number.NaN),
  v('Infinity', () => Number.POSITIVE_INFINITY),
  v('1e308', () => 1e308),
  v('2.5', () => 2.5),
  v('42', () => 42),
  v('true', () => true),
  v('false', () => false),
  v("''", () => ''),
  v("'constructor'", () => 'constructor'),
  v("'__proto__'", () => '__proto__'),
  v("'toString'", () => 'toString'),
  v('lone high surrogate', () => '\ud800'),
  v('lone low surrogate', () => '\udc00x'),
  big('1MB letters', (n) => fill('a', n)),
  big('1MB digits', (n) => fill('9', n)),
  v('[]', () => []),
  v('[null]', () => [null]),
  v('{}', () => ({})),
  v('prototype keys', () => JSON.parse('{"__proto__":{"x":1},"constructor":{"prototype":{"y":1}}}')),
  v('null-prototype object', () => Object.create(null)),
  v('function', () => () => 'hostile'),
  v('symbol', () => Symbol('hostile')),
  v('1n', () => 1n),
  v('-(10n ** 400n)', () => -(10n ** 400n)),
  v('Date object', () => new Date(0)),
];

/** Wrong and edge ISO days, for every parameter that takes a day. */
export const DAYS: readonly Hostile[] = [
  v("'2025-02-30'", () => '2025-02-30'),
  v("'2025-9-17'", () => '2025-9-17'),
  v("'2025-09-17T12:00:00Z'", () => '2025-09-17T12:00:00Z'),
  v("' 2025-09-17'", () => ' 2025-09-17'),
  v("'0000-01-01'", () => '0000-01-01'),
  v("'0099-12-31'", () => '0099-12-31'),
  v("'9999-12-31'", () => '9999-12-31'),
  v("'+010000-01-01'", () => '+010000-01-01'),
  v("'yesterday'", () => 'yesterday'),
];

/** Strings that look like currency codes, or like keys every object has. */
export const CODES: readonly Hostile[] = [
  v("'eur'", () => 'eur'),
  v("'XYZ'", () => 'XYZ'),
  v("'EURO'", () => 'EURO'),
  v("'valueOf'", () => 'valueOf'),
  v("'hasOwnProperty'", () => 'hasOwnProperty'),
  v("'__defineGetter__'", () => '__defineGetter__'),
];

/** Wrong values for the `language` of figures ('en' | 'de'). */
export const FIGURE_LANGUAGES: readonly Hostile[] = [
  v("'fr'", () => 'fr'),
  v("'EN'", () => 'EN'),
  v("'de-DE'", () => 'de-DE'),
];

/** Decimal strings a careless caller writes where reckon wants a fraction or an amount. */
export const BAD_DECIMALS: readonly Hostile[] = [
  v("'1e999999'", () => '1e999999'),
  v("'12,680'", () => '12,680'),
  v("'-'", () => '-'),
  v("'.5'", () => '.5'),
  v("'0x10'", () => '0x10'),
  v("'1_000'", () => '1_000'),
  v("'1/0'", () => '1/0'),
  v('400-digit decimal', () => `1${'0'.repeat(400)}`),
];
