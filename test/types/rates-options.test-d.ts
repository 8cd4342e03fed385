/**
 * Type tests for the options of rates, aggregation and conversion (`vitest --typecheck`): one
 * declaration of the bounds options, one range shape, one form of `rates`.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { AggregateOptions, FigureBoundsOptions } from '../../src/index';

describe('AggregateOptions', () => {
  it('extends FigureBoundsOptions instead of re-declaring view, almostBand and aboutBand', () => {
    expectTypeOf<AggregateOptions>().toExtend<FigureBoundsOptions>();
    expectTypeOf<AggregateOptions['view']>().toEqualTypeOf<FigureBoundsOptions['view']>();
    expectTypeOf<AggregateOptions['almostBand']>().toEqualTypeOf<FigureBoundsOptions['almostBand']>();
    expectTypeOf<AggregateOptions['aboutBand']>().toEqualTypeOf<FigureBoundsOptions['aboutBand']>();
  });
});
