// The dates stage: every date and time expression with its TIMEX3 value, resolved against the
// reference date. First cut: chrono-node's parse, kept as it comes.
import * as chrono from 'chrono-node';
import type { DateOut, Document } from '../types.js';

export type DateMention = Omit<DateOut, 'id'>;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function findDates(doc: Document, referenceDate: string | null): DateMention[] {
  const ref = referenceDate ? new Date(`${referenceDate}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  const out: DateMention[] = [];
  for (const r of chrono.parse(doc.text, { instant: ref, timezone: 0 })) {
    const c = r.start;
    const value = c.isCertain('day')
      ? `${c.get('year')}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`
      : c.isCertain('month')
        ? `${c.get('year')}-${pad(c.get('month') ?? 1)}`
        : `${c.get('year')}`;
    out.push({
      text: r.text,
      start: r.index,
      end: r.index + r.text.length,
      type: 'date',
      value: referenceDate || c.isCertain('year') ? value : null,
      mod: null,
      interval: null,
    });
  }
  return out;
}
