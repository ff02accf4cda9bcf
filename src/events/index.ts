// The events stage: what happened, is happening or is planned, when, and between whom.
//   1. mentions   noun phrases headed by an event noun, named patterns, verbal cues (per segment)
//   2. filters    names used for products ("Harbor Drill enables ...") and product launches are not events
//   3. dates      each mention's date (dating.ts), its status (status.ts)
//   4. events     mentions grouped into events (coref.ts), fields chosen from the group
import type { Attribution } from '../attribution/index.js';
import type { DateOut, Document, EventOut, EventStatus, Span } from '../types.js';
import { groupMentions, mergeSamePlaceAndDay, type EventGroup } from './coref.js';
import {
  headingDate,
  isOwnDay,
  linkDate,
  linkRank,
  occasionDate,
  programmeDate,
  sequenceDate,
  type DateLink,
} from './dating.js';
import { BRIEFING_TYPES, DETERMINERS, INDEFINITE, PRESS_WORDS } from './lexicon.js';
import type { Mention } from './mention.js';
import { findNamedPatterns } from './patterns.js';
import { findPhrases } from './phrases.js';
import { isProductLaunch, isTrademarked, productNames } from './products.js';
import { enclosing } from './search.js';
import { asked, segmentsOf, type Segment } from './segments.js';
import { participantsOf } from './participants.js';
import { statusByDate, statusOf } from './status.js';
import { findVerbal } from './verbal.js';
import { isHabitual } from './habitual.js';
import { pushAll } from '../arrays.js';

export interface EventContext {
  doc: Document;
  dates: readonly DateOut[];
  attribution: Attribution;
  referenceDate: string | null;
}

interface Linked {
  link: DateLink | null;
  status: EventStatus | null;
}

/** The own date of a recurring occasion, for grouping only. */
const RECURRING = 'recurring';

export function findEvents(ctx: EventContext): EventOut[] {
  const text = ctx.doc.text;
  const segments = segmentsOf(ctx.doc);
  const products = productNames(text, segments);
  const mentions: Mention[] = [];
  segments.forEach((seg, k) => {
    // Where mentions overlap, a named pattern wins over a phrase, and a phrase over a verb.
    const all = [findNamedPatterns(text, seg, k), findPhrases(text, seg, k), findVerbal(text, seg, k)].flatMap(
      (list, priority) => list.map((m) => ({ m, priority })),
    );
    // A product launch goes, and so does any mention inside it ("the launch of Harbor Tours, an app").
    const launches = all.filter(({ m }) => isProductLaunch(text, m)).map(({ m }) => m);
    const found = all
      .filter(
        ({ m }) =>
          !products.has(seg.terms[m.head]!.text) &&
          !isTrademarked(text, m) &&
          !launches.some((l) => l.start <= m.start && m.end <= l.end),
      )
      .sort((a, b) => a.m.start - b.m.start || a.priority - b.priority);
    const kept: { m: Mention; priority: number }[] = [];
    for (const f of found) {
      const last = kept[kept.length - 1];
      if (!last || f.m.start >= last.m.end) kept.push(f);
      else if (f.priority < last.priority) kept[kept.length - 1] = f;
    }
    pushAll(
      mentions,
      kept.map((f) => f.m),
    );
  });
  const dates = [...ctx.dates].sort((a, b) => a.start - b.start);
  const linked = new Map<Mention, Linked>();
  const told: { m: Mention; link: DateLink | null }[] = [];
  for (const m of mentions) {
    const seg = segments[m.seg]!;
    const link =
      linkDate(text, seg, m, dates, ctx.referenceDate) ??
      programmeDate(text, seg, m, told) ??
      sequenceDate(text, seg, m, told) ??
      occasionDate(text, seg, m, told);
    linked.set(m, { link, status: statusOf(text, seg, m) });
    told.push({ m, link });
  }
  const ownDate = (m: Mention) => {
    const link = linked.get(m)?.link;
    // A clause's day counts for a mention that introduces its event ("a news briefing"): two
    // indefinite briefings on different days are two briefings.
    const own = link && (link.rule === 'clause' ? !m.anaphoric : isOwnDay(link));
    if (own) return link.date;
    // What happens again and again ("each year the council would meet") is none of the dated
    // occasions told beside it: its own date is the recurrence, which no day overlaps.
    return isHabitual(segments[m.seg]!.terms) ? RECURRING : null;
  };
  // An occasion only ever asked about is none; asked about and told, its question may date it.
  const groups = mergeSamePlaceAndDay(
    text,
    groupMentions(text, mentions, ownDate, segments),
    (g) => bestLink(g, linked)?.date ?? null,
  ).filter((g) => !g.mentions.every((m) => isAskedAbout(text, segments[m.seg]!, m)));
  const taken = new Set<string>();
  for (const l of linked.values()) if (l.link?.dateId) taken.add(l.link.dateId);
  const quotes = ctx.attribution.quotes.filter((q) => q.speakerId).sort((a, b) => a.start - b.start);
  const state: Assembly = {
    text,
    segments,
    linked,
    taken,
    ctx: { ...ctx, dates, attribution: { ...ctx.attribution, quotes } },
  };
  const events = groups.map((g) => toEvent(state, g));
  events.sort((a, b) => a.start - b.start);
  return events.map((e, k) => ({ ...e, id: `e${k + 1}` }));
}

/** "Will there be a summit this year?", "Are you planning a visit?": an occasion a question
 *  brings in (no name, no "the", no owner) is asked about, not told; "the meeting on Monday" or
 *  "the next round of talks" in a question was or will be held, and "At a press conference, a
 *  reporter asked: ...?" tells the conference before the question. */
function isAskedAbout(text: string, seg: Segment, m: Mention): boolean {
  const opening = seg.terms[m.outer]!.normal;
  // ("yesterday's meeting": owned by its day)
  const owned = !!m.owner || /'s$/.test(opening);
  if (m.kind !== 'nominal' || owned || (DETERMINERS.has(opening) && !INDEFINITE.has(opening))) return false;
  const question = text.slice(m.end, seg.end);
  return asked(text, seg, m.end) && !question.includes(':');
}

function bestLink(g: EventGroup, linked: Map<Mention, Linked>): DateLink | null {
  let best: DateLink | null = null;
  for (const m of g.mentions) {
    const l = linked.get(m)?.link ?? null;
    if (linkRank(l) < linkRank(best)) best = l;
  }
  return best;
}

/** What building an event from its mentions reads. */
interface Assembly {
  text: string;
  segments: readonly Segment[];
  linked: Map<Mention, Linked>;
  /** Dates already linked to some mention. */
  taken: Set<string>;
  /** The stage's context, with dates and quotes sorted by start. */
  ctx: EventContext;
}

function toEvent({ text, segments, linked, taken, ctx }: Assembly, g: EventGroup): Omit<EventOut, 'id'> {
  const nominal = g.mentions.filter((m) => m.kind !== 'verbal' && !m.conjunct);
  const pool = nominal.length > 0 ? nominal : g.mentions;
  // A proper name names the event, else the most descriptive mention; on a tie, one in running
  // text over a heading.
  const proper = pool.filter((m) => m.kind === 'named');
  const named = (proper.length > 0 ? proper : pool).reduce((a, b) =>
    b.words.length > a.words.length || (b.words.length === a.words.length && a.heading && !b.heading) ? b : a,
  );
  // An event the title names ("Remarks at the opening of the Harbor Forum") happened when the
  // text is dated, also where the text names it again without a date; not one still to come.
  const inHeading = g.mentions.some((m) => m.heading && m.kind !== 'verbal');
  const onlyInHeadings = inHeading && g.mentions.every((m) => m.heading || m.kind === 'verbal');
  const titled = onlyInHeadings || (inHeading && !g.mentions.some((m) => linked.get(m)?.status === 'planned'));
  const link =
    bestLink(g, linked) ??
    (titled
      ? headingDate(text, g.mentions[0]!.start, ctx.doc.paragraphs, ctx.dates, ctx.referenceDate, taken)
      : null) ??
    briefingDay(g, linked, ctx.referenceDate);
  return {
    start: named.start,
    end: named.end,
    name: text.slice(named.start, named.end),
    type: named.type,
    mention: g.mentions.some((m) => m.kind === 'named') ? 'named' : named.kind,
    status: statusOfGroup(g, linked, link, ctx.referenceDate),
    date: link?.date ?? null,
    dateId: link?.dateId ?? null,
    participants: participantsOf(text, segments, g),
    location: locationOf(text, g),
    speakerId: speakerOf(g, ctx),
  };
}

/** An undated briefing or press conference, not said to be coming, is the report's own day. */
function briefingDay(g: EventGroup, linked: Map<Mention, Linked>, ref: string | null): DateLink | null {
  if (!ref || g.mentions.some((m) => linked.get(m)?.status === 'planned')) return null;
  const press = g.mentions.some(
    (m) =>
      m.kind !== 'verbal' &&
      (BRIEFING_TYPES.has(m.type) || (m.type === 'conference' && m.nounModifiers.some((w) => PRESS_WORDS.has(w)))),
  );
  return press ? { date: ref, dateId: null, rule: 'report' } : null;
}

function statusOfGroup(
  g: EventGroup,
  linked: Map<Mention, Linked>,
  link: DateLink | null,
  ref: string | null,
): EventStatus | null {
  const statuses = g.mentions.map((m) => linked.get(m)?.status ?? null);
  const said = statuses.find((s) => s === 'cancelled' || s === 'postponed');
  if (said) return said;
  if (link?.deadline) return 'planned';
  const dated = g.mentions.find((m) => linked.get(m)?.link && linked.get(m)?.link === link);
  const fromDated = dated ? linked.get(dated)?.status : null;
  const fromText = fromDated ?? statuses.find((s) => s !== null) ?? null;
  // A date wholly before or after the reference day settles it, whatever the governing verb's
  // tense: "discussed preparations for the summit on March 20", said on March 4, is planned.
  const byDate = link?.date && ref ? statusByDate(link.date, ref) : null;
  if (byDate === 'past' || byDate === 'planned') return byDate;
  return fromText ?? byDate;
}

const slice = (text: string, s: Span) => text.slice(s.start, s.end).trim();

function locationOf(text: string, g: EventGroup): string | null {
  const m = g.mentions.find((x) => x.location);
  return m?.location ? slice(text, m.location) : null;
}

function speakerOf(g: EventGroup, ctx: EventContext): string | null {
  for (const m of g.mentions) {
    const q = enclosing(ctx.attribution.quotes, m.start, m.end);
    if (q) return q.speakerId;
  }
  return null;
}
