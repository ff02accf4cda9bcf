// Status of an event mention from the words around it: cancelled or postponed where said, then
// the tense, aspect and modality of the verb that governs it ("will hold" planned, "were holding"
// ongoing, "held" past, "agreed to conduct" planned), then words in the phrase ("next", "last").
// Without any of these, statusByDate compares the event's date with the reference date.
import type { EventStatus } from '../types.js';
import {
  ARRANGED,
  CANCELLED,
  PAST_WORDS,
  PLANNED_BEFORE,
  PLANNED_WORDS,
  PLANNING_NOUNS,
  PLANNING_VERBS,
  POSTPONED,
} from './lexicon.js';
import { daysOfValue, pastSubjectComplement } from './dating.js';
import { speechLemma } from '../lexicon/speech.js';
import { isHabitual } from './habitual.js';
import { timeAdverbEnd } from './phrases.js';
import type { Mention } from './mention.js';
import { has, type Segment, type Term } from './segments.js';

const MAX_SCAN = 20;
/** Modals of what may yet come. */
const POSSIBILITY_MODALS = new Set(['could', 'may', 'might']);
const isVerbish = (t: Term) =>
  has(t, 'Verb') ||
  has(t, 'Modal') ||
  has(t, 'Auxiliary') ||
  t.normal === 'to' ||
  has(t, 'Adverb') ||
  t.normal === 'not';

export function statusOf(text: string, seg: Segment, m: Mention): EventStatus | null {
  const terms = seg.terms;
  // A verbal mention carries its own tense ("will visit", "met with", "will also meet"), or the
  // tense of the verb it is coordinated with ("will travel to Norvald and meet the president").
  const own = m.kind === 'verbal' ? verbalGroup(terms, m) : [];
  const bare = !own.some((t) => has(t, 'PastTense'));
  const shared = bare ? (coordinatedWith(text, terms, m)?.verbs ?? []) : [];
  const before = m.kind === 'verbal' ? null : verbGroupBefore(text, terms, m.outer);
  const left = before ? before.verbs : [...governingInfinitive(text, terms, m), ...shared, ...own];
  // "The minutes of this meeting will be published": the verb after is the minutes', not the meeting's.
  const complement = terms[m.outer - 1]?.normal === 'of';
  const reported = before !== null && opensReportedClause(terms, before, m.outer);
  // Past a time adverb: "Talks on Monday and Tuesday ended without agreement".
  const right =
    (left.length === 0 || m.outer === 0 || reported) && !complement
      ? verbGroupAfter(text, terms, predicateAfter(text, terms, m))
      : [];
  // "said the talks would be held": the reported clause's own verb tells, not the saying's.
  const group = reported && tenseOf(right) !== null ? right : [...left, ...right];
  // (Not a relative clause's verb: "The summit, which postponed the vote, ended".)
  const relative =
    /^(which|who|that)$/.test(terms[m.last + 1]?.normal ?? '') &&
    /,/.test(text.slice(terms[m.last]!.end, terms[m.last + 1]!.start));
  const after = relative ? [] : terms.slice(m.last + 1, m.last + 4);
  const around = [...group, ...after, ...verbsAfterAside(text, terms, m)];
  for (const [k, t] of around.entries()) {
    const off = around[k + 1]?.normal === 'off';
    if (CANCELLED.test(t.normal) || (off && /^call(s|ed|ing)?$/.test(t.normal))) return 'cancelled';
    if (POSTPONED.test(t.normal) || (off && /^put(s|ting)?$/.test(t.normal))) return 'postponed';
  }
  const words = terms.slice(m.outer, m.head);
  if (words.some((t) => PLANNED_WORDS.has(t.normal))) return 'planned';
  if (words.some((t) => PAST_WORDS.has(t.normal))) return 'past';
  if (isPlannedInfinitive(terms, m.outer)) return 'planned';
  const prev = terms[m.outer - 1];
  if (prev && (PLANNED_BEFORE.has(prev.normal) || (prev.normal === 'of' && terms[m.outer - 2]?.normal === 'ahead')))
    return 'planned';
  // "Talks are under way", "the review is in progress".
  const habitual = isHabitual(terms);
  const tense = tenseOf(group, true, habitual);
  if (right.length > 0 && tense === null && isUnderWay(terms, terms.indexOf(right[right.length - 1]!) + 1))
    return 'ongoing';
  // The main clause's verb tells only its tense: "decided to keep the rate" plans the keeping.
  return group.length > 0 ? tense : tenseOf(openingClauseVerbs(text, terms, m), false, habitual);
}

/** Where the verb after an event phrase starts: past a time adverb ("Talks on Monday ended"), and
 *  past the participle of its arrangement and its time ("The briefing scheduled for this afternoon
 *  has been postponed"). */
function predicateAfter(text: string, terms: Term[], m: Mention): number {
  const after = pastSubjectComplement(text, terms, timeAdverbEnd(terms, m.last + 1) + 1);
  if (!ARRANGED.test(terms[after]?.normal ?? '') || !/^(for|on|in|at)$/.test(terms[after + 1]?.normal ?? ''))
    return after;
  for (let k = after + 2; k < terms.length && k <= after + ARRANGED_TIME_TERMS; k++) {
    if (/[,;:.!?]/.test(text.slice(terms[k - 1]!.end, terms[k]!.start))) return after;
    if (isVerbish(terms[k]!)) return k;
  }
  return after;
}
/** How long "scheduled for this afternoon" may be. */
const ARRANGED_TIME_TERMS = 6;

/** How many terms a phrase set off by commas after an event may run. */
const ASIDE_REACH = 12;

/** "The summit, scheduled for 12 May, was postponed": the verbs after a phrase set off by commas
 *  behind the event that is the sentence's subject. */
function verbsAfterAside(text: string, terms: Term[], m: Mention): Term[] {
  const next = terms[m.last + 1];
  if (!next || (m.outer > 0 && !has(terms[m.outer - 1], 'Conjunction')) || m.kind === 'verbal') return [];
  if (!/^\s*,\s*$/.test(text.slice(terms[m.last]!.end, next.start))) return [];
  for (let k = m.last + 2; k < terms.length && k <= m.last + ASIDE_REACH; k++) {
    const gap = text.slice(terms[k - 1]!.end, terms[k]!.start);
    if (/[;:.!?]/.test(gap)) return [];
    if (!gap.includes(',')) continue;
    // A passive only: "was postponed", "has been cancelled"; not "agreed to postpone the vote".
    const verbs = verbGroupAfter(text, terms, k);
    return verbs.some((t) => /^(is|are|was|were|be|been)$/.test(t.normal)) ? verbs : [];
  }
  return [];
}

/** How many words may stand between a speech verb and the "that" of its clause ("said on Monday that"). */
const REPORT_ASIDE_TERMS = 6;

/**
 * Whether the phrase at `outer` opens the clause a speech verb reports: "said the talks would be
 * held", "announced on Monday that the summit will open" (no verb between, and "that" last).
 */
function opensReportedClause(terms: Term[], before: VerbGroup, outer: number): boolean {
  const verb = before.verbs[before.verbs.length - 1];
  if (!verb || speechLemma(verb.normal) === null) return false;
  const between = terms.slice(terms.indexOf(verb) + 1, outer);
  if (between.length === 0) return true;
  return (
    between.length <= REPORT_ASIDE_TERMS &&
    between[between.length - 1]!.normal === 'that' &&
    !between.some((t) => has(t, 'Verb'))
  );
}

/** "under way", "underway", "in progress", "ongoing" after a copula: happening now. */
function isUnderWay(terms: Term[], k: number): boolean {
  const [a, b] = [terms[k]?.normal, terms[k + 1]?.normal];
  return a === 'underway' || a === 'ongoing' || (a === 'under' && b === 'way') || (a === 'in' && b === 'progress');
}

/** "is expected to travel to Kestria", "plans to visit", "agreed to meet", "is to visit": the verbs
 *  that govern a verbal mention's infinitive (the arrangement "is to" as "will"). */
function governingInfinitive(text: string, terms: Term[], m: Mention): Term[] {
  if (terms[m.outer - 1]?.normal !== 'to') return [];
  const before = terms[m.outer - 2];
  if (before && /^(is|are|am)$/.test(before.normal)) return [WILL];
  return verbGroupBefore(text, terms, m.outer).verbs;
}
/** The future an arrangement ("is to visit") stands for. */
const WILL = { normal: 'will' } as Term;

/** A verbal mention's verb with the auxiliaries before it, past adverbs ("will also meet",
 *  "has already visited"). */
function verbalGroup(terms: Term[], m: Mention): Term[] {
  let k = m.outer;
  while (k > 0 && has(terms[k - 1], 'Adverb') && !has(terms[k - 1], 'Verb')) k--;
  const auxiliary = k < m.outer && (has(terms[k - 1], 'Modal') || has(terms[k - 1], 'Auxiliary'));
  return terms.slice(auxiliary ? k - 1 : m.outer, m.head + 1);
}

/** "will travel to Norvald and meet the president", "travelled to Norvald and met": the verb group
 *  a verbal mention right after "and", without an auxiliary of its own, is coordinated with; both
 *  verbs share its subject, and a verb in the present form its tense. */
export function coordinatedWith(text: string, terms: Term[], m: Mention): VerbGroup | null {
  if (m.kind !== 'verbal' || terms[m.outer - 1]?.normal !== 'and') return null;
  if (verbalGroup(terms, m).some((t) => has(t, 'Modal') || has(t, 'Auxiliary'))) return null;
  const group = verbGroupBefore(text, terms, m.outer);
  return group.verbs.length > 0 ? group : null;
}

/** How many terms into the main clause its verb may stand (its subject comes first). */
const MAIN_VERB_REACH = 8;

/** "At its meeting on 4 and 5 March, the Committee decided ...": an event in a phrase that opens
 *  the sentence has the tense of the main clause after the comma. */
function openingClauseVerbs(text: string, terms: Term[], m: Mention): Term[] {
  // (A time's possessive may take a word of its own: "During this afternoon's call, ...".)
  const opens = m.outer === 1 || (m.outer === 2 && m.determiner === 'date');
  if (!opens || !has(terms[0], 'Preposition')) return [];
  for (let k = m.last + 1; k < terms.length && k <= m.last + MAX_SCAN; k++) {
    const gap = text.slice(terms[k - 1]!.end, terms[k]!.start);
    if (/[;:.!?]/.test(gap)) return [];
    if (!gap.includes(',')) continue;
    for (let j = k; j < terms.length && j < k + MAIN_VERB_REACH; j++)
      if (has(terms[j], 'Verb') || has(terms[j], 'Modal')) {
        const group = verbGroupAfter(text, terms, j);
        const to = group.findIndex((t) => t.normal === 'to');
        return to < 0 ? group : group.slice(0, to);
      }
    return [];
  }
  return [];
}

/** How far back from the phrase the infinitive's "to" and its planning noun may stand. */
const INFINITIVE_REACH = 6;

/** "accepted an invitation to pay an official visit", "announced plans to hold talks": the
 *  infinitive of a planning noun is still to come, whatever the tense of the verb before it. */
function isPlannedInfinitive(terms: Term[], outer: number): boolean {
  for (let k = outer - 1; k > 0 && k >= outer - INFINITIVE_REACH; k--) {
    if (terms[k]!.normal !== 'to' || !has(terms[k + 1], 'Verb')) continue;
    for (let j = k - 1; j >= 0 && j >= k - INFINITIVE_REACH; j--) {
      if (PLANNING_NOUNS.has(terms[j]!.normal) && has(terms[j]!, 'Noun')) return true;
      if (has(terms[j]!, 'Verb') && !has(terms[j]!, 'Noun')) return false;
    }
    return false;
  }
  return false;
}

function tenseOf(group: Term[], planning = true, habitual = false): EventStatus | null {
  if (group.length === 0) return null;
  if (group.some((t) => t.normal === 'will' || t.normal === 'shall' || t.normal === "'ll" || t.normal === 'going'))
    return 'planned';
  // "said the two sides would hold a drill": the future of a report; not "would have held" (what
  // did not happen) nor "would be at the conference" (no verb of its own); "would be held" is.
  const would = group.findIndex((t) => t.normal === 'would');
  // "Each year the council would meet in March": what used to happen.
  if (would >= 0 && habitual) return 'past';
  const afterWould = would < 0 ? [] : group.slice(would + 1);
  if (afterWould.some((t) => has(t, 'Verb') && t.normal !== 'be') && !afterWould.some((t) => t.normal === 'have'))
    return 'planned';
  // "A second summit might follow in the spring", "could be held in May": what may yet be; not
  // "could not attend" (a past inability) nor "may have met".
  const modal = group.findIndex((t) => POSSIBILITY_MODALS.has(t.normal));
  const afterModal = modal < 0 ? [] : group.slice(modal + 1);
  if (
    afterModal.some((t) => has(t, 'Verb') && t.normal !== 'be') &&
    !afterModal.some((t) => t.normal === 'have' || t.normal === 'not' || has(t, 'Negative'))
  )
    return 'planned';
  // "agreed to conduct a seminar", "agreed on a workshop": the event is still to come.
  if (planning && group.some((t) => PLANNING_VERBS.has(t.normal))) return 'planned';
  const progressive =
    group.some((t) => has(t, 'Gerund')) &&
    group.some((t) => has(t, 'Copula') || /^(is|are|was|were|am|be)$/.test(t.normal));
  if (progressive) return 'ongoing';
  if (group.some((t) => has(t, 'PastTense') || /^(was|were|had|did)$/.test(t.normal))) return 'past';
  if (group.some((t) => /^(has|have)$/.test(t.normal))) return 'past';
  return null;
}

export interface VerbGroup {
  verbs: Term[];
  /** Index of the group's first term in the segment. */
  start: number;
}

/** The verbs before the phrase in its clause; through "to" to the verb that governs an infinitive. */
export function verbGroupBefore(text: string, terms: Term[], from: number): VerbGroup {
  const out: Term[] = [];
  let k = from - 1;
  let start = from;
  let scanned = 0;
  // Commas end the search until a verb is found: "results were strong, and the launch ...".
  while (
    k >= 0 &&
    scanned < MAX_SCAN &&
    !/[;:.!?]/.test(text.slice(terms[k]!.end, terms[k + 1]!.start)) &&
    !(out.length === 0 && text.slice(terms[k]!.end, terms[k + 1]!.start).includes(','))
  ) {
    if (has(terms[k]!, 'Verb') || has(terms[k]!, 'Modal')) {
      while (k >= 0 && isVerbish(terms[k]!)) out.unshift(terms[k--]!);
      start = k + 1;
      // An infinitive ("agreed to hold") or a coordinated verb ("will hold talks and attend")
      // takes its tense from the verb group further left.
      const bare = !out.some((t) => has(t, 'Modal') || has(t, 'Auxiliary') || has(t, 'PastTense'));
      if (out[0]?.normal !== 'to' && !(bare && terms[k]?.normal === 'and')) break;
      continue;
    }
    k--;
    scanned++;
  }
  return { verbs: out, start };
}

/** The verbs right after a phrase that is the subject: "the summit was cancelled". */
function verbGroupAfter(text: string, terms: Term[], from: number): Term[] {
  const out: Term[] = [];
  for (let k = from; k < terms.length && out.length < 6 && isVerbish(terms[k]!); k++) {
    if (k > from && /[,;:.!?]/.test(text.slice(terms[k - 1]!.end, terms[k]!.start))) break;
    out.push(terms[k]!);
  }
  return out;
}

/** The longest event (in days) that a date around the reference date makes 'ongoing'. */
const ONGOING_SPAN_DAYS = 14;

/** Past, planned or ongoing from where the event's date lies against the reference date. */
export function statusByDate(date: string, ref: string): EventStatus | null {
  const days = daysOfValue(date);
  if (!days) return null;
  if (days[1] < ref) return 'past';
  if (days[0] > ref) return 'planned';
  // Around the reference date: ongoing if the event is short, unknown if it spans a month or a year.
  return Date.parse(days[1]) - Date.parse(days[0]) <= ONGOING_SPAN_DAYS * 864e5 ? 'ongoing' : null;
}
