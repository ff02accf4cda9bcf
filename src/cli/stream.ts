// A long text's analysis as the command writes it in json or ndjson: each window's quotes, dates,
// events, entities and speaker mentions go to temporary files as the window is done and are
// dropped from memory; only the speaker table (and the first window's header: the reference
// date) is held. Once the
// last window is done, the speakers and every id are final and the findings are read back, an item
// at a time, numbered as the whole analysis numbers them: the same JSON, byte for byte, with memory
// bounded by a window rather than the text.
import type { AnalyzeOptions, DateOut, EventOut, QuoteOut, TextSpan } from '../types.js';
import type { TextSource } from '../utf8-text.js';
import { WINDOW, WindowedAnalysis, type Speaker } from '../windows.js';
import { Streamed } from './json-writer.js';
import { MentionSpool } from './mention-spool.js';
import { SpoolFolder, type Spool } from './spool.js';

/** Characters up to which helpers (-j N) still take a text whole: its result is a few MB. */
const HELPERS_TAKE = 1024 * 1024;

/**
 * Whether the command writes a text's analysis window by window, in this thread: a text longer
 * than a window; with helpers, one longer than they take (written here, texts are analysed one
 * after another).
 */
export const writtenByWindow = (length: number, helpers: boolean): boolean =>
  length > (helpers ? HELPERS_TAKE : WINDOW);

/**
 * The analysis, as a value for writeJson (its lists read back from disk); where its JSON is made
 * whole before any of it is written (jsonOutput's `staging`); and how to free them.
 */
export interface SpooledAnalysis {
  value: object;
  staging: Spool;
  dispose(): void;
}

/** A speaker as a spooled line refers to it: its place in the table, 0 for none. */
const ref = (s: Speaker | null) => s?.order ?? 0;

/** Each spooled line, parsed as a `P`, made into what is written by `number` (given its place). */
function* numbered<P, T>(lines: Iterable<string>, number: (parsed: P, i: number) => T): Generator<T> {
  let i = 0;
  for (const line of lines) yield number(JSON.parse(line) as P, i++);
}

/**
 * Analyses `text` window by window, its findings spooled (`window`, and `mentionsHeld`, the most
 * mentions grouped in memory at once, are parameters for the tests).
 */
export function spoolAnalysis(
  text: TextSource,
  options: AnalyzeOptions,
  window = WINDOW,
  mentionsHeld?: number,
): SpooledAnalysis & { mentions: MentionSpool } {
  const folder = new SpoolFolder([
    'quotes',
    'dates',
    'events',
    'mentions',
    'people',
    'organizations',
    'places',
    'json',
  ] as const);
  const mentions = new MentionSpool(folder.spools.mentions, mentionsHeld);
  const dispose = () => {
    mentions.dispose();
    folder.dispose();
  };
  try {
    const windowed = new WindowedAnalysis(text, options, window, (s, m) => mentions.add(s.order, m));
    const { quotes, dates, events, json, ...entities } = folder.spools;
    for (const found of windowed.findings()) {
      for (const q of found.quotes) quotes.push(JSON.stringify([ref(q.speaker), ref(q.reportedBy), q.quote]));
      for (const d of found.dates) dates.push(JSON.stringify(d));
      for (const e of found.events) events.push(JSON.stringify([ref(e.speaker), e.date, e.event]));
      for (const kind of ['people', 'organizations', 'places'] as const)
        for (const e of found.entities[kind]) entities[kind].push(JSON.stringify(e));
    }
    const ranked = windowed.rankedSpeakers();
    // Each speaker with its mentions read back from disk as it is written.
    function* speakers() {
      const lists = mentions.lists(ranked.map((s) => s.order));
      for (const s of ranked) {
        const list: Iterable<TextSpan> = lists.next().value ?? [];
        yield { ...windowed.speakerOut(s), mentions: new Streamed(() => list) };
      }
    }
    const at = (order: number) => windowed.speakerAt(order);
    const entityList = (spool: Spool) => new Streamed(() => numbered(spool.lines(), (e: unknown) => e));
    return {
      value: {
        ...windowed.head!,
        speakers: new Streamed(speakers),
        quotes: new Streamed(() =>
          numbered(quotes.lines(), ([speaker, reportedBy, quote]: [number, number, QuoteOut], i) =>
            windowed.numberQuote({ quote, speaker: at(speaker), reportedBy: at(reportedBy) }, i),
          ),
        ),
        dates: new Streamed(() => numbered(dates.lines(), (d: DateOut, i) => windowed.numberDate(d, i))),
        events: new Streamed(() =>
          numbered(events.lines(), ([speaker, date, event]: [number, number | null, EventOut], i) =>
            windowed.numberEvent({ event, speaker: at(speaker), date }, i),
          ),
        ),
        entities: {
          people: entityList(entities.people),
          organizations: entityList(entities.organizations),
          places: entityList(entities.places),
        },
      },
      staging: json,
      dispose,
      mentions,
    };
  } catch (err) {
    dispose();
    throw err;
  }
}
