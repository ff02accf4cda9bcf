// Who issues a statement: byline and header lines ("Jane Roe, Deputy Spokesperson", "By Jane Roe,
// Minister of Energy", "Office of the Spokesperson", "The following may be attributed to Spokesperson
// Jane Roe:", "The below is attributable to …", "The Press Office provided the following readout:",
// "Ministry of Energy - Press Office") and the subject of a release's opening "X announced".
// Issuers are speakers even without a quote; a header names the speaker of uncredited quotes.
import { describe, subjectAfter, subjectBefore, type SpeakerPhrase } from '../mentions/speaker-np.js';
import {
  CORPORATE_SUFFIXES,
  HONORIFICS,
  ORG_HEADS,
  POST_NOMINALS,
  STATEMENT_NOUNS,
  STYLES,
  TITLES,
} from '../mentions/lexicon.js';
import { cueAt } from './cue-find.js';
import { mentionOf, type Context, type Mention } from './context.js';
import {
  PRESS_ROLES,
  apposedOrganization,
  datelineEnd,
  interviewMark,
  interviewTitle,
  isTitleWord,
  leadingSpeaker,
  spokenTitle,
  titleLineSpeakers,
  transcriptHeader,
} from './layout.js';
import { pushAll } from '../arrays.js';
import type { Token } from '../document/tokens.js';

/** Headers and bylines stand among the first paragraphs. */
const HEADER_PARAGRAPHS = 8;
const MAX_BYLINE_WORDS = 8;

export interface Issuers {
  mentions: Mention[];
  /** The speaker a header hands the whole text to ("statement by X"), if any. */
  header: Mention | null;
  /** "transcript of today's briefing by X": X speaks the paragraphs after paragraph `paragraph`. */
  transcript: { paragraph: number; mention: Mention; cue: string } | null;
  /** "Q&A with X": X answers the questions printed without labels below paragraph `paragraph`. */
  interview: { paragraph: number; mention: Mention; cue: string } | null;
}

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));
const capitalizedWord = (t: Token) => t.word && /^\p{Lu}/u.test(t.text);
const words = (ts: readonly Token[]) => ts.filter((t) => t.word).length;

/** "Jane Roe, Deputy Spokesperson", "By Jane Roe, Minister of Energy" */
function byline(ctx: Context, p: number, ts: readonly Token[]): Mention | null {
  const from = ts[0]?.lower === 'by' ? 1 : 0;
  const comma = ts.findIndex((t) => t.text === ',');
  if (comma < from + 2 || words(ts) - from > MAX_BYLINE_WORDS || ts.length - comma < 2) return null;
  const name = ts.slice(from, comma);
  const role = ts.slice(comma + 1);
  if (!name.every(capitalizedWord) || !role.every((t) => t.word) || !role.some((t) => TITLES.has(t.lower))) return null;
  if (role.some((t) => PRESS_ROLES.has(t.lower))) return null;
  const phrase = describe(ts, from, ts.length);
  const person = describe(ts, from, comma);
  return mentionOf(ctx, p, { ...person, to: ts.length, title: phrase.title ?? role.map((t) => t.text).join(' ') });
}

/** Words before a name on an office's letterhead: "THE HON", "The Honourable", "Dr". */
const NAME_LEADS = new Set(['the', 'right', 'rt', 'dr', ...[...STYLES].flatMap((s) => [s, `${s}.`])]);
const MAX_LETTERHEAD_NAME = 4;
const MAX_LETTERHEAD_TITLE = 6;

/** The first token at or after `from` (before `to`) past the leads of a name; "THE HON. JANE ROE": the dot of an abbreviated lead may stand apart. */
function afterLeads(ts: readonly Token[], from: number, to: number, lead: (t: Token) => boolean): number {
  let k = from;
  while (k < to && (lead(ts[k]!) || (k > from && ts[k]!.text === '.'))) k++;
  return k;
}

/**
 * A name styled alone on its line ("THE HON JANE ROE MP", "Dr Jane Roe"): the tokens [from, to) of
 * the name, its leads and post-nominals left out, or null. A body's letterhead ("HIGH COURT OF
 * VARNIA", "PRESS SUMMARY") names no person.
 */
function styledName(ts: readonly Token[]): [number, number] | null {
  const from = afterLeads(ts, 0, ts.length, (t) => NAME_LEADS.has(t.lower));
  let to = ts.length;
  while (to > from && POST_NOMINALS.has(ts[to - 1]!.lower)) to--;
  const name = ts.slice(from, to);
  if (name.length < 2 || name.length > MAX_LETTERHEAD_NAME) return null;
  if (!name.every((t) => capitalizedWord(t) && !TITLES.has(t.lower))) return null;
  return name.some((t) => ORG_HEADS.has(t.lower)) ? null : [from, to];
}

/** The person a letterhead's name line names, with the title or organisation its office line gives. */
function letterheadPerson(
  ctx: Context,
  p: number,
  [from, to]: [number, number],
  office: Pick<SpeakerPhrase, 'title' | 'organization'>,
): Mention {
  const ts = ctx.tokens[p]!;
  return mentionOf(ctx, p, {
    ...describe(ts, from, to),
    kind: 'name',
    head: 'person',
    name: ctx.doc.text.slice(ts[from]!.start, ts[to - 1]!.end),
    ...office,
  });
}

/**
 * A letterhead naming a person on one line and the office on the next ("THE HON JANE ROE MP" /
 * "PRIME MINISTER"): the person with that title, or null. The title line is titles and link words.
 */
function letterhead(ctx: Context, p: number): Mention | null {
  const office = ctx.tokens[p + 1];
  if (!office?.length || office.length > MAX_LETTERHEAD_TITLE || !office.every((t) => t.word)) return null;
  if (!capitalizedWord(office[0]!) || !office.some((t) => TITLES.has(t.lower))) return null;
  if (!office.every((t) => capitalizedWord(t) || /^(of|for|and|the)$/.test(t.lower))) return null;
  // "REPUBLIC OF TARVENIA" / "PRESS RELEASE": a masthead, not a person and her office.
  if (releaseMark(office)) return null;
  const name = styledName(ctx.tokens[p]!);
  if (name && !namesPerson(ctx, ctx.tokens[p]!, name)) return null;
  const { text } = ctx.doc;
  const title = text.slice(office[0]!.start, office[office.length - 1]!.end);
  return name && letterheadPerson(ctx, p, name, { title, organization: null });
}

/** Lines that mark a text as one person's spoken or written words, below their letterhead ("TRANSCRIPT"). */
const WORDS_MARKS = set('transcript statement speech remarks');
const wordsMark = (ts: readonly Token[]) =>
  releaseMark(ts) || interviewMark(ts) || (ts.length === 1 && WORDS_MARKS.has(ts[0]!.lower));

/**
 * "PRIME MINISTER JANE ROE" over "TRANSCRIPT": a letterhead giving the office and the name on one
 * line, above a line that marks the text as a transcript, a statement or a release. The person,
 * with that title, or null (a headline over the mark names no one: its words are no styled name).
 */
function titledLetterhead(ctx: Context, p: number): Mention | null {
  const ts = ctx.tokens[p]!;
  const below = ctx.tokens[p + 1];
  if (!below || !wordsMark(below) || !ts.every(capitalizedWord)) return null;
  const phrase = describe(ts, 0, ts.length);
  if (phrase.kind !== 'name' || !phrase.title || !phrase.name) return null;
  const split = ts.length - phrase.name.split(/\s+/).length;
  const name = ts.slice(split);
  const named = styledName(name);
  // The name line's test, on the name alone: a style around it would vouch for it, a title does not.
  if (split < 1 || !named || named[0] !== 0 || !namesPerson(ctx, name, [0, name.length])) return null;
  return letterheadPerson(ctx, p, [split, ts.length], { title: phrase.title, organization: null });
}

/** Word classes no person's name holds ("Water Reforms Announced", "Regional Grants"). */
const UNNAMING_TAGS = [
  ...['Verb', 'Plural', 'Uncountable', 'Adjective', 'Adverb', 'Place', 'Date'],
  ...['Preposition', 'Conjunction', 'Determiner', 'Pronoun'],
];

/**
 * Does a name line under an office's letterhead name a person, not a headline or a place? A style
 * before or after the name ("HON.", "Dr", "MP") or a name the tagger knows says so; else no word
 * may read as a common noun's plural, a verb, a function word or a place ("Via Teleconference"),
 * and none may stand in lower case elsewhere in the text ("Kestrel Bend Reservoir" over "the reservoir").
 */
function namesPerson(ctx: Context, ts: readonly Token[], [from, to]: [number, number]): boolean {
  const name = ts.slice(from, to);
  if (from > 0 || to < ts.length || name.some((t) => t.tags.has('Person') || t.tags.has('FirstName'))) return true;
  if (name.some((t) => UNNAMING_TAGS.some((g) => t.tags.has(g)))) return false;
  const lower = new Set(name.map((t) => t.lower));
  return !ctx.doc.tokens.some((t) => lower.has(t.text));
}

/**
 * "Office of the Minister for Water" over "HON. JANE ROE MP": an office's letterhead over the name of
 * its holder, styled alone on the next line. The person issues the text, with the title the office
 * line names ("Minister for Water"); under a body's name ("Ministry of Water") she is of that body.
 */
function officeOverName(ctx: Context, p: number): Mention | null {
  const ts = ctx.tokens[p]!;
  const below = ctx.tokens[p + 1];
  if (!below || !officeLine(ctx, p, ts) || !ts.every((t) => t.word)) return null;
  const name = styledName(below);
  if (!name || !namesPerson(ctx, below, name)) return null;
  const { text } = ctx.doc;
  const line = (from: number) => text.slice(ts[from]!.start, ts[ts.length - 1]!.end);
  // "Office of the Minister for Water": the title after "Office of (the)".
  const from = ts[0]!.lower === 'office' && ts[1]!.lower === 'of' ? (ts[2]?.lower === 'the' ? 3 : 2) : -1;
  const titled = from > 0 && from < ts.length && ts.slice(from).some((t) => TITLES.has(t.lower));
  return letterheadPerson(
    ctx,
    p + 1,
    name,
    titled ? { title: line(from), organization: null } : { title: null, organization: line(0) },
  );
}

/**
 * Tokens [from, to) as one organisation's name, as printed ("Prime Minister's Press Office" is an
 * office, not a prime minister), a leading "the" left out.
 */
function organizationNamed(text: string, ts: readonly Token[], from: number, to: number): SpeakerPhrase {
  const start = ts[from]!.lower === 'the' && to - from > 1 ? from + 1 : from;
  const name = text.slice(ts[start]!.start, ts[to - 1]!.end);
  return { ...describe(ts, from, to), kind: 'name', name, head: 'organization', title: null, organization: null };
}

/** "Office of the Spokesperson", "Ministry of Fisheries - Press Corner": an organisation line. */
function officeLine(ctx: Context, p: number, ts: readonly Token[]): Mention | null {
  if (words(ts) > MAX_BYLINE_WORDS || ts.length < 2) return null;
  if (ts[0]!.lower === 'office' && ts[1]!.lower === 'of' && ts.every((t) => t.word))
    return mentionOf(ctx, p, organizationNamed(ctx.doc.text, ts, 0, ts.length));
  const dash = ts.findIndex((t) => /^[-\u2013\u2014]$/.test(t.text));
  if (dash >= 2 && ts.slice(0, dash).every(capitalizedWord)) {
    const phrase = describe(ts, 0, dash);
    if (phrase.head === 'organization') return mentionOf(ctx, p, phrase);
  }
  return null;
}

/** Lines that mark a release in its masthead: "News release", "MEDIA RELEASE", "For immediate release". */
const RELEASE_MARKS = [
  'news release',
  'media release',
  'press release',
  'for immediate release',
  'media statement',
  'press statement',
  'media advisory',
].map((m) => m.split(' '));
const releaseMark = (ts: readonly Token[]) =>
  words(ts) <= MAX_BYLINE_WORDS && RELEASE_MARKS.some((m) => m.every((w, k) => ts[k]?.lower === w));
/** The masthead's name stands right above or below its mark. */
const MASTHEAD_REACH = 1;
const NAME_LINKS = set('of for and the');

/**
 * "News release" / "Harbour City Council" / "2 October 2025": an organisation's name alone on a
 * line next to the line that marks the release is the release's issuer.
 */
function mastheadOrganization(ctx: Context, p: number, ts: readonly Token[]): Mention | null {
  // "Press release | Department of Fisheries | 5 November 2026": the mark and the name on one line.
  const parts = pipeParts(ts);
  if (parts.length > 1 && parts.some(([a, b]) => releaseMark(ts.slice(a, b)))) {
    const named = parts.find(([a, b]) => mastheadName(ts.slice(a, b)));
    return named ? mentionOf(ctx, p, organizationNamed(ctx.doc.text, ts, named[0], named[1])) : null;
  }
  if (!mastheadName(ts)) return null;
  let marked = false;
  for (let q = Math.max(0, p - MASTHEAD_REACH); q <= p + MASTHEAD_REACH && q < ctx.tokens.length; q++)
    if (q !== p && releaseMark(ctx.tokens[q]!)) marked = true;
  return marked ? mentionOf(ctx, p, organizationNamed(ctx.doc.text, ts, 0, ts.length)) : null;
}

/** A line's parts between "|" marks, as token ranges. */
function pipeParts(ts: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  ts.forEach((t, i) => {
    if (t.text !== '|') return;
    if (i > from) out.push([from, i]);
    from = i + 1;
  });
  if (from < ts.length) out.push([from, ts.length]);
  return out;
}

/** Words that name a body, as a masthead prints it ("Harbour City Council"), not a headline or a place. */
function mastheadName(ts: readonly Token[]): boolean {
  const last = ts[ts.length - 1];
  if (!last || words(ts) > MAX_BYLINE_WORDS || !capitalizedWord(ts[0]!) || releaseMark(ts)) return false;
  // A name: capitalised nouns and link words; a headline has a verb after its subject ("Port Authority
  // Opens …"); a name's first word may read as one ("Harbour City Council").
  const named = ts.every((t, k) => (capitalizedWord(t) && (k === 0 || !t.tags.has('Verb'))) || NAME_LINKS.has(t.lower));
  // "NEW YORK" is a place, "Harbour City Council" a body.
  const place = ts.every((t) => t.tags.has('Place') || NAME_LINKS.has(t.lower)) && !ORG_HEADS.has(last.lower);
  // A headline in title case ("Record Grain Exports") is no body: the name ends in one's head noun
  // or is tagged as an organisation.
  const body = bodyNamed(ts, 0, ts.length) || ts.some((t) => t.tags.has('Organization'));
  return named && !place && body && last.tags.has('Noun');
}

/** A text's closing lines, where "Issued by X" may stand (as in its header). */
const CLOSING_PARAGRAPHS = 3;

/**
 * "Issued by the Office of the President, Accra", "Issued by: Press Office, 3 May 2025": a line
 * naming the issuer, up to a comma, a date or the line's end.
 */
function issuedLine(ctx: Context, p: number, ts: readonly Token[]): Mention | null {
  if (words(ts) > 2 * MAX_BYLINE_WORDS) return null;
  // "Published by the Department of Fisheries", "Source: Ministry of Fisheries": a body only (a
  // site's "Published by: Admin" names no issuer).
  const issued = ts[0]?.lower === 'issued' && ts[1]?.lower === 'by';
  const published = publishedLine(ts);
  if (!issued && !published) return null;
  const from = ts[0]!.lower === 'source' ? 2 : ts[2]?.text === ':' ? 3 : 2;
  const stop = ts.findIndex((t, i) => i > from && (t.text === ',' || t.lower === 'on' || t.text === '.'));
  const end = stop < 0 ? ts.length : stop;
  if (end <= from || !ts.slice(from, end).every((t) => capitalizedWord(t) || NAME_LINKS.has(t.lower))) return null;
  if (published && !bodyNamed(ts, from, end)) return null;
  const phrase = describe(ts, from, end);
  if (phrase.kind === 'pronoun') return null;
  return mentionOf(ctx, p, bodyNamed(ts, from, end) ? organizationNamed(ctx.doc.text, ts, from, end) : phrase);
}

/** "Published by …", "Source: …": a line naming who published the text, not who speaks in it. */
const publishedLine = (ts: readonly Token[]) =>
  (ts[0]?.lower === 'published' && ts[1]?.lower === 'by') || (ts[0]?.lower === 'source' && ts[1]?.text === ':');

/** Tokens [from, to) name a body: its head noun, the last word or the one before "of" ("Office of the President"). */
function bodyNamed(ts: readonly Token[], from: number, to: number): boolean {
  const link = ts.findIndex((t, i) => i > from && i < to && (t.lower === 'of' || t.lower === 'for'));
  return ORG_HEADS.has(ts[(link > 0 ? link : to) - 1]!.lower);
}

/**
 * "OFFICE OF THE DISTRICT ATTORNEY" over "District Attorney Ana Roe announced …": the office's
 * holder, named among the issuers, speaks for it; the office is no speaker of its own.
 */
function heldBy(office: Mention, mentions: readonly Mention[]): boolean {
  const named = (office.phrase.name ?? '').toLowerCase().split(/\s+/);
  return mentions.some((m) => {
    const title = (m.phrase.title ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    return m.phrase.head === 'person' && title.length > 0 && title.every((w) => named.includes(w));
  });
}

/**
 * "Port Director Ana Roe on the new quay" below "INTERVIEW": the person the line names before its
 * topic, by a title or a name the tagger knows; a venue ("NORTH KESSEL HOSPITAL") names no one.
 */
function intervieweeLine(ts: readonly Token[]): SpeakerPhrase | null {
  const range = leadingSpeaker(ts, 0);
  if (!range) return null;
  const phrase = describe(ts, range[0], range[1]);
  const known = phrase.title !== null || ts.slice(range[0], range[1]).some((t) => t.tags.has('Person'));
  return phrase.kind === 'name' && phrase.head === 'person' && known ? phrase : null;
}

/** "… a near-verbatim transcript of today's briefing by X, Spokesman for …" */
function transcriptCredit(ctx: Context, p: number, ts: readonly Token[]): Issuers['transcript'] {
  const at = transcriptHeader(ts);
  const phrase = at && subjectAfter(ts, at.link, ts.length);
  if (!at || !phrase || phrase.kind === 'pronoun') return null;
  return {
    paragraph: p,
    mention: mentionOf(ctx, p, phrase),
    cue: ctx.doc.text.slice(ts[at.noun]!.start, ts[at.link]!.end),
  };
}

/** "The following is attributable to X:", "The below may be attributed to X:", "The following is a statement by X …" */
function headerCredit(ctx: Context, p: number, ts: readonly Token[]): Mention | null {
  if (ts[0]?.lower !== 'the' || (ts[1]?.lower !== 'following' && ts[1]?.lower !== 'below')) return null;
  const by = ts.findIndex(
    (t, i) =>
      i < 8 &&
      (t.lower === 'by' ||
        (t.lower === 'to' && /^attribut(?:able|ed)$/.test(ts[i - 1]?.lower ?? '')) ||
        t.lower === 'from'),
  );
  if (by < 0) return null;
  const phrase = subjectAfter(ts, by, ts.length);
  return phrase && phrase.kind !== 'pronoun' ? mentionOf(ctx, p, phrase) : null;
}

/** Nouns of what a header line hands over: "X provided the following readout:". */
const HANDED_NOUNS = new Set([...STATEMENT_NOUNS, 'readout', 'readouts']);
/** Verbs that hand it over ("discussed the following statement" hands nothing over). */
const HANDING_VERBS = set(
  'provided provides issued issues released releases gave gives delivered delivers offered shared published',
);
const AUXILIARIES = set('has have had is was');

/**
 * "The Press Office provided the following readout:", "Spokesperson Jane Roe issued the following
 * statement on the vote:": a line ending in a colon whose subject hands over the text below. The
 * issuer, not the speaker of what follows (a readout reports its principal).
 */
function handingOver(ctx: Context, p: number, ts: readonly Token[]): Mention | null {
  if (ts[ts.length - 1]?.text !== ':') return null;
  const following = ts.findIndex(
    (t, i) => t.lower === 'following' && ts[i - 1]?.lower === 'the' && HANDED_NOUNS.has(ts[i + 1]?.lower ?? ''),
  );
  if (following < 3) return null; // a subject, a verb and "the" come first
  if (!HANDING_VERBS.has(ts[following - 2]!.lower)) return null;
  const verb = AUXILIARIES.has(ts[following - 3]!.lower) ? following - 3 : following - 2;
  const phrase = subjectBefore(ts, verb, 0);
  if (!phrase || phrase.from !== 0 || phrase.kind === 'pronoun') return null;
  return mentionOf(
    ctx,
    p,
    bodyNamed(ts, phrase.from, phrase.to) ? organizationNamed(ctx.doc.text, ts, phrase.from, phrase.to) : phrase,
  );
}

/** The speakers a title line names ("Remarks by X", "Press Briefing by X and Y", "X’s Press Conference"). */
function titleLineCredits(ctx: Context, p: number, ts: readonly Token[]): Mention[] {
  const out: Mention[] = [];
  for (const [from, to] of titleLineSpeakers(ts)) {
    // "the Press Secretary, Ana ROE" or "Ana Roe, Spokesman for …": an office and its holder.
    const comma = ts.findIndex((t, i) => i > from && i < to && t.text === ',');
    if (comma > 0 && apposedOrganization(ts, comma) === to) {
      // "the Spokesperson, Coastal Fisheries Agency": the office's holder, of that organisation.
      const office = describe(ts, from, comma);
      const organization = ctx.doc.text.slice(ts[comma + 1]!.start, ts[to - 1]!.end);
      out.push(mentionOf(ctx, p, { ...office, to: comma, organization }));
      continue;
    }
    if (comma > 0) {
      const [office, name]: Array<[number, number]> = isTitleWord(ts[comma + 1]!)
        ? [
            [comma + 1, to],
            [from, comma],
          ]
        : [
            [from, comma],
            [comma + 1, to],
          ];
      out.push(mentionOf(ctx, p, officeHolder(ctx.doc.text, ts, office!, name!)));
      continue;
    }
    const phrase = describe(ts, from, to);
    // A possessive title line names a person ("Spokesperson X’s Press Conference", not "Country’s Statement").
    const possessive = /['’]s$/.test(ts[to - 1]!.text);
    // "Statement by the Spokesperson on …", "… attributable to the Spokesperson for the Secretary-General":
    // an office holder the title line names by title alone.
    if (phrase.kind === 'description' && !possessive && ts[from]!.lower === 'the' && phrase.title) {
      out.push(mentionOf(ctx, p, phrase));
      continue;
    }
    if (phrase.kind !== 'name' || !phrase.name || (possessive && phrase.head !== 'person')) continue;
    out.push(mentionOf(ctx, p, surnameFirst({ ...phrase, name: phrase.name.replace(/['’]s$/, '') })));
  }
  return out;
}

/**
 * "the Press Secretary, Ana ROE": the person named after the comma, with the office before it as
 * title (a leading "the" left out).
 */
function officeHolder(
  text: string,
  ts: readonly Token[],
  office: [number, number],
  name: [number, number],
): SpeakerPhrase {
  const titleFrom = ts[office[0]]!.lower === 'the' ? office[0] + 1 : office[0];
  const person = describe(ts, name[0], name[1]);
  // "HON. MATEO RUIZ, ADMINISTRATOR": the courtesy words before the name are no part of it.
  const nameFrom = Math.min(
    name[1] - 1,
    afterLeads(ts, name[0], name[1], (t) => NAME_LEADS.has(t.lower) || HONORIFICS.has(t.lower.replace(/\.$/, ''))),
  );
  return {
    ...person,
    from: Math.min(office[0], name[0]),
    to: Math.max(office[1], name[1]),
    kind: 'name',
    head: 'person',
    name: text.slice(ts[nameFrom]!.start, ts[name[1] - 1]!.end),
    title: text.slice(ts[titleFrom]!.start, ts[office[1] - 1]!.end),
  };
}

/** A family name in capitals before the given name, read as a title's last word: "… Secretary SORVIK Hana". */
const CAPITALS = /^\p{Lu}[\p{Lu}'’-]+$/u;

/**
 * "Press Secretary SORVIK Hana" (a family name printed first, in capitals, as some ministries
 * write it): the capitals belong to the name, not the title ("Press Secretary").
 */
function surnameFirst(phrase: SpeakerPhrase): SpeakerPhrase {
  const title = phrase.title?.split(' ') ?? [];
  const last = title[title.length - 1];
  if (title.length < 2 || !last || !CAPITALS.test(last) || TITLES.has(last.toLowerCase())) return phrase;
  if (!phrase.name || CAPITALS.test(phrase.name.split(' ')[0]!)) return phrase;
  return { ...phrase, title: title.slice(0, -1).join(' '), name: `${last} ${phrase.name}` };
}

/** Verbs of a release's lead after "today": "X today reported its results", "… today issues a trading update". */
const ISSUING_VERBS = set('reported reports released releases unveiled unveils published publishes issued issues');

/** A release's "X announced", "X today announced" or "X today reported" in its first paragraphs. */
function announcer(ctx: Context, p: number, ts: readonly Token[]): Mention | null {
  const from = datelineEnd(ts);
  for (let i = from + 1; i < ts.length; i++) {
    const issues = ts[i - 1]!.lower === 'today' && ISSUING_VERBS.has(ts[i]!.lower);
    if (!issues && cueAt(ts, i)?.lemma !== 'announce') continue;
    let phrase = subjectBefore(ts, i, from);
    // "Carrow Foods plc, the chilled food producer, announces …": the name before the description set off.
    if (phrase?.kind === 'description' && ts[phrase.from - 1]?.text === ',' && ts[phrase.to]?.text === ',')
      phrase = subjectBefore(ts, phrase.from - 1, from);
    if (!phrase || phrase.kind !== 'name') continue;
    // "Harbour Cranes, Inc. (NYSE: HC), a maker of …, today announced": the name keeps its legal form.
    const suffix = ts[phrase.to]?.text === ',' && CORPORATE_SUFFIXES.has(ts[phrase.to + 1]?.lower ?? '');
    if (!suffix) return mentionOf(ctx, p, phrase);
    const end = phrase.to + (ts[phrase.to + 2]?.text === '.' && !ts[phrase.to + 1]!.lower.endsWith('.') ? 3 : 2);
    return mentionOf(ctx, p, organizationNamed(ctx.doc.text, ts, phrase.from, end));
  }
  return null;
}

/** The issuers a text's header lines name; `boilerplate` paragraphs (contacts, "About X") name none. */
export function findIssuers(ctx: Context, boilerplate: ReadonlySet<number> = new Set()): Issuers {
  const mentions: Mention[] = [];
  let header: Mention | null = null;
  let office: Mention | null = null;
  let transcript: Issuers['transcript'] = null;
  let interview: Issuers['interview'] = null;
  const last = Math.min(ctx.doc.paragraphs.length, HEADER_PARAGRAPHS);
  for (let p = 0; p < last; p++) {
    if (boilerplate.has(p)) continue;
    const ts = ctx.tokens[p]!;
    // "INTERVIEW" over "Minister for Energy Ana Roe on the grid": she answers what is asked below.
    const interviewee = p > 0 && !interview && interviewMark(ctx.tokens[p - 1]!) ? intervieweeLine(ts) : null;
    if (interviewee) {
      const mention = mentionOf(ctx, p, interviewee);
      const mark = ctx.tokens[p - 1]!;
      interview = { paragraph: p, mention, cue: ctx.doc.text.slice(mark[0]!.start, mark[mark.length - 1]!.end) };
      header ??= mention;
      mentions.push(mention);
      continue;
    }
    transcript ??= transcriptCredit(ctx, p, ts);
    const credit: Mention | null =
      (transcript?.paragraph === p ? transcript.mention : null) ?? headerCredit(ctx, p, ts);
    const credits: Mention[] = credit ? [credit] : titleLineCredits(ctx, p, ts);
    if (credits.length) {
      // A line naming several speakers ("Briefing by A and B") hands the text to none of them.
      if (credits.length === 1) header ??= credits[0]!;
      // "Speech by X at …": the paragraphs below are X's words, as under a transcript's header.
      if (credits.length === 1 && !interview && interviewTitle(ts))
        interview = { paragraph: p, mention: credits[0]!, cue: ctx.doc.text.slice(ts[0]!.start, ts[1]!.end) };
      const spoken: number | null = credits.length === 1 && !transcript ? spokenTitle(ts) : null;
      if (spoken !== null)
        transcript = {
          paragraph: p,
          mention: credits[0]!,
          cue: ctx.doc.text.slice(ts[spoken - 1]!.start, ts[spoken]!.end),
        };
      pushAll(mentions, credits);
      continue;
    }
    const line = byline(ctx, p, ts) ?? handingOver(ctx, p, ts) ?? issuedLine(ctx, p, ts);
    // Who published the text issues it only when no one is credited, as an office line does.
    if (line && publishedLine(ts)) office ??= line;
    else if (line) mentions.push(line);
    if (line) continue;
    const named = letterhead(ctx, p) ?? officeOverName(ctx, p) ?? titledLetterhead(ctx, p);
    if (named) {
      mentions.push(named);
      p++; // the other line of the letterhead
      continue;
    }
    office ??= officeLine(ctx, p, ts) ?? mastheadOrganization(ctx, p, ts);
    // The lead: among the first lines, or the one opening with a wire dateline below a long headline.
    if (((p > 0 && p < 4) || datelineEnd(ts) > 0) && !mentions.length) {
      const a = announcer(ctx, p, ts);
      if (a) mentions.push(a);
    }
  }
  // An office line names the issuer only when no person is credited, nor its holder named.
  if (office && !header && !heldBy(office, mentions)) mentions.push(office);
  for (let p = Math.max(last, ctx.tokens.length - CLOSING_PARAGRAPHS); p < ctx.tokens.length; p++) {
    const issued = boilerplate.has(p) ? null : issuedLine(ctx, p, ctx.tokens[p]!);
    if (issued && (!header || !publishedLine(ctx.tokens[p]!))) mentions.push(issued);
  }
  return { mentions, header, transcript, interview };
}
