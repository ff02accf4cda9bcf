// Answers across many statements: who spoke most (one entry per person, however each text names
// them), how many quotes each text holds, and one timeline of the dated events and quotes of all
// of them. Fed one analysis at a time (with its text, for the quotes' dates) so that only what the
// summary shows is kept, not the analyses.
import { calendarDay, humanDate } from '../render/humanize.js';
import { quoteDates } from '../render/quote-dates.js';
import type { Analysis, DateOut, EventStatus, SpeakerKind } from '../types.js';
import { joinNames, nameWords, type NameToJoin } from './identity.js';

export interface SourceTotal {
  source: string;
  referenceDate: string | null;
  quotes: number;
  speakers: number;
  events: number;
}

export interface SpeakerTotal {
  /** The fullest name any text gives. */
  name: string;
  /** Every name the texts give, fullest first. */
  names: string[];
  kind: SpeakerKind;
  titles: string[];
  organizations: string[];
  quotes: number;
  direct: number;
  reported: number;
  /** Quotes per text, in input order. */
  sources: { source: string; quotes: number }[];
  /** Quotes per speech act ("appeal": 3), where the quotes carry one. */
  speechActs: Record<string, number>;
}

export interface TimelineItem {
  source: string;
  kind: 'event' | 'quote';
  /** The event ("talks: trade talks") or the quote's words. */
  text: string;
  status: EventStatus | null;
  /** Who said the quote, or whose statement reports the event. */
  speaker: string | null;
}

export interface CorpusTimelineEntry {
  /** YYYY[-MM[-DD]] it sorts on. */
  day: string;
  /** The TIMEX3 value (and mod) it groups on. */
  value: string;
  /** That value in words. */
  label: string;
  items: TimelineItem[];
}

export interface CorpusSummary {
  texts: number;
  quotes: number;
  /** Quotes no speaker was found for. */
  unattributed: number;
  sources: SourceTotal[];
  /** Most quoted first. */
  speakers: SpeakerTotal[];
  timeline: CorpusTimelineEntry[];
  /** Events without a date, not on the timeline. */
  undatedEvents: number;
}

interface SpeakerSeen extends NameToJoin {
  title: string | null;
  organization: string | null;
  direct: number;
  reported: number;
  acts: Record<string, number>;
}

interface ItemSeen {
  day: string;
  value: string;
  label: string;
  item: Omit<TimelineItem, 'speaker'>;
  /** Index into the speakers seen, or null. */
  speaker: number | null;
}

const groupValue = (value: string, mod: DateOut['mod']) => (mod ? `${value} (${mod.toLowerCase()})` : value);
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export class CorpusSummaryBuilder {
  private readonly sources: SourceTotal[] = [];
  private readonly speakers: SpeakerSeen[] = [];
  private readonly items: ItemSeen[] = [];
  private quotes = 0;
  private unattributed = 0;
  private undated = 0;

  /** Takes in one analysis; its text, when given, dates quotes by their paragraph. */
  add(a: Analysis, text?: string): void {
    const index = this.sources.length;
    const source = a.source ?? `input ${index + 1}`;
    this.sources.push({
      source,
      referenceDate: a.referenceDate,
      quotes: a.quotes.length,
      speakers: a.speakers.length,
      events: a.events.length,
    });
    const seen = new Map<string, number>();
    for (const s of a.speakers) {
      seen.set(s.id, this.speakers.length);
      this.speakers.push({
        name: s.name,
        kind: s.kind,
        text: index,
        title: s.title,
        organization: s.organization,
        direct: 0,
        reported: 0,
        acts: {},
      });
    }
    const dates = quoteDates(a, text);
    this.quotes += a.quotes.length;
    for (const q of a.quotes) {
      const at = q.speakerId === null ? undefined : seen.get(q.speakerId);
      if (at === undefined) this.unattributed++;
      else {
        const s = this.speakers[at]!;
        if (q.kind === 'direct') s.direct++;
        else s.reported++;
        if (q.speechAct) s.acts[q.speechAct] = (s.acts[q.speechAct] ?? 0) + 1;
      }
      const d = dates.get(q.id);
      const day = d ? calendarDay(d.value, d.interval) : null;
      if (d && day) {
        const label = humanDate(d.value!, { type: d.type, mod: d.mod }) ?? oneLine(d.text);
        this.items.push({
          day,
          value: groupValue(d.value!, d.mod),
          label,
          speaker: at ?? null,
          item: { source, kind: 'quote', text: oneLine(q.text), status: null },
        });
      }
    }
    const byId = new Map(a.dates.map((d) => [d.id, d]));
    for (const ev of a.events) {
      const day = calendarDay(ev.date);
      if (!day) {
        this.undated++;
        continue;
      }
      const linked = ev.dateId ? byId.get(ev.dateId) : undefined;
      const value = linked?.value ? groupValue(linked.value, linked.mod) : ev.date!;
      const label =
        (linked?.value ? humanDate(linked.value, { type: linked.type, mod: linked.mod }) : humanDate(ev.date!)) ??
        ev.date!;
      const speaker = ev.speakerId === null ? undefined : seen.get(ev.speakerId);
      this.items.push({
        day,
        value,
        label,
        speaker: speaker ?? null,
        item: { source, kind: 'event', text: `${ev.type}: ${ev.name}`, status: ev.status },
      });
    }
  }

  result(): CorpusSummary {
    const joined = joinNames(this.speakers);
    const totals = new Map<number, { seen: SpeakerSeen[] }>();
    joined.forEach((entry, i) => {
      const t = totals.get(entry) ?? { seen: [] };
      t.seen.push(this.speakers[i]!);
      totals.set(entry, t);
    });
    const names = new Map<number, string>();
    const speakers: SpeakerTotal[] = [];
    for (const [entry, { seen }] of totals) {
      const total = speakerTotal(seen, this.sources);
      names.set(entry, total.name);
      if (total.quotes > 0 || seen.some((s) => s.kind !== 'unnamed')) speakers.push(total);
    }
    speakers.sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));

    const entries = new Map<string, CorpusTimelineEntry>();
    for (const seen of this.items) {
      let e = entries.get(seen.value);
      if (!e) entries.set(seen.value, (e = { day: seen.day, value: seen.value, label: seen.label, items: [] }));
      e.items.push({ ...seen.item, speaker: seen.speaker === null ? null : names.get(joined[seen.speaker]!)! });
    }
    const timeline = [...entries.values()].sort((x, y) =>
      x.day < y.day ? -1 : x.day > y.day ? 1 : x.value.localeCompare(y.value),
    );
    return {
      texts: this.sources.length,
      quotes: this.quotes,
      unattributed: this.unattributed,
      sources: this.sources,
      speakers,
      timeline,
      undatedEvents: this.undated,
    };
  }
}

const distinct = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => !!v))];

/** Drops a value another one begins with: "Secretary" beside "Secretary of State". */
const fullest = (values: string[]) =>
  values.filter((v) => !values.some((w) => w !== v && w.toLowerCase().startsWith(v.toLowerCase())));

function speakerTotal(seen: SpeakerSeen[], sources: SourceTotal[]): SpeakerTotal {
  // Fullest first: most name words ("Wu Qian" over "Colonel Wu"), then the plainest spelling.
  const words = (name: string) => nameWords(name, seen[0]!.kind).length;
  const names = distinct(seen.map((s) => s.name)).sort((a, b) => words(b) - words(a) || a.length - b.length);
  const perText = new Map<number, number>();
  const acts: Record<string, number> = {};
  let direct = 0;
  let reported = 0;
  for (const s of seen) {
    direct += s.direct;
    reported += s.reported;
    perText.set(s.text, (perText.get(s.text) ?? 0) + s.direct + s.reported);
    for (const [act, n] of Object.entries(s.acts)) acts[act] = (acts[act] ?? 0) + n;
  }
  return {
    name: names[0]!,
    names,
    kind: seen[0]!.kind,
    titles: fullest(distinct(seen.map((s) => s.title))),
    organizations: fullest(distinct(seen.map((s) => s.organization))),
    quotes: direct + reported,
    direct,
    reported,
    sources: [...perText]
      .sort((a, b) => a[0] - b[0])
      .map(([text, quotes]) => ({ source: sources[text]!.source, quotes })),
    speechActs: acts,
  };
}

/** The summary of analyses given all at once (texts by the same index, where at hand). */
export function summarizeCorpus(analyses: Analysis[], texts: (string | undefined)[] = []): CorpusSummary {
  const builder = new CorpusSummaryBuilder();
  analyses.forEach((a, i) => builder.add(a, texts[i]));
  return builder.result();
}
