// Binary search over spans sorted by start, so that per-mention look-ups stay logarithmic.
import { lowerBound } from '../document/search.js';
import type { Span } from '../types.js';

/** Index of the first span whose start is >= offset (spans sorted by start). */
export function firstStartingAt(spans: readonly Span[], offset: number): number {
  return lowerBound(spans.length, (i) => spans[i]!.start >= offset);
}

/** Indexes of the spans lying inside [start, end). */
export function indexesWithin(spans: readonly Span[], start: number, end: number): number[] {
  const out: number[] = [];
  for (let k = firstStartingAt(spans, start); k < spans.length && spans[k]!.start < end; k++) {
    if (spans[k]!.end <= end) out.push(k);
  }
  return out;
}

/** The last span that starts at or before `offset`, if it also ends at or after `end`. */
export function enclosing<T extends Span>(spans: readonly T[], start: number, end: number): T | undefined {
  const k = firstStartingAt(spans, start + 1) - 1;
  const s = spans[k];
  return s && s.end >= end ? s : undefined;
}
