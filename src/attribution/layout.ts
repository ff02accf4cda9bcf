// Transcript grammar as tables: what a speaker label looks like ("MR. NAME:", "Secretary of State
// Name:", "Shri X, Official Spokesperson:", "Q", "Answer:"), what kind of turn it opens, and which
// paragraphs of a turn are not statements (stage directions, headings, floor hand-offs).
import {
  DASHES,
  DOCUMENT_NOUNS,
  HONORIFICS,
  NAME_PARTICLES,
  ORG_HEADS,
  OFFICE_WORDS,
  POST_NOMINALS,
  RANK_ABBREVIATIONS,
  TITLE_ABBREVIATIONS,
  TITLES,
  UNNAMED_HEADS,
} from '../mentions/lexicon.js';
import { subjectBefore, type SpeakerPhrase } from '../mentions/speaker-np.js';
import type { Token } from '../document/tokens.js';
import { cueAt } from './cue-find.js';

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/**
 * What a label's turn is: a named `person`, an unnamed `role` ("MODERATOR:", "THE PRESIDENT:"),
 * the `answer` of a Q/A pair, a journalist's `question`, an `aside` that is no speech at all, or an
 * `interpreter`, who gives the words of a speaker whose own turn printed none.
 */
export type LabelRole = 'person' | 'role' | 'answer' | 'question' | 'aside' | 'interpreter';

/** The label's first word decides these roles, whatever follows ("QUESTION (via phone):"). */
const FIRST_WORD_ROLES: ReadonlyArray<[LabelRole, ReadonlySet<string>]> = [
  // An unidentified or numbered voice ("UNIDENTIFIED SPEAKER:", "Speaker 2:") is no source the text names.
  [
    'question',
    set('q question questions reporter journalist correspondent audience interviewer participant unidentified unknown'),
  ],
  [
    'aside',
    set(`operator note editor caption photo source date subject tags related location venue place time
    topic contact background update updated updates attachment transcript previously earlier correction corrections
    clarification`),
  ],
  // A release's or a judgment's fields ("EMBARGOED: 00:01 …", "JUSTICES: …", "Ref: …"), which name no speaker.
  ['aside', set('embargo embargoed justices judges coram ref reference')],
];
/** One-word fields of minutes and forms ("Present:", "Moved:", "Resolved:"), which name no speaker. */
const RECORD_FIELDS = set(`present absent apologies attendance attending moved seconded resolved carried agreed
  decision decided action actions outcome purpose agenda minutes recommendation recommendations motion vote result`);
/** Words that head a section heading ending in a colon alone on its line ("Prepared Remarks:", "Questions and Answers:"). */
const SECTION_HEADS = set('remarks participants answers presentation session attendees panelists panellists speakers');
/** One-word role labels printed alone on their line without a colon, as call transcripts do ("Operator"). */
const BARE_ROLE_LINES = set('operator moderator');
/** Titles that, last on a "Name -- Firm -- Analyst" line, make it a questioner's. */
const QUESTIONER_TITLES = set('analyst analysts investor shareholder');
/** Name words of a "Name -- Title" line: a first name, initials, a surname. */
const MAX_DASH_NAME_WORDS = 4;
/** A numbered question's label word ("Q1:", "Q2 Ana Roe:"): the journalist's turn, whoever asks. */
const NUMBERED_QUESTION = /^q\d{1,2}$/;
/** One-word labels for the answer of a Q/A pair ("A:", "Answer:"). */
const ANSWER_LABELS = set('a answer answers response reply');
/** Words that end a label naming a role rather than a person ("SENIOR STATE DEPARTMENT OFFICIAL"). */
const ROLE_HEADS = set('moderator host presenter anchor facilitator chair chairperson convener convenor');
/** Of those, the roles of a broadcast's host, who interviews the guest ("Host:", "PRESENTER:"). */
const HOST_HEADS = set('host presenter anchor');
/** Words that end the label of whoever interprets ("INTERPRETER:", "THE INTERPRETER:"). */
const INTERPRETERS = set('interpreter interpreters interpretation translator translation');
/** Lower-case words that may stand inside a mixed-case label ("Secretary of State Name:"). */
const LABEL_LINKS = new Set([...set('of for and the on to at in'), ...NAME_PARTICLES]);
/** Nouns a transcriber numbers unnamed voices with ("Speaker 2:"); "Step 2:", "Part 1:" head sections. */
const NUMBERED_VOICES = set('speaker participant voice caller reporter journalist questioner');
/** May a label's word take the transcriber's number after it: a numbered voice or a role ("OFFICIAL 2:")? */
const numbers = (t: Token) =>
  t.word && (NUMBERED_VOICES.has(t.lower) || (namesRole(t) && !DOCUMENT_NOUNS.has(t.lower)));
/** Labels longer than this are sentences ending in a colon. */
const MAX_LABEL_WORDS = 14;
const MAX_LABEL_TOKENS = 24;

export interface Label {
  /** The label's first token: after the emphasis marks of a label printed in bold ("**A:**"). */
  start: number;
  /** Tokens [start, nameEnd) name the speaker; a trailing "(via interpreter)" and ", Title" are left out. */
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
  /** Read as a label only beside question labels: "A. …" may also open with an initial. */
  paired: boolean;
  /** A "Name -- Title" line: it lists the name for lines that later give the name alone. */
  roster: boolean;
}

const bare = (t: Token) => t.lower.replace(/\.$/, '').replace(/['’]s$/, '');
/** A title, honorific, rank or title abbreviation ("Secretary", "MR.", "GEN.", "FM"). */
export const isTitleWord = (t: Token) => {
  const w = bare(t);
  return (
    TITLES.has(w) || TITLES.has(`${w}.`) || HONORIFICS.has(w) || RANK_ABBREVIATIONS.has(w) || TITLE_ABBREVIATIONS.has(w)
  );
};
const capitalized = (t: Token) => t.word && /^\p{Lu}/u.test(t.text);
/** "MS.", "Dr": an honorific before a name. */
export const isHonorific = (t: Token) => HONORIFICS.has(bare(t));
/** A particle of a surname ("Ms DE WIT", "Jan van der Berg"); also a link word of titles. */
export const isParticle = (t: Token) => t.word && NAME_PARTICLES.has(t.lower);
/** "MP", "QC" printed after a name ("Hon. Kofi Hill MP:"): letters of an office or honour, no name. */
export const isPostNominal = (t: Token) => POST_NOMINALS.has(bare(t)) && t.text === t.text.toUpperCase();

/** Words that make another office of a title: a "VICE PRESIDENT" is no "PRESIDENT", a "DEPUTY SPOKESPERSON" no "SPOKESPERSON". */
export const RANK_WORDS = set('vice deputy assistant under associate');

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
      // "Speaker 2:", "SENIOR OFFICIAL 1:": an unnamed voice or a role numbered by the transcriber.
      const numbered = ts[i - 1]?.text === '#' ? ts[i - 2] : ts[i - 1];
      if (i === end - 1 && i > 0 && /^\d{1,2}$/.test(t.text) && !!numbered && numbers(numbered)) continue;
      return null;
    }
    if (t.text === '.' && i > 0 && ts[i - 1]!.word) continue;
    // "SENIOR OFFICIAL #1:": the number's sign.
    if (t.text === '#' && i === end - 2 && i > 0 && /^\d{1,2}$/.test(ts[i + 1]!.text) && numbers(ts[i - 1]!)) continue;
    // One comma or dash sets a title off from the name ("ANA ROE, SPOKESPERSON:", "SPOKESPERSON – Ana Roe:").
    if ((t.text === ',' || DASHES.has(t.text)) && comma < 0 && i > 0 && i < end - 1) {
      comma = i;
      continue;
    }
    return null;
  }
  if (!words || words > MAX_LABEL_WORDS || !capitalized(ts[0]!)) return null;
  return comma;
}

/** "the Spokesperson", "the High Representative": one office's holder, named by the title alone. */
const heldOffice = (ts: readonly Token[], from: number, to: number) =>
  ts[from]!.lower === 'the' && to - from >= 2 && isTitleWord(ts[to - 1]!) && !HONORIFICS.has(bare(ts[to - 1]!));

/** Does a label's name, ending in `last`, name a broadcast's host ("Host:", "THE PRESENTER:")? */
export const namesHost = (last: Token) => HOST_HEADS.has(bare(last));

/** Does a phrase ending in `last` name an office or a chair's role ("… SPOKESPERSON", "MODERATOR")? */
export const namesOfficeHolder = (last: Token) =>
  ROLE_HEADS.has(bare(last)) || (isTitleWord(last) && !HONORIFICS.has(bare(last)));

/** Does a phrase ending in `last` name a role rather than a person ("… OFFICIAL", "THE PRESIDENT")? */
export const namesRole = (last: Token) => namesOfficeHolder(last) || UNNAMED_HEADS.has(bare(last));

/** The role a label names, from its words (the name part only: before any comma). */
function roleOf(ts: readonly Token[], nameEnd: number, alone: boolean): LabelRole {
  const words = ts.slice(0, nameEnd).filter((t) => t.word);
  const first = bare(words[0]!);
  // "Questions and Answers:" alone on its line heads a section; "QUESTION:" alone still asks.
  if (alone && words.length > 1 && SECTION_HEADS.has(bare(words[words.length - 1]!))) return 'aside';
  if (words.length === 1 && ANSWER_LABELS.has(first)) return 'answer';
  if (NUMBERED_QUESTION.test(first)) return 'question';
  if (words.length === 1 && RECORD_FIELDS.has(first)) return 'aside';
  // "Speaker 2:" is an unnamed voice; "SENIOR OFFICIAL 2:" the second of several officials.
  if (/^\d+$/.test(words[words.length - 1]!.text))
    return NUMBERED_VOICES.has(words[words.length - 2]?.lower ?? '') ? 'question' : 'role';
  for (const [role, heads] of FIRST_WORD_ROLES) if (heads.has(first)) return role;
  // "ANALYST:", "Investor:" ask, as "-- Harbour Bank -- Analyst" does on a call's speaker line.
  if (QUESTIONER_TITLES.has(bare(words[words.length - 1]!))) return 'question';
  if (INTERPRETERS.has(bare(words[words.length - 1]!))) return 'interpreter';
  return namesRole(words[words.length - 1]!) ? 'role' : 'person';
}

const oneWord = (role: LabelRole, paired = false): Label => ({
  start: 0,
  nameEnd: 1,
  labelEnd: 1,
  title: null,
  role,
  nameWords: [],
  titled: false,
  paired,
  roster: false,
});

/**
 * "Jane Roe -- Chief Financial Officer", "John Doe -- Harbour Bank -- Analyst": a call transcript's
 * speaker line, alone on its line, a capitalised name and a title after dashes. A questioner's
 * when the title says analyst or investor.
 */
function dashLine(ts: readonly Token[]): Label | null {
  const dash = ts.findIndex((t) => DASHES.has(t.text));
  if (dash < 2 || dash > MAX_DASH_NAME_WORDS + 1) return null;
  const name = ts.slice(0, dash);
  if (!name.every((t) => capitalized(t) && !isTitleWord(t))) return null;
  let from = dash;
  while (from < ts.length && DASHES.has(ts[from]!.text)) from++;
  const title = ts.slice(from);
  // The title: capitalised words, link words, further dashes and inner commas ("Vice President,
  // Investor Relations"); a title word or a questioner's among them.
  const inner = (k: number) => k > 0 && k < title.length - 1;
  const shaped = title.every(
    (t, k) =>
      DASHES.has(t.text) ||
      t.text === '&' ||
      (t.text === ',' && inner(k)) ||
      (t.word && (capitalized(t) || LABEL_LINKS.has(t.lower))),
  );
  const lower = title.filter((t) => t.word).map(bare);
  // The last word says it ("-- Harbour Bank -- Analyst", not "-- Head of Investor Relations").
  const questioner = QUESTIONER_TITLES.has(lower[lower.length - 1] ?? '');
  if (!shaped || !title.length || title.length > MAX_LABEL_TOKENS || !(questioner || lower.some((w) => TITLES.has(w))))
    return null;
  return {
    start: 0,
    nameEnd: dash,
    labelEnd: ts.length,
    title: [from, ts.length],
    role: questioner ? 'question' : 'person',
    nameWords: questioner ? [] : name.map(bare),
    titled: !questioner,
    paired: false,
    roster: true,
  };
}

/**
 * A speaker label opening a paragraph: words then a colon ("MR. NAME: …", or alone on its line),
 * a bare "Q" or "Q." before a question and "A." before its answer, or, alone on its line, a
 * call transcript's "Operator" or "Name -- Title". Null when the paragraph opens otherwise.
 */
export function parseLabel(ts: readonly Token[], places = false): Label | null {
  const bracketed = bracketedLabel(ts);
  if (bracketed) return bracketed;
  // "[00:01:15] Host: …", "00:14 Ana Roe: …": a recording's time before the label.
  const time = timestamp(ts);
  // "— Ana Roe, Minister of Transport: …": a dash before the label, as some transcripts print turns.
  const dashed = !time && DASHES.has(ts[0]?.text ?? '') && ts.length > 2 ? 1 : 0;
  const lead = time + dashed + emphasis(ts, time + dashed);
  if (!lead) return plainLabel(ts, places);
  // "**Q: …?**", "**A:** …", "__MR. NAME:__ …": the label printed in bold, its marks left out.
  const label = plainLabel(ts.slice(lead), places);
  // A timed or bulleted programme item ("- Dr Jon Vale, Chief Economist: the outlook for freight") is no turn.
  if (!label || ((time || dashed) && agendaItem(ts, lead + label.labelEnd))) return null;
  // A dash before a colon label only: "– Ana Roe" alone credits the block above it.
  if (dashed && (label.roster || label.labelEnd < 2 || ts[lead + label.labelEnd - 1]!.text !== ':')) return null;
  const labelEnd = label.labelEnd + lead;
  const shift = (r: [number, number] | null): [number, number] | null => r && [r[0] + lead, r[1] + lead];
  return {
    ...label,
    start: lead,
    nameEnd: label.nameEnd + lead,
    labelEnd: labelEnd + emphasis(ts, labelEnd),
    title: shift(label.title),
  };
}

/**
 * "[Ms Roe]: …", "[The Chair]: …": a label printed in square brackets before its colon, as some
 * committee transcripts print them. The words inside read as a label of their own.
 */
function bracketedLabel(ts: readonly Token[]): Label | null {
  if (ts[0]?.text !== '[') return null;
  const close = ts.findIndex((t, i) => i > 1 && i <= MAX_LABEL_TOKENS && t.text === ']');
  if (close < 0 || ts[close + 1]?.text !== ':') return null;
  const inner = plainLabel([...ts.slice(1, close), ts[close + 1]!]);
  if (!inner || inner.labelEnd !== close) return null;
  const shift = (r: [number, number] | null): [number, number] | null => r && [r[0] + 1, r[1] + 1];
  return { ...inner, start: 1, nameEnd: inner.nameEnd + 1, labelEnd: close + 2, title: shift(inner.title) };
}

/**
 * A time opening the paragraph ("[00:01:15]", "(12:04)", "00:14"): how many tokens it takes, or 0.
 * A label must follow it, so "10:30: Talks begin" is no speaker's.
 */
function timestamp(ts: readonly Token[]): number {
  const k = recordingTime(ts);
  return ts[k]?.word ? k : 0;
}

/**
 * A recording's time opening a line ("[00:01:15]", "(12:04)", "00:14"), whatever follows it: how
 * many tokens it takes, or 0. A video transcript prints one on each line of a turn.
 */
export function recordingTime(ts: readonly Token[]): number {
  let k = ts[0]?.text === '[' || ts[0]?.text === '(' ? 1 : 0;
  const open = k;
  if (!/^\d{1,2}$/.test(ts[k]?.text ?? '')) return 0;
  k++;
  while (ts[k]?.text === ':' && /^\d{2}$/.test(ts[k + 1]?.text ?? '')) k += 2;
  if (k === open + 1) return 0;
  if (open) {
    if (ts[k]?.text !== (ts[0]!.text === '[' ? ']' : ')')) return 0;
    k++;
  }
  return k;
}

/**
 * "09:30 Minister Ana Roe: opening address on the budget": a programme's timed item, whose words
 * after the colon name what is on, without a sentence's end. A recording's speech after its label
 * ends in one ("[00:14] Ana Roe: Thanks for having me."); a label alone on its line is a turn's.
 */
function agendaItem(ts: readonly Token[], after: number): boolean {
  const item = ts.slice(after);
  return item.some((t) => t.word) && !SENTENCE_FINAL.test(item[item.length - 1]!.text);
}

/** Markdown's emphasis marks ("**", "__") at token `from`: how many tokens they take. */
function emphasis(ts: readonly Token[], from: number): number {
  let k = from;
  while (k < ts.length && k - from < 2 && /^[*_]$/.test(ts[k]!.text)) k++;
  return k - from;
}

/**
 * "Question – Ana Roe, Daily Post: …": a question label naming the questioner and outlet after a
 * dash, up to its colon; the name may hold any words an outlet's name does.
 */
function questionerAfterDash(ts: readonly Token[]): Label | null {
  if (!ts[0] || !ASKING_LABELS.has(bare(ts[0])) || !DASHES.has(ts[1]?.text ?? '')) return null;
  const colon = ts.findIndex((t, i) => i > 2 && i <= MAX_LABEL_TOKENS && t.text === ':');
  return colon > 0 ? { ...oneWord('question'), labelEnd: colon + 1 } : null;
}

function plainLabel(ts: readonly Token[], places = false): Label | null {
  const q = ts[0];
  // "Q    Thanks, …", "Q. Minister, …": a question label printed without a colon; "A. We …" its answer.
  if (q && /^Q\.?$/.test(q.text) && ts.length > 1 && ts[1]!.text !== ':') return oneWord('question');
  if (q && q.text === 'A.' && ts.length > 1) return oneWord('answer', true);
  if (q && ts.length === 1 && BARE_ROLE_LINES.has(q.lower)) return oneWord(roleOf(ts, 1, true));
  if (q && !ts.some((t) => t.text === ':')) return dashLine(ts);
  const asker = questionerAfterDash(ts);
  if (asker) return asker;
  // The first colon outside brackets: "Mr NAME (Seat) (14:02):" holds one inside.
  let colon = -1;
  for (let i = 1, depth = 0; i < ts.length && i <= MAX_LABEL_TOKENS; i++) {
    const t = ts[i]!.text;
    if (t === '(') depth++;
    else if (t === ')') depth--;
    else if (t === ':' && depth <= 0) {
      colon = i;
      break;
    }
  }
  if (colon < 1) return null;
  let end = colon;
  let office: [number, number] | null = null;
  let holder: [number, number] | null = null;
  // "PRESIDENT NAME (via interpreter):", "Mr NAME (Seat) (14:02):": notes on the seat, the hour or
  // how the words reach us; "Roe (Ministry of Finance):" on the office the speaker answers for.
  while (ts[end - 1]!.text === ')') {
    let open = end - 2;
    while (open > 0 && ts[open]!.text !== '(') open--;
    if (open <= 0) return null;
    if (namesOffice(ts.slice(open + 1, end - 1))) office = [open + 1, end - 1];
    else if (namesHolder(ts.slice(open + 1, end - 1))) holder = [open + 1, end - 1];
    end = open;
  }
  const comma = labelShaped(ts, end);
  if (comma === null) return null;
  const words = ts.slice(0, end).filter((t) => t.word);
  // "NEW YORK:": a dateline, not a speaker, unless a title shows a person the tagger took for a
  // place ("Spokesperson Marsh:") or the caller knows the label returns (`places`).
  if (!places && words.every((t) => t.tags.has('Place')) && !words.some(isTitleWord)) return null;
  // "SPOKESPERSON – Ana Roe:": the role first, its holder after the dash; a dash between no title
  // and a name ("Kessel – Monday:") sets off nothing.
  const dashed = comma >= 0 && DASHES.has(ts[comma]!.text);
  if (dashed && !ts.slice(0, end).some(isTitleWord)) return null;
  if (dashed && isTitleWord(ts[0]!) && namesHolder(ts.slice(comma + 1, end))) holder = [comma + 1, end];
  const nameEnd = comma >= 0 ? comma : end;
  const title: [number, number] | null = comma >= 0 ? [comma + 1, end] : office;
  const role = roleOf(ts, nameEnd, colon === ts.length - 1);
  // "Spokesperson (Ana Roe):", "Spokesperson – Ana Roe:": the role's holder named after it.
  const dashedHolder = !!holder && comma >= 0 && holder[0] === comma + 1;
  const colonLabel = (fields: Pick<Label, 'nameEnd' | 'title' | 'role' | 'nameWords' | 'titled'>): Label => ({
    start: 0,
    labelEnd: colon + 1,
    paired: false,
    roster: false,
    ...fields,
  });
  // "The Minister of State, Department for Transport (Mr Colin Ashby):": an office opening the label.
  const office0 = ts[0]!.lower === 'the' ? 1 : 0;
  const opensWithOffice = isTitleWord(ts[office0]!) && !isHonorific(ts[office0]!);
  if (holder && (dashedHolder || (role === 'role' && comma < 0) || opensWithOffice))
    return colonLabel({
      nameEnd: holder[1],
      title: dashedHolder ? [0, comma] : opensWithOffice ? [office0, comma >= 0 ? comma : end] : [0, end],
      role: 'person',
      nameWords: ts.slice(holder[0], holder[1]).map(bare),
      titled: true,
    });
  const nameWords =
    role !== 'person'
      ? []
      : ts
          .slice(0, nameEnd)
          .filter((t, k) => t.word && !isTitleWord(t) && !LABEL_LINKS.has(t.lower) && !(k > 0 && isPostNominal(t)))
          .map(bare);
  return colonLabel({ nameEnd, title, role, nameWords, titled: !!office || ts.slice(0, end).some(isTitleWord) });
}

/**
 * Marks a transcript may print before every label: ">>" of captioned speech, a bullet, a dash.
 * Emphasis ("**") and recording times are parseLabel's.
 */
const LEAD_MARK = /^(?:>+|[\u2022\u00b7\u25aa\u2013\u2014-])$/u;
/** Marks before a label at most ("> >", "- -"). */
const MAX_LEAD_MARKS = 2;
/** Tokens of a label in a grammar the text shows (titles, a name, dots of honorifics, one comma). */
const MAX_CANDIDATE_TOKENS = 12;
/** How a label ends: a colon, a dash or a full stop before the words. */
type Terminator = ':' | '-' | '.';

/** A paragraph's opening that would be a label if the text printed its labels that way. */
interface Candidate {
  /** Lead marks before it. */
  lead: number;
  /** The terminator's token index. */
  end: number;
  /** Lead marks, terminator and case: what repeats across a transcript's labels. */
  form: string;
  /** Its words in lower case: the same speaker's label repeats it. */
  key: string;
}

/**
 * The opening run of a paragraph up to a colon, a dash, or a full stop, shaped as a
 * label (capitalised words, link words, honorifics' dots, one comma), with the words after it a
 * sentence; null otherwise. Whether it is one is the text's to say (discoverLabels).
 */
function labelCandidate(ts: readonly Token[]): Candidate | null {
  let lead = 0;
  while (lead < ts.length && lead < MAX_LEAD_MARKS && LEAD_MARK.test(ts[lead]!.text)) lead++;
  let end = lead;
  let comma = false;
  let kind: Terminator | null = null;
  for (; end < ts.length && end - lead <= MAX_CANDIDATE_TOKENS; end++) {
    const t = ts[end]!;
    if (t.word) {
      if (!capitalized(t) && !(end > lead && LABEL_LINKS.has(t.lower))) return null;
      continue;
    }
    if (end === lead) return null;
    if (t.text === ':') kind = ':';
    else if (DASHES.has(t.text)) kind = '-';
    else if (t.text === '.') kind = '.';
    else if ((t.text === ',' || t.text === '/') && !comma) {
      // "ANA ROE, HARBOUR RADIO:", "ANA ROE/HARBOUR RADIO:": one mark sets the outlet or title off.
      comma = true;
      continue;
    } else return null;
    break;
  }
  if (!kind || !ts[end - 1]?.word) return null;
  // The words after the label are speech: a sentence's end, or more words than a heading's.
  const rest = ts.slice(end + 1).filter((t) => !DASHES.has(t.text));
  if (!rest.length || !rest[0]!.word || !capitalized(rest[0]!)) return null;
  if (!SENTENCE_FINAL.test(rest[rest.length - 1]!.text) && rest.length <= MAX_HEADING_WORDS) return null;
  const words = ts.slice(lead, end).filter((t) => t.word);
  // "Yes." and "Thanks -" open answers; a one-word label ending in a full stop must say a role.
  if (
    kind === '.' &&
    words.length === 1 &&
    !namesRole(words[0]!) &&
    !FIRST_WORD_ROLES.some(([, w]) => w.has(bare(words[0]!)))
  )
    return null;
  const upper = words.every((t) => t.text === t.text.toUpperCase());
  const marks = ts
    .slice(0, lead)
    .map((t) => (DASHES.has(t.text) ? '-' : t.text))
    .join('');
  return { lead, end, form: `${marks}|${kind}|${upper ? 'upper' : 'mixed'}`, key: words.map(bare).join(' ') };
}

/** Labels of one form: at least this many, and one speaker's returning, show the text's grammar. */
const MIN_FORM_LABELS = 3;

/**
 * The labels a transcript prints in a form of its own ("Ana Roe - …", ">> ANA ROE: …", "Reporter.
 * …"): paragraphs opening the same way (lead marks, terminator, case) where one label returns and
 * another stands beside it, or one returns three times, are its labels, whatever words they hold; a
 * label seen once counts when it has the form the repeats show. `parsed` are the labels read
 * without the text's help, kept as they are.
 */
export function discoverLabels(
  tokens: readonly (readonly Token[])[],
  parsed: readonly (Label | null)[],
): Array<Label | null> {
  // Labels read without the text's help count towards the forms too ("MINISTER VALE:" beside "ANA ROE/RADIO:").
  const all = tokens.map(labelCandidate);
  const candidates = all.map((c, p) => (parsed[p] ? null : c));
  const keysOf = new Map<string, Map<string, number>>();
  for (const c of all) {
    if (!c) continue;
    const keys = keysOf.get(c.form) ?? new Map<string, number>();
    keys.set(c.key, (keys.get(c.key) ?? 0) + 1);
    keysOf.set(c.form, keys);
  }
  const shown = (form: string) => {
    const counts = [...keysOf.get(form)!.values()];
    const total = counts.reduce((a, b) => a + b, 0);
    const top = counts.reduce((a, b) => Math.max(a, b), 0);
    return total >= MIN_FORM_LABELS && top >= 2 && (counts.length >= 2 || top >= MIN_FORM_LABELS);
  };
  return parsed.map((l, p) => {
    const c = candidates[p];
    if (l || !c || !shown(c.form)) return l;
    return asLabel(tokens[p]!, c);
  });
}

/** A candidate read as a label: its words up to a colon standing for its terminator, shifted past its lead marks. */
function asLabel(ts: readonly Token[], c: Candidate): Label | null {
  // The slash setting a title off reads as the comma labels print elsewhere.
  const body = ts.slice(c.lead, c.end).map((t) => (t.text === '/' ? { ...t, text: ',', lower: ',' } : t));
  const colon: Token = { ...ts[c.end]!, text: ':', lower: ':', word: false, kind: 'punct' };
  const label = plainLabel([...body, colon, ...ts.slice(c.end + 1)]);
  if (!label || label.labelEnd !== body.length + 1) return null;
  const shift = (r: [number, number] | null): [number, number] | null => r && [r[0] + c.lead, r[1] + c.lead];
  return {
    ...label,
    start: c.lead,
    nameEnd: label.nameEnd + c.lead,
    labelEnd: label.labelEnd + c.lead,
    title: shift(label.title),
  };
}

/** First words of a label that asks and names no voice ("Q:", "QUESTION:"). */
const ASKING_LABELS = set('q question questions');

/**
 * The labels of a transcript, with "Speaker 2:" read as an answering voice where the questions
 * have labels of their own ("Q:" then "SPEAKER 2:"); elsewhere a numbered voice is the audience's.
 */
export function numberedVoices(tokens: readonly (readonly Token[])[], labels: readonly (Label | null)[]) {
  const firstWord = (p: number, l: Label) => bare(tokens[p]![l.start]!);
  const numbered = (p: number, l: Label) => /^\d+$/.test(tokens[p]![l.nameEnd - 1]!.text);
  const asks = labels.some((l, p) => l?.role === 'question' && ASKING_LABELS.has(firstWord(p, l)));
  if (!asks) return labels;
  return labels.map((l, p) => (l?.role === 'question' && numbered(p, l) ? { ...l, role: 'role' as const } : l));
}

/** What may stand between a question word and its asker: "QUESTION – Ana Roe", "Question from Ana Roe", "Question (Harbour Radio)". */
const ASKER_LINKS = set('from by (');
/** Words of a name in a label alone on its line ("DEPUTY GOVERNOR ANA MARIA ROE"). */
const MAX_LINE_LABEL_NAME = 3;

/**
 * "DEPUTY GOVERNOR ANA ROE", "THE PRESIDENT", "QUESTION – Jon Vale, Harbour Radio": a turn's label
 * printed alone on its line without a colon: titles then a person's name, a role, or a question word,
 * a dash and the asker. A line like that may also be a letterhead or a byline, so transcript.ts reads
 * these as labels only where several of them open turns of a transcript.
 */
export function lineLabel(ts: readonly Token[]): Label | null {
  const first = ts[0];
  if (!first?.word || ts.some((t) => t.text === ':')) return null;
  if (ASKING_LABELS.has(bare(first)) && (ts.length === 1 || DASHES.has(ts[1]!.text) || ASKER_LINKS.has(ts[1]!.lower)))
    return { ...oneWord('question'), labelEnd: ts.length };
  const words = ts.filter((t) => t.word);
  const shaped = ts.every((t, k) => (t.word ? capitalized(t) : t.text === '.' && k > 0 && ts[k - 1]!.word));
  const lead = first.lower === 'the' ? 1 : 0;
  if (!shaped || !words[lead] || !isTitleWord(words[lead]) || words.length > MAX_LABEL_WORDS) return null;
  const role = roleOf(ts, ts.length, true);
  if (role === 'role') return { ...oneWord('role'), nameEnd: ts.length, labelEnd: ts.length, titled: true };
  const name = words.slice(lead).filter((t) => !isTitleWord(t) && !LABEL_LINKS.has(t.lower));
  const person =
    role === 'person' &&
    name.length > 0 &&
    name.length <= MAX_LINE_LABEL_NAME &&
    !name.some((t) => ORG_HEADS.has(t.lower) || t.tags.has('Place')) &&
    readsAsPerson(name);
  if (!person) return null;
  return {
    start: 0,
    nameEnd: ts.length,
    labelEnd: ts.length,
    title: null,
    role,
    nameWords: name.map(bare),
    titled: true,
    paired: false,
    roster: false,
  };
}

/** A reporter's role ("Senior Correspondent"), which no official holds. */
export const PRESS_ROLES = set(`correspondent correspondents reporter reporters writer writers editor editors columnist
  journalist journalists contributor photographer staff`);
/** Bodies a label's note may name for the speaker who answers for them ("Roe (Ministry of Finance):"). */
const ANSWERING_BODIES = set('ministry department office secretariat commission agency');

/** "Ministry of Finance": a body, not a title, opens the words. */
export const namesBody = (ts: readonly Token[]) => !!ts[0] && ANSWERING_BODIES.has(ts[0].lower);

/** Words of a name in a label's note after a role ("Spokesperson (Ana Roe):"). */
const MAX_NOTE_NAME_WORDS = 4;

/**
 * A person's name reads as one: a word the tagger knows as a name, or words it knows as no common
 * noun ("Edda Brunvik"); "Harbour Watch" is common nouns, an organisation's name.
 */
const readsAsPerson = (note: readonly Token[]) =>
  note.some((t) => t.tags.has('Person')) || !note.some((t) => t.tags.has('Singular') || t.tags.has('Plural'));

/**
 * A label's note naming a person: two to four capitalised words read as a person's name, no title,
 * place, body ("Ministry of …", "… Council") or note of how the words reach us.
 */
function namesHolder(withStyle: readonly Token[]): boolean {
  // "(Mr Colin Ashby)": an honorific, with its dot, before the name.
  let from = 0;
  while (from < withStyle.length && (isHonorific(withStyle[from]!) || withStyle[from]!.text === '.')) from++;
  const note = withStyle.slice(from);
  return (
    note.length >= 2 &&
    note.length <= MAX_NOTE_NAME_WORDS &&
    note.every((t) => capitalized(t) && !isTitleWord(t) && !INTERPRETERS.has(t.lower)) &&
    !note.every((t) => t.tags.has('Place')) &&
    !namesBody(note) &&
    !ORG_HEADS.has(note[note.length - 1]!.lower) &&
    readsAsPerson(note)
  );
}

/** A label's note naming an office: a title ("(Spokesperson)", "(Chief Medical Officer)") or a body; no reporter's. */
function namesOffice(note: readonly Token[]): boolean {
  if (!note.length || !note.every((t) => t.word || t.text === ',') || note.some((t) => PRESS_ROLES.has(t.lower)))
    return false;
  return namesBody(note) || note.some((t) => isTitleWord(t) && !HONORIFICS.has(bare(t)));
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
  // Sharing out the questions: "We have time for two questions. The first goes to …"
  'time for one question',
  'time for two questions',
  'time for a few questions',
  'time for one more',
  'first goes to',
  'next goes to',
  'question goes to',
  'question comes from',
  'questions come from',
  'question is from',
  // Passing a question on to a colleague: "Jon, do you want to add anything?"
  'do you want to comment',
  'do you want to add',
  'would you like to comment',
  'would you like to add',
  'anything to add',
  'want to take that',
  'want to take this',
  'want to jump in',
  // Closing the proceedings: "That concludes today's briefing."
  'that concludes',
  'this concludes',
  'that brings us to the end',
  'that wraps up',
].map((p) => p.split(' '));

const norm = (t: Token) => (t.lower.includes('’') ? t.lower.replace(/’/g, "'") : t.lower);
/** The hand-off phrases by their first word: a sentence's words are each looked up once. */
const HANDOFFS_BY_FIRST = new Map<string, string[][]>();
for (const phrase of HANDOFFS) {
  const list = HANDOFFS_BY_FIRST.get(phrase[0]!);
  if (list) list.push(phrase);
  else HANDOFFS_BY_FIRST.set(phrase[0]!, [phrase]);
}

/** Words of a bare acknowledgement ("Yes.", "Great, thanks very much."), which neither states nor hands on. */
const ACKNOWLEDGEMENTS = set(
  "yes yeah yep okay ok great good sure thanks thank you very much all right so well sir ma'am",
);
const acknowledges = (ts: readonly Token[], from: number, to: number) =>
  ts.slice(from, to).every((t) => !t.word || ACKNOWLEDGEMENTS.has(norm(t)));
/** Words before the one a chair calls on: "I call Mr Hale.", "I now recognise Senator Roe." */
const CALLING = [
  'i call',
  'i now call',
  'i recognize',
  'i now recognize',
  'i recognise',
  'i now recognise',
  'i give the floor to',
].map((p) => p.split(' '));
const MAX_CALLED_WORDS = 4;
/** Offices a chair calls on by seat or portfolio: "The member for Greywater.", "The Minister for Health." */
const CALLED_OFFICES = set('member minister senator secretary leader deputy treasurer premier');
const CALLED_LEADS = set('the honourable honorable hon right');

/** "The member for Greywater.", "The honourable Minister for Transport.": a seat or portfolio called on, no verb. */
function callsOnSeat(words: readonly Token[]): boolean {
  let k = 0;
  while (k < words.length && CALLED_LEADS.has(bare(words[k]!))) k++;
  if (!CALLED_OFFICES.has(words[k]?.lower ?? '') || !['for', 'of'].includes(words[k + 1]?.lower ?? '')) return false;
  const seat = words.slice(k + 2);
  return (
    seat.length > 0 && seat.length <= MAX_CALLED_WORDS && seat.every((t) => capitalized(t) || LABEL_LINKS.has(t.lower))
  );
}

/** Names a briefer calls on with a question mark: "Yes, Edie?", "Mira?", "Yes, please, Jon Ferris?". */
const MAX_ASKED_NAME_WORDS = 2;

/** "Yes, Edie?": acknowledgements, then one or two words the tagger reads as a name ("Why?" is none), then a question mark. */
function asksName(ts: readonly Token[], from: number, to: number): boolean {
  if (ts[to - 1]?.text !== '?') return false;
  const all = ts.slice(from, to - 1).filter((t) => t.word);
  let k = 0;
  while (k < all.length && (ACKNOWLEDGEMENTS.has(norm(all[k]!)) || all[k]!.lower === 'please')) k++;
  const name = all.slice(k);
  return (
    name.length > 0 &&
    name.length <= MAX_ASKED_NAME_WORDS &&
    name.every((t) => capitalized(t) && t.tags.has('ProperNoun'))
  );
}

/**
 * Calling on the next speaker by name: "Casey Lane, please.", "Ms de Wit.", "I call Mr Okonjo.",
 * the name after a title or honorific unless "please" or a calling verb says it.
 */
function callsOn(ts: readonly Token[], from: number, to: number): boolean {
  const all = ts.slice(from, to).filter((t) => t.word);
  if (callsOnSeat(all) || asksName(ts, from, to)) return true;
  const verb = CALLING.find((phrase) => phrase.every((w, k) => all[k] && norm(all[k]) === w));
  const please = all[all.length - 1]?.lower === 'please';
  const words = all.slice(verb?.length ?? 0, please ? -1 : undefined);
  if (!words.length || words.length > MAX_CALLED_WORDS || !capitalized(words[0]!)) return false;
  if (!words.every((t) => capitalized(t) || LABEL_LINKS.has(t.lower))) return false;
  // "Paulo Ferrante.": a full name alone, its first word a first name, calls the next questioner too.
  const fullName = words.length >= 2 && words.length <= 3 && words[0]!.tags.has('FirstName');
  return !!verb || (please ? words.length <= 3 : (words.length >= 2 && isTitleWord(words[0]!)) || fullName);
}

function holdsHandoff(ts: readonly Token[], from: number, to: number): boolean {
  if (callsOn(ts, from, to)) return true;
  for (let i = from; i < to; i++) {
    for (const phrase of HANDOFFS_BY_FIRST.get(norm(ts[i]!)) ?? []) {
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
  // The first sentence decides alone when it hands nothing on (the usual case): the rest are read only then.
  if (kept.length === 0 || !holdsHandoff(ts, kept[0]![0], kept[0]![1])) return true;
  const handoffs = kept.filter(([s, e]) => holdsHandoff(ts, s, e)).length;
  return 2 * handoffs < kept.length;
}

/** "p.m.", "am": the half of the day after a clock time. */
const MERIDIEM = /^[ap]\.?m\.?$/;
/** "12.40 p.m.", "3:15", "5 pm": a clock time at token `i`. */
const clockAt = (ts: readonly Token[], i: number) =>
  /^\d{1,2}$/.test(ts[i]!.text) &&
  (MERIDIEM.test(ts[i + 1]?.lower ?? '') ||
    ((ts[i + 1]?.text === ':' || ts[i + 1]?.text === '.') && /^\d{2}$/.test(ts[i + 2]?.text ?? '')));
/** A transcriber's closing line is short: "The Committee adjourned at 12.40 p.m." */
const MAX_CLOSING_WORDS = 10;

/**
 * "The Committee adjourned at 12.40 p.m.", "The briefing ended at 3:15 pm.": a short line naming the
 * hour the proceedings stopped, in no one's person, which a transcript prints after its last turn;
 * or an editor's note on how the words were edited.
 */
export function closingNote(ts: readonly Token[]): boolean {
  const words = ts.filter((t) => t.word);
  if (!words.length || words.length > MAX_CLOSING_WORDS + 2 || speaksInPerson(ts)) return false;
  return (
    (words.length <= MAX_CLOSING_WORDS && ts.some((_, i) => clockAt(ts, i))) ||
    (words.some((t) => EDITED.has(t.lower)) && words.some((t) => EDITED_TEXTS.has(t.lower)))
  );
}

/** "This interview has been edited for length and clarity.": an editor's note on the words above. */
const EDITED = set('edited condensed abridged shortened');
const EDITED_TEXTS = set('interview transcript conversation exchange remarks answers responses text');

/** Words of a transcriber's note inside a turn: what the room did, what went unheard, how the words reach us. */
const NARRATION_WORDS = set(`laughter laughs laughing applause inaudible unintelligible indiscernible crosstalk
  cross-talk pause silence coughs interruption interrupts interrupted interpreter interpretation interpreted translation translated
  speaks speaking continues off-mic sic ph`);
/** A transcriber's note is short: "(Laughter.)", "[inaudible]", "(Speaks in Varnian.)". */
const MAX_NARRATION_WORDS = 6;
const CLOSING = new Map([
  ['(', ')'],
  ['[', ']'],
]);

/**
 * The transcriber's notes inside a turn from token `from`, as token ranges, brackets included:
 * "(Laughter.)", "[inaudible]", "(In French.)", "(Through an interpreter.)", standing between
 * sentences or at either end: a bracket holding a note's word or a language after "in". A speaker's
 * own aside ("we set up the fund. (which we did) …", "(The Ministry publishes it today.)") is no note.
 */
export function narrations(ts: readonly Token[], from: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = from; i < ts.length; i++) {
    const close = CLOSING.get(ts[i]!.text);
    if (!close) continue;
    let end = i + 1;
    while (end < ts.length && end - i <= MAX_NARRATION_WORDS * 2 && ts[end]!.text !== close) end++;
    if (ts[end]?.text !== close) continue;
    const note = ts.slice(i + 1, end).filter((t) => t.word);
    // A note between sentences or at an end; one inside a sentence ("to sign [inaudible] before May")
    // marks a gap in words the speaker did say, and the quote runs on over it.
    const placed = i === from || SENTENCE_FINAL.test(ts[i - 1]!.text) || ts.slice(end + 1).every((t) => !t.word);
    const language = note[0]?.lower === 'in' && note.length === 2 && capitalized(note[1]!);
    const noted = note.some((t) => NARRATION_WORDS.has(bare(t))) || language;
    if (placed && note.length && note.length <= MAX_NARRATION_WORDS && !note.some((t) => /\d/.test(t.text)) && noted)
      out.push([i, end + 1]);
    i = end;
  }
  return out;
}

/** Nouns that make a header line a transcript's: "transcript of today's briefing by X". */
const TRANSCRIPT_NOUNS = set('transcript transcription');
/** Nouns of a header that sums up what someone said: "Highlights of the noon briefing by X". */
const SUMMARY_NOUNS = set('highlights summary');
/** What such a summary must be of to be that person's words. */
const SPOKEN_NOUNS = set('briefing remarks conference statement address');
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
  const summary = noun >= 0 && SUMMARY_NOUNS.has(ts[noun]!.lower);
  if (noun < 0 || !(summary || TRANSCRIPT_NOUNS.has(ts[noun]!.lower))) return null;
  const link = ts.findIndex(
    (t, i) => i > noun && TRANSCRIPT_LINKS.has(t.lower) && !!ts[i + 1] && capitalized(ts[i + 1]!),
  );
  if (link < 0) return null;
  // "Highlights of the noon briefing by X": a summary credits X only when it is of spoken words.
  if (summary && !ts.slice(noun + 1, link).some((t) => SPOKEN_NOUNS.has(t.lower))) return null;
  return { noun, link };
}

/** Nouns of a title line that names its speakers: "Remarks by X", "Press Briefing by X and Y". */
const HEADER_NOUNS =
  set(`statement statements remarks comments message briefing transcript interview conference answer answers
  availability readout address speech call gaggle roundtable teleconference q&a`);
/** Words that qualify a header noun in a title written in sentence case ("Joint statement", "Opening remarks"). */
const HEADER_MODIFIERS = set(`joint press media news regular daily weekly opening closing concluding introductory
  keynote welcome special written video final official doorstop radio television tv telephone phone exclusive
  live virtual online`);
/** Of those, the ones whose "with X" names a speaker ("Interview with X"; a "Call with X" is a meeting). */
const WITH_NOUNS = set('interview briefing availability conference gaggle roundtable q&a');
/** Of those, the ones whose "from X" or "of X" names a speaker ("Statement of the Embassy", "Message from X"). */
const FROM_NOUNS = set('statement statements message remarks comments address speech interview');
/** Nouns of a series prefix whose speaker follows the colon ("Transcript: Ana Roe, press conference, Vale"). */
const PREFIX_NOUNS = set('transcript remarks speech address statement comments');
/** The noun stands among a title line's first words ("Department Press Briefing by …"). */
const MAX_NOUN_AT = 6;
/** Marks that end a series name before a title line ("Defence Update: Press Briefing by …"). */
const TITLE_PREFIX_ENDS = set(': |');
/**
 * Words that end a speaker in a title line: "Statement by X on …", "Remarks by X at …", "Press
 * Gaggle by X Aboard …", "Remarks by X Before Departure", "… as Prepared for Delivery".
 */
const TITLE_LINE_STOPS = set(`on regarding about at following after to in with , : | - \u2013 \u2014 (
  aboard before upon during ahead en prior via against alongside amid as into near outside from`);
/** Verbs whose gerund opens a title line's occasion: "Remarks by X Announcing …", "… Honoring Veterans". */
const OCCASION_GERUNDS = set(`announcing celebrating honoring honouring marking commemorating launching unveiling
  welcoming highlighting signing presenting introducing recognizing recognising addressing visiting opening
  closing accepting receiving hosting meeting urging calling discussing delivering reaffirming thanking
  congratulating condemning supporting touting promoting`);
/** Does the word end the speaker a title line names? */
const endsTitleSpeaker = (t: Token) => TITLE_LINE_STOPS.has(t.lower) || OCCASION_GERUNDS.has(t.lower);
/** Words of a name set off after an office in a title line ("by the Press Secretary, Ana ROE"). */
const MAX_APPOSED_NAME = 4;

/** Words of a title set off after a name in a title line ("…, Spokesman for the Secretary-General"). */
const MAX_APPOSED_TITLE = 8;

/**
 * "… by Ana Roe, Spokesman for the Secretary-General": the end of a title after the comma at
 * `comma` (a title word first, then capitalised and link words), or null.
 */
function apposedTitle(ts: readonly Token[], comma: number): number | null {
  if (ts[comma]?.text !== ',' || !ts[comma + 1] || !isTitleWord(ts[comma + 1]!) || isHonorific(ts[comma + 1]!))
    return null;
  let end = comma + 1;
  while (
    end < ts.length &&
    ts[end]!.text !== ',' &&
    !TITLE_PREFIX_ENDS.has(ts[end]!.text) &&
    !DASHES.has(ts[end]!.text)
  )
    end++;
  const title = ts.slice(comma + 1, end);
  const shaped = title.every((t) => t.word && (capitalized(t) || LABEL_LINKS.has(t.lower)));
  return shaped && title.length <= MAX_APPOSED_TITLE ? end : null;
}

/**
 * "… by the Press Secretary, Ana ROE", "Interview with the Minister of Agriculture, Ana Roe": the end
 * of a name of two to four capitalised words after the comma at `comma`, up to the next stop or the
 * line's end; null when none stands there.
 */
function apposedName(ts: readonly Token[], comma: number): number | null {
  const end = apposedEnd(ts, comma);
  if (end === null || apposedOrganization(ts, comma) !== null) return null;
  const name = ts.slice(comma + 1, end);
  // "…, New York": a place, not the holder.
  const shaped = name.every((t) => capitalized(t) && !isTitleWord(t)) && !name.every((t) => t.tags.has('Place'));
  return shaped && name.length >= 2 && name.length <= MAX_APPOSED_NAME ? end : null;
}

/** Where the words set off by the comma at `comma` end: the next stop of a title line, or its end. */
function apposedEnd(ts: readonly Token[], comma: number): number | null {
  if (ts[comma]?.text !== ',') return null;
  let end = comma + 1;
  while (end < ts.length && !endsTitleSpeaker(ts[end]!)) end++;
  return end;
}

/** Words of an organisation set off after an office ("by the Spokesperson, Coastal Fisheries Agency"). */
const MAX_APPOSED_ORGANIZATION = 8;

/**
 * "Statement by the Spokesperson, Coastal Fisheries Agency, on …": the end of an organisation after
 * the comma at `comma` (capitalised and link words ending in a body's noun: agency, service,
 * ministry …), the office holder's own organisation and no name; null when none stands there.
 */
export function apposedOrganization(ts: readonly Token[], comma: number): number | null {
  const end = apposedEnd(ts, comma);
  if (end === null || end - comma - 1 > MAX_APPOSED_ORGANIZATION || end <= comma + 1) return null;
  const words = ts.slice(comma + 1, end);
  const shaped = capitalized(words[0]!) && words.every((t) => capitalized(t) || LABEL_LINKS.has(t.lower));
  // The body's noun ends it ("… Action Service") or heads it ("Ministry of Fisheries").
  const body =
    ORG_HEADS.has(bare(words[words.length - 1]!)) ||
    ORG_HEADS.has(bare(words[0]!)) ||
    words[words.length - 1]!.tags.has('Organization');
  return shaped && body ? end : null;
}

/**
 * A title line's speakers, as token ranges: "Remarks by X", "Press Briefing by X and Y | Place",
 * "Interview with X", "Spokesperson X’s Regular Press Conference on …". Empty when it is not one.
 */
export function titleLineSpeakers(ts: readonly Token[]): Array<[number, number]> {
  const out = lineSpeakers(ts);
  if (out.length) return out;
  // "Defence Update: Press Briefing by X", "Transcript | Remarks by X": a series name before the title.
  const sep = ts.findIndex((t) => TITLE_PREFIX_ENDS.has(t.text));
  if (sep < 1 || sep > MAX_NOUN_AT || !ts.slice(0, sep).every(capitalized)) return [];
  // "Interview: Minister for Energy Ana Roe on the winter", "Transcript: Ana Roe, doorstop
  // interview, Port Vale": the noun alone, then whom it is with or whose words follow.
  if (sep === 1 && (WITH_NOUNS.has(ts[0]!.lower) || PREFIX_NOUNS.has(ts[0]!.lower))) {
    const named = leadingSpeaker(ts, sep + 1);
    return named ? [named] : [];
  }
  return lineSpeakers(ts.slice(sep + 1)).map(([a, b]) => [a + sep + 1, b + sep + 1]);
}

/**
 * "Minister for Energy Ana Roe on the winter", after "Interview:" or below a line "INTERVIEW": the
 * person a line names from token `from` up to its topic, as a token range, or null (a role names no one).
 */
export function leadingSpeaker(ts: readonly Token[], from: number): [number, number] | null {
  let ceil = from;
  while (ceil < ts.length && !endsTitleSpeaker(ts[ceil]!)) ceil++;
  const named = ts.slice(from, ceil);
  const shaped = named.length > 1 && named.every((t, k) => capitalized(t) || (k > 0 && LABEL_LINKS.has(t.lower)));
  return shaped && !namesRole(ts[ceil - 1]!) ? [from, ceil] : null;
}

/** Words of a line that heads an interview alone ("INTERVIEW", "Exclusive interview", "Q&A"). */
const MAX_INTERVIEW_MARK_WORDS = 3;

/** "INTERVIEW" alone on a line over the line naming whom it is with. */
export const interviewMark = (ts: readonly Token[]) =>
  ts.length > 0 &&
  ts.length <= MAX_INTERVIEW_MARK_WORDS &&
  ts.every((t) => t.word) &&
  INTERVIEW_NOUNS.has(ts[ts.length - 1]!.lower);

/** Nouns of a title line whose text is the speaker's own spoken words: "Speech by X", "Remarks of X". */
const SPOKEN_TITLE_NOUNS = set('speech remarks address');
/** Participles of a line over a speech: "Statement delivered by X at …", "As delivered by X". */
const SPOKEN_PARTICIPLES = set('delivered');
/** Participles of a line over an interview: "Interview given by X to …", "Interview granted by X". */
const GIVEN_PARTICIPLES = set('given granted');

/**
 * "Speech by the Minister for Education, Ana Roe, at …", "Remarks by X": a title line over the
 * text of one speaker's own words, paragraph by paragraph (a "Statement by X" is written, not spoken).
 * The index of the link word before the speaker, or null.
 */
export function spokenTitle(ts: readonly Token[]): number | null {
  const link = ts.findIndex((t, i) => i > 0 && i <= MAX_NOUN_AT + 1 && linksSpeaker(ts, i));
  const spoken =
    link > 0 && (SPOKEN_TITLE_NOUNS.has(ts[link - 1]!.lower) || SPOKEN_PARTICIPLES.has(ts[link - 1]!.lower));
  return spoken && titleLineSpeakers(ts).length === 1 ? link : null;
}

/** Nouns of a title line over an interview: "Interview with X", "Q&A with X", "Interview: X on …". */
const INTERVIEW_NOUNS = set('interview q&a');

/** "Q&A with Ana Roe, chief executive of …", "Interview: Ana Roe on …": a title line over one person's interview. */
export function interviewTitle(ts: readonly Token[]): boolean {
  const noun = ts.findIndex((t, i) => i <= MAX_NOUN_AT && INTERVIEW_NOUNS.has(t.lower));
  const linked = noun >= 0 && (ts[noun + 1]?.lower === 'with' || ts[noun + 1]?.text === ':');
  return linked && titleLineSpeakers(ts).length === 1;
}

/**
 * Is token `i` the link word before a title line's speaker: "Remarks by", "Interview with",
 * "Statement of", "Message from", "Statement attributable to"?
 */
function linksSpeaker(ts: readonly Token[], i: number): boolean {
  const w = ts[i]!.lower;
  const noun = ts[i - 1]!.lower;
  if (w === 'to' && i > 1 && /^attribut(?:able|ed)$/.test(noun)) return HEADER_NOUNS.has(ts[i - 2]!.lower);
  // "Delivered by X", "As delivered by X", "Statement delivered by X"; "Goods delivered by X" names no speaker.
  if (w === 'by' && SPOKEN_PARTICIPLES.has(noun))
    return i === 1 || ts[i - 2]!.lower === 'as' || HEADER_NOUNS.has(ts[i - 2]!.lower);
  if (w === 'by' && GIVEN_PARTICIPLES.has(noun)) return i > 1 && INTERVIEW_NOUNS.has(ts[i - 2]!.lower);
  if (!HEADER_NOUNS.has(noun)) return false;
  if (w === 'by') return true;
  if (w === 'with') return WITH_NOUNS.has(noun);
  // "Statement of Intent" names no one: the speaker after "of"/"from" opens with "the" or a title,
  // perhaps after a capitalised modifier ("Interview of Foreign Minister X").
  const titled = (k: number) => !!ts[k] && isTitleWord(ts[k]!);
  return (
    (w === 'of' || w === 'from') &&
    FROM_NOUNS.has(noun) &&
    !!ts[i + 1] &&
    (ts[i + 1]!.lower === 'the' || titled(i + 1) || (capitalized(ts[i + 1]!) && titled(i + 2)))
  );
}

/** Words of a portfolio between its link word and an "and" ("Minister of Trade and Industry"). */
const MAX_PORTFOLIO_WORDS = 3;

/**
 * "by Minister of Trade and Industry Ana Roe": is the "and" at `and` inside the portfolio of a title
 * opening at `from`? It is when what stands before it is a title, "of" or "for", and a few
 * capitalised words no name ends, an office word on either side, and a capitalised word that is no
 * title or article follows it;
 * "by Minister of Trade Ana Roe and Governor Jon Vale" names two speakers.
 */
function insidePortfolio(ts: readonly Token[], from: number, and: number): boolean {
  const link = ts.findIndex((t, k) => k > from && k < and && (t.lower === 'of' || t.lower === 'for'));
  if (link < 0 || !ts.slice(from, link).some(isTitleWord)) return false;
  const portfolio = ts.slice(link + 1, and);
  const last = portfolio[portfolio.length - 1];
  const next = ts[and + 1];
  return (
    !!last &&
    !!next &&
    portfolio.length <= MAX_PORTFOLIO_WORDS &&
    portfolio.every((t) => capitalized(t) || LABEL_LINKS.has(t.lower)) &&
    !last.tags.has('LastName') &&
    // An office word on one side of "and": unfamiliar names are what the tagger misses as surnames
    // ("Minister of Ports Tiit Saar and Aigerim Bekova" names two people).
    (OFFICE_WORDS.has(last.lower) || OFFICE_WORDS.has(next.lower)) &&
    capitalized(next) &&
    !isTitleWord(next) &&
    next.lower !== 'the'
  );
}

/** Nouns of a record of someone's own words, before "of" and its owner ("Text of X’s Address"). */
const RECORD_NOUNS = set('transcript transcripts text record');

/**
 * Where the owner ending at the possessive `owner` starts: the line's first word ("Spokesperson X’s
 * Press Conference"), or the word after "of" when a record's noun opens the line ("Transcript of PM
 * X’s Press Conference"; a "Readout of X’s Call" reports X, it does not record her words); -1 when
 * the line is shaped otherwise.
 */
function possessiveOwnerFrom(ts: readonly Token[], owner: number): number {
  let from = owner;
  while (from > 0 && capitalized(ts[from - 1]!)) from--;
  if (from === 0) return 0;
  const opened = from >= 2 && ts[from - 1]!.lower === 'of' && RECORD_NOUNS.has(ts[from - 2]!.lower);
  return opened && ts.slice(0, from - 1).every(capitalized) ? from : -1;
}

function lineSpeakers(ts: readonly Token[]): Array<[number, number]> {
  // "Spokesperson X’s Regular Press Conference": the possessive names the speaker.
  const owner = ts.findIndex((t, i) => i <= MAX_NOUN_AT && /['’]s$/.test(t.text));
  const ownerFrom = owner > 0 ? possessiveOwnerFrom(ts, owner) : -1;
  if (ownerFrom >= 0) {
    let k = owner + 1;
    while (k < ts.length && k - owner <= 4 && capitalized(ts[k]!) && !HEADER_NOUNS.has(ts[k]!.lower)) k++;
    if (k < ts.length && HEADER_NOUNS.has(ts[k]!.lower)) return [[ownerFrom, owner + 1]];
  }
  const link = ts.findIndex((t, i) => i > 0 && i <= MAX_NOUN_AT + 1 && linksSpeaker(ts, i));
  // A title in sentence case ("Joint statement by", "Opening remarks by") keeps its later words in
  // lower case: header nouns and the words that qualify them, opening with one of those, never a
  // verb or an article ("He made a statement by …", "The speech by the minister was …").
  const headerWord = (t: Token) => HEADER_NOUNS.has(t.lower) || HEADER_MODIFIERS.has(t.lower);
  const sentenceCase = !!ts[0] && headerWord(ts[0]);
  const lead = (t: Token, k: number) =>
    capitalized(t) ||
    /^attribut/.test(t.lower) ||
    SPOKEN_PARTICIPLES.has(t.lower) ||
    GIVEN_PARTICIPLES.has(t.lower) ||
    (sentenceCase && k > 0 && headerWord(t));
  if (link < 0 || !ts.slice(0, link).every(lead)) return [];
  let ceil = link + 1;
  while (ceil < ts.length && !endsTitleSpeaker(ts[ceil]!)) ceil++;
  // "by A and B": one speaker per conjunct.
  const out: Array<[number, number]> = [];
  let from = link + 1;
  for (let i = from; i <= ceil; i++) {
    if (i < ceil && !(ts[i]!.lower === 'and' || ts[i]!.text === '&')) continue;
    if (i < ceil && insidePortfolio(ts, from, i)) continue;
    // "Statement by" ending the line, or "by A and" with nothing after the link: no speaker here.
    if (i === from) {
      from = i + 1;
      continue;
    }
    // "Briefing with Senior Official": a role names no one; "Statement by the Spokesperson" names its holder.
    const office = namesRole(ts[i - 1]!) || (ts[from]!.lower === 'the' && ts.slice(from, i).some(isTitleWord));
    // "by the Press Secretary, Ana ROE", "by Ana Roe, Spokesman for the Secretary-General".
    // "by the Spokesperson, Coastal Fisheries Agency": the holder's organisation, named after the office.
    const holder =
      i !== ceil ? null : office ? (apposedName(ts, ceil) ?? apposedOrganization(ts, ceil)) : apposedTitle(ts, ceil);
    if (holder !== null) out.push([from, holder]);
    else if (i > from && (!namesRole(ts[i - 1]!) || heldOffice(ts, from, i))) out.push([from, i]);
    from = i + 1;
  }
  return out;
}

/** Nouns of a release's credit line: "Quote from X, Title:", "Comments from X:", "Quotes attributable to X:". */
const CREDIT_NOUNS = set('quote quotes comment comments');
const CREDIT_LINKS = set('from by of');

/**
 * "Quote from Jane Roe, Chief Executive of X:" alone on its line, handing the paragraphs below to
 * the speaker it names: the token index of the link word before the speaker, or null.
 */
export function creditLine(ts: readonly Token[]): number | null {
  const lead = ts[0]?.lower === 'and' || ts[0]?.lower === 'a' ? 1 : 0;
  if (!CREDIT_NOUNS.has(ts[lead]?.lower ?? '')) return null;
  // "Quotes attributable to X:": the link is the "to".
  const attributed = /^attribut(?:able|ed)$/.test(ts[lead + 1]?.lower ?? '') && ts[lead + 2]?.lower === 'to';
  const link = attributed ? lead + 2 : lead + 1;
  if (!attributed && !CREDIT_LINKS.has(ts[link]?.lower ?? '')) return null;
  if (ts[ts.length - 1]?.text !== ':' || !ts[link + 1] || !capitalized(ts[link + 1]!)) return null;
  return link;
}

/**
 * "Her Honour Judge Ana Roe said:", "The Minister added:": a line that ends in a speech verb and a
 * colon, with the words below it. The verb's token index, or null.
 */
export function saidLine(ts: readonly Token[]): number | null {
  const verb = ts.length - 2;
  if (verb < 1 || ts[verb + 1]!.text !== ':') return null;
  return cueAt(ts, verb)?.after === verb + 1 ? verb : null;
}

/** Words of a speaker talking in the first or second person. */
const PERSONAL = set('i we you me us my our your mine ours yours');
/** Does the paragraph speak in the first or second person ("I take into account …", "You drove …")? */
export const speaksInPerson = (ts: readonly Token[]) => ts.some((t) => t.word && PERSONAL.has(norm(t)));

/** A wire dateline stands in a paragraph's first tokens. */
const MAX_DATELINE_TOKENS = 16;

/**
 * "BEIJING, Oct. 31 (Xinhua) -- China said …", "CITY, N.C.--(WIRE)--Company …": the index of the
 * first token after a wire dateline opening the paragraph (a place in capitals, a date, an agency,
 * then dashes), or 0 when there is none. The dateline is not part of the first sentence.
 */
export function datelineEnd(ts: readonly Token[]): number {
  const first = ts[0];
  if (!first?.word || first.text.length < 3 || first.text !== first.text.toUpperCase() || /\d/.test(first.text))
    return 0;
  for (let i = 1; i < Math.min(ts.length, MAX_DATELINE_TOKENS); i++) {
    const t = ts[i]!;
    if (DASHES.has(t.text)) {
      let k = i;
      while (k < ts.length && DASHES.has(ts[k]!.text)) k++;
      if (ts[k]?.word) return k;
      i = k - 1;
    } else if (t.word ? !/^[\p{Lu}\d]/u.test(t.text) : !/^[,.()/]$/.test(t.text)) return 0;
  }
  return 0;
}

/** An abbreviation a text defines for a speaker: two to six capitals ("PMS", "PMOS", "SG"). */
export const ABBREVIATION = /^\p{Lu}{2,6}$/u;
/** Words of the phrase an abbreviation stands for, besides capitalised ones ("the Spokesperson for the …"). */
const DEFINED_LINKS = set('of for the to');

/**
 * "… by the Prime Minister's Official Spokesperson (PMOS), …": each abbreviation defined in
 * brackets after a capitalised phrase, with the token range of that phrase ("the" kept, so that
 * it reads as an office's holder).
 */
export function abbreviationsDefined(ts: readonly Token[]): Array<[abbreviation: string, from: number, to: number]> {
  const out: Array<[string, number, number]> = [];
  for (let i = 1; i + 2 < ts.length; i++) {
    if (ts[i]!.text !== '(' || ts[i + 2]!.text !== ')' || !ABBREVIATION.test(ts[i + 1]!.text)) continue;
    let from = i;
    while (from > 0 && (capitalized(ts[from - 1]!) || (from < i && DEFINED_LINKS.has(ts[from - 1]!.lower)))) from--;
    while (from < i && DEFINED_LINKS.has(ts[from]!.lower) && ts[from]!.lower !== 'the') from++;
    // "Remarks of the Deputy Spokesperson (DSP)": the office opens at its article.
    const article = ts.findIndex((t, k) => k >= from && k < i && t.lower === 'the');
    if (article >= 0) from = article;
    // The phrase ends in a title: an office's holder, not a body ("Office for National Statistics (ONS)").
    if (from < i && isTitleWord(ts[i - 1]!) && !HONORIFICS.has(bare(ts[i - 1]!)))
      out.push([ts[i + 1]!.text.toLowerCase(), from, i]);
  }
  return out;
}

/** The key a "Name -- Title" label gives its name: its name words, in order. */
export const rosterKey = (words: readonly string[]) => words.join(' ');

/**
 * "Ana Roe" alone on its line, in a call transcript whose roster ("Ana Roe - Chief Executive
 * Officer") names her: a label of the same role. `roster` maps rosterKey(name words) to the
 * roster's label; null when the line is not one of those names.
 */
export function rosterNameLine(ts: readonly Token[], roster: ReadonlyMap<string, Label>): Label | null {
  if (!ts.length || ts.length > MAX_DASH_NAME_WORDS || !ts.every((t) => capitalized(t))) return null;
  const known = roster.get(rosterKey(ts.map(bare)));
  return known ? { ...known, nameEnd: ts.length, labelEnd: ts.length, title: null, roster: false } : null;
}

/** Marks that open a list item: "- agreed to …", "• urged …". */
export const BULLET = /^[-\u2013\u2022\u25aa\u00b7*]$/;
/** A list stands right below its lead line; items in between are the same list. */
const MAX_LIST_ITEMS = 12;

/**
 * "The Prime Minister:" over items "- stressed that …", "- urged X to …": the lead is each item's
 * subject. For paragraph `p`, an item opening with a bullet then a lower-case verb, the lead's
 * paragraph and phrase; null otherwise, and for a group ("The leaders:"), whose joint acts are no
 * one's quote.
 */
export function bulletLead(
  tokens: readonly (readonly Token[])[],
  p: number,
): { paragraph: number; phrase: SpeakerPhrase } | null {
  const item = (k: number) => {
    const ts = tokens[k]!;
    return ts.length > 1 && BULLET.test(ts[0]!.text) && ts[1]!.word && /^\p{Ll}/u.test(ts[1]!.text);
  };
  if (!item(p)) return null;
  let lead = p - 1;
  while (lead >= 0 && p - lead <= MAX_LIST_ITEMS && item(lead)) lead--;
  const ts = tokens[lead];
  if (!ts || ts.length < 2 || ts[ts.length - 1]!.text !== ':') return null;
  const phrase = subjectBefore(ts, ts.length - 1, 0);
  if (!phrase || phrase.from !== 0 || phrase.kind === 'pronoun' || phrase.head === 'group') return null;
  return { paragraph: lead, phrase };
}

/** Last words of a header's field listing a committee's members ("Members present:", "In attendance:"). */
const ROLL_FIELDS = set('members present attending attendance');
/** Words of a roll's field before its colon, at most. */
const MAX_ROLL_FIELD_WORDS = 3;
/** Words of a role in a roll ("Deputy Convener"), at most. */
const MAX_ROLL_ROLE_WORDS = 4;

/** One holder of a role a committee's roll names: the role's and the name's tokens. */
export interface RollEntry {
  role: [number, number];
  name: [number, number];
}

/** Tokens [from, to) name a role a label may print alone ("Convener", "Deputy Chair", "Clerk to the Committee")? */
function rollRole(ts: readonly Token[], from: number, to: number): boolean {
  const words = ts.slice(from, to);
  return (
    words.length > 0 &&
    words.length <= MAX_ROLL_ROLE_WORDS &&
    words.every((t) => capitalized(t) || (t.word && LABEL_LINKS.has(t.lower))) &&
    namesOfficeHolder(words[words.length - 1]!)
  );
}

/** Words of a member's name, at most. */
const MAX_ROLL_NAME_WORDS = 4;
/** Tokens [from, to) are a person's name: two to four capitalised words, no title among them. */
const rollName = (ts: readonly Token[], from: number, to: number) =>
  to - from >= 2 &&
  to - from <= MAX_ROLL_NAME_WORDS &&
  ts.slice(from, to).every((t) => capitalized(t) && !isTitleWord(t));

/**
 * The roles a transcript's header gives its members: "Members present: Ada Roe (Convener), Jon
 * Vale (Deputy Convener), …", a line "Convener — Ada Roe" or "Spokesperson: Lin Hao". Members
 * listed without a role hold none.
 */
export function rollRoles(ts: readonly Token[]): RollEntry[] {
  const colon = ts.findIndex((t) => t.text === ':');
  // "Convener — Ada Roe": a role, a dash, a name, alone on the line.
  const dash = ts.findIndex((t) => DASHES.has(t.text));
  if (colon < 0 && dash > 0 && rollRole(ts, 0, dash) && rollName(ts, dash + 1, ts.length))
    return [{ role: [0, dash], name: [dash + 1, ts.length] }];
  // "Spokesperson: Lin Hao": a header's field giving the role's holder, the name alone after the colon.
  if (colon > 0 && rollRole(ts, 0, colon) && rollName(ts, colon + 1, ts.length))
    return [{ role: [0, colon], name: [colon + 1, ts.length] }];
  const field = ts.slice(0, colon).filter((t) => t.word);
  if (colon < 1 || field.length > MAX_ROLL_FIELD_WORDS || !ROLL_FIELDS.has(bare(field[field.length - 1]!))) return [];
  const out: RollEntry[] = [];
  // Entries set off by commas or semicolons: "Ada Roe (Convener)".
  for (let from = colon + 1; from < ts.length;) {
    let to = from;
    while (to < ts.length && ts[to]!.text !== ',' && ts[to]!.text !== ';') to++;
    const open = ts.findIndex((t, i) => i > from && i < to && t.text === '(');
    if (open > 0 && ts[to - 1]!.text === ')' && rollName(ts, from, open) && rollRole(ts, open + 1, to - 1))
      out.push({ role: [open + 1, to - 1], name: [from, open] });
    from = to + 1;
  }
  return out;
}
