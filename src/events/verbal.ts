// Verbal event mentions: "spoke by phone with", "met with", "will visit", "signed". They are
// reported with mention 'verbal'; a later step may merge them with a nominal mention of the
// same event ("Minister Lee’s call with ..." and "Lee spoke by phone with ...").
import type { Span } from '../types.js';
import { wordsOf, type Complement, type Mention } from './mention.js';
import { has, isCapitalised, joined, type Segment, type Term } from './segments.js';

interface VerbalCue {
  type: string;
  verbs: Set<string>;
  /** Words that must follow the verb (in order), else any object. */
  then?: string[][];
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
  { type: 'visit', verbs: forms('visit visits visited visiting') },
  { type: 'signing', verbs: forms('sign signs signed signing') },
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
    if (last < 0) continue;
    let first = i;
    while (
      first > 0 &&
      joined(text, terms[first - 1]!, terms[first]!) &&
      (has(terms[first - 1]!, 'Modal') || has(terms[first - 1]!, 'Auxiliary'))
    )
      first--;
    const start = terms[first]!.start;
    const end = terms[last]!.end;
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
      location: placeAfter(text, terms, last),
      // "met with Governor Park", "met Governor Park": the other party.
      complements:
        terms[last]!.normal === 'with' || (last === i && cue.type === 'meeting')
          ? [partyAfter(text, terms, last)].filter((c) => c !== null)
          : [],
      heading: seg.heading,
      conjunct: false,
      anaphoric: false,
      words: wordsOf(text.slice(start, end)),
      nounModifiers: [],
      properWords: [],
      rule: `verb-${cue.type}`,
    });
  }
  return out;
}

const PLACE_REACH = 10;
const isPlace = (t: Term) =>
  has(t, 'Place') ||
  (has(t, 'ProperNoun') && isCapitalised(t) && !has(t, 'Person') && !has(t, 'Organization') && !has(t, 'Date'));

/** "met with Governor Park": the party after "with", a run of capitalised words or a noun phrase. */
function partyAfter(text: string, terms: Term[], withIndex: number): Complement | null {
  let end = withIndex;
  for (let k = withIndex + 1; k < terms.length && k - withIndex <= 8 && joined(text, terms[k - 1]!, terms[k]!); k++) {
    const t = terms[k]!;
    if (has(t, 'Preposition') || has(t, 'Date') || (has(t, 'Verb') && !has(t, 'Noun')) || has(t, 'Pronoun')) break;
    if (!(isCapitalised(t) || has(t, 'Determiner') || has(t, 'Adjective') || has(t, 'Noun'))) break;
    end = k;
  }
  return end > withIndex ? { prep: 'with', start: terms[withIndex + 1]!.start, end: terms[end]!.end } : null;
}

/** "met with the mayor in Porto": a place after "in"/"at" in the same clause. */
function placeAfter(text: string, terms: Term[], last: number): Span | null {
  for (let k = last + 1; k + 1 < terms.length && k - last <= PLACE_REACH; k++) {
    if (/[,;:.!?]/.test(text.slice(terms[k - 1]!.end, terms[k]!.start))) return null;
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

/** The term that closes the cue ("phone", "with"), or the verb itself when an object follows. */
function cueEnd(text: string, terms: Term[], i: number, cue: VerbalCue): number {
  if (cue.then) {
    for (const words of cue.then) {
      if (words.every((w, k) => terms[i + 1 + k]?.normal === w && joined(text, terms[i + k]!, terms[i + 1 + k]!)))
        return i + words.length;
    }
    return conversationWith(text, terms, i);
  }
  // "met today with", "met on Monday with": a time adverb between the verb and "with".
  let k = i + 1;
  if (terms[k]?.normal === 'on' && has(terms[k + 1], 'Date')) k++;
  while (k <= i + 3 && has(terms[k], 'Date') && terms[k + 1] && joined(text, terms[k]!, terms[k + 1]!)) k++;
  if (k > i + 1 && terms[k]?.normal === 'with' && joined(text, terms[i]!, terms[i + 1]!)) return k;
  const next = terms[i + 1];
  if (!next || !joined(text, terms[i]!, next)) return -1;
  if (next.normal === 'with') return i + 1;
  // "met Mayor Okafor", "met President Lind": a capitalised name or title (not "met the deadline").
  const named = isCapitalised(next) && has(next, 'ProperNoun') && !has(next, 'Place');
  const object = has(next, 'Person') || has(next, 'Honorific') || named || (cue.type === 'visit' && has(next, 'Place'));
  return object && !has(next, 'Date') ? i : -1;
}
