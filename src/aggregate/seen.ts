/**
 * Every commitment id seen, by input position: to count a repeated id once (`DUPLICATE_ID`) and to find
 * the wholes that came before their parts. Each id's hash is stored as it comes (a sequential write).
 * Over an array, repeats are found at the end ({@link repeatsOf}), cache-friendly, and the rare input
 * that has one is aggregated again without them. Over a stream, which cannot be read twice, a blocked
 * Bloom filter answers "certainly new" for almost every id, and the rare "maybe seen" is held back
 * and settled at the end. Memory: about 8 bytes per commitment (12 for a stream, plus its id).
 * @internal
 */
export interface Seen {
  /** How many ids were recorded: the next input position. */
  count: number;
  /** The commitments when they are an array; otherwise their ids are recorded in `ids`. */
  readonly source: readonly { readonly id: string }[] | undefined;
  readonly ids: string[];
  hashes: Int32Array;
  /** Per position: what a part below this commitment must know of it (see {@link WHOLE}). */
  wholes: Int32Array;
  /** Rows of eligible wholes that have several, by position. */
  readonly manyRows: Map<number, readonly number[]>;
  /** Streams only. */
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

/**
 * An empty registry.
 * @param source - the commitments when they are an array, added in its order
 * @internal
 */
export function newSeen(source?: readonly { readonly id: string }[]): Seen {
  const size = source === undefined ? FIRST_WORDS : Math.max(1, source.length);
  return {
    count: 0,
    source,
    ids: [],
    hashes: new Int32Array(size),
    wholes: new Int32Array(size).fill(WHOLE.NOT_ELIGIBLE),
    manyRows: new Map(),
    bloom: new Int32Array(source === undefined ? FIRST_WORDS : 0),
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
 * Records an id at the next position. Over an array, always true (repeats are found at the end);
 * over a stream, false when the id may have been seen before (to be settled by
 * {@link firstPositions}), true when it certainly was not.
 * @internal
 */
export function admit(seen: Seen, id: string): boolean {
  const position = seen.count++;
  const h = hashOf(id);
  if (seen.source !== undefined) {
    seen.hashes[position] = h;
    return true;
  }
  if (position === seen.hashes.length) {
    seen.hashes = grown(seen.hashes, position * 2, 0);
    seen.wholes = grown(seen.wholes, position * 2, WHOLE.NOT_ELIGIBLE);
  }
  seen.ids.push(id);
  seen.hashes[position] = h;
  if (position >= seen.bloom.length) {
    // At most one id per 32-bit word: rebuilt four times larger from the stored hashes.
    seen.bloom = new Int32Array(seen.bloom.length * 4);
    seen.shift -= 2;
    for (let p = 0; p < position; p++) mark(seen.bloom, seen.shift, seen.hashes[p] as number);
  }
  return !mark(seen.bloom, seen.shift, h);
}

/** The id of the commitment at an input position. @internal */
export function idAt(seen: Seen, position: number): string {
  return seen.source === undefined ? (seen.ids[position] as string) : (seen.source[position]?.id as string);
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
  for (let p = 0; p < seen.count && found.size < wanted.size; p++) {
    if (!hashes.has(seen.hashes[p] as number)) continue;
    const id = idAt(seen, p);
    if (wanted.has(id) && !found.has(id)) found.set(id, p);
  }
  return found;
}

/**
 * The positions whose id came earlier, ascending, with where it came first. The hashes are split by
 * their top byte into 256 groups that each fit a small table, so that finding equal hashes stays in
 * cache; only positions with equal hashes have their ids compared.
 * @internal
 */
export function repeatsOf(seen: Seen): { readonly position: number; readonly first: number }[] {
  const n = seen.count;
  const hashes = seen.hashes;
  const starts = new Int32Array(257);
  for (let p = 0; p < n; p++) {
    const g = ((hashes[p] as number) >>> 24) + 1;
    starts[g] = (starts[g] as number) + 1;
  }
  for (let g = 0; g < 256; g++) starts[g + 1] = (starts[g + 1] as number) + (starts[g] as number);
  const order = new Int32Array(n);
  const next = starts.slice(0, 256);
  for (let p = 0; p < n; p++) {
    const g = (hashes[p] as number) >>> 24;
    order[next[g] as number] = p;
    next[g] = (next[g] as number) + 1;
  }
  const suspects: number[] = [];
  let table = new Int32Array(0);
  for (let g = 0; g < 256; g++) {
    const from = starts[g] as number;
    const to = starts[g + 1] as number;
    let size = 16;
    while (size < 2 * (to - from)) size *= 2;
    if (table.length < size) table = new Int32Array(size);
    const slots = table.subarray(0, size).fill(-1);
    for (let k = from; k < to; k++) {
      const p = order[k] as number;
      const h = hashes[p] as number;
      let slot = h & (size - 1);
      for (;;) {
        const q = slots[slot] as number;
        if (q === -1) {
          slots[slot] = p;
          break;
        }
        if (hashes[q] === h) {
          suspects.push(q, p);
          break;
        }
        slot = (slot + 1) & (size - 1);
      }
    }
  }
  if (suspects.length === 0) return [];
  const firstOf = new Map<string, number>();
  const repeats: { position: number; first: number }[] = [];
  for (const p of [...new Set(suspects)].sort((a, b) => a - b)) {
    const id = idAt(seen, p);
    const first = firstOf.get(id);
    if (first === undefined) firstOf.set(id, p);
    else repeats.push({ position: p, first });
  }
  return repeats;
}
