import type { z } from 'zod';
import type { Issue } from '../errors/reckon-error';

type Path = readonly (string | number)[];

/** The lists of a dataset: zod's issue paths say which of their items are malformed. */
const COLLECTIONS: readonly string[] = [
  'documents',
  'parties',
  'figures',
  'commitments',
  'conversions',
  'capacities',
  'rates',
];

/** zod's issues as reckon's; an unknown key becomes one issue at the key's own path. */
function shapeIssues(error: z.ZodError): Issue[] {
  return error.issues.flatMap((i): Issue[] => {
    const path = i.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (i.code === 'unrecognized_keys') {
      return i.keys.map((key) => ({
        code: 'INVALID_DATASET',
        message: `unknown key "${key}"`,
        path: [...path, key],
      }));
    }
    return [{ code: 'INVALID_DATASET', message: i.message, path }];
  });
}

function valueAt(json: unknown, path: Path): unknown {
  let node = json;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** Set while the well-formed part is checked, so that a shape it fails (it should not) ends the search. */
let nested = false;

/**
 * The issues of a dataset whose shape is wrong: the shape issues, and in the same run the reference
 * and quote issues among the items that are well-formed, so that fixing the first list does not reveal
 * a second. zod's issues say which items are malformed; the others are checked together (by `check`,
 * which is `safeParseDataset`) and the paths of what that finds are mapped back to the input. A
 * reference to an item whose own shape is wrong is not reported (it is judged once that is fixed), nor
 * is anything when the top level is not an object with seven lists.
 *
 * @param json - the input, as given to `safeParseDataset`
 * @param error - zod's error for its shape
 * @param check - `safeParseDataset`
 * @returns every issue found, the shape issues first
 * @internal
 */
export function misshapenDatasetIssues(
  json: unknown,
  error: z.ZodError,
  check: (
    json: unknown,
  ) => { readonly success: true } | { readonly success: false; readonly issues: readonly Issue[] },
): Issue[] {
  const issues = shapeIssues(error);
  if (nested || typeof json !== 'object' || json === null) return issues;
  const raw = json as Record<string, unknown>;
  const malformed = new Set<string>();
  for (const { path } of error.issues) {
    const [name, index] = path;
    if (typeof name === 'string' && COLLECTIONS.includes(name) && typeof index === 'number')
      malformed.add(`${name}/${index}`);
  }
  const kept: Record<string, unknown[]> = {};
  const indices: Record<string, number[]> = {};
  const misshapenIds = new Set<string>();
  for (const name of COLLECTIONS) {
    const list = raw[name];
    if (!Array.isArray(list)) return issues;
    const items: unknown[] = [];
    const at: number[] = [];
    list.forEach((item: unknown, i) => {
      if (!malformed.has(`${name}/${i}`)) {
        items.push(item);
        at.push(i);
      } else if (
        typeof item === 'object' &&
        item !== null &&
        typeof (item as { id?: unknown }).id === 'string'
      ) {
        misshapenIds.add((item as { id: string }).id);
      }
    });
    kept[name] = items;
    indices[name] = at;
  }
  nested = true;
  let r: ReturnType<typeof check>;
  try {
    r = check({ version: 1, id: 'dataset', ...kept });
  } finally {
    nested = false;
  }
  if (r.success) return issues;
  for (const issue of r.issues) {
    const [name, index, ...rest] = issue.path;
    const original =
      typeof name === 'string' && typeof index === 'number' ? indices[name]?.[index] : undefined;
    const path = original === undefined ? issue.path : [name as string, original, ...rest];
    const target = valueAt(raw, path);
    if (typeof target === 'string' && misshapenIds.has(target)) continue;
    issues.push({ ...issue, path });
  }
  return issues;
}
