import { z } from 'zod';
import { type FigureJSON, figureFromJSON } from '../figure/figure-json';
import { type Figure, QUALIFIERS, type Qualifier } from '../figure/types';
import { parseDecimalRatio, ratioCmp } from '../math/ratio';
import { knownCurrency } from '../money/currencies';

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** An ISO 4217 currency code that reckon knows. */
export const currencyCodeSchema = z
  .string()
  .regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as "EUR"')
  .refine((code) => knownCurrency(code) !== undefined, { message: 'unknown ISO 4217 currency code' });

/** An exact decimal string in major units ("12680000000", "-12.50"); no exponent, no grouping. */
export const decimalStringSchema = z.string().regex(DECIMAL, 'expected a decimal string such as "12.50"');

/**
 * A positive decimal string ("0.5", "1000000000"): no sign, at least one digit that is not zero. One
 * pattern, so that the JSON Schema says exactly the same.
 */
export const positiveDecimalSchema = z
  .string()
  .regex(/^(?:0*[1-9]\d*(?:\.\d+)?|0+\.0*[1-9]\d*)$/, 'expected a positive amount such as "1000000"');

/** A qualifier. */
export const qualifierSchema = z.enum(QUALIFIERS as unknown as [Qualifier, ...Qualifier[]]);

/**
 * The JSON form of a figure, as `figureToJSON` writes it. Checks that a range has `max ≥ amount`
 * and that only a range has `max`; rejects unknown keys (a typo is an error, never dropped).
 */
export const figureJSONSchema = z
  .strictObject({
    currency: currencyCodeSchema,
    amount: decimalStringSchema,
    max: decimalStringSchema.optional(),
    qualifier: qualifierSchema,
    quantum: positiveDecimalSchema,
    text: z.string().optional(),
    start: z.number().int().nonnegative().optional(),
    end: z.number().int().nonnegative().optional(),
    convertedFrom: z.number().int().nonnegative().optional(),
  })
  .superRefine((f, ctx) => {
    if (f.qualifier === 'range' && f.max === undefined) {
      ctx.addIssue({ code: 'custom', path: ['max'], message: 'a range needs "max"' });
    }
    if (f.qualifier !== 'range' && f.max !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['max'], message: 'only a range has "max"' });
    }
    if (f.max === undefined) return;
    const lo = parseDecimalRatio(f.amount);
    const hi = parseDecimalRatio(f.max);
    if (lo && hi && ratioCmp(hi, lo) < 0) {
      ctx.addIssue({ code: 'custom', path: ['max'], message: 'max is below amount' });
    }
  });

/**
 * Reads the JSON form of a figure into a `Figure` (exact money), with zod issues and paths for
 * bad input.
 *
 * @example
 * ```ts
 * const r = figureSchema.safeParse({ currency: 'GBP', amount: '11000000000', qualifier: 'upTo', quantum: '1000000000' });
 * if (r.success) r.data.amount; // Money<'GBP'>
 * ```
 */
export const figureSchema = figureJSONSchema.transform((f): Figure => {
  const { start: _s, end: _e, convertedFrom: _c, ...rest } = f;
  return figureFromJSON(rest as FigureJSON);
});
