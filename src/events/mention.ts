// One mention of an event in the text, before mentions are merged into events.
import type { Span, EventMention } from '../types.js';

export interface Complement extends Span {
  prep: string;
}

export interface Mention extends Span {
  /** Index of the segment (see segments.ts) and of the head term in it. */
  seg: number;
  head: number;
  /** Term indexes of the phrase: from its determiner or owner (`outer`) and of the name itself. */
  outer: number;
  first: number;
  last: number;
  /** Where the whole phrase starts, determiner or possessor included. */
  phraseStart: number;
  type: string;
  kind: EventMention;
  determiner: string | null;
  /** The possessor: "Minister Lee" in "Minister Lee’s press conference". */
  owner: Span | null;
  complements: Complement[];
  location: Span | null;
  /** Inside a heading: the statement's title or a section title. */
  heading: boolean;
  /** A conjunct of "the G20 and APEC Summits": it only joins an event named elsewhere. */
  conjunct: boolean;
  /** A definite phrase that adds nothing new ("the summit", "this meeting"): it refers back. */
  anaphoric: boolean;
  /** An indefinite phrase said of an event named before ("It's a short trip"): it refers back. */
  predicative?: boolean;
  /** Lower-case words of the name. */
  words: string[];
  /** Lower-case noun modifiers before the head ("peace" in "the peace conference"). */
  nounModifiers: string[];
  /** Lower-case words written with a capital inside the name, the head excluded. */
  properWords: string[];
  /** A passive verb ("was visited by the governor"): its subject is what the act was done to. */
  passive?: boolean;
  /** Which rule found it. */
  rule: string;
}

export const wordsOf = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
