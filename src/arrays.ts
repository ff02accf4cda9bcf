// Array helpers that hold for any length. `a.push(...b)` and `Math.max(...b)` pass every element
// as an argument and overflow the stack once `b` is large (a long text has that many lines or
// mentions); the lint rule against spread arguments points here.

/** Appends every item to `into`, one at a time. */
export function pushAll<T>(into: T[], items: Iterable<T>): T[] {
  for (const item of items) into.push(item);
  return into;
}

/** The largest of `values`; -Infinity when there are none, as Math.max() gives. */
export function largest(values: Iterable<number>): number {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** The smallest of `values`; Infinity when there are none, as Math.min() gives. */
export function smallest(values: Iterable<number>): number {
  let min = Infinity;
  for (const v of values) if (v < min) min = v;
  return min;
}
