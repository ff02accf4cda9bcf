// Transcript grammar as tables: what a speaker label looks like ("MR. NAME:", "Secretary of State
// Name:", "Shri X, Official Spokesperson:", "Q", "Answer:"), what kind of turn it opens, and which
// paragraphs of a turn are not statements (stage directions, headings, floor hand-offs).
import { TITLES, UNNAMED_HEADS } from '../mentions/lexicon.js';
import type { Token } from '../document/tokens.js';

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/**
 * What a label's turn is: a named `person`, an unnamed `role` ("MODERATOR:", "THE PRESIDENT:"),
 * the `answer` of a Q/A pair, a journalist's `question`, or an `aside` that is no speech at all.
 */
export type LabelRole = 'person' | 'role' | 'answer' | 'question' | 'aside';

/** The label's first word decides these roles, whatever follows ("QUESTION (via phone):"). */
const FIRST_WORD_ROLES: ReadonlyArray<[LabelRole, ReadonlySet<string>]> = [
  ['question', set('q question questions reporter journalist correspondent audience interviewer participant')],
  [
    'aside',
    set(`operator note editor caption photo source date subject tags related location venue place time
    topic contact background update attachment transcript`),
  ],
];
/** One-word labels for the answer of a Q/A pair ("A:", "Answer:"). */
const ANSWER_LABELS = set('a answer answers response reply');
/** Words that end a label naming a role rather than a person ("SENIOR STATE DEPARTMENT OFFICIAL"). */
const ROLE_HEADS = set('moderator host presenter facilitator interpreter chair');
/** Honorifics printed before a name; none names a role on its own. */
const HONORIFICS = set('mr mrs ms miss dr prof sir dame shri smt hon rev');
/** Lower-case words that may stand inside a mixed-case label ("Secretary of State Name:"). */
const LABEL_LINKS = set('of for and the on to at in de del della da di du van von der den bin al la le');
/** Labels longer than this are sentences ending in a colon. */
const MAX_LABEL_WORDS = 14;
const MAX_LABEL_TOKENS = 24;

export interface Label {
  /** Tokens [0, nameEnd) name the speaker; a trailing "(via interpreter)" and ", Title" are left out. */
  nameEnd: number;
  /** Tokens [0, labelEnd) are the label as printed, colon included. */
  labelEnd: number;
  /** Title words set off after a comma ("Shri X, Official Spokesperson:"), or null. */
  title: [number, number] | null;
  role: LabelRole;
  /** A person's name words in lower case, titles and honorifics left out ("GEN. LAST" → ["last"]); [] for others. */
  nameWords: string[];
  /** A title or honorific stands in the label ("MR.", "GEN.", "Spokesperson"). */
  titled: boolean;
}

const bare = (t: Token) => t.lower.replace(/\.$/, '').replace(/['’]s$/, '');
const isTitleWord = (t: Token) => {
  const w = bare(t);
  return TITLES.has(w) || TITLES.has(`${w}.`) || HONORIFICS.has(w);
};
const capitalized = (t: Token) => t.word && /^\p{Lu}/u.test(t.text);

/** Is [0, end) the shape of a label: capitalised words, inner link words, dots and one comma? */
function labelShaped(ts: readonly Token[], end: number): number | null {
  let comma = -1;
  let words = 0;
  for (let i = 0; i < end; i++) {
    const t = ts[i]!;
    if (t.word) {
      words++;
      if (capitalized(t)) continue;
      if (i > 0 && i < end - 1 && LABEL_LINKS.has(t.lower)) continue;
      return null;
    }
    if (t.text === '.' && i > 0 && ts[i - 1]!.word) continue;
    if (t.text === ',' && comma < 0 && i > 0 && i < end - 1) {
      comma = i;
      continue;
    }
    return null;
  }
  if (!words || words > MAX_LABEL_WORDS || !capitalized(ts[0]!)) return null;
  return comma;
}

/** Does a phrase ending in `last` name a role rather than a person ("… OFFICIAL", "THE PRESIDENT")? */
export const namesRole = (last: Token) => {
  const head = bare(last);
  return ROLE_HEADS.has(head) || UNNAMED_HEADS.has(head) || (isTitleWord(last) && !HONORIFICS.has(head));
};

/** The role a label names, from its words (the name part only: before any comma). */
function roleOf(ts: readonly Token[], nameEnd: number): LabelRole {
  const words = ts.slice(0, nameEnd).filter((t) => t.word);
  const first = bare(words[0]!);
  if (words.length === 1 && ANSWER_LABELS.has(first)) return 'answer';
  for (const [role, heads] of FIRST_WORD_ROLES) if (heads.has(first)) return role;
  return namesRole(words[words.length - 1]!) ? 'role' : 'person';
}

/**
 * A speaker label opening a paragraph: words then a colon ("MR. NAME: …", or alone on its line),
 * or a bare "Q" before a question. Null when the paragraph opens otherwise.
 */
export function parseLabel(ts: readonly Token[]): Label | null {
  const q = ts[0];
  // "Q    Thanks, …": a question label printed without a colon.
  if (q && /^Q\.?$/.test(q.text) && ts.length > 1 && ts[1]!.text !== ':') {
    return { nameEnd: 1, labelEnd: 1, title: null, role: 'question', nameWords: [], titled: false };
  }
  let colon = -1;
  for (let i = 1; i < ts.length && i <= MAX_LABEL_TOKENS; i++) {
    if (ts[i]!.text === ':') {
      colon = i;
      break;
    }
  }
  if (colon < 1) return null;
  let end = colon;
  // "PRESIDENT NAME (via interpreter):": a note on how the words reach us.
  if (ts[end - 1]!.text === ')') {
    let open = end - 2;
    while (open > 0 && ts[open]!.text !== '(') open--;
    if (open <= 0) return null;
    end = open;
  }
  const comma = labelShaped(ts, end);
  if (comma === null) return null;
  const words = ts.slice(0, end).filter((t) => t.word);
  // "NEW YORK:": a dateline, not a speaker.
  if (words.every((t) => t.tags.has('Place'))) return null;
  const nameEnd = comma >= 0 ? comma : end;
  const title: [number, number] | null = comma >= 0 ? [comma + 1, end] : null;
  const role = roleOf(ts, nameEnd);
  const nameWords =
    role !== 'person'
      ? []
      : ts
          .slice(0, nameEnd)
          .filter((t) => t.word && !isTitleWord(t) && !LABEL_LINKS.has(t.lower))
          .map(bare);
  return { nameEnd, labelEnd: colon + 1, title, role, nameWords, titled: ts.slice(0, end).some(isTitleWord) };
}

/** Phrases that hand the floor on: a sentence holding one is procedure, not a statement. */
const HANDOFFS: readonly string[][] = [
  'go ahead',
  'next question',
  'last question',
  'final question',
  'one more question',
  'with your question',
  'ask your question',
  'your questions',
  'take questions',
  "let's go to",
  'let us go to',
  "we'll go to",
  'we will go to',
  "i'll go to",
  'the line of',
  'your line is open',
  'we have you',
  'we can hear you',
  'over to you',
  'turn it over',
  'hand it over',
  'get us started',
  'the floor is',
  'next caller',
].map((p) => p.split(' '));

const norm = (t: Token) => t.lower.replace(/’/g, "'");

/** Words of a bare acknowledgement ("Yes.", "Great, thanks very much."), which neither states nor hands on. */
const ACKNOWLEDGEMENTS = set(
  "yes yeah yep okay ok great good sure thanks thank you very much all right so well sir ma'am",
);
const acknowledges = (ts: readonly Token[], from: number, to: number) =>
  ts.slice(from, to).every((t) => !t.word || ACKNOWLEDGEMENTS.has(norm(t)));
/** "Casey Lane, please.": calling on the next questioner by name. */
function callsOn(ts: readonly Token[], from: number, to: number): boolean {
  const words = ts.slice(from, to).filter((t) => t.word);
  const last = words[words.length - 1];
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    last!.lower === 'please' &&
    words.slice(0, -1).every((t) => /^\p{Lu}/u.test(t.text))
  );
}

function holdsHandoff(ts: readonly Token[], from: number, to: number): boolean {
  if (callsOn(ts, from, to)) return true;
  for (let i = from; i < to; i++) {
    for (const phrase of HANDOFFS) {
      if (i + phrase.length <= to && phrase.every((w, k) => norm(ts[i + k]!) === w)) return true;
    }
  }
  return false;
}

const SENTENCE_FINAL = /^[.?!…"”’')\]]+$/;
/** Short unpunctuated lines are headings ("Security Council", "11:48 A.M. EST"), not speech. */
const MAX_HEADING_WORDS = 8;

/**
 * Is the paragraph text from token `from` a statement? Not a stage direction ("(Laughter.)",
 * "[...]"), a heading ("**Trade Talks"), nor a paragraph that opens by handing the floor on and
 * does so in at least half its sentences ("With that, I'll take your questions.").
 * `sentences` are the token indices where the paragraph's sentences start.
 */
export function isStatement(ts: readonly Token[], from: number, sentences: readonly number[]): boolean {
  const body = ts.slice(from);
  if (!body.some((t) => t.word)) return false;
  const close = body[0]!.text === '(' ? ')' : body[0]!.text === '[' ? ']' : null;
  // Wholly bracketed: the first closing bracket is the last token ("(Laughs.) We will …" is speech).
  if (close && body.findIndex((t) => t.text === close) === body.length - 1) return false;
  if (/^[*#]/.test(body[0]!.text)) return false;
  const words = body.filter((t) => t.word).length;
  if (!SENTENCE_FINAL.test(body[body.length - 1]!.text) && words <= MAX_HEADING_WORDS) return false;
  const starts = [from, ...sentences.filter((s) => s > from)];
  const ends = starts.map((_, k) => starts[k + 1] ?? ts.length);
  // Acknowledgements ("Yes. Go ahead.") count neither way; a turn of nothing else is a statement.
  const kept = starts.map((s, k) => [s, ends[k]!] as const).filter(([s, e]) => !acknowledges(ts, s, e));
  const handoffs = kept.map(([s, e]) => holdsHandoff(ts, s, e));
  return !(handoffs[0] && 2 * handoffs.filter(Boolean).length >= handoffs.length);
}

/** Nouns that make a header line a transcript's: "transcript of today's briefing by X". */
const TRANSCRIPT_NOUNS = set('transcript transcription');
/** Link words before the person a transcript header names. */
const TRANSCRIPT_LINKS = set('by with');

/** Words that may open a transcript header before its noun: "The following is a near-verbatim …". */
const TRANSCRIPT_OPENERS = set(
  'the following below is a an near-verbatim verbatim unofficial official edited full partial this',
);

/**
 * "The following is a near-verbatim transcript of today's noon briefing by X, …", "Transcript of
 * remarks by X": the token index of the transcript noun and of the link word before the speaker,
 * or null (a transcript mentioned inside a sentence is no header).
 */
export function transcriptHeader(ts: readonly Token[]): { noun: number; link: number } | null {
  const noun = ts.findIndex((t) => !TRANSCRIPT_OPENERS.has(t.lower));
  if (noun < 0 || !TRANSCRIPT_NOUNS.has(ts[noun]!.lower)) return null;
  const link = ts.findIndex(
    (t, i) => i > noun && TRANSCRIPT_LINKS.has(t.lower) && !!ts[i + 1] && capitalized(ts[i + 1]!),
  );
  return link < 0 ? null : { noun, link };
}

/** Nouns of a title line that names its speakers: "Remarks by X", "Press Briefing by X and Y". */
const HEADER_NOUNS =
  set(`statement statements remarks comments message briefing transcript interview conference answer answers
  availability readout address speech call gaggle roundtable teleconference q&a`);
/** Of those, the ones whose "with X" names a speaker ("Interview with X"; a "Call with X" is a meeting). */
const WITH_NOUNS = set('interview briefing availability conference gaggle roundtable q&a');
/** The noun stands among a title line's first words ("Department Press Briefing by …"). */
const MAX_NOUN_AT = 6;
/** Words that end a speaker in a title line: "Statement by X on …", "Remarks by X at …". */
const TITLE_LINE_STOPS = set('on regarding about at following after to in , : | - \u2013 \u2014');

/**
 * A title line's speakers, as token ranges: "Remarks by X", "Press Briefing by X and Y | Place",
 * "Interview with X", "Spokesperson X’s Regular Press Conference on …". Empty when it is not one.
 */
export function titleLineSpeakers(ts: readonly Token[]): Array<[number, number]> {
  // "Spokesperson X’s Regular Press Conference": the possessive names the speaker.
  const owner = ts.findIndex((t, i) => i <= MAX_NOUN_AT && /['’]s$/.test(t.text));
  if (owner > 0 && ts.slice(0, owner + 1).every(capitalized)) {
    let k = owner + 1;
    while (k < ts.length && k - owner <= 4 && capitalized(ts[k]!) && !HEADER_NOUNS.has(ts[k]!.lower)) k++;
    if (k < ts.length && HEADER_NOUNS.has(ts[k]!.lower)) return [[0, owner + 1]];
  }
  const link = ts.findIndex(
    (t, i) =>
      i > 0 &&
      i <= MAX_NOUN_AT &&
      HEADER_NOUNS.has(ts[i - 1]!.lower) &&
      (t.lower === 'by' || (t.lower === 'with' && WITH_NOUNS.has(ts[i - 1]!.lower))),
  );
  if (link < 0 || !ts.slice(0, link).every(capitalized)) return [];
  let ceil = link + 1;
  while (ceil < ts.length && !TITLE_LINE_STOPS.has(ts[ceil]!.lower)) ceil++;
  // "by A and B": one speaker per conjunct.
  const out: Array<[number, number]> = [];
  let from = link + 1;
  for (let i = from; i <= ceil; i++) {
    if (i < ceil && !(ts[i]!.lower === 'and' || ts[i]!.text === '&')) continue;
    // "Briefing with Senior Official": a role names no one.
    if (i > from && !namesRole(ts[i - 1]!)) out.push([from, i]);
    from = i + 1;
  }
  return out;
}
