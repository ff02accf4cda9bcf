// Nominal and named event mentions: a noun phrase headed by an event noun, with its modifiers,
// its determiner or possessor, and the complements a reader keeps in the name ("video conference
// on fisheries data", "meeting of mayors in Springfield, Illinois", “Feeding Tomorrow”).
import type { Span } from '../types.js';
import {
  AGENT_TYPES,
  ARRANGED,
  PLACE_NOUNS,
  COMPLEMENT_PREPS,
  DETERMINERS,
  HOLDING_VERBS,
  INDEFINITE,
  LIGHT_VERBS,
  MEDIUM_PREPS,
  NON_SPECIFIC,
  NOT_EVENT_AFTER,
  PRESS_WORDS,
  BEFORE_PREDICATE,
  RECEIVING_VERBS,
  OCCURRING_VERBS,
  SEQUENCE_WORDS,
  PAST_WORDS,
  PLANNED_WORDS,
  TRAVEL_TYPES,
} from './lexicon.js';
import { eventHead } from '../lexicon/event-heads.js';
import { occasionHead } from './occasions.js';
import { wordsOf, type Complement, type Mention } from './mention.js';
import { has, isCapitalised, joined, type Segment, type Term } from './segments.js';
import { pushAll } from '../arrays.js';

const MAX_MODIFIERS = 10;
const MAX_COMPLEMENT = 10;
const NP_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'his', 'her', 'both', 'all']);

const isNounLike = (t: Term | undefined): boolean =>
  !!t && (has(t, 'Noun') || has(t, 'ProperNoun') || has(t, 'Acronym')) && !has(t, 'Pronoun');
/** "upcoming", "recent": status words the tagger may read as verbs ("the minister's upcoming trip"). */
const isStatusWord = (t: Term): boolean => PLANNED_WORDS.has(t.normal) || PAST_WORDS.has(t.normal);
const isModifier = (t: Term): boolean =>
  isStatusWord(t) ||
  ((isNounLike(t) || has(t, 'Adjective') || has(t, 'Value') || has(t, 'Ordinal')) &&
    !has(t, 'Determiner') &&
    !has(t, 'Preposition') &&
    !has(t, 'Conjunction') &&
    !DETERMINERS.has(t.normal));
const isYear = (t: Term): boolean => /^\d{4}$/.test(t.text);

const DO = new Set(['do', 'does', 'did']);
const AFTER_PREPOSITION = new Set(['during', 'in', 'into', 'throughout', 'after', 'at', 'of', 'with', 'from']);

/** Is the event noun at `i` used as a noun? compromise tags "briefing" after "press" as a gerund. */
function nounAt(seg: Segment, i: number): boolean {
  const terms = seg.terms;
  const t = terms[i]!;
  const prev = terms[i - 1];
  // A heading opening with the event noun and its complement: "Briefing with ...", "Meeting on ...".
  if (i === 0 && seg.heading && isCapitalised(t) && has(terms[1], 'Preposition')) return true;
  // A surname ("Senator Jane Sessions") or a verb after a modal or an adverb ("will never vote").
  if (has(t, 'Person') || has(t, 'LastName')) return false;
  // After an owner no verb follows: "yesterday's meeting", "Monday's talks" (a gerund to the tagger).
  if (prev && /['’]s$/.test(prev.text) && !has(prev, 'Pronoun') && !has(prev, 'Determiner')) return true;
  if (
    prev &&
    (has(prev, 'Modal') ||
      has(prev, 'Negative') ||
      (has(prev, 'Adverb') && !has(prev, 'Adjective')) ||
      prev.normal === 'to')
  )
    return false;
  if (has(t, 'Noun') && !has(t, 'Pronoun')) return true;
  // The object of a verb of holding is a noun: "held talks about fishing" (tagged as "he talks").
  if (prev && LIGHT_VERBS.has(prev.normal) && has(prev, 'Verb') && !has(prev, 'Copula') && !DO.has(prev.normal))
    return true;
  // No verb follows a preposition: "during talks", "in talks with" (tagged as "he talks").
  if (prev && AFTER_PREPOSITION.has(prev.normal)) return true;
  return (
    !!prev &&
    !has(prev, 'Auxiliary') &&
    !has(prev, 'Copula') &&
    !has(prev, 'Pronoun') &&
    (has(prev, 'Determiner') ||
      has(prev, 'Possessive') ||
      has(prev, 'Adjective') ||
      isNounLike(prev) ||
      has(prev, 'Value'))
  );
}

export function findPhrases(text: string, seg: Segment, segIndex: number): Mention[] {
  const out: Mention[] = [];
  const terms = seg.terms;
  for (let i = 0; i < terms.length; i++) {
    const mention = phraseAt(text, seg, segIndex, i);
    if (mention) pushAll(out, mention);
  }
  return out;
}

function phraseAt(text: string, seg: Segment, segIndex: number, i: number): Mention[] | null {
  const terms = seg.terms;
  const t = terms[i]!;
  const listed = eventHead(t.normal);
  // (an occasion its phrase makes one is read as a noun there: "during her stay in Norvald")
  const head = listed ?? occasionHead(text, terms, i);
  if (!head || (listed && !nounAt(seg, i))) return null;
  const next = terms[i + 1];
  // A capital at the start of a sentence says nothing ("Dialogue is the only way"), nor after a
  // dateline's dash ("OSLO, May 4 - Talks between ...").
  const opensSentence = i === 0 || AFTER_DATELINE.test(text.slice(Math.max(0, t.start - 4), t.start));
  const capital = isCapitalised(t) && (!opensSentence || /^\p{Lu}{2,}/u.test(t.text));
  // Not the head of its phrase: "election observers", "the Forum staff", "Election Monitoring Office".
  if (
    next &&
    joined(text, t, next) &&
    isNounLike(next) &&
    // (a preposition the tagger took for a noun: "his stay in Velmora")
    !COMPLEMENT_PREPS.has(next.normal) &&
    !has(next, 'Date') &&
    !has(next, 'Value') &&
    !(!capital && isCapitalised(next)) &&
    !occursFrom(terms, i + 1)
  )
    return null;
  if (has(t, 'Possessive') && next && isNounLike(next)) return null;
  // "a consultation meeting", "a signing ceremony": the next event noun heads the phrase, also
  // where the tagger reads it as a gerund ("meeting"); not a verb ("the summit calls for calm").
  const nextHead = next && joined(text, t, next) ? eventHead(next.normal) : undefined;
  // (A bare verb form cannot agree with a singular subject: "conference call" is a noun.)
  const agrees = !!next && (t.normal.endsWith('s') || /(s|ed)$/.test(next.normal));
  const nextIsVerb = has(next, 'Verb') && !has(next, 'Gerund') && !has(next, 'Noun') && agrees;
  if (nextHead && !nextHead.needs && !nextIsVerb && !has(t, 'Possessive')) return null;
  if (head.needs === 'capitalised' && !capital) return null;

  const opening = openingOf(text, terms, i, capital, capital && !seg.titleCase && !seg.heading);
  if (!opening) return null;
  const { first, outer, determiner, owner } = opening;
  const modifiers = terms.slice(first, i);
  if (head.needs === 'modifier' && modifiers.length === 0) return null;
  if (head.needs === 'compound' && !modifiers.some((m) => head.compounds?.has(m.normal))) return null;
  // "the second round", "a runoff round"; not "a round of applause", "all year round". In "the
  // second round of talks" the talks are the head, and the round part of their name.
  if (head.needs === 'sequence' && (!modifiers.some((m) => SEQUENCE_WORDS.has(m.normal)) || ofEvent(terms, i)))
    return null;
  const round = roundBefore(text, terms, outer);
  // "the Harbor Cleanup event", "River Safety Day"; not "the Saturday event", "a great day".
  // (Not a week of the calendar in a title: "Talks Held Last Week", "Next Week".)
  if (
    head.needs === 'named' &&
    ((!modifiers.some((m, k) => isCapitalised(m) && !has(m, 'Date') && (first + k > 0 || has(m, 'ProperNoun'))) &&
      !modifiers.some((m) => head.compounds?.has(m.normal))) ||
      modifiers.some((m) => isStatusWord(m) || TIME_ADVERB_WORDS.has(m.normal)))
  )
    return null;
  // "a call for calm", "the exercise of rights"; but "a conference call for investors".
  // A capitalised name before "calls for" in running text is its subject: "Lake Watch calls for an inquiry".
  const nounModified = modifiers.some(
    (m) => has(m, 'Noun') && !has(m, 'Adjective') && (seg.titleCase || !isCapitalised(m)),
  );
  if (next && joined(text, t, next) && !nounModified && NOT_EVENT_AFTER.get(t.normal)?.has(next.normal)) return null;
  // A medium, not an event: "by video conference".
  const before = terms[outer - 1];
  if (before && MEDIUM_PREPS.has(before.normal) && determiner === null) return null;
  // A format, not an event: "the author in conversation with ...", a column's "IN CONVERSATION:".
  if (before?.normal === 'in' && head.type === 'conversation' && determiner === null && modifiers.length === 0)
    return null;

  // A date written before the name is the event's date, not part of its name ("the June 4 summit").
  let nameFirst = round?.first ?? first;
  while (
    nameFirst < i &&
    (has(terms[nameFirst]!, 'Date') || (has(terms[nameFirst]!, 'Value') && nameFirst > first)) &&
    !isYear(terms[nameFirst]!)
  )
    nameFirst++;

  const { last, complements, location } = complementsAfter(text, terms, i, head.type, seg.heading);
  let end = terms[last]!.end;
  let lastIndex = last;
  const quoted = quotedTitleAfter(text, end);
  if (quoted > end) {
    end = quoted;
    while (lastIndex + 1 < terms.length && terms[lastIndex + 1]!.start < end) lastIndex++;
  }

  const lower = !capital && !seg.titleCase;
  const properModifier = modifiers.some((m) => isCapitalised(m) || isYear(m));
  // A heading drops its articles: "Transcript: press conference following the meeting".
  const headline = seg.heading && (outer === 0 || /:\s*$/.test(text.slice(terms[outer - 1]!.end, terms[outer]!.start)));
  if (lower && determiner === null && !properModifier && !headline) {
    // Bare event nouns are mass or generic uses ("open dialogue", "talks are useful"), unless
    // something makes them specific: a light verb ("held talks"), a date written before them.
    const plural = t.normal.endsWith('s');
    // "held talks", "went into consultations", "agreed during talks in Hanoi", "is in talks with"
    const light =
      before &&
      ((LIGHT_VERBS.has(before.normal) && !has(before, 'Copula')) ||
        OCCASION_PREPS.has(before.normal) ||
        (before.normal === 'in' && complements.some((c) => PARTY_COMPLEMENTS.has(c.prep))) ||
        (before.normal === 'for' && receivedFor(terms, outer)));
    const dated = first !== nameFirst;
    // A second conjunct shares the first one's words: "more exchanges and consultations".
    // (Not a second clause: "…, and consultations are continuing".)
    const conjunct = /^(and|or)$/.test(before?.normal ?? '') && !/,\s*$/.test(text.slice(0, before!.start));
    // "called for talks between the parties" asks for talks; none took place.
    const askedFor = before?.normal === 'for';
    const occurs = !conjunct && !askedFor && saidToOccur(terms, lastIndex, complements);
    if (!plural || !(light || dated || isRoundOf(terms, outer) || occurs)) return null;
  }
  // "nothing in our conversations suggests …": talk in general, unless said with whom or on what.
  if (head.type === 'conversation' && t.normal.endsWith('s') && complements.length === 0) return null;
  if (determiner && INDEFINITE.has(determiner) && isGenericSubject(terms, outer, lastIndex)) return null;
  if (NO_PLANS.test(text.slice(Math.max(0, terms[outer]!.start - 40), terms[outer]!.start))) return null;

  if (capital && !seg.titleCase && listsOrganisations(text, end)) return null;

  const start = terms[nameFirst]!.start;
  const name = text.slice(start, end);
  const sentenceInitial = nameFirst === 0;
  const mention: Mention = {
    start,
    end,
    seg: segIndex,
    head: i,
    outer: round?.outer ?? outer,
    first: nameFirst,
    last: lastIndex,
    phraseStart: terms[round?.outer ?? outer]!.start,
    type: head.type,
    kind: capital && !seg.titleCase && !(sentenceInitial && opensSentence) ? 'named' : 'nominal',
    determiner,
    owner,
    complements,
    location: location ?? placeOfPredicate(text, terms, lastIndex),
    heading: seg.heading,
    conjunct: false,
    // (an occasion only its phrase makes one, "last month's joint commission", tells a new one)
    anaphoric:
      !!listed &&
      determiner !== null &&
      determiner !== 'a' &&
      determiner !== 'an' &&
      complements.length === 0 &&
      owner === null &&
      !modifiers.some((m) => isCapitalised(m) || has(m, 'Value')) &&
      quoted <= terms[last]!.end,
    predicative: !!determiner && INDEFINITE.has(determiner) && describesReferent(terms, outer),
    words: wordsOf(name),
    nounModifiers: modifiers.filter((m) => has(m, 'Noun') && !has(m, 'Adjective')).map((m) => m.normal),
    properWords: terms
      .slice(nameFirst, lastIndex + 1)
      .filter((u, k) => k + nameFirst !== i && isCapitalised(u))
      .flatMap((u) => wordsOf(u.text)),
    rule: capital ? 'proper-name' : 'event-noun',
  };
  return [mention, ...conjuncts(text, terms, mention, i)];
}

/** "Road Safety Week runs from ...", "the Clean Air Week begins on Monday": a verb of taking place
 *  the tagger may read as a plural noun, before the preposition of its days. */
function occursFrom(terms: Term[], k: number): boolean {
  const verb = terms[k]!;
  return (
    verb.normal.endsWith('s') &&
    OCCURRING_VERBS.has(verb.normal) &&
    /^(from|until|till|through|on|in|at)$/.test(terms[k + 1]?.normal ?? '')
  );
}

/** What nobody plans is no event: "the bank has no plans for an emergency meeting". */
const NO_PLANS = /\bno\s+(?:plans?|intention|proposal)\s+(?:for|to\s+\p{L}+|of\s+\p{L}+)\s+$/iu;

/** Prepositions that put an act inside an occasion: "agreed during talks", "went into consultations". */
const OCCASION_PREPS = new Set(['into', 'during', 'throughout']);

/** How far back from "for talks" the verb of receiving or going may stand. */
const RECEIVING_REACH = 10;

/** "will receive the ambassador for talks", "arrived in the capital for consultations": the talks
 *  of that visit; not "called for talks", a demand. */
function receivedFor(terms: Term[], outer: number): boolean {
  for (let k = outer - 2; k >= 0 && k >= outer - 1 - RECEIVING_REACH; k--) {
    if (RECEIVING_VERBS.test(terms[k]!.normal) && has(terms[k]!, 'Verb')) return true;
    if (has(terms[k]!, 'Verb') && !has(terms[k]!, 'Auxiliary') && !has(terms[k]!, 'Modal')) return false;
  }
  return false;
}

/** A dash closing a dateline before the first word of the text. */
const AFTER_DATELINE = /\s[-–—]+\s+$/;

/**
 * A bare plural is one occasion when the clause tells it happening ("Talks between the two
 * delegations took place", "consultations resumed") or names who held it ("talks between the
 * ministries"), not a kind of thing ("talks are useful").
 */
function saidToOccur(terms: Term[], last: number, complements: readonly Complement[]): boolean {
  if (complements.some((c) => c.prep === 'between' || c.prep === 'among')) return true;
  // The clause's first finite verb, past the rest of the subject ("Talks between the two fishing
  // councils took place"), then past its auxiliaries.
  let k = last + 1;
  while (k < terms.length && k <= last + 8 && !(has(terms[k]!, 'Verb') && !has(terms[k]!, 'Gerund'))) k++;
  const verb = k;
  while (k < terms.length && k <= verb + 3 && BEFORE_PREDICATE.has(terms[k]!.normal)) k++;
  // "Talks are expected to conclude by Friday", "consultations are due to resume".
  // (after "to", "resume" is a verb whatever the tagger says)
  const arranged = ARRANGED.test(terms[k]?.normal ?? '') && terms[k + 1]?.normal === 'to';
  if (arranged) k += 2;
  return k < terms.length && OCCURRING_VERBS.has(terms[k]!.normal) && (arranged || has(terms[k]!, 'Verb'));
}

interface Opening {
  /** First modifier, and first term of the whole phrase (determiner or possessor included). */
  first: number;
  outer: number;
  determiner: string | null;
  owner: Span | null;
}

/** Walks left from the head over its modifiers to the determiner or possessor that opens the
 *  phrase. Null when a word makes the phrase non-specific ("more meetings", "any talks"). */
function openingOf(text: string, terms: Term[], i: number, capital: boolean, nameInText: boolean): Opening | null {
  let first = i;
  let determiner: string | null = null;
  let owner: Span | null = null;
  let outer = i;
  for (let j = i - 1; j >= 0 && i - j <= MAX_MODIFIERS && joined(text, terms[j]!, terms[j + 1]!); j--) {
    const u = terms[j]!;
    // A proper name with "of the" inside: "State of the Union address".
    if (
      u.normal === 'the' &&
      isCapitalised(terms[j + 1]!) &&
      terms[j - 1]?.normal === 'of' &&
      terms[j - 2] &&
      isCapitalised(terms[j - 2]!)
    ) {
      j -= 2;
      first = j;
      outer = j;
      continue;
    }
    // "Heads of Government Meeting": "of" inside a capitalised name in running text (a title
    // capitalises every word: "Transcript of Fortnightly Media Briefing").
    if (
      nameInText &&
      u.normal === 'of' &&
      isCapitalised(terms[j + 1]!) &&
      terms[j - 1] &&
      isCapitalised(terms[j - 1]!)
    ) {
      j -= 1;
      first = j;
      outer = j;
      continue;
    }
    if (DETERMINERS.has(u.normal)) {
      // "such a forum" is a kind of event, not one.
      if (terms[j - 1]?.normal === 'such' && joined(text, terms[j - 1]!, u)) return null;
      determiner = u.normal;
      outer = j;
      break;
    }
    // "more talks", "regular meetings"; but "the regular meeting" and "the council's next regular
    // meeting" are one meeting.
    const before = terms[j - 1];
    const determined =
      !!before && (DETERMINERS.has(before.normal) || has(before, 'Possessive') || SEQUENCE_WORDS.has(before.normal));
    if (NON_SPECIFIC.has(u.normal) && (j === 0 || !isCapitalised(u)) && !determined) return null;
    // "relief and disaster reduction seminar" (not "diplomacy and dialogue": a head of its own)
    if (u.normal === 'and' && !capital && j > 0 && j < i - 1 && isModifier(terms[j - 1]!)) {
      j = coordinatedModifiers(text, terms, j, i);
      if (j < 0) break;
      first = j;
      outer = j;
      continue;
    }
    if (has(u, 'Possessive') || /['’]s$/.test(u.text)) {
      // A plural possessive classifies ("Mayors’ Summit"); a singular one owns ("Lee’s call").
      const plural = /s['’]$/.test(u.text) || (/s$/.test(u.text) && /^['’]/.test(text.slice(u.end, u.end + 1)));
      if (plural && isCapitalised(u) === capital && !has(u, 'Date')) {
        first = j;
        outer = j;
        continue;
      }
      // "this afternoon's call": a time, not an owner, whatever the tagger made of it.
      const time = has(u, 'Date') || TIMES_OF_DAY.has(u.normal.replace(/['’]s?$/, ''));
      determiner = time ? 'date' : 'possessive';
      outer = j;
      if (!time) owner = ownerSpan(text, terms, j);
      break;
    }
    // "Press Briefing" in a title: the tagger reads "Press" as a verb.
    const press = PRESS_WORDS.has(u.normal) && j === i - 1;
    if (!press && (!isModifier(u) || (has(u, 'Verb') && !has(u, 'Adjective') && !has(u, 'Noun') && !isStatusWord(u))))
      break;
    // "Lakeland and Norland hold talks": a headline's verb, read as a noun by the tagger.
    if (HOLDING_VERBS.has(u.normal) && !isCapitalised(u)) break;
    first = j;
    outer = j;
  }
  return { first, outer, determiner, owner };
}

/** Times the tagger may leave untagged before a possessive: "this afternoon's call", "tonight's debate". */
const TIMES_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night', 'tonight', 'today', 'yesterday', 'tomorrow']);

/** "relief and disaster reduction seminar": modifiers joined by "and" belong to the phrase when
 *  a determiner or a year opens it; returns the first modifier, or -1. */
function coordinatedModifiers(text: string, terms: Term[], and: number, i: number): number {
  let k = and - 1;
  while (k >= 0 && i - k <= MAX_MODIFIERS * 2 && joined(text, terms[k]!, terms[k + 1]!) && isModifier(terms[k]!)) k--;
  const opener = terms[k];
  const closed = k + 1 < and && ((opener && DETERMINERS.has(opener.normal)) || isYear(terms[k + 1]!));
  return closed ? k + 1 : -1;
}

/** "the Harbor Forum, the Council of Port Cities, and ...": a capitalised name listed beside
 *  names of bodies is a body too. The next item must be a capitalised name without an event noun. */
function listsOrganisations(text: string, end: number): boolean {
  const m =
    /^,\s+(?:and\s+)?(?:the\s+)?(\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+(?:(?:of|for|on|to|the|and)\b|\p{Lu}[\p{L}\p{N}'’.-]*)){1,6})/u.exec(
      text.slice(end, end + 120),
    );
  if (!m) return false;
  // "..., the Governor’s office will host": a possessor opening the clause, not a list.
  if (/['’]s?$/u.test(m[1]!)) return false;
  const words = m[1]!.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length >= 2 && !words.some((w) => eventHead(w.toLowerCase()));
}

/** "Minister Lee’s": the possessive and the capitalised words before it. */
function ownerSpan(text: string, terms: Term[], j: number): Span {
  let k = j;
  while (k > 0 && joined(text, terms[k - 1]!, terms[k]!) && isCapitalised(terms[k - 1]!) && isNounLike(terms[k - 1]!))
    k--;
  const end = terms[j]!.end - (/['’]s$/.test(terms[j]!.text) ? 2 : /['’]$/.test(terms[j]!.text) ? 1 : 0);
  return { start: terms[k]!.start, end };
}

/** Units that count out one occasion of talks: "a new round of talks", "a series of meetings". */
const ROUND_NOUNS = new Set(['round', 'series', 'process', 'session']);

/** "held a new round of talks", "are in a process of discussions": the plural is one occasion
 *  ("four earlier rounds of talks" are several). */
function isRoundOf(terms: Term[], outer: number): boolean {
  if (terms[outer - 1]?.normal !== 'of' || !ROUND_NOUNS.has(terms[outer - 2]?.normal ?? '')) return false;
  const opener = [terms[outer - 3], terms[outer - 4]].find((t) => t && DETERMINERS.has(t.normal));
  return !!opener && !NON_SPECIFIC.has(terms[outer - 3]!.normal);
}

/** Verbs after an event that tell where it is held: "the talks, held in Rivelle", "the second
 *  round will take place in Valmora", "talks are under way in Rivelle", "the forum is to be convened in Lindau", "the finals will
 *  be played at the Arvik Arena". */
const HELD = new Set(['held', 'convened', 'hosted', 'staged', 'played']);
const TAKING = /^(take|takes|took|taken|taking)$/;
const PREDICATE_REACH = 6;

/** Languages, which talks are "held in" without being a place ("held in English"). */
const LANGUAGES = new Set(
  `english french spanish arabic mandarin chinese cantonese russian german portuguese italian japanese korean
  hindi urdu bengali swahili dutch turkish persian farsi hebrew greek polish ukrainian latin`.split(/\s+/),
);

/** A lone language or nationality word after "in" ("held in English", "in French"), no place. */
const isTongue = (t: Term) => LANGUAGES.has(t.normal) || has(t, 'Demonym');

/** The capitalised place of the verb that tells where the event ending at `last` is held. */
function placeOfPredicate(text: string, terms: Term[], last: number): Span | null {
  const next = terms[last + 1];
  if (!next || !/^,?\s+$/.test(text.slice(terms[last]!.end, next.start))) return null;
  let k = last + 1;
  while (
    k < terms.length &&
    k - last <= PREDICATE_REACH &&
    (BEFORE_PREDICATE.has(terms[k]!.normal) || terms[k]!.normal === 'to')
  )
    k++;
  if (HELD.has(terms[k]?.normal ?? '') || terms[k]?.normal === 'underway') k++;
  else if (terms[k]?.normal === 'under' && terms[k + 1]?.normal === 'way') k += 2;
  else if (TAKING.test(terms[k]?.normal ?? '') && terms[k + 1]?.normal === 'place') k += 2;
  else return null;
  // "will be held on 14 May in Leidstad": past the date.
  const dateFrom = k;
  if (terms[k]?.normal === 'on' && has(terms[k + 1], 'Date')) k++;
  while (k < terms.length && k - dateFrom <= 4 && has(terms[k], 'Date')) k++;
  // "at the Brackwater Community Hall": a name after "the".
  const the = terms[k + 1]?.normal === 'the' ? 1 : 0;
  const place = terms[k + 1 + the];
  if (!['in', 'at'].includes(terms[k]?.normal ?? '') || !place || !isCapitalised(place) || has(place, 'Date'))
    return null;
  k += the;
  let end = k + 1;
  while (
    terms[end + 1] &&
    isCapitalised(terms[end + 1]!) &&
    !has(terms[end + 1]!, 'Date') &&
    joined(text, terms[end]!, terms[end + 1]!)
  )
    end++;
  if (end === k + 1 && isTongue(place)) return null;
  // "at the Ambassador's residence": the place is the noun the name owns.
  const owned = terms[end + 1];
  if (/['’]s$/.test(terms[end]!.text) && owned && has(owned, 'Noun') && joined(text, terms[end]!, owned)) end++;
  return { start: place.start, end: terms[end]!.end };
}

/** "round of talks": an event noun among the few words after "of" (the talks head the phrase). */
function ofEvent(terms: Term[], i: number): boolean {
  if (terms[i + 1]?.normal !== 'of') return false;
  for (let k = i + 2; k < terms.length && k <= i + 6; k++) {
    const t = terms[k]!;
    if (eventHead(t.normal) && !eventHead(t.normal)!.needs) return true;
    if (has(t, 'Preposition') || (has(t, 'Verb') && !has(t, 'Noun'))) return false;
  }
  return false;
}

/** "the second round of" before an event phrase, counted by a word of sequence: its first word
 *  (part of the event's name) and its determiner (where the phrase opens). */
function roundBefore(text: string, terms: Term[], outer: number): { first: number; outer: number } | null {
  if (terms[outer - 1]?.normal !== 'of' || !/^rounds?$/.test(terms[outer - 2]?.normal ?? '')) return null;
  const noun = outer - 2;
  let first = noun;
  let sequence = false;
  for (let j = noun - 1; j >= 0 && noun - j <= 3 && joined(text, terms[j]!, terms[j + 1]!); j--) {
    const u = terms[j]!;
    if (DETERMINERS.has(u.normal)) return sequence ? { first, outer: j } : null;
    if (!SEQUENCE_WORDS.has(u.normal) && !isModifier(u)) break;
    if (SEQUENCE_WORDS.has(u.normal)) sequence = true;
    first = j;
  }
  return sequence ? { first, outer: first } : null;
}

/** "It's a short trip", "that was a useful meeting": the phrase describes an event named before. */
function describesReferent(terms: Term[], outer: number): boolean {
  // An expanded contraction ("It's" and an empty "is") counts as one word.
  const [verb, subject] = terms
    .slice(Math.max(0, outer - 3), outer)
    .filter((t) => t.text !== '')
    .reverse();
  if (!verb) return false;
  if (/^(it|that|this)'s$/.test(verb.normal)) return true;
  return !!subject && /^(is|was|will be)$/.test(verb.normal) && /^(it|that|this)$/.test(subject.normal);
}

const MODALS = new Set(['would', 'could', 'may', 'might']);
/** Verbs of taking place that say so alone, with no object: "would follow in the autumn", not
 *  "would open the door to talks". */
const SAID_ALONE = new Set(['follow', 'convene', 'open', 'begin', 'start', 'resume', 'end', 'close', 'conclude']);

/** "take place", "be held", "be scheduled", or a verb of taking place with no object, at `k`. */
function takesPlace(terms: Term[], k: number): boolean {
  const [verb, then] = [terms[k]?.normal ?? '', terms[k + 1]];
  if (verb === 'take') return then?.normal === 'place';
  if (verb === 'be') return then?.normal === 'held' || ARRANGED.test(then?.normal ?? '');
  return SAID_ALONE.has(verb) && !(has(then, 'Determiner') || has(then, 'Noun') || has(then, 'Pronoun'));
}

/** "A meeting is no substitute", "a summit can help": an indefinite subject of a generic clause. */
function isGenericSubject(terms: Term[], outer: number, last: number): boolean {
  const prev = terms[outer - 1];
  const clauseInitial =
    !prev || has(prev, 'Conjunction') || /^(that|because|if|when|while|although)$/.test(prev.normal);
  const verb = terms[last + 1];
  if (!clauseInitial || !verb) return false;
  // "A visit to Alba is planned for June": one occasion, arranged.
  if (ARRANGED.test(terms[last + 2]?.normal ?? '')) return false;
  // "A review conference would follow in the autumn", "could be held in May": one occasion to come.
  if (MODALS.has(verb.normal) && takesPlace(terms, last + 2)) return false;
  return /^(is|are|isn't|aren't|can|cannot|can't|should|must|may|might|could|would|does|do|doesn't|don't|helps|help|means|requires)$/.test(
    verb.normal,
  );
}

/** Prepositional complements kept in the name (at most two), and the place among them. */
function complementsAfter(
  text: string,
  terms: Term[],
  i: number,
  type: string,
  heading: boolean,
): { last: number; complements: Complement[]; location: { start: number; end: number } | null } {
  let last = i;
  const complements: Complement[] = [];
  let location: { start: number; end: number } | null = null;
  while (complements.length < 2) {
    // "the session last week of the river mayors": a time adverb before who met, in the name.
    const when = timeAdverbEnd(terms, last + 1);
    const party = terms[when + 1]?.normal ?? '';
    // "marked the Day on Tuesday with a ceremony": an occasion it was marked with is an event of its own.
    if (party === 'with' && isEventPhrase(text, terms, when + 2)) break;
    if (when > last && complements.length === 0 && PARTY_COMPLEMENTS.has(party)) last = when;
    // "talks in Dornbury on Tuesday with the governor": past a place and a time, who met is the
    // event's, though no part of its name.
    else if (when > last && party !== 'of' && PARTY_COMPLEMENTS.has(party)) {
      const np = nounPhraseEnd(text, terms, when + 2);
      if (np >= 0) complements.push({ prep: party, start: terms[when + 2]!.start, end: terms[np]!.end });
      break;
    }
    const prep = terms[last + 1];
    if (!prep || !joined(text, terms[last]!, prep)) break;
    const fits = COMPLEMENT_PREPS.get(prep.normal);
    if (!fits || (fits === 'travel' && !TRAVEL_TYPES.has(type))) break;
    // "the briefing by the Special Envoy" in running text; a title's list of speakers is no part
    // of its event's name, nor is a medium ("a briefing by video link").
    if (fits === 'agent' && (heading || !AGENT_TYPES.has(type))) break;
    const np = nounPhraseEnd(text, terms, last + 2);
    if (np < 0) break;
    // "on the margins of the summit": where it happened, beside another event.
    if (SIDELINES.has(terms[np]!.normal)) break;
    const firstWord = terms.slice(last + 2, np + 1).find((u) => !NP_DETERMINERS.has(u.normal));
    if (fits === 'agent' && !terms.slice(last + 2, np + 1).some((u) => isCapitalised(u))) break;
    const place = prep.normal === 'in' || prep.normal === 'at';
    // "a meeting in the capital": a place in common nouns, part of the phrase but no place name.
    const named = !!firstWord && isCapitalised(firstWord);
    if (place && !named && !PLACE_NOUNS.has(terms[np]!.normal)) break;
    const span = { start: terms[last + 2]!.start, end: terms[np]!.end };
    complements.push({ prep: prep.normal, ...span });
    if ((place && named) || (prep.normal === 'to' && firstWord && isCapitalised(firstWord) && has(firstWord, 'Place')))
      location = span;
    last = np;
  }
  // "a meeting with representatives of the nurses' union in Wellhaven": a place after the two
  // complements kept in the name is still the event's place, though left out of its name.
  if (!location && complements.length === 2) location = placeNameAfter(text, terms, last);
  return { last, complements, location };
}

/** A noun phrase from `k` headed by an event noun ("a ceremony", "a short briefing"). */
function isEventPhrase(text: string, terms: Term[], k: number): boolean {
  const np = nounPhraseEnd(text, terms, k);
  const head = np >= 0 ? eventHead(terms[np]!.normal) : undefined;
  return !!head && !head.needs;
}

/** A capitalised place name after "in" or "at" (and "the") right after term `last`. */
function placeNameAfter(text: string, terms: Term[], last: number): Span | null {
  const prep = terms[last + 1];
  if (!prep || !/^(in|at)$/.test(prep.normal) || !joined(text, terms[last]!, prep)) return null;
  const k = terms[last + 2]?.normal === 'the' ? last + 3 : last + 2;
  const isName = (t: Term | undefined) =>
    !!t &&
    isCapitalised(t) &&
    !has(t, 'Date') &&
    !has(t, 'Person') &&
    !has(t, 'Organization') &&
    (has(t, 'Place') || has(t, 'ProperNoun'));
  if (!isName(terms[k]) || !joined(text, terms[k - 1]!, terms[k]!)) return null;
  let end = k;
  while (isName(terms[end + 1]) && joined(text, terms[end]!, terms[end + 1]!)) end++;
  if (end === k && isTongue(terms[k]!)) return null;
  return { start: terms[k]!.start, end: terms[end]!.end };
}

/** Nouns of "on the sidelines of": the place of one event at another. */
const SIDELINES = new Set(['margins', 'margin', 'sidelines', 'sideline', 'fringes', 'fringe']);
/** Complements that say who takes part, which may follow a time adverb. */
const PARTY_COMPLEMENTS = new Set(['of', 'with', 'between', 'among']);
const DAY_NUMBER = /^\d{1,2}(?:st|nd|rd|th)?$/;
const TIME_ADVERB_WORDS = new Set(['earlier', 'later', 'this', 'last', 'next', 'past']);

/** The last term of a time adverb of up to three words starting at `k` ("earlier this week",
 *  "on Monday"), days joined by "and" ("on Monday and Tuesday", "on 3 and 4 March"), or k - 1. */
export function timeAdverbEnd(terms: Term[], k: number): number {
  let end = k - 1;
  let reach = k + 3;
  // A day's number before "and" is part of the days only when a month closes them ("3 and 4 March").
  let dayNumber = false;
  for (let j = k; j < terms.length && j < reach; j++) {
    const t = terms[j]!;
    if (has(t, 'Date')) end = j;
    else if (DAY_NUMBER.test(t.normal) && terms[j + 1]?.normal === 'and') dayNumber = true;
    else if (t.normal === 'and' && (end === j - 1 || dayNumber) && (end >= k || dayNumber)) reach = j + 4;
    else if (!TIME_ADVERB_WORDS.has(t.normal) && !(j === k && t.normal === 'on')) break;
  }
  return end;
}

/** The last term of a noun phrase starting at `s`, or -1: modifiers and nouns, lists joined by
 *  "and"/"or" (commas only where the list closes with "and"/"or"), a place after a place. */
function nounPhraseEnd(text: string, terms: Term[], s: number): number {
  let k = s;
  let end = -1;
  let hasNoun = false;
  let inList = false;
  if (terms[k] && NP_DETERMINERS.has(terms[k]!.normal)) k++;
  while (k < terms.length && k - s < MAX_COMPLEMENT) {
    const u = terms[k]!;
    const prev = terms[k - 1]!;
    if (k > s) {
      const gap = text.slice(prev.end, u.start);
      if (/^,\s+$/.test(gap)) {
        const closing = inList && (u.normal === 'and' || u.normal === 'or');
        if (!(end >= 0 && (closing || listCloses(text, terms, k) || (has(prev, 'Place') && has(u, 'Place'))))) break;
        inList = true;
      } else if (!joined(text, prev, u)) break;
    }
    // "in Tallinn later this year": a time adverb ends the phrase, as does "ahead of the summit".
    if ((has(u, 'Date') && !isYear(u)) || u.normal === 'later' || u.normal === 'earlier') break;
    if ((u.normal === 'ahead' || u.normal === 'prior') && /^(of|to)$/.test(terms[k + 1]?.normal ?? '')) break;
    if (
      has(terms[k + 1], 'Date') &&
      !isYear(terms[k + 1]!) &&
      /^(next|last|this|early|late|mid|coming|past)$/.test(u.normal)
    )
      break;
    // "consultations on a fisheries agreement early next year"
    if (/^(early|late|mid)$/.test(u.normal) && /^(next|last|this)$/.test(terms[k + 1]?.normal ?? '')) break;
    if ((u.normal === 'and' || u.normal === 'or' || u.normal === '&') && end >= 0) {
      const after = terms[k + 1];
      if (!after || !(isModifier(after) || NP_DETERMINERS.has(after.normal)) || has(after, 'Date')) break;
      k++;
      continue;
    }
    // "the Republic of Alvania and the Federation of Norwick": "of" inside a name.
    const nameAfter = terms[k + 1]?.normal === 'the' ? terms[k + 2] : terms[k + 1];
    if (u.normal === 'of' && end === k - 1 && isCapitalised(prev) && nameAfter && isCapitalised(nameAfter)) {
      k += terms[k + 1]!.normal === 'the' ? 2 : 1;
      continue;
    }
    const afterComma = /^,\s+$/.test(text.slice(prev.end, u.start));
    if (NP_DETERMINERS.has(u.normal) && k > s && (prev.normal === 'and' || prev.normal === 'or' || afterComma)) {
      k++;
      continue;
    }
    // "the two fishing councils": a gerund before a noun modifies it.
    const gerund = has(u, 'Gerund') && isNounLike(terms[k + 1]) && joined(text, u, terms[k + 1]!);
    if (!gerund && !isModifier(u) && !has(u, 'Possessive')) break;
    if (!gerund && has(u, 'Verb') && !has(u, 'Noun') && !has(u, 'Adjective')) break;
    if (isNounLike(u)) hasNoun = true;
    end = k;
    k++;
  }
  return hasNoun ? end : -1;
}

/** Does a comma list starting at `k` close with "and"/"or" before the phrase ends? */
function listCloses(text: string, terms: Term[], k: number): boolean {
  for (let m = k; m < terms.length && m - k < 8; m++) {
    const u = terms[m]!;
    if (u.normal === 'and' || u.normal === 'or') return m > k;
    if (!isModifier(u) && !(NP_DETERMINERS.has(u.normal) && /^,\s+$/.test(text.slice(terms[m - 1]!.end, u.start))))
      return false;
    const next = terms[m + 1];
    if (next && !joined(text, u, next) && !/^,\s+$/.test(text.slice(u.end, next.start))) return false;
  }
  return false;
}

/** A quoted title right after the head: Conference “Feeding Tomorrow”. Returns its end. */
function quotedTitleAfter(text: string, end: number): number {
  const m = /^[ \t]*[“"]/.exec(text.slice(end, end + 3));
  if (!m) return end;
  const open = end + m[0].length;
  const close = text.slice(open, open + 120).search(/[”"\n]/);
  if (close <= 0 || text[open + close] === '\n' || !/^\p{Lu}/u.test(text[open] ?? '')) return end;
  return open + close + 1;
}

/** "the G20 and APEC Summits": a mention of the "G20" conjunct, which may only join another. */
function conjuncts(text: string, terms: Term[], m: Mention, i: number): Mention[] {
  const and = terms[m.first - 1];
  const left = terms[m.first - 2];
  if (!and || !left || and.normal !== 'and' || !isCapitalised(terms[i]!) || !isCapitalised(left) || !isNounLike(left))
    return [];
  if (!joined(text, and, terms[m.first]!) || !joined(text, left, and)) return [];
  return [
    {
      ...m,
      start: left.start,
      end: left.end,
      first: m.first - 2,
      conjunct: true,
      complements: [],
      anaphoric: false,
      words: [...wordsOf(left.text), ...wordsOf(terms[i]!.text)],
      properWords: wordsOf(left.text),
      rule: 'conjunct',
    },
  ];
}
