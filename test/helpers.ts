import { expect } from 'vitest';
import { isReckonError, type Money, type ReckonErrorCode, toDecimalString } from '../src/index';

/** Runs fn and asserts that it throws a ReckonError with the code; returns the error. */
export function expectReckonError(fn: () => unknown, code: ReckonErrorCode) {
  try {
    fn();
  } catch (error) {
    expect(isReckonError(error), `expected a ReckonError, got ${String(error)}`).toBe(true);
    if (isReckonError(error)) {
      expect(error.code).toBe(code);
      expect(error.message.startsWith('[reckon]')).toBe(false);
      return error;
    }
  }
  throw new Error(`expected a ReckonError ${code}, but nothing was thrown`);
}

/** Money as "CUR decimal" with trailing zeros trimmed, for compact assertions. */
export function show(value: Money | null): string | null {
  return value === null ? null : `${value.toJSON().currency.code} ${toDecimalString(value, { trim: true })}`;
}
