// The one module that imports compromise. It parses the text once and hands out sentences,
// part-of-speech tags and named entities as exact spans of the input.
//
// compromise's own `offset` output is quadratic on long texts, so offsets are computed here by
// walking its terms: the concatenation of every term's pre + text + post reproduces the input up
// to a few normalised characters (dashes, quotes), and each term is re-synchronised against the
// input where the lengths drift.
//
// compromise's two-level build: its tokenizer, lexicon and taggers, the same model as the full
// build's (test/perf17.test.ts), without the third level's phrase methods nothing here calls, which
// the startup snapshot would otherwise hold and a cold start read back.
import nlp from 'compromise/two';
import type { Span } from '../types.js';
import { pushAll } from '../arrays.js';
import { cheapWorld, type CompromiseWorld } from './cheap-world.js';
import { refine, type World as RefinerWorld } from './refiners.js';
import { findTopics, type TermRange, type TopicTerm } from './topics.js';

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

type Term = TopicTerm & { text: string; pre: string; post: string; normal: string; tags: Set<string> };

/** A parse: compromise's view of the text, and the hooks that tag it. */
interface Parsed {
  document: Term[][];
  world: unknown;
  compute(hooks: string[]): void;
}
interface Compromise {
  world(): RefinerWorld &
    CompromiseWorld & {
      hooks: string[];
      methods: { one: { tokenize: { fromString(text: string, world: RefinerWorld): Term[][] } } };
    };
  /** (called once, for compromise's view class) */
  tokenize(text: string): { constructor: new (document: Term[][]) => Parsed };
}
const compromise = nlp as unknown as Compromise;
const world = cheapWorld(compromise.world());
const ParsedView = compromise.tokenize('').constructor;
// The hooks `nlp(text)` runs up to its second tagging pass. That pass (`postTagger`, some 570
// match rules) took a fifth of the pipeline's CPU time, for a few dozen decisions the stages read:
// ./refiners.ts makes those with cheap checks of its own. The chunker after it marks phrases on
// terms (`term.chunk`), which nothing here reads. compromise's own world is left as it is, so that
// `nlp(text)` elsewhere stays the full tagger. Term ids (`id`) serve compromise's views and
// matches, which nothing here runs (./topics.ts reads the terms themselves).
const FIRST_HOOKS = world.hooks.slice(0, world.hooks.indexOf('postTagger')).filter((hook) => hook !== 'id');

/** compromise's parse of `text`: its sentences and terms, tagged by its first pass and our refiners. */
function parse(text: string): Parsed {
  const doc = new ParsedView(world.methods.one.tokenize.fromString(text, world));
  doc.world = world;
  doc.compute(FIRST_HOOKS);
  refine(doc.document, world);
  return doc;
}

const RESYNC_WINDOW = 64;

/** Finds `needle` at or shortly after `from`, else returns `from` (compromise rewrote it). */
function locate(text: string, needle: string, from: number): number {
  if (needle === '' || text.startsWith(needle, from)) return from;
  // Searched in a window, never to the end of the text: that would be quadratic.
  const at = text.slice(from, from + RESYNC_WINDOW + needle.length - 1).indexOf(needle);
  return at >= 0 ? from + at : from;
}

// compromise is quadratic in the length of a sentence (its matcher copies the terms from every
// start) and of a token of punctuation or symbols. Texts longer than CHUNK are parsed in pieces
// of at most CHUNK characters, cut where a reader would: a blank line, a line break, a sentence
// end, a space, and only failing all of those (a 1 MB line of symbols) mid-word. Shorter texts,
// nearly all statements, are parsed whole, exactly as before.
const CHUNK = 10_000;
const CUT_PREFERENCES: RegExp[] = [/\n[ \t]*\n/g, /\n/g, /[.!?]["”’)\]]*\s/g, /\s/g];

/** Where the piece starting at `from` should end: after the last preferred break in its second half. */
function cutAfter(text: string, from: number): number {
  if (text.length - from <= CHUNK) return text.length;
  const window = text.slice(from + CHUNK / 2, from + CHUNK);
  for (const breakAt of CUT_PREFERENCES) {
    let last = -1;
    for (const m of window.matchAll(breakAt)) last = m.index + m[0].length;
    if (last > 0) return from + CHUNK / 2 + last;
  }
  const hard = from + CHUNK;
  const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
  return isLowSurrogate(text.charCodeAt(hard)) ? hard - 1 : hard;
}

export function tag(text: string): Tagged {
  const tagged: Tagged = { sentences: [], sentenceStarts: [], people: [], organizations: [], places: [] };
  for (let from = 0; from < text.length;) {
    const to = cutAfter(text, from);
    tagPiece(text, from, to, tagged);
    from = to;
  }
  return tagged;
}

/** Parses text[from, to) and appends its sentences and entities, with offsets into `text`. */
function tagPiece(text: string, from: number, to: number, tagged: Tagged): void {
  const doc = parse(text.slice(from, to));
  const { sentences, sentenceStarts } = tagged;
  const firstSentence = sentences.length;
  let cursor = from;
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
  const spansOf = (ranges: readonly TermRange[]): Span[] =>
    ranges.map(([s, first, last]) => ({
      start: sentences[firstSentence + s]![first]!.start,
      end: sentences[firstSentence + s]![last - 1]!.end,
    }));
  const topics = findTopics(doc.document);
  pushAll(tagged.people, spansOf(topics.people));
  pushAll(tagged.organizations, spansOf(topics.organizations));
  pushAll(tagged.places, spansOf(topics.places));
}
