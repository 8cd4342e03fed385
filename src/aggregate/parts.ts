import type { Commitment } from '../commitment/model';
import { breakPartOfCycles, describeCycle } from '../commitment/part-of';
import type { Issue } from '../errors/reckon-error';
import { firstPositions, type Seen, WHOLE } from './seen';

/**
 * A commitment with a `partOf`, kept until the end: whether it is added depends on wholes that may
 * come after it. Only eligible parts keep their commitment. @internal
 */
export interface Part {
  readonly position: number;
  readonly id: string;
  readonly partOf: string;
  /** The rows it belongs to. */
  readonly rows: readonly number[];
  /** Eligible parts: the commitment, and each row's n and rank for its share. */
  readonly commitment?: Commitment;
  readonly n?: readonly number[];
  readonly rank?: readonly number[];
}

/** Where resolving parts reports to. @internal */
export interface PartSink {
  /**
   * An eligible part: `blocked[r] > 0` when an eligible ancestor already holds row r, `grandBlocked`
   * likewise for the grand total.
   */
  place(part: Part, blocked: Int32Array, grandBlocked: boolean, below: readonly Part[]): void;
  /** The direct parts of the commitment at `position`, a whole without a `partOf`. */
  below(position: number, parts: readonly Part[]): void;
  /** An issue about one part, for the grand total and the part's rows. */
  issue(part: Part, issue: Issue): void;
}

/**
 * Decides every part, in time linear in the parts and their rows: each `partOf` is resolved to a part
 * or to a commitment seen earlier (one scan), cycles are broken at their smallest id, then one
 * iterative depth-first walk from the top of each tree keeps, per row, how many eligible ancestors on
 * the current path hold it.
 * @internal
 */
export function resolveParts(parts: readonly Part[], seen: Seen, rowCount: number, sink: PartSink): void {
  if (parts.length === 0) return;
  const index = new Map<string, number>();
  parts.forEach((p, k) => {
    if (!index.has(p.id)) index.set(p.id, k);
  });
  const parent = new Int32Array(parts.length).fill(-1);
  const wanted = new Set<string>();
  parts.forEach((p, k) => {
    const up = index.get(p.partOf);
    if (up !== undefined) parent[k] = up;
    else wanted.add(p.partOf);
  });
  const wholes = firstPositions(seen, wanted);
  // Children of each part, and of each whole without a partOf, as lists.
  const below = new Map<number, number[]>();
  const belowWhole = new Map<number, number[]>();
  parts.forEach((p, k) => {
    if (parent[k] !== -1) return;
    const at = wholes.get(p.partOf);
    if (at === undefined) {
      sink.issue(p, {
        code: 'UNKNOWN_COMMITMENT',
        message: `${p.id}: its whole "${p.partOf}" is not among the commitments`,
        path: ['commitments', p.position, 'partOf'],
      });
    } else {
      const list = belowWhole.get(at);
      if (list) list.push(k);
      else belowWhole.set(at, [k]);
    }
  });
  for (const cycle of breakPartOfCycles(parent, (k) => (parts[k] as Part).id)) {
    const cut = parts[cycle[0] as number] as Part;
    sink.issue(cut, {
      code: 'PART_OF_CYCLE',
      message: `${describeCycle(cycle.map((k) => (parts[k] as Part).id))}; ${cut.id} counts as having no whole`,
      path: ['commitments', cut.position, 'partOf'],
    });
  }
  parts.forEach((_, k) => {
    const up = parent[k] as number;
    if (up === -1) return;
    const list = below.get(up);
    if (list) list.push(k);
    else below.set(up, [k]);
  });

  const blocked = new Int32Array(rowCount);
  let grand = 0;
  const hold = (rows: readonly number[], by: 1 | -1) => {
    for (const r of rows) blocked[r] = (blocked[r] as number) + by;
    grand += by;
  };
  const wholeRows = (position: number): readonly number[] | undefined => {
    const code = seen.wholes[position] as number;
    if (code === WHOLE.NOT_ELIGIBLE) return undefined;
    if (code === WHOLE.NO_ROW) return [];
    if (code === WHOLE.MANY_ROWS) return seen.manyRows.get(position) ?? [];
    return [code];
  };
  // The walk: a node k ≥ 0 is entered, ~k is left; eligible nodes hold their rows while below them.
  const stack: number[] = [];
  const walk = () => {
    while (stack.length > 0) {
      const k = stack.pop() as number;
      if (k < 0) {
        const p = parts[~k] as Part;
        if (p.commitment) hold(p.rows, -1);
        continue;
      }
      const p = parts[k] as Part;
      if (p.commitment) {
        sink.place(p, blocked, grand > 0, partsAt(below.get(k)));
        hold(p.rows, 1);
      }
      stack.push(~k);
      for (const child of below.get(k) ?? []) stack.push(child);
    }
  };
  const partsAt = (ks: readonly number[] | undefined) => (ks ?? []).map((j) => parts[j] as Part);
  for (const [position, children] of belowWhole) {
    sink.below(position, partsAt(children));
    const rows = wholeRows(position);
    if (rows) hold(rows, 1);
    for (const child of children) stack.push(child);
    walk();
    if (rows) hold(rows, -1);
  }
  parts.forEach((p, k) => {
    if (parent[k] === -1 && !wholes.has(p.partOf)) {
      stack.push(k);
      walk();
    }
  });
}
