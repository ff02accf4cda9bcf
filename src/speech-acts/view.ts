// What the speech-act rules read of a quote: its words as one lower-case string (patterns are
// written over it), the words that lead into a reported quote, and the cue verb.
import { lowerBound } from '../document/search.js';
import { hasAnyTag, joinWords, type Token } from '../document/tokens.js';
import type { AttributedQuote, Document, Span, SpeakerOut } from '../types.js';
import { formulaOf } from './formulas.js';

interface Word extends Span {
  /** As written. */
  text: string;
  /** Lower case, ’ read as '; a nested quote's words read as "…". */
  lower: string;
  /** Whether it opens a sentence of the document (its capital says nothing then). */
  initial: boolean;
  /** Whether the tagger reads it as (part of) a name: a person, organisation or place. */
  name: boolean;
  /** Whether it opens a sentence proper: first, or after a sentence's end or an opening quote mark (not a colon or dash). */
  opener: boolean;
  /** Whether the tagger reads it as a verb's base form ("call", "come"). */
  base: boolean;
  /** Whether the tagger reads it as a common noun ("Help is on the way", "Share prices fell"). */
  noun: boolean;
  /** Whether the tagger reads it as a plural common noun ("prices", "results"). */
  plural: boolean;
  /** Whether the tagger reads it as a verb in a tense, a copula or a modal ("fell", "show", "was"): one with a subject. */
  finite: boolean;
}

/** Words joined by single spaces, with where each word starts in that string. */
export interface Words {
  text: string;
  at: number[];
  words: Word[];
}

/** Placeholder for words that are another speaker's (a nested quote): patterns do not read through it. */
export const HIDDEN = '…';
/** Placeholder for the words of a greeting or floor-management sentence. */
export const FORMULA_WORD = '·';

/** Past report verbs: what follows them in their sentence is someone else's act, relayed ("the mayor said the city will …"). */
const RELAY_VERBS = new Set([
  'said',
  'stated',
  'reported',
  'claimed',
  'told',
  'announced',
  'added',
  'noted',
  'alleged',
  'according',
  'stating',
  'saying',
  'claiming',
  'reporting',
]);
const FIRST_PERSON = new Set(['i', 'we', 'as']);
const CLAUSE_END = new Set(['.', '!', '?', ';']);

/** Hides the words after a third party's report verb up to the end of its sentence. */
function hideRelayed(words: Word[]): void {
  for (let k = 1; k < words.length; k++) {
    if (!RELAY_VERBS.has(words[k]!.lower) || FIRST_PERSON.has(words[k - 1]!.lower)) continue;
    let j = k + 1;
    for (; j < words.length && !CLAUSE_END.has(words[j]!.lower); j++) words[j]!.lower = HIDDEN;
    k = j;
  }
}

/** Words a view reads of one quote: a speech act shows early, and long runs (an unclosed quote mark) stay cheap. */
export const MAX_VIEW_WORDS = 300;

const NAME_TAGS = ['ProperNoun', 'Person', 'Organization', 'Place', 'Country'];
const FINITE_TAGS = ['PastTense', 'PresentTense', 'Copula', 'Modal'];
/** Tokens after which a word opens a sentence or a quotation. */
const OPENERS = new Set('.!?:;“"‘([—–-');
/** Tokens after which a word opens a sentence proper. */
const SENTENCE_OPENERS = new Set('.!?“"‘([');

/** The document's words: its joined tokens, cut once, and each word made when a view first reads it. */
interface DocumentWords {
  tokens: readonly Token[];
  words: (Word | undefined)[];
}
const wordCache = new WeakMap<Document, DocumentWords>();
function documentWords(doc: Document): DocumentWords {
  let cached = wordCache.get(doc);
  if (!cached) {
    const tokens = joinWords(doc.tokens);
    wordCache.set(doc, (cached = { tokens, words: new Array<Word | undefined>(tokens.length) }));
  }
  return cached;
}

/** The word of joined token `k`. */
function wordAt(tokens: readonly Token[], k: number): Word {
  const t = tokens[k]!;
  return {
    text: t.text,
    start: t.start,
    end: t.end,
    lower: t.lower.includes('’') ? t.lower.replaceAll('’', "'") : t.lower,
    initial: k === 0 || OPENERS.has(tokens[k - 1]!.text),
    name: hasAnyTag(t, NAME_TAGS),
    opener: k === 0 || SENTENCE_OPENERS.has(tokens[k - 1]!.text),
    base: t.tags.has('Verb') && t.tags.has('Infinitive'),
    noun: t.tags.has('Noun') && !t.tags.has('ProperNoun'),
    plural: t.tags.has('Plural') && !t.tags.has('ProperNoun'),
    finite: t.tags.has('Verb') && hasAnyTag(t, FINITE_TAGS),
  };
}

/** Hides greeting and floor-management sentences; the first one as written, or null. */
function hideFormulas(doc: Document, words: Word[]): string | null {
  let first: string | null = null;
  for (let from = 0; from < words.length;) {
    let to = from;
    while (to < words.length && !CLAUSE_END.has(words[to]!.lower)) to++;
    const formula = formulaOf(
      words
        .slice(from, to)
        .map((w) => w.lower)
        .join(' '),
    );
    if (formula) {
      const n = formula.split(' ').length;
      first ??= doc.text.slice(words[from]!.start, words[from + n - 1]!.end);
      for (let k = from; k < to; k++) words[k]!.lower = FORMULA_WORD;
    }
    from = to + 1;
  }
  return first;
}

/** The document's words of [from, to) (at most `MAX_VIEW_WORDS`): shared, not to be changed. */
function wordsIn(doc: Document, from: number, to: number): Word[] {
  const { tokens, words } = documentWords(doc);
  const first = lowerBound(tokens.length, (i) => tokens[i]!.start >= from);
  const last = Math.min(
    lowerBound(tokens.length, (i) => tokens[i]!.end > to),
    first + MAX_VIEW_WORDS,
  );
  const out: Word[] = [];
  for (let k = first; k < last; k++) out.push((words[k] ??= wordAt(tokens, k)));
  return out;
}

/** Copies of `words` the view may hide words in, those inside `hidden` spans read as "…". */
const ownCopies = (words: readonly Word[], hidden: readonly Span[]): Word[] =>
  words.map((w) => ({ ...w, lower: hidden.some((h) => w.start >= h.start && w.end <= h.end) ? HIDDEN : w.lower }));

function joined(words: Word[]): Words {
  const at: number[] = [];
  let text = '';
  for (const w of words) {
    if (text) text += ' ';
    at.push(text.length);
    text += w.lower;
  }
  return { text, at, words };
}

/** The words as written that a match [from, to) of `w.text` covers: the cue shown to users. */
export function written(doc: Document, w: Words, from: number, to: number): string {
  const first = lowerBound(w.at.length, (i) => w.at[i]! > from) - 1;
  const last = lowerBound(w.at.length, (i) => w.at[i]! >= to) - 1;
  return doc.text.slice(w.words[Math.max(first, 0)]!.start, w.words[Math.max(last, 0)]!.end);
}

export interface QuoteView {
  quote: AttributedQuote;
  /** The quote's own words; other speakers' nested quotes and words relayed from a third party are hidden. */
  own: Words;
  /** Words of the quote's sentence before a reported quote ("… urged the US to"); empty for direct quotes. */
  lead: Words;
  /** The cue as printed, lower case ("urged", "ms lindqvist:"). */
  cue: string;
  /** The first greeting or floor-management formula as written (hidden from `own`), or null. */
  formula: string | null;
  /** Lower-case words of the speaker's name and organisation ("norvale"): what is the speaker's own side. */
  side: ReadonlySet<string>;
}

/** Words of names that say nothing about whose side is meant. */
const GENERIC_NAME_WORDS = new Set([
  'the',
  'of',
  'and',
  'for',
  'at',
  'in',
  'on',
  'inc',
  'ltd',
  'llc',
  'corp',
  'co',
  'group',
  'company',
  'office',
  'department',
  'ministry',
  'foundation',
  'association',
  'council',
  'committee',
  'national',
  'united',
  'state',
  'states',
]);

/**
 * The speaker's name and organisation. (Not the statement's issuer: a release quotes partners, whose
 * praise of the issuer's work is theirs.)
 */
function sideOf(speaker: SpeakerOut | undefined): Set<string> {
  const words = `${speaker?.name ?? ''} ${speaker?.organization ?? ''}`.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((w) => w.length > 2 && !GENERIC_NAME_WORDS.has(w)));
}

/** The sentence holding an offset. */
function sentenceAt(doc: Document, at: number): Span | null {
  const k = lowerBound(doc.sentences.length, (i) => doc.sentences[i]!.start > at) - 1;
  return k >= 0 ? doc.sentences[k]! : null;
}

const MAX_LEAD_CHARS = 200;

/**
 * Other speakers' words relayed inside `q` ("Quell said …", quotes are in text order; only the first
 * ones a view reads are looked at). A nested quote under an act verb ("China urges the US to …")
 * stays: the outer speaker states that act of their side.
 */
function nestedIn(q: AttributedQuote, quotes: readonly AttributedQuote[]): AttributedQuote[] {
  const out: AttributedQuote[] = [];
  for (
    let k = lowerBound(quotes.length, (i) => quotes[i]!.start >= q.start);
    k < quotes.length && quotes[k]!.start < q.end && out.length < MAX_VIEW_WORDS;
    k++
  ) {
    const o = quotes[k]!;
    if (o !== q && o.end <= q.end && o.speakerId !== q.speakerId && RELAY_VERBS.has((o.cue ?? '').toLowerCase()))
      out.push(o);
  }
  return out;
}

export function viewOf(
  doc: Document,
  q: AttributedQuote,
  quotes: readonly AttributedQuote[],
  speakers: readonly SpeakerOut[] = [],
): QuoteView {
  const nested = nestedIn(q, quotes);
  const sentence = q.kind === 'direct' ? null : sentenceAt(doc, q.start);
  const leadFrom = sentence ? Math.max(sentence.start, q.start - MAX_LEAD_CHARS) : q.start;
  const own = ownCopies(wordsIn(doc, q.start, q.end), nested);
  hideRelayed(own);
  const formula = hideFormulas(doc, own);
  return {
    quote: q,
    own: joined(own),
    // The lead is only read: the document's words themselves.
    lead: joined(wordsIn(doc, leadFrom, q.start)),
    cue: (q.cue ?? '').toLowerCase().replace(/’/g, "'"),
    formula,
    side: sideOf(speakers.find((s) => s.id === q.speakerId)),
  };
}
