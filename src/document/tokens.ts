// The one token stream of a document, cut once in a linear pass and read by every stage.
//
// Tokens are fine: a run of letters (with inner ASCII apostrophes: "don't"), a number (digits with
// inner thousands separators or decimals: "1,984", "2.5", "03.06.2024") or one punctuation mark.
// Readers that want words as people write them ("U.S.", "Lee’s", "Jean-Claude", "Mr.") or as the
// tagger cut its terms read `joinWords`, a view built from the same tokens (the attribution and
// events rules do).
import type { Span } from '../types.js';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token extends Span {
  kind: TokenKind;
  /** The token as written: `text.slice(start, end)`. */
  text: string;
  lower: string;
  /** Whether white space separates it from the previous token (true for the first). */
  spaced: boolean;
  /** Whether it starts with a letter or digit of any script (a word to the attribution rules). */
  word: boolean;
  /** Index of the sentence and paragraph that hold it (-1 outside any). */
  sentence: number;
  paragraph: number;
  /** compromise's tags where a tagger term starts at the token, else empty. */
  tags: ReadonlySet<string>;
}

export const NO_TAGS: ReadonlySet<string> = new Set();

/**
 * Whether the token has one of `tags`. A loop, where `tags.some((g) => t.tags.has(g))` made a
 * closure at every call: rules call this per token.
 */
export function hasAnyTag(t: Token, tags: readonly string[]): boolean {
  for (let k = 0; k < tags.length; k++) if (t.tags.has(tags[k]!)) return true;
  return false;
}

const CAPITAL = /^\p{Lu}/u;
/** Whether `text` opens with a capital letter (`\p{Lu}`): an ASCII one by its code, rules ask this per token. */
export function opensWithCapital(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAPITAL.test(text);
}

const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;
const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** White space as `\s` has it, tested by code rather than by a regular expression per character. */
export function isSpaceCode(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
/** Whether a character beyond ASCII is in `category`, remembered per code unit (texts repeat a few). */
function classifier(category: RegExp): (text: string, i: number) => boolean {
  const known = new Map<number, boolean>();
  return (text, i) => {
    const c = text.charCodeAt(i);
    let is = known.get(c);
    if (is === undefined) known.set(c, (is = category.test(text[i]!)));
    return is;
  };
}
const isWideLetterAt = classifier(LETTER);
const isWideNumberAt = classifier(NUMBER);
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isAsciiLetter(c)) return true;
  return c > 127 && isWideLetterAt(text, i);
}
/** Whether a mark token is a word all the same: it starts with a number of another script ("²", "٣"). */
function isWordMarkAt(text: string, i: number): boolean {
  return text.charCodeAt(i) > 127 && isWideNumberAt(text, i);
}

/**
 * Every token is made here, in one object literal: tokens made as spreads (`{ ...t, end }`) had V8
 * shapes of their own (joined words came in six), which made the property reads of every rule that
 * reads them megamorphic (slow).
 */
function newToken(
  kind: TokenKind,
  start: number,
  end: number,
  text: string,
  spaced: boolean,
  word: boolean,
  sentence: number,
  paragraph: number,
  tags: ReadonlySet<string>,
): Token {
  return { kind, start, end, text, lower: text.toLowerCase(), spaced, word, sentence, paragraph, tags };
}

/** Where each token starts in `bounds` (sorted spans): the index of the last span starting at or before it. */
function indexer(bounds: readonly Span[]): (at: number) => number {
  let k = -1;
  return (at) => {
    while (k + 1 < bounds.length && bounds[k + 1]!.start <= at) k++;
    return k >= 0 && at < bounds[k]!.end ? k : -1;
  };
}

/**
 * Cuts `text` into tokens in one pass. `tagsAt` gives compromise's tags of a term starting at an
 * offset; `sentences` and `paragraphs` (sorted, disjoint) give each token its indexes.
 */
export function tokenize(
  text: string,
  tagsAt: (start: number) => ReadonlySet<string> | undefined,
  sentences: readonly Span[],
  paragraphs: readonly Span[],
): Token[] {
  const tokens: Token[] = [];
  const sentenceOf = indexer(sentences);
  const paragraphOf = indexer(paragraphs);
  let i = 0;
  let spaced = true;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      spaced = true;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (isDigit(c)) {
      kind = 'number';
      i++;
      while (i < text.length) {
        const d = text.charCodeAt(i);
        if (isDigit(d)) i++;
        else if ((d === 44 || d === 46) && isDigit(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
    } else if (isLetterAt(text, i)) {
      kind = 'word';
      i++;
      // An apostrophe inside letters stays ("don't"); before an "s" it starts a possessive ("Lee's").
      while (
        i < text.length &&
        (isLetterAt(text, i) || (text.charCodeAt(i) === 39 && isLetterAt(text, i + 1) && text[i + 1] !== 's'))
      )
        i++;
    } else {
      kind = 'punct';
      i++;
    }
    const word = kind !== 'punct' || isWordMarkAt(text, start);
    const tags = tagsAt(start) ?? NO_TAGS;
    tokens.push(
      newToken(kind, start, i, text.slice(start, i), spaced, word, sentenceOf(start), paragraphOf(start), tags),
    );
    spaced = false;
  }
  return tokens;
}

// Characters that stay inside a joined word when a word character follows: don't, U.S., Jean-Claude.
const JOINERS = new Set(["'", '’', '-', '.', '&']);
// A dot joins only initials: "U.S.", not "2024.European" (a missing space).
const INITIALS = /^(?:\p{L}\.)*\p{L}$/u;
// Abbreviations whose dot belongs to the word.
const ABBREVIATION =
  /^(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|Hon|Rt|Sen|Rep|Gov|Gen|Col|Lt|Capt|Maj|Sgt|Adm|Cmdr|Cdr|Brig|Cpl|Supt|Insp|Det|Cllr|St|Jr|Sr|[A-Z](?:\.[A-Z])+)$/;

// "the S.E.C. The firm said": a dotted acronym's dot ends the sentence when a word that opens a clause,
// never a name's next word, follows ("the U.S. Embassy" keeps its dot).
const DOTTED = /^[A-Z](?:\.[A-Z])+$/;
const CLAUSE_OPENERS = new Set(
  'The A An He She It They We I You This That These Those His Her Its Their Our But And In On At After Before'.split(
    ' ',
  ),
);

/** "the S.E.C. Ana Ruiz said": a first name after an acronym opens the next sentence's subject. */
const opensNextSentence = (t: Token | undefined) =>
  t !== undefined && (CLAUSE_OPENERS.has(t.text) || t.tags.has('FirstName'));

/** Appends a number's pieces as the joined view sees them (digit runs and the separators between them), else `t`. */
function pushPieces(t: Token, into: Token[]): void {
  if (t.kind !== 'number' || t.text.length < 3 || !/[.,]/.test(t.text)) {
    into.push(t);
    return;
  }
  let from = 0;
  for (let k = 0; k <= t.text.length; k++) {
    const separator = k < t.text.length && (t.text[k] === ',' || t.text[k] === '.');
    if (k < t.text.length && !separator) continue;
    const first = from === 0;
    if (k > from)
      into.push(
        newToken(
          'number',
          t.start + from,
          t.start + k,
          t.text.slice(from, k),
          first && t.spaced,
          t.word,
          t.sentence,
          t.paragraph,
          first ? t.tags : NO_TAGS,
        ),
      );
    if (separator)
      into.push(
        newToken('punct', t.start + k, t.start + k + 1, t.text[k]!, false, false, t.sentence, t.paragraph, NO_TAGS),
      );
    from = k + 1;
  }
}

/**
 * How `joinWords` joins.
 * - `words`, as the attribution rules read them: an apostrophe, hyphen, ampersand or (after
 *   initials) dot between letters or digits joins ("Lee’s", "Jean-Claude", "AT&T", "U.S."); the
 *   dot of an abbreviation ends its word ("Mr.", "J."); numbers part at their separators ("1", ",", "984").
 * - `terms`, as compromise cuts its terms and the events rules read them: any mark between letters
 *   or digits joins where the tagger starts no term after it ("G-7", "9/11", "U.S.-made", but "Jean",
 *   "-", "Claude"); only initials keep their last dot ("U.S.", "p.m.", but "Mr"); numbers stay whole.
 */
export type JoinStyle = 'words' | 'terms';

/** Whether `t` directly follows `to`, with no white space between. */
const glued = (t: Token | undefined, to: Token): t is Token => !!t && !t.spaced && t.start === to.end;

/** Whether a tagger term starts at the token (its tags are the term's own set). */
export const startsTerm = (t: Token): boolean => t.tags !== NO_TAGS;

// Each style's words per token stream, cut once: several stages read the same view.
const joined: Record<JoinStyle, WeakMap<readonly Token[], readonly Token[]>> = {
  words: new WeakMap(),
  terms: new WeakMap(),
};

/**
 * Words joined from the fine tokens: letters and digits run together ("2nd"), marks between them
 * join as `style` says. Tags and indexes are those of the word's first token. Shared by every
 * reader of the same tokens: not to be changed.
 */
export function joinWords(tokens: readonly Token[], style: JoinStyle = 'words'): readonly Token[] {
  let words = joined[style].get(tokens);
  if (!words) joined[style].set(tokens, (words = cutWords(tokens, style)));
  return words;
}

function cutWords(tokens: readonly Token[], style: JoinStyle): Token[] {
  const written = style === 'words';
  let flat = tokens;
  if (written) {
    const split: Token[] = [];
    for (const t of tokens) pushPieces(t, split);
    flat = split;
  }
  const out: Token[] = [];
  for (let k = 0; k < flat.length;) {
    const first = flat[k]!;
    let end = k + 1;
    if (first.word) {
      let text = first.text;
      for (;;) {
        const next = flat[end];
        if (!glued(next, flat[end - 1]!)) break;
        if (next.word) {
          text += next.text;
          end++;
          continue;
        }
        const after = flat[end + 1];
        const joins =
          glued(after, next) &&
          after.word &&
          (written ? JOINERS.has(next.text) && (next.text !== '.' || INITIALS.test(text)) : !startsTerm(after));
        if (joins) {
          text += next.text + after.text;
          end += 2;
          continue;
        }
        if (next.text !== '.' || !(written ? ABBREVIATION.test(text) : text.includes('.') && INITIALS.test(text)))
          break;
        if (written && DOTTED.test(text) && opensNextSentence(flat[end + 1])) break;
        // The dot of an abbreviation ends the word; compromise's "U.S." may still take a hyphen ("U.S.-made").
        text += '.';
        end++;
        if (written) break;
      }
    }
    out.push(end === k + 1 ? first : merge(flat, k, end));
    k = end;
  }
  return out;
}

function merge(flat: readonly Token[], from: number, to: number): Token {
  const first = flat[from]!;
  const last = flat[to - 1]!;
  let text = '';
  for (let k = from; k < to; k++) text += flat[k]!.text;
  return newToken(
    first.kind,
    first.start,
    last.end,
    text,
    first.spaced,
    first.word,
    first.sentence,
    first.paragraph,
    first.tags,
  );
}
