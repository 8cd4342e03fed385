import { ReckonError } from '../errors/reckon-error';

/**
 * Argument guards for every public entry: reckon is called from plain JavaScript and with JSON from
 * files, so types are no defence. Each guard throws `INVALID_ARGUMENT` naming the argument's path, what
 * was expected and what was received. No zod here: these run in the core bundle.
 * @internal
 */

const MAX_PREVIEW = 40;

/** Names a value's type and a short preview, for messages: `a number (42)`, `null`, `an array`. @internal */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `an array (length ${value.length})`;
  switch (typeof value) {
    case 'string': {
      const shown = value.length > MAX_PREVIEW ? `${value.slice(0, MAX_PREVIEW)}…` : value;
      return `a string ${JSON.stringify(shown)}${value.length > MAX_PREVIEW ? ` (${value.length} characters)` : ''}`;
    }
    case 'number':
      // Words for NaN and the infinities: a message is read by people, and "NaN" printed looks like a bug.
      return `a number (${Number.isFinite(value) ? String(value) : value > 0 ? 'infinity' : value < 0 ? 'minus infinity' : 'not a number'})`;
    case 'bigint':
      return `a bigint (${value.toString().length > MAX_PREVIEW ? 'long' : String(value)})`;
    case 'boolean':
      return `a boolean (${String(value)})`;
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
    default:
      return 'an object';
  }
}

/** The error every guard throws. @internal */
export function invalidArgument(path: string, expected: string, received: unknown): ReckonError {
  const got = describeValue(received);
  return new ReckonError('INVALID_ARGUMENT', `${path} must be ${expected}, got ${got}.`, {
    path,
    expected,
    received: got,
  });
}

/** Whether `key` is an own property of `record` (never an inherited one like "constructor"). @internal */
export function hasOwn(record: object, key: PropertyKey): boolean {
  return Object.hasOwn(record, key);
}

/** A plain object (not null, not an array). @internal */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads an options argument: `undefined` is `{}`; anything but a plain object throws.
 * @internal
 */
export function readOptions<T extends object>(value: T | undefined, path = 'options'): Partial<T> {
  if (value === undefined) return {};
  if (!isRecord(value)) throw invalidArgument(path, 'an options object or undefined', value);
  return value;
}

/**
 * The keys of an options type, checked by the compiler both ways: a key missing from `keys` or one the
 * type does not have is a type error, so a function's list of known options cannot drift from its type.
 * @internal
 */
export function optionKeys<T extends object>(
  keys: { readonly [K in keyof Required<T> & string]: true },
): readonly (keyof T & string)[] {
  return Object.keys(keys) as (keyof T & string)[];
}

/** Levenshtein distance, capped: anything above `max` is `max + 1`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(
        (row[j] ?? 0) + 1,
        (next[j - 1] ?? 0) + 1,
        (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    row = next;
  }
  return Math.min(row[b.length] ?? max, max + 1);
}

/**
 * The known keys a misspelled `key` most likely meant: those within edit distance 2, ignoring case, of
 * the key or of its stem without a trailing unit word (`windw` → `windowDays`, `tolerance` →
 * `toleranceBps`). The distance must be below the key's length, so that `x` does not suggest `to`.
 * @internal
 */
export function closeKeys(key: string, known: readonly string[]): string[] {
  const k = key.toLowerCase();
  let best = 3;
  let found: string[] = [];
  for (const name of known) {
    const stem = /^(.{4,}?)[A-Z][a-z]*$/.exec(name)?.[1];
    const d = Math.min(
      editDistance(k, name.toLowerCase(), 2),
      stem === undefined ? 3 : editDistance(k, stem.toLowerCase(), 2),
    );
    if (d > 2 || d >= key.length || d > best) continue;
    if (d < best) found = [];
    best = d;
    found.push(name);
  }
  return found;
}

/**
 * Reads an options argument like {@link readOptions} and refuses a key the function does not know: a
 * misspelled `tolerenceBps` would otherwise be ignored silently and the default used instead. The error
 * names the key's path, says "unknown option", suggests a close spelling and lists the known keys.
 * Only own enumerable keys are read (an inherited `locale` is not an option; an own `__proto__` from
 * `JSON.parse` is an unknown one); the returned object is a copy holding just those. A key whose value is
 * `undefined` is accepted, as an absent one.
 * @internal
 */
export function readKnownOptions<T extends object>(
  value: T | undefined,
  known: readonly (keyof T & string)[],
  fn: string,
  path = 'options',
): Partial<T> {
  const o = readOptions(value, path);
  const unknown = unknownOptionIn(o, known, fn, path);
  if (unknown) throw unknown;
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * The error {@link readKnownOptions} would throw for an options object's first unknown own key, or
 * undefined: for a `safe*` function that returns its errors as issues. `value` must be a record.
 * @internal
 */
export function unknownOptionIn(
  value: Record<string, unknown>,
  known: readonly string[],
  fn: string,
  path = 'options',
): ReckonError | undefined {
  for (const [key, v] of Object.entries(value)) {
    if (v !== undefined && !known.includes(key)) return unknownOption(key, known, fn, path);
  }
  return undefined;
}

function unknownOption(key: string, known: readonly string[], fn: string, path: string): ReckonError {
  const close = closeKeys(key, known);
  // A key is user data too: a megabyte-long one is shown cut, like any value in a message.
  const shown = key.length > MAX_PREVIEW ? `${key.slice(0, MAX_PREVIEW)}…` : key;
  const hint = close.length > 0 ? ` Did you mean ${close.join(' or ')}?` : '';
  return new ReckonError(
    'INVALID_ARGUMENT',
    `${path}.${shown} is an unknown option of ${fn}.${hint} The options are ${known.join(', ')}.`,
    { path: `${path}.${shown}`, expected: known.join(', '), received: shown },
  );
}

/** A string. @internal */
export function assertString(value: unknown, path: string): string {
  if (typeof value !== 'string') throw invalidArgument(path, 'a string', value);
  return value;
}

/** A plain object. @internal */
export function assertRecord(value: unknown, path: string): Record<string, unknown> {
  if (!isRecord(value)) throw invalidArgument(path, 'an object', value);
  return value;
}

/** One of a fixed list of strings; the message lists them. @internal */
export function assertOneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw invalidArgument(path, `one of ${allowed.map((a) => `"${a}"`).join(', ')}`, value);
}

/** An optional field of an options object: undefined passes through, anything else must be one of `allowed`. @internal */
export function optionalOneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  path: string,
): T | undefined {
  return value === undefined ? undefined : assertOneOf(value, allowed, path);
}

/** A boolean, or undefined. @internal */
export function optionalBoolean(value: unknown, path: string): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  throw invalidArgument(path, 'true, false or undefined', value);
}

/** An integer number within [min, max]. @internal */
export function assertInteger(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw invalidArgument(path, `an integer from ${min} to ${max}`, value);
  }
  return value;
}

/** A finite number within [min, max]. @internal */
export function assertFiniteNumber(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw invalidArgument(path, `a finite number from ${min} to ${max}`, value);
  }
  return value;
}

/** An array (any element type; elements are checked by the caller). @internal */
export function assertArray(value: unknown, path: string): readonly unknown[] {
  if (!Array.isArray(value)) throw invalidArgument(path, 'an array', value);
  return value;
}

/** A synchronous iterable (arrays, sets, generators), but not a string. @internal */
export function assertIterable(value: unknown, path: string): Iterable<unknown> {
  if (
    value === null ||
    typeof value !== 'object' ||
    typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function'
  ) {
    throw invalidArgument(path, 'an array or another iterable', value);
  }
  return value as Iterable<unknown>;
}
