// The statement's text with its spans wrapped in elements (quotes, speaker mentions, cues, dates,
// events), as displaCy shows entities. Offsets are code points, as in the analysis.
import { escapeHtml } from './escape.js';

export interface Highlight {
  start: number;
  end: number;
  /** Opening tag, written before the span; `close` after it. */
  open: string;
  close: string;
  /** Order among spans with the same range: lower wraps higher. */
  rank: number;
}

/**
 * `text` escaped, with every highlight wrapped around its span. Spans nest; one that crosses an
 * earlier span's end is cut there, so each highlight is written exactly once and the HTML stays
 * well formed.
 */
export function markUp(text: string, highlights: readonly Highlight[]): string {
  const chars = Array.from(text);
  const slice = (from: number, to: number) => (to > from ? escapeHtml(chars.slice(from, to).join('')) : '');
  const sorted = [...highlights]
    .filter((h) => h.start >= 0 && h.start <= h.end && h.end <= chars.length)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const open: { end: number; close: string }[] = [];
  let pos = 0;
  let out = '';
  const closeTop = () => {
    const top = open.pop()!;
    out += slice(pos, top.end) + top.close;
    pos = Math.max(pos, top.end);
  };
  for (const h of sorted) {
    while (open.length && open[open.length - 1]!.end <= h.start) closeTop();
    const end = Math.min(h.end, open.length ? open[open.length - 1]!.end : h.end);
    out += slice(pos, h.start) + h.open;
    pos = h.start;
    open.push({ end, close: h.close });
  }
  while (open.length) closeTop();
  return out + slice(pos, chars.length);
}

/**
 * Where `word` (a cue such as "said" or "according to") stands nearest to `near`, searching
 * `reach` code points either side and never inside `outside` (the quote): the analysis gives the
 * cue's words but not their place.
 */
export function findNear(
  chars: readonly string[],
  word: string,
  near: { start: number; end: number },
  outside: { start: number; end: number },
  reach = 60,
): { start: number; end: number } | null {
  const from = Math.max(0, near.start - reach);
  const to = Math.min(chars.length, near.end + reach);
  const target = Array.from(word.toLowerCase());
  let best: { start: number; end: number } | null = null;
  const distance = (s: number) => Math.max(0, near.start - (s + target.length), s - near.end);
  for (let s = from; s + target.length <= to; s++) {
    if (!target.every((c, k) => chars[s + k]!.toLowerCase() === c)) continue;
    const span = { start: s, end: s + target.length };
    if (span.start < outside.end && span.end > outside.start) continue;
    if (span.start < near.end && span.end > near.start) continue;
    if (/\w/.test(chars[s - 1] ?? '') || /\w/.test(chars[span.end] ?? '')) continue;
    if (!best || distance(s) < distance(best.start)) best = span;
  }
  return best;
}
