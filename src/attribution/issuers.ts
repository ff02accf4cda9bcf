// Who issues a statement: byline and header lines ("Jane Roe, Deputy Spokesperson",
// "Office of the Spokesperson", "The following may be attributed to Spokesperson Jane Roe:",
// "Ministry of Energy - Press Office") and the subject of a release's opening "X announced".
// Issuers are speakers even without a quote; a header names the speaker of uncredited quotes.
import { describe, subjectAfter, subjectBefore } from '../mentions/speaker-np.js';
import { TITLES } from '../mentions/lexicon.js';
import { cueAt } from './cue-find.js';
import { mentionOf, type Context, type Mention } from './context.js';
import { titleLineSpeakers, transcriptHeader } from './layout.js';
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
}

const capitalizedWord = (t: Token) => t.word && /^\p{Lu}/u.test(t.text);
const words = (ts: readonly Token[]) => ts.filter((t) => t.word).length;

/** "Jane Roe, Deputy Spokesperson" */
function byline(ctx: Context, p: number, ts: readonly Token[]): Mention | null {
  const comma = ts.findIndex((t) => t.text === ',');
  if (comma < 2 || words(ts) > MAX_BYLINE_WORDS || ts.length - comma < 2) return null;
  const name = ts.slice(0, comma);
  const role = ts.slice(comma + 1);
  if (!name.every(capitalizedWord) || !role.every((t) => t.word) || !role.some((t) => TITLES.has(t.lower))) return null;
  const phrase = describe(ts, 0, ts.length);
  const person = describe(ts, 0, comma);
  return mentionOf(ctx, p, { ...person, to: ts.length, title: phrase.title ?? role.map((t) => t.text).join(' ') });
}

/** "Office of the Spokesperson", "Ministry of Fisheries - Press Corner": an organisation line. */
function officeLine(ctx: Context, p: number, ts: readonly Token[]): Mention | null {
  if (words(ts) > MAX_BYLINE_WORDS || ts.length < 2) return null;
  if (ts[0]!.lower === 'office' && ts[1]!.lower === 'of' && ts.every((t) => t.word)) {
    const name = ts.map((t) => t.text).join(' ');
    return mentionOf(ctx, p, {
      ...describe(ts, 0, ts.length),
      kind: 'name',
      name,
      head: 'organization',
      title: null,
      organization: null,
    });
  }
  const dash = ts.findIndex((t) => /^[-\u2013\u2014]$/.test(t.text));
  if (dash >= 2 && ts.slice(0, dash).every(capitalizedWord)) {
    const phrase = describe(ts, 0, dash);
    if (phrase.head === 'organization') return mentionOf(ctx, p, phrase);
  }
  return null;
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

/** "The following is attributable to X:", "The following is a statement by X …" */
function headerCredit(ctx: Context, p: number, ts: readonly Token[]): Mention | null {
  if (ts[0]?.lower !== 'the' || ts[1]?.lower !== 'following') return null;
  const by = ts.findIndex(
    (t, i) =>
      i < 8 && (t.lower === 'by' || (t.lower === 'to' && ts[i - 1]?.lower === 'attributable') || t.lower === 'from'),
  );
  if (by < 0) return null;
  const phrase = subjectAfter(ts, by, ts.length);
  return phrase && phrase.kind !== 'pronoun' ? mentionOf(ctx, p, phrase) : null;
}

/** The speakers a title line names ("Remarks by X", "Press Briefing by X and Y", "X’s Press Conference"). */
function titleLineCredits(ctx: Context, p: number, ts: readonly Token[]): Mention[] {
  const out: Mention[] = [];
  for (const [from, to] of titleLineSpeakers(ts)) {
    const phrase = describe(ts, from, to);
    // A possessive title line names a person ("Spokesperson X’s Press Conference", not "Country’s Statement").
    const possessive = /['’]s$/.test(ts[to - 1]!.text);
    if (phrase.kind !== 'name' || !phrase.name || (possessive && phrase.head !== 'person')) continue;
    out.push(mentionOf(ctx, p, { ...phrase, name: phrase.name.replace(/['’]s$/, '') }));
  }
  return out;
}

/** A release's "X announced" or "X today announced" in its first paragraphs. */
function announcer(ctx: Context, p: number, ts: readonly Token[]): Mention | null {
  for (let i = 1; i < ts.length; i++) {
    const cue = cueAt(ts, i);
    if (!cue || cue.lemma !== 'announce') continue;
    const phrase = subjectBefore(ts, i, 0);
    if (phrase && phrase.kind === 'name') return mentionOf(ctx, p, phrase);
  }
  return null;
}

export function findIssuers(ctx: Context): Issuers {
  const mentions: Mention[] = [];
  let header: Mention | null = null;
  let office: Mention | null = null;
  let transcript: Issuers['transcript'] = null;
  const last = Math.min(ctx.doc.paragraphs.length, HEADER_PARAGRAPHS);
  for (let p = 0; p < last; p++) {
    const ts = ctx.tokens[p]!;
    transcript ??= transcriptCredit(ctx, p, ts);
    const credit = (transcript?.paragraph === p ? transcript.mention : null) ?? headerCredit(ctx, p, ts);
    const credits = credit ? [credit] : titleLineCredits(ctx, p, ts);
    if (credits.length) {
      // A line naming several speakers ("Briefing by A and B") hands the text to none of them.
      if (credits.length === 1) header ??= credits[0]!;
      pushAll(mentions, credits);
      continue;
    }
    const line = byline(ctx, p, ts);
    if (line) {
      mentions.push(line);
      continue;
    }
    office ??= officeLine(ctx, p, ts);
    if (p > 0 && p < 4 && !mentions.length) {
      const a = announcer(ctx, p, ts);
      if (a) mentions.push(a);
    }
  }
  // An office line names the issuer only when no person is credited.
  if (office && !header) mentions.push(office);
  return { mentions, header, transcript };
}
