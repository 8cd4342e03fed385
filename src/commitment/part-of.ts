/**
 * Finds the `partOf` cycles of a forest given as parent indices (-1: no parent) and breaks each at its
 * member with the smallest id (string order), whose parent becomes -1. Linear in the number of nodes:
 * each node is walked once, iteratively, so that chains of any length work.
 *
 * @param parent - each node's parent index, -1 for none; cycle members are set to -1 in place
 * @param idOf - a node's id, to pick the member to break at
 * @returns the cycles found, each as its member indices in `partOf` order from the member broken at
 * @internal
 */
export function breakPartOfCycles(parent: Int32Array, idOf: (node: number) => string): number[][] {
  const n = parent.length;
  // 0: not seen; 1: on the walk under way; 2: done.
  const state = new Uint8Array(n);
  const walk: number[] = [];
  const cycles: number[][] = [];
  for (let start = 0; start < n; start++) {
    if (state[start] !== 0) continue;
    walk.length = 0;
    let node = start;
    while (node !== -1 && state[node] === 0) {
      state[node] = 1;
      walk.push(node);
      node = parent[node] as number;
    }
    if (node !== -1 && state[node] === 1) {
      const members = walk.slice(walk.indexOf(node));
      let cut = 0;
      for (let k = 1; k < members.length; k++)
        if (idOf(members[k] as number) < idOf(members[cut] as number)) cut = k;
      parent[members[cut] as number] = -1;
      cycles.push([...members.slice(cut), ...members.slice(0, cut)]);
    }
    for (const m of walk) state[m] = 2;
  }
  return cycles;
}

/**
 * A cycle as a person reads it, from the member it is broken at: "a: partOf forms a cycle of 3
 * (a → c → b → a)"; long cycles show their first five members.
 * @internal
 */
export function describeCycle(ids: readonly string[]): string {
  const first = ids[0] ?? '';
  const shown = ids.length > 6 ? [...ids.slice(0, 5), '…'] : ids;
  return `${first}: partOf forms a cycle of ${ids.length} (${shown.join(' → ')} → ${first})`;
}
