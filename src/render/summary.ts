// What the human-readable formats (pretty, markdown, html) show, worked out once from an analysis:
// each of them only lays this out. Pure: no colour, no markup.
import type { Analysis, DateOut, EventOut, QuoteOut, ReferenceDateForm, SpeakerOut } from '../types.js';
import { calendarDay, humanDate } from './humanize.js';
import { quoteDates } from './quote-dates.js';
import { actCounts } from '../speech-acts/acts.js';

export interface SpeakerSummary {
  speaker: SpeakerOut;
  /** Direct quotes first, then reported (indirect and mixed), each group in text order. */
  direct: QuoteOut[];
  reported: QuoteOut[];
}

export interface TimelineEntry {
  /** YYYY[-MM[-DD]] the entry sorts on. */
  day: string;
  /** The calendar value it groups on: the date's TIMEX3 value (and mod) or the event's date. */
  value: string;
  /** That value as a person reads it ("Tue 27 Jul 2021, evening", "early October 2022"). */
  label: string;
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
  /** Quote id → the date its paragraph gives (see quote-dates.ts). */
  quoteDates: Map<string, DateOut>;
}

const HOW_TO_ANCHOR = 'pass --reference-date YYYY-MM-DD to resolve relative dates such as "on Thursday"';

export function describeReferenceDate(a: Analysis): string {
  if (!a.referenceDate) return `none found in the text; ${HOW_TO_ANCHOR}`;
  const day = humanDate(a.referenceDate) ?? a.referenceDate;
  if (a.referenceDateSource === 'option') return `${day} (given with --reference-date)`;
  if (a.referenceDateSource === 'text') {
    const origin = a.referenceDateOrigin;
    const where = origin ? `${FORM_WORDS[origin.form]}, “${origin.text}”` : 'dateline or date header';
    return `${day} (from the text's ${where})`;
  }
  return day;
}

/** How the summary names each place a reference date is read from. */
const FORM_WORDS: Record<ReferenceDateForm, string> = {
  dateline: 'dateline',
  field: 'date field',
  byline: 'byline time stamp',
  'date-line': 'date line under the title',
  release: 'release date line',
  title: 'title',
  footer: 'closing line',
};

const isReported = (q: QuoteOut) => q.kind !== 'direct';

function speakerSummaries(a: Analysis): SpeakerSummary[] {
  return a.speakers.map((speaker) => {
    const own = a.quotes.filter((q) => q.speakerId === speaker.id);
    return { speaker, direct: own.filter((q) => !isReported(q)), reported: own.filter(isReported) };
  });
}

function groupValue(d: DateOut): string {
  return d.mod ? `${d.value} (${d.mod.toLowerCase()})` : d.value!;
}

/** A date mention in words; its own text where its value is not one humanDate reads. */
export function dateWords(d: DateOut, reference: string | null): string {
  return (d.value !== null && humanDate(d.value, { type: d.type, mod: d.mod, reference })) || oneLine(d.text);
}

function timeline(a: Analysis): {
  entries: TimelineEntry[];
  undated: EventOut[];
  unresolved: DateOut[];
  other: DateOut[];
} {
  const entries = new Map<string, TimelineEntry>();
  const entry = (day: string, value: string, label: () => string) => {
    let e = entries.get(value);
    if (!e) entries.set(value, (e = { day, value, label: label(), dates: [], events: [] }));
    return e;
  };
  const unresolved: DateOut[] = [];
  const other: DateOut[] = [];
  for (const d of a.dates) {
    const day = d.type === 'date' || d.type === 'time' ? calendarDay(d.value, d.interval) : null;
    if (d.value === null) unresolved.push(d);
    else if (day === null) other.push(d);
    else entry(day, groupValue(d), () => dateWords(d, a.referenceDate)).dates.push(d);
  }
  const undated: EventOut[] = [];
  for (const ev of a.events) {
    const day = calendarDay(ev.date);
    const linked = ev.dateId ? a.dates.find((d) => d.id === ev.dateId) : undefined;
    if (day === null) undated.push(ev);
    else if (linked?.value) entry(day, groupValue(linked), () => dateWords(linked, a.referenceDate)).events.push(ev);
    else entry(day, ev.date!, () => humanDate(ev.date!, { reference: a.referenceDate }) ?? ev.date!).events.push(ev);
  }
  // Calendar order; a coarser value ("2020-11") comes before the days inside it.
  const sorted = [...entries.values()].sort((x, y) =>
    x.day < y.day ? -1 : x.day > y.day ? 1 : x.value.localeCompare(y.value),
  );
  return { entries: sorted, undated, unresolved, other };
}

/** The summary of one analysis; with its text, quotes also get the date their paragraph gives. */
export function summarize(a: Analysis, text?: string): Summary {
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
    quoteDates: quoteDates(a, text),
  };
}

const bare = (s: string) => s.toLowerCase().replace(/^the\s+/, '');

/** The parts of a role worth showing beside a name: not a title the name already is ("The Secretary"). */
export function roleParts(name: string, parts: (string | null)[]): string[] {
  return parts.filter((p): p is string => !!p && bare(p) !== bare(name));
}

/** "spokesperson, Ministry of National Defense", or null when neither is known. */
export function speakerRole(s: SpeakerOut): string | null {
  const parts = roleParts(s.name, [s.title, s.organization]);
  return parts.length ? parts.join(', ') : null;
}

/** A quote's speech act as a note beside it; plain statements go untagged. */
export const actTag = (q: QuoteOut): string | null => (q.speechAct === 'statement' ? null : q.speechAct);

/** A speaker's quotes counted by speech act, after a separator: " · appeals: 2, statements: 1" (empty without quotes). */
export function withActs(s: SpeakerSummary): string {
  const counts = actCounts([...s.direct, ...s.reported].map((q) => q.speechAct));
  return counts ? ` · ${counts}` : '';
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

/**
 * How a quote was introduced: its cue verb ("said"), or for a transcript turn, where the label
 * printed the speaker's name ("MS SMITH:"), the setting: "briefing".
 */
export function cueLabel(q: QuoteOut): string | null {
  if (q.rule?.startsWith('transcript')) return 'briefing';
  return q.cue;
}

/** What an event line says after its status: "conference: video conference on …". */
export function eventLabel(ev: EventOut): string {
  const who = ev.participants.length ? ` (${ev.participants.join(', ')})` : '';
  return `${ev.type}: ${ev.name}${who}`;
}
