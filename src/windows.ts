// Long texts in windows, so that memory follows the window, not the text (compromise's tags take
// tens of bytes per byte of input). A text longer than a window is cut at paragraph ends into
// cores of about WINDOW characters; each core is analysed with some text before it (speakers
// named there, a quote continued from there) and after it (quotes that start in the core and run
// on), and keeps what starts inside it. The reference date of the first window holds for all;
// the speakers of all windows are one table. A text no longer than a window is analysed whole.
import { SAME_OFFSETS, toCodePoints } from './output/codepoints.js';
import { analyze as analyzeWhole } from './pipeline.js';
import type { Analysis, AnalyzeOptions, DateOut, EventOut, QuoteOut, SpeakerOut, TextSpan } from './types.js';

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
function cut(text: string, from: number, to: number, which: 'first' | 'last'): number {
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
  return isLowSurrogate(text.charCodeAt(hard)) ? hard - 1 : hard;
}

/** Code points in text[from, to). */
function codePoints(text: string, from: number, to: number): number {
  let n = to - from;
  for (let i = from + 1; i < to; i++)
    if (isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1))) n--;
  return n;
}

/** A window: the text analysed, [from, to), and the core [coreStart, coreEnd) whose findings it keeps. */
interface Window {
  from: number;
  to: number;
  coreStart: number;
  coreEnd: number;
}

function windowsOf(text: string, window: number): Window[] {
  const out: Window[] = [];
  for (let coreStart = 0; coreStart < text.length;) {
    const coreEnd =
      text.length - coreStart <= window ? text.length : cut(text, coreStart + window / 2, coreStart + window, 'last');
    out.push({
      from: coreStart === 0 ? 0 : cut(text, Math.max(0, coreStart - CONTEXT), coreStart, 'first'),
      to: coreEnd === text.length ? coreEnd : cut(text, coreEnd, Math.min(text.length, coreEnd + OVERLAP), 'last'),
      coreStart,
      coreEnd,
    });
    coreStart = coreEnd;
  }
  return out;
}

/** One speaker across windows. */
interface Speaker {
  name: string;
  kind: SpeakerOut['kind'];
  title: string | null;
  organization: string | null;
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

/**
 * Analyses `text` as the pipeline does, in windows of `window` characters when it is longer
 * (`window` is a parameter for the tests; the command and the library use WINDOW).
 */
export function analyze(text: string, options: AnalyzeOptions = {}, window = WINDOW): Analysis {
  if (text.length <= window) return analyzeWhole(text, options);
  return analyzeInWindows(text, options, window);
}

function analyzeInWindows(text: string, options: AnalyzeOptions, window: number): Analysis {
  const table = new SpeakerTable();
  const quotes: { quote: QuoteOut; speaker: Speaker | null; reportedBy: Speaker | null }[] = [];
  const dates: DateOut[] = [];
  const events: { event: EventOut; speaker: Speaker | null; dateStart: number | null }[] = [];
  const entities: Analysis['entities'] = { people: [], organizations: [], places: [] };
  let head: Analysis | null = null;
  // Code points before the last core's start: offsets out of a window are shifted by its own.
  let coreStartCodePoint = 0;
  let lastCoreStart = 0;

  for (const w of windowsOf(text, window)) {
    coreStartCodePoint += codePoints(text, lastCoreStart, w.coreStart);
    lastCoreStart = w.coreStart;
    const fromCodePoint = coreStartCodePoint - codePoints(text, w.from, w.coreStart);
    const coreEndCodePoint = coreStartCodePoint + codePoints(text, w.coreStart, w.coreEnd);
    const inCore = (s: { start: number }) => s.start >= coreStartCodePoint && s.start < coreEndCodePoint;
    // The first window finds the reference date, as the whole text would; later ones take it.
    const part: Analysis = toCodePoints(
      analyzeWhole(text.slice(w.from, w.to), {
        ...options,
        referenceDate: head ? head.referenceDate : options.referenceDate,
        lookForDateline: head === null,
      }),
      fromCodePoint === 0 ? SAME_OFFSETS : (i) => i + fromCodePoint,
    );
    head ??= part;

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
      const t = table.find(s) ?? table.add(s.name, s.kind);
      if (s.name.length > t.name.length) table.rename(t, s.name);
      t.title ??= s.title;
      t.organization ??= s.organization;
      for (const m of mentions) t.mentions.push(m);
      t.first = Math.min(t.first, mentions[0]?.start ?? Infinity);
      speakerOf.set(s.id, t);
    }
    const speaker = (id: string | null) => (id === null ? null : (speakerOf.get(id) ?? null));
    for (const quote of kept.quotes) {
      const s = speaker(quote.speakerId);
      if (s) s.first = Math.min(s.first, quote.start);
      quotes.push({ quote, speaker: s, reportedBy: speaker(quote.reportedBy) });
    }
    for (const d of kept.dates) dates.push(d);
    const dateStart = new Map(part.dates.map((d) => [d.id, d.start]));
    for (const event of kept.events)
      events.push({
        event,
        speaker: speaker(event.speakerId),
        dateStart: event.dateId === null ? null : (dateStart.get(event.dateId) ?? null),
      });
    for (const kind of ['people', 'organizations', 'places'] as const)
      for (const e of part.entities[kind]) if (inCore(e)) entities[kind].push(e);
  }

  // Ids in text order, as the pipeline gives them.
  const speakers = table.speakers.sort((a, b) => a.first - b.first);
  const speakerId = new Map(speakers.map((s, i) => [s, `s${i + 1}`]));
  const idOf = (s: Speaker | null) => (s ? speakerId.get(s)! : null);
  const dateId = new Map(dates.map((d, i) => [d.start, `d${i + 1}`]));
  return {
    ...head!,
    speakers: speakers.map((s) => ({
      id: idOf(s)!,
      name: s.name,
      kind: s.kind,
      title: s.title,
      organization: s.organization,
      mentions: s.mentions,
    })),
    // Numbered in place (the keys exist, so their order holds): a copy of every finding would
    // double the peak at the end of a long text.
    quotes: quotes.map(({ quote, speaker, reportedBy }, i) =>
      Object.assign(quote, {
        id: `q${i + 1}`,
        speakerId: idOf(speaker),
        speaker: speaker?.name ?? null,
        reportedBy: idOf(reportedBy),
      }),
    ),
    dates: dates.map((d, i) => Object.assign(d, { id: `d${i + 1}` })),
    events: events.map(({ event, speaker, dateStart }, i) =>
      Object.assign(event, {
        id: `e${i + 1}`,
        speakerId: idOf(speaker),
        dateId: dateStart === null ? null : (dateId.get(dateStart) ?? null),
      }),
    ),
    entities,
  };
}
