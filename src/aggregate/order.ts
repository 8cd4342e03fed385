/** String order (code units, as `<` compares): the one order of rows, shares and rates. @internal */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Items with the input positions of the commitments they are about. Lists are mostly built in input
 * order; one that got a late item (a part, a re-checked id) is sorted once, stably, when read.
 * @internal
 */
export interface Positioned<T> {
  readonly items: T[];
  readonly positions: number[];
  sorted: boolean;
}

/** An empty list. @internal */
export function positioned<T>(): Positioned<T> {
  return { items: [], positions: [], sorted: true };
}

/** Appends an item about the commitment at `position`. @internal */
export function pushAt<T>(list: Positioned<T>, position: number, item: T): void {
  const last = list.positions[list.positions.length - 1];
  if (last !== undefined && last > position) list.sorted = false;
  list.items.push(item);
  list.positions.push(position);
}

/** The items in input order. @internal */
export function inInputOrder<T>(list: Positioned<T>): T[] {
  if (list.sorted) return list.items;
  const order = list.positions.map((_, k) => k);
  order.sort((x, y) => (list.positions[x] as number) - (list.positions[y] as number) || x - y);
  return order.map((k) => list.items[k] as T);
}

/** Positions, sorted ascending: as they are when the list got no late item. @internal */
export function sortedPositions(positions: readonly number[], sorted: boolean): ArrayLike<number> {
  return sorted ? positions : Int32Array.from(positions).sort();
}

/** Two ascending lists of positions merged into one. @internal */
export function mergePositions(a: ArrayLike<number>, b: ArrayLike<number>): ArrayLike<number> {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  for (let k = 0; k < out.length; k++) {
    if (j >= b.length || (i < a.length && (a[i] as number) <= (b[j] as number))) out[k] = a[i++] as number;
    else out[k] = b[j++] as number;
  }
  return out;
}
