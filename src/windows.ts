// Long texts in windows, so that memory follows the window, not the text (compromise's tags take
// tens of bytes per byte of input). A text longer than a window is cut at paragraph ends into
// cores of about WINDOW characters; each core is analysed with some text before it (speakers
// named there, a quote continued from there) and after it (quotes that start in the core and run
// on), and keeps what starts inside it. The reference date of the first window holds for all;
// the speakers of all windows are one table. A text no longer than a window is analysed whole.
// The text is a string or, for the command's long files, its UTF-8 bytes (src/utf8-text.ts),
// decoded a window at a time.
import { SAME_OFFSETS, toCodePoints } from './output/codepoints.js';
import { analyze as analyzeWhole } from './pipeline.js';
import type { Analysis, AnalyzeOptions, DateOut, EventOut, QuoteOut, SpeakerOut, TextSpan } from './types.js';
import type { TextSource } from './utf8-text.js';

/** Characters (UTF-16 units) of a window's core. */
export const WINDOW = 64 * 1024;
/** Read before a core and after it, at most. */
const CONTEXT = 4 * 1024;
const OVERLAP = 8 * 1024;
/** Where a reader would cut, most preferred first: a blank line, a line break, a sentence end, a space. */
const BREAKS: RegExp[] = [/\n[ \t]*\n/g, /\n/g, /[.!?]["”’)\]]*\s/g, /\s/g];

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * The position just after the last (or first) break of the most preferred kind inside
 * text[from, to); failing every kind, `to` (or `from`), moved off the middle of a surrogate pair.
 */
function cut(text: TextSource, from: number, to: number, which: 'first' | 'last'): number {
  const span = text.slice(from, to);
  for (const breakAt of BREAKS) {
    let found = -1;
    for (const m of span.matchAll(breakAt)) {
      found = m.index + m[0].length;
      if (which === 'first') break;
    }
    if (found >= 0) return from + found;
  }
  const hard = which === 'first' ? from : to;
  return isLowSurrogate(text.slice(hard, hard + 1).charCodeAt(0)) ? hard - 1 : hard;
}

/** Code points in text[from, to). */
function codePoints(text: string, from: number, to: number): number {
  let n = to - from;
  for (let i = from + 1; i < to; i++)
    if (isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1))) n--;
  return n;
}

/**
 * A copy of `s` that holds on to nothing else. V8 makes a longer slice of a string a view of it:
 * a name kept from a window would keep that window's whole text alive (all the windows' texts,
 * by the end, when they are decoded one by one from bytes).
 */
const detached = (s: string): string => JSON.parse(JSON.stringify(s)) as string;

/** A window: the text analysed, [from, to), and the core [coreStart, coreEnd) whose findings it keeps. */
interface Window {
  from: number;
  to: number;
  coreStart: number;
  coreEnd: number;
}

function* windowsOf(text: TextSource, window: number): Generator<Window> {
  for (let coreStart = 0; coreStart < text.length;) {
    const coreEnd =
      text.length - coreStart <= window ? text.length : cut(text, coreStart + window / 2, coreStart + window, 'last');
    yield {
      from: coreStart === 0 ? 0 : cut(text, Math.max(0, coreStart - CONTEXT), coreStart, 'first'),
      to: coreEnd === text.length ? coreEnd : cut(text, coreEnd, Math.min(text.length, coreEnd + OVERLAP), 'last'),
      coreStart,
      coreEnd,
    };
    coreStart = coreEnd;
  }
}

/** What holds for the whole text, from its first window: an analysis without its findings. */
export type AnalysisHeader = Omit<Analysis, 'speakers' | 'quotes' | 'dates' | 'events' | 'entities'>;

/** One speaker across windows. */
export interface Speaker {
  name: string;
  kind: SpeakerOut['kind'];
  title: string | null;
  organization: string | null;
  /** Its mentions, unless they go elsewhere as they are found (WindowedAnalysis's `keepMention`). */
  mentions: TextSpan[];
  /** Where it is first mentioned or quoted, for the order of ids. */
  first: number;
  /** Its place in the table: of two speakers with one name, the earlier is the one found. */
  order: number;
}

const lastWord = (name: string) => name.split(/\s+/).pop()!;
const isSingleWord = (name: string) => !/\s/.test(name);

/** Adds `value` to the list under `key`. */
function file<K, V>(index: Map<K, V[]>, key: K, value: V): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}

/** Takes `value` out of the list under `key`. */
function unfile<K, V>(index: Map<K, V[]>, key: K, value: V): void {
  const list = index.get(key)!;
  list.splice(list.indexOf(value), 1);
  if (list.length === 0) index.delete(key);
}

/**
 * The speakers of all windows, indexed by name so that finding one takes the same time however
 * many there are (a long transcript can name tens of thousands).
 */
class SpeakerTable {
  readonly speakers: Speaker[] = [];
  /** By kind and name. */
  private readonly named = new Map<string, Speaker[]>();
  /** People, by the last word of their names. */
  private readonly bySurname = new Map<string, Speaker[]>();
  /** People named by one word, by that word. */
  private readonly byOneWord = new Map<string, Speaker[]>();

  /** The speaker `s` is: the same name, or a surname and the one full name that ends with it. */
  find(s: SpeakerOut): Speaker | undefined {
    const exact = this.named.get(`${s.kind}\u0000${s.name}`);
    if (exact) return exact.reduce((a, b) => (b.order < a.order ? b : a));
    if (s.kind !== 'person') return undefined;
    // One word: the one person whose name ends with it (its namesake among them). A full name:
    // the one person named by its last word alone.
    const candidates = isSingleWord(s.name) ? this.bySurname.get(s.name) : this.byOneWord.get(lastWord(s.name));
    return candidates?.length === 1 ? candidates[0] : undefined;
  }

  add(name: string, kind: Speaker['kind']): Speaker {
    const t: Speaker = { name, kind, title: null, organization: null, mentions: [], first: Infinity, order: 0 };
    t.order = this.speakers.push(t);
    this.index(t, file);
    return t;
  }

  rename(t: Speaker, name: string): void {
    this.index(t, unfile);
    t.name = name;
    this.index(t, file);
  }

  private index(t: Speaker, how: typeof file<string, Speaker>): void {
    how(this.named, `${t.kind}\u0000${t.name}`, t);
    if (t.kind !== 'person') return;
    how(this.bySurname, lastWord(t.name), t);
    if (isSingleWord(t.name)) how(this.byOneWord, t.name, t);
  }
}

/** A quote a window keeps, its speakers those of the table. */
export interface KeptQuote {
  quote: QuoteOut;
  speaker: Speaker | null;
  reportedBy: Speaker | null;
}
/** An event a window keeps, its speaker that of the table, its date by its place among the kept dates. */
export interface KeptEvent {
  event: EventOut;
  speaker: Speaker | null;
  date: number | null;
}
/** An event kept before the date it refers to is numbered: that date starts where `dateStart` says. */
interface WaitingEvent {
  event: EventOut;
  speaker: Speaker | null;
  dateStart: number | null;
}
/**
 * What one window keeps: the findings that start in its core, in text order; its events may come
 * with a later window's findings, once the dates they refer to (up to the window's end) are kept.
 */
export interface WindowFindings {
  quotes: KeptQuote[];
  dates: DateOut[];
  events: KeptEvent[];
  entities: Analysis['entities'];
}

/**
 * A long text analysed window by window: `findings()` analyses each window in turn and yields what
 * it keeps; once the last is done, the speakers and the ids of everything kept are final. The
 * whole analysis (`analyze`) and the command's JSON, written window by window (src/cli/stream.ts),
 * are both made from it. Held here across windows, so that memory does not grow with the text:
 * the speakers (their mentions too, unless `keepMention` takes them elsewhere), the dates kept
 * since the current window's start (an event's date is within its window) and the events waiting
 * for a date the next windows keep.
 */
export class WindowedAnalysis {
  private readonly table = new SpeakerTable();
  /** The first window's header: its reference date and where it came from hold for the text. */
  head: AnalysisHeader | null = null;
  /**
   * Where each kept date starts, to its index, for the dates an event may still refer to: those
   * from the current window's start on (an event's date is found by where it starts).
   */
  private readonly dateIndex = new Map<number, number>();
  private dates = 0;
  /** Events kept, in text order, whose dates later windows may keep. */
  private readonly waiting: WaitingEvent[] = [];
  private readonly speakerIds = new Map<Speaker, string>();

  /**
   * `keepMention` takes each speaker mention found, in text order (by default onto the speaker's
   * `mentions`); `window` is a parameter for the tests.
   */
  constructor(
    private readonly text: TextSource,
    private readonly options: AnalyzeOptions,
    private readonly window = WINDOW,
    private readonly keepMention: (speaker: Speaker, mention: TextSpan) => void = (s, m) => void s.mentions.push(m),
  ) {}

  /** How many dates and waiting events are held now (for the tests of the bound). */
  get held(): { dates: number; events: number } {
    return { dates: this.dateIndex.size, events: this.waiting.length };
  }

  *findings(): Generator<WindowFindings> {
    const { text, options, table } = this;
    // Code points before the core's start (cores follow one another): offsets out of a window
    // are shifted by its own.
    let coreStartCodePoint = 0;
    for (const w of windowsOf(text, this.window)) {
      const windowText = text.slice(w.from, w.to);
      const fromCodePoint = coreStartCodePoint - codePoints(windowText, 0, w.coreStart - w.from);
      const coreEndCodePoint = coreStartCodePoint + codePoints(windowText, w.coreStart - w.from, w.coreEnd - w.from);
      const inCore = (s: { start: number }) => s.start >= coreStartCodePoint && s.start < coreEndCodePoint;
      // The first window finds the reference date, as the whole text would; later ones take it.
      const part: Analysis = toCodePoints(
        analyzeWhole(windowText, {
          ...options,
          referenceDate: this.head ? this.head.referenceDate : options.referenceDate,
          lookForDateline: this.head === null,
        }),
        fromCodePoint === 0 ? SAME_OFFSETS : (i) => i + fromCodePoint,
      );
      if (!this.head) {
        // Only the header: the first window's findings go where every window's go, not kept here.
        const { speakers, quotes, dates, events, entities, ...header } = part;
        this.head = header;
      }

      const kept = {
        quotes: part.quotes.filter(inCore),
        dates: part.dates.filter(inCore),
        events: part.events.filter(inCore),
      };
      // Speakers mentioned in the core or credited with what it keeps join the table.
      const credited = new Set<string | null>();
      for (const q of kept.quotes) credited.add(q.speakerId).add(q.reportedBy);
      for (const e of kept.events) credited.add(e.speakerId);
      const speakerOf = new Map<string, Speaker>();
      for (const s of part.speakers) {
        const mentions = s.mentions.filter(inCore);
        if (mentions.length === 0 && !credited.has(s.id)) continue;
        const t = table.find(s) ?? table.add(detached(s.name), s.kind);
        if (s.name.length > t.name.length) table.rename(t, detached(s.name));
        t.title ??= s.title === null ? null : detached(s.title);
        t.organization ??= s.organization === null ? null : detached(s.organization);
        for (const m of mentions) this.keepMention(t, { ...m, text: detached(m.text) });
        t.first = Math.min(t.first, mentions[0]?.start ?? Infinity);
        speakerOf.set(s.id, t);
      }
      const speaker = (id: string | null) => (id === null ? null : (speakerOf.get(id) ?? null));
      const quotes = kept.quotes.map((quote) => {
        const s = speaker(quote.speakerId);
        if (s) s.first = Math.min(s.first, quote.start);
        return { quote, speaker: s, reportedBy: speaker(quote.reportedBy) };
      });
      // Dates before this window's start: no event still to come can refer to them.
      for (const start of this.dateIndex.keys()) {
        if (start >= fromCodePoint) break;
        this.dateIndex.delete(start);
      }
      for (const d of kept.dates) this.dateIndex.set(d.start, this.dates++);
      const dateStart = new Map(part.dates.map((d) => [d.id, d.start]));
      for (const event of kept.events)
        this.waiting.push({
          event,
          speaker: speaker(event.speakerId),
          dateStart: event.dateId === null ? null : (dateStart.get(event.dateId) ?? null),
        });
      const events = this.readyEvents(w.coreEnd === text.length ? Infinity : coreEndCodePoint);
      const entities: Analysis['entities'] = { people: [], organizations: [], places: [] };
      for (const kind of ['people', 'organizations', 'places'] as const)
        for (const e of part.entities[kind]) if (inCore(e)) entities[kind].push(e);
      coreStartCodePoint = coreEndCodePoint;
      yield { quotes, dates: kept.dates, events, entities };
    }
  }

  /**
   * The waiting events, in order, up to the first whose date starts at or past `numberedTo` (the
   * dates before it are all kept and numbered), with the place of their dates among the kept ones.
   */
  private readyEvents(numberedTo: number): KeptEvent[] {
    const ready: KeptEvent[] = [];
    while (this.waiting.length > 0 && (this.waiting[0]!.dateStart ?? -1) < numberedTo) {
      const { event, speaker, dateStart } = this.waiting.shift()!;
      ready.push({ event, speaker, date: dateStart === null ? null : (this.dateIndex.get(dateStart) ?? null) });
    }
    return ready;
  }

  /** The table's speakers in text order, numbered as the pipeline numbers them (once, after the last window). */
  rankedSpeakers(): Speaker[] {
    const inOrder = this.table.speakers.slice().sort((a, b) => a.first - b.first);
    inOrder.forEach((s, i) => this.speakerIds.set(s, `s${i + 1}`));
    return inOrder;
  }

  /** A ranked speaker as the analysis gives it. */
  speakerOut(s: Speaker): SpeakerOut {
    const { name, kind, title, organization, mentions } = s;
    return { id: this.speakerIds.get(s)!, name, kind, title, organization, mentions };
  }

  /** The speakers, numbered in text order (once, after the last window). */
  speakers(): SpeakerOut[] {
    return this.rankedSpeakers().map((s) => this.speakerOut(s));
  }

  /** The table's speaker at `order` (its place in the table): findings kept apart meanwhile refer to it so. */
  speakerAt(order: number): Speaker | null {
    return order > 0 ? this.table.speakers[order - 1]! : null;
  }

  private speakerId(s: Speaker | null): string | null {
    return s ? this.speakerIds.get(s)! : null;
  }

  // The `i`th kept quote, date or event, with its final id and references (after `speakers()`).
  // Numbered in place (the keys exist, so their order holds): a copy of every finding would
  // double the peak at the end of a long text.

  numberQuote({ quote, speaker, reportedBy }: KeptQuote, i: number): QuoteOut {
    return Object.assign(quote, {
      id: `q${i + 1}`,
      speakerId: this.speakerId(speaker),
      speaker: speaker?.name ?? null,
      reportedBy: this.speakerId(reportedBy),
    });
  }

  numberDate(date: DateOut, i: number): DateOut {
    return Object.assign(date, { id: `d${i + 1}` });
  }

  numberEvent({ event, speaker, date }: KeptEvent, i: number): EventOut {
    return Object.assign(event, {
      id: `e${i + 1}`,
      speakerId: this.speakerId(speaker),
      dateId: date === null ? null : `d${date + 1}`,
    });
  }
}

/**
 * Analyses `text` as the pipeline does, in windows of `window` characters when it is longer
 * (`window` is a parameter for the tests; the command and the library use WINDOW).
 */
export function analyze(text: string, options: AnalyzeOptions = {}, window = WINDOW): Analysis {
  if (text.length <= window) return analyzeWhole(text, options);
  const windowed = new WindowedAnalysis(text, options, window);
  const quotes: KeptQuote[] = [];
  const dates: DateOut[] = [];
  const events: KeptEvent[] = [];
  const entities: Analysis['entities'] = { people: [], organizations: [], places: [] };
  for (const found of windowed.findings()) {
    for (const q of found.quotes) quotes.push(q);
    for (const d of found.dates) dates.push(d);
    for (const e of found.events) events.push(e);
    for (const kind of ['people', 'organizations', 'places'] as const)
      for (const e of found.entities[kind]) entities[kind].push(e);
  }
  return {
    ...windowed.head!,
    speakers: windowed.speakers(),
    quotes: quotes.map((q, i) => windowed.numberQuote(q, i)),
    dates: dates.map((d, i) => windowed.numberDate(d, i)),
    events: events.map((e, i) => windowed.numberEvent(e, i)),
    entities,
  };
}
