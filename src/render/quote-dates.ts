// The date each quote's own paragraph gives: "We will meet on Friday," she said → Friday's date.
// Rule: among the calendar dates (days, months, weeks, ranges … not durations or "now") in the
// paragraph(s) the quote spans, the one nearest the quote, inside it counting as nearest; on a tie
// the earlier. Without the text (paragraphs unknown) only dates inside the quote count.
import { splitParagraphs } from '../document/paragraphs.js';
import { lowerBound } from '../document/search.js';
import { codePointMapper } from '../output/codepoints.js';
import type { Analysis, DateOut, QuoteOut, Span } from '../types.js';
import { calendarDay } from './humanize.js';

const onCalendar = (d: DateOut) =>
  (d.type === 'date' || d.type === 'time') && d.value !== null && calendarDay(d.value, d.interval) !== null;

const gap = (a: Span, b: Span) => Math.max(0, a.start - b.end, b.start - a.end);

/** Paragraphs in code points, the unit of the analysis' offsets. */
function paragraphsOf(text: string): Span[] {
  const toCodePoint = codePointMapper(text);
  return splitParagraphs(text).map((p) => ({ start: toCodePoint(p.start), end: toCodePoint(p.end) }));
}

/** The stretch of text a quote's date may come from: its paragraphs, or the quote itself. */
function reach(q: QuoteOut, paragraphs: Span[] | null): Span {
  if (!paragraphs) return q;
  const first = paragraphs[lowerBound(paragraphs.length, (i) => paragraphs[i]!.end > q.start)];
  const after = lowerBound(paragraphs.length, (i) => paragraphs[i]!.start >= q.end);
  const last = after > 0 ? paragraphs[after - 1] : undefined;
  return { start: Math.min(first?.start ?? q.start, q.start), end: Math.max(last?.end ?? q.end, q.end) };
}

/** Quote id → the date its paragraph gives, for the quotes that have one. */
export function quoteDates(a: Analysis, text?: string): Map<string, DateOut> {
  const dates = a.dates.filter(onCalendar).sort((x, y) => x.start - y.start);
  const paragraphs = text === undefined ? null : paragraphsOf(text);
  const found = new Map<string, DateOut>();
  for (const q of a.quotes) {
    const within = reach(q, paragraphs);
    let best: DateOut | null = null;
    for (
      let i = lowerBound(dates.length, (j) => dates[j]!.start >= within.start);
      i < dates.length && dates[i]!.start < within.end;
      i++
    ) {
      const d = dates[i]!;
      if (d.end <= within.end && (!best || gap(d, q) < gap(best, q))) best = d;
    }
    if (best) found.set(q.id, best);
  }
  return found;
}
