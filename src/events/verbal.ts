// Verbal event mentions: "spoke by phone with", "met with", "will visit", "signed". They are
// reported with mention 'verbal'; a later step may merge them with a nominal mention of the
// same event ("Minister Lee’s call with ..." and "Lee spoke by phone with ...").
import type { Span } from '../types.js';
import { PLACE_NOUNS, PLANNING_VERBS } from './lexicon.js';
import { TITLES } from '../mentions/lexicon.js';
import { wordsOf, type Complement, type Mention } from './mention.js';
import { asked, has, isCapitalised, joined, type Segment, type Term } from './segments.js';

interface VerbalCue {
  type: string;
  verbs: Set<string>;
  /** Words that must follow the verb (in order), else any object. */
  then?: string[][];
  /** The verb alone holds the event ("the council voted on Tuesday"). */
  alone?: boolean;
  /** Only before this preposition and a place name ("will travel to Ostrel", "departs tomorrow
   *  for Tallis"). */
  destination?: 'to' | 'for';
  /** Only with a person or a title for object ("received the Prime Minister", not "received the
   *  Harbour Prize" nor "received with applause"). */
  guest?: boolean;
  /** A courtesy call: "on" and a person or a title, asked nothing ("called on the Minister", not
   *  "called on the Minister to resign"). */
  courtesy?: boolean;
}

const forms = (s: string) => new Set(s.split(' '));
const CUES: VerbalCue[] = [
  {
    type: 'call',
    verbs: forms('speak speaks spoke spoken speaking talk talks talked talking'),
    then: [
      ['by', 'phone'],
      ['by', 'telephone'],
      ['over', 'the', 'phone'],
      ['on', 'the', 'phone'],
      ['by', 'video'],
    ],
  },
  { type: 'meeting', verbs: forms('meet meets met meeting') },
  // "The Prime Minister received the President of the Farmers' Council": a meeting with a guest.
  { type: 'meeting', verbs: forms('receive receives received'), guest: true },
  { type: 'meeting', verbs: forms('call calls called'), courtesy: true },
  { type: 'visit', verbs: forms('visit visits visited visiting') },
  // "The minister will travel to Ostrel next week. During the visit, ...": the journey is the visit.
  { type: 'visit', verbs: forms('travel travels travelled traveled fly flies flew'), destination: 'to' },
  { type: 'visit', verbs: forms('depart departs departed leave leaves left'), destination: 'for' },
  { type: 'signing', verbs: forms('sign signs signed signing') },
  // "The council voted 7-2 on Tuesday to approve the plan": the vote a headline names.
  { type: 'vote', verbs: forms('voted'), alone: true },
];

export function findVerbal(text: string, seg: Segment, segIndex: number): Mention[] {
  const out: Mention[] = [];
  const terms = seg.terms;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (!has(t, 'Verb') || has(t, 'Noun')) continue;
    const cue = CUES.find((c) => c.verbs.has(t.normal));
    if (!cue) continue;
    const last = cueEnd(text, terms, i, cue);
    if (last < 0 || asked(text, seg, terms[last]!.end)) continue;
    let first = i;
    while (
      first > 0 &&
      joined(text, terms[first - 1]!, terms[first]!) &&
      (has(terms[first - 1]!, 'Modal') || has(terms[first - 1]!, 'Auxiliary'))
    )
      first--;
    const start = terms[first]!.start;
    const end = terms[last]!.end;
    const passive = PASSIVE_CUES.has(cue.type) && isPassive(terms, i);
    out.push({
      start,
      end,
      seg: segIndex,
      head: i,
      outer: first,
      first,
      last,
      phraseStart: start,
      type: cue.type,
      kind: 'verbal',
      determiner: null,
      owner: null,
      location: cue.destination
        ? { start: terms[destinationAt(text, terms, i, cue.destination)!]!.start, end: terms[last]!.end }
        : placeAfter(text, terms, last),
      // "met with Governor Park", "met Governor Park": the other party; "was visited by the
      // governor": the passive's agent.
      complements: passive
        ? [partyAfter(text, terms, i + 1)].filter((c) => c !== null)
        : terms[last]!.normal === 'with' || (last === i && cue.type === 'meeting') || cue.courtesy
          ? [partyAfter(text, terms, last)].filter((c) => c !== null)
          : // "spoke by phone with President Dray": the other party right after the medium
            cue.then && terms[last + 1]?.normal === 'with' && joined(text, terms[last]!, terms[last + 1]!)
            ? [partyAfter(text, terms, last + 1)].filter((c) => c !== null)
            : [],
      heading: seg.heading,
      conjunct: false,
      anaphoric: false,
      words: wordsOf(text.slice(start, end)),
      nounModifiers: [],
      properWords: [],
      rule: `verb-${cue.type}`,
      passive,
    });
  }
  return out;
}

const PLACE_REACH = 10;
/** A place name: capitalised ("in Porto"), not a common noun the tagger calls a place ("in downtown"). */
const isPlace = (t: Term) =>
  isCapitalised(t) &&
  (has(t, 'Place') || (has(t, 'ProperNoun') && !has(t, 'Person') && !has(t, 'Organization') && !has(t, 'Date')));

/** "met with Governor Park": the party after "with", a run of capitalised words or a noun phrase. */
function partyAfter(text: string, terms: Term[], withIndex: number): Complement | null {
  // "meets later this month", "met in Oslo": no object, so no party after the verb.
  if (terms[withIndex]!.normal !== 'with' && AFTER_INTRANSITIVE.has(terms[withIndex + 1]?.normal ?? '')) return null;
  let end = withIndex;
  for (let k = withIndex + 1; k < terms.length && k - withIndex <= 8 && joined(text, terms[k - 1]!, terms[k]!); k++) {
    const t = terms[k]!;
    // a time adverb ends the party: "with the President this morning", "met Ana Roe last week"
    // (not "with this delegation")
    const time = isTimeWord(t) && (!TIME_SHIFTS.has(t.normal) || isTimeWord(terms[k + 1]));
    // "of" after a title, not after a name: "the Prime Minister of Norlund" (not "Premier Ruth Kale
    // of Tarsia", whose party is the person).
    const prev = terms[k - 1]!;
    const titleOf =
      t.normal === 'of' &&
      isCapitalised(prev) &&
      has(prev, 'Actor') &&
      !has(prev, 'Person') &&
      !!terms[k + 1] &&
      isCapitalised(terms[k + 1]!);
    if ((has(t, 'Preposition') && !titleOf) || time || (has(t, 'Verb') && !has(t, 'Noun')) || has(t, 'Pronoun')) break;
    if (!(titleOf || isCapitalised(t) || has(t, 'Determiner') || has(t, 'Adjective') || has(t, 'Noun'))) break;
    end = k;
  }
  return end > withIndex ? { prep: 'with', start: terms[withIndex + 1]!.start, end: terms[end]!.end } : null;
}

/** "met with the mayor in Porto": a place after "in"/"at" in the same clause. */
function placeAfter(text: string, terms: Term[], last: number): Span | null {
  for (let k = last + 1; k + 1 < terms.length && k - last <= PLACE_REACH; k++) {
    if (/[,;:.!?]/.test(text.slice(terms[k - 1]!.end, terms[k]!.start))) return null;
    // "met union leaders and visited troops at Camp Ardin": the next verb's place is its own.
    if (has(terms[k], 'Verb') && !has(terms[k], 'Noun') && !has(terms[k], 'Auxiliary')) return null;
    if ((terms[k]!.normal !== 'in' && terms[k]!.normal !== 'at') || !isPlace(terms[k + 1]!)) continue;
    let end = k + 1;
    while (end + 1 < terms.length && isPlace(terms[end + 1]!) && joined(text, terms[end]!, terms[end + 1]!)) end++;
    return { start: terms[k + 1]!.start, end: terms[end]!.end };
  }
  return null;
}

/** "spoke at length with the Harbor minister": a talk with a named person, up to "with". */
function conversationWith(text: string, terms: Term[], i: number): number {
  for (let k = i + 1; k < terms.length && k - i <= 4 && joined(text, terms[k - 1]!, terms[k]!); k++) {
    if (has(terms[k]!, 'Verb')) return -1;
    if (terms[k]!.normal !== 'with') continue;
    const object = terms.slice(k + 1, k + 4);
    return object.some((t) => has(t, 'Person') || has(t, 'Honorific') || (has(t, 'ProperNoun') && !has(t, 'Place')))
      ? k
      : -1;
  }
  return -1;
}

/** Things one "meets" that are no party: "met EU safety standards", "met Treasury approval". */
const MET_THINGS = forms(
  'standard standards approval approvals target targets demand demands expectation expectations criterion criteria ' +
    'deadline deadlines requirement requirements rule rules goal goals need needs condition conditions test tests ' +
    'threshold thresholds obligation obligations limit limits quota quotas benchmark benchmarks forecast forecasts ' +
    'estimate estimates resistance opposition objection objections criticism scrutiny support',
);

/** Whether the noun phrase from `k` has a thing met for head ("EU safety standards", not "opposition leaders"). */
function objectIsThing(text: string, terms: Term[], k: number): boolean {
  let head = k;
  for (let n = k + 1; n < terms.length && n - k < 5 && joined(text, terms[n - 1]!, terms[n]!); n++) {
    const t = terms[n]!;
    // "targets", "demands": read as nouns here, whatever the tagger made of them
    if (MET_THINGS.has(t.normal)) {
      head = n;
      continue;
    }
    if (has(t, 'Preposition') || has(t, 'Date') || has(t, 'Pronoun') || (has(t, 'Verb') && !has(t, 'Noun'))) break;
    if (!(isCapitalised(t) || has(t, 'Adjective') || has(t, 'Noun'))) break;
    head = n;
  }
  return MET_THINGS.has(terms[head]!.normal);
}

/** The term that closes the cue ("phone", "with"), or the verb itself when an object follows. */
function cueEnd(text: string, terms: Term[], i: number, cue: VerbalCue): number {
  if (cue.alone) return i;
  // "The plant was visited by the minister", "was received by the Prime Minister": the agent of
  // the passive is the party.
  // (one receives or meets people, not "the letter was received by the council")
  if (PASSIVE_CUES.has(cue.type) && isPassive(terms, i))
    return byParty(text, terms, i) && (cue.type === 'visit' || peopleBefore(terms, i)) ? i : -1;
  if (cue.guest) return guestAfter(text, terms, i) ? i : -1;
  if (cue.courtesy) {
    const on = terms[i + 1];
    if (!on || !/^(on|upon)$/.test(on.normal) || !joined(text, terms[i]!, on) || !guestAfter(text, terms, i + 1))
      return -1;
    return asksOf(text, terms, i + 2) ? -1 : i + 1;
  }
  if (cue.destination) {
    const at = destinationAt(text, terms, i, cue.destination);
    if (at === null) return -1;
    // "to Port Verrin": the whole name.
    let end = at;
    while (terms[end + 1] && isCapitalised(terms[end + 1]!) && joined(text, terms[end]!, terms[end + 1]!)) end++;
    return visitNamedAfter(text, terms, end) ? -1 : end;
  }
  if (cue.then) {
    for (const words of cue.then) {
      if (words.every((w, k) => terms[i + 1 + k]?.normal === w && joined(text, terms[i + k]!, terms[i + 1 + k]!))) {
        // "spoke by telephone this morning with X": the other party after the time adverb.
        const last = i + words.length;
        return withAfterTime(text, terms, last) ?? last;
      }
    }
    return conversationWith(text, terms, i);
  }
  // "met today with", "met on Monday with": a time adverb between the verb and "with".
  const withIndex = withAfterTime(text, terms, i);
  if (withIndex !== null) return withIndex;
  const next = terms[i + 1];
  // "met union leaders at a meeting": the meeting is named; the verb adds none.
  if (cue.type === 'meeting' && meetingNamedAfter(text, terms, i)) return -1;
  if (cue.type === 'meeting' && meetsWithoutObject(text, terms, i)) return i;
  if (!next || !joined(text, terms[i]!, next)) return -1;
  // "met with resistance": a thing met, not a party.
  if (next.normal === 'with') return objectIsThing(text, terms, i + 2) ? -1 : i + 1;
  // "met Mayor Okafor", "met President Lind": a capitalised name or title (not "met the deadline");
  // after "the", a capitalised title or name ("met the Prime Minister", "visit the Northfield
  // Regional Hospital").
  const after = terms[i + 2];
  const the = next.normal === 'the' && !!after && joined(text, next, after) && isCapitalised(after);
  const head = the ? after : next;
  const named = isCapitalised(head) && has(head, 'ProperNoun') && !has(head, 'Place');
  const title = the && (has(head, 'Actor') || has(head, 'Organization'));
  const object =
    has(head, 'Person') ||
    has(head, 'Honorific') ||
    named ||
    title ||
    (cue.type === 'visit' && has(head, 'Place')) ||
    ((cue.type === 'meeting' || cue.type === 'visit') && isPeople(objectHead(text, terms, i + 1))) ||
    (cue.type === 'visit' && PLACE_NOUNS.has(objectHead(text, terms, i + 1)?.normal ?? '')) ||
    (cue.type === 'signing' && signsAnInstrument(text, terms, i + 1) && !isPerfect(terms, i));
  return object && !has(head, 'Date') && !objectIsThing(text, terms, i + 1) ? i : -1;
}

/** Cues whose passive ("was visited by", "were received by") tells the occasion. */
const PASSIVE_CUES = new Set(['visit', 'meeting']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** The form of "be" before a passive participle at `i` (past adverbs and auxiliaries: "has
 *  been", "will be"), or -1. */
function passiveBe(terms: Term[], i: number): number {
  let k = i - 1;
  while (k > 0 && has(terms[k], 'Adverb') && !BE_FORMS.has(terms[k]!.normal)) k--;
  return BE_FORMS.has(terms[k]?.normal ?? '') && /(ed|met)$/.test(terms[i]!.normal) ? k : -1;
}
const isPassive = (terms: Term[], i: number): boolean => passiveBe(terms, i) >= 0;

/** "by the minister", "by Minister Vask", "by a delegation of mayors": people after "by". */
function byParty(text: string, terms: Term[], i: number): boolean {
  const by = terms[i + 1];
  if (by?.normal !== 'by' || !joined(text, terms[i]!, by)) return false;
  const article = /^(a|an)$/.test(terms[i + 2]?.normal ?? '') ? 1 : 0;
  const head = objectHead(text, terms, i + 2 + article);
  return guestAfter(text, terms, i + 1) || isPeople(head) || TITLES.has(head?.normal ?? '');
}

/** Whether the subject of the passive at `i` ends in people: "The delegation was received". */
function peopleBefore(terms: Term[], i: number): boolean {
  let k = passiveBe(terms, i) - 1;
  while (k > 0 && (has(terms[k], 'Auxiliary') || has(terms[k], 'Modal') || has(terms[k], 'Adverb'))) k--;
  const head = terms[k];
  return !!head && (isPeople(head) || has(head, 'Person') || has(head, 'Honorific'));
}

/** What is signed at an occasion: "will sign a memorandum on Friday", "signed a joint declaration". */
const INSTRUMENTS = forms(
  'agreement agreements memorandum memoranda treaty treaties accord accords declaration declarations protocol ' +
    'protocols convention conventions charter communique communiqué',
);
/** "has signed a definitive agreement to acquire": the perfect tells a result, not an occasion. */
const isPerfect = (terms: Term[], i: number): boolean =>
  /^(has|have|'ve|had)$/.test(terms[i - 1]?.normal ?? '') ||
  (has(terms[i - 1], 'Adverb') && /^(has|have|'ve|had)$/.test(terms[i - 2]?.normal ?? ''));

/** How many words may stand before the instrument: "a new bilateral trade agreement". */
const INSTRUMENT_MODIFIERS = 4;

/** "a memorandum", "the agreement", "three agreements", "a joint declaration" from `k`; not "the
 *  letter", nor "off on the plan". */
function signsAnInstrument(text: string, terms: Term[], k: number): boolean {
  let n = /^(a|an|the|two|three|four|five|several)$/.test(terms[k]?.normal ?? '') ? k + 1 : k;
  for (const end = n + INSTRUMENT_MODIFIERS; n < terms.length && n <= end; n++) {
    const t = terms[n]!;
    if (!joined(text, terms[n - 1]!, t)) return false;
    if (INSTRUMENTS.has(t.normal)) return true;
    if (!(has(t, 'Adjective') || has(t, 'Noun')) || has(t, 'Pronoun') || has(t, 'Preposition')) return false;
  }
  return false;
}

/** The place name after the verb at `i` and its preposition, past a time adverb ("departs
 *  tomorrow for Tallis"): the index of its first term. */
function destinationAt(text: string, terms: Term[], i: number, prep: string): number | null {
  let k = i + 1;
  while (k <= i + 3 && isTimeWord(terms[k]) && terms[k + 1] && joined(text, terms[k]!, terms[k + 1]!)) k++;
  const place = terms[k + 1];
  const named = !!place && isCapitalised(place) && (has(place, 'Place') || has(place, 'ProperNoun'));
  // (a verb has a subject before it: not "the left for Tallis")
  if (has(terms[i - 1], 'Determiner')) return null;
  if (terms[k]?.normal !== prep || !joined(text, terms[k - 1]!, terms[k]!) || !named || has(place, 'Person'))
    return null;
  return k + 1;
}

/** The head of a noun phrase in lower case from `k`: "union leaders", "the flood-hit region". */
function objectHead(text: string, terms: Term[], k: number): Term | undefined {
  let head = -1;
  // ("met the trade unions")
  const from = terms[k]?.normal === 'the' ? k + 1 : k;
  for (let n = from; n < terms.length && n - from < 4 && joined(text, terms[n - 1]!, terms[n]!); n++) {
    const t = terms[n]!;
    if (isCapitalised(t) || has(t, 'Pronoun') || has(t, 'Date') || !(has(t, 'Adjective') || has(t, 'Noun'))) break;
    // a time adverb ends it: "the country next week"
    if (has(terms[n + 1], 'Date') && TIME_SHIFTS.has(t.normal)) break;
    head = n;
  }
  return terms[head];
}

const TIME_SHIFTS = forms('next last this coming past');

/** "met union leaders", "met local farmers": people, not things met. */
const isPeople = (noun: Term | undefined): boolean =>
  !!noun &&
  (has(noun, 'Actor') || PARTY_NOUNS.has(noun.normal) || PEOPLE_NOUNS.has(noun.normal)) &&
  !MET_THINGS.has(noun.normal);

/** People the tagger does not know as actors: "visited troops", "met residents". */
const PEOPLE_NOUNS = forms(
  'troops soldiers staff families residents students pupils patients victims employees volunteers refugees ' +
    'children voters veterans survivors citizens locals villagers nurses doctors unions groups associations',
);

/** "met union leaders at a meeting in Tarnfeld", "agreed to meet at the Northern Council": a
 *  meeting named in the verb's clause. */
function meetingNamedAfter(text: string, terms: Term[], i: number): boolean {
  for (let k = i + 1; k < terms.length && k <= i + PURPOSE_REACH; k++) {
    if (/[;:.!?]/.test(text.slice(terms[k - 1]!.end, terms[k]!.start))) return false;
    if (terms[k]!.normal !== 'at') continue;
    let n = /^(a|an|the|their)$/.test(terms[k + 1]?.normal ?? '') ? k + 2 : k + 1;
    // "at the Northern Council": a body's sitting (see patterns.ts)
    while (isCapitalised(terms[n]!) && terms[n + 1] && isCapitalised(terms[n + 1]!)) n++;
    return /^(meetings?|council|assembly)$/.test(terms[n]?.normal ?? '');
  }
  return false;
}

/** How many terms after a journey's place its purpose may stand: "travel to X on Tuesday for a visit". */
const PURPOSE_REACH = 8;

const VISIT_NOUNS = /^(visit|visits|trip|tour)$/;
const PURPOSE_MODIFIERS = 3;
const isModifierWord = (t: Term) =>
  (has(t, 'Adjective') || has(t, 'Value') || has(t, 'Noun')) && !has(t, 'Preposition') && !has(t, 'Pronoun');

/** "will travel to Port Verrin for a visit to the terminal": the visit is named; the verb adds none. */
function visitNamedAfter(text: string, terms: Term[], from: number): boolean {
  for (let k = from + 1; k < terms.length && k <= from + PURPOSE_REACH; k++) {
    if (/[;:.!?]/.test(text.slice(terms[k - 1]!.end, terms[k]!.start))) return false;
    if (terms[k]!.normal !== 'for') continue;
    // past its determiner and modifiers: "for a two-day official visit"
    let n = /^(a|an|the|his|her|their|its)$/.test(terms[k + 1]?.normal ?? '') ? k + 2 : k + 1;
    const modifiersEnd = n + PURPOSE_MODIFIERS;
    while (n < modifiersEnd && terms[n + 1] && !VISIT_NOUNS.test(terms[n]!.normal) && isModifierWord(terms[n]!)) n++;
    return VISIT_NOUNS.test(terms[n]?.normal ?? '');
  }
  return false;
}

/** A person or a title right after the verb at `i`: "received Mayor Okafor", "received the
 *  President of ...", "received Ambassador Lena Ostrova" (a capitalised word the tagger knows as
 *  a person, an honorific or an actor). */
function guestAfter(text: string, terms: Term[], i: number): boolean {
  const next = terms[i + 1];
  if (!next || !joined(text, terms[i]!, next)) return false;
  const after = terms[i + 2];
  const head = next.normal === 'the' && after && joined(text, next, after) ? after : next;
  return (
    isCapitalised(head) &&
    !has(head, 'Date') &&
    !has(head, 'Place') &&
    (has(head, 'Person') || has(head, 'Honorific') || has(head, 'Actor'))
  );
}

/** How far after "called on" the act asked of its object may stand ("to release ..."). */
const ASKED_REACH = 10;

/** "called on the Minister of Health to resign": "to" and a verb in the clause after the object. */
function asksOf(text: string, terms: Term[], k: number): boolean {
  for (let n = k; n < terms.length && n < k + ASKED_REACH; n++) {
    if (n > k && /[;:.!?]/.test(text.slice(terms[n - 1]!.end, terms[n]!.start))) return false;
    if (terms[n]!.normal === 'to' && has(terms[n + 1], 'Verb')) return true;
  }
  return false;
}

/** "with" after a time adverb that follows term `i` ("met today with", "by phone on Monday with"). */
function withAfterTime(text: string, terms: Term[], i: number): number | null {
  let k = i + 1;
  if (terms[k]?.normal === 'on' && has(terms[k + 1], 'Date')) k++;
  while (k <= i + 4 && isTimeWord(terms[k]) && terms[k + 1] && joined(text, terms[k]!, terms[k + 1]!)) k++;
  return k > i + 1 && terms[k]?.normal === 'with' && joined(text, terms[i]!, terms[i + 1]!) ? k : null;
}

/** Words of a time adverb the tagger may leave untagged: "this morning", "earlier today". */
const TIME_WORDS = forms('this next last earlier later morning afternoon evening night today yesterday tonight');
const isTimeWord = (t: Term | undefined) => has(t, 'Date') || (!!t && TIME_WORDS.has(t.normal));

/** Nouns for people or bodies that meet one another: "the two leaders met in Oslo". */
const PARTY_NOUNS = forms(
  'leaders ministers presidents premiers officials delegations delegates sides parties envoys counterparts ' +
    'representatives negotiators heads chiefs members teams mayors governors diplomats commanders generals ' +
    'secretaries chairs chairmen chairwomen spokespeople experts leaderships governments countries nations ' +
    'cabinet council committee board commission panel delegation assembly parliament',
);
/** What may follow an intransitive "met": a place, a time, a purpose, or the end of the clause. */
const AFTER_INTRANSITIVE = forms('in at on for during again today yesterday earlier later privately briefly');

const HABITUAL = forms('each every regularly usually normally annually monthly weekly twice');

/**
 * "The two leaders met in Oslo", "Lind and Vask met on Friday", "the presidents, Ana Roe and Li
 * Wei, met": a meeting without an object, when its subject is people or a group; not "the plan met
 * its targets" (an object) nor "the targets were met" (a passive).
 */
function meetsWithoutObject(text: string, terms: Term[], i: number): boolean {
  const next = terms[i + 1];
  const ends = !next || /^\s*[,;.!?]/.test(text.slice(terms[i]!.end, next.start));
  if (!ends && !AFTER_INTRANSITIVE.has(next.normal) && !has(next, 'Date')) return false;
  // "The council meets on the first Tuesday of each month": a habit, no one meeting.
  if (terms.slice(i + 1, i + 10).some((t) => HABITUAL.has(t.normal))) return false;
  let k = i - 1;
  // "the ministers agreed to meet in December": the subject of the verb that plans the meeting.
  if (terms[k]?.normal === 'to' && PLANNING_VERBS.has(terms[k - 1]?.normal ?? '')) k -= 2;
  while (k >= 0 && (has(terms[k], 'Modal') || /^(also|then|finally|later|have|had|will|would)$/.test(terms[k]!.normal)))
    k--;
  const subject = terms[k];
  if (!subject || has(subject, 'Copula') || (has(subject, 'Auxiliary') && k < i - 1)) return false;
  if (/^(they|we)$/.test(subject.normal)) return true;
  // "Lind and Vask met": the last of coordinated names; ", Ana Roe and Li Wei, met": an apposition.
  const names = isCapitalised(subject) && (has(subject, 'Person') || has(subject, 'ProperNoun'));
  const coordinated = terms.slice(Math.max(0, k - 4), k).some((t) => t.normal === 'and');
  // "the regional directors will meet again": people in the plural, named by any noun.
  const people = has(subject, 'Plural') && (has(subject, 'Actor') || PEOPLE_NOUNS.has(subject.normal));
  return PARTY_NOUNS.has(subject.normal) || people || (names && coordinated);
}
