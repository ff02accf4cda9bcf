// Word and punctuation tokens of a stretch of text, each with compromise's tags where the tagger
// has a term starting at the same offset. The attribution rules read these: unlike compromise's
// terms they keep commas, colons and quote marks as tokens of their own.
import type { Tagged } from '../adapters/compromise.js';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** A run of letters/digits (with inner apostrophes, hyphens, dots as in "U.S."). */
  word: boolean;
  tags: ReadonlySet<string>;
}

const NO_TAGS: ReadonlySet<string> = new Set();

/** compromise's tags by term start offset, built once per document. */
export function tagIndex(tagged: Tagged): Map<number, ReadonlySet<string>> {
  const index = new Map<number, ReadonlySet<string>>();
  for (const sentence of tagged.sentences) for (const term of sentence) index.set(term.start, term.tags);
  return index;
}

const isWordChar = (c: string) => /[\p{L}\p{N}]/u.test(c);
// Characters that stay inside a word when a word character follows: don't, U.S., Jean-Claude.
const isJoiner = (c: string) => c === "'" || c === '’' || c === '-' || c === '.' || c === '&';
// A dot joins only initials: "U.S.", not "2024.European" (a missing space).
const isInitials = (s: string) => /^(?:\p{L}\.)*\p{L}$/u.test(s);

export function tokenize(text: string, start: number, end: number, tags: Map<number, ReadonlySet<string>>): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    if (isWordChar(c)) {
      while (j < end && (isWordChar(text[j]!) || (isJoiner(text[j]!) && j + 1 < end && isWordChar(text[j + 1]!) && (text[j] !== '.' || isInitials(text.slice(i, j)))))) j++;
      // Keep the dot of abbreviations such as "U.S." or "Mr." with the word.
      if (j < end && text[j] === '.' && /^(?:[A-Z]|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Lt|St|Jr|Sr|[A-Z]\.[A-Z])$/.test(text.slice(i, j))) j++;
    }
    const t = text.slice(i, j);
    out.push({ text: t, lower: t.toLowerCase(), start: i, end: j, word: isWordChar(c), tags: tags.get(i) ?? NO_TAGS });
    i = j;
  }
  return out;
}
