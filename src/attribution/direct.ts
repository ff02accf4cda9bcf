// Direct quotes: each quoted span becomes a candidate, then ordered sieves link a speaker, each
// only to what earlier sieves left open and each recording its name (CoreNLP's quote attribution).
import { isFiniteVerb, nearestVerbSubject, subjectAfter, subjectBefore, type SpeakerPhrase } from '../mentions/speaker-np.js';
import { STATEMENT_NOUNS } from '../mentions/lexicon.js';
import type { QuotedSpan } from '../quotes/scan.js';
import { firstCue, lastCue, type CueAt } from './cue-find.js';
import { mentionOf, sentenceOf, tokenAt, type Context, type Found } from './context.js';
import type { Token } from '../document/tokens.js';

/** Tokens a credit may stand away from its quote ("”, Wu told reporters on Thursday."). */
const CREDIT_WINDOW = 14;
/** Tokens allowed between a leading cue and the quote ("said in a statement on Friday: “"). */
const LEAD_GAP = 8;
/** Quoted spans shorter than this, with no cue, are names, titles or scare quotes. */
export const MIN_UNCREDITED_WORDS = 5;

const SENTENCE_END = new Set(['.', '!', '?']);
const DASHES = /^[\u2013\u2014\u2015-]$/;
const QUOTE_CHARS = /["“”„«»]/;

/** Credits `q` to the phrase (in paragraph `p`), recording the cue as printed and the rule. */
function link(ctx: Context, q: Found, p: number, phrase: SpeakerPhrase, cue: string, rule: string): true {
  q.mention = mentionOf(ctx, p, phrase);
  q.cue = cue;
  q.rule = rule;
  return true;
}

/** The speaker phrase of a cue: "X said", or inverted "said X"; "according to X". */
function speakerOfCue(ctx: Context, p: number, cue: CueAt, floor: number, ceil: number): SpeakerPhrase | null {
  const ts = ctx.tokens[p]!;
  if (cue.lemma === 'according') return subjectAfter(ts, cue.after - 1, ceil);
  return subjectBefore(ts, cue.index, floor) ?? subjectAfter(ts, cue.index, ceil);
}

/** Quotes at most this far away (in quotes) lend a speaker to a neighbour in their paragraph. */
const MAX_NEIGHBOURS = 20;

/** The quote before / after `i` in the same paragraph (quotes are in text order), or null. */
const before = (found: readonly Found[], i: number) => (found[i - 1]?.paragraph === found[i]!.paragraph ? found[i - 1]! : null);
const after = (found: readonly Found[], i: number) => (found[i + 1]?.paragraph === found[i]!.paragraph ? found[i + 1]! : null);

/** "“…,” X said." / "“…,” said X, a spokesperson for Y." / "“…,” according to X." */
function trailingCue(ctx: Context, found: readonly Found[], i: number): boolean {
  const q = found[i]!;
  const quoted = q.quoted!;
  const p = q.paragraph;
  const ts = ctx.tokens[p]!;
  const from = tokenAt(ctx, p, quoted.close);
  const stopAt = after(found, i)?.quoted?.open ?? Infinity;
  let to = from;
  const endsSentence = (k: number) => SENTENCE_END.has(ts[k]!.text) && ts[k + 1]?.text !== ')';
  while (to < ts.length && to - from < CREDIT_WINDOW && ts[to]!.start < stopAt && !endsSentence(to)) to++;
  let start = from;
  while (start < to && !ts[start]!.word) start++;
  // "”― Jane Roe": a dash and a name right after the closing mark.
  if (start > from && DASHES.test(ts[start - 1]!.text) && start + 1 < ts.length) {
    const phrase = subjectAfter(ts, start - 1, Math.max(to, Math.min(ts.length, start + CREDIT_WINDOW)));
    if (phrase && phrase.kind === 'name') return link(ctx, q, p, phrase, ts[start - 1]!.text, 'dash-credit');
  }
  const cue = firstCue(ts, start, to);
  if (!cue) return false;
  const phrase = speakerOfCue(ctx, p, cue, start, to);
  if (!phrase) return false;
  // The credit must follow the quote directly: the speaker or the cue comes first.
  if (Math.min(phrase.from, cue.index) !== start) return false;
  return link(ctx, q, p, phrase, cue.text, 'trailing-cue');
}

/** The text before a quote's opening mark: its own paragraph, or the one above when the quote opens a paragraph. */
function leadIn(ctx: Context, q: Found): { p: number; ts: readonly Token[]; openAt: number } {
  const openAt = tokenAt(ctx, q.paragraph, q.quoted!.open);
  if (openAt > 0 || q.paragraph === 0) return { p: q.paragraph, ts: ctx.tokens[q.paragraph]!, openAt };
  const above = ctx.tokens[q.paragraph - 1]!;
  return { p: q.paragraph - 1, ts: above, openAt: above.length };
}

/** "X said: “…”" / "X told reporters, “…”" / "According to X, “…”" */
function leadingCue(ctx: Context, found: readonly Found[], i: number): boolean {
  const q = found[i]!;
  const { p, ts, openAt } = leadIn(ctx, q);
  // "Smith said:" closing the paragraph above.
  if (p !== q.paragraph && ts[ts.length - 1]?.text !== ':') return false;
  const [sentenceStart] = sentenceOf(ctx, p, Math.max(0, openAt - 1));
  const prev = p === q.paragraph ? before(found, i)?.quoted?.close ?? -1 : -1;
  const floor = Math.max(sentenceStart, prev >= 0 ? tokenAt(ctx, p, prev) : 0);
  const cue = lastCue(ts, Math.max(floor, openAt - LEAD_GAP - 2), openAt);
  if (!cue) return false;
  const between = ts.slice(cue.after, openAt);
  // Only a colon, a comma or "that" (after a short complement) may separate cue and quote.
  const lastBetween = between[between.length - 1]?.text;
  if (between.length > 0 && lastBetween !== ':' && lastBetween !== ',' && lastBetween !== 'that') {
    if (!(cue.lemma === 'according' && between.every((t) => t.word))) return false;
  }
  if (between.some((t) => QUOTE_CHARS.test(t.text))) return false;
  // "…, saying: “…”": a participle takes the subject of the clause before it.
  const participle = ts[cue.index - 1]?.text === ',' && cue.text.endsWith('ing');
  const phrase = participle ? nearestVerbSubject(ts, floor, cue.index - 1) : speakerOfCue(ctx, p, cue, floor, openAt);
  return phrase ? link(ctx, q, p, phrase, cue.text, 'leading-cue') : false;
}

/** Words that announce the statement that follows: "issued the following statement:". */
const ANNOUNCING = new Set(['a', 'this', 'these', 'following', 'brief', 'short', 'written']);

/**
 * "X issued the following statement after …:" (or "released this statement on …:") ending the
 * paragraph above the quote or the text before it: the subject of the verb owns the quote.
 */
function announcedStatement(ctx: Context, found: readonly Found[], i: number): boolean {
  const { p, ts, openAt } = leadIn(ctx, found[i]!);
  if (openAt < 3 || ts[openAt - 1]!.text !== ':') return false;
  const [from] = sentenceOf(ctx, p, openAt - 1);
  const noun = ts.findIndex((t, k) => k > from && k < openAt && STATEMENT_NOUNS.has(t.lower) && ANNOUNCING.has(ts[k - 1]!.lower));
  if (noun < 0) return false;
  for (let v = noun - 1; v > from; v--) {
    if (!isFiniteVerb(ts[v]!)) continue;
    const phrase = subjectBefore(ts, v, from);
    return phrase ? link(ctx, found[i]!, p, phrase, ts[v]!.text, 'announced-statement') : false;
  }
  return false;
}

/** "Jane Roe: “…”": a name and a colon before the quote, with no speech verb. */
function colonCredit(ctx: Context, found: readonly Found[], i: number): boolean {
  const q = found[i]!;
  const ts = ctx.tokens[q.paragraph]!;
  const openAt = tokenAt(ctx, q.paragraph, q.quoted!.open);
  if (openAt < 2 || ts[openAt - 1]!.text !== ':') return false;
  const [sentenceStart] = sentenceOf(ctx, q.paragraph, openAt - 2);
  const phrase = subjectBefore(ts, openAt - 1, sentenceStart);
  if (!phrase || phrase.kind === 'pronoun' || phrase.from !== sentenceStart) return false;
  return link(ctx, q, q.paragraph, phrase, ':', 'colon-credit');
}

/** "“A,” he said. “B.”": a quote in a paragraph where a nearby quote has a speaker. */
function sameParagraph(_ctx: Context, found: readonly Found[], i: number): boolean {
  const q = found[i]!;
  const credited = (o: Found | null) => !!o && !!o.mention && !o.sameAs;
  let best: Found | null = null;
  let left: Found | null = q;
  let right: Found | null = q;
  // Walk outwards, nearest first, a bounded number of quotes each way.
  for (let k = 1; k <= MAX_NEIGHBOURS && !best && (left || right); k++) {
    left = left && before(found, i - k + 1);
    right = right && after(found, i + k - 1);
    const l: Found | null = left;
    const r: Found | null = right;
    if (credited(l) && credited(r)) best = q.span.start - l!.span.end <= r!.span.start - q.span.end ? l : r;
    else best = credited(l) ? l : credited(r) ? r : null;
  }
  if (!best) return false;
  q.sameAs = best;
  q.cue = best.cue;
  q.rule = 'same-paragraph';
  return true;
}

const speakerSource = (f: Found): Found | null => (f.mention ? f : f.sameAs);

/** A quote opening a paragraph right after a paragraph of quotes by one speaker. */
function continuation(ctx: Context, found: readonly Found[], i: number): boolean {
  const q = found[i]!;
  if (!q.quoted || q.quoted.open !== ctx.doc.paragraphs[q.paragraph]!.start) return false;
  const prev = found[i - 1];
  const source = prev && prev.paragraph === q.paragraph - 1 ? speakerSource(prev) : null;
  if (!prev || !source) return false;
  q.sameAs = source;
  q.cue = source.cue;
  q.rule = prev.quoted && !prev.quoted.closed ? 'multi-paragraph' : 'continuation';
  return true;
}

/** "– Minister of Trade Ana Costa, March 3" on the line after the quote. */
function dashCredit(ctx: Context, q: Found): boolean {
  const next = ctx.tokens[q.paragraph + 1];
  if (!next || !next[0] || !DASHES.test(next[0].text)) return false;
  const phrase = subjectAfter(next, 0, next.length);
  return phrase ? link(ctx, q, q.paragraph + 1, phrase, next[0].text, 'dash-credit') : false;
}

type Sieve = (ctx: Context, found: readonly Found[], i: number) => boolean;

/** The sieves in the order they run: the surest first. */
export const DIRECT_SIEVES: ReadonlyArray<[string, Sieve]> = [
  ['trailing-cue', trailingCue],
  ['leading-cue', leadingCue],
  ['announced-statement', announcedStatement],
  ['dash-credit', (ctx, found, i) => dashCredit(ctx, found[i]!)],
  ['colon-credit', colonCredit],
  ['same-paragraph', sameParagraph],
  ['continuation', continuation],
];

const wordCount = (ctx: Context, q: Found) => {
  const ts = ctx.tokens[q.paragraph]!;
  let n = 0;
  for (let i = tokenAt(ctx, q.paragraph, q.span.start); i < ts.length && ts[i]!.start < q.span.end; i++) if (ts[i]!.word) n++;
  return n;
};

const MINOR_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'in', 'on', 'for', 'to', 'at', 'with', 'or', 'by']);
function titleCase(ctx: Context, q: Found): boolean {
  const ts = ctx.tokens[q.paragraph]!;
  let capitals = 0;
  for (let i = tokenAt(ctx, q.paragraph, q.span.start); i < ts.length && ts[i]!.start < q.span.end; i++) {
    const t = ts[i]!;
    if (!t.word || MINOR_WORDS.has(t.lower)) continue;
    if (!/^\p{Lu}/u.test(t.text)) return false;
    capitals++;
  }
  return capitals >= 2;
}

/** Quoted spans of the given paragraphs as direct quotes, linked by the sieves. */
export function directQuotes(ctx: Context, spans: readonly QuotedSpan[]): Found[] {
  const found: Found[] = spans.map((s) => ({
    span: { start: s.start, end: s.end }, kind: 'direct', paragraph: s.paragraph, quoted: s,
    mention: null, cue: null, rule: null, sameAs: null, reportedBy: null,
  }));
  const short = new Set(found.filter((q) => wordCount(ctx, q) < MIN_UNCREDITED_WORDS));
  for (const [, sieve] of DIRECT_SIEVES) {
    // A short span borrows no speaker from its neighbours: it is a scare quote until a cue says otherwise.
    const borrows = sieve === sameParagraph || sieve === continuation;
    found.forEach((q, i) => {
      if (!q.rule && !(borrows && short.has(q))) sieve(ctx, found, i);
    });
  }
  // Short quoted spans nobody is credited with are names, titles and scare quotes; so are short
  // spans in title case ("Face the Nation"), even next to a cue.
  return found.filter((q) => !short.has(q) || (q.rule && !titleCase(ctx, q)));
}

/** A paragraph with no quote marks credited by a dash line below it (an epigraph). */
export function dashBlockQuotes(ctx: Context, quotedParagraphs: ReadonlySet<number>): Found[] {
  const out: Found[] = [];
  ctx.doc.paragraphs.forEach((_, i) => {
    if (i === 0 || quotedParagraphs.has(i - 1)) return;
    const line = ctx.tokens[i]!;
    if (!line[0] || !/^[\u2013\u2014]$/.test(line[0].text)) return;
    const above = ctx.doc.paragraphs[i - 1]!;
    const q: Found = {
      span: { start: above.start, end: above.end }, kind: 'direct', paragraph: i - 1, quoted: null,
      mention: null, cue: null, rule: null, sameAs: null, reportedBy: null,
    };
    if (dashCredit(ctx, q)) out.push(q);
  });
  return out;
}
