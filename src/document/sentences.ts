import type { Span } from '../types.js';

/**
 * Sentences of one paragraph: each runs from one sentence start to the next (so closing
 * punctuation and quote marks stay with their sentence), trimmed of white space.
 * `inside` are the sentence starts the tagger found strictly inside the paragraph, in order.
 */
export function sentencesOf(text: string, paragraph: Span, inside: readonly number[]): Span[] {
  const bounds = [paragraph.start, ...inside, paragraph.end];
  const out: Span[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    let start = bounds[i]!;
    let end = bounds[i + 1]!;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}
