// What every attribution rule reads: the document, each paragraph's tokens, and the sentence
// that holds a given offset. Built once per document in linear time.
import type { SpeakerPhrase } from '../mentions/speaker-np.js';
import type { QuotedSpan } from './quote-scan.js';
import type { Document, QuoteKind, Span } from '../types.js';
import { joinWords, type Token } from '../document/tokens.js';
import { lowerBound } from '../document/search.js';
import { datelineEnd } from './layout.js';

export interface Context {
  doc: Document;
  /** Tokens of each paragraph, words joined as written (`joinWords`). */
  tokens: Token[][];
  /** For each paragraph, the token index where each of its sentences starts. */
  sentenceStarts: number[][];
}

/** A reference to a speaker in the text: a phrase over one paragraph's tokens. */
export interface Mention {
  paragraph: number;
  phrase: SpeakerPhrase;
  span: Span;
}

/** A quote as the rules build it, before speakers get their ids. */
export interface Found {
  span: Span;
  kind: QuoteKind;
  paragraph: number;
  quoted: QuotedSpan | null;
  mention: Mention | null;
  cue: string | null;
  rule: string | null;
  /** The speech verb of a reported clause: its token index in the paragraph and its lemma ("urges" → urge). */
  verb?: { index: number; lemma: string };
  /** A quote whose speaker is that of another quote ("“A,” he said. “B.”"). */
  sameAs: Found | null;
  reportedBy: Found | null;
}

export function buildContext(doc: Document): Context {
  const tokens: Token[][] = doc.paragraphs.map(() => []);
  for (const t of joinWords(doc.tokens)) if (t.paragraph >= 0) tokens[t.paragraph]!.push(t);
  const sentenceStarts = doc.paragraphs.map((p, i) => {
    const ts = tokens[i]!;
    const starts: number[] = [];
    let k = 0;
    for (const s of p.sentences) {
      const start = doc.sentences[s]!.start;
      while (k < ts.length && ts[k]!.end <= start) k++;
      starts.push(k);
    }
    // "BEIJING, Oct. 31 (Xinhua) -- China said …": the first sentence starts after the dateline.
    const dateline = datelineEnd(ts);
    return dateline ? [0, dateline, ...starts.filter((s) => s > dateline)] : starts;
  });
  return { doc, tokens, sentenceStarts };
}

/** First token index at or after offset `at` in paragraph `p`. */
export function tokenAt(ctx: Context, p: number, at: number): number {
  const ts = ctx.tokens[p]!;
  return lowerBound(ts.length, (i) => ts[i]!.start >= at);
}

/** Token range [from, to) of the sentence of paragraph `p` that holds token `i`. */
export function sentenceOf(ctx: Context, p: number, i: number): [number, number] {
  const starts = ctx.sentenceStarts[p]!;
  let from = 0;
  let to = ctx.tokens[p]!.length;
  for (const s of starts) {
    if (s <= i) from = s;
    else {
      to = s;
      break;
    }
  }
  return [from, to];
}

export function mentionOf(ctx: Context, p: number, phrase: SpeakerPhrase): Mention {
  const ts = ctx.tokens[p]!;
  return { paragraph: p, phrase, span: { start: ts[phrase.from]!.start, end: ts[phrase.to - 1]!.end } };
}
