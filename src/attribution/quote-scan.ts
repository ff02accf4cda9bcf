// Quoted spans, found by scanning quotation marks paragraph by paragraph (linear, no regexes).
//
// Curly marks say which way they face; straight ones are paired by context (a mark after a space
// or an opening bracket opens, one after a word closes). Single quotes (‘…’, '…') count outside
// double-quoted spans, never as apostrophes; „…“ and «…» pair as in the languages that use them;
// two apostrophes ''…'' (and ``…'') stand for double marks, as in old newswire copy. A quote never
// crosses a paragraph edge: one left open at the end of a paragraph ends there, which is how a
// quotation over several paragraphs is written (an opening mark on each, the closing one only at
// the end), and what keeps an unbalanced mark from swallowing the rest of the document. Nor does
// it carry on into a paragraph that opens a question or a speaker's turn ("Q:", "MS. NAME:").
import { pushAll } from '../arrays.js';
import type { Document, Span } from '../types.js';

export interface QuotedSpan extends Span {
  /** Offset of the opening mark, or the paragraph start when the quote carries on from above. */
  open: number;
  /** Offset just after the closing mark, or `end` when the quote was left open. */
  close: number;
  paragraph: number;
  /** True when a closing mark ends it. */
  closed: boolean;
}

/**
 * `"Compromise is possible."` after another sentence: a quoted span that is a sentence of its own
 * (a capital first, its own full stop, question or exclamation mark inside the marks, a sentence's
 * end or the paragraph's start before the opening mark), never a name or a scare quote, however short.
 */
export function wholeSentence(text: string, q: QuotedSpan, paragraphStart: number): boolean {
  if (!q.closed || !/^\p{Lu}/u.test(text.slice(q.start, q.start + 1))) return false;
  if (!/[.!?]$/.test(text.slice(q.start, q.end).trimEnd())) return false;
  const before = text.slice(paragraphStart, q.open).trimEnd();
  return before === '' || /[.!?]["”’]?$/.test(before);
}

/** A token that is a double quotation mark or an opening single one (a lone ’ or ' may be an apostrophe). */
export const QUOTE_MARK = /^["“”„«»‘]$/;
/** A token (or character) that opens a quotation. */
export const OPENING_MARK = /^["“‘]$/;
/** A token that closes a quotation, straight or curly, double or single. */
export const CLOSING_MARK = /^[”"’']$/;

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);
const STRAIGHT = '"';
/** A paragraph opening a question or a speaker's turn: "Q:", "Q.", "QUESTION:", "MR. NAME:", "Answer:". */
const TURN_LABEL = /^(?:Q\b[.:]?|QUESTION\b|ANSWER\b|A:|[\p{Lu}][\p{Lu}.'’ -]{1,60}:)/u;
const MAX_LABEL_CHARS = 64;
// An unclosed quote in a long paragraph stops at the end of its sentence rather than running on.
const MAX_OPEN_RUN = 2000;

/** Every character the scan of double quotes acts on: a straight or curly mark, an apostrophe, a backtick. */
const MARKS = /[“„«”»"'`]/g;

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const opensBefore = (c: string | undefined) => isSpace(c) || (c !== undefined && /[([{\u2014\u2013\-/:]/.test(c));

/**
 * The width of a straight double mark at `i`: 1 for ", 2 for two apostrophes standing for one
 * ('' … '', old newswire and typewriter style; never three or more, never one), else 0.
 */
function straightAt(text: string, i: number): number {
  if (text[i] === STRAIGHT) return 1;
  return text[i] === "'" && text[i + 1] === "'" && text[i - 1] !== "'" && text[i + 2] !== "'" ? 2 : 0;
}

/** The width of an opening double mark at `i`: “ „ « (1), two backticks `` (2, as in ``…''), else 0. */
const openerAt = (text: string, i: number) =>
  OPENERS.has(text[i]!) ? 1 : text[i] === '`' && text[i + 1] === '`' && text[i + 2] !== '`' ? 2 : 0;

/** Which way a straight double mark at `i`, `width` long, faces: 'open', 'close' or null (cannot tell). */
function straightFacing(text: string, i: number, start: number, end: number, width = 1): 'open' | 'close' | null {
  const before = i > start ? text[i - 1] : undefined;
  const after = i + width < end ? text[i + width] : undefined;
  const beforeOpens = opensBefore(before);
  const afterSpace = isSpace(after) || (after !== undefined && /[,.;:!?)\]]/.test(after));
  if (beforeOpens && !afterSpace) return 'open';
  if (!beforeOpens && afterSpace) return 'close';
  return null;
}

/** Trims white space and a trailing comma, which the gold leaves out of a quote. */
function innerSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  return { start, end };
}

function unclosedEnd(text: string, open: number, end: number): number {
  if (end - open <= MAX_OPEN_RUN) return end;
  for (let i = open + 1; i < end; i++) if (/[.!?]/.test(text[i]!) && isSpace(text[i + 1])) return i + 1;
  return end;
}

export function scanQuotes(doc: Document): QuotedSpan[] {
  const { text } = doc;
  const out: QuotedSpan[] = [];
  let carried = false; // the previous paragraph ended inside a quote
  // The scan acts on marks only: it visits their offsets, found in one pass, not every character.
  const marks = Array.from(text.matchAll(MARKS), (x) => x.index);
  let m = 0;
  doc.paragraphs.forEach((p, paragraph) => {
    const firstOfParagraph = out.length;
    let open = -1;
    let openWidth = 1; // two for '' and ``
    let straight = false;
    const emit = (from: number, to: number, close: number, closed: boolean) => {
      const inner = innerSpan(text, from, to);
      if (inner.end > inner.start)
        out.push({ ...inner, open: from === p.start ? p.start : from - openWidth, close, paragraph, closed });
    };
    const firstMark = (() => {
      for (let i = p.start; i < p.end; i++) if (!isSpace(text[i])) return text[i];
      return undefined;
    })();
    // A paragraph that carries on a quote without a new opening mark starts inside it, unless it
    // opens a speaker's turn or a question ("Q:", "MR. NAME:").
    const turn = TURN_LABEL.test(text.slice(p.start, Math.min(p.end, p.start + MAX_LABEL_CHARS)));
    const opensHere = firstMark !== undefined && (openerAt(text, p.start) > 0 || straightAt(text, p.start) > 0);
    if (carried && !turn && firstMark !== undefined && !opensHere) {
      for (let i = p.start; i < p.end; i++) {
        const w = straightAt(text, i);
        if (openerAt(text, i) || (w && straightFacing(text, i, p.start, p.end, w) === 'open')) break;
        if (CLOSERS.has(text[i]!) || w) {
          emit(p.start, i, i + Math.max(w, 1), true);
          break;
        }
      }
    }
    while (m < marks.length && marks[m]! < p.start) m++;
    for (; m < marks.length && marks[m]! < p.end; m++) {
      const i = marks[m]!;
      const c = text[i]!;
      const opener = openerAt(text, i);
      const w = straightAt(text, i);
      if (c === '“' && open >= 0 && text[open] === '„') {
        emit(open + 1, i, i + 1, true); // „…“ (German, Czech)
        open = -1;
      } else if (opener) {
        open = i; // a second opener restarts: the first was a stray mark
        openWidth = opener;
        straight = false;
      } else if (CLOSERS.has(c)) {
        if (open >= 0) emit(open + openWidth, i, i + 1, true);
        open = -1;
      } else if (w) {
        const facing = straightFacing(text, i, p.start, p.end, w);
        if (open >= 0 && facing !== 'open') {
          emit(open + openWidth, i, i + w, true);
          open = -1;
        } else if (open >= 0 && straight) {
          open = i; // two openers in a row: restart at the later one
          openWidth = w;
        } else if (open < 0 && facing !== 'close') {
          open = i;
          openWidth = w;
          straight = true;
        }
      }
      if ((w === 2 || opener === 2) && marks[m + 1] === i + 1) m++;
    }
    carried = open >= 0;
    if (open >= 0) {
      const to = unclosedEnd(text, open, p.end);
      emit(open + openWidth, to, to, false);
      carried = to === p.end;
    }
    const doubles = out.splice(firstOfParagraph);
    const next = doc.paragraphs[paragraph + 1];
    const runsOn = opensWithSingle(text, p.start, p.end) && !!next && opensWithSingle(text, next.start, next.end);
    const singles = singleQuoted(text, p.start, p.end, doubles, runsOn);
    for (const q of singles) out.push({ ...q, paragraph });
    // A double-quoted phrase inside a single-quoted one (British style) is part of it.
    pushAll(
      out,
      doubles.filter((d) => !singles.some((q) => q.start <= d.start && d.end <= q.end)),
    );
    out.sort((a, b) => a.start - b.start);
  });
  return out;
}

/** "'90s", "‘05": an apostrophe for left-out digits, not an opening mark. */
const elidedYear = (text: string, i: number) => /^\d\d(?:s\b|\b)/.test(text.slice(i + 1, i + 4));
const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Whether a paragraph opens with a single quotation mark before a letter ("‘We will …"). */
export function opensWithSingle(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isSpace(text[i])) i++;
  return (
    (text[i] === '‘' || text[i] === "'") &&
    isLetter(text[i + 1]) &&
    !elidedYear(text, i) &&
    !ELIDED_WORD.test(text.slice(i + 1, i + 8))
  );
}
/** Words whose first letters an apostrophe stands for: "‘Tis", "‘twas", "‘cause". */
const ELIDED_WORD = /^(?:tis|twas|cause|til)\b/i;

/**
 * Spans in single quotes (‘…’ or '…') outside the double-quoted spans of one paragraph. An
 * apostrophe inside a word (don't) or before a year ('90s) never opens or closes one; one after
 * an "s" before a space (the ministers' meeting) closes only when no better closing mark follows.
 * `runsOn`: the paragraph and the next both open with a single mark, so a quote left open at its
 * end goes on in the next (British style, each paragraph of a long quote reopening it).
 */
function singleQuoted(
  text: string,
  start: number,
  end: number,
  doubles: readonly QuotedSpan[],
  runsOn: boolean,
): Array<Omit<QuotedSpan, 'paragraph'>> {
  const out: Array<Omit<QuotedSpan, 'paragraph'>> = [];
  let open = -1;
  let weak = -1; // a possessive-looking closing mark, the fallback
  const close = (at: number) => {
    const inner = innerSpan(text, open + 1, at);
    if (inner.end > inner.start) out.push({ ...inner, open, close: at + 1, closed: true });
    open = -1;
    weak = -1;
  };
  // A paragraph quoting with two straight single marks (''…'', old newswire style) nests its
  // straight single ones inside those: they are not quotes of their own.
  const straight = !text.slice(start, end).includes("''");
  let d = 0;
  for (let i = start; i < end; i++) {
    while (d < doubles.length && doubles[d]!.close <= i) d++;
    const inDouble = d < doubles.length && doubles[d]!.open <= i;
    const c = text[i]!;
    if (inDouble || (c !== '‘' && c !== '’' && (c !== "'" || !straight))) continue;
    const before = i > start ? text[i - 1] : undefined;
    const after = i + 1 < end ? text[i + 1] : undefined;
    const opens = (c === '‘' || c === "'") && opensBefore(before) && isLetter(after) && !elidedYear(text, i);
    const closes = (c === '’' || c === "'") && before !== undefined && !isSpace(before) && !isLetter(after);
    if (open >= 0 && closes) {
      if (/s/i.test(before!) && isSpace(after) && !/[.,!?]/.test(before!)) weak = i;
      else close(i);
    } else if (opens) {
      if (open >= 0 && weak >= 0) close(weak);
      open = i;
    }
  }
  if (open >= 0 && weak >= 0) close(weak);
  else if (open >= 0 && runsOn) {
    const inner = innerSpan(text, open + 1, end);
    if (inner.end > inner.start) out.push({ ...inner, open, close: end, closed: false });
  }
  return out;
}
