// Which date an event mention falls on, tried in order of closeness (each link records its rule):
//   inside    a date within the phrase ("their June 20 elections", "today’s briefing")
//   adjacent  a date right next to it ("the summit on June 4", "yesterday at the briefing")
//   clause    a date in the same clause with no other verb's clause in between
//   programme a day of the occasion a programme counts, or a day labelling its line ("Monday: ...")
// A bare year inside a name ("the 2020 seminar") is the edition, used only when nothing else is.
// Dates joined by "and"/"to" make one interval; "by"/"before" a date make a deadline interval
// from the reference date.
import { isAttributiveParticiple } from '../document/participles.js';
import type { DateOut, Span } from '../types.js';
import {
  ARRANGED,
  BEFORE_PREDICATE,
  DATE_LINKERS,
  DELIBERATING_VERBS,
  GATHERINGS,
  DEADLINE_PREPS,
  LIGHT_VERBS,
  OCCURRING_VERBS,
} from './lexicon.js';
import { eventHead } from '../lexicon/event-heads.js';
import { isHabitual } from './habitual.js';
import type { Mention } from './mention.js';
import { firstStartingAt, indexesWithin } from './search.js';
import { has, type Segment, type Term } from './segments.js';

export interface DateLink {
  date: string | null;
  dateId: string | null;
  /** "before the end of the year": the interval runs from the reference date to the deadline. */
  deadline?: boolean;
  rule:
    | 'inside'
    | 'adjacent'
    | 'clause'
    | 'predicate'
    | 'programme'
    | 'sequence'
    | 'occasion'
    | 'edition'
    | 'heading'
    | 'report';
}

const RANK: Record<DateLink['rule'], number> = {
  inside: 0,
  adjacent: 1,
  clause: 2,
  predicate: 2,
  programme: 2,
  sequence: 3,
  occasion: 3,
  edition: 4,
  heading: 5,
  report: 6,
};

/** Words that tell the next step of what a text has just dated: "It then went into consultations". */
const NEXT_STEP = new Set(['then', 'afterwards', 'afterward']);
/** A sentence opening on the day last told: "Later that day", "The same day", "That evening". */
const SAME_DAY =
  /^(?:later\s+(?:that|the\s+same)\s+|(?:on\s+)?(?:that|the)\s+same\s+|that\s+)(?:day|morning|afternoon|evening|night)\b/i;
/** How long a sentence's opening on a day may be. */
const SAME_DAY_CHARS = 40;
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An undated mention in a clause that goes on from the one before ("The council held a meeting
 * this morning. It then went into consultations.", "Later, she opened the fair") happened on the
 * day of the event just told: the last mention before it, in its sentence or the one before,
 * dated by its own words. A sentence that opens on that day ("Later that day, ...") reaches back
 * further, to the last event dated to one day.
 */
export function sequenceDate(
  text: string,
  seg: Segment,
  m: Mention,
  earlier: readonly { m: Mention; link: DateLink | null }[],
): DateLink | null {
  const opening = seg.terms.slice(0, m.outer);
  const sameDay = SAME_DAY.test(text.slice(seg.start, seg.start + SAME_DAY_CHARS));
  // (a bare "Later" only opening the sentence: "would later attend" tells no day)
  const later = opening[0]?.normal === 'later';
  const next = opening.some((t) => NEXT_STEP.has(t.normal)) || later;
  if (!(sameDay || next) || opening.some((t) => t.normal === 'since' || t.normal === 'until')) return null;
  for (let k = earlier.length - 1; k >= 0 && k >= earlier.length - OCCASION_REACH; k--) {
    const { m: before, link } = earlier[k]!;
    if (!sameDay && before.seg < m.seg - 1) return null;
    if (!link || !isOwnDay(link) || ((sameDay || later) && !DAY_VALUE.test(link.date ?? ''))) continue;
    return { ...link, rule: 'sequence', deadline: false };
  }
  return null;
}

/** A link to the day the mention's own words give. */
export const isOwnDay = (link: DateLink): boolean =>
  link.rule === 'inside' || link.rule === 'adjacent' || link.rule === 'clause' || link.rule === 'programme';

/** The day of an occasion a programme counts: "On the second day of the visit", "on the final day
 *  of the summit". */
const PROGRAMME_DAY =
  /\b(?:on|during)\s+the\s+(first|second|third|fourth|fifth|opening|final|last|closing)\s+day\s+of\s+(?:the|this|that|his|her|their)\s+(\p{L}+)/giu;
/** The same, its occasion left to the reader: "on the second day". */
const DAY_ALONE =
  /\b(?:on|during)\s+the\s+(first|second|third|fourth|fifth|opening|final|last|closing)\s+day\b(?!\s+of\b)/iu;
const DAY_NUMBERS = new Map([
  ['first', 1],
  ['opening', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
]);

/**
 * "On the second day of the visit, the President will address the Assembly": an event told under
 * a day of an occasion the text has dated to several days (22-24 April) falls on that day (23
 * April), as do the events told after it on its line; "final", "last" and "closing" name its last
 * day.
 */
export function programmeDate(
  text: string,
  seg: Segment,
  m: Mention,
  earlier: readonly { m: Mention; link: DateLink | null }[],
): DateLink | null {
  // The day heads its paragraph's lines ("... . The two presidents will then hold a press conference").
  const from = Math.min(seg.start, text.lastIndexOf('\n', m.start) + 1);
  let day: RegExpExecArray | null = null;
  for (const found of text.slice(from, m.start).matchAll(PROGRAMME_DAY)) day = found;
  // "Delegates visited the farm on the second day": a day of the occasion of several days just told.
  day ??= DAY_ALONE.exec(text.slice(seg.start, seg.end));
  const type = day?.[2] ? eventHead(day[2].toLowerCase())?.type : undefined;
  // "the visit" again is the occasion itself, not one of its days.
  if (!day || (day[2] && !type) || m.type === type) return null;
  const occasion = [...earlier]
    .reverse()
    .find((e) => (type ? e.m.type === type : e.m.seg < m.seg) && e.link?.date?.includes('/'));
  const days = occasion?.link?.date ? daysOfValue(occasion.link.date) : null;
  if (!days) return null;
  const n = DAY_NUMBERS.get(day[1]!.toLowerCase());
  const date = n === undefined ? days[1] : iso(new Date(Date.parse(days[0]) + (n - 1) * 864e5));
  return date <= days[1] ? { date, dateId: null, rule: 'programme' } : null;
}
/** An occasion an event is told to fall within: "during the visit", "on the sidelines of the
 *  summit", "in the course of their talks"; the head is one of the words after the determiner. */
const WITHIN_OCCASION =
  /\b(?:during|on\s+the\s+(?:sidelines|margins)\s+of|in\s+the\s+course\s+of)\s+(?:the|this|that|his|her|their|its|our)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/iu;
/** How many mentions back the occasion may have been told and dated. */
const OCCASION_REACH = 12;

/**
 * "Lind paid a visit to Castamar on 2 November. The two ministers met during the visit.": an
 * undated event told within an occasion of another type falls on that occasion's day (or days), as
 * the latest mention of the occasion's type, dated by its own words, gives it.
 */
export function occasionDate(
  text: string,
  seg: Segment,
  m: Mention,
  earlier: readonly { m: Mention; link: DateLink | null }[],
): DateLink | null {
  const sentence = text.slice(seg.start, seg.end + 1);
  const within = WITHIN_OCCASION.exec(sentence);
  const type = within?.[1]!
    .split(/\s+/)
    .map((w) => eventHead(w.toLowerCase())?.type)
    .find((x) => x !== undefined);
  // "On the margins, he will meet ...": the margins of the gathering just told.
  const margins = !within && MARGINS_ALONE.test(sentence);
  if (!margins && (!type || type === m.type)) return null;
  for (let k = earlier.length - 1; k >= 0 && k >= earlier.length - OCCASION_REACH; k--) {
    const { m: occasion, link } = earlier[k]!;
    const fits = margins ? GATHERINGS.has(occasion.type) && occasion.kind !== 'verbal' : occasion.type === type;
    if (fits && link?.date && isOwnDay(link)) return { date: link.date, dateId: null, rule: 'occasion' };
  }
  return null;
}
/** "On the margins, ...": no occasion named, the one just told. */
const MARGINS_ALONE = /\bon\s+the\s+(?:sidelines|margins|fringes)\b(?!\s+of\b)/i;

export const linkRank = (l: DateLink | null): number => (l ? RANK[l.rule] : 9);

const MAX_CLAUSE_TERMS = 15;
/** What ends a day that labels its line: "Monday: ...", "12 May – ...". */
const LABEL_MARK = /^\s*(?::|[–—-]\s)/;
/** How far (UTF-16 units) before or after a phrase a date may stand and still be its date. */
const DATE_REACH = 300;

export function linkDate(
  text: string,
  seg: Segment,
  m: Mention,
  dates: readonly DateOut[],
  referenceDate: string | null,
): DateLink | null {
  const outerStart = seg.terms[m.outer]!.start;
  const from = Math.max(seg.start, outerStart - DATE_REACH);
  const to = Math.min(seg.end, m.end + DATE_REACH);
  // A duration, a set or a vague reference ("in 45 years", "weekly", "now") dates no event, nor
  // does the start of a stretch ("the first visit since 2019"), nor the month of a recurrence
  // ("Each year the council would meet in March").
  const habitual = isHabitual(seg.terms);
  const inSegment = indexesWithin(dates, from, to)
    .map((k) => ({ d: dates[k]!, k }))
    .filter(
      ({ d }) =>
        datesAnEvent(d) &&
        !(habitual && isRecurringName(d)) &&
        !/\bsince\s+$/i.test(text.slice(Math.max(0, d.start - 7), d.start)) &&
        !countFrame(text, seg, m, d),
    );
  if (inSegment.length === 0) return null;
  const make = (k: number, rule: DateLink['rule']): DateLink => ({ ...resolve(text, dates, k, referenceDate), rule });

  const inside = inSegment.filter(({ d }) => d.start < m.end && d.end > outerStart);
  // A year or a quarter inside a name is the edition or what it reports on ("the third-quarter
  // 2025 earnings call"), not its day.
  const specific = inside.find(({ d }) => !/^\d{4}$/.test(d.text.trim()) && !/^\d{4}-[QH]\d$/.test(d.value ?? ''));
  if (specific) return make(specific.k, 'inside');

  const after = inSegment.find(({ d }) => d.start >= m.end);
  if (after && isLinkingGap(text.slice(m.end, after.d.start))) return make(after.k, 'adjacent');
  const before = inSegment.filter(({ d }) => d.end <= outerStart).pop();
  if (
    before &&
    /^\s*(at|during|in|on)?\s*$/i.test(text.slice(before.d.end, outerStart)) &&
    text.slice(before.d.end, outerStart).length <= 10
  ) {
    return make(before.k, 'adjacent');
  }

  const terms = seg.terms;
  if (
    after &&
    indexAt(terms, after.d.start) - m.last <= MAX_CLAUSE_TERMS &&
    !/[;:]/.test(text.slice(m.end, after.d.start))
  ) {
    const dateAt = indexAt(terms, after.d.start);
    if (!blocked(terms, m.last + 1, dateAt)) return make(after.k, 'clause');
    // "The talks ended on Monday": the day the event's own verb tells, maybe one end of it.
    const predicateEnd = ownPredicateEnd(terms, pastSubjectComplement(text, terms, m.last + 1));
    if (predicateEnd > m.last + 1 && !blocked(terms, predicateEnd, dateAt)) return make(after.k, 'predicate');
  }
  // "- Monday: the minister held talks ...": a day opening its line before a colon or a dash labels
  // what the line tells, as a diary or a programme does.
  const label = inSegment[0];
  if (
    label &&
    label.d.end <= outerStart &&
    label.d.start === terms[0]!.start &&
    LABEL_MARK.test(text.slice(label.d.end))
  )
    return make(label.k, 'programme');
  // "met on Friday ahead of the fair": the day is of what came before the event.
  if (before && !/[;:]/.test(text.slice(before.d.end, outerStart)) && !isLaterThan(terms, m.outer)) {
    const from = indexAt(terms, before.d.end - 1) + 1;
    if (!blocked(terms, from, m.outer) || dateOfActAtOccasion(terms, from, m) || followsOn(text, from, terms, m))
      return make(before.k, 'clause');
  }
  if (inside[0]) return make(inside[0].k, 'edition');
  return null;
}

/** How many terms a complement of the subject may run before its verb. */
const SUBJECT_COMPLEMENT_TERMS = 8;

/** Past a complement of the subject the phrase left out ("A second visit by the board would
 *  follow in the autumn"): where the clause's first finite verb stands, else `from`. */
export function pastSubjectComplement(text: string, terms: Term[], from: number): number {
  if (!has(terms[from], 'Preposition')) return from;
  for (let k = from + 1; k < terms.length && k <= from + SUBJECT_COMPLEMENT_TERMS; k++) {
    if (/[,;:.!?]/.test(text.slice(terms[k - 1]!.end, terms[k]!.start))) return from;
    if ((has(terms[k], 'Verb') || has(terms[k], 'Modal')) && !has(terms[k], 'Gerund')) return k;
  }
  return from;
}

/** Past the verb the event is the subject of ("the talks ended on Monday", "the summit will open
 *  on June 4"): its dates are the event's (a day, or one end of its days, so they join the
 *  event's date but do not keep other mentions apart). */
function ownPredicateEnd(terms: Term[], from: number): number {
  // Past a participle phrase of the subject ("A ceremony marking the anniversary was held ...").
  let k = from;
  if (has(terms[k], 'Gerund') || (has(terms[k], 'PastTense') && terms[k + 1]?.normal === 'by')) {
    while (k < terms.length && k <= from + 8 && !(has(terms[k]!, 'Verb') && !has(terms[k]!, 'Gerund') && k > from)) k++;
  }
  // "negotiations that ended on Wednesday": a relative clause of the event tells it too.
  if (terms[k]?.normal === 'that' || terms[k]?.normal === 'which') k++;
  from = k;
  while (k < terms.length && k <= from + 3 && BEFORE_PREDICATE.has(terms[k]!.normal)) k++;
  // "are expected to conclude by Friday"
  if (ARRANGED.test(terms[k]?.normal ?? '') && terms[k + 1]?.normal === 'to') k += 2;
  const verb = terms[k]?.normal ?? '';
  return OCCURRING_VERBS.has(verb) || DELIBERATING_VERBS.has(verb) ? k + 1 : from;
}

/** Words for making ready for an occasion: "the preparations for the summit", "preparing for the vote". */
const PREPARING = /^prepar(e|es|ed|ing|ation|ations)$/;

/** "in advance of the summit", "ahead of the vote", "prior to the meeting", "before the talks",
 *  "preparations for the second round": a date before the phrase is of what comes first. */
function isLaterThan(terms: readonly Term[], outer: number): boolean {
  const w1 = terms[outer - 1]?.normal;
  const w2 = terms[outer - 2]?.normal ?? '';
  return (
    w1 === 'before' ||
    (w1 === 'of' && (w2 === 'advance' || w2 === 'ahead')) ||
    (w1 === 'to' && w2 === 'prior') ||
    (w1 === 'for' && PREPARING.test(w2))
  );
}

/** Counts of occasions: "their third meeting this year" (a word of sequence other than "next" or "last"). */
const COUNTS = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))$/;

/** "their third meeting this year": the stretch right after a counted occasion frames the count
 *  and is not the occasion's date. */
function countFrame(text: string, seg: Segment, m: Mention, d: DateOut): boolean {
  if (!/^this\s+(?:year|month|week|season|term|quarter)$/i.test(d.text) || !/^\s*$/.test(text.slice(m.end, d.start)))
    return false;
  return seg.terms.slice(m.first, m.head).some((t) => COUNTS.test(t.normal));
}

/** A month, season or day named without its year or a word that anchors it ("March", "the
 *  spring", "12 May"; not "last March", "May 2025"): in a recurrence, every year's. */
const isRecurringName = (d: DateOut): boolean =>
  !/\d{4}|\b(?:last|next|this|past|coming|previous|today|tonight|yesterday|tomorrow|ago)\b/i.test(d.text);

/** "now" dates an event to the reference day ("the council now held a meeting"); other vague
 *  references do not. */
const datesAnEvent = (d: DateOut): boolean =>
  (d.type === 'date' || d.type === 'time') && !!d.value && (d.value === 'PRESENT_REF' || /^\d/.test(d.value));

/** Only linking words and light punctuation between a phrase and a date after it. */
function isLinkingGap(gap: string): boolean {
  if (gap.length > 40 || /[.;:!?\n]/.test(gap)) return false;
  const words = gap.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.every((w) => DATE_LINKERS.has(w));
}

/** Index of the term that holds `offset` (the first term ending after it). */
function indexAt(terms: Term[], offset: number): number {
  let lo = 0;
  let hi = terms.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (terms[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A verb of another clause between two terms: its dates are its own ("will travel on June 5 to
 *  join the summit"). Auxiliaries, light verbs and verbs used as nouns ("and exchanges") pass. */
function blocked(terms: Term[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to && k < terms.length; k++) if (blockerAt(terms, k)) return true;
  return false;
}

const PERSON_RELATIVES = new Set(['who', 'whom', 'whose']);
/** Prepositions whose gerund is a noun's complement, not an act of its own ("after visiting"). */
const COMPLEMENT_OF = new Set(['of', 'on', 'about', 'regarding', 'concerning']);

/** Whether the term at `k` opens or heads another clause (see `blocked`). */
function blockerAt(terms: Term[], k: number): boolean {
  const t = terms[k]!;
  // "talks with the governor, who took office in January": a clause about a participant (events
  // are never "who") has its own dates, even when its verb is a light one.
  if (PERSON_RELATIVES.has(t.normal)) return true;
  // "said last week that it will attend ...": a new clause starts at "that".
  const after = terms[k + 1];
  if (t.normal === 'that' && after && (has(after, 'Pronoun') || has(after, 'Determiner') || has(after, 'ProperNoun')))
    return true;
  // "... in early July and to convene the dialogue": a second verb phrase has its own dates.
  // ("and exchanges" is too often a noun tagged as a verb to count.)
  const infinitive = after?.normal === 'to' && has(terms[k + 2], 'Verb');
  const finite = after && (has(after, 'Modal') || (has(after, 'PastTense') && !has(after, 'Adjective')));
  if (/^(and|or|but)$/.test(t.normal) && (infinitive || finite)) return true;
  if (
    !has(t, 'Verb') ||
    has(t, 'Particle') ||
    has(t, 'Auxiliary') ||
    has(t, 'Modal') ||
    has(t, 'Copula') ||
    LIGHT_VERBS.has(t.normal)
  )
    return false;
  const prev = terms[k - 1];
  if (isAttributiveParticiple(prev, t, after)) return false;
  // "a memorandum of understanding", "talks on fishing", "the aim of strengthening ties": a gerund
  // after "of" or a preposition of topic is the noun's complement, no clause of its own.
  if (COMPLEMENT_OF.has(prev?.normal ?? '') && has(t, 'Gerund')) return false;
  return !(
    prev &&
    (has(prev, 'Conjunction') || has(prev, 'Determiner') || has(prev, 'Adjective')) &&
    !has(t, 'PastTense')
  );
}

/** "held talks on Tuesday, followed by a signing ceremony": what follows on is of the same day.
 *  The only verb between the date and the phrase is that "followed by". */
function followsOn(text: string, from: number, terms: Term[], m: Mention): boolean {
  if (!FOLLOWED_BY.test(text.slice(Math.max(0, m.phraseStart - 20), m.phraseStart))) return false;
  return !blocked(terms, from, m.outer - 2);
}
const FOLLOWED_BY = /\bfollowed\s+by\s+$/i;

/** Prepositions that put the doer of a dated act at an occasion ("spoke on May 4 at a briefing",
 *  "travels on Tuesday to the port for a visit"). */
const AT_OCCASION = new Set(['at', 'to', 'into', 'during', 'for']);

/**
 * A date on the one verb whose prepositional phrase holds the event: "on March 9 talks at a news
 * briefing", "today delivered a message to the summit", "today will take part in the talks". The
 * act happens at the occasion, so on its day. "in" counts only right after the verb ("took part
 * in"), not after its object ("announced its role in the summit").
 */
function dateOfActAtOccasion(terms: Term[], from: number, m: Mention): boolean {
  const prep = terms[m.outer - 1];
  if (!prep || m.outer - from > MAX_CLAUSE_TERMS) return false;
  const blockers: number[] = [];
  for (let k = Math.max(0, from); k < m.outer - 1; k++) if (blockerAt(terms, k)) blockers.push(k);
  if (blockers.length !== 1 || terms[blockers[0]!]!.normal === 'that') return false;
  const verb = blockers[0]!;
  if (AT_OCCASION.has(prep.normal)) return true;
  const particle = has(terms[verb + 1], 'Particle') || terms[verb + 1]?.normal === 'part' ? 1 : 0;
  return prep.normal === 'in' && m.outer - 1 === verb + 1 + particle;
}

/** An event named only in a heading ("Minister Lee’s Call with ...") happened when the text
 *  says: the date just above the heading (a dateline), else the first date of the paragraph
 *  under it not taken by another event, else the reference date. */
export function headingDate(
  text: string,
  at: number,
  paragraphs: readonly Span[],
  dates: readonly DateOut[],
  referenceDate: string | null,
  taken: ReadonlySet<string>,
): DateLink | null {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  // A date on the heading's own line: "Weekly Press Briefing (May 4, 2023)".
  const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
  const onLine = firstStartingAt(dates, at);
  const own = dates[onLine];
  if (own && own.end <= lineEnd && datesAnEvent(own) && /^\d{4}-\d{2}-\d{2}(T.*)?$/.test(own.value ?? '')) {
    return { ...resolve(text, dates, onLine, referenceDate), rule: 'heading' };
  }
  const aboveIndex = firstStartingAt(dates, lineStart) - 1;
  const above = dates[aboveIndex];
  if (
    above &&
    (above.value || above.interval) &&
    above.end <= lineStart &&
    lineStart - above.end < 120 &&
    !text.slice(above.end, lineStart).includes('.')
  ) {
    return { ...resolve(text, dates, aboveIndex, referenceDate), rule: 'heading' };
  }
  // A date line right under the heading: "Press Briefing by ...\n\n12 March 2025".
  const belowIndex = firstStartingAt(dates, lineEnd);
  const below = dates[belowIndex];
  if (below && datesAnEvent(below) && isDateLine(text, lineEnd, below)) {
    return { ...resolve(text, dates, belowIndex, referenceDate), rule: 'heading' };
  }
  let p = firstStartingAt(paragraphs, at + 1);
  while (
    p < paragraphs.length &&
    p < firstStartingAt(paragraphs, at + 1) + 4 &&
    !/[.!?"”]\s*$/.test(text.slice(paragraphs[p]!.start, paragraphs[p]!.end))
  )
    p++;
  const paragraph = paragraphs[p];
  if (paragraph) {
    // The first free date of the paragraph, a day over a period: under "Investor Call", "results
    // for the fourth quarter ... on February 16" dates the call to the day.
    const candidates: number[] = [];
    for (let k = firstStartingAt(dates, paragraph.start); k < dates.length && dates[k]!.end <= paragraph.end; k++) {
      const d = dates[k]!;
      if ((d.value || d.interval) && datesAnEvent(d) && !taken.has(d.id)) candidates.push(k);
    }
    const day = candidates.find((k) => /^\d{4}-\d{2}-\d{2}(T.*)?$/.test(dates[k]!.value ?? ''));
    const chosen = day ?? candidates[0];
    if (chosen !== undefined && (day !== undefined || chosen === firstStartingAt(dates, paragraph.start)))
      return { ...resolve(text, dates, chosen, referenceDate), rule: 'heading' };
  }
  return referenceDate ? { date: referenceDate, dateId: null, rule: 'heading' } : null;
}

/** Whether `d` stands alone on the first line after the heading ending at `lineEnd`. */
function isDateLine(text: string, lineEnd: number, d: DateOut): boolean {
  const lineAfter = text.indexOf('\n', d.end);
  const rest = text.slice(d.end, lineAfter < 0 ? text.length : lineAfter);
  return (
    /^\s*$/.test(text.slice(lineEnd, d.start)) && text.slice(lineEnd, d.start).includes('\n') && /^[\s.,]*$/.test(rest)
  );
}

// ---------- values ----------

const DAY = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const pad = (n: number) => String(n).padStart(2, '0');

function firstDay(value: string): string | null {
  const m = DAY.exec(value);
  return m ? `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}` : null;
}
function lastDay(value: string): string | null {
  const m = DAY.exec(value);
  if (!m) return null;
  if (m[3]) return value;
  const month = m[2] ? Number(m[2]) : 12;
  const days = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  return `${m[1]}-${pad(month)}-${pad(days)}`;
}
const WEEK = /^(\d{4})-W(\d{2})$/;
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The first and last day of a TIMEX3 value or a "first/last" interval, where they follow. */
export function daysOfValue(value: string): [string, string] | null {
  const [a, b] = value.split('/');
  if (a && b) {
    const x = daysOfValue(a);
    const y = daysOfValue(b);
    return x && y ? [x[0], y[1]] : null;
  }
  const week = WEEK.exec(value);
  if (week) {
    // ISO weeks: week 1 holds January 4th and starts on a Monday.
    const jan4 = new Date(Date.UTC(Number(week[1]), 0, 4));
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 864e5 + (Number(week[2]) - 1) * 7 * 864e5);
    return [iso(monday), iso(new Date(monday.getTime() + 6 * 864e5))];
  }
  const first = firstDay(value);
  const last = lastDay(value);
  return first && last ? [first, last] : null;
}

/** The calendar days a date mention covers, as [first, last]. */
function daysOf(d: DateOut): [string, string] | null {
  if (d.interval) {
    const [a, b] = d.interval.split('/');
    if (a && b) return [a, b];
  }
  return d.value ? daysOfValue(d.value) : null;
}
/** What an event on this date falls on: a plain calendar value, else the interval. */
function valueOf(d: DateOut): string | null {
  // A clock time or a part of the day dates the event to its day ("at noon today", "Friday evening").
  const value = d.value?.replace(/T.*$/, '') ?? null;
  if (value && (DAY.test(value) || WEEK.test(value)) && !d.mod) return value;
  const days = daysOf(d);
  if (days) return days[0] === days[1] ? days[0] : `${days[0]}/${days[1]}`;
  return value;
}

export function resolve(
  text: string,
  dates: readonly DateOut[],
  k: number,
  referenceDate: string | null,
): { date: string | null; dateId: string; deadline?: boolean } {
  const d = dates[k]!;
  if (d.value === 'PRESENT_REF') return { date: referenceDate, dateId: d.id };
  const next = dates[k + 1];
  const prep = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, d.start - 12), d.start))?.[1]?.toLowerCase() ?? '';
  if (DEADLINE_PREPS.has(prep) && referenceDate) {
    const end = daysOf(d)?.[1];
    if (end && end >= referenceDate) return { date: `${referenceDate}/${end}`, dateId: d.id, deadline: true };
  }
  if (next && /^\s*(and|to|through|until|till|-|–|—)\s*$/.test(text.slice(d.end, next.start))) {
    const a = daysOf(d);
    const b = daysOf(next);
    if (a && b && a[0] <= b[1]) return { date: `${a[0]}/${b[1]}`, dateId: d.id };
  }
  return { date: valueOf(d), dateId: d.id };
}
