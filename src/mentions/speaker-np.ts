// Speaker descriptions next to a speech cue: the subject before it ("Defense Ministry spokesperson
// Wu Qian said", "Hugh Hill, a doctor at the clinic, said", "he said") or the inverted subject
// after it ("said Ana Quell, a spokesperson for the ministry"). Works on tokens, never regexes.
import { hasAnyTag, type Token } from '../document/tokens.js';
import { remembered } from './remembered.js';
import {
  CAPITALS_ONLY_FORMS,
  CORPORATE_SUFFIXES,
  COUNCILLOR_STYLES,
  DETERMINERS,
  DOCUMENT_NOUNS,
  FEMALE_WORDS,
  MALE_WORDS,
  TITLE_CASE_FORMS,
  TITLE_MODIFIERS,
  GROUP_HEADS,
  DASHES,
  HONORIFICS,
  NAME_PARTICLES,
  NP_LINKS,
  OFFICE_PHRASES,
  OFFICE_WORDS,
  ORG_HEADS,
  PORTFOLIO_TITLES,
  PORTFOLIOS,
  POST_NOMINALS,
  STYLES,
  SUBJECT_PRONOUNS,
  spelledTitle,
  TITLE_ABBREVIATIONS,
  TITLES,
  UNNAMED_HEADS,
  VERB_FILLERS,
} from './lexicon.js';
import { speechLemma } from '../lexicon/speech.js';
import { isAttributiveParticiple } from '../document/participles.js';

export type MentionKind = 'name' | 'pronoun' | 'description';
/** A gender the words state ("Ms.", "spokesman"), or with "?" one a first name suggests (the tagger's guess). */
export type Gender = 'female' | 'male' | 'female?' | 'male?';

/** Does a known gender allow "he" or "she"? A guessed one only when `strict`. */
export function genderFits(known: Gender | null | undefined, wanted: 'female' | 'male', strict: boolean): boolean {
  if (!known) return true;
  if (!known.endsWith('?')) return known === wanted;
  return !strict || known === `${wanted}?`;
}

/** The surer of two genders: stated by the words over guessed from a name, else the first. */
export const surer = (a: Gender | null | undefined, b: Gender | null | undefined): Gender | null =>
  (a && !a.endsWith('?') ? a : b && !b.endsWith('?') ? b : (a ?? b)) ?? null;

/** A description of a speaker as tokens [from, to) plus what it says about them. */
export interface SpeakerPhrase {
  from: number;
  to: number;
  kind: MentionKind;
  /** The proper-name part ("Wu Qian"), if any. */
  name: string | null;
  title: string | null;
  organization: string | null;
  /** Head word class, for the speaker's kind. */
  head: 'person' | 'organization' | 'unnamed' | 'group' | 'pronoun';
  /** An apposition after the name ("…, a spokesperson for Y,") as tokens [from, to). */
  apposition: [number, number] | null;
  /** The apposition's own title, kept when the name had a title already ("Colonel X, a spokesman …"). */
  appositionTitle?: string | null;
  /** What the words say of a person's gender ("Ms.", "spokeswoman", a first name), for "he" and "she". */
  gender?: Gender | null;
  /** The words that describe the speaker where the phrase says more: "the ministry" in "the ministry's statement". */
  description?: string | null;
}

const oneOf = (female: boolean, male: boolean): 'female' | 'male' | null =>
  female === male ? null : female ? 'female' : 'male';

/**
 * The gender tokens [from, to) state by honorific or gendered title, else the one a first name
 * suggests (a guess: "Kim" is a woman's name to the tagger); null when none or both.
 */
export function genderOf(tokens: readonly Token[], from: number, to: number): Gender | null {
  let female = false;
  let male = false;
  let femaleName = false;
  let maleName = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    const w = t.lower.replace(/['’]s$/, '');
    female ||= FEMALE_WORDS.has(w);
    male ||= MALE_WORDS.has(w);
    // An all-capital word is a heading or a dateline ("CHARLOTTE —"), not a first name.
    if (t.text.length > 1 && t.text === t.text.toUpperCase()) continue;
    femaleName ||= t.tags.has('FemaleName') && !t.tags.has('MaleName');
    maleName ||= t.tags.has('MaleName') && !t.tags.has('FemaleName');
  }
  if (female || male) return oneOf(female, male);
  const guess = oneOf(femaleName, maleName);
  return guess ? `${guess}?` : null;
}

const MAX_NP = 12;
const MAX_APPOSITION = 30;
// "I’ll", "We’re": a pronoun with a verb, never part of a name.
const CONTRACTION = /^(?:i|we|you|he|she|they|it|that|there)['’]/i;
const capitalized = (t: Token) => t.word && /^\p{Lu}/u.test(t.text) && !CONTRACTION.test(t.text);
const FUNCTION_TAGS = ['Conjunction', 'Preposition', 'Adverb', 'Determiner', 'Pronoun', 'QuestionWord'];
const possessive = (t: Token) => /['’]s$/.test(t.text);
const lowerWord = (t: Token) => t.lower.replace(/[’']s$/, '');
/** A courtesy word before a name, with or without its full stop: "Mr.", "Shri", "H.E.". */
const courtesyWord = (t: Token) => HONORIFICS.has(lowerWord(t).replace(/\.$/, ''));
/** "Secretary-General", "Under-Secretary-General", "co-founder": a hyphenated word with a title in it. */
const isTitleWord = (t: Token) => {
  const w = lowerWord(t);
  return TITLES.has(w) || (w.includes('-') && w.split('-').some((part) => TITLES.has(part)));
};
/** Is the word before an abbreviation one it cannot be a title after: a clock's hour ("4 PM"), or a name ("Kestrel FM")? */
const abbreviationBlocked = (before: Token | undefined) =>
  !!before && (/^\d/.test(before.text) || (capitalized(before) && !DETERMINERS.has(before.lower)));
/** "the PM", "FM Ana Ruiz": capitals standing for a title, at the start of a phrase or after an article only. */
const abbreviatedTitleAt = (ts: readonly Token[], i: number) =>
  TITLE_ABBREVIATIONS.has(lowerWord(ts[i]!)) &&
  ts[i]!.text === ts[i]!.text.toUpperCase() &&
  !abbreviationBlocked(ts[i - 1]);
/** Nouns closing a title after "in": "Special Agent in Charge", "Officer in Charge", "Commander in Chief". */
const IN_TITLE_TAILS = new Set(['charge', 'chief', 'command']);
/** Is token `i` the "in" or the noun of such a tail, capitalised, after a title word? */
const inTitleTail = (ts: readonly Token[], i: number): boolean => {
  const at = ts[i]!.lower === 'in' ? i : i - 1;
  const tail = ts[at + 1];
  return (
    at > 0 &&
    ts[at]!.lower === 'in' &&
    !!tail &&
    capitalized(tail) &&
    IN_TITLE_TAILS.has(lowerWord(tail)) &&
    isTitleWord(ts[at - 1]!)
  );
};
const isTitle = (ts: readonly Token[], i: number) =>
  isTitleWord(ts[i]!) || abbreviatedTitleAt(ts, i) || inTitleTail(ts, i);
/** A title, or a modifier that makes one title with the title after it ("Special Representative", "Rear Admiral"). */
const titleAt = (ts: readonly Token[], i: number): boolean =>
  isTitle(ts, i) || (TITLE_MODIFIERS.has(lowerWord(ts[i]!)) && i + 1 < ts.length && titleAt(ts, i + 1));
/** Dates are never part of a speaker's name ("On Monday Okafor said"). */
const isDate = (t: Token) => t.tags.has('Date') && !t.tags.has('Person');
// compromise tags people nouns ("businessman", "narrator") as Actor.
const isHeadNoun = (t: Token) => {
  const w = lowerWord(t);
  return (
    TITLES.has(w) ||
    ORG_HEADS.has(w) ||
    UNNAMED_HEADS.has(w) ||
    GROUP_HEADS.has(w) ||
    (t.tags.has('Actor') && !possessive(t))
  );
};

const MODIFIER_BLOCKING_TAGS = [...FUNCTION_TAGS, 'Modal', 'Copula', 'Auxiliary', 'PastTense', 'Gerund'];
/**
 * "fire chief", "union leader", "police spokesman": a lower-case noun at `i` naming the field of the
 * title after it, even where the tagger reads it as a verb ("fire"); never a speech verb.
 */
const titleModifierAt = (ts: readonly Token[], i: number) => {
  const t = ts[i]!;
  return (
    t.word &&
    !capitalized(t) &&
    !possessive(t) &&
    i + 1 < ts.length &&
    isTitleWord(ts[i + 1]!) &&
    !courtesyWord(ts[i + 1]!) &&
    !hasAnyTag(t, MODIFIER_BLOCKING_TAGS) &&
    !speechLemma(t.lower)
  );
};

/**
 * "an elected official", "one unaligned strategist", "a registered voter": a participle before the
 * rest of a description modifies it, though the tagger reads a verb; a speech verb never does ("the
 * reported delay" names no source).
 */
const participleAt = (ts: readonly Token[], i: number) =>
  !capitalized(ts[i]!) && !speechLemma(ts[i]!.lower) && isAttributiveParticiple(ts[i - 1], ts[i]!, ts[i + 1]);

/** "Sixty percent", "71%", "12 per cent": a share of those polled, which speaks for them. */
const shareAt = (ts: readonly Token[], i: number) => {
  const t = ts[i];
  if (!t) return false;
  if (t.text === '%') return /^\d/.test(ts[i - 1]?.text ?? '');
  if (t.lower === 'per') return ts[i + 1]?.lower === 'cent';
  return /^\d+(?:\.\d+)?%$/.test(t.text) || t.lower === 'percent' || (t.lower === 'cent' && ts[i - 1]?.lower === 'per');
};

/** "71% of buyers", "Sixty percent of respondents": a plural noun at `i` after a share and "of". */
const sharedGroupAt = (ts: readonly Token[], i: number) =>
  ts[i]!.tags.has('Plural') && ts[i - 1]?.lower === 'of' && shareAt(ts, i - 2);

/** May the token at `i` be part of a speaker description, alone or by the words around it? */
const modifierAt = (ts: readonly Token[], i: number) =>
  inPhrase(ts[i]!) || titleModifierAt(ts, i) || participleAt(ts, i) || shareAt(ts, i);

/** May this token be part of a speaker description? */
function inPhrase(t: Token): boolean {
  if (!t.word || isDate(t)) return false;
  if (capitalized(t) || isHeadNoun(t) || DETERMINERS.has(t.lower) || NAME_PARTICLES.has(t.lower)) return true;
  if (/^\d/.test(t.text)) return true;
  // "the human rights group": lower-case modifiers before a head noun.
  return (t.tags.has('Adjective') || t.tags.has('Noun')) && !t.tags.has('Verb') && !t.tags.has('Pronoun');
}

/** Words between an owner's name and the document it issued: "the ministry's latest annual report". */
const MAX_DOCUMENT_MODIFIERS = 3;

/**
 * "the ministry's report", "the spokesman's statement": a lower-case owner is a description of a
 * body or a person (never "the report's findings": a document owns no document).
 */
const describesOwner = (t: Token) => isHeadNoun(t) && !UNNAMED_HEADS.has(lowerWord(t));

/**
 * Where the owner's name ends in [from, to) when the phrase ends in a document it issued, written
 * lower-case ("Ana Ruiz's letter", "the Harbour Board's preliminary findings", "a Harbour Board
 * statement", "the board's statement"), else -1. A document with a name of its own ("the Annual
 * Harbour Report") is no one's.
 */
function documentOwnerEnd(ts: readonly Token[], from: number, to: number): number {
  const noun = ts[to - 1];
  if (!noun || !DOCUMENT_NOUNS.has(noun.lower) || capitalized(noun) || to - 2 < from) return -1;
  const before = ts[to - 2]!;
  if (capitalized(before) && !possessive(before))
    return DETERMINERS.has(before.lower) || hasAnyTag(before, FUNCTION_TAGS) ? -1 : to - 1;
  for (let k = to - 2; k >= Math.max(from, to - 2 - MAX_DOCUMENT_MODIFIERS); k--) {
    if (possessive(ts[k]!)) return capitalized(ts[k]!) || describesOwner(ts[k]!) ? k + 1 : -1;
    if (capitalized(ts[k]!) || !ts[k]!.word) return -1;
  }
  return -1;
}

/** Links from a document to the one who issued it: "a statement from the board", "a report by Ana Ruiz". */
const DOCUMENT_LINKS = new Set(['from', 'by', 'of']);
/** Participles between a document and "by" its issuer: "a statement issued by the ministry". */
const ISSUING = new Set(['issued', 'released', 'published', 'posted', 'sent', 'signed', 'circulated']);
/** "issued by" after a document at `k`: the index of "by", else -1. */
const issuedBy = (ts: readonly Token[], k: number) =>
  ISSUING.has(ts[k + 1]?.lower ?? '') && ts[k + 2]?.lower === 'by' ? k + 2 : -1;

/**
 * "a statement from the Harbour Board", "the latest report by the ministry": the index of the
 * link word after a document noun that opens [from, to), else -1.
 */
function documentLinkAt(ts: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to - 2 && k - from <= MAX_DOCUMENT_MODIFIERS + 1; k++) {
    const t = ts[k]!;
    if (DOCUMENT_NOUNS.has(t.lower) && !capitalized(t))
      return DOCUMENT_LINKS.has(ts[k + 1]!.lower) ? k + 1 : k + 2 < to - 1 ? issuedBy(ts, k) : -1;
    if ((capitalized(t) && !DETERMINERS.has(t.lower)) || !t.word || possessive(t)) return -1;
  }
  return -1;
}

/** Does an owner read as someone who issues documents: a name, or a body, a person or a group described? */
const issuesDocuments = (owner: SpeakerPhrase) =>
  (owner.kind === 'name' && !!owner.name) ||
  (owner.kind === 'description' && owner.head !== 'unnamed' && owner.head !== 'pronoun');

/**
 * "the Harbour Board's findings", "the ministry's statement", "a statement from the board": its
 * owner as the speaker; the phrase keeps its extent. A described owner ("the ministry") keeps its
 * words as `description`, by which it refers to a speaker named elsewhere.
 */
function documentOwner(ts: readonly Token[], from: number, to: number): SpeakerPhrase | null {
  const link = documentLinkAt(ts, from, to);
  const end = link < 0 ? documentOwnerEnd(ts, from, to) : to;
  if (end < 0) return null;
  // "A Harbour Board poll": the owner's name without the article, capitalised or not.
  let start = link < 0 ? from : link + 1;
  while (start < end - 1 && DETERMINERS.has(ts[start]!.lower)) start++;
  const owner = describeWords(ts, start, end);
  if (!issuesDocuments(owner)) return null;
  const described = owner.kind === 'description';
  // A described owner keeps its article: "the ministry" refers back, "ministry" would not.
  const wordsFrom = described && start > from && DETERMINERS.has(ts[start - 1]!.lower) ? start - 1 : start;
  const words = ts
    .slice(wordsFrom, end)
    .map((t) => t.text)
    .join(' ')
    .replace(/['’]s$/u, '');
  return {
    ...owner,
    from,
    to,
    name: owner.name?.replace(/['’]s$/u, '') ?? null,
    title: withoutHonorifics(owner.title?.replace(/['’]s$/u, '') ?? null),
    organization: owner.organization?.replace(/['’]s$/u, '') ?? null,
    description: described ? words : null,
    apposition: null,
    gender: owner.head === 'person' ? genderOf(ts, start, end) : null,
  };
}

/** Words that can end a description: a name, a title, an organisation or source noun. */
function canBeHead(t: Token): boolean {
  return (capitalized(t) || isHeadNoun(t)) && !possessive(t) && !isDate(t);
}

const isLowerNoun = (t: Token) =>
  t.word &&
  !capitalized(t) &&
  !NAME_PARTICLES.has(t.lower) &&
  t.tags.has('Noun') &&
  !possessive(t) &&
  !NP_LINKS.has(t.lower) &&
  !DETERMINERS.has(t.lower) &&
  !t.tags.has('Pronoun');
/** Lower-case words inside the name of an office: "Minister of Rural and Coastal Development". */
const OFFICE_JOINERS = new Set(['and', 'of', 'for', 'the', '&']);

/** Does a link word at `link` open a capitalised office that runs to the end ("of Homeland Security …")? */
function officeAfter(ts: readonly Token[], link: number): boolean {
  if (link + 1 >= ts.length || !NP_LINKS.has(ts[link]!.lower) || !capitalized(ts[link + 1]!)) return false;
  return (
    ts.slice(link + 1).every((t) => capitalized(t) || OFFICE_JOINERS.has(t.lower)) && capitalized(ts[ts.length - 1]!)
  );
}

/** Do the tokens from `from` on name a place or body: capitalised words and joiners, capitalised at both ends? */
const capitalizedRun = (ts: readonly Token[], from: number) =>
  from < ts.length &&
  capitalized(ts[from]!) &&
  capitalized(ts[ts.length - 1]!) &&
  ts.slice(from).every((t) => capitalized(t) || OFFICE_JOINERS.has(t.lower));

/** Is the joiner at `k` inside an office's name: capitalised words back to "Title of/for"? */
function insideOffice(ts: readonly Token[], k: number, floor: number): boolean {
  if (k - 1 < floor || !capitalized(ts[k - 1]!)) return false;
  for (let i = k - 1; i - 1 >= floor && k - i < 8; i--) {
    if (NP_LINKS.has(ts[i]!.lower)) return isTitle(ts, i - 1) || ORG_HEADS.has(lowerWord(ts[i - 1]!));
    if (!capitalized(ts[i]!) && !OFFICE_JOINERS.has(ts[i]!.lower)) return false;
  }
  return false;
}

/**
 * Where the name starts in the capitalised run [runStart, end) after "Title of/for": after the
 * office's last word ("State Marcus Harlan", "Homeland Security Ana Ruiz"); in a run with no office
 * word, at the tagger's first name when a surname follows it, else at the last two words (with an
 * initial before them), else at the last word. A lone word is the office (`end`: no name).
 */
export function nameAfterOffice(ts: readonly Token[], runStart: number, end = ts.length): number {
  if (end - runStart < 2) return end;
  // "Minister for Foreign Affairs": a run ending in an office's word is all office, no name.
  if (OFFICE_WORDS.has(lowerWord(ts[end - 1]!))) return end;
  for (let i = end - 2; i >= runStart; i--) {
    if (!OFFICE_WORDS.has(lowerWord(ts[i]!))) continue;
    // "Ports and Harbours Ana Ruiz": a word after "and" is the office's.
    let last = i;
    while (last + 3 < end && /^(and|&)$/.test(ts[last + 1]!.lower) && capitalized(ts[last + 2]!)) last += 2;
    return last + 1;
  }
  // The tagger's first name, when a surname follows it (it calls some surnames first names).
  const first = ts.findIndex((t, i) => i > runStart && i < end - 1 && t.tags.has('FirstName'));
  if (first > runStart) return first;
  if (end - runStart === 2) return end - 1;
  if (!capitalized(ts[end - 2]!)) return end;
  const start = end - 2;
  return /^\p{Lu}\.$/u.test(ts[start]!.text) && start - 1 > runStart && capitalized(ts[start - 1]!) ? start - 1 : start;
}

/**
 * "Ministry of External Relations", "Department of Health and Human Services", "Ministry of the
 * Interior": where an organisation's name starts when its capitalised run at `start` follows link
 * words after a head noun; `start` when it does not.
 */
function organizationStart(ts: readonly Token[], start: number): number {
  let best = start;
  for (let k = start; k > 0;) {
    let j = k;
    // "Committee on Foreign Affairs": "on" joins a body's noun to its field as "of" and "for" do.
    while (j > 0 && (OFFICE_JOINERS.has(ts[j - 1]!.lower) || ts[j - 1]!.lower === 'on') && k - j < 2) j--;
    if (j === k || j === 0 || !capitalized(ts[j - 1]!)) break;
    let run = j - 1;
    while (run > 0 && capitalized(ts[run - 1]!)) run--;
    while (run < j - 1 && DETERMINERS.has(ts[run]!.lower)) run++;
    if (NP_LINKS.has(ts[j]!.lower) && ORG_HEADS.has(lowerWord(ts[j - 1]!))) best = run;
    k = run;
  }
  return best;
}

/**
 * Who stands before "of/at/from/with the ORGANISATION" (its name at `orgStart`): a person's name
 * ("Ana Ruiz of …") or an unnamed source ("officials at …"); null for none.
 */
function memberBefore(
  ts: readonly Token[],
  orgStart: number,
): Pick<SpeakerPhrase, 'kind' | 'name' | 'title' | 'head'> | null {
  let link = orgStart - 1;
  while (link > 0 && DETERMINERS.has(ts[link]!.lower)) link--;
  if (link < 1 || !NP_LINKS.has(ts[link]!.lower)) return null;
  const before = ts[link - 1]!;
  if (UNNAMED_HEADS.has(lowerWord(before))) return { kind: 'description', name: null, title: null, head: 'unnamed' };
  let start = link;
  while (start > 0 && capitalized(ts[start - 1]!) && !ORG_HEADS.has(lowerWord(ts[start - 1]!))) start--;
  if (start !== 0 || start === link || !ts.slice(start, link).some((t) => t.tags.has('Person'))) return null;
  const name = ts
    .slice(start, link)
    .map((t) => t.text)
    .join(' ');
  return { kind: 'name', name, title: null, head: 'person' };
}

const alternatives = (ws: Iterable<string>) => [...ws].join('|');
/**
 * Courtesy before a name, no office: "Mr.", "Dr", "The Hon.", "The Rt Hon", "His Excellency". The
 * article and "Right" count only before a style ("Hon.", "Honourable", "Excellency"; "The Speaker" is a title).
 */
const HONORIFIC = new RegExp(
  `^(?:(?:(?:the|his|her)\\s+)?(?:(?:rt\\.?|right)\\s+)?(?:${alternatives(STYLES)})|` +
    `(?:${alternatives([...HONORIFICS].filter((w) => !STYLES.has(w)))}))\\.?(?:\\s+|$)`,
  'i',
);

/** A title without the honorifics before it ("The Hon. Minister" → "Minister"); null when nothing else is left. */
export function withoutHonorifics(title: string | null): string | null {
  let rest = title;
  for (let m = rest && HONORIFIC.exec(rest); rest && m; m = HONORIFIC.exec(rest)) rest = rest.slice(m[0].length);
  return rest || null;
}

/**
 * "Deputy Mayor Cllr" → "Deputy Mayor", "President Dr." → "President": a councillor's style or an
 * honorific after another title is no part of the office.
 */
function withoutTrailingStyle(title: string | null): string | null {
  // "Secretary ( Drinking Water ) Smt .": brackets and a courtesy word's dot as printed.
  const words =
    title
      ?.replace(/\(\s+/g, '(')
      .replace(/\s+([).])/g, '$1')
      .split(/\s+/) ?? [];
  const style = (w: string) => {
    const bare = w.toLowerCase().replace(/\.$/, '');
    return COUNCILLOR_STYLES.has(bare) || HONORIFICS.has(bare);
  };
  let end = words.length;
  while (end > 1 && style(words[end - 1]!)) end--;
  return words.slice(0, end).join(' ') || null;
}

/**
 * The words printed before a name as its title: no honorific, and no particle of the name ("MR. VAN
 * DER BERG"); a title's capitals spelled out ("PM" is the Prime Minister).
 */
export function titleBeforeName(printed: string | null): string | null {
  const title = withoutHonorifics(printed);
  const spelled = title && spelledTitle(title);
  if (spelled) return spelled;
  return title?.split(/\s+/).every((w) => NAME_PARTICLES.has(w.toLowerCase())) ? null : title;
}

/** Pronouns for no one in particular, which the tagger may read as names when capitalised. */
const INDEFINITE_PRONOUNS = new Set('everyone everybody someone somebody anyone anybody nobody no-one'.split(' '));

/** Reads what a phrase's tokens say: name, title, organisation, head class, gender. */
export const describe = remembered(describeAfresh);

function describeAfresh(tokens: readonly Token[], phraseFrom: number, to: number): SpeakerPhrase {
  // "By 4 PM Ana Ruiz said": a clock's hour is no part of the phrase.
  const clock = TITLE_ABBREVIATIONS.has(tokens[phraseFrom]!.lower) && /^\d/.test(tokens[phraseFrom - 1]?.text ?? '');
  const from = clock && phraseFrom + 1 < to ? phraseFrom + 1 : phraseFrom;
  const owner = documentOwner(tokens, from, to);
  if (owner) return owner;
  // "Ana Ruiz MP": letters after a name are neither name nor title.
  let end = to;
  while (end - 2 >= from && POST_NOMINALS.has(tokens[end - 1]!.lower) && capitalized(tokens[end - 2]!)) end--;
  const phrase = describeWords(tokens, from, end);
  if (phrase.kind === 'pronoun') return phrase;
  // "Everyone", "Someone" opening a sentence: no one's name.
  if (end - from === 1 && INDEFINITE_PRONOUNS.has(tokens[from]!.lower))
    return { ...phrase, to, kind: 'description', name: null, title: null, organization: null, head: 'unnamed' };
  // "the PM": the title it stands for, by which it refers to the holder ("Prime Minister Ana Ruiz").
  const title = TITLE_ABBREVIATIONS.get(phrase.title?.toLowerCase() ?? '') ?? withoutHonorifics(phrase.title);
  // "the Head of State": the title of the office it describes, by which it refers to the holder.
  const described = tokens
    .slice(from, end)
    .filter((t) => !DETERMINERS.has(t.lower))
    .map((t) => t.lower)
    .join(' ');
  const office = phrase.kind === 'description' ? OFFICE_PHRASES.get(described) : undefined;
  if (office) return { ...phrase, to, title: office, organization: null, gender: genderOf(tokens, from, to) };
  return { ...phrase, to, title: withoutTrailingStyle(title), gender: genderOf(tokens, from, to) };
}

/**
 * "(Hollin - Minister for Transport)", "(Premier)": a title in parentheses after a name, in the
 * tokens [from, to), after any seat and dash; null for a seat, a party or an hour ("(D-Ore.)").
 */
export function parentheticalTitle(tokens: readonly Token[], from: number, to: number): string | null {
  for (let open = from; open < to; open++) {
    if (tokens[open]!.text !== '(') continue;
    let close = open + 1;
    while (close < to && tokens[close]!.text !== ')') close++;
    let start = open + 1;
    for (let k = open + 1; k < close; k++) if (DASHES.has(tokens[k]!.text)) start = k + 1;
    const part = tokens.slice(start, close);
    const office = (t: Token) => capitalized(t) || OFFICE_JOINERS.has(t.lower) || NP_LINKS.has(t.lower);
    if (part.length && part.every(office) && part.slice(0, 3).some((_, i) => isTitle(part, i)))
      return part.map((t) => t.text).join(' ');
    open = close;
  }
  return null;
}

/**
 * "Ana Constable": a title word ending a name right after a first name is the surname, not a rank
 * ("Constable Ana Berg" keeps its title).
 */
const surnameAt = (ts: readonly Token[], i: number) =>
  i === ts.length - 1 &&
  i > 0 &&
  capitalized(ts[i]!) &&
  ts[i - 1]!.tags.has('FirstName') &&
  // "the Harbour Trust's Director-General": an owner is no first name.
  !possessive(ts[i - 1]!) &&
  !isTitle(ts, i - 1);

/** A capitalised verb in the present tense, no noun or name besides: "Announces", "URGES". */
export const headlineVerb = (t: Token) =>
  capitalized(t) && t.tags.has('Verb') && t.tags.has('PresentTense') && !hasAnyTag(t, ['Noun', 'Person', 'FirstName']);

/** Tags of words the language has in common use, which a person's name is not made of. */
const COMMON_WORD_TAGS = ['Plural', 'Adjective', 'Verb', 'Value', 'Adverb'];
const commonWord = (t: Token) => hasAnyTag(t, COMMON_WORD_TAGS);
/** "Streets", "Rivers": a plural the tagger reads as a proper noun only for its capital. */
const pluralNoun = (t: Token) => /[^s]s$/.test(t.lower) && t.tags.has('Noun') && !t.tags.has('LastName');
/**
 * "Clean Harbours Now", "Safer Streets": a name in title case made only of words in common use, or
 * an adjective before plural nouns, none of them read as a person's or a first name, is a campaign's
 * or a body's. One unknown word keeps a person ("Tove Fields", "Ngozi Banks", "Precious Moyo").
 */
const commonWordsName = (name: readonly Token[]) =>
  name.length >= 2 &&
  name.every(capitalized) &&
  !name.some((t) => t.tags.has('Person') || t.tags.has('FirstName')) &&
  (name.every(commonWord) ||
    (name[0]!.tags.has('Adjective') && name.slice(1).every((t) => commonWord(t) || pluralNoun(t))));

/**
 * The possessive owner's last word before a person's name that ends the phrase ("Harbour
 * University's [Tomas Quill]"), or -1: the name is one to three capitalised words, the tagger's
 * person among them.
 */
function ownerBeforePerson(ts: readonly Token[]): number {
  let owner = ts.length - 1;
  while (owner >= 0 && !possessive(ts[owner]!)) owner--;
  const name = ts.slice(owner + 1);
  return owner >= 0 &&
    name.length >= 1 &&
    name.length <= 3 &&
    name.every(capitalized) &&
    name.some((t) => t.tags.has('Person') || t.tags.has('FirstName'))
    ? owner
    : -1;
}

/** A company's legal form as printed: "ASA", "plc", "S.p.A.", "Ltd", "AS". */
const legalForm = (t: Token) =>
  (CORPORATE_SUFFIXES.has(t.lower) && (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || TITLE_CASE_FORMS.has(t.lower))) ||
  CAPITALS_ONLY_FORMS.has(t.text);

function describeWords(tokens: readonly Token[], from: number, to: number): SpeakerPhrase {
  const ts = tokens.slice(from, to);
  const last = ts[ts.length - 1]!;
  if (ts.length === 1 && SUBJECT_PRONOUNS.has(last.lower)) {
    return {
      from,
      to,
      kind: 'pronoun',
      name: null,
      title: null,
      organization: null,
      head: 'pronoun',
      apposition: null,
    };
  }
  // "the Prime Minister's Office", "the District Attorney's Office": a body named for its holder's
  // title, not a person called "Office".
  // After another's title ("a spokesperson for the Auditor General's Office") the body is the organisation.
  const titledBody =
    ts.length >= 2 &&
    capitalized(last) &&
    ORG_HEADS.has(last.lower) &&
    possessive(ts[ts.length - 2]!) &&
    isTitle(ts, ts.length - 2);
  let bodyAt = ts.length;
  if (titledBody)
    while (bodyAt > 0 && capitalized(ts[bodyAt - 1]!) && !DETERMINERS.has(ts[bodyAt - 1]!.lower)) bodyAt--;
  if (titledBody && (bodyAt === 0 || (bodyAt === 1 && DETERMINERS.has(ts[0]!.lower)))) {
    const name = ts
      .slice(bodyAt)
      .map((t) => t.text)
      .join(' ');
    return { from, to, kind: 'name', name, title: null, organization: null, head: 'organization', apposition: null };
  }
  // "the consulate in Lyon": a body described, then where it sits; the place names no one.
  const placeAt = ts.findIndex((t, i) => i > 0 && t.lower === 'in' && placeTailAt(ts, i, 0, ts.length));
  if (placeAt > 0 && ts.slice(placeAt + 1).every(capitalized)) {
    const body = describeWords(tokens, from, from + placeAt);
    if (body.kind === 'description') return { ...body, to };
  }
  let firstTitle = -1;
  let lastTitle = -1;
  ts.forEach((_, i) => {
    if (i < bodyAt && titleAt(ts, i) && !surnameAt(ts, i)) {
      if (firstTitle < 0) firstTitle = i;
      lastTitle = i;
    }
  });
  const join = (a: number, b: number) =>
    a < b
      ? ts
          .slice(a, b)
          .map((t) => t.text)
          .join(' ')
      : null;
  // The name is the capitalised run at the end, after any title ("… spokesperson Wu Qian").
  let nameStart = ts.length;
  // "Shri Harendra Vasisth", "Sir Ana Ruiz": a courtesy word before the name is none of it.
  const nameWord = (i: number) =>
    (capitalized(ts[i]!) ||
      NAME_PARTICLES.has(ts[i]!.lower) ||
      (i === ts.length - 1 && i > 0 && legalForm(ts[i]!) && capitalized(ts[i - 1]!))) &&
    (!isTitle(ts, i) || surnameAt(ts, i)) &&
    !(i < ts.length - 1 && courtesyWord(ts[i]!));
  while (nameStart > 0 && nameWord(nameStart - 1)) nameStart--;
  // "the two Governments", "The Parties", "Both Governments": a group's noun capitalised in a treaty's
  // style names no one (a capitalised article or "Both" opening the sentence is no name word).
  const groupOnly = ts.slice(nameStart, ts.length - 1).every((t) => DETERMINERS.has(t.lower) || t.lower === 'both');
  if (
    nameStart < ts.length &&
    groupOnly &&
    ts.length > 1 &&
    GROUP_HEADS.has(lowerWord(last)) &&
    !last.tags.has('Person')
  )
    nameStart = ts.length;
  if (nameStart <= lastTitle) nameStart = lastTitle + 1;
  // "chief pilot": lower-case nouns after a title belong to it.
  while (lastTitle >= 0 && lastTitle + 1 < ts.length && isLowerNoun(ts[lastTitle + 1]!)) lastTitle++;
  // "Secretary of Homeland Security Ana Ruiz": after a title and a link word the run opens with the office.
  const linked = firstTitle >= 0 && officeAfter(ts, lastTitle + 1);
  if (linked) {
    nameStart = /^(the|a|an)$/.test(ts[0]!.lower) ? ts.length : nameAfterOffice(ts, lastTitle + 2);
    // "Minister of Jal Resources Shri Arvind Mehra": the courtesy word is none of the name.
    while (nameStart < ts.length - 1 && courtesyWord(ts[nameStart]!)) nameStart++;
    // "Minister of Foreign Affairs of Valdoria": a second link after the office opens its country or body.
    let bodyFrom = nameStart + 1;
    while (bodyFrom < ts.length - 1 && DETERMINERS.has(ts[bodyFrom]!.lower)) bodyFrom++;
    if (nameStart < ts.length - 1 && NP_LINKS.has(ts[nameStart]!.lower) && capitalizedRun(ts, bodyFrom))
      return {
        from,
        to,
        kind: 'description',
        name: null,
        title: join(firstTitle, nameStart),
        organization: join(bodyFrom, ts.length),
        head: 'person',
        apposition: null,
      };
  } else if (firstTitle >= 0) {
    const personAt = ts.findIndex((t, i) => i >= nameStart && t.tags.has('Person'));
    const particles = ts.slice(nameStart, personAt).every((t) => NAME_PARTICLES.has(t.lower));
    // "Cr Ana Petrov": one unknown word before a surname that ends the phrase is its first name.
    const firstName = personAt === ts.length - 1 && personAt - nameStart === 1;
    if (personAt > nameStart && !particles && !firstName) nameStart = personAt;
  }
  // A particle opens no name ("… de"), but after a title or honorific it is the name's ("Mr. van der Berg").
  while (nameStart < ts.length && nameStart - 1 !== lastTitle && NAME_PARTICLES.has(ts[nameStart]!.lower)) nameStart++;
  // "President Ana Ruiz of Vestmark": the name between the title and a link to a capitalised place or body.
  const nameLink = firstTitle >= 0 && !linked ? ts.findIndex((t, i) => i > lastTitle + 1 && NP_LINKS.has(t.lower)) : -1;
  let orgStart = nameLink + 1;
  while (nameLink > 0 && orgStart < ts.length - 1 && ts[orgStart]!.lower === 'the') orgStart++;
  // "Director Ana Ruiz of the city's water department": a body in lower case after a full name, or
  // one the tagger knows.
  const named = nameLink > lastTitle + 1 && ts.slice(lastTitle + 1, nameLink).every(capitalized);
  const lowerBody =
    named &&
    (nameLink - lastTitle > 2 || ts[lastTitle + 1]!.tags.has('Person')) &&
    ORG_HEADS.has(lowerWord(last)) &&
    !capitalized(last);
  if (named && (capitalizedRun(ts, orgStart) || lowerBody)) {
    let titleStart = firstTitle;
    if (PORTFOLIO_TITLES.has(lowerWord(ts[firstTitle]!)))
      while (titleStart > 0 && PORTFOLIOS.has(lowerWord(ts[titleStart - 1]!))) titleStart--;
    return {
      from,
      to,
      kind: 'name',
      name: join(lastTitle + 1, nameLink),
      title: join(titleStart, lastTitle + 1),
      // "Senator Ana Ruiz on Capitol Hill": "on" sets a place, no organisation.
      organization: ts[nameLink]!.lower === 'on' ? null : join(orgStart, ts.length),
      head: 'person',
      apposition: null,
    };
  }
  if (firstTitle < 0) {
    // "Harbour University's Tomas Quill", "the ministry's Ana Ruiz": a person of the owner before them.
    const owner = ownerBeforePerson(ts);
    if (owner > 0) {
      let orgFrom = 0;
      while (orgFrom < owner && DETERMINERS.has(ts[orgFrom]!.lower)) orgFrom++;
      const organization = join(orgFrom, owner + 1)!.replace(/['’]s$/u, '');
      return {
        from,
        to,
        kind: 'name',
        name: join(owner + 1, ts.length),
        title: null,
        organization,
        head: 'person',
        apposition: null,
      };
    }
    const orgStart = organizationStart(ts, nameStart);
    // "Ana Ruiz of the Ministry of Health", "officials at the Bank of Norland", "Tomas Brenner of
    // Harbour Town": someone of the organisation or place.
    const member = memberBefore(ts, orgStart);
    if (member) return { from, to, ...member, organization: join(orgStart, ts.length), apposition: null };
    nameStart = orgStart;
  }
  // "Prime Minister Announces New Hospital": a headline's verb after the title opens no name.
  const headline = firstTitle >= 0 && nameStart < ts.length && headlineVerb(ts[nameStart]!);
  let name = headline ? null : join(nameStart, ts.length);
  const headWord = lowerWord(last);
  let head: SpeakerPhrase['head'] = 'person';
  if (!name && !headline) {
    if (ORG_HEADS.has(headWord)) head = 'organization';
    else if (GROUP_HEADS.has(headWord)) head = 'group';
    else if (UNNAMED_HEADS.has(headWord) || /^(a|an|some|many|several|one)$/.test(ts[0]!.lower)) head = 'unnamed';
    else if (!isTitle(ts, ts.length - 1)) head = capitalized(last) ? 'organization' : 'unnamed';
  } else if (
    (ts.some((t) => ORG_HEADS.has(lowerWord(t)) || (t.tags.has('Organization') && !t.tags.has('Person'))) ||
      // "Vika Kraft ASA": a company's legal form closing the name
      (nameStart < ts.length - 1 && legalForm(last))) &&
    firstTitle < 0
  ) {
    head = 'organization';
  } else if (
    firstTitle < 0 &&
    ts.some((t) => t.tags.has('Organization') || t.tags.has('Place')) &&
    !ts.some((t) => t.tags.has('Person'))
  ) {
    head = 'organization';
  } else if (firstTitle < 0 && commonWordsName(ts.slice(nameStart))) {
    head = 'organization';
  }
  // "The Vestmark Ports Authority": an organisation's name without the article before it.
  if (head === 'organization' && name && nameStart < ts.length - 1 && ts[nameStart]!.lower === 'the')
    name = join(nameStart + 1, ts.length);
  let title: string | null = null;
  let organization: string | null = null;
  if (firstTitle >= 0) {
    let orgStart = 0;
    // "a former Swiss diplomat": a holder's status is neither the title's body nor the title.
    // "H.E. Ms. Ana Roe": a style before the courtesy word is no organisation either.
    while (
      orgStart < firstTitle &&
      (DETERMINERS.has(ts[orgStart]!.lower) || HOLDER_STATUS.has(ts[orgStart]!.lower) || courtesyWord(ts[orgStart]!))
    )
      orgStart++;
    // "Foreign Minister", "Defense Secretary": the portfolio is part of the title, not an organisation.
    let titleStart = firstTitle;
    // An owner is no portfolio: "Labour's health spokesman".
    const portfolio = (t: Token) => PORTFOLIOS.has(lowerWord(t)) && !possessive(t);
    if (PORTFOLIO_TITLES.has(lowerWord(ts[firstTitle]!))) {
      while (titleStart > orgStart && portfolio(ts[titleStart - 1]!)) titleStart--;
    }
    // "fire chief": the field of the title is the title's, not an organisation (a body's noun is: "the police").
    if (titleStart - 1 >= orgStart && titleModifierAt(ts, titleStart - 1) && !isHeadNoun(ts[titleStart - 1]!))
      titleStart--;
    // "the shadow health secretary", "Acting Transport Minister": a modifier before the portfolio is the title's.
    while (titleStart > orgStart && TITLE_MODIFIERS.has(lowerWord(ts[titleStart - 1]!))) titleStart--;
    title = join(titleStart, Math.max(lastTitle + 1, Math.min(nameStart, ts.length)));
    // "the association’s president": the organisation without its possessive ending.
    // "the Office of the Spokesperson": words linked to the title name its office, no organisation.
    let ownerEnd = titleStart;
    while (ownerEnd > orgStart && DETERMINERS.has(ts[ownerEnd - 1]!.lower)) ownerEnd--;
    const office = ownerEnd > orgStart && NP_LINKS.has(ts[ownerEnd - 1]!.lower);
    organization = office ? null : join(orgStart, titleStart)?.replace(/['’]s$/u, '') || null;
    // "spokesperson for the Defense Ministry": the organisation after a link word.
    const link = ts.findIndex((t, i) => i > lastTitle && NP_LINKS.has(t.lower));
    // "the chief engineer of Calder Works": a definite description names an organisation, not a person.
    const orgAfterLink = DETERMINERS.has(ts[link + 1]?.lower ?? '') || (linked && nameStart === ts.length);
    if (!organization && link > 0 && link < nameStart && orgAfterLink) {
      let s = link + 1;
      while (s < ts.length && DETERMINERS.has(ts[s]!.lower)) s++;
      // "the Minister of Trade": a portfolio after a minister's title is the title's, no organisation.
      const portfolio = ts.slice(s).every((t) => capitalized(t) && OFFICE_WORDS.has(lowerWord(t)));
      if (s === link + 1 && s < ts.length && portfolio && PORTFOLIO_TITLES.has(lowerWord(ts[lastTitle]!)))
        return {
          from,
          to,
          kind: 'description',
          name: null,
          title: join(titleStart, ts.length),
          organization: null,
          head: 'person',
          apposition: null,
        };
      organization = join(s, ts.length);
      title = join(firstTitle, link);
      return { from, to, kind: 'description', name: null, title, organization, head: 'person', apposition: null };
    }
  }
  const kind: MentionKind = name ? 'name' : 'description';
  return { from, to, kind, name, title, organization, head, apposition: null };
}

/**
 * Where the capitalised office after a title's link word ends ("of Operations", "for Ports and
 * Harbours", "of Investor Relations, Calder Ltd"): words of offices, and any word after "and" inside
 * one, or a lower-case field ("of communications"); -1 when the words at `from` are no office ("of
 * Calder Works": an organisation).
 */
function officeEnd(tokens: readonly Token[], from: number, to: number): number {
  if (tokens[from] && !capitalized(tokens[from]!)) return fieldEnd(tokens, from, to);
  let k = from;
  while (k < to && capitalized(tokens[k]!)) {
    const coordinated = k > from && /^(and|&)$/.test(tokens[k - 1]!.lower);
    if (!OFFICE_WORDS.has(lowerWord(tokens[k]!)) && !coordinated) return -1;
    k++;
    if (k + 1 < to && /^(and|&)$/.test(tokens[k]!.lower) && capitalized(tokens[k + 1]!)) k++;
  }
  return k > from ? k : -1;
}

/** Words that may follow a title's field: "director of communications at the ministry". */
const AFTER_FIELD = new Set(['at', 'in', 'for', 'with', 'of', 'on']);

/** Where a lower-case field of office at `from` ends ("director of communications"), else -1. */
function fieldEnd(tokens: readonly Token[], from: number, to: number): number {
  let k = from;
  // "head of energy lending": lower-case nouns without an article name a field; a body's noun
  // ("a spokesman for police") names the body.
  const fieldWord = (t: Token) =>
    OFFICE_WORDS.has(t.lower) ||
    (t.word &&
      !ORG_HEADS.has(t.lower) &&
      !isDate(t) &&
      (t.tags.has('Noun') || t.tags.has('Gerund') || t.tags.has('Adjective')) &&
      !hasAnyTag(t, FUNCTION_TAGS));
  while (k < to && !capitalized(tokens[k]!) && fieldWord(tokens[k]!)) k++;
  const next = tokens[k];
  return k > from && (k === to || !next!.word || AFTER_FIELD.has(next!.lower)) ? k : -1;
}

/**
 * Where a body's name that opens at `from` ends, when it runs to `to` or to the end of its clause:
 * capitalised words and joiners, no date, no title; else -1.
 */
function bodyAfterComma(tokens: readonly Token[], from: number, to: number): number {
  let k = from;
  while (k < to && tokens[k]!.word && !isDate(tokens[k]!) && !isTitle(tokens, k)) k++;
  const closes = k === to || /^[.,;:!?)]$/.test(tokens[k]!.text);
  return k > from && closes && capitalizedRun(tokens.slice(from, k), 0) ? k : -1;
}

/**
 * An apposition's title and organisation: "chief executive officer of Northwind Robotics" splits
 * at the link word after the last title ("a spokesperson for the ministry" likewise).
 */
function describeApposition(
  tokens: readonly Token[],
  from: number,
  to: number,
): { title: string | null; organization: string | null } {
  const join = (a: number, b: number) =>
    tokens
      .slice(a, b)
      .map((t) => t.text)
      .join(' ');
  // "Ana Roe, of the Harbour Trust, said", "…, from Northvale Police's Major Crime Unit, said": whom the
  // person is with, no title (a rank word in the unit's name is none of hers).
  if (tokens[from]!.lower === 'of' || tokens[from]!.lower === 'from') {
    let body = from + 1;
    while (body < to - 1 && DETERMINERS.has(tokens[body]!.lower)) body++;
    return { title: null, organization: body < to ? join(body, to) : null };
  }
  let lastTitle = -1;
  for (let k = from; k < to; k++) if (isTitle(tokens, k)) lastTitle = k;
  // "Head of Operations", "Minister for Ports and Harbours": the office is the title's.
  const office =
    lastTitle >= 0 && NP_LINKS.has(tokens[lastTitle + 1]?.lower ?? '') ? officeEnd(tokens, lastTitle + 2, to) : -1;
  const link = office > 0 ? office : lastTitle + 1;
  let firstTitle = from;
  while (firstTitle < lastTitle && !isTitle(tokens, firstTitle)) firstTitle++;
  // "Communications Manager at …": the modifiers before the first title are the title's.
  while (firstTitle > from && titleAt(tokens, firstTitle - 1)) firstTitle--;
  if (office === to) {
    // "the bank's head of energy lending": the owner before the title is its organisation.
    let owner = from;
    while (owner < firstTitle && DETERMINERS.has(tokens[owner]!.lower)) owner++;
    const owned = firstTitle - 1 >= owner && possessive(tokens[firstTitle - 1]!);
    const organization = owned ? join(owner, firstTitle).replace(/['’]s$/u, '') : null;
    return { title: withoutHonorifics(join(firstTitle, to)), organization };
  }
  // "Head of Operations, Calder Works Ltd": a body after the title and a comma.
  const comma = office > 0 ? office : lastTitle + 1;
  if (lastTitle >= 0 && tokens[comma]?.text === ',' && bodyAfterComma(tokens, comma + 1, to) === to)
    return { title: withoutHonorifics(join(firstTitle, comma)), organization: join(comma + 1, to) };
  if (lastTitle < 0 || link >= to - 1 || !NP_LINKS.has(tokens[link]!.lower)) return describe(tokens, from, to);
  let orgStart = link + 1;
  while (orgStart < to - 1 && DETERMINERS.has(tokens[orgStart]!.lower)) orgStart++;
  return { title: join(firstTitle, link), organization: join(orgStart, to) };
}

/** Words of when a title is held, before it: "former", "outgoing". */
const HOLDER_STATUS = new Set(['former', 'then', 'outgoing', 'incoming', 'retired', 'late']);

/** Words of a title's field in brackets at most: "Secretary (Drinking Water)". */
const MAX_BRACKETED_FIELD = 4;

/**
 * "Secretary (Drinking Water) Smt. Lata Rao": the index of the title before the field in brackets
 * closing at `close`, else -1.
 */
function fieldInBrackets(ts: readonly Token[], close: number, floor: number): number {
  let open = close - 1;
  while (open > floor && close - open <= MAX_BRACKETED_FIELD + 1 && ts[open]!.text !== '(') open--;
  if (ts[open]?.text !== '(' || open === close - 1 || open - 1 < floor) return -1;
  const field = ts.slice(open + 1, close);
  return field.every((t) => t.word && capitalized(t)) && isTitle(ts, open - 1) ? open - 1 : -1;
}

/** Extends a phrase ending at `to` leftwards over description tokens, back to at most `floor`. */
function phraseEndingAt(tokens: readonly Token[], to: number, floor: number): SpeakerPhrase | null {
  const headTok = tokens[to - 1];
  if (!headTok || to - 1 < floor) return null;
  if (SUBJECT_PRONOUNS.has(headTok.lower)) return describe(tokens, to - 1, to);
  const share = shareAt(tokens, to - 1) || sharedGroupAt(tokens, to - 1);
  // "the agency's head of engineering said": a title's lower-case field ends the phrase.
  const field =
    to - 3 >= floor && isLowerNoun(headTok) && /^(of|for)$/.test(tokens[to - 2]!.lower) && isTitle(tokens, to - 3);
  if (
    !canBeHead(headTok) &&
    !share &&
    !field &&
    !attachedThing(tokens, to, floor) &&
    documentOwnerEnd(tokens, floor, to) < 0
  )
    return null;
  let from = to - 1;
  let bracketed = -1;
  while (from - 1 >= floor && to - from < MAX_NP) {
    const t = tokens[from - 1]!;
    if (modifierAt(tokens, from - 1) || inTitleTail(tokens, from - 1)) from--;
    // "the dockworkers' union": the apostrophe of a plural possessive, glued to its word.
    else if (/^['’]$/.test(t.text) && !t.spaced && /s$/i.test(tokens[from - 2]?.text ?? '') && from - 2 >= floor)
      from--;
    // "spokesperson for the ministry", "Secretary of State": a link after a title or a name
    else if (
      NP_LINKS.has(t.lower) &&
      from - 2 >= floor &&
      (capitalized(tokens[from - 2]!) || isHeadNoun(tokens[from - 2]!) || shareAt(tokens, from - 2))
    )
      from--;
    else if (OFFICE_JOINERS.has(t.lower) && insideOffice(tokens, from - 1, floor)) from--;
    else if (t.text === ')' && (bracketed = fieldInBrackets(tokens, from - 1, floor)) >= 0) from = bracketed;
    // "Smt. Lata Rao": the dot of a courtesy word before the name.
    else if (t.text === '.' && from - 2 >= floor && HONORIFICS.has(lowerWord(tokens[from - 2]!))) from--;
    else break;
  }
  // Start at a determiner, a title, a name or a share: "And the group" → "the group".
  const starts = (t: Token, k: number) =>
    DETERMINERS.has(t.lower) ||
    isHeadNoun(t) ||
    (t.tags.has('Adjective') && !capitalized(t)) ||
    (capitalized(t) && !hasAnyTag(t, FUNCTION_TAGS)) ||
    (share && (/^\d/.test(t.text) || shareAt(tokens, from + k + 1)));
  const first = tokens.slice(from, to).findIndex(starts);
  if (first < 0) return null;
  from += first;
  let determiner = -1;
  for (let k = from; k < to - 1; k++) if (DETERMINERS.has(tokens[k]!.lower)) determiner = k - from;
  // "comment on the River Basin Trust": a description starts at its last determiner; so does one after
  // an adverb of time capitalised at the sentence's start ("Later the adviser said").
  const adverbial = (t: Token) => hasAnyTag(t, ['Adverb', 'Comparative', 'Superlative']) && !t.tags.has('Noun');
  if (
    determiner > 0 &&
    !tokens.slice(from, from + determiner).some((t) => (capitalized(t) && !adverbial(t)) || isHeadNoun(t))
  )
    from += determiner;
  return from < to ? describe(tokens, partitiveStart(tokens, from, floor), to) : null;
}

/** Links between a source's noun and the thing it speaks for: "a spokesman for the utility", "officials at the port". */
const SOURCE_LINKS = new Set(['for', 'at', 'with', 'of']);

/**
 * "a spokesman for the utility", "officials at the port": a phrase ending at `to` in a lower-case
 * noun the tagger gives no person, after a link, an optional determiner and a source's head noun.
 */
function attachedThing(tokens: readonly Token[], to: number, floor: number): boolean {
  if (!isLowerNoun(tokens[to - 1]!)) return false;
  let link = to - 2;
  if (link >= floor && DETERMINERS.has(tokens[link]!.lower)) link--;
  return link - 1 >= floor && SOURCE_LINKS.has(tokens[link]!.lower) && isHeadNoun(tokens[link - 1]!);
}

/** Quantities of a group: "one of the officials", "two of the negotiators". */
const PARTITIVES = new Set(['one', 'two', 'three', 'some', 'several', 'many', 'each', 'none', 'both', 'most']);

/** Where a partitive before the phrase at `from` starts ("one of" the officials), else `from`. */
function partitiveStart(tokens: readonly Token[], from: number, floor: number): number {
  const quantity = tokens[from - 2];
  return from - 2 >= floor && tokens[from - 1]!.lower === 'of' && quantity && PARTITIVES.has(quantity.lower)
    ? from - 2
    : from;
}

const PROGRESSIVE = new Set(['is', 'are', 'was', 'were', 'be', 'been']);

/** Index of the first token left of `cue` that is not an adverb or auxiliary ("are saying"), or -1. */
function skipFillersLeft(tokens: readonly Token[], cue: number, floor: number): number {
  const progressive = tokens[cue]!.lower.endsWith('ing');
  let i = cue - 1;
  while (i >= floor && (VERB_FILLERS.has(tokens[i]!.lower) || (progressive && PROGRESSIVE.has(tokens[i]!.lower)))) i--;
  return i;
}

/** Words that lead or join a time between a subject and its verb: "on Tuesday", "earlier this month". */
const TIME_LEADS = new Set(['on', 'in', 'at', 'during', 'last', 'this', 'next', 'earlier', 'early', 'late', 'the']);
/** Prepositions that set a place after a subject: "Ana Ruiz in Geneva said", "Senator Ruiz on Capitol Hill said". */
const PLACE_PREPOSITIONS = new Set(['in', 'on']);

/**
 * Where a time ("on Tuesday", "last week") or a capitalised place after "in" or "on" that ends at
 * `end` starts, else -1: it stands between a subject and its verb and is no part of the subject.
 */
function adjunctStart(tokens: readonly Token[], end: number, floor: number): { at: number; place: boolean } | null {
  let k = end;
  if (isDate(tokens[k]!)) {
    while (k - 1 >= floor && (isDate(tokens[k - 1]!) || TIME_LEADS.has(tokens[k - 1]!.lower))) k--;
    return k > floor ? { at: k, place: false } : null;
  }
  // A place is capitalised words with no person, title or owner among them ("in the Prime Minister's Office Ana Ruiz" is an office).
  const placeWord = (i: number) => {
    const t = tokens[i]!;
    return capitalized(t) && !possessive(t) && !isTitle(tokens, i) && !(t.tags.has('Person') && !t.tags.has('Place'));
  };
  if (!placeWord(k)) return null;
  while (k - 1 >= floor && (placeWord(k - 1) || tokens[k - 1]!.lower === 'the')) k--;
  const at = k - 1;
  // "Adviser on Coastal Affairs Ana Ruiz", "the Committee on Foreign Affairs": after a title or a
  // body's noun the words are its office or its name.
  const ofBody = at > 0 && tokens[at]?.lower === 'on' && ORG_HEADS.has(lowerWord(tokens[at - 1]!));
  return at > floor && PLACE_PREPOSITIONS.has(tokens[at]!.lower) && !isTitle(tokens, at - 1) && !ofBody
    ? { at, place: true }
    : null;
}

/** Unnamed companions of a named source: "X and others said", "X and her colleagues said". */
const COMPANIONS = new Set(['others', 'colleagues']);
const COMPANION_LEADS = new Set(['other', 'his', 'her', 'their', 'its', 'many', 'several', 'some']);

/** Where "and others" (or "and her colleagues") that ends at `end` starts, its "and"; else -1. */
function companionsStart(tokens: readonly Token[], end: number, floor: number): number {
  if (!COMPANIONS.has(tokens[end]!.lower)) return -1;
  let k = end - 1;
  if (k >= floor && COMPANION_LEADS.has(tokens[k]!.lower)) k--;
  return k - 1 >= floor && tokens[k]!.lower === 'and' ? k : -1;
}

/**
 * The subject of the speech verb at `cue`, looking no further left than `floor`; a time or a place
 * between them is passed over ("Ana Ruiz on Tuesday said", "Senator Ruiz on Capitol Hill said"), and
 * the named source of "X and others said" is X.
 */
export const subjectBefore = remembered(subjectBeforeAfresh);

function subjectBeforeAfresh(tokens: readonly Token[], cue: number, floor: number): SpeakerPhrase | null {
  const end = skipFillersLeft(tokens, cue, floor);
  // "Please note that …", "please confirm that …": a request to the listener, whose verb has no subject.
  if (end < floor || tokens[end]!.lower === 'please') return null;
  const owner = ownerOfRelative(tokens, end, floor);
  if (owner) return owner;
  const and = companionsStart(tokens, end, floor);
  if (and > floor) {
    const subject = subjectEndingAt(tokens, cue, and - 1, floor);
    if (subject && subject.kind !== 'pronoun') return subject;
  }
  const adjunct = adjunctStart(tokens, end, floor);
  if (adjunct) {
    const before = skipFillersLeft(tokens, adjunct.at, floor);
    const subject = before >= floor ? subjectEndingAt(tokens, cue, before, floor) : null;
    if (subject) return subject;
  }
  return subjectEndingAt(tokens, cue, end, floor);
}

/** Prepositions before "which" whose clause happens in what the noun before names: "in which", "during which". */
const SETTING_PREPOSITIONS = new Set(['in', 'during', 'at']);

/**
 * "the Ombudsman's report, in which he wrote …": "he" or "she" right after "in which" is
 * the owner of the briefing before the comma, when the owner is a person who agrees with it.
 */
function ownerOfRelative(tokens: readonly Token[], pronoun: number, floor: number): SpeakerPhrase | null {
  const comma = pronoun - 3;
  const gender = pronounGender(tokens[pronoun]!.lower);
  if (!gender || comma <= floor || tokens[comma]!.text !== ',' || tokens[pronoun - 1]!.lower !== 'which') return null;
  if (!SETTING_PREPOSITIONS.has(tokens[pronoun - 2]!.lower) || !DOCUMENT_NOUNS.has(tokens[comma - 1]!.lower))
    return null;
  const owner = phraseEndingAt(tokens, comma, floor);
  if (!owner || owner.head !== 'person' || !genderFits(owner.gender, gender, false)) return null;
  return owner;
}
const pronounGender = (w: string) => (w === 'he' ? 'male' : w === 'she' ? 'female' : null);

/** Does the parenthesis opening at `open` give a stock listing: "(NYSE: ACR)", "(TSX: NWD; NASDAQ: NWD)"? */
const listingAt = (tokens: readonly Token[], open: number) => {
  const exchange = tokens[open + 1];
  const ticker = tokens[open + 3];
  // "(PHOTO: Reuters)", "(AUDIO: 2 min)" are notes: a listing's ticker is a short code in capitals.
  return (
    !!exchange &&
    !!ticker &&
    /^\p{Lu}{2,}$/u.test(exchange.text) &&
    tokens[open + 2]!.text === ':' &&
    /^\p{Lu}[\p{Lu}.]{0,5}$/u.test(ticker.text) &&
    /^[);]$/.test(tokens[open + 4]?.text ?? '')
  );
};

/**
 * The company whose listing opens at `open`: "Acme Robotics, Inc. (NYSE: ACR)" with its legal form;
 * of two joined ones ("A (NYSE: X) and B (NASDAQ: Y) today announced"), the first, which leads.
 */
function listedCompany(tokens: readonly Token[], open: number, floor: number): SpeakerPhrase | null {
  let nameEnd = open;
  if (tokens[nameEnd - 1]?.text === '.') nameEnd--;
  const suffix = CORPORATE_SUFFIXES.has(tokens[nameEnd - 1]?.lower ?? '') ? nameEnd - 1 : -1;
  if (suffix >= 0) nameEnd = tokens[suffix - 1]?.text === ',' ? suffix - 1 : suffix;
  const phrase = phraseEndingAt(tokens, nameEnd, floor);
  if (!phrase || phrase.kind !== 'name' || !phrase.name) return null;
  const and = phrase.from - 1;
  if (tokens[and]?.lower === 'and' && tokens[and - 1]?.text === ')') {
    let first = and - 2;
    while (first > floor && tokens[first]!.text !== '(' && and - first < 10) first--;
    const leader = tokens[first]?.text === '(' && listingAt(tokens, first) ? listedCompany(tokens, first, floor) : null;
    if (leader) return leader;
  }
  const form =
    suffix >= 0 ? `${nameEnd < suffix ? ',' : ''} ${tokens[suffix]!.text}${open > suffix + 1 ? '.' : ''}` : '';
  return { ...phrase, to: open, name: `${phrase.name}${form}`, head: 'organization', apposition: null, gender: null };
}

/** Prepositions opening a setting set off between a source and its verb: ", in a letter to lawmakers,". */
const SETTING_OFF = new Set(['in', 'at', 'on', 'during', 'after', 'before', 'via', 'through']);
/** The first word of what a comma sets off after a described source: "who"/"which", a setting's preposition, a participle. */
const setOffAfterSource = (t: Token) =>
  t.lower === 'who' ||
  t.lower === 'which' ||
  SETTING_OFF.has(t.lower) ||
  (t.lower.endsWith('ing') && t.tags.has('Verb'));

/** "who", "that", "which" as a relative pronoun at `t`, never an acronym in capitals ("The WHO said"). */
const relativeAt = (t: Token | undefined, words: RegExp) =>
  !!t && words.test(t.lower) && t.text !== t.text.toUpperCase();
const THAT_WHO_WHICH = /^(that|who|which)$/;
const WHO_WHICH = /^(who|which)$/;

/** The subject of the speech verb at `cue` whose last token is at `end` (or an apposition or relative clause closing there). */
function subjectEndingAt(tokens: readonly Token[], cue: number, end: number, floor: number): SpeakerPhrase | null {
  // "Rep. Gwen Moore (D-Wis.) said": step over the parenthesis.
  if (tokens[end]!.text === ')') {
    let open = end - 1;
    while (open > floor && tokens[open]!.text !== '(' && end - open < 10) open--;
    if (tokens[open]?.text !== '(' || open - 1 < floor) return null;
    if (listingAt(tokens, open)) return listedCompany(tokens, open, floor);
    const phrase = phraseEndingAt(tokens, open, floor);
    if (!phrase || phrase.kind !== 'name') return null;
    return { ...phrase, title: phrase.title ?? parentheticalTitle(tokens, open, end + 1) };
  }
  // "reports that said", "officials who said": the subject is the relative clause's antecedent.
  if (relativeAt(tokens[end], THAT_WHO_WHICH) && end - 1 >= floor && canBeHead(tokens[end - 1]!)) end--;
  else if (relativeAt(tokens[end], WHO_WHICH) && tokens[end - 1]?.text === ',' && end - 2 >= floor) {
    // Only for speech verbs: "…, which prompted …" is a thing's doing. "…, which state media said":
    // a base form after "which" is rather a noun's modifier than its verb.
    if (!speechLemma(tokens[cue]!.lower) || (tokens[end]!.lower === 'which' && tokens[cue]!.tags.has('Infinitive')))
      return null;
    const antecedent = relativeAntecedent(tokens, end - 1, floor);
    // A name's mention is the relative pronoun, which refers to it as "he" would (a description is
    // known by its words, and keeps them).
    return antecedent?.kind === 'name' ? { ...antecedent, from: end, to: end + 1, apposition: null } : antecedent;
  } else if (relativeAt(tokens[end], THAT_WHO_WHICH)) return null;
  if (tokens[end]!.text === ',') return setOffSubject(tokens, end, floor);
  const phrase = phraseEndingAt(tokens, end + 1, floor);
  return postmodifiedSource(tokens, end, floor) ?? phrase;
}

/**
 * The source whose words a comma or colon at `end` closes: "Name, a spokesperson for Y," before its
 * verb, "Ana Ruiz, Director of Communications:" before her quote. A name with the apposition set
 * off after it, a titled description with its name after it, or null.
 */
export function setOffSubject(tokens: readonly Token[], end: number, floor: number): SpeakerPhrase | null {
  // "In Kisumu, the Health Secretary, Amina Oduor, said": a titled description and its name
  // after a fronted adjunct's comma; the place before it is no subject.
  const described = descriptionThenName(tokens, end, floor);
  const afterComma = !!described && tokens[described.from - 1]?.text === ',';
  const fronted = afterComma ? phraseEndingAt(tokens, described!.from - 1, floor) : null;
  // Not after a name opening the clause: "Ana Ruiz, Director of Communications, Tarnby Rail Ltd, said";
  // "Speaking at a farm near Tarnby," opens with its verb, no name.
  const opensWithName =
    fronted?.kind === 'name' && fronted.from === floor && !hasAnyTag(tokens[floor]!, ['Gerund', 'Preposition']);
  if (afterComma && described!.head === 'person' && !opensWithName) return described;
  // "Name, a spokesperson for Y, said" / "Name, who …, said": the comma opening the
  // apposition is the nearest one after a name.
  let inner: SpeakerPhrase | null = null;
  for (let open = end - 1; open > floor && end - open < MAX_APPOSITION; open--) {
    if (tokens[open]!.text !== ',') continue;
    const before =
      tokens[open - 1]!.text === ')' ? subjectBefore(tokens, open, floor) : phraseEndingAt(tokens, open, floor);
    const subject = before && personBeforeWho(tokens, before);
    // "Tomas Brel, of Harlow, Del., said": a name set off as ", of X," is where the source is from
    // ("a number of Democrats, …, are warning" keeps its Democrats).
    if (subject && HOMETOWN_LEADS.has(tokens[subject.from - 1]?.lower ?? '') && tokens[subject.from - 2]?.text === ',')
      continue;
    // A name, or an unnamed source with its organisation ("officials at the Port Authority, …,") or
    // its relative clause ("a senior official, who asked not to be named, said").
    // "A spokeswoman for the ministry, who declined to be named, said": a described person too.
    // "A spokesman for the utility, which serves …, said", "The agency's director, in a letter to
    // lawmakers, warned", "Officials, speaking on condition of anonymity, said", "The company, in a
    // filing, said": a relative clause, a setting or a participle set off after a described source.
    const interrupter = setOffAfterSource(tokens[open + 1]!);
    const unnamed =
      (subject?.head === 'unnamed' && (!!subject.organization || interrupter)) ||
      (subject?.kind === 'description' && subject.head !== 'unnamed' && subject.head !== 'pronoun' && interrupter);
    if (!subject || (subject.kind !== 'name' && !unnamed)) continue;
    // "A police spokesman, Inspector Ana Ruiz, said": the name set off after an unnamed source is the source.
    const named = subject.kind === 'name' ? null : descriptionThenName(tokens, end, floor);
    if (named) return named;
    const appos = describeApposition(tokens, open + 1, end);
    // "Northwind Robotics, Inc., a maker of …": a legal-form suffix makes the name a company.
    const head = CORPORATE_SUFFIXES.has(tokens[open + 1]!.lower) ? 'organization' : subject.head;
    const found: SpeakerPhrase = {
      ...subject,
      head,
      title: subject.title ?? appos.title,
      appositionTitle: appos.title,
      organization: subject.organization ?? appos.organization,
      apposition: [open + 1, end],
      gender: genderOf(tokens, subject.from, end),
    };
    // "Ana Ruiz, the harbour master of Vestby, one of …, said": "the … of Vestby" set off by a
    // comma is itself an apposition; the name before it is the subject, if there is one.
    if (!/^(the|a|an)$/.test(tokens[subject.from]!.lower) || tokens[subject.from - 1]?.text !== ',') return found;
    inner ??= found;
  }
  return inner ?? descriptionThenName(tokens, end, floor);
}

/** Adjectives, with their link word, that describe a source by what it knows: "people familiar with the talks". */
const SOURCE_POSTMODIFIERS = new Map([
  ['familiar', 'with'],
  ['close', 'to'],
  ['knowledgeable', 'about'],
]);
/** The most tokens a source's postmodifier may hold before the verb: "who attended the talks in Oslo". */
const MAX_POSTMODIFIER = 12;

/** Does a postmodifier open at `k`: "who" before a verb, or "familiar with", "close to"? */
const postmodifierAt = (tokens: readonly Token[], k: number) =>
  (relativeAt(tokens[k], /^who$/) && !!tokens[k + 1]?.tags.has('Verb')) ||
  SOURCE_POSTMODIFIERS.get(tokens[k]!.lower) === tokens[k + 1]?.lower;

/**
 * "A diplomat who attended the meeting said", "a source close to the family said", "officials
 * familiar with the talks said": a postmodifier without commas ends at `end`, before the verb; the
 * phrase before it, a person or an unnamed source, is the subject, described with it (not "the
 * meeting", the clause's object). Only "who" takes a body ("the council who run the port"). Null
 * where no postmodifier opens.
 */
function postmodifiedSource(tokens: readonly Token[], end: number, floor: number): SpeakerPhrase | null {
  let k = end - 1;
  while (k > floor && end - k < MAX_POSTMODIFIER && tokens[k]!.word && !postmodifierAt(tokens, k)) k--;
  if (k <= floor || !tokens[k]!.word || !postmodifierAt(tokens, k)) return null;
  const source = phraseEndingAt(tokens, k, floor);
  if (!source || source.kind === 'pronoun' || (source.head === 'organization' && tokens[k]!.lower !== 'who'))
    return null;
  return { ...source, to: end + 1, gender: genderOf(tokens, source.from, end + 1) };
}

/** Words before a hometown set off in an apposition: "Ana Ruiz, 30, of Vestby,", "Ana Ruiz, from Vestby,". */
const HOMETOWN_LEADS = new Set(['of', 'from']);

/** The phrase ending before `to`, a place after it passed over ("… met Ana Ruiz in Geneva, who said"). */
function antecedentEndingAt(tokens: readonly Token[], to: number, floor: number): SpeakerPhrase | null {
  const adjunct = adjunctStart(tokens, to - 1, floor);
  return (adjunct?.place ? phraseEndingAt(tokens, adjunct.at, floor) : null) ?? phraseEndingAt(tokens, to, floor);
}

/**
 * "… met Ana Ruiz, who said that …", "… thanked the ministry, which told reporters …": the subject of
 * a relative clause set off by the comma at `comma` is the phrase before it (an apposition of a name
 * included: "Ana Ruiz, the port's chair, who said"), never a pronoun.
 */
function relativeAntecedent(tokens: readonly Token[], comma: number, floor: number): SpeakerPhrase | null {
  // "Sen. Ana Ruiz (D-Ore.), who": the name before the parenthesis.
  const direct =
    tokens[comma - 1]!.text === ')' ? subjectBefore(tokens, comma, floor) : antecedentEndingAt(tokens, comma, floor);
  // "Tomas Brenner, the port manager, who": a description set off by commas is the name's apposition.
  const apposition =
    direct && direct.kind === 'description' && tokens[direct.from - 1]?.text === ','
      ? subjectBefore(tokens, comma + 1, floor)
      : null;
  const phrase = apposition ?? direct;
  return phrase && phrase.kind !== 'pronoun' ? phrase : null;
}

/** Words that may open a sentence before its subject: "But the operator, …, said". */
const CLAUSE_OPENERS = new Set(['and', 'but']);

/**
 * "The operator", "the chief of staff", "her deputy": a determiner opening the clause (at `floor`),
 * then lower-case words ending in a noun before the comma at `comma`; where it starts, or -1. Such a
 * phrase describes the name set off after it, as a fronted adjunct ("In Lisbon, …") does not.
 */
function commonDescriptionStart(tokens: readonly Token[], comma: number, floor: number): number {
  let k = comma - 1;
  while (k > floor && tokens[k]!.word && !capitalized(tokens[k]!) && !DETERMINERS.has(tokens[k]!.lower)) k--;
  const opens = k === floor || (k - 1 === floor && CLAUSE_OPENERS.has(tokens[floor]!.lower));
  return opens && DETERMINERS.has(tokens[k]!.lower) && comma - k >= 2 && tokens[comma - 1]!.tags.has('Noun') ? k : -1;
}

/**
 * "The port authority's chair, Ana Ruiz, said", "The operator, Sound Line Ferries, said": a
 * description, then the name as its apposition closing at the comma `end`. The description must
 * carry a title, end in an unnamed source's head or be a determiner's common noun phrase, so that a fronted phrase ("In Lisbon, Ana
 * Ruiz, …") is not taken for one. A title of the name's own stays ("A police spokesman, Inspector
 * Ana Ruiz, said").
 */
function descriptionThenName(tokens: readonly Token[], end: number, floor: number): SpeakerPhrase | null {
  let open = end - 1;
  while (open > floor && tokens[open]!.text !== ',' && end - open <= MAX_NP) open--;
  if (tokens[open]?.text !== ',' || open <= floor) return null;
  const name = phraseEndingAt(tokens, end, open + 1);
  if (!name || name.kind !== 'name' || name.from !== open + 1) return null;
  const description = phraseEndingAt(tokens, open, floor);
  if (description?.kind === 'name' || description?.kind === 'pronoun') return null;
  // "One party hopeful, Tam Rhee, said": an unnamed source's head describes the name as a title does.
  const described = !!description?.title || description?.head === 'unnamed';
  const from = described ? description!.from : commonDescriptionStart(tokens, open, floor);
  if (from < 0) return null;
  // "Cabinet Member for Culture, Cllr Ana Roe": a councillor's style gives way to the office described.
  const style = !!name.title && COUNCILLOR_STYLES.has(name.title.toLowerCase().replace(/\.$/, ''));
  return {
    ...name,
    from,
    title: (style && description?.title) || (name.title ?? description?.title ?? null),
    organization:
      (style && description?.title ? description.organization : name.organization) ?? description?.organization ?? null,
    gender: genderOf(tokens, from, end),
  };
}

/** A link word at `i` that continues a phrase: "of", "for", …, and "by" after a document ("a report by the board"). */
const linksOn = (tokens: readonly Token[], i: number) =>
  NP_LINKS.has(tokens[i]!.lower) || (tokens[i]!.lower === 'by' && DOCUMENT_NOUNS.has(tokens[i - 1]?.lower ?? ''));

/**
 * "our embassy in Lima", "the ministry of health in Accra": "in" and a capitalised place after a
 * body's lower-case noun, in the phrase [from, i), are part of the body's description. A person's
 * title after the body's noun makes the phrase a person's ("a police spokesman in Kabul"): the place
 * is where the person spoke, not part of who they are.
 */
const placeTailAt = (tokens: readonly Token[], i: number, from: number, ceil: number) => {
  if (tokens[i]!.lower !== 'in' || i + 1 >= ceil || !capitalized(tokens[i + 1]!) || isDate(tokens[i + 1]!))
    return false;
  let body = i - 1;
  while (body >= from && !(!capitalized(tokens[body]!) && ORG_HEADS.has(lowerWord(tokens[body]!)))) body--;
  if (body < from) return false;
  for (let k = body + 1; k < i; k++) if (titleAt(tokens, k)) return false;
  return true;
};

/**
 * "said Sunniva Rivers, who leads the clean-up": a name the tagger read as a place is a person's
 * before ", who" (a body's name, with its noun or known as one, keeps its kind).
 */
function personBeforeWho(tokens: readonly Token[], phrase: SpeakerPhrase): SpeakerPhrase {
  const words = tokens.slice(phrase.from, phrase.to);
  const body = words.some((t) => ORG_HEADS.has(lowerWord(t)) || t.tags.has('Organization'));
  const who = tokens[phrase.to]?.text === ',' && tokens[phrase.to + 1]?.lower === 'who';
  return phrase.kind === 'name' && phrase.head === 'organization' && who && !body
    ? { ...phrase, head: 'person' }
    : phrase;
}

/** Words that open a description set off before a name after the cue: "said a neighbour, Ama Boateng". */
const DESCRIPTION_OPENERS = new Set(['a', 'an', 'the', 'one', 'another']);
/** The most words a name set off after a description may hold ("Paul Kofi Ekwe-Mensah"). */
const MAX_SET_OFF_NAME = 5;

/**
 * "said one resident, Paul Ekwe, who …", "said a neighbour, Ama Boateng.": after the cue at `cue`,
 * a description (or an office in capitals), a comma, then a name closed by a comma or the sentence's end. The speaker is the
 * name, described as the phrase before it; null where no such name follows.
 */
function nameAfterDescription(tokens: readonly Token[], cue: number, ceil: number): SpeakerPhrase | null {
  const opener = cue + 1;
  if (!tokens[opener]) return null;
  let comma = opener + 1;
  while (comma < ceil && tokens[comma]!.word && comma - opener <= MAX_NP) comma++;
  if (comma >= ceil || tokens[comma]!.text !== ',') return null;
  // "Quote attributable to Cabinet Member for Culture, Cllr Ana Roe:": an office printed in
  // capitals, no article, describes the name after it too.
  const office = () =>
    tokens.slice(opener, comma).some((_, k) => isTitle(tokens, opener + k)) &&
    tokens.slice(opener, comma).every((t) => capitalized(t) || NP_LINKS.has(t.lower) || t.lower === 'the');
  if (!DESCRIPTION_OPENERS.has(tokens[opener]!.lower) && !office()) return null;
  let end = comma + 1;
  while (end < ceil && tokens[end]!.word && end - comma <= MAX_SET_OFF_NAME) end++;
  if (end === comma + 1 || (end < ceil && !/^[,.;]$/.test(tokens[end]!.text))) return null;
  return descriptionThenName(tokens, end, opener);
}

const OF_FOR = new Set(['of', 'for']);
const complementWord = (t: Token) =>
  DETERMINERS.has(t.lower) || capitalized(t) || t.tags.has('Noun') || t.tags.has('Adjective');

/** The inverted subject right after the cue ("said Ana Quell, a spokesperson for Y"). */
export function subjectAfter(tokens: readonly Token[], cue: number, ceil: number): SpeakerPhrase | null {
  let i = cue + 1;
  if (i >= ceil) return null;
  const first = tokens[i]!;
  // "said he." but not "said it was risky"
  if (SUBJECT_PRONOUNS.has(first.lower)) return tokens[i + 1]?.word ? null : describe(tokens, i, i + 1);
  const named = nameAfterDescription(tokens, cue, ceil);
  if (named) return named;
  if (!modifierAt(tokens, i)) return null;
  let to = i;
  while (to < ceil && to - i < MAX_NP) {
    if (modifierAt(tokens, to)) to++;
    else if (linksOn(tokens, to) && to + 1 < ceil && inPhrase(tokens[to + 1]!)) to++;
    // "a statement issued by the ministry": the issuer after the participle.
    else if (DOCUMENT_NOUNS.has(tokens[to - 1]!.lower) && issuedBy(tokens, to - 1) === to + 1 && to + 2 < ceil) to += 2;
    else if (placeTailAt(tokens, to, i, ceil)) to++;
    else break;
  }
  const reach = to;
  // "official figures", "the latest estimates": a document or data ends the phrase as its head does.
  while (to > i && !canBeHead(tokens[to - 1]!) && !DOCUMENT_NOUNS.has(tokens[to - 1]!.lower)) to--;
  if (to <= i) return null;
  // "the chamber of commerce", "the head of the unit for trade": a head's complement without a head of its own.
  if (
    to < reach - 1 &&
    OF_FOR.has(tokens[to]!.lower) &&
    tokens.slice(to + 1, reach).every((t) => complementWord(t) || OF_FOR.has(t.lower)) &&
    complementWord(tokens[reach - 1]!)
  )
    to = reach;
  const subject = personBeforeWho(tokens, describe(tokens, i, to));
  // An apposition: ", a spokesperson for the ministry" or ", chief executive officer of Y" up to
  // the next comma or sentence end.
  // "…, Acme's Chief Executive Officer": an owner's possessive before the title opens one too.
  const opensApposition = (i: number) =>
    /^(a|an|the)$/.test(tokens[i]!.lower) ||
    titleAt(tokens, i) ||
    (capitalized(tokens[i]!) && possessive(tokens[i]!) && !isDate(tokens[i]!));
  if (to < ceil && tokens[to]!.text === ',' && to + 1 < ceil && opensApposition(to + 1)) {
    let close = to + 1;
    while (close < ceil && tokens[close]!.word && close - to < 20) close++;
    // "…, Head of Operations, Calder Works Ltd.": the organisation set off by a further comma.
    const body = close + 1 < ceil && tokens[close]!.text === ',' ? bodyAfterComma(tokens, close + 1, ceil) : -1;
    if (body > 0) close = body;
    const appos = describeApposition(tokens, to + 1, close);
    if (appos.title || appos.organization) {
      return {
        ...subject,
        title: subject.title ?? appos.title,
        appositionTitle: appos.title,
        organization: subject.organization ?? appos.organization,
        apposition: [to + 1, close],
        gender: genderOf(tokens, subject.from, close),
      };
    }
  }
  return subject;
}

/** Verbs of a report that lends its words to someone: "the statement quoted X as saying". */
const QUOTING_REPORTS = new Set(['quoted', 'quotes', 'quoting', 'cited', 'cites', 'citing']);
/** Tokens a "quoted … as saying" may hold between its verb and "as". */
const MAX_QUOTED_REACH = 12;

/**
 * "Xinhua quoted the minister as saying …", "the statement cited Lars Engholm as saying": the
 * speaker of the participle at `cue` is the one quoted, not the report; null where no "quoted …
 * as" stands before it (after `floor`).
 */
export function quotedAsSaying(tokens: readonly Token[], cue: number, floor: number): SpeakerPhrase | null {
  if (tokens[cue - 1]?.lower !== 'as') return null;
  for (let q = cue - 3; q >= Math.max(floor, cue - 2 - MAX_QUOTED_REACH); q--) {
    if (!QUOTING_REPORTS.has(tokens[q]!.lower)) continue;
    const quoted = subjectAfter(tokens, q, cue - 1);
    return quoted && quoted.kind !== 'pronoun' ? quoted : null;
  }
  return null;
}

const FINITE = ['PastTense', 'PresentTense', 'Modal', 'Copula', 'Auxiliary', 'FutureTense'];
/** A finite verb form, as the tagger sees it. */
export const isFiniteVerb = (t: Token) => hasAnyTag(t, FINITE) && !t.tags.has('Gerund');

/**
 * "a series of tweets", "the reports", "by repeated questions", "one question": a word the tagger
 * calls a verb is a noun after "of", a determiner, a number, an adjective or a preposition.
 */
const readsAsNounAfter = (prev: Token | undefined) =>
  !!prev &&
  (prev.lower === 'of' ||
    prev.tags.has('Determiner') ||
    prev.tags.has('Value') ||
    (prev.tags.has('Adjective') && !prev.tags.has('Verb')) ||
    (prev.tags.has('Preposition') && !prev.tags.has('Verb')));

/**
 * Words between a subject and a later verb of its own: a verb group ("would not be drawn") or a
 * coordinated predicate ("refused …, but snapped").
 */
const SHARED_SUBJECT_LINKS = new Set(['and', 'but', 'or', 'then', 'not', 'be', 'been', 'being']);
/** Pronouns a participle may take as its subject ("He defended it, saying …"); "it" is too often a thing. */
const PERSONAL = new Set(['he', 'she', 'they']);

/**
 * The subject of the finite verb nearest before `i` ("X clarified …, stating that …"), looking
 * further left past a verb group or a coordinated predicate that has no subject of its own.
 */
export function nearestVerbSubject(tokens: readonly Token[], from: number, i: number): SpeakerPhrase | null {
  for (let v = i - 1; v > from; v--) {
    // "refused to comment": a verb after "to" is an infinitive.
    if (!isFiniteVerb(tokens[v]!) || readsAsNounAfter(tokens[v - 1]) || tokens[v - 1]?.lower === 'to') continue;
    const subject = subjectBefore(tokens, v, from);
    if (subject) return subject.kind !== 'pronoun' || PERSONAL.has(tokens[subject.from]!.lower) ? subject : null;
    // "“…,” said Jane Roe, the minister, adding that …": an inverted verb's subject follows it.
    if (tokens[v - 1] && !tokens[v - 1]!.word) {
      const inverted = subjectAfter(tokens, v, i);
      if (inverted?.kind === 'name') return inverted;
    }
    // "wouldn’t comment": an auxiliary before the verb is finite itself; its subject is the verb's.
    const before = tokens[v - 1];
    const auxiliary = !!before && (before.tags.has('Modal') || before.tags.has('Auxiliary'));
    if (!SHARED_SUBJECT_LINKS.has(before?.lower ?? '') && !auxiliary) return null;
  }
  return null;
}
