import { z } from 'zod';
import { DECIMAL } from '../_lib/decimal';
import { issuesOf } from '../_lib/safe';
import { isReckonError } from '../errors/reckon-error';
import { type FigureJSON, figureFromJSON } from '../figure/figure-json';
import { type Figure, QUALIFIERS, type Qualifier } from '../figure/types';
import { knownCurrency } from '../money/currencies';

/** An ISO 4217 currency code that reckon knows. */
export const currencyCodeSchema = z
  .string()
  .regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as "EUR"')
  .refine((code) => knownCurrency(code) !== undefined, { message: 'unknown ISO 4217 currency code' });

/**
 * An exact decimal string in major units ("12680000000", "-12.50"): the strings `money()` and `parseRatio`
 * accept, no more (no plus sign, exponent, grouping or bare point).
 */
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
 * The JSON form of a figure, as `figureToJSON` writes it. Checks what `figureFromJSON` checks (a range
 * has `max ≥ amount`, only a range has `max`, a positive quantum), by calling it; rejects unknown keys
 * (a typo is an error, never dropped).
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
  .superRefine(
    (f, ctx) => {
      // The figure rules have one home, figureFromJSON: what it refuses, this schema refuses. It runs on
      // well-shaped fields only (`when`), so that a bad field is one issue, not two.
      try {
        figureFromJSON(f as FigureJSON);
      } catch (error) {
        if (!isReckonError(error)) throw error;
        for (const issue of issuesOf(error))
          ctx.addIssue({ code: 'custom', path: [...issue.path], message: issue.message });
      }
    },
    { when: (payload) => payload.issues.length === 0 },
  );

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
