// The events stage: what happened, is happening or is planned, when, and between whom.
//   1. mentions   noun phrases headed by an event noun, named patterns, verbal cues (per segment)
//   2. filters    names used for products ("Harbor Drill enables ...") are not events
//   3. dates      each mention's date (dating.ts), its status (status.ts)
//   4. events     mentions grouped into events (coref.ts), fields chosen from the group
import type { Tagged } from '../adapters/compromise.js';
import type { Attribution } from '../attribution/index.js';
import type { DateOut, Document, EventOut, EventStatus, Span } from '../types.js';
import { groupMentions, type EventGroup } from './coref.js';
import { daysOfValue, linkDate, linkRank, resolve, type DateLink } from './dating.js';
import { eventHead } from './lexicon.js';
import type { Mention } from './mention.js';
import { findNamedPatterns } from './patterns.js';
import { findPhrases } from './phrases.js';
import { enclosing, firstStartingAt, indexesWithin } from './search.js';
import { has, isCapitalised, joined, segmentsOf, type Segment } from './segments.js';
import { participantsOf } from './participants.js';
import { statusOf } from './status.js';
import { findVerbal } from './verbal.js';

export interface EventContext {
  doc: Document;
  tagged: Tagged;
  dates: readonly DateOut[];
  attribution: Attribution;
  referenceDate: string | null;
}

/** The longest event (in days) that a date around the reference date makes 'ongoing'. */
const ONGOING_SPAN_DAYS = 14;

interface Linked {
  mention: Mention;
  link: DateLink | null;
  status: EventStatus | null;
}

export function findEvents(ctx: EventContext): EventOut[] {
  const text = ctx.doc.text;
  const segments = segmentsOf(text, ctx.tagged);
  const products = productNames(text, segments);
  const mentions: Mention[] = [];
  segments.forEach((seg, k) => {
    const found = [...findNamedPatterns(text, seg, k), ...findPhrases(text, seg, k), ...findVerbal(text, seg, k)];
    const kept: Mention[] = [];
    for (const m of found) {
      if (products.has(seg.terms[m.head]!.text)) continue;
      if (kept.some((o) => o.start < m.end && m.start < o.end)) continue;
      kept.push(m);
    }
    mentions.push(...kept);
  });
  const dates = [...ctx.dates].sort((a, b) => a.start - b.start);
  const linked = new Map<Mention, Linked>();
  for (const m of mentions) {
    const seg = segments[m.seg]!;
    linked.set(m, { mention: m, link: linkDate(text, seg, m, dates, ctx.referenceDate), status: statusOf(text, seg, m) });
  }
  const ownDate = (m: Mention) => {
    const link = linked.get(m)?.link;
    return link && (link.rule === 'inside' || link.rule === 'adjacent') ? link.date : null;
  };
  const groups = mergeSamePlaceAndDay(text, groupMentions(text, mentions, ownDate), linked);
  const taken = new Set<string>();
  for (const l of linked.values()) if (l.link?.dateId) taken.add(l.link.dateId);
  const quotes = ctx.attribution.quotes.filter((q) => q.speakerId).sort((a, b) => a.start - b.start);
  const state: Assembly = { text, segments, linked, taken, ctx: { ...ctx, dates, attribution: { ...ctx.attribution, quotes } } };
  const events = groups.map((g) => toEvent(state, g));
  events.sort((a, b) => a.start - b.start);
  return events.map((e, k) => ({ ...e, id: `e${k + 1}` }));
}

/** Capitalised event nouns used as the name of a thing: "Harbor Drill enables", "we built Drill". */
function productNames(text: string, segments: Segment[]): Set<string> {
  const out = new Set<string>();
  for (const seg of segments) {
    if (seg.titleCase) continue;
    seg.terms.forEach((t, k) => {
      if (!isCapitalised(t) || !eventHead(t.normal)) return;
      const prev = seg.terms[k - 1];
      const next = seg.terms[k + 1];
      const bare = !prev || !joined(text, prev, t) || !(has(prev, 'Determiner') || has(prev, 'Noun') || has(prev, 'Adjective') || has(prev, 'Possessive'));
      const actsAsSubject = bare && next && joined(text, t, next) && has(next, 'Verb') && has(next, 'PresentTense') && /s$/.test(next.normal) && !has(next, 'Auxiliary') && !has(next, 'Copula');
      const bareObject = prev && has(prev, 'Verb') && !has(prev, 'Auxiliary') && !has(prev, 'Copula') && joined(text, prev, t);
      if (actsAsSubject || bareObject) out.add(t.text);
    });
  }
  return out;
}

/** Two events at the same place on the same day are one ("talks in Geneva" and "the dialogue in Geneva"). */
function mergeSamePlaceAndDay(text: string, groups: EventGroup[], linked: Map<Mention, Linked>): EventGroup[] {
  const key = (g: EventGroup) => {
    const place = g.mentions.find((m) => m.location)?.location;
    const link = bestLink(g, linked);
    return place && link?.date ? `${text.slice(place.start, place.end).toLowerCase()}|${link.date}` : null;
  };
  const out: EventGroup[] = [];
  const byKey = new Map<string, EventGroup>();
  for (const g of groups) {
    const k = key(g);
    const same = k ? byKey.get(k) : undefined;
    if (same) {
      same.mentions.push(...g.mentions);
      same.rules.push('same-place-and-day');
      continue;
    }
    if (k) byKey.set(k, g);
    out.push(g);
  }
  return out;
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
    (b.words.length > a.words.length || (b.words.length === a.words.length && a.heading && !b.heading) ? b : a));
  const link = bestLink(g, linked) ?? headingDate(text, g, ctx, taken);
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

/** An event named only in a heading ("Minister Lee’s Call with ...") happened when the text
 *  says: the date just above the heading (a dateline), else the first date of the paragraph
 *  under it not taken by another event, else the reference date. */
function headingDate(text: string, g: EventGroup, ctx: EventContext, taken: Set<string>): DateLink | null {
  if (!g.mentions.every((m) => m.heading || m.kind === 'verbal')) return null;
  const at = g.mentions[0]!.start;
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const aboveIndex = firstStartingAt(ctx.dates, lineStart) - 1;
  const above = ctx.dates[aboveIndex];
  if (above && (above.value || above.interval) && above.end <= lineStart && lineStart - above.end < 120 && !text.slice(above.end, lineStart).includes('.')) {
    return { ...resolve(text, ctx.dates, aboveIndex, ctx.referenceDate), rule: 'heading' };
  }
  const paragraphs = ctx.doc.paragraphs;
  let p = firstStartingAt(paragraphs, at + 1);
  while (p < paragraphs.length && p < firstStartingAt(paragraphs, at + 1) + 4 && !/[.!?"”]\s*$/.test(text.slice(paragraphs[p]!.start, paragraphs[p]!.end))) p++;
  const paragraph = paragraphs[p];
  const firstIndex = paragraph ? indexesWithin(ctx.dates, paragraph.start, paragraph.end)[0] ?? -1 : -1;
  const first = ctx.dates[firstIndex];
  if (first && (first.value || first.interval) && !taken.has(first.id)) return { ...resolve(text, ctx.dates, firstIndex, ctx.referenceDate), rule: 'heading' };
  return ctx.referenceDate ? { date: ctx.referenceDate, dateId: null, rule: 'heading' } : null;
}

function statusOfGroup(g: EventGroup, linked: Map<Mention, Linked>, link: DateLink | null, ref: string | null): EventStatus | null {
  const statuses = g.mentions.map((m) => linked.get(m)?.status ?? null);
  const said = statuses.find((s) => s === 'cancelled' || s === 'postponed');
  if (said) return said;
  if (link?.deadline) return 'planned';
  const dated = g.mentions.find((m) => linked.get(m)?.link && linked.get(m)?.link === link);
  const fromDated = dated ? linked.get(dated)?.status : null;
  const fromText = fromDated ?? statuses.find((s) => s !== null) ?? null;
  if (fromText) return fromText;
  if (!link?.date || !ref) return null;
  const days = daysOfValue(link.date);
  if (!days) return null;
  if (days[1] < ref) return 'past';
  if (days[0] > ref) return 'planned';
  // Around the reference date: ongoing if the event is short, unknown if it spans a month or a year.
  return Date.parse(days[1]) - Date.parse(days[0]) <= ONGOING_SPAN_DAYS * 864e5 ? 'ongoing' : null;
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

