// What the human-readable formats (pretty, markdown, html) show, worked out once from an analysis:
// each of them only lays this out. Pure: no colour, no markup.
import type { Analysis, DateOut, EventOut, QuoteOut, SpeakerOut } from '../types.js';

export interface SpeakerSummary {
  speaker: SpeakerOut;
  /** Direct quotes first, then reported (indirect and mixed), each group in text order. */
  direct: QuoteOut[];
  reported: QuoteOut[];
}

export interface TimelineEntry {
  /** YYYY[-MM[-DD]] the entry sorts on. */
  day: string;
  /** The calendar value shown: the date's TIMEX3 value (and mod) or the event's date. */
  value: string;
  /** Date mentions that fall on this value, in text order. */
  dates: DateOut[];
  /** Events dated to this value, in text order. */
  events: EventOut[];
}

export interface Summary {
  source: string;
  /** One sentence saying where the reference date came from, or how to give one. */
  referenceDate: string;
  speakers: SpeakerSummary[];
  unattributed: QuoteOut[];
  timeline: TimelineEntry[];
  undatedEvents: EventOut[];
  /** Relative dates left without a value (no reference date). */
  unresolvedDates: DateOut[];
  /** Durations, sets and references (PRESENT_REF …) that are not a point on a calendar. */
  otherDates: DateOut[];
}

const HOW_TO_ANCHOR = 'pass --reference-date YYYY-MM-DD to resolve relative dates such as "on Thursday"';

export function describeReferenceDate(a: Analysis): string {
  if (!a.referenceDate) return `none found in the text; ${HOW_TO_ANCHOR}`;
  if (a.referenceDateSource === 'option') return `${a.referenceDate} (given with --reference-date)`;
  if (a.referenceDateSource === 'text') return `${a.referenceDate} (from the text's dateline or date header)`;
  return a.referenceDate;
}

const isReported = (q: QuoteOut) => q.kind !== 'direct';

function speakerSummaries(a: Analysis): SpeakerSummary[] {
  return a.speakers.map((speaker) => {
    const own = a.quotes.filter((q) => q.speakerId === speaker.id);
    return { speaker, direct: own.filter((q) => !isReported(q)), reported: own.filter(isReported) };
  });
}

const SEASON_MONTH: Record<string, string> = { WI: '01', SP: '03', SU: '06', FA: '09' };

/**
 * Roughly where a TIMEX3 value or interval starts, as YYYY[-MM[-DD]], for sorting a timeline:
 * quarters, seasons and weeks go to their first month. Null for what is not on a calendar
 * (durations, PRESENT_REF, decades).
 */
export function calendarDay(value: string | null, interval: string | null = null): string | null {
  const from = interval ?? value;
  const m = from ? /^(\d{4})(?:-(\d{2})(-\d{2})?|-Q([1-4])|-(WI|SP|SU|FA)|-W(\d{2}))?/.exec(from) : null;
  if (!m) return null;
  const [, year, month, day, quarter, season, week] = m;
  if (month) return `${year}-${month}${day ?? ''}`;
  if (quarter) return `${year}-${String(+quarter * 3 - 2).padStart(2, '0')}`;
  if (season) return `${year}-${SEASON_MONTH[season]}`;
  if (week) return `${year}-${String(Math.min(12, Math.floor(((+week - 1) * 7) / 30.5) + 1)).padStart(2, '0')}`;
  return year!;
}

function dateLabel(d: DateOut): string {
  return d.mod ? `${d.value} (${d.mod.toLowerCase()})` : d.value!;
}

function timeline(a: Analysis): { entries: TimelineEntry[]; undated: EventOut[]; unresolved: DateOut[]; other: DateOut[] } {
  const entries = new Map<string, TimelineEntry>();
  const entry = (day: string, value: string) => {
    let e = entries.get(value);
    if (!e) entries.set(value, (e = { day, value, dates: [], events: [] }));
    return e;
  };
  const unresolved: DateOut[] = [];
  const other: DateOut[] = [];
  for (const d of a.dates) {
    const day = d.type === 'date' || d.type === 'time' ? calendarDay(d.value, d.interval) : null;
    if (d.value === null) unresolved.push(d);
    else if (day === null) other.push(d);
    else entry(day, dateLabel(d)).dates.push(d);
  }
  const undated: EventOut[] = [];
  for (const ev of a.events) {
    const day = calendarDay(ev.date);
    const linked = ev.dateId ? a.dates.find((d) => d.id === ev.dateId) : undefined;
    if (day === null) undated.push(ev);
    else entry(day, linked?.value ? dateLabel(linked) : ev.date!).events.push(ev);
  }
  // Calendar order; a coarser value ("2020-11") comes before the days inside it.
  const sorted = [...entries.values()].sort((x, y) => (x.day < y.day ? -1 : x.day > y.day ? 1 : x.value.localeCompare(y.value)));
  return { entries: sorted, undated, unresolved, other };
}

export function summarize(a: Analysis): Summary {
  const t = timeline(a);
  return {
    source: a.source ?? 'input',
    referenceDate: describeReferenceDate(a),
    speakers: speakerSummaries(a),
    unattributed: a.quotes.filter((q) => q.speakerId === null || !a.speakers.some((s) => s.id === q.speakerId)),
    timeline: t.entries,
    undatedEvents: t.undated,
    unresolvedDates: t.unresolved,
    otherDates: t.other,
  };
}

/** "spokesperson, Ministry of National Defense", or null when neither is known. */
export function speakerRole(s: SpeakerOut): string | null {
  const parts = [s.title, s.organization].filter((p): p is string => !!p);
  return parts.length ? parts.join(', ') : null;
}

export function quoteCounts(s: SpeakerSummary): string {
  const n = s.direct.length + s.reported.length;
  if (n === 0) return 'no quotes';
  const parts = [];
  if (s.direct.length) parts.push(`${s.direct.length} direct`);
  if (s.reported.length) parts.push(`${s.reported.length} reported`);
  return `${n} quote${n === 1 ? '' : 's'} (${parts.join(', ')})`;
}

/** A quote on one line: white space collapsed, cut at `max` characters (code points). */
export function oneLine(text: string, max = Infinity): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : flat;
}

/** What an event line says after its status: "conference: video conference on …". */
export function eventLabel(ev: EventOut): string {
  const who = ev.participants.length ? ` (${ev.participants.join(', ')})` : '';
  return `${ev.type}: ${ev.name}${who}`;
}
