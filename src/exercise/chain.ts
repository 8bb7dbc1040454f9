// A persistent append-only list: each version shares the one before it, so n versions of n items hold O(n), not O(n²).

/** A list as its last item and the list before it (null is the empty list). */
export type Chain<T> = { readonly last: T; readonly before: Chain<T>; readonly length: number } | null;

/** The list with `item` appended; `chain` is shared, not copied. */
export function append<T>(chain: Chain<T>, item: T): Chain<T> {
  return { last: item, before: chain, length: (chain?.length ?? 0) + 1 };
}

/** The list with every item of `items` appended in order. */
export function appendAll<T>(chain: Chain<T>, items: readonly T[]): Chain<T> {
  let out = chain;
  for (const item of items) out = append(out, item);
  return out;
}

/** The items in order, as a new array. */
export function chainToArray<T>(chain: Chain<T>): T[] {
  const out = new Array<T>(chain?.length ?? 0);
  for (let c = chain; c; c = c.before) out[c.length - 1] = c.last;
  return out;
}

/** Whether the list holds `item`. */
export function chainHas<T>(chain: Chain<T>, item: T): boolean {
  for (let c = chain; c; c = c.before) if (c.last === item) return true;
  return false;
}
