// One event for several mentions of the same thing. Mentions are taken in text order and each
// joins the most recent event that one of these rules accepts (the group records which):
//   same-words  one mention's words all occur in the other's, same type ("parliamentary elections")
//   proper-word they share a capitalised word ("The Harbor summit" ... "meeting in Harbor City")
//   anaphor     a definite phrase that adds nothing new ("the summit", "this meeting", "the peace
//               conference" after "the Summit on Peace")
//   apposition  "HarborCon, the city's annual conference"
//   edition     the same ordinal and type ("the Seventh ... Summit", "the seventh bilateral summit")
// and, once dated, two events at the same place on the same day.
// Conjuncts ("the G20 and APEC Summits") only join; verbal mentions join the gathering their
// clause says they met for or at ("met on Monday for the Dialogue"), else an event of their type
// whose proper words occur in their sentence.
import { daysOfValue } from './dating.js';
import { CALL_TYPES, GATHERINGS, TRAVEL_TYPES } from './lexicon.js';
import { wordsOf, type Mention } from './mention.js';
import { has, type Segment } from './segments.js';
import { pushAll } from '../arrays.js';

export interface EventGroup {
  mentions: Mention[];
  rules: string[];
  /** The latest mention of each distinct wording: what new mentions are compared with. */
  forms: Mention[];
  /** Dates its mentions carry themselves ("the meeting on May 4"). */
  ownDates: Set<string>;
}

/** Bounds that keep grouping linear on long texts: groups looked back on, wordings kept per group. */
const MAX_GROUPS_BACK = 200;
const MAX_FORMS = 12;

/** How far (UTF-16 units) under a title the first event told may still be the title's. */
const HEADING_REACH = 600;
/** How far back (in UTF-16 units) "the meeting" may look for what it refers to. */
const ANAPHOR_REACH = 2000;
/** How far around a verbal mention ("met with") the names of the event it joins may stand. */
const VERBAL_REACH = 200;

const stem = (w: string) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w);
const IGNORED = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'his', 'her', 's']);
const content = (m: Mention) => new Set(m.words.filter((w) => !IGNORED.has(w)).map(stem));
const subset = (a: Set<string>, b: Set<string>) => [...a].every((w) => b.has(w));
const proper = (m: Mention) => m.properWords.filter((w) => w.length > 1).map(stem);

function sameWords(g: EventGroup, m: Mention): boolean {
  const mine = content(m);
  return g.forms.some((o) => {
    if (o.kind === 'verbal') return false;
    const theirs = content(o);
    // "the second round" after "the second round of talks": the round of those talks.
    if (o.type !== m.type && !(m.type === 'round' && theirs.has('round'))) return false;
    const [small, big] = mine.size <= theirs.size ? [mine, theirs] : [theirs, mine];
    return small.size >= 2 && subset(small, big);
  });
}

/** Ordinals that count an occasion's editions. */
const ORDINALS = new Set(
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth'.split(' '),
);

/** "Joint Statement of the Seventh Lindmark–Osterhaven Summit" and "the seventh bilateral
 *  summit": the same edition of an occasion of the same type. */
function sameEdition(g: EventGroup, m: Mention): boolean {
  const n = m.words.find((w) => ORDINALS.has(w) || /^\d+(st|nd|rd|th)$/.test(w));
  return !!n && g.forms.some((o) => o.kind !== 'verbal' && o.type === m.type && o.words.includes(n));
}

/** Two full names that each hold a word the other lacks name two events ("the Baltic Summit
 *  Meeting" and "the Baltic Foreign Ministers' Meeting"). */
function distinctNames(a: Mention, b: Mention): boolean {
  if (a.kind !== 'named' || b.kind !== 'named') return false;
  const x = proper(a);
  const y = proper(b);
  return x.some((w) => !y.includes(w)) && y.some((w) => !x.includes(w));
}

function properWord(g: EventGroup, m: Mention): boolean {
  const mine = proper(m);
  if (mine.length === 0) return false;
  return g.forms.some((o) => {
    if (o.kind === 'verbal' || !proper(o).some((w) => mine.includes(w)) || distinctNames(o, m)) return false;
    if (o.type === m.type) return true;
    // Another kind of gathering in the same sentence is another event ("a discussion on the
    // Lakes ahead of the Lakes summit").
    const bothGatherings = GATHERINGS.has(o.type) && GATHERINGS.has(m.type) && o.seg !== m.seg;
    const shared = proper(o).filter((w) => mine.includes(w)).length;
    return bothGatherings && (shared >= 2 || (m.complements.length === 0 && subset(new Set(mine), new Set(proper(o)))));
  });
}

/** The date a mention gives itself (inside or right next to it), if any. */
export type OwnDate = (m: Mention) => string | null;

/** A mention with a date of its own joins no event that carries another ("the May 4 meeting"
 *  is not "the meeting on June 9"); days that overlap agree ("on Thursday", "on Wednesday and
 *  Thursday"). */
const compatible = (g: EventGroup, mine: string | null) =>
  !mine || g.ownDates.size === 0 || [...g.ownDates].some((other) => overlap(other, mine));

function overlap(a: string, b: string): boolean {
  if (a === b) return true;
  const x = daysOfValue(a);
  const y = daysOfValue(b);
  return !!x && !!y && x[0] <= y[1] && y[0] <= x[1];
}

/** Words that pick another occurrence of a recurring event: "our next meeting" after "the meeting". */
const OCCURRENCE_WORDS = new Set(['next', 'last', 'previous', 'following', 'upcoming', 'coming', 'prior']);

/** Does `m` name an occurrence that `o` does not ("the next session" after "the session")? */
const otherOccurrence = (m: Mention, o: Mention) =>
  m.words.some((w) => OCCURRENCE_WORDS.has(w) && !o.words.includes(w));

function anaphor(g: EventGroup, m: Mention, sameType: boolean, mine: string | null): boolean {
  if (!m.anaphoric) return false;
  // "the meeting last week" is not "the summit" planned for June.
  if (mine && !sameType) return false;
  const modifiers = new Set(m.nounModifiers.map(stem));
  return g.forms.some(
    (o) =>
      o.kind !== 'verbal' &&
      m.start - o.end <= ANAPHOR_REACH &&
      !otherOccurrence(m, o) &&
      // Another kind of gathering in the same sentence is another event ("a meeting at the summit").
      (sameType
        ? o.type === m.type
        : (kin(o, m) || (GATHERINGS.has(o.type) && GATHERINGS.has(m.type))) && o.seg !== m.seg) &&
      subset(modifiers, content(o)),
  );
}

/** Types that name one event: a journey ("travelled to Orbury ... the trip"), a call ("a
 *  telephone conversation ... during the call"). */
const kin = (a: Mention, b: Mention): boolean =>
  a.type === b.type ||
  (TRAVEL_TYPES.has(a.type) && TRAVEL_TYPES.has(b.type)) ||
  (CALL_TYPES.has(a.type) && CALL_TYPES.has(b.type));

/** "It's a short trip": an indefinite phrase said of the latest event of its kind ("it" is the
 *  event the text is about, however far back it was named). */
function predicate(g: EventGroup, m: Mention): boolean {
  return (
    !!m.predicative &&
    g.forms.some(
      (o) =>
        o.kind !== 'verbal' &&
        (o.type === m.type ||
          (TRAVEL_TYPES.has(o.type) && TRAVEL_TYPES.has(m.type)) ||
          (GATHERINGS.has(o.type) && GATHERINGS.has(m.type))),
    )
  );
}

/** A preposition opening the sentence before an occasion ("After the meeting, the talks ..."):
 *  the phrase after the comma is the clause's subject, not an apposition. */
const FRONTED = /(?:[.!?:]\s+|\n\s*)(?:after|before|during|following|since|at|ahead\s+of|prior\s+to)\s+$/i;
/** How far (UTF-16 units) before an occasion its fronting preposition is looked for. */
const FRONTED_REACH = 30;
function fronted(text: string, m: Mention): boolean {
  const from = Math.max(0, m.phraseStart - FRONTED_REACH);
  // (the text's start opens a sentence too)
  return FRONTED.test((from === 0 ? '\n' : '') + text.slice(from, m.phraseStart));
}

/** Could `b`, after a comma, name the event `a` names? Of one type, both gatherings or both
 *  journeys, or one a bare "event": not "After the summit, the vote was postponed", whose vote
 *  opens the clause the summit is fronted to. */
const sameKind = (a: Mention, b: Mention) =>
  a.type === b.type ||
  a.type === 'event' ||
  b.type === 'event' ||
  (GATHERINGS.has(a.type) && GATHERINGS.has(b.type)) ||
  (TRAVEL_TYPES.has(a.type) && TRAVEL_TYPES.has(b.type));

/** Types a text can itself be the record of: "this call", "this briefing" under its title. */
const OCCASIONS = new Set([...GATHERINGS, 'call', 'conversation']);

/** "Thanks for joining this call" under the title "Briefing with ...": the occasion the text
 *  records, named by its title. */
function isTheTextsOccasion(g: EventGroup, m: Mention): boolean {
  return (
    m.determiner === 'this' &&
    m.anaphoric &&
    OCCASIONS.has(m.type) &&
    g.mentions.every((o) => o.heading) &&
    OCCASIONS.has(g.mentions[0]!.type)
  );
}

/** "a ceremony alongside ... at a signing of the agreement": the ceremony is the signing. */
function heldAt(text: string, ceremony: Mention, m: Mention): boolean {
  if (ceremony.seg !== m.seg || m.type === ceremony.type) return false;
  // "the discussions at the climate ministerial": the talk of that meeting, right before it.
  if (ceremony.type === 'discussion' && ceremony.determiner === 'the' && ceremony.words.length === 1)
    return /^\s+at\s+(?:the\s+)?$/.test(text.slice(ceremony.end, m.phraseStart));
  if (ceremony.type !== 'ceremony') return false;
  const between = text.slice(ceremony.end, m.phraseStart);
  return between.length <= HELD_AT_REACH && /\sat\s*$/.test(between) && !/[.;:!?]/.test(between);
}
/** How far (UTF-16 units) after a ceremony the occasion it is held at may be named. */
const HELD_AT_REACH = 200;

/** "ahead of the summit ... the first Lakes Summit": a name given after bare
 *  definite mentions that had nothing to refer back to. */
function namedLater(g: EventGroup, m: Mention): boolean {
  return (
    m.kind === 'named' &&
    g.mentions.every((o) => o.anaphoric && o.kind === 'nominal' && o.type === m.type) &&
    m.start - g.mentions.at(-1)!.end <= ANAPHOR_REACH
  );
}

/** `segments`: those the mentions were found in (a verb between two mentions keeps them apart). */
export function groupMentions(
  text: string,
  mentions: readonly Mention[],
  ownDate: OwnDate,
  segments: readonly Segment[],
): EventGroup[] {
  const groups: EventGroup[] = [];
  const join = (g: EventGroup, m: Mention, rule: string) => {
    g.mentions.push(m);
    g.rules.push(rule);
    const date = ownDate(m);
    if (date) g.ownDates.add(date);
    const key = `${m.kind} ${m.type} ${m.words.join(' ')}`;
    g.forms = [...g.forms.filter((o) => `${o.kind} ${o.type} ${o.words.join(' ')}` !== key), m].slice(-MAX_FORMS);
  };
  const start = (m: Mention) => {
    const date = ownDate(m);
    groups.push({ mentions: [m], rules: ['first'], forms: [m], ownDates: new Set(date ? [date] : []) });
  };
  const latest = (test: (g: EventGroup) => boolean) => {
    for (let k = groups.length - 1; k >= 0 && k >= groups.length - MAX_GROUPS_BACK; k--)
      if (test(groups[k]!)) return groups[k];
    return undefined;
  };
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  for (const m of ordered.filter((x) => !x.conjunct && x.kind !== 'verbal')) {
    const last = groups[groups.length - 1];
    const previous = last?.mentions.at(-1);
    const mine = ownDate(m);
    const rules: [string, (g: EventGroup) => boolean][] = [
      // The title's event (toldUnderTitle), worded as new ("a conversation"), of its type or both
      // gatherings ("Readout of the meeting between ..." over "received ... for talks").
      [
        'heading',
        (g) =>
          // (or a bare plural: "Talks between the two delegations took place ...")
          (m.determiner === 'a' || m.determiner === 'an' || m.determiner === null) &&
          m.kind !== 'named' &&
          toldUnderTitle(groups, g, m, GATHERINGS.has(g.mentions[0]!.type) && GATHERINGS.has(m.type)),
      ],
      [
        'apposition',
        (g) =>
          !!previous &&
          g === last &&
          m.phraseStart > previous.end &&
          sameKind(previous, m) &&
          // ("At the Pellor Summit, the region's first summit, leaders ...": closed by a comma)
          (!fronted(text, previous) || /^\s*,/.test(text.slice(m.end, m.end + 2))) &&
          /^,\s*(the|a|an)?\s*$/i.test(text.slice(previous.end, m.phraseStart)),
      ],
      ['same-words', (g) => compatible(g, mine) && sameWords(g, m)],
      ['edition', (g) => compatible(g, mine) && sameEdition(g, m)],
      ['proper-word', (g) => compatible(g, mine) && properWord(g, m)],
      ['anaphor', (g) => compatible(g, mine) && anaphor(g, m, true, mine)],
      ['anaphor', (g) => compatible(g, mine) && anaphor(g, m, false, mine)],
      ['predicate', (g) => compatible(g, mine) && predicate(g, m)],
      ['occasion', (g) => g === groups[0] && isTheTextsOccasion(g, m)],
      ['held-at', (g) => g === last && !!previous && heldAt(text, previous, m)],
      ['named-later', (g) => compatible(g, mine) && namedLater(g, m)],
    ];
    let joined = false;
    for (const [rule, test] of rules) {
      const g = latest(test);
      if (g) {
        join(g, m, rule);
        joined = true;
        break;
      }
    }
    if (!joined) start(m);
  }
  for (const m of ordered.filter((x) => x.conjunct)) {
    const g = latest((x) => x.forms.some((o) => o.type === m.type && proper(o).some((w) => proper(m).includes(w))));
    if (g) join(g, m, 'conjunct');
  }
  for (const m of ordered.filter((x) => x.kind === 'verbal')) {
    const around = new Set(wordsOf(text.slice(Math.max(0, m.start - VERBAL_REACH), m.end + VERBAL_REACH)).map(stem));
    // "On the margins of the summit, she met ...": a meeting beside the occasion, not the occasion.
    // ("agreed to meet again before the summer": another meeting than the one told)
    const beside = ASIDE_OCCASION.test(sentenceOf(text, m)) || AGAIN.test(text.slice(m.end, m.end + AGAIN_CHARS));
    const gathering = beside ? undefined : latest((x) => x.mentions.some((o) => metFor(text, segments, m, o)));
    const g =
      beside || gathering
        ? gathering
        : latest((x) =>
            x.forms.some(
              (o) => o.type === m.type && o.kind !== 'verbal' && proper(o).some((w) => w.length > 2 && around.has(w)),
            ),
          );
    // "Council Approves Plan in 7-2 Vote" over "The council voted 7-2 on Tuesday": the title's event.
    const appositive = g ? undefined : latest((x) => x.mentions.some((o) => inApposition(text, m, o)));
    const titled = g || appositive || beside ? undefined : latest((x) => toldUnderTitle(groups, x, m, false));
    const told = g || titled ? undefined : toldNext(groups, ordered, m, ownDate(m));
    if (gathering) join(gathering, m, 'met-for');
    else if (g) join(g, m, 'verbal');
    else if (appositive) join(appositive, m, 'apposition');
    else if (titled) join(titled, m, 'heading');
    else if (told) join(told, m, 'told');
    else start(m);
  }
  return groups;
}

/** How far (UTF-16 units) after "met" the gathering it was held as may be named. */
const MET_FOR_REACH = 100;

/** "The ministers met on Monday for the second Transport Dialogue", "met in Varna at the Harbour
 *  Forum": a meeting verb whose clause goes on to the gathering it met for (any) or at (one
 *  named or definite) tells that gathering. Not "met the delegates who attended the forum"
 *  (another verb between), nor "met at a summit" or "will meet during the summit" (a meeting of
 *  two among many). */
function metFor(text: string, segments: readonly Segment[], m: Mention, o: Mention): boolean {
  if (m.type !== 'meeting' || o.kind === 'verbal' || !GATHERINGS.has(o.type) || o.seg !== m.seg) return false;
  if (o.phraseStart <= m.end || o.phraseStart - m.end > MET_FOR_REACH) return false;
  const between = text.slice(m.end, o.phraseStart);
  if (/[,;:.!?()]/.test(between)) return false;
  const prep = /\s(for|at)\s+$/i.exec(between)?.[1]?.toLowerCase();
  if (!prep || (prep !== 'for' && (o.determiner === 'a' || o.determiner === 'an'))) return false;
  return segments[m.seg]!.terms.slice(m.last + 1, o.outer).every((t) => !has(t, 'Verb') || has(t, 'Noun'));
}

const AGAIN = /^\s+again\b/i;
const AGAIN_CHARS = 8;
const ASIDE_OCCASION = /\bon\s+the\s+(?:sidelines|margins?|fringes?)\b/i;

/** How far (UTF-16 units) around a mention its sentence is read. */
const SENTENCE_REACH = 300;

/** The sentence around a mention: from the last stop before it to the next after it. */
function sentenceOf(text: string, m: Mention): string {
  const before = text.slice(Math.max(0, m.start - SENTENCE_REACH), m.start);
  const after = text.slice(m.end, m.end + SENTENCE_REACH);
  const from = Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n')) + 1;
  const to = after.search(/[.\n]/);
  return before.slice(from) + text.slice(m.start, m.end) + (to < 0 ? after : after.slice(0, to));
}

/**
 * The statement's title names the event the text then tells of: "Telephone Conversation between
 * ..." above "the minister had a conversation over the phone with ...". Only the text's first
 * event, of the title's type (or another, where `kin`), told right under the title, not questions
 * later ("no plans for an emergency meeting").
 */
function toldUnderTitle(groups: readonly EventGroup[], g: EventGroup, m: Mention, kin: boolean): boolean {
  // (A verbal mention is grouped after every phrase: "after the vote" below it may have joined.)
  const before = g.mentions.filter((o) => o.start < m.start);
  return (
    !m.heading &&
    before.length > 0 &&
    before.every((o) => o.heading) &&
    (g.mentions[0]!.type === m.type || kin) &&
    !groups.some((o) => o.mentions.some((x) => !x.heading && x.start < m.start)) &&
    m.start - before.at(-1)!.end <= HEADING_REACH
  );
}

/** How far (UTF-16 units) after the verb an occasion in apposition to its clause may stand. */
const APPOSITION_REACH = 120;

/** "The two leaders met in Varna on Tuesday, their third meeting this year": a phrase of the
 *  verb's type after the comma closing its clause, in the same sentence, names the event told. */
function inApposition(text: string, m: Mention, o: Mention): boolean {
  if (o.kind === 'verbal' || o.type !== m.type || o.seg !== m.seg || o.phraseStart <= m.end) return false;
  const between = text.slice(m.end, o.phraseStart);
  return between.length <= APPOSITION_REACH && /,\s*$/.test(between) && !/[;:.!?]/.test(between);
}

/** How far (UTF-16 units) after "met" a definite "the meeting" may refer back to it. */
const TOLD_REACH = 600;

/**
 * "Lee met Park on Monday. The meeting focused on ports.": the first event of the verb's type told
 * after it, when only definite mentions with nothing to refer back to and no date but the verb's
 * own name it, is the meeting the verb told; no other such verb stands between.
 */
function toldNext(
  groups: readonly EventGroup[],
  ordered: readonly Mention[],
  m: Mention,
  mine: string | null,
): EventGroup | undefined {
  const next = groups
    .filter((g) => g.mentions[0]!.start > m.end && g.mentions.some((o) => o.kind !== 'verbal' && kin(o, m)))
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)[0];
  // A day of its own must be the verb's: "spoke with Dray this afternoon. During this afternoon's call".
  const otherDay = !!next && next.ownDates.size > 0 && (!mine || !compatible(next, mine));
  if (!next || otherDay || next.mentions[0]!.start - m.end > TOLD_REACH) return undefined;
  if (!next.mentions.every((o) => o.kind === 'nominal' && o.anaphoric && kin(o, m))) return undefined;
  const first = next.mentions[0]!.start;
  const between = ordered.some(
    (o) => o !== m && o.kind === 'verbal' && o.type === m.type && o.start > m.end && o.start < first,
  );
  return between ? undefined : next;
}

/** Two events at the same place on the same day are one ("talks in Oslo" and "the dialogue in Oslo"). */
export function mergeSamePlaceAndDay(
  text: string,
  groups: EventGroup[],
  dateOf: (g: EventGroup) => string | null,
): EventGroup[] {
  const key = (g: EventGroup) => {
    const place = g.mentions.find((m) => m.location)?.location;
    const date = dateOf(g);
    return place && date ? `${text.slice(place.start, place.end).toLowerCase()}|${date}` : null;
  };
  const out: EventGroup[] = [];
  const byKey = new Map<string, EventGroup>();
  for (const g of groups) {
    const k = key(g);
    const same = k ? byKey.get(k) : undefined;
    if (same) {
      pushAll(same.mentions, g.mentions);
      same.rules.push('same-place-and-day');
      continue;
    }
    if (k) byKey.set(k, g);
    out.push(g);
  }
  return out;
}
