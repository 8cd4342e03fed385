/**
 * Every commitment id seen, by input position: to count a repeated id once (`DUPLICATE_ID`) and to find
 * the wholes that came before their parts. A blocked Bloom filter answers "certainly new" for almost
 * every id at the cost of one memory access; the rare "maybe seen" is settled exactly at the end by one
 * scan of the stored hashes. Memory: about 12 bytes per commitment plus its id string.
 * @internal
 */
export interface Seen {
  readonly ids: string[];
  hashes: Int32Array;
  /** Per position: what a part below this commitment must know of it (see {@link WHOLE}). */
  wholes: Int32Array;
  /** Rows of eligible wholes that have several, by position. */
  readonly manyRows: Map<number, readonly number[]>;
  bloom: Int32Array;
  shift: number;
}

/**
 * Codes of {@link Seen.wholes}: a commitment that is not eligible (or a part, or a repeat); eligible
 * with no row; eligible with several rows (in `manyRows`); a row index ≥ 0 is eligible with one row.
 * @internal
 */
export const WHOLE = { NOT_ELIGIBLE: -1, NO_ROW: -2, MANY_ROWS: -3 } as const;

const FIRST_WORDS = 4096;

/** An empty registry. @internal */
export function newSeen(): Seen {
  return {
    ids: [],
    hashes: new Int32Array(FIRST_WORDS),
    wholes: new Int32Array(FIRST_WORDS),
    manyRows: new Map(),
    bloom: new Int32Array(FIRST_WORDS),
    shift: 32 - Math.log2(FIRST_WORDS),
  };
}

/** FNV-1a with a final mix, so that every bit of the hash depends on every character. */
function hashOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Sets a hash's two bits in its word; true when both were set already (maybe seen). */
function mark(bloom: Int32Array, shift: number, h: number): boolean {
  const word = Math.imul(h, 0x9e3779b1) >>> shift;
  const bits = (1 << (h & 31)) | (1 << ((h >>> 5) & 31));
  const old = bloom[word] as number;
  bloom[word] = old | bits;
  return (old & bits) === bits;
}

function grown(a: Int32Array, size: number, fill: number): Int32Array {
  const b = new Int32Array(size).fill(fill);
  b.set(a);
  return b;
}

/**
 * Records an id at the next position; returns false when it may have been seen before (to be settled
 * by {@link firstPositions} at the end), true when it certainly was not.
 * @internal
 */
export function admit(seen: Seen, id: string): boolean {
  const position = seen.ids.length;
  if (position === seen.hashes.length) {
    seen.hashes = grown(seen.hashes, position * 2, 0);
    seen.wholes = grown(seen.wholes, position * 2, WHOLE.NOT_ELIGIBLE);
  }
  const h = hashOf(id);
  seen.ids.push(id);
  seen.hashes[position] = h;
  seen.wholes[position] = WHOLE.NOT_ELIGIBLE;
  if (position >= seen.bloom.length) {
    // At most one id per 32-bit word: rebuilt four times larger from the stored hashes.
    seen.bloom = new Int32Array(seen.bloom.length * 4);
    seen.shift -= 2;
    for (let p = 0; p < position; p++) mark(seen.bloom, seen.shift, seen.hashes[p] as number);
  }
  return !mark(seen.bloom, seen.shift, h);
}

/**
 * The first position of each id in `wanted` that was seen, by one scan of the hashes.
 * @internal
 */
export function firstPositions(seen: Seen, wanted: ReadonlySet<string>): Map<string, number> {
  const found = new Map<string, number>();
  if (wanted.size === 0) return found;
  const hashes = new Set<number>();
  for (const id of wanted) hashes.add(hashOf(id));
  const n = seen.ids.length;
  for (let p = 0; p < n && found.size < wanted.size; p++) {
    if (!hashes.has(seen.hashes[p] as number)) continue;
    const id = seen.ids[p] as string;
    if (wanted.has(id) && !found.has(id)) found.set(id, p);
  }
  return found;
}
