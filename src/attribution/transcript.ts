// Transcripts: "MR. NAME: …", "Mao Ning: …", "QUESTION: …", "Q …", "A: …". Each statement paragraph
// of an official's turn is that official's direct quote (cue = the label as printed); questions,
// asides, stage directions, headings and floor hand-offs are not quotes. A transcript without
// labels whose header names its speaker ("transcript of … briefing by X") is X's, paragraph by
// paragraph. The label grammar is in layout.ts; this module links labels to speakers.
import type { SpeakerPhrase } from '../mentions/speaker-np.js';
import { spelledTitle } from '../mentions/lexicon.js';
import { mentionOf, type Context, type Found, type Mention } from './context.js';
import type { Issuers } from './issuers.js';
import {
  abbreviationsDefined,
  closingNote,
  creditLine,
  RANK_WORDS,
  discoverLabels,
  isHonorific,
  isParticle,
  isPostNominal,
  isStatement,
  lineLabel,
  namesBody,
  narrations,
  namesHost,
  namesOfficeHolder,
  parseLabel,
  recordingTime,
  rollRoles,
  rosterKey,
  rosterNameLine,
  numberedVoices,
  saidLine,
  speaksInPerson,
  type Label,
} from './layout.js';
import {
  describe,
  isFiniteVerb,
  parentheticalTitle,
  subjectAfter,
  subjectBefore,
  titleBeforeName,
} from '../mentions/speaker-np.js';
import { opensWithSingle, QUOTE_MARK } from './quote-scan.js';
import { cueAt } from './cue-find.js';
import type { Token } from '../document/tokens.js';
import { STATEMENT_NOUNS } from '../mentions/lexicon.js';

interface Turn {
  label: Label;
  paragraph: number;
  /** Paragraphs [paragraph, end) belong to the turn. */
  end: number;
}

/** One speaker across the forms of their label ("MAJOR GENERAL A B:", then "GEN. B:"). */
const keyOf = (ts: readonly Token[], l: Label) =>
  l.role === 'person' && l.nameWords.length
    ? l.nameWords[l.nameWords.length - 1]!
    : ts
        .slice(l.start, l.nameEnd)
        .filter((t) => t.word)
        .map((t) => t.lower)
        .join(' ');

/** A name's or title's words, a hyphenated one kept whole as labels print it ("ADJEI-MENSAH"). */
const words = (s: string | null): string[] => (s ?? '').toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];

/**
 * A role label's words without its article, its capitals spelled out: "THE VICE PRESIDENT" →
 * ["vice", "president"], "PM" → ["prime", "minister"].
 */
const roleWords = (label: string) => words(spelledTitle(label) ?? label).filter((w) => w !== 'the');

/** The words of a title naming the holder's own office: "Spokesman for the Secretary-General" → ["spokesman"]. */
const officeWords = (title: string | null): string[] => {
  const all = words(title);
  const link = all.findIndex((w) => w === 'for' || w === 'of' || w === 'to');
  return link < 0 ? all : all.slice(0, link);
};

/**
 * Does an office ("Foreign Minister", "Vice President") hold the role a label names ("MINISTER:",
 * "THE VICE PRESIDENT:")? The role's last word is the office's, and a rank word stands in both or
 * in neither.
 */
export const holdsRole = (office: readonly string[], role: readonly string[]): boolean =>
  role.length > 0 &&
  office.includes(role[role.length - 1]!) &&
  office.every((w) => !RANK_WORDS.has(w) || role.includes(w)) &&
  role.every((w) => !RANK_WORDS.has(w) || office.includes(w));

/** People the header names ("Press Briefing by Press Secretary A B and …"), by each name word. */
function headerPeople(issuers: Issuers): Map<string, Mention> {
  const out = new Map<string, Mention>();
  for (const m of issuers.mentions) {
    if (m.phrase.kind !== 'name' || m.phrase.head !== 'person') continue;
    for (const w of words(m.phrase.name)) if (!out.has(w)) out.set(w, m);
  }
  return out;
}

/**
 * "Remarks by Minister Ana Roe" over "MINISTER: Thank you all …": one label alone shows no
 * transcript, unless it names the one speaker the header credits, by her name or by her office.
 */
function headerSpeaks(ctx: Context, turn: Turn, issuers: Issuers): boolean {
  const phrase = issuers.header?.phrase;
  if (!phrase || phrase.kind !== 'name' || phrase.head !== 'person') return false;
  const { label } = turn;
  if (label.role === 'person')
    return label.nameWords.length > 0 && label.nameWords.every((w) => words(phrase.name).includes(w));
  if (label.role !== 'role') return false;
  const ts = ctx.tokens[turn.paragraph]!;
  const role = roleWords(ctx.doc.text.slice(ts[label.start]!.start, ts[label.nameEnd - 1]!.end));
  return holdsRole(officeWords(phrase.title), role);
}

/** Fields of a committee transcript's header that name people without their words ("Witness:"). */
const HEADER_FIELDS = new Set(['witness', 'witnesses']);

/** A role's key: its words in lower case, without "the" ("THE CONVENER", "[The Convener]" → "convener"). */
const roleKey = (ts: readonly Token[]) =>
  ts
    .filter((t) => t.word && t.lower !== 'the')
    .map((t) => t.lower)
    .join(' ');

/**
 * "Members present: Ada Roe (Convener), …" or "Convener — Ada Roe" above a committee transcript's
 * first turn: the member holding each role, by roleKey; null for a role the header gives two people.
 */
function rollHolders(ctx: Context, firstTurn: number): Map<string, Mention | null> {
  const out = new Map<string, Mention | null>();
  const names = new Map<string, string>();
  for (let p = 0; p < firstTurn; p++) {
    const ts = ctx.tokens[p]!;
    const chair = presidingName(ts);
    if (chair) {
      const phrase = describe(ts, chair.name[0], chair.name[1]);
      const office = chair.office && ctx.doc.text.slice(ts[chair.office[0]]!.start, ts[chair.office[1] - 1]!.end);
      const held = { ...phrase, title: office ?? phrase.title };
      if (phrase.kind === 'name')
        for (const role of CHAIR_ROLES) if (!out.has(role)) out.set(role, mentionOf(ctx, p, held));
    }
    for (const { role, name } of rollRoles(ts)) {
      const key = roleKey(ts.slice(role[0], role[1]));
      const printed = ctx.doc.text.slice(ts[name[0]]!.start, ts[name[1] - 1]!.end);
      if (names.has(key)) {
        if (names.get(key) !== printed) out.set(key, null);
        continue;
      }
      names.set(key, printed);
      const title = ctx.doc.text.slice(ts[role[0]]!.start, ts[role[1] - 1]!.end);
      const phrase = { ...describe(ts, name[0], name[1]), kind: 'name' as const, head: 'person' as const };
      out.set(key, mentionOf(ctx, p, { ...phrase, name: printed, title, organization: null }));
    }
  }
  return out;
}

/** The roles of whoever presides over a hearing: "The CHAIRWOMAN.", "The PRESIDING OFFICER:". */
const CHAIR_ROLES = ['chair', 'chairman', 'chairwoman', 'chairperson', 'presiding officer'];
/** Words of a presiding member's title and name: "Senator Ana Roe presiding". */
const MAX_PRESIDING_WORDS = 5;

/**
 * "The Committee met … at 10 a.m., Senator Ana Roe presiding": the tokens of the title and name
 * before "presiding", and of the office in brackets between them if any, or null.
 */
function presidingName(ts: readonly Token[]): { name: [number, number]; office: [number, number] | null } | null {
  let at = ts.findIndex((t) => t.lower === 'presiding');
  if (at < 2) return null;
  // "Hon. Ana Roe [Chairwoman of the Subcommittee] presiding": the office in brackets stands between.
  let office: [number, number] | null = null;
  const close = ts[at - 1]!.text;
  if (close === ']' || close === ')') {
    const open = close === ']' ? '[' : '(';
    let opened = at - 2;
    while (opened >= 0 && ts[opened]!.text !== open) opened--;
    if (opened < 0 || opened + 1 >= at - 1) return null;
    office = [opened + 1, at - 1];
    at = opened;
  }
  let from = at;
  while (from > 0 && at - from < MAX_PRESIDING_WORDS && ts[from - 1]!.word && /^\p{Lu}/u.test(ts[from - 1]!.text))
    from--;
  return at - from >= 2 ? { name: [from, at], office } : null;
}

/** Words a section heading in capitals holds at least: "STATEMENT OF ANA ROE, ADMINISTRATOR". */
const MIN_HEADING_WORDS = 3;

/** A line in capitals that ends without a sentence's stop: a section heading, which ends the turn above it. */
function capitalsHeading(ts: readonly Token[]): boolean {
  const words = ts.filter((t) => t.word && /\p{L}/u.test(t.text));
  return (
    words.length >= MIN_HEADING_WORDS &&
    words.every((t) => t.text === t.text.toUpperCase()) &&
    !/^[.?!]$/.test(ts[ts.length - 1]!.text)
  );
}

/** Name words a label's printed name keeps at most: the last two of a long run. */
const MAX_LABEL_NAME_WORDS = 2;

/**
 * The printed name of a person label: the words after its titles, at most the last two of a long
 * run, with the particles among them ("Pieter van der Berg") and without letters after it ("Kofi Hill MP").
 */
function labelName(ts: readonly Token[], l: Label): [number, number] {
  const named = (k: number) => ts[k]!.word && l.nameWords.includes(ts[k]!.lower.replace(/['’]s$/, ''));
  let to = l.nameEnd;
  while (to - 1 > l.start && isPostNominal(ts[to - 1]!) && named(to - 2)) to--;
  let from = to;
  let words = 0;
  for (;;) {
    if (from > 0 && named(from - 1) && words < MAX_LABEL_NAME_WORDS) {
      from--;
      words++;
      continue;
    }
    // Particles between name words, or after an honorific ("Mr de Souza").
    let k = from;
    while (k > 0 && isParticle(ts[k - 1]!)) k--;
    if (k === from || k === 0 || words === 0) break;
    if (named(k - 1) && words < MAX_LABEL_NAME_WORDS) from = k;
    else if (isHonorific(ts[k - 1]!)) return [k, to];
    else break;
  }
  // "Ngozi Okonjo Iweala:": name words before the last two, with nothing but honorifics before
  // them, are the name's as well ("MINISTER OF STATE FOR TRADE ANA ROE" keeps "ANA ROE").
  let first = l.start;
  while (first < from && isHonorific(ts[first]!)) first++;
  if (first < from && ts.slice(first, from).every((_, k) => named(first + k))) from = first;
  return [from, to];
}

/** What a label says about its speaker, linked to the person a header names where it can be. */
function labelPhrase(
  ts: readonly Token[],
  l: Label,
  people: Map<string, Mention>,
  principal: Mention | null,
  roll: ReadonlyMap<string, Mention | null>,
): SpeakerPhrase | Mention {
  const text = (a: number, b: number) =>
    ts
      .slice(a, b)
      .map((t) => t.text)
      .join(' ')
      .replace(/ ([.,])/g, '$1')
      .replace(/# (?=\d)/g, '#');
  // "Roe (Ministry of Finance):" names the body she answers for, not a title.
  const body = !!l.title && namesBody(ts.slice(l.title[0], l.title[1]));
  const titleText = l.title && !body ? text(l.title[0], l.title[1]) : null;
  const organization = l.title && body ? text(l.title[0], l.title[1]) : null;
  const base = { from: l.start, to: l.nameEnd, organization, head: 'person' as const, apposition: null };
  const linked = (m: Mention): SpeakerPhrase | Mention =>
    m.phrase.kind === 'name'
      ? {
          ...base,
          kind: 'name',
          name: m.phrase.name,
          title: m.phrase.title ?? titleText,
          organization: m.phrase.organization,
        }
      : m;
  if (l.role === 'person') {
    const surname = l.nameWords[l.nameWords.length - 1];
    const known = surname ? people.get(surname) : undefined;
    if (known && l.nameWords.every((w) => words(known.phrase.name).includes(w))) return linked(known);
    // "Lin Hao:" under "Spokesperson: Lin Hao": the holder the header gives a role.
    for (const held of roll.values())
      if (held && l.nameWords.every((w) => words(held.phrase.name).includes(w))) return linked(held);
    const [from, to] = labelName(ts, l);
    return {
      ...base,
      kind: 'name',
      name: text(from, to),
      // "The Hon. NAME (Seat - Minister for Y):": the honorific is no title, the office in parentheses is.
      title:
        titleText ??
        titleBeforeName(from > l.start ? text(l.start, from) : null) ??
        parentheticalTitle(ts, l.nameEnd, l.labelEnd) ??
        (to < l.nameEnd ? text(to, l.nameEnd) : null),
    };
  }
  if (l.role === 'answer' && principal) return linked(principal);
  const described: SpeakerPhrase = { ...base, kind: 'description', name: null, title: text(l.start, l.nameEnd) };
  // "THE CONVENER:" under "Members present: Ada Roe (Convener)": the member the roll gives the role;
  // a role it gives two members is neither's.
  const held = roll.get(roleKey(ts.slice(l.start, l.nameEnd)));
  if (held !== undefined) return held ? linked(held) : described;
  // "SPOKESPERSON:", "THE PRESIDENT:": the header's person holding that title.
  const role = roleWords(text(l.start, l.nameEnd));
  for (const m of new Set(people.values())) if (holdsRole(officeWords(m.phrase.title), role)) return linked(m);
  return described;
}

/**
 * "The DFMS added that …" after the turns of "DFMS:": a paragraph opening with a speech verb whose
 * subject is the turn's own speaker, by the label's key, is the text's narration, not their words.
 */
function reportsOn(ts: readonly Token[], key: string): boolean {
  const verb = ts.findIndex((_, i) => i > 0 && cueAt(ts, i) !== null);
  const subject = verb > 0 ? subjectBefore(ts, verb, 0) : null;
  if (!subject || subject.from !== 0 || subject.kind === 'pronoun') return false;
  const named = words(subject.name ?? subject.description ?? '');
  const said = ts.slice(subject.from, subject.to).filter((t) => t.word && t.lower !== 'the');
  return said.length > 0 && (named.includes(key) || said[said.length - 1]!.lower === key) && !firstPerson(ts);
}

/**
 * "The following is a summary of today's briefing by Ana Roe, Deputy Spokesperson" over "The Deputy
 * Spokesperson said that …", "Ms. Roe announced …": a text below a header that reports what its
 * speaker said, by her name or office, in the third person, narrates the briefing; its paragraphs
 * are no one's verbatim words.
 */
function narrated(ctx: Context, header: NonNullable<Issuers['transcript']>): boolean {
  const { name, title } = header.mention.phrase;
  const office = officeWords(title);
  const keys = [words(name).pop(), office[office.length - 1]].filter((k): k is string => !!k);
  for (let p = header.paragraph + 1; p < ctx.tokens.length; p++)
    if (keys.some((key) => reportsOn(ctx.tokens[p]!, key))) return true;
  return false;
}

/** Pronouns of a speaker's own words: "Minister Roe said last year …, and I kept that promise" is the turn's. */
const FIRST_PERSON = new Set(['i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves']);
/** Does the paragraph speak in the first person ("US", the country, is no "us")? */
const firstPerson = (ts: readonly Token[]) => ts.some((t) => FIRST_PERSON.has(t.lower) && t.text !== 'US');

/** Paragraphs before the first label that may define an abbreviation for its speaker. */
const MAX_DEFINING_PARAGRAPHS = 8;

/**
 * "Briefing by the Prime Minister's Spokesperson (PMS)" above "PMS: …": the office each
 * abbreviation stands for, defined above the first label.
 */
function definedSpeakers(ctx: Context, firstLabel: number): Map<string, Mention> {
  const out = new Map<string, Mention>();
  for (let p = 0; p < Math.min(firstLabel, MAX_DEFINING_PARAGRAPHS); p++) {
    const ts = ctx.tokens[p]!;
    for (const [abbreviation, from, to] of abbreviationsDefined(ts))
      if (!out.has(abbreviation)) out.set(abbreviation, mentionOf(ctx, p, describe(ts, from, to)));
  }
  return out;
}

/** Letters of a label that may stand for a name's initials: "KM", "K.M.", "JdB" (two to four). */
const INITIALS = /^(?:\p{Lu}\.?){2,4}$/u;
const initialsOf = (key: string) => key.replace(/\./g, '');
/** Words of a title a name's initials may take from before the name ("Port director"). */
const MAX_TITLE_WORDS = 3;
/** Words that end a title read backwards from a name ("talks to Environment Secretary …"). */
const BEFORE_TITLE_TAGS = ['Preposition', 'Determiner', 'Conjunction', 'Verb', 'Pronoun'];

/**
 * "Port director Kalinda Moss spoke to Ruairi Fenn" above "RF: …" and "KM: …": the person each
 * label of initials stands for, when exactly one name above the first label has those initials.
 */
function initialledSpeakers(ctx: Context, turns: readonly Turn[]): Map<string, Mention> {
  const out = new Map<string, Mention>();
  let firstLabel = Infinity;
  const wanted = new Set<string>();
  for (const turn of turns) {
    const ts = ctx.tokens[turn.paragraph]!;
    const printed = ts
      .slice(turn.label.start, turn.label.nameEnd)
      .map((t) => t.text)
      .join('');
    if (turn.label.role !== 'person' || !INITIALS.test(printed)) continue;
    wanted.add(initialsOf(keyOf(ts, turn.label)));
    firstLabel = Math.min(firstLabel, turn.paragraph);
  }
  if (!wanted.size) return out;
  // Per initials, the names printed with them (the same name printed again is one person).
  const found = new Map<string, Map<string, [p: number, from: number, to: number]>>();
  for (let p = 0; p < Math.min(firstLabel, MAX_DEFINING_PARAGRAPHS); p++) {
    const ts = ctx.tokens[p]!;
    for (let i = 0; i < ts.length;) {
      let j = i;
      while (j < ts.length && ts[j]!.word && /^\p{Lu}\p{Ll}/u.test(ts[j]!.text)) j++;
      for (let from = Math.max(i, j - 4); from + 2 <= j; from++) {
        const initials = ts
          .slice(from, j)
          .map((t) => t.lower[0])
          .join('');
        if (!wanted.has(initials)) continue;
        const names = found.get(initials) ?? new Map<string, [number, number, number]>();
        const name = ctx.doc.text.slice(ts[from]!.start, ts[j - 1]!.end);
        if (!names.has(name)) names.set(name, [p, from, j]);
        found.set(initials, names);
      }
      i = Math.max(j, i + 1);
    }
  }
  for (const key of wanted) {
    const names = found.get(key);
    if (names?.size !== 1) continue;
    const [p, from, to] = [...names.values()][0]!;
    const ts = ctx.tokens[p]!;
    let phrase = describe(ts, from, to);
    if (phrase.kind !== 'name') continue;
    // "Port director Kalinda Moss": the title printed before the name comes with it.
    const titleWord = (t: Token) => t.word && !BEFORE_TITLE_TAGS.some((tag) => t.tags.has(tag));
    for (let back = from - 1; back >= Math.max(0, from - MAX_TITLE_WORDS) && titleWord(ts[back]!); back--) {
      const titled = describe(ts, back, to);
      if (titled.kind === 'name' && titled.name === phrase.name && titled.title) phrase = titled;
    }
    out.set(key, mentionOf(ctx, p, phrase));
  }
  return out;
}

/** Is each label key an official's? Decided once per key, from the label and the turns it opens. */
function officials(
  ctx: Context,
  turns: readonly Turn[],
  people: Map<string, Mention>,
  defined: Map<string, Mention>,
): Map<string, boolean> {
  const asks = new Map<string, [number, number]>();
  const byKey = new Map<string, Turn>();
  for (const turn of turns) {
    const key = keyOf(ctx.tokens[turn.paragraph]!, turn.label);
    // A journalist's turn asks in its first paragraph (a section under a heading seldom does).
    const asked = ctx.tokens[turn.paragraph]!.some((t) => t.text === '?');
    const [n, q] = asks.get(key) ?? [0, 0];
    asks.set(key, [n + 1, q + (asked ? 1 : 0)]);
    if (!byKey.has(key) || turn.label.titled) byKey.set(key, turn);
  }
  // "Hon. Ana Roe: … Will they be compensated?": a person each of whose paragraphs ends by asking, beside
  // others who answer, is a questioner, whatever honorific or office the label gives her; a header's
  // people and the offices it defines answer, unless they ask in several turns and nothing else.
  const endsAsking = new Map<string, boolean>();
  for (const turn of turns) {
    const key = keyOf(ctx.tokens[turn.paragraph]!, turn.label);
    let asking = true;
    for (let p = turn.paragraph; p < turn.end; p++) asking &&= ctx.tokens[p]!.at(-1)?.text === '?';
    endsAsking.set(key, (endsAsking.get(key) ?? true) && asking);
  }
  const answering = [...endsAsking.values()].some((asking) => !asking);
  // Keys each of whose turns follows a question label's turn.
  const answersOnly = new Map<string, boolean>();
  turns.forEach((turn, i) => {
    const key = keyOf(ctx.tokens[turn.paragraph]!, turn.label);
    const afterQuestion = i > 0 && turns[i - 1]!.label.role === 'question';
    answersOnly.set(key, (answersOnly.get(key) ?? true) && afterQuestion);
  });
  // "Interview by Jon Bell" over "BELL: …?" turns: a header's person who asks in every one of
  // several turns interviews the others.
  const asksAlways = (key: string, turn: Turn) =>
    turn.label.role === 'person' &&
    answering &&
    endsAsking.get(key)! &&
    ((!people.has(key) && !defined.has(key)) || asks.get(key)![0] >= 2);
  const out = new Map<string, boolean>();
  const allCaps = (turn: Turn) =>
    ctx.tokens[turn.paragraph]!.slice(turn.label.start, turn.label.nameEnd).every(
      (t) => !t.word || t.text === t.text.toUpperCase(),
    );
  // "ANA ROE, VACCINATION LEAD:": a role after the name's comma, in a turn that asks nothing, is an
  // official's, whether or not the lexicon knows the role ("Ana Roe, Daily Herald:" asks).
  const roleAfterComma = (turn: Turn) =>
    turn.label.title !== null &&
    !ctx.tokens[turn.paragraph]!.slice(turn.label.title[0], turn.label.title[1]).some((t) =>
      MEDIA_WORDS.has(t.lower),
    ) &&
    !ctx.tokens[turn.paragraph]!.some((t) => t.text === '?');
  const titled = (turn: Turn) => {
    const key = keyOf(ctx.tokens[turn.paragraph]!, turn.label);
    return (
      turn.label.role !== 'person' || turn.label.titled || roleAfterComma(turn) || people.has(key) || defined.has(key)
    );
  };
  const speaks = (turn: Turn) => turn.label.role !== 'question' && turn.label.role !== 'aside';
  const anyTitled = [...byKey.values()].some((t) => speaks(t) && titled(t));
  // A bare name asks when half its turns do; beside titled officials, when any does or it speaks
  // once (a journalist's one turn may ask without a question mark). A named guest who speaks again
  // and never asks ("Ana Roe:" beside "Host:") answers.
  const journalist = (key: string) => {
    const [n, q] = asks.get(key)!;
    // "Question: …" / "Ana Roe: …" that asks nothing: a guest who answers, not the next questioner.
    if (q === 0 && answersOnly.get(key)) return false;
    return (anyTitled && (q > 0 || n === 1)) || 2 * q >= n;
  };
  // "Host:", "Presenter:": a host who asks in half of several turns interviews the guest.
  const interviews = (key: string, turn: Turn) => {
    const [n, q] = asks.get(key)!;
    const host = turn.label.role === 'role' && namesHost(ctx.tokens[turn.paragraph]![turn.label.nameEnd - 1]!);
    return host && n >= 2 && 2 * q >= n;
  };
  // What shows a transcript rather than headings ending in colons ("Little Progress on Trade: …"):
  // a question or answer label, a role, a speaker who returns, a journalist who asks, capitals.
  const shown = [...byKey].some(([key, t]) =>
    t.label.role !== 'person'
      ? t.label.role !== 'aside'
      : asks.get(key)![0] >= 2 || allCaps(t) || (!titled(t) && journalist(key)),
  );
  if (!shown) return out;
  for (const [key, turn] of byKey) {
    if (!speaks(turn) || interviews(key, turn) || asksAlways(key, turn)) out.set(key, false);
    else if (titled(turn)) out.set(key, true);
    // A bare name beside titled officials, or whose turns ask, is a journalist's.
    else out.set(key, !journalist(key));
  }
  return out;
}

/** Is paragraph `p` printed indented (spaces or a tab before it on its line)? */
function indented(ctx: Context, p: number): boolean {
  const { text } = ctx.doc;
  const start = ctx.doc.paragraphs[p]!.start;
  return start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t');
}

/**
 * "Quote from X, Title:" then the quote without quote marks: the indented paragraphs below it, or
 * else the one paragraph below. A quote in quote marks is left to the quote sieves.
 */
function creditBlocks(
  ctx: Context,
  boilerplate: ReadonlySet<number>,
  quote: (p: number, mention: Mention, cue: string) => void,
): void {
  ctx.tokens.forEach((ts, p) => {
    const link = creditLine(ts);
    const phrase = link === null ? null : subjectAfter(ts, link, ts.length - 1);
    if (!phrase || phrase.kind === 'pronoun') return;
    const mention = mentionOf(ctx, p, phrase);
    const cue = ctx.doc.text.slice(ts[0]!.start, ts[link!]!.end);
    const block = (k: number) => k < ctx.tokens.length && creditLine(ctx.tokens[k]!) === null;
    const unquoted = (k: number) => !ctx.tokens[k]!.some((t) => QUOTE_MARK.test(t.text));
    let k = p + 1;
    if (!block(k) || !unquoted(k)) return;
    if (!indented(ctx, k)) {
      // "Quotes attributable to X:" over several paragraphs: the ones after the first while they speak in person.
      const goesOn = (j: number) => block(j) && unquoted(j) && !boilerplate.has(j) && speaksOn(ctx, j);
      quote(k, mention, cue);
      for (k++; goesOn(k); k++) quote(k, mention, cue);
      return;
    }
    for (; block(k) && indented(ctx, k) && unquoted(k); k++) quote(k, mention, cue);
  });
}

/** Does paragraph `p` go on with the words of a block above it: a statement in the first or second person? */
const speaksOn = (ctx: Context, p: number) =>
  isStatement(ctx.tokens[p]!, 0, ctx.sentenceStarts[p]!) && speaksInPerson(ctx.tokens[p]!);

/** A line handing the words below it to a speaker: who, and the word that hands them over. */
interface HandOver {
  phrase: SpeakerPhrase;
  cue: string;
}

/** "Judge Ana Roe said:", "Ana Roe, Chief Executive, commented:". */
function saidBy(ts: readonly Token[]): HandOver | null {
  const verb = saidLine(ts);
  const phrase = verb === null ? null : subjectBefore(ts, verb, 0);
  // "Ana Roe, Chief Executive, commented:": the subject ends where its apposition does.
  const apposed = phrase?.apposition && ts[phrase.apposition[1]]?.text === ',' ? phrase.apposition[1] + 1 : -1;
  if (!phrase || phrase.kind === 'pronoun' || (phrase.to !== verb && apposed !== verb)) return null;
  return { phrase, cue: ts[verb!]!.text };
}

/** Words before a statement's noun in a line that hands it over: "Full statement from …", "Read the statement by …". */
const STATEMENT_LEADS = new Set(['full', 'the', 'read', 'text', 'of']);
/** Words after the noun in "X's statement reads:", "X's statement in full:". */
const STATEMENT_TAILS = new Set(['reads', 'read', 'in', 'full']);
/** A line that hands over a statement is short. */
const MAX_STATEMENT_LINE = 16;

/** "Full statement from Harbour Board chair Lena Dahl:", "Minister Ruiz's statement reads:". */
function statementOf(ts: readonly Token[]): HandOver | null {
  const colon = ts.length - 1;
  if (colon < 2 || colon > MAX_STATEMENT_LINE || ts[colon]!.text !== ':') return null;
  const noun = ts.findIndex((t) => STATEMENT_NOUNS.has(t.lower));
  if (noun < 0) return null;
  const link = ts[noun + 1]?.lower;
  if (ts.slice(0, noun).every((t) => STATEMENT_LEADS.has(t.lower)) && (link === 'from' || link === 'by')) {
    const phrase = subjectAfter(ts, noun + 1, colon);
    return phrase && phrase.kind !== 'pronoun' && phrase.to === colon ? { phrase, cue: ts[noun]!.text } : null;
  }
  // "Minister Ruiz's (full) statement reads:"
  let owner = noun - 1;
  if (ts[owner]?.lower === 'full') owner--;
  if (
    owner < 0 ||
    !/['’]s$/.test(ts[owner]!.text) ||
    !ts.slice(noun + 1, colon).every((t) => STATEMENT_TAILS.has(t.lower))
  )
    return null;
  const phrase = describe(ts, 0, owner + 1);
  if (phrase.kind !== 'name' || !phrase.name) return null;
  return { phrase: { ...phrase, name: phrase.name.replace(/['’]s$/, '') }, cue: ts[noun]!.text };
}

/**
 * "Judge Ana Roe said:" then the words without quote marks: the paragraph below, and the ones after
 * it while they speak in the first or second person (sentencing remarks, a speech). Quote marks
 * below the line leave it to the quote sieves.
 */
function saidBlocks(
  ctx: Context,
  boilerplate: ReadonlySet<number>,
  quote: (p: number, mention: Mention, cue: string) => void,
): void {
  ctx.tokens.forEach((ts, p) => {
    const handed = saidBy(ts) ?? statementOf(ts);
    if (!handed) return;
    const mention = mentionOf(ctx, p, handed.phrase);
    const { cue } = handed;
    // The block ends at the release's own standing text ("For more information, call us", "About us", "###").
    const spoken = (k: number) =>
      k < ctx.tokens.length &&
      !boilerplate.has(k) &&
      !ctx.tokens[k]!.some((t) => QUOTE_MARK.test(t.text)) &&
      // A straight single mark opening it is a quotation's ('We will …'), which the quote scan reads.
      !opensWithSingle(ctx.doc.text, ctx.doc.paragraphs[k]!.start, ctx.doc.paragraphs[k]!.end) &&
      saidLine(ctx.tokens[k]!) === null &&
      !parseLabel(ctx.tokens[k]!);
    if (!spoken(p + 1)) return;
    quote(p + 1, mention, cue);
    // A heading ("Background") or a hand-off between ends it too.
    for (let k = p + 2; spoken(k) && speaksOn(ctx, k); k++) quote(k, mention, cue);
  });
}

/** The token ranges of [from, to) left between the ranges `cut` (in order, inside it). */
function piecesBetween(from: number, to: number, cut: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  for (const [a, b] of cut) {
    if (a > start) out.push([start, a]);
    start = b;
  }
  if (start < to) out.push([start, to]);
  return out;
}

export interface TranscriptTurns {
  quotes: Found[];
  /** Paragraphs of turns (officials' and questions alike), where quote marks are not read as quotes. */
  paragraphs: Set<number>;
  /** The offices a header's abbreviations stand for ("PMS" → "the Premier's Spokesperson"), by abbreviation in lower case. */
  abbreviations: Map<string, Mention>;
}

/**
 * "The PMS said …" below "Briefing by the Premier's Spokesperson (PMS)": a quote credited to an
 * abbreviation the header defined is credited to the office it stands for, which its labels name.
 */
export function expandAbbreviations(ctx: Context, found: readonly Found[], abbreviations: Map<string, Mention>): void {
  if (!abbreviations.size) return;
  for (const q of found) {
    const phrase = q.mention?.phrase;
    if (!phrase || phrase.kind !== 'name' || !phrase.name) continue;
    const office = abbreviations.get(phrase.name.replace(/^the\s+/i, '').toLowerCase());
    if (!office) continue;
    const description = ctx.doc.text.slice(office.span.start, office.span.end);
    q.mention = {
      ...q.mention!,
      phrase: { ...office.phrase, from: phrase.from, to: phrase.to, description, apposition: null },
    };
  }
}

/** Words of a news outlet after a label's comma ("JON VALE, HARBOUR RADIO:"): the asker's outlet, no role. */
const MEDIA_WORDS = new Set(
  'radio tv television news post times herald daily press agency online channel newspaper'.split(' '),
);

/** Pronouns opening a paragraph that speaks of someone in the third person. */
const THIRD_PERSON = new Set(['he', 'she', 'they', 'his', 'her', 'their']);

/**
 * "THE PRESIDENT" over "In the morning, the President will …", "MINISTER ANA SOLIS" over "She takes
 * …": a paragraph that speaks of the label's person in the third person is a schedule's or a
 * profile's, not the person's turn.
 */
function aboutLabel(ts: readonly Token[], key: string): boolean {
  if (firstPerson(ts)) return false;
  const last = key.split(' ').pop()!;
  return THIRD_PERSON.has(ts.find((t) => t.word)?.lower ?? '') || ts.some((t) => t.lower === last);
}

/** Labels alone on their lines without a colon that show a transcript: at least this many. */
const MIN_LINE_LABELS = 2;

/**
 * `labels` with the labels printed alone on their lines without a colon ("GOVERNOR ANA ROE" over her
 * answer) added, where they show a transcript: each stands over a spoken paragraph, one of them
 * asks ("QUESTION – Jon Vale, Harbour Radio") or a speaker's returns. A letterhead over an office
 * line, or one byline, shows none.
 */
function withLineLabels(ctx: Context, labels: ReadonlyArray<Label | null>): Array<Label | null> {
  const lined = labels.map((l, p) => (l ? null : lineLabel(ctx.tokens[p]!)));
  const opens = (p: number, l: Label) =>
    p + 1 < ctx.tokens.length &&
    !labels[p + 1] &&
    !lined[p + 1] &&
    isStatement(ctx.tokens[p + 1]!, 0, ctx.sentenceStarts[p + 1]!) &&
    !aboutLabel(ctx.tokens[p + 1]!, keyOf(ctx.tokens[p]!, l));
  const kept = lined.map((l, p) => (l && opens(p, l) ? l : null));
  const keys = kept.flatMap((l, p) => (l && l.role !== 'question' ? [keyOf(ctx.tokens[p]!, l)] : []));
  const asks = kept.some((l) => l?.role === 'question');
  const returns = new Set(keys).size < keys.length;
  if (kept.filter(Boolean).length < MIN_LINE_LABELS || !keys.length || !(asks || returns)) return [...labels];
  return labels.map((l, p) => l ?? kept[p]!);
}

/** Words after the colon of a title line: "Poll: Voters increasingly see the race as open." */
const MAX_HEADLINE_WORDS = 20;
/** Words of a headline's title case, fewer of which may be a sentence's proper names. */
const MIN_TITLE_CASE_WORDS = 3;
/** Word classes a name or title never holds: capitalised inside a line, they show a headline's title case. */
const HEADLINE_CASE_TAGS = ['Verb', 'Preposition', 'Determiner', 'Conjunction', 'Adverb', 'Pronoun'];

/**
 * "‘It Is Not A Radical Idea’ To Ask", "The Harbour Needs New Cranes": every word capitalised, a verb
 * or a function word among them past the first, and not in capitals throughout ("Thanks, Prime
 * Minister." is a sentence whose capitals are a title's).
 */
function titleCased(words: readonly Token[]): boolean {
  const lettered = words.filter((t) => /\p{L}/u.test(t.text));
  return (
    lettered.length >= MIN_TITLE_CASE_WORDS &&
    lettered.every((t) => /^\P{L}*\p{Lu}/u.test(t.text)) &&
    lettered.some((t) => /\p{Ll}/u.test(t.text)) &&
    lettered.slice(1).some((t) => HEADLINE_CASE_TAGS.some((g) => t.tags.has(g)))
  );
}

/**
 * `labels` without those of headlines ("Series Name: What Happened.", "Name: ‘A Quote’ And More"),
 * which would open a turn running over the report below them: a label whose words are in title
 * case; and the first line's label when it names no title or office ("Poll:", "Insiders:"), heads
 * one short sentence over a paragraph with no speaker's label, and no other label repeats it. A
 * transcript's first turn ("MODERATOR: Good afternoon.", "COL. NAME: …") names an office or a
 * title, is a speaker the text labels again, or has the next label right under it.
 */
function withoutHeadlines(ctx: Context, labels: ReadonlyArray<Label | null>): Array<Label | null> {
  const kept = labels.map((l, p) =>
    l && titleCased(ctx.tokens[p]!.slice(l.labelEnd).filter((t) => t.word)) ? null : l,
  );
  const first = kept[0];
  const ts = ctx.tokens[0];
  if (!first || !ts || first.titled || ctx.tokens.length < 2) return kept;
  // "Poll:", "Insiders:": a role label naming no office ("MODERATOR:", "SPOKESPERSON:") may head a report.
  const named = ts.slice(first.start, first.nameEnd).filter((t) => t.word);
  const last = named[named.length - 1];
  if (first.role !== 'person' && !(first.role === 'role' && last && !namesOfficeHolder(last))) return kept;
  const after = ts.slice(first.labelEnd).filter((t) => t.word).length;
  const key = keyOf(ts, first);
  const repeated = kept.some((l, p) => p > 0 && l && keyOf(ctx.tokens[p]!, l) === key);
  const oneSentence = ctx.sentenceStarts[0]!.filter((s) => s > first.labelEnd).length === 0;
  // A first turn of one line, the next label right under it, is no headline over a report.
  const speakerBelow = !!kept[1] && kept[1].role !== 'aside';
  if (repeated || speakerBelow || !oneSentence || after === 0 || after > MAX_HEADLINE_WORDS) return kept;
  return [null, ...kept.slice(1)];
}

/**
 * `labels` with the ones the tagger's places hid ("Lena Marsh:", a name it read as a place; "Sean
 * May: The province …", a place it ran on into) where the same label opens two paragraphs or more:
 * a dateline ("NEW YORK:") stands once.
 */
function returningPlaces(ctx: Context, labels: Array<Label | null>): Array<Label | null> {
  const hidden = labels.map((l, p) => (l ? null : parseLabel(ctx.tokens[p]!, true)));
  // Counted with the labels read at once: "Sean May:" opens one turn, "Sean May: The province does." another.
  const counts = new Map<string, number>();
  labels.forEach((l, p) => {
    const label = l ?? hidden[p];
    if (label) counts.set(keyOf(ctx.tokens[p]!, label), (counts.get(keyOf(ctx.tokens[p]!, label)) ?? 0) + 1);
  });
  return labels.map(
    (l, p) => l ?? (hidden[p] && counts.get(keyOf(ctx.tokens[p]!, hidden[p]))! >= 2 ? hidden[p] : null),
  );
}

/** Direct quotes of transcript turns, and the paragraphs they cover. */
export function transcriptTurns(ctx: Context, issuers: Issuers, boilerplate: ReadonlySet<number>): TranscriptTurns {
  const quotes: Found[] = [];
  const paragraphs = new Set<number>();
  const turns: Turn[] = [];
  const parsed = returningPlaces(
    ctx,
    ctx.tokens.map((ts) => parseLabel(ts)),
  );
  // A roster of "Name - Title" lines lets the name alone on its line open a turn.
  const roster = new Map<string, Label>();
  for (const l of parsed) if (l?.roster && l.nameWords.length) roster.set(rosterKey(l.nameWords), l);
  const listed = roster.size ? parsed.map((l, p) => l ?? rosterNameLine(ctx.tokens[p]!, roster)) : parsed;
  // Labels in a form of the text's own, where the forms known above leave paragraphs open.
  const labels = withoutHeadlines(
    ctx,
    numberedVoices(ctx.tokens, discoverLabels(ctx.tokens, withLineLabels(ctx, listed))),
  );
  // "A. …" answers only beside questions: elsewhere it opens with an initial ("A. Roe said …").
  const asked = labels.some((l) => l?.role === 'question');
  labels.forEach((label, p) => {
    if (!label || (label.paired && !asked)) return;
    if (turns.length) turns[turns.length - 1]!.end = p;
    turns.push({ label, paragraph: p, end: ctx.tokens.length });
  });
  // A line handing the words below to someone else ("Ana Roe said:") ends the turn above it.
  const introduces = (p: number) => saidLine(ctx.tokens[p]!) !== null || creditLine(ctx.tokens[p]!) !== null;
  for (const turn of turns)
    for (let p = turn.paragraph + 1; p < turn.end; p++)
      if (
        introduces(p) ||
        capitalsHeading(ctx.tokens[p]!) ||
        reportsOn(ctx.tokens[p]!, keyOf(ctx.tokens[turn.paragraph]!, turn.label))
      )
        turn.end = p;
  // "The Committee adjourned at 12.40 p.m." below the last turn is the transcriber's.
  const final = turns[turns.length - 1];
  while (final && final.end - 1 > final.paragraph && closingNote(ctx.tokens[final.end - 1]!)) final.end--;
  /** Quotes paragraph `p` from token `from` if it is a statement; says whether it was. */
  const quote = (p: number, from: number, mention: Mention, cue: string, rule: string): boolean => {
    const ts = ctx.tokens[p]!;
    if (from >= ts.length || !isStatement(ts, from, ctx.sentenceStarts[p]!)) return false;
    // The transcriber's notes ("(Laughter.)", "[inaudible]") are no one's words: the quote stops at each.
    let spoke = false;
    for (const [a, b] of piecesBetween(from, ts.length, narrations(ts, from))) {
      if (!ts.slice(a, b).some((t) => t.word)) continue;
      const end = b === ts.length ? ctx.doc.paragraphs[p]!.end : ts[b - 1]!.end;
      quotes.push({
        span: { start: ts[a]!.start, end },
        kind: 'direct',
        paragraph: p,
        quoted: null,
        mention,
        cue,
        rule,
        sameAs: null,
        reportedBy: null,
      });
      spoke = true;
    }
    return spoke;
  };
  creditBlocks(ctx, boilerplate, (p, mention, cue) => {
    paragraphs.add(p);
    quote(p, 0, mention, cue, 'credit-block');
  });
  saidBlocks(ctx, boilerplate, (p, mention, cue) => {
    paragraphs.add(p);
    quote(p, 0, mention, cue, 'said-block');
  });
  // "transcript of today's briefing by X": X speaks every paragraph up to the first label.
  const header = issuers.transcript && !narrated(ctx, issuers.transcript) ? issuers.transcript : null;
  const labelled = turns.length >= 2 || (turns.length === 1 && headerSpeaks(ctx, turns[0]!, issuers));
  if (header) {
    const upTo = labelled ? turns[0]!.paragraph : ctx.tokens.length;
    for (let p = header.paragraph + 1; p < upTo; p++) {
      paragraphs.add(p);
      quote(p, 0, header.mention, header.cue, 'transcript-header');
    }
  }
  if (!labelled) {
    if (!header && issuers.interview) unlabelledAnswers(ctx, issuers.interview, quote, paragraphs);
    return { quotes, paragraphs, abbreviations: definedSpeakers(ctx, turns[0]?.paragraph ?? ctx.tokens.length) };
  }
  const people = headerPeople(issuers);
  const defined = definedSpeakers(ctx, turns[0]!.paragraph);
  // The header's fields ("Present:", "Witnesses: …") stand above the first turn that speaks.
  // "Spokesperson: Lin Hao" names a role's holder, no turn.
  const field = (turn: Turn) =>
    turn.label.role === 'aside' ||
    HEADER_FIELDS.has(keyOf(ctx.tokens[turn.paragraph]!, turn.label)) ||
    rollRoles(ctx.tokens[turn.paragraph]!).some(({ role }) => role[0] === turn.label.start);
  const opening = turns.find((turn) => !field(turn))?.paragraph ?? ctx.tokens.length;
  const roll = rollHolders(ctx, opening);
  const done = { quotes, paragraphs, abbreviations: defined };
  const isOfficial = officials(ctx, turns, people, defined);
  const initialled = initialledSpeakers(ctx, turns);
  if (!isOfficial.size) return done;
  // A release's questions and answers with no person named: the issuing body answers.
  const principal =
    header?.mention ??
    issuers.header ??
    [...people.values()][0] ??
    introducedGuest(ctx, turns[0]!.paragraph, boilerplate) ??
    issuers.mentions.find((m) => m.phrase.head === 'organization') ??
    null;
  // The official whose turn printed no words of its own ("PRESIDENT X: (Speaks Varnian.)"): an
  // interpreter's turn right after it gives those words. After a turn with words, or a question,
  // the interpreter speaks for themself ("Sorry, the interpreter missed …"), which is no one's quote.
  let unspoken: Mention | null = null;
  turns.forEach((turn, k) => {
    const ts = ctx.tokens[turn.paragraph]!;
    // The label as printed, without the emphasis marks closing a bold one ("**Spokesman:**").
    let last = turn.label.labelEnd - 1;
    while (last > turn.label.start && /^[*_]$/.test(ts[last]!.text)) last--;
    // A label in square brackets ("[Ms Roe]:") keeps its opening bracket, as printed.
    const first =
      ts[turn.label.start - 1]?.text === '[' && ts[last - 1]?.text === ']' ? turn.label.start - 1 : turn.label.start;
    const cue = ctx.doc.text.slice(ts[first]!.start, ts[last]!.end);
    const end = turn.end - (interjected(ctx, turn, turns[k + 1]) || handsOn(ctx, turn, turns[k + 1]) ? 1 : 0);
    const speak = (mention: Mention) => {
      let spoke = false;
      for (let p = turn.paragraph; p < end; p++)
        spoke =
          quote(
            p,
            // A continuation's opening time is a recording's only where the turn's own line opened with one.
            p === turn.paragraph
              ? turn.label.labelEnd
              : recordingTime(ctx.tokens[turn.paragraph]!) && recordingTime(ctx.tokens[p]!),
            mention,
            cue,
            'transcript-label',
          ) || spoke;
      return spoke;
    };
    for (let p = turn.paragraph; p < turn.end; p++) paragraphs.add(p);
    if (turn.label.role === 'interpreter') {
      if (unspoken) speak(unspoken);
      unspoken = null;
      return;
    }
    unspoken = null;
    // "Witness: Ana Roe, Harbour Board" in a committee's header names who gives evidence below.
    if (roll.size && turn.paragraph < opening && field(turn)) return;
    if (!isOfficial.get(keyOf(ts, turn.label))) return;
    const said =
      defined.get(keyOf(ts, turn.label)) ??
      initialled.get(initialsOf(keyOf(ts, turn.label))) ??
      labelPhrase(ts, turn.label, people, principal, roll);
    const mention = 'phrase' in said ? said : mentionOf(ctx, turn.paragraph, said);
    if (!speak(mention)) unspoken = mention;
  });
  return done;
}

/** Forms of the verbs a standfirst introduces an interview's guest with, besides speech verbs. */
const INTRODUCING_VERBS = new Set('spoke speaks talked talks sat sits interviewed'.split(' '));
/**
 * "Dr. Ana Roe, the agency's new head, spoke to us about …" or "Tom Ives sat down with Dr. Ana Roe"
 * above "Q: … / A: …": the one person the paragraphs before the first turn introduce as speaking
 * answers; the one named after "spoke to", "sat down with" first (the one before it asks).
 */
function introducedGuest(ctx: Context, upTo: number, boilerplate: ReadonlySet<number>): Mention | null {
  const subjects = new Map<string, Mention>();
  const objects = new Map<string, Mention>();
  const add = (to: Map<string, Mention>, p: number, phrase: SpeakerPhrase | null) => {
    if (phrase?.kind === 'name' && phrase.head === 'person' && phrase.name)
      to.set(phrase.name, mentionOf(ctx, p, phrase));
  };
  const introduces = (ts: readonly Token[], i: number) => INTRODUCING_VERBS.has(ts[i]!.lower) || cueAt(ts, i) !== null;
  for (let p = 0; p < upTo; p++) {
    if (boilerplate.has(p)) continue;
    const ts = ctx.tokens[p]!;
    const starts = ctx.sentenceStarts[p]!;
    starts.forEach((s, k) => {
      const end = starts[k + 1] ?? ts.length;
      const v = ts.slice(s + 1, end).findIndex((t, k) => isFiniteVerb(t) && introduces(ts, s + 1 + k));
      if (v >= 0) add(subjects, p, subjectBefore(ts, s + 1 + v, s));
    });
    ts.forEach((t, i) => {
      if (!INTRODUCING_VERBS.has(t.lower)) return;
      const link = ts[i + 1]?.lower === 'down' ? i + 2 : i + 1;
      if (ts[link]?.lower !== 'to' && ts[link]?.lower !== 'with') return;
      let end = link + 1;
      while (end < ts.length && /^\p{Lu}/u.test(ts[end]!.text)) end++;
      if (end - link > 2) add(objects, p, describe(ts, link + 1, end));
    });
  }
  const one = (found: Map<string, Mention>) => (found.size === 1 ? [...found.values()][0]! : null);
  return objects.size ? one(objects) : one(subjects);
}

/** Questions printed without labels that show an interview's layout. */
const MIN_UNLABELLED_QUESTIONS = 2;

/**
 * "Q&A with Ana Roe" over questions and answers printed without labels: every paragraph after the
 * first question that does not end in a question mark is her answer.
 */
function unlabelledAnswers(
  ctx: Context,
  interview: NonNullable<Issuers['interview']>,
  quote: (p: number, from: number, mention: Mention, cue: string, rule: string) => boolean,
  paragraphs: Set<number>,
): void {
  // An interviewer's paragraph may set the scene before it asks ("Rivals say … Will they?").
  const asks = (p: number) => ctx.tokens[p]![ctx.tokens[p]!.length - 1]?.text === '?';
  const questions = ctx.tokens.map((_, p) => p > interview.paragraph && asks(p));
  const first = questions.indexOf(true);
  if (questions.filter(Boolean).length < MIN_UNLABELLED_QUESTIONS) return;
  for (let p = first; p < ctx.tokens.length; p++) {
    paragraphs.add(p);
    if (!questions[p]) quote(p, 0, interview.mention, interview.cue, 'interview-answer');
  }
}

/** Is paragraph `p` only questions: every sentence ends in a question mark? */
function asksOnly(ctx: Context, p: number): boolean {
  const ts = ctx.tokens[p]!;
  const ends = [...ctx.sentenceStarts[p]!.slice(1), ts.length];
  return ts.length > 0 && ends.every((e) => ts[e - 1]?.text === '?');
}

/**
 * "ANA ROE: …" / "What about rents?" / "ANA ROE: …": a last paragraph of only questions between
 * two turns of one speaker is a journalist's, printed without a label.
 */
function interjected(ctx: Context, turn: Turn, next: Turn | undefined): boolean {
  const last = turn.end - 1;
  if (!next || last <= turn.paragraph || next.paragraph !== turn.end) return false;
  const key = (t: Turn) => keyOf(ctx.tokens[t.paragraph]!, t.label);
  if (turn.label.role !== next.label.role || key(turn) !== key(next)) return false;
  return asksOnly(ctx, last);
}

const bareWord = (t: Token) => t.lower.replace(/\.$/, '');
/** Verbs of handing the floor on after "will (now)": "will give you …", "will take your questions". */
const HANDING_VERBS = new Set(
  'give take brief walk answer tell update say speak talk present outline explain'.split(' '),
);
/** What a hand-off offers the audience, within a few words of its verb. */
const HANDING_OBJECTS = new Set(['you', 'your', 'questions', 'words']);
const MAX_HANDING_OBJECT = 3;
/** The next speaker stands among a hand-off's first words ("Brigadier General Ana Roe will …"). */
const MAX_HANDOFF_OPENING = 5;

/**
 * "COL. ROE: … / General Vale will give you the details. / GEN. VALE: …": a turn's last paragraph,
 * one sentence that names the next turn's speaker first and turns to the audience, hands the floor
 * on; it is no statement of the speaker's.
 */
function handsOn(ctx: Context, turn: Turn, next: Turn | undefined): boolean {
  const last = turn.end - 1;
  if (!next || next.paragraph !== turn.end) return false;
  const ts = ctx.tokens[last]!;
  const from = last === turn.paragraph ? turn.label.labelEnd : 0;
  if (from >= ts.length || ctx.sentenceStarts[last]!.some((s) => s > from) || firstPerson(ts)) return false;
  const key = keyOf(ctx.tokens[next.paragraph]!, next.label);
  // The next speaker is the subject of "will" ("Ms Roe, will you …?" asks her, and is no hand-off).
  const named = ts.findIndex((t, i) => i >= from && i < from + MAX_HANDOFF_OPENING && bareWord(t) === key);
  if (named < 0 || ts[named + 1]?.lower !== 'will') return false;
  // "will now command the brigade" is news about the next speaker, not a hand-off.
  const verb = named + (ts[named + 2]?.lower === 'now' ? 3 : 2);
  if (!HANDING_VERBS.has(ts[verb]?.lower ?? '')) return false;
  return ts.slice(verb + 1, verb + 1 + MAX_HANDING_OBJECT).some((t) => HANDING_OBJECTS.has(t.lower));
}
