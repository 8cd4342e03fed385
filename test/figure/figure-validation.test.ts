import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FigureJSON, figureFromJSON, parseFigure, QUALIFIERS, type Qualifier } from '../../src/index';
import { figureJSONSchema, figureSchema } from '../../src/schema/index';
import { expectReckonError } from '../helpers';

const accepts = (run: () => unknown): boolean => {
  try {
    run();
    return true;
  } catch {
    return false;
  }
};

const decimal = fc.oneof(
  fc.constantFrom('0', '1', '-1', '0.5', '1000000', '1000000000', '0.01', '-0.01'),
  fc.bigInt({ min: -1000n, max: 1000n }).map(String),
);
/** Figure JSON with known keys: every qualifier, max present or not, amounts on either side. */
const figureJSON = fc
  .record({
    qualifier: fc.constantFrom(...QUALIFIERS),
    amount: decimal,
    max: fc.option(decimal, { nil: undefined }),
    quantum: decimal,
  })
  .map(
    ({ max, ...rest }): FigureJSON => ({ currency: 'EUR', ...rest, ...(max === undefined ? {} : { max }) }),
  );

describe('figure validation', () => {
  describe('figureFromJSON, figureJSONSchema and figureSchema', () => {
    it('accept exactly the same figures (property)', () => {
      fc.assert(
        fc.property(figureJSON, (json) => {
          const byJSON = accepts(() => figureFromJSON(json));
          expect(figureJSONSchema.safeParse(json).success, JSON.stringify(json)).toBe(byJSON);
          expect(figureSchema.safeParse(json).success, JSON.stringify(json)).toBe(byJSON);
        }),
        { numRuns: 1000 },
      );
    });
    it('refuse max below amount, each with INVALID_FIGURE or an issue at max', () => {
      const json: FigureJSON = { currency: 'EUR', amount: '2', max: '1', qualifier: 'range', quantum: '1' };
      expect(expectReckonError(() => figureFromJSON(json), 'INVALID_FIGURE').details.path).toBe('max');
      const r = figureJSONSchema.safeParse(json);
      expect(r.success ? [] : r.error.issues.map((i) => i.path.join('.'))).toEqual(['max']);
    });
  });
  describe('parseFigure and figureFromJSON', () => {
    it('agree on which ranges are figures (property)', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 999 }), (a, b) => {
          const parsed = accepts(() => parseFigure(`between €${a}m and €${b}m`));
          const json = { currency: 'EUR', amount: `${a}000000`, max: `${b}000000`, quantum: '1000000' };
          const read = accepts(() => figureFromJSON({ ...json, qualifier: 'range' as Qualifier }));
          expect(parsed).toBe(read);
          expect(read).toBe(b >= a);
        }),
      );
    });
  });
});
