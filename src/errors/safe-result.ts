import type { Issue } from './reckon-error';

/**
 * What every `safe*` function returns: the value it would have returned, or the issues that its
 * throwing twin would have thrown as a {@link ReckonError}. One shape for every kind of input, so that
 * one `if (result.success)` narrows them all.
 *
 * @typeParam T - what the throwing twin returns.
 * @example
 * ```ts
 * import { safeParseFigure } from 'reckon';
 *
 * const result = safeParseFigure('up to £11bn');
 * if (result.success) console.log(result.output.qualifier); // → upTo
 * else console.log(result.issues[0]?.message);
 * ```
 */
export type SafeResult<T> =
  | { readonly success: true; readonly output: T }
  | { readonly success: false; readonly issues: readonly Issue[] };
