import { describe, expect, it } from 'vitest';
import { type AggregateOptions, aggregate, parseFigure } from '../../src/index';

describe('aggregate', () => {
  describe('options given as undefined', () => {
    it('reads an explicit undefined as absent (exactOptionalPropertyTypes accepts it for its own options)', () => {
      const options: AggregateOptions = {
        by: undefined,
        to: undefined,
        rates: undefined,
        asOf: undefined,
        allocation: undefined,
        kinds: undefined,
        statuses: undefined,
        listCommitments: undefined,
      };
      const commitments = [
        {
          id: 'c',
          kind: 'investment' as const,
          status: 'announced' as const,
          parties: [{ party: 'nvidia', role: 'investor' as const }],
          amount: parseFigure('£1bn'),
        },
      ];
      // Dinero objects carry closures: compare the data, with bigints as strings.
      const data = (value: unknown) =>
        JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
      expect(data(aggregate(commitments, options))).toBe(data(aggregate(commitments)));
      // The bounds options come from FigureBoundsOptions, whose type leaves the key out instead;
      // at run time an undefined there is read as absent too.
      const bounds = { view: undefined, almostBand: undefined, aboutBand: undefined } as never;
      expect(data(aggregate(commitments, bounds))).toBe(data(aggregate(commitments)));
    });
  });
});
