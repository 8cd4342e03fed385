/**
 * Every error code reckon can report, in thrown {@link ReckonError}s and in returned {@link Issue}s.
 */
export type ReckonErrorCode =
  | 'INVALID_ARGUMENT'
  | 'INVALID_MONEY'
  | 'UNKNOWN_CURRENCY'
  | 'CURRENCY_MISMATCH'
  | 'INVALID_FIGURE'
  | 'INVALID_DATE'
  | 'INVALID_RATES'
  | 'NO_RATE'
  | 'UNKNOWN_PARTY'
  | 'UNKNOWN_COMMITMENT'
  | 'DUPLICATE_ID'
  | 'DUPLICATE_PARTY'
  | 'PART_OF_CYCLE'
  | 'ROLE_MISMATCH'
  | 'INVALID_DATASET'
  /** A rule reckon holds itself to was broken: a bug in reckon, never in the input. Please report it. */
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
