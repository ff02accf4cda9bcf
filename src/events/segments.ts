// Units the events stage scans: compromise's sentences, cut again at line breaks so that a
// heading never runs into the paragraph under it. Headings (title-case lines without final
// punctuation) are marked: capitals there do not make a proper name.
import type { Tagged, TaggedTerm } from '../adapters/compromise.js';

export interface Segment {
  terms: TaggedTerm[];
  start: number;
  end: number;
  /** A line that does not end as a sentence does: a title or a section heading. */
  heading: boolean;
  /** A heading in title case ("Minister Lee’s Annual Press Conference"): capitals there make no name. */
  titleCase: boolean;
}

export const isCapitalised = (t: TaggedTerm): boolean => /^\p{Lu}/u.test(t.text);
export const has = (t: TaggedTerm | undefined, tag: string): boolean => !!t && t.tags.has(tag);

/** The text between two neighbouring terms. */
export const gapBetween = (text: string, a: TaggedTerm, b: TaggedTerm): string => text.slice(a.end, b.start);
/** Neighbours with only spaces (or a hyphen) between them belong to one phrase. */
export const joined = (text: string, a: TaggedTerm, b: TaggedTerm): boolean => /^['’]?[ \t\u00a0]*$|^-$/.test(gapBetween(text, a, b));

export function segmentsOf(text: string, tagged: Tagged): Segment[] {
  const out: Segment[] = [];
  const lines = lineBreaks(text);
  const push = (terms: TaggedTerm[]) => {
    if (terms.length === 0) return;
    const start = terms[0]!.start;
    const end = terms[terms.length - 1]!.end;
    const heading = isHeading(text, lines, start, end);
    out.push({ terms, start, end, heading, titleCase: heading && isTitleCase(terms) });
  };
  for (const sentence of tagged.sentences) {
    let current: TaggedTerm[] = [];
    for (const term of sentence) {
      if (term.start === term.end) continue; // a contraction compromise expanded ("Lee’s" as "Lee is")
      const prev = current[current.length - 1];
      if (prev && gapBetween(text, prev, term).includes('\n')) {
        push(current);
        current = [];
      }
      current.push(term);
    }
    push(current);
  }
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

function isTitleCase(terms: TaggedTerm[]): boolean {
  const words = terms.filter((t) => /^\p{L}/u.test(t.text) && !MINOR.has(t.normal));
  return words.length > 0 && words.filter(isCapitalised).length / words.length >= 0.7;
}
