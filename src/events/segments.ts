// Units the events stage scans: the document's sentences, as words cut the way compromise cuts
// its terms (`joinWords`' terms, punctuation left out), and cut again at line breaks so that a heading never
// runs into the paragraph under it. Headings (title-case lines without final punctuation) are
// marked: capitals there do not make a proper name.
import { joinWords, type Token } from '../document/tokens.js';
import type { Document, Span } from '../types.js';

/** A word of a segment, with the normal form the event lexicons are keyed by. */
export interface Term extends Token {
  /** Lower case, straight apostrophes, initials without their dots ("u.s." → "us"). */
  normal: string;
}

const INITIALS = /^(?:\p{L}\.)+\p{L}?$/u;
const normalOf = (t: Token): string =>
  t.lower.includes('.') && INITIALS.test(t.lower)
    ? t.lower.replaceAll('.', '')
    : t.lower.includes('’')
      ? t.lower.replaceAll('’', "'")
      : t.lower;

/**
 * The term of a token, its fields copied one by one: a spread (`{ ...token, normal }`) takes V8's slow
 * path over the several shapes tokens come in, and was most of this stage's time.
 */
const termOf = (t: Token): Term => ({
  kind: t.kind,
  start: t.start,
  end: t.end,
  text: t.text,
  lower: t.lower,
  spaced: t.spaced,
  word: t.word,
  sentence: t.sentence,
  paragraph: t.paragraph,
  tags: t.tags,
  normal: normalOf(t),
});

export interface Segment {
  terms: Term[];
  start: number;
  end: number;
  /** A line that does not end as a sentence does: a title or a section heading. */
  heading: boolean;
  /** A heading in title case ("Minister Lee’s Annual Press Conference"): capitals there make no name. */
  titleCase: boolean;
}

export const isCapitalised = (t: Term): boolean => /^\p{Lu}/u.test(t.text);
export const has = (t: Term | undefined, tag: string): boolean => !!t && t.tags.has(tag);

/** The text between two neighbouring terms. */
export const gapBetween = (text: string, a: Span, b: Span): string => text.slice(a.end, b.start);
/** Neighbours with only spaces (or a hyphen, or an en dash: "the Lindmark–Osterhaven Summit")
 *  between them belong to one phrase. */
export const joined = (text: string, a: Term, b: Term): boolean =>
  /^['’]?[ \t\u00a0]*$|^[-–]$/.test(gapBetween(text, a, b));

/** "Will the Minister meet the Prime Minister?": what is asked about is not told to have
 *  happened or to be planned; its sentence ends at a question mark. */
export function asked(text: string, seg: Segment, from: number): boolean {
  // (a segment ends at its last word: its closing mark, after a quote's, is past it)
  const end = /[.!?]/.exec(text.slice(from, seg.end + CLOSING_MARKS));
  return end?.[0] === '?';
}

/** How far (UTF-16 units) after a segment's last word its closing mark may stand: `?”`, `?)"`. */
const CLOSING_MARKS = 3;

export function segmentsOf(doc: Document): Segment[] {
  const text = doc.text;
  const out: Segment[] = [];
  const lines = lineBreaks(text);
  const push = (terms: Term[]) => {
    if (terms.length === 0) return;
    const start = terms[0]!.start;
    const end = terms[terms.length - 1]!.end;
    const heading = isHeading(text, lines, start, end);
    out.push({ terms, start, end, heading, titleCase: heading && isTitleCase(terms) });
  };
  let current: Term[] = [];
  for (const token of joinWords(doc.tokens, 'terms')) {
    if (!token.word) continue;
    const prev = current[current.length - 1];
    if (prev && (prev.sentence !== token.sentence || gapBetween(text, prev, token).includes('\n'))) {
      push(current);
      current = [];
    }
    current.push(termOf(token));
  }
  push(current);
  return out;
}

const MINOR = new Set('a an the of and or for to in on at with by from before after as vs via'.split(' '));

/** Offsets of every line break, to find a line's bounds by binary search (linear overall). */
function lineBreaks(text: string): number[] {
  const out: number[] = [];
  for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) out.push(k);
  return out;
}

function isHeading(text: string, lines: number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]! < start) lo = mid + 1;
    else hi = mid;
  }
  const lineStart = lo > 0 ? lines[lo - 1]! + 1 : 0;
  let after = lo;
  while (after < lines.length && lines[after]! < end) after++;
  const lineEnd = after < lines.length ? lines[after]! : text.length;
  if (lineEnd - lineStart > 250 || text.slice(lineStart, start).trim() !== '') return false;
  return !/[.!?"”’)]$/.test(text.slice(lineStart, lineEnd).trim());
}

function isTitleCase(terms: Term[]): boolean {
  const words = terms.filter((t) => /^\p{L}/u.test(t.text) && !MINOR.has(t.normal));
  return words.length > 0 && words.filter(isCapitalised).length / words.length >= 0.7;
}
