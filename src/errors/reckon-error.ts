/**
 * Every error code reckon can report, in thrown {@link ReckonError}s and in returned {@link Issue}s.
 *
 * Each code means one thing. `INVALID_ARGUMENT` is about the calling code (a value its TypeScript type
 * does not allow, or a call out of order); a value of the right type whose content breaks a rule gets
 * the code of its data (`INVALID_MONEY`, `INVALID_FIGURE`, `INVALID_RATES`, `INVALID_DATASET`, …).
 */
export type ReckonErrorCode =
  /**
   * A value the parameter's type does not allow (wrong type, missing or unknown key, a literal not in its
   * union, a number outside its range such as a zero denominator), or a call out of order (`add()` after
   * `result()`). The message names the path, what was expected and what was got.
   */
  | 'INVALID_ARGUMENT'
  /** An amount that is not a plain decimal, too long to be one, or a Money whose scale is forged. */
  | 'INVALID_MONEY'
  /** A code that is not an ISO 4217 currency reckon knows. */
  | 'UNKNOWN_CURRENCY'
  /** Two amounts in different currencies where one currency is needed. */
  | 'CURRENCY_MISMATCH'
  /** Text that is not a figure, or a figure that contradicts itself (a range without a maximum). */
  | 'INVALID_FIGURE'
  /** A day that is not a calendar day in ISO form, or a window that ends before it starts. */
  | 'INVALID_DATE'
  /** A rates file or rate that cannot be read (empty, foreign, not positive, given twice). */
  | 'INVALID_RATES'
  /** No rate is known for a currency pair on the day (or in the window) a conversion needs. */
  | 'NO_RATE'
  /** A conversion snapshot that cannot be a conversion: a zero amount, two signs, a source too coarse to divide by, no day to look for rates. */
  | 'INVALID_CONVERSION'
  /** A commitment or party whose values break a rule its type cannot say: an id that is not kebab-case, no parties, a duration that is not ISO 8601. */
  | 'INVALID_COMMITMENT'
  /** A commitment naming a party that is not listed. */
  | 'UNKNOWN_PARTY'
  /** A `partOf` naming a commitment that does not exist. */
  | 'UNKNOWN_COMMITMENT'
  /** An id used twice. */
  | 'DUPLICATE_ID'
  /** One cited figure, or a figure and its listed conversion, as the amounts of two commitments neither part of the other: counted twice. */
  | 'DUPLICATE_FIGURE'
  /** A party listed twice in one role of a commitment. */
  | 'DUPLICATE_PARTY'
  /** Commitments that are each part of the other. */
  | 'PART_OF_CYCLE'
  /** A role the commitment's kind does not take. */
  | 'ROLE_MISMATCH'
  /** Sources that name one party of one commitment in different roles (one says investor, another recipient). */
  | 'ROLE_DISAGREEMENT'
  /** Two reconciled groups that share parties, dates and an amount and differ only by kind (kept apart unless `kindGroups` makes the kinds one); `aggregate` counts one in full and the others from 0 to their amounts. */
  | 'KIND_SPLIT'
  /** Two reconciled groups with different commitment keys that share kind, parties, dates and an amount: possibly one commitment under two keys (a typo), counted twice in totals. */
  | 'KEY_SPLIT'
  /** A dataset that fails its schema or its cross-references. */
  | 'INVALID_DATASET'
  /** A rule reckon holds itself to was broken, or a branch it cannot reach was reached: a bug in reckon, never in the input. Please report it. */
  | 'INTERNAL';

/**
 * One problem found in input data: what is wrong, where (a JSON path or a line), and what was seen.
 *
 * Functions named `safe*` return these instead of throwing.
 */
export interface Issue {
  /** The error code, the same as a thrown {@link ReckonError} would carry. */
  readonly code: ReckonErrorCode;
  /** A sentence a person can read. */
  readonly message: string;
  /** Where in the input: keys and indices from the root (JSON), empty for the root. */
  readonly path: readonly (string | number)[];
  /** Line number (1-based) for line-oriented inputs such as CSV files. */
  readonly line?: number;
  /** What was expected, in words. */
  readonly expected?: string;
  /** What was received, shortened to a readable length. */
  readonly received?: string;
}

/** Structured details carried by a {@link ReckonError}. */
export interface ReckonErrorDetails {
  /** Issues behind the error, for validation errors. */
  readonly issues?: readonly Issue[];
  /** The id (commitment, party, snapshot) the error is about. */
  readonly id?: string | undefined;
  /** The input that was rejected, shortened. */
  readonly input?: string;
  /** Any further facts. */
  readonly [key: string]: unknown;
}

/**
 * The one error class reckon throws. Its `code` says what went wrong; tests should assert on it.
 *
 * @example
 * ```ts
 * try {
 *   money('1', 'XYZ');
 * } catch (error) {
 *   if (isReckonError(error) && error.code === 'UNKNOWN_CURRENCY') console.log(error.message);
 * }
 * ```
 */
export class ReckonError extends Error {
  /** What went wrong. */
  readonly code: ReckonErrorCode;
  /** Structured facts about the failure. */
  readonly details: ReckonErrorDetails;

  /**
   * @param code - what went wrong
   * @param message - a sentence, without any prefix: whoever prints it adds one ({@link ReckonError.toString}, the CLI's `reckon:`)
   * @param details - structured facts
   */
  constructor(code: ReckonErrorCode, message: string, details: ReckonErrorDetails = {}) {
    super(message);
    this.name = 'ReckonError';
    this.code = code;
    this.details = details;
  }

  /**
   * The error as one printable line, where the `[reckon]` prefix is added (the message itself has none).
   *
   * @returns `[reckon] CODE: message`
   * @example
   * ```ts
   * String(new ReckonError('NO_RATE', 'no rate for GBP/EUR')); // '[reckon] NO_RATE: no rate for GBP/EUR'
   * ```
   */
  override toString(): string {
    return `[reckon] ${this.code}: ${this.message}`;
  }
}

/**
 * Tells whether a value is a {@link ReckonError}, optionally with the given code.
 *
 * @param value - anything caught
 * @param code - a code to match
 * @returns true when `value` is a ReckonError (with `code`, when given)
 * @example
 * ```ts
 * isReckonError(new ReckonError('NO_RATE', 'no rate')); // true
 * ```
 */
export function isReckonError(value: unknown, code?: ReckonErrorCode): value is ReckonError {
  return value instanceof ReckonError && (code === undefined || value.code === code);
}

/** Shortens an input for an error message. @internal */
export function preview(value: unknown, max = 60): string {
  const text = typeof value === 'string' ? value : printable(value);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** String(value), for any value: a symbol, or an object without a prototype, makes String throw. */
function printable(value: unknown): string {
  if (typeof value === 'symbol') return value.toString();
  try {
    return String(value);
  } catch {
    return typeof value === 'object' ? '[object]' : typeof value;
  }
}
