import { z } from 'zod';
import { COMMITMENT_KIND_INFO } from '../commitment/model';
import { knownCurrency } from '../money/currencies';
import { commitmentJSONSchema, datasetJSONSchema, mentionJSONSchema } from './dataset-schema';
import { currencyCodeSchema, figureJSONSchema } from './figure-schema';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Every code `knownCurrency` knows, found by asking it about each of the 26³ candidates. */
function knownCurrencyCodes(): string[] {
  const codes: string[] = [];
  for (const a of LETTERS)
    for (const b of LETTERS) for (const c of LETTERS) if (knownCurrency(a + b + c)) codes.push(a + b + c);
  return codes;
}

/** Each role fits the item's kind: one `if`/`then` per kind. */
function rolesFitKind(): Record<string, unknown> {
  return {
    allOf: Object.entries(COMMITMENT_KIND_INFO).map(([kind, info]) => ({
      if: { type: 'object', properties: { kind: { const: kind } }, required: ['kind'] },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, never awaited
      then: {
        type: 'object',
        properties: {
          parties: {
            type: 'array',
            items: { type: 'object', properties: { role: { enum: [...info.roles] } } },
          },
        },
      },
    })),
  };
}

/**
 * The rules zod checks with refinements, written as JSON Schema: zod cannot translate a refinement,
 * so each is added to the node of the zod schema that holds it.
 */
function refinements(): Map<unknown, Record<string, unknown>> {
  return new Map<unknown, Record<string, unknown>>([
    [currencyCodeSchema, { enum: knownCurrencyCodes() }],
    [
      figureJSONSchema,
      {
        if: { type: 'object', properties: { qualifier: { const: 'range' } }, required: ['qualifier'] },
        // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, never awaited
        then: { type: 'object', properties: { max: true }, required: ['max'] },
        else: { type: 'object', properties: { max: false } },
      },
    ],
    // `parseDataset` checks that each role fits the commitment's or mention's kind (ROLE_MISMATCH).
    [commitmentJSONSchema, rolesFitKind()],
    [mentionJSONSchema, rolesFitKind()],
  ]);
}

/**
 * The JSON Schema (draft 2020-12) of a dataset file, generated from the zod schemas, for users in other
 * languages and for editors (a dataset file may name it in `$schema`). The package also ships it as
 * `reckon/dataset.schema.json`. It checks what a single item can show: shapes, known currency codes,
 * days that exist, positive quanta and rates, `max` on a range only, roles that fit the kind; unknown
 * keys are errors. What needs two items or two fields (references, unique ids, quotes against the
 * text, `max ≥ amount`, a period's order, amounts of commitments) is beyond JSON Schema: use
 * `parseDataset` for those (the list is in docs/dataset.md).
 *
 * @returns the JSON Schema as a plain object
 * @example
 * ```ts
 * writeFileSync('dataset.schema.json', JSON.stringify(datasetJSONSchemaDocument(), null, 2));
 * ```
 */
export function datasetJSONSchemaDocument(): Record<string, unknown> {
  const extra = refinements();
  return {
    ...z.toJSONSchema(datasetJSONSchema, {
      io: 'input',
      unrepresentable: 'any',
      override: ({ zodSchema, jsonSchema }) => {
        Object.assign(jsonSchema, extra.get(zodSchema));
      },
    }),
    title: 'reckon dataset',
  } as Record<string, unknown>;
}
