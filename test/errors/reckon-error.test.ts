import { describe, expect, it } from 'vitest';
import { isReckonError, ReckonError } from '../../src/index';

describe('ReckonError', () => {
  it('keeps the message as given and adds the prefix only when printed', () => {
    const e = new ReckonError('NO_RATE', 'no rate for GBP/EUR', { id: 'x' });
    expect(e.message).toBe('no rate for GBP/EUR');
    expect(String(e)).toBe('[reckon] NO_RATE: no rate for GBP/EUR');
    expect(`${e}`).toBe('[reckon] NO_RATE: no rate for GBP/EUR');
    expect(e.code).toBe('NO_RATE');
    expect(e.details.id).toBe('x');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('ReckonError');
  });
});

describe('isReckonError', () => {
  it('recognises reckon errors, optionally by code', () => {
    const e = new ReckonError('INVALID_FIGURE', 'x');
    expect(isReckonError(e)).toBe(true);
    expect(isReckonError(e, 'INVALID_FIGURE')).toBe(true);
    expect(isReckonError(e, 'NO_RATE')).toBe(false);
    expect(isReckonError(new Error('x'))).toBe(false);
    expect(isReckonError(undefined)).toBe(false);
  });
});
