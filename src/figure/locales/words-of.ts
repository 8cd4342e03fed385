/** Number words → value, from space-separated words counting up from `first` by `step`. @internal */
export function counting(text: string, first: number, step: number): ReadonlyMap<string, number> {
  return new Map(text.split(' ').map((word, k) => [word, first + k * step]));
}
