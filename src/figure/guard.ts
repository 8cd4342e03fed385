import { assertOneOf, assertRecord } from '../_lib/guards';
import { type Figure, QUALIFIERS } from './types';

/**
 * Checks the shape of a figure argument before it is read: an object with a known qualifier (its money
 * is checked where it is read). Returns it typed.
 * @internal
 */
export function checkFigure(value: unknown, path: string): Figure {
  const f = assertRecord(value, path);
  assertOneOf(f.qualifier, QUALIFIERS, `${path}.qualifier`);
  return value as Figure;
}
