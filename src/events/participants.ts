// Who takes part in an event: the possessor ("Minister Lee’s call"), the "with"/"between"
// complement ("meeting with the harbor unions"), and the subject of the verb that holds it
// ("the two navies will hold a drill", "Lee met with Park").
import type { Span } from '../types.js';
import type { EventGroup } from './coref.js';
import {
  GATHERINGS_OF_PEOPLE,
  LIGHT_VERBS,
  PLANNING_VERBS,
  RECEIVING_VERBS,
  TRAVEL_TYPES,
  TRAVEL_VERBS,
} from './lexicon.js';
import { eventHead } from '../lexicon/event-heads.js';
import type { Complement, Mention } from './mention.js';
import { asked, has, isCapitalised, type Segment, type Term } from './segments.js';
import { coordinatedWith, verbGroupBefore } from './status.js';
import { pushAll } from '../arrays.js';

const MAX_SUBJECT_TERMS = 16;
/** Parties listed per event at most (a long text may name one event hundreds of times). */
const MAX_PARTIES = 24;
const PARTY_PREPS = new Set(['with', 'between', 'among', 'by']);

const slice = (text: string, s: Span) => text.slice(s.start, s.end).trim();

/** "A and B", "A, B and C" split into parties when every part is a name; else the phrase whole. */
function parties(phrase: string): string[] {
  const parts = phrase
    .split(/,\s*(?:and\s+)?|\s+and\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
  return parts.length > 1 && parts.every((p) => /\p{Lu}/u.test(p)) ? parts : [phrase];
}

/** "with"/"between"/"among" name parties; "of" does for a gathering of people, when it names a
 *  body or people ("a meeting of the Harbour Board", "a summit of regional leaders"). */
function isParty(text: string, m: Mention, c: Complement): boolean {
  if (PARTY_PREPS.has(c.prep)) return true;
  if (c.prep !== 'of' || !GATHERINGS_OF_PEOPLE.has(m.type)) return false;
  const words = slice(text, c).split(/\s+/);
  const last = words[words.length - 1] ?? '';
  return words.some((w) => /^\p{Lu}/u.test(w)) || (/s$/.test(last) && !/ss$/.test(last));
}

export function participantsOf(text: string, segments: readonly Segment[], g: EventGroup): string[] {
  const out: string[] = [];
  for (const m of g.mentions) {
    if (m.owner) out.push(slice(text, m.owner));
    for (const c of m.complements) if (isParty(text, m, c)) pushAll(out, parties(slice(text, c)));
    // "Will the Minister attend the summit?": who would take part is asked, not told.
    if (asked(text, segments[m.seg]!, m.end)) continue;
    const subject = subjectOf(text, segments[m.seg]!, m);
    if (subject) pushAll(out, parties(subject));
    pushAll(out, hostAndGuest(text, segments[m.seg]!.terms, m));
  }
  return distinct([...new Set(out)].slice(0, MAX_PARTIES));
}

/** Drops repeats and names another party spells out in full ("Minister Lee" beside "Minister Ann Lee"). */
function distinct(names: string[]): string[] {
  const words = names.map((n) => new Set(n.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []));
  return names.filter((n, i) => {
    const mine = words[i]!;
    return !names.some((o, j) => {
      if (j === i) return false;
      const theirs = words[j]!;
      const covers = [...mine].every((w) => theirs.has(w));
      return covers && (theirs.size > mine.size || (theirs.size === mine.size && j < i));
    });
  });
}

/** Verbs of receiving whose object is the guest. */
const HOSTING = /^(receiv|welcom|host|invit|meet|met$)/;
/** How far back from "for talks" the verb of receiving may stand. */
const RECEIVING_REACH = 10;

/** "met union leaders at a meeting": only a verb of meeting makes its object a party "at" an
 *  event (not "received the award at a ceremony"). */
const MEETING_VERB = /^(meet|meets|met|meeting)$/;

/** "the Minister will receive the Ambassador, Davor Lind, for talks", "she met union leaders at
 *  a meeting": who receives and who is received take part in the talks. */
function hostAndGuest(text: string, terms: Term[], m: Mention): string[] {
  const prep = terms[m.outer - 1]?.normal;
  if (m.kind === 'verbal' || (prep !== 'for' && prep !== 'at')) return [];
  let verb = -1;
  for (let k = m.outer - 2; k >= 0 && k >= m.outer - 1 - RECEIVING_REACH; k--) {
    if (RECEIVING_VERBS.test(terms[k]!.normal) && has(terms[k]!, 'Verb')) verb = k;
    if (verb >= 0 || (has(terms[k]!, 'Verb') && !has(terms[k]!, 'Auxiliary'))) break;
  }
  if (verb < 0 || (prep === 'at' && !MEETING_VERB.test(terms[verb]!.normal))) return [];
  let groupStart = verb;
  while (groupStart > 0 && (has(terms[groupStart - 1]!, 'Modal') || has(terms[groupStart - 1]!, 'Auxiliary')))
    groupStart--;
  const out: string[] = [];
  const subject = subjectSpan(text, terms, groupStart);
  if (subject && !has(terms[subject.last], 'Pronoun'))
    out.push(text.slice(terms[subject.first]!.start, terms[subject.last]!.end));
  let last = verb;
  // The guest: the words after the verb up to a comma, a place or a time ("received the envoy
  // at the palace this morning for talks").
  const ends = (t: Term) => (has(t, 'Preposition') && t.normal !== 'of') || has(t, 'Date');
  while (
    last + 1 < m.outer - 1 &&
    !/,/.test(text.slice(terms[last]!.end, terms[last + 1]!.start)) &&
    !ends(terms[last + 1]!)
  )
    last++;
  // (none after a verb of going: "travel to the port for talks")
  const object = HOSTING.test(terms[verb]!.normal);
  if (object && last > verb && terms.slice(verb + 1, last + 1).some((t) => has(t, 'Noun') && !has(t, 'Pronoun')))
    out.push(text.slice(terms[verb + 1]!.start, terms[last]!.end));
  return out;
}

/** The subject of the verb that holds the event, or of the verbal mention itself. */
function subjectOf(text: string, seg: Segment, m: Mention): string | null {
  const terms = seg.terms;
  // ("will travel to Norvald and meet the president": the subject of "will travel")
  let verbStart = coordinatedWith(text, terms, m)?.start ?? m.outer;
  if (m.kind !== 'verbal') {
    const group = verbGroupBefore(text, terms, m.outer);
    // The main verb holds the event, not an auxiliary ("Proxy forms should be returned ...").
    const main = group.verbs.filter((t) => has(t, 'Verb')).at(-1);
    const holds =
      (!!main && LIGHT_VERBS.has(main.normal)) ||
      group.verbs.some((t) => PLANNING_VERBS.has(t.normal) || (TRAVEL_TYPES.has(m.type) && TRAVEL_VERBS.has(t.normal)));
    if (!holds || group.verbs.some((t) => has(t, 'Copula') && group.verbs.length === 1)) return null;
    // "Registration closes a week before the conference": the event only tells when.
    const lastVerb = group.start + group.verbs.length;
    if (terms.slice(lastVerb, m.outer).some((t) => TIME_RELATIONS.has(t.normal))) return null;
    // "Media wishing to attend the briefing": a participle clause, not a party's act.
    if (has(group.verbs[0], 'Gerund') && !has(group.verbs[0], 'Noun')) return null;
    verbStart = group.start;
  }
  // "The flooded districts were visited by the governor": the place visited is no party.
  if (m.passive && TRAVEL_TYPES.has(m.type)) return null;
  const subject = subjectSpan(text, terms, verbStart);
  if (!subject) return null;
  const words = terms.slice(subject.first, subject.last + 1);
  if (!words.some((t) => has(t, 'Noun') && !has(t, 'Pronoun'))) return null;
  // The subject's head is its last word: "this" or "it" is no party ("an official, and this is
  // embargoed"), nor is an event ("This call is embargoed"), nor a date.
  const head = words[words.length - 1]!;
  if (has(head, 'Pronoun') || has(head, 'Determiner') || has(head, 'Date') || eventHead(head.normal)) return null;
  return text.slice(terms[subject.first]!.start, terms[subject.last]!.end);
}

/** Words that set an event as the time of another act: "returned before the meeting". */
const TIME_RELATIONS = new Set(['before', 'after', 'until', 'ahead', 'prior', 'since', 'following']);

/** Words that open a time adverb between a subject and its verb ("Mayor Lee on Monday met"). */
const TIME_ADVERB_OPENERS = new Set(['on', 'in', 'at', 'during', 'this', 'last', 'next', 'earlier', 'later']);
/** Adverbs that stand between a subject and its verb. */
const VERB_ADVERBS = new Set(
  'also later then subsequently separately again jointly briefly formally officially personally recently previously first finally already'.split(
    ' ',
  ),
);
/** Words an apposition's names may hold besides capitalised ones ("Ana Roe and Li Wei", "de la"). */
const NAME_LINKS = new Set(['and', 'of', 'for', 'the', 'de', 'del', 'la', 'van', 'von', 'der', 'bin', 'al']);
const MAX_APPOSITION_TERMS = 6;

/**
 * The subject before the verb starting at `verbStart`, as term indexes [first, last]: past a time
 * adverb between the two ("Mayor Lee on Monday met ..."); a name in apposition ("The Minister of
 * State, Ilse Marwick, held ...") rather than the title before it; none for the second verb of a
 * coordination ("..., and agreed to hold"), whose subject is further back.
 */
function subjectSpan(text: string, terms: Term[], verbStart: number): { first: number; last: number } | null {
  let end = verbStart;
  // "the ministers agreed to meet": the subject of the verb that plans it
  if (terms[end - 1]?.normal === 'to' && PLANNING_VERBS.has(terms[end - 2]?.normal ?? '')) end -= 2;
  // past an adverb of the verb: "Minister Voss also met", "... later held talks"
  while (end > 0 && (has(terms[end - 1], 'Date') || VERB_ADVERBS.has(terms[end - 1]!.normal))) end--;
  if (end < verbStart && end > 0 && TIME_ADVERB_OPENERS.has(terms[end - 1]!.normal)) end--;
  if (end === 0 || terms[end - 1]!.normal === 'and') return null;
  const appositive = appositionBefore(text, terms, end);
  if (appositive) {
    const named = appositive.words.every((t) => isCapitalised(t) || NAME_LINKS.has(t.normal) || /^\p{P}/u.test(t.text));
    if (named && appositive.words.some((t) => isCapitalised(t))) return { first: appositive.first, last: end - 1 };
    // "Harbor Cranes, a maker of port cranes, will host": the name before the description.
    const first = subjectStart(text, terms, appositive.first, true);
    return first < appositive.first ? { first, last: appositive.first - 1 } : null;
  }
  const first = subjectStart(text, terms, end);
  return first < end ? { first, last: end - 1 } : null;
}

/** The words between two commas right before `end` ("..., Ilse Marwick, held"), if any. */
function appositionBefore(text: string, terms: Term[], end: number): { first: number; words: Term[] } | null {
  const comma = (a: Term, b: Term) => /^,\s+$/.test(text.slice(a.end, b.start));
  if (!terms[end] || !comma(terms[end - 1]!, terms[end]!)) return null;
  let a = end - 1;
  while (a > 0 && end - a < MAX_APPOSITION_TERMS && /^[ \t]*$/.test(text.slice(terms[a - 1]!.end, terms[a]!.start)))
    a--;
  if (a === 0 || !comma(terms[a - 1]!, terms[a]!)) return null;
  return { first: a, words: terms.slice(a, end) };
}

/** Walks left over a noun phrase: nouns, names, modifiers, "and", and "of"/"for" inside names. */
function subjectStart(text: string, terms: Term[], verbStart: number, pastComma = false): number {
  let k = verbStart;
  while (k > 0 && verbStart - k < MAX_SUBJECT_TERMS) {
    const t = terms[k - 1]!;
    const gap = text.slice(t.end, terms[k]!.start);
    const opening = pastComma && k === verbStart && gap.trim() === ',';
    // "Secretary-General": the tagger's two terms joined by a hyphen are one word of the phrase.
    const joined = /^[ \t'’]*$/.test(gap) || /^[-‐]$/.test(gap);
    if (!opening && !joined && !(gap.trim() === ',' && k < verbStart && terms[k]!.normal === 'and')) break;
    const next = terms[k]!.normal === 'the' ? terms[k + 1] : terms[k];
    const insideName =
      (t.normal === 'of' || t.normal === 'for') &&
      !!next &&
      isCapitalised(next) &&
      !!terms[k - 2] &&
      isCapitalised(terms[k - 2]!);
    const fits =
      insideName ||
      t.normal === 'and' ||
      has(t, 'Determiner') ||
      has(t, 'Adjective') ||
      has(t, 'Value') ||
      (has(t, 'Noun') && !has(t, 'Pronoun')) ||
      has(t, 'ProperNoun') ||
      has(t, 'Possessive');
    if (!fits || (has(t, 'Verb') && !has(t, 'Noun'))) break;
    // A determiner opens the phrase: "That evening the mayor hosted" (not "evening the mayor").
    if (!opening && has(terms[k], 'Determiner') && !has(t, 'Determiner') && !insideName && t.normal !== 'and') break;
    // "On Thursday the Prime Minister chaired": a day in words opens no subject.
    if (has(t, 'Date') && /^\p{L}/u.test(t.text)) break;
    k--;
  }
  // "The mayor opened the fair, and the governor will meet": a walk that a word of the clause
  // before stopped took in that clause's end; the subject starts after ", and".
  if (k > 0 && /^[ \t]+$/.test(text.slice(terms[k - 1]!.end, terms[k]!.start))) {
    for (let j = verbStart - 1; j > k; j--)
      if (terms[j]!.normal === 'and' && text.slice(terms[j - 1]!.end, terms[j]!.start).includes(',')) {
        k = j;
        break;
      }
  }
  while (k < verbStart && (/^(and|that|which|who)$/.test(terms[k]!.normal) || has(terms[k]!, 'Preposition'))) k++;
  return k;
}
