import type { Tagged } from '../adapters/compromise.js';
import type { Document, Paragraph, Sentence } from '../types.js';
import { splitParagraphs } from './paragraphs.js';
import { sentencesOf } from './sentences.js';
import { tokenize } from './tokens.js';

/**
 * The document stage: paragraphs, sentences inside each (never across one's edge), then the tokens.
 * Spans are copied field by field: the spreads here took half of this function's own time (profile).
 */
export function buildDocument(text: string, tagged: Tagged): Document {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const starts = tagged.sentenceStarts;
  let next = 0;
  for (const span of splitParagraphs(text)) {
    const index = paragraphs.length;
    const ids: number[] = [];
    while (next < starts.length && starts[next]! <= span.start) next++;
    const inside: number[] = [];
    while (next < starts.length && starts[next]! < span.end) inside.push(starts[next++]!);
    for (const s of sentencesOf(text, span, inside)) {
      ids.push(sentences.length);
      sentences.push({ start: s.start, end: s.end, paragraph: index });
    }
    paragraphs.push({ start: span.start, end: span.end, sentences: ids });
  }
  const tags = new Map<number, ReadonlySet<string>>();
  for (const sentence of tagged.sentences) for (const term of sentence) tags.set(term.start, term.tags);
  return { text, paragraphs, sentences, tokens: tokenize(text, (at) => tags.get(at), sentences, paragraphs) };
}
