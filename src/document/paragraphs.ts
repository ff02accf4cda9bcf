import { pushAll } from '../arrays.js';
import type { Span } from '../types.js';
import { MONTHS, WEEKDAYS } from '../dates/lexicon.js';

// A block between blank lines is one paragraph when its lines look hard-wrapped (every line
// but the last of ordinary width); otherwise each of its lines is a paragraph of its own, which is
// how statements, transcripts and wire copy put one paragraph per line.
const WRAP_MIN = 40;
const WRAP_MAX = 100;

/** A recording's time opening a line ("[00:01:15] ", "(12:04) ", "00:14 "), as video transcripts print each line. */
const TIMED_LINE = /^[[(]?\d{1,2}(?::\d{2}){1,2}[\])]?\s/;

/**
 * Lines of ordinary width; a short label over one longer line ("QUESTION – Ana Roe, Daily Post" /
 * "Is the plan late?") was broken by hand, not wrapped, where the second line's first word would have
 * fitted on the first. Only there: in longer blocks the widest line may hold an unbreakable URL or
 * e-mail address, and beside it every ordinary line "would have fitted". Wrapped prose does not open
 * every line with a time.
 */
function looksWrapped(text: string, lines: Span[]): boolean {
  if (lines.length < 2) return false;
  if (lines.every((l) => TIMED_LINE.test(text.slice(l.start, l.end)))) return false;
  if (lines.some((l, k) => k > 0 && dateLineUnderName(text, lines[k - 1]!, l))) return false;
  const width = (l: Span) => l.end - l.start;
  const widest = lines.reduce((w, l) => Math.max(w, width(l)), 0);
  const firstWord = (l: Span) => text.slice(l.start, l.end).search(/\s|$/);
  return lines
    .slice(0, -1)
    .every(
      (l, k) =>
        width(l) >= WRAP_MIN &&
        width(l) <= WRAP_MAX &&
        (lines.length > 2 || width(l) + 1 + firstWord(lines[k + 1]!) > widest),
    );
}

/** A line's first words: "Tuesday, 3 November" gives tuesday and 3; "3 November" gives 3 and november. */
const OPENING_WORDS = /^(\p{L}+|\d{1,2})\W+(\p{L}+)?/u;
/** The last word of a line, when it is capitalised ("… Haruto Imai"). */
const CAPITALISED_END = /\b\p{Lu}[\p{L}'’.-]*$/u;

/**
 * "Press Conference by Press Secretary Haruto Imai" over "Tuesday, 3 November 2026": a title ending
 * in a name, then a line opening with a weekday, a month or a day and its month, was broken by hand.
 * Prose wrapped before a date ends its line with a small word ("… will meet on" / "Tuesday").
 */
function dateLineUnderName(text: string, above: Span, line: Span): boolean {
  if (!CAPITALISED_END.test(text.slice(above.start, above.end))) return false;
  const opening = OPENING_WORDS.exec(text.slice(line.start, Math.min(line.end, line.start + 40)));
  if (!opening) return false;
  const first = opening[1]!.toLowerCase();
  const second = opening[2]?.toLowerCase() ?? '';
  return WEEKDAYS.has(first) || MONTHS.has(first) || (/^\d/.test(first) && MONTHS.has(second));
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

export function splitParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  let block: Span[] = [];
  const flush = () => {
    if (looksWrapped(text, block)) paragraphs.push({ start: block[0]!.start, end: block[block.length - 1]!.end });
    else pushAll(paragraphs, block);
    block = [];
  };
  const lineBreak = /\r\n|\n|\r|\u2028|\u2029/g;
  let lineStart = 0;
  for (;;) {
    const m = lineBreak.exec(text);
    const lineEnd = m ? m.index : text.length;
    const line = trimSpan(text, { start: lineStart, end: lineEnd });
    if (line.end > line.start) block.push(line);
    else flush();
    if (!m) break;
    lineStart = m.index + m[0].length;
  }
  flush();
  return paragraphs;
}
