// The one module that imports compromise. It parses the text once and hands out sentences,
// part-of-speech tags and named entities as exact spans of the input.
//
// compromise's own `offset` output is quadratic on long texts, so offsets are computed here by
// walking its terms: the concatenation of every term's pre + text + post reproduces the input up
// to a few normalised characters (dashes, quotes), and each term is re-synchronised against the
// input where the lengths drift.
import nlp from 'compromise';
import type { Span } from '../types.js';

export interface TaggedTerm extends Span {
  /** The term as it stands in the input. */
  text: string;
  /** compromise's normalised form (lower case, no punctuation). */
  normal: string;
  tags: ReadonlySet<string>;
}

export interface Tagged {
  /** Sentences as compromise splits them, each a list of its terms. */
  sentences: TaggedTerm[][];
  /** Where each sentence starts, opening punctuation (“, ", () included. */
  sentenceStarts: number[];
  people: Span[];
  organizations: Span[];
  places: Span[];
}

type Term = { text: string; pre: string; post: string; normal: string; tags: Set<string> };
type Pointer = [number, number, number, ...unknown[]];
interface View {
  document: Term[][];
  pointer?: Pointer[] | null;
}

/** Finds `needle` at or shortly after `from`, else returns `from` (compromise rewrote it). */
function locate(text: string, needle: string, from: number): number {
  if (needle === '' || text.startsWith(needle, from)) return from;
  const at = text.indexOf(needle, from);
  return at >= 0 && at - from < 64 ? at : from;
}

export function tag(text: string): Tagged {
  const doc = nlp(text) as unknown as View & {
    people(): View;
    organizations(): View;
    places(): View;
  };
  const sentences: TaggedTerm[][] = [];
  const sentenceStarts: number[] = [];
  let cursor = 0;
  for (const sentence of doc.document) {
    const terms: TaggedTerm[] = [];
    for (const term of sentence) {
      const preStart = locate(text, term.pre, cursor);
      if (terms.length === 0) sentenceStarts.push(preStart + term.pre.length - term.pre.trimStart().length);
      cursor = preStart + term.pre.length;
      const start = locate(text, term.text, cursor);
      const end = Math.min(text.length, start + term.text.length);
      terms.push({ start, end, text: text.slice(start, end), normal: term.normal, tags: term.tags });
      cursor = end;
      cursor = locate(text, term.post, cursor) + term.post.length;
    }
    sentences.push(terms);
  }
  const spansOf = (view: View): Span[] =>
    (view.pointer ?? []).flatMap(([s, from, to]) => {
      const first = sentences[s]?.[from];
      const last = sentences[s]?.[to - 1];
      return first && last ? [{ start: first.start, end: last.end }] : [];
    });
  return {
    sentences,
    sentenceStarts,
    people: spansOf(doc.people()),
    organizations: spansOf(doc.organizations()),
    places: spansOf(doc.places()),
  };
}
