// compromise's world as our parses see it: the same model, hooks and methods, but those
// its tokenizer and first pass run once or more per term replaced by versions that give the same
// terms and tags and are cheaper on the common case. compromise looks its methods and hooks up on
// the world a view carries, so its own world (and `nlp(text)` elsewhere) stays as it is.
// Methods (every other input goes to compromise's own):
//   setTag           compromise's reads `process.env.DEBUG_TAGS` at every call (a lookup through
//                    the C++ environment, ~0.15 µs, some 100,000 calls per 160 statements); here
//                    the environment is read once, and a plain tag name (or a list of them) goes
//                    straight to the terms.
//   killUnicode      compromise's splits every normal form into characters and joins them again,
//                    to map letters such as "é" to "e"; a form of ASCII only maps to itself.
//   splitWhitespace  compromise's takes a term's punctuation off by testing each character with
//                    Unicode regular expressions; a word of ASCII letters and digits followed only
//                    by spaces and plain trailing marks is cut here by its character codes.
//   splitTerms       compromise's splits a sentence with a capturing regular expression, then joins
//                    the pieces again string by string; a sentence without a hyphen, dash or
//                    slash (the only marks its later steps act on) is cut here at the offsets
//                    where its words start.
//   fromString       compromise's runs each term's text through eight replacements, a
//                    transliteration and four acronym patterns for its normal form; for a text of
//                    ASCII letters and digits that form is the text in lower case.
// Hooks:
//   contractions     compromise's compares every term with each of its 61 contractions; here it
//                    runs on the sentences with a term it may split (an apostrophe, a digit, a
//                    contracted word such as "cannot") and only those.
//   alias, machine   compromise's run five regular expressions per term; here they run on the terms
//                    whose forms they may change (a slash or a known alias; a contraction's part or
//                    a normal form of more than lower-case letters and digits).
//   freeze, lexicon  compromise's join the words of every candidate phrase once per length, from a
//                    slice of terms; here each phrase is the one before it and one word more.
// Model:
//   regexText, regexNormal, regexNumbers, endsWith
//                    the first pass tries about twenty patterns on each term; here each list
//                    remembers, per string, which entry matched first (./regex-lists.ts).
import { isSpaceCode } from '../document/tokens.js';
import { rememberedList } from './regex-lists.js';

interface TagSetEntry {
  not?: string[];
  parents?: string[];
}
interface Term {
  tags: Set<string>;
  frozen?: boolean;
  dirty?: boolean;
  chunk?: string;
}
/** A term as the lexicon hooks read it. */
interface LexTerm extends Term {
  text: string;
  normal: string;
  /** The word a contraction's part stands for. */
  implicit?: string;
  machine?: string;
  alias?: string[];
}
type SetTag = (terms: Term[], tag: unknown, world: unknown, isSafe?: boolean, reason?: string) => void;
/** A term as compromise cuts it, before its normal form. */
interface Piece {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
}
type Parsed = Piece & { normal: string };
interface TokenizeMethods {
  splitSentences(text: string, world: unknown): string[];
  splitTerms(sentence: string, model: unknown): string[];
  splitWhitespace(text: string, model: unknown): Piece;
  fromString(text: string, world: unknown): Parsed[][];
}
interface OneMethods {
  setTag: SetTag;
  killUnicode(text: string, world: unknown): string;
  tokenize: TokenizeMethods;
}
interface Model {
  tagSet: Record<string, TagSetEntry>;
  unicode: Record<string, string>;
  emoticons: object;
  /** Words and phrases with their tags; the frozen ones keep them against later rules. */
  lexicon: Record<string, string | string[]>;
  frozenLex: Record<string, string | string[]>;
  /** Per first word of a phrase in either lexicon, the most words such a phrase has. */
  _multiCache: Record<string, number>;
  /** Words compromise reads as others ("&" as "and"). */
  aliases: Record<string, string>;
  /** Contractions: a whole word ("cannot") or the parts around an apostrophe. */
  contractions: { word?: string }[];
}
/** What compromise's term hooks read of a view: its sentences of terms and the world. */
interface TermsView {
  docs: LexTerm[][];
  world: unknown;
}
/** compromise's view as its hooks are handed it. */
interface HookView extends TermsView {
  document: LexTerm[][];
  /** A new view of the same document and world. */
  update(): HookView;
}
/** The first pass's lists of [pattern, tag, reason] (./regex-lists.ts). */
interface RegexLists {
  regexText: [RegExp, ...unknown[]][];
  regexNormal: [RegExp, ...unknown[]][];
  regexNumbers: [RegExp, ...unknown[]][];
  /** The same, per last character of a normal form. */
  endsWith: Record<string, [RegExp, ...unknown[]][]>;
}
export interface CompromiseWorld {
  model: { one: Model; two: RegexLists };
  methods: { one: OneMethods };
  /** compromise's hooks by name; `normal` sets each term's normal form. */
  compute: {
    normal(view: { docs: Piece[][]; world: unknown }): void;
    contractions(view: HookView): void;
    alias(view: TermsView): void;
    machine(view: TermsView): void;
    freeze(view: HookView): void;
    lexicon(view: HookView): void;
  };
}

/** A copy of `world` with the cheap methods and hooks above. */
export function cheapWorld<W extends CompromiseWorld>(world: W): W {
  const one = world.methods.one;
  const cheapOne: OneMethods = {
    ...one,
    setTag: cheapSetTag(one.setTag, world.model.one.tagSet),
    killUnicode: cheapKillUnicode(one.killUnicode, world.model.one.unicode),
    tokenize: {
      ...one.tokenize,
      splitTerms: cheapSplitTerms(one.tokenize.splitTerms),
      splitWhitespace: cheapSplitWhitespace(one.tokenize.splitWhitespace, world),
      fromString: cheapFromString,
    },
  };
  const { two } = world.model;
  const cheap = {
    ...world,
    methods: { ...world.methods, one: cheapOne },
    model: {
      ...world.model,
      two: {
        ...two,
        regexText: rememberedList(two.regexText),
        regexNormal: rememberedList(two.regexNormal),
        regexNumbers: rememberedList(two.regexNumbers),
        endsWith: Object.fromEntries(Object.entries(two.endsWith).map(([last, list]) => [last, rememberedList(list)])),
      },
    },
  };
  const { contractions, alias, machine } = world.compute;
  const { aliases } = world.model.one;
  const contracted = new Set(world.model.one.contractions.flatMap((c) => (c.word ? [c.word] : [])));
  cheap.compute = {
    ...world.compute,
    contractions: (view) => {
      const sub = view.update();
      sub.document = view.document.filter((terms) => terms.some((t) => mayContract(t, contracted)));
      if (sub.document.length > 0) contractions(sub);
    },
    alias: (view) =>
      alias(termsOf(view, (t) => !t.normal || t.normal.includes('/') || Object.hasOwn(aliases, t.normal))),
    machine: (view) => machine(termsOf(view, (t) => !!t.implicit || !PLAIN_NORMAL.test(t.normal))),
    freeze: (view) => freeze(view, cheap),
    lexicon: (view) => lexicon(view, cheap),
  };
  return cheap;
}

/**
 * Whether compromise's `contractions` hook may split the term: a normal form with an apostrophe,
 * a number (ranges "44-2", units "4km") or one of its contracted words ("cannot", "gonna").
 */
function mayContract(t: LexTerm, contracted: ReadonlySet<string>): boolean {
  return APOSTROPHE_OR_DIGIT.test(t.normal) || DIGIT.test(t.text) || contracted.has(t.normal);
}
const APOSTROPHE_OR_DIGIT = /['0-9]/;
const DIGIT = /[0-9]/;

/** A normal form whose machine form (compromise's `machine` hook) is itself. */
const PLAIN_NORMAL = /^[a-z0-9]+$/;

/** The view's terms that pass `test`, as one sentence: what a hook that reads each term alone needs. */
function termsOf(view: TermsView, test: (t: LexTerm) => boolean): TermsView {
  const terms: LexTerm[] = [];
  for (const sentence of view.docs) for (const t of sentence) if (test(t)) terms.push(t);
  return { docs: [terms], world: view.world };
}

/** A term's text that compromise's normal form only lower-cases: its clean-up, ASCII and acronym steps find nothing to do. */
const PLAIN_TEXT = /^[A-Za-z0-9]+$/;

/**
 * compromise's `fromString` (sentences, their terms, each term's punctuation cut off, then its
 * normal form), the normal form of a plain term set here and the others' by compromise's hook.
 */
function cheapFromString(this: void, text: string, world: unknown): Parsed[][] {
  const w = world as CompromiseWorld & { model: unknown };
  const { splitSentences, splitTerms, splitWhitespace } = w.methods.one.tokenize;
  const others: Piece[] = [];
  const sentences = splitSentences(text || '', w).map((sentence) =>
    splitTerms(sentence, w.model).map((piece) => {
      const term = splitWhitespace(piece, w.model) as Parsed; // its normal form is set next
      if (PLAIN_TEXT.test(term.text)) term.normal = term.text.toLowerCase();
      else others.push(term);
      return term;
    }),
  );
  w.compute.normal({ docs: [others], world: w });
  return sentences;
}

/** A tag name as compromise's setTag takes it without further parsing: no space, "#" or padding. */
const PLAIN_TAG = /^[A-Za-z]\w*$/;

function cheapSetTag(setTag: SetTag, tagSet: Record<string, TagSetEntry>): SetTag {
  // With DEBUG_TAGS set, compromise's own logs every tag.
  if (process.env.DEBUG_TAGS) return setTag;
  const isPlain = (tag: unknown): tag is string => typeof tag === 'string' && PLAIN_TAG.test(tag);
  return (terms, tag, world, isSafe, reason) => {
    if (isPlain(tag)) {
      for (let i = 0; i < terms.length; i++) tagTerm(terms[i]!, tag, tagSet, isSafe);
    } else if (Array.isArray(tag) && tag.every(isPlain)) {
      // A list (as lexicon entries are) is tagged one tag after the other, as compromise's does.
      for (const one of tag) for (let i = 0; i < terms.length; i++) tagTerm(terms[i]!, one, tagSet, isSafe);
    } else setTag(terms, tag, world, isSafe, reason);
  };
}

/** compromise's `tagTerm`: the tag with its parents, its conflicting tags removed (unless safe). */
function tagTerm(term: Term, tag: string, tagSet: Record<string, TagSetEntry>, isSafe: boolean | undefined): void {
  if (term.tags.has(tag)) return;
  if (term.frozen === true) isSafe = true;
  const known = tagSet[tag];
  if (known) {
    const not = known.not ?? [];
    for (let o = 0; o < not.length; o++) {
      if (isSafe === true && term.tags.has(not[o]!)) return;
      term.tags.delete(not[o]!);
    }
    const parents = known.parents ?? [];
    for (let o = 0; o < parents.length; o++) {
      term.tags.add(parents[o]!);
      addChunk(term, parents[o]!);
    }
  }
  term.tags.add(tag);
  term.dirty = true;
  addChunk(term, tag);
}

function addChunk(term: Term, tag: string): void {
  if (tag === 'Noun' || tag === 'Verb') term.chunk = tag;
}

const ASCII = /^[\x00-\x7f]*$/;

function cheapKillUnicode(
  killUnicode: OneMethods['killUnicode'],
  unicode: Record<string, string>,
): OneMethods['killUnicode'] {
  // The shortcut holds only while the map sends no ASCII character elsewhere.
  const asciiMoves = Object.entries(unicode).some(([from, to]) => from.charCodeAt(0) < 128 && from !== to);
  if (asciiMoves) return killUnicode;
  return (text, world) => (typeof text === 'string' && ASCII.test(text) ? text : killUnicode(text, world));
}

/** Marks compromise's term cut acts on after its first split: hyphens and dashes ('one-two', '2 - 5'), slashes ('he / she'). */
const CUT_MARKS = /[-–—/]/;
/** Runs of non-space that compromise's cut keeps with the term before them (its `notWord` list). */
const NOT_WORD = new Set([
  '.',
  '?',
  '!',
  ':',
  ';',
  '-',
  '–',
  '—',
  '--',
  '...',
  '(',
  ')',
  '[',
  ']',
  '"',
  "'",
  '`',
  '«',
  '»',
  '*',
  '•',
]);
const NOT_WORD_LENGTH = 3;

/** Whether text[from, to), a run of non-space, is a term of its own to compromise: no listed mark, nor only stops (`!?.`). */
function opensTerm(text: string, from: number, to: number): boolean {
  if (to - from <= NOT_WORD_LENGTH && NOT_WORD.has(text.slice(from, to))) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 33 && c !== 46 && c !== 63) return true;
  }
  return false;
}

/**
 * compromise's `splitTerms` for a sentence without CUT_MARKS: each term runs from where its word
 * starts to where the next one starts (the first from the sentence's start), as compromise's
 * carrying of spaces and marks to the term before them gives.
 */
function cheapSplitTerms(splitTerms: TokenizeMethods['splitTerms']): TokenizeMethods['splitTerms'] {
  return (text, model) => {
    if (typeof text !== 'string' || CUT_MARKS.test(text)) return splitTerms(text, model);
    const terms: string[] = [];
    let termStart = 0;
    let word = false; // whether a word opened the term from termStart
    for (let i = 0; i < text.length;) {
      if (isSpaceCode(text.charCodeAt(i))) {
        i++;
        continue;
      }
      let end = i + 1;
      while (end < text.length && !isSpaceCode(text.charCodeAt(end))) end++;
      if (opensTerm(text, i, end)) {
        if (word) {
          terms.push(text.slice(termStart, i));
          termStart = i;
        } else word = true; // the first term keeps what comes before its word
      }
      i = end;
    }
    // Without any word, the text is one term (none when empty).
    if (text.length > 0) terms.push(text.slice(termStart));
    return terms;
  };
}

const isAsciiAlphanumeric = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
/** Marks compromise's cut always moves from the end of a word to its `post`: spaces and plain punctuation. */
const TRAILING = new Set([' ', '\t', '\n', '\r', ',', ';', ':', '!', '?', '"', '”']);

/** Where the ASCII letters and digits that open `text` end when only TRAILING marks follow them, else -1. */
function plainWordEnd(text: string): number {
  let end = 0;
  while (end < text.length && isAsciiAlphanumeric(text.charCodeAt(end))) end++;
  if (end === 0) return -1;
  for (let k = end; k < text.length; k++) if (!TRAILING.has(text[k]!)) return -1;
  return end;
}

/** A plain word (see plainWordEnd) cut without compromise's per-character tests. */
function cheapSplitWhitespace(
  splitWhitespace: TokenizeMethods['splitWhitespace'],
  world: CompromiseWorld,
): TokenizeMethods['splitWhitespace'] {
  // compromise keeps a text that is an emoticon once trimmed whole; no plain word is one today.
  if (Object.keys(world.model.one.emoticons).some((e) => plainWordEnd(e) >= 0)) return splitWhitespace;
  return (text, model) => {
    const end = plainWordEnd(text);
    if (end < 0) return splitWhitespace(text, model);
    return { text: end === text.length ? text : text.slice(0, end), pre: '', post: text.slice(end), tags: new Set() };
  };
}

const wordOf = (t: LexTerm): string => t.machine || t.normal;

/**
 * The phrases of up to `most` words (two at least) that start at term `i`, by their last term's
 * index: compromise joins the words of `terms.slice(i, k + 1)` for each k, longest first.
 */
function phrasesAt(terms: LexTerm[], i: number, most: number): string[] {
  const phrases: string[] = [];
  // `most` is not a number when the word is a name of Object.prototype (compromise then tries none).
  const last = Math.min(i + most - 1, terms.length - 1);
  let phrase = wordOf(terms[i]!);
  for (let k = i + 1; k <= last; k++) phrases[k] = phrase += ` ${wordOf(terms[k]!)}`;
  return phrases;
}

/**
 * compromise's `freeze` hook: phrases, then words, of its frozen lexicon tagged and frozen. Every
 * frozen phrase from a term is tagged, longest first, as compromise's loop does.
 */
function freeze(view: HookView, world: CompromiseWorld): void {
  const { setTag } = world.methods.one;
  const { frozenLex, _multiCache: multi } = world.model.one;
  for (const terms of view.docs) {
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i]!;
      const word = wordOf(t);
      if (multi[word] !== undefined && terms[i + 1]) {
        const phrases = phrasesAt(terms, i, multi[word]);
        for (let k = phrases.length - 1; k > i; k--) {
          if (!Object.hasOwn(frozenLex, phrases[k]!)) continue;
          const words = terms.slice(i, k + 1);
          setTag(words, frozenLex[phrases[k]!], world, false, '1-frozen-multi-lexicon');
          for (const w of words) w.frozen = true;
        }
      }
      if (frozenLex[word] !== undefined && Object.hasOwn(frozenLex, word)) {
        setTag([t], frozenLex[word], world, false, '1-freeze-lexicon');
        t.frozen = true;
      }
    }
  }
}

/** compromise's `lexicon` hook: each term without tags by the phrase it starts, else by its word. */
function lexicon(view: HookView, world: CompromiseWorld): void {
  for (const terms of view.docs) {
    for (let i = 0; i < terms.length; i++) {
      if (terms[i]!.tags.size === 0 && !multiWord(terms, i, world)) singleWord(terms[i]!, world);
    }
  }
}

/** compromise's `multiWord`: the longest phrase of the lexicon that starts at term `i`, tagged. */
function multiWord(terms: LexTerm[], i: number, world: CompromiseWorld): boolean {
  const { setTag } = world.methods.one;
  const { lexicon, _multiCache: multi } = world.model.one;
  const word = wordOf(terms[i]!);
  if (multi[word] === undefined || !terms[i + 1]) return false;
  const phrases = phrasesAt(terms, i, multi[word]);
  for (let k = phrases.length - 1; k > i; k--) {
    const phrase = phrases[k]!;
    if (!Object.hasOwn(lexicon, phrase)) continue;
    const tag = lexicon[phrase]!;
    const words = terms.slice(i, k + 1);
    setTag(words, tag, world, false, '1-multi-lexicon');
    // A phrasal verb's second word is its particle.
    if (tag && tag.length === 2 && (tag[0] === 'PhrasalVerb' || tag[1] === 'PhrasalVerb'))
      setTag([words[1]!], 'Particle', world, false, '1-phrasal-particle');
    return true;
  }
  return false;
}

const PREFIX = /^(under|over|mis|re|un|dis|semi|pre|post)-?/;
const PREFIXED_TAGS = new Set(['Verb', 'Infinitive', 'PastTense', 'Gerund', 'PresentTense', 'Adjective', 'Participle']);

/** compromise's `checkLexicon`: a word's tags by the lexicon, its aliases, or its stem after a prefix. */
function singleWord(t: LexTerm, world: CompromiseWorld): void {
  const { setTag } = world.methods.one;
  const { lexicon } = world.model.one;
  const word = wordOf(t);
  if (lexicon[word] !== undefined && Object.hasOwn(lexicon, word)) {
    setTag([t], lexicon[word], world, false, '1-lexicon');
    return;
  }
  const alias = t.alias?.find((a) => Object.hasOwn(lexicon, a));
  if (alias) {
    setTag([t], lexicon[alias], world, false, '1-lexicon-alias');
    return;
  }
  if (PREFIX.test(word)) {
    const stem = word.replace(PREFIX, '');
    const tag = lexicon[stem];
    if (Object.hasOwn(lexicon, stem) && stem.length > 3 && typeof tag === 'string' && PREFIXED_TAGS.has(tag))
      setTag([t], tag, world, false, '1-lexicon-prefix');
  }
}
