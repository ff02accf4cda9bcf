// Direct quotes: each quoted span becomes a candidate, then ordered sieves link a speaker, each
// only to what earlier sieves left open and each recording its name (CoreNLP's quote attribution).
import {
  describe,
  isFiniteVerb,
  nearestVerbSubject,
  quotedAsSaying,
  setOffSubject,
  subjectAfter,
  subjectBefore,
  type SpeakerPhrase,
} from '../mentions/speaker-np.js';
import { DASHES, STATEMENT_NOUNS } from '../mentions/lexicon.js';
import { QUOTE_MARK, wholeSentence, type QuotedSpan } from './quote-scan.js';
import { firstCue, lastCue, type CueAt } from './cue-find.js';
import { mentionOf, sentenceOf, tokenAt, type Context, type Found, type Mention } from './context.js';
import type { Attributing, Credit, Sieve } from './sieve.js';
import type { Token } from '../document/tokens.js';
import { creditLine, parseLabel } from './layout.js';
import { isEndMark } from './boilerplate.js';

/** Tokens a credit may stand away from its quote ("”, Wu told reporters on Thursday."). */
const CREDIT_WINDOW = 24;
/** Tokens allowed between a leading cue and the quote ("said in a statement on Friday: “"). */
const LEAD_GAP = 8;
/** Quoted spans shorter than this, with no cue, are names, titles or scare quotes. */
export const MIN_UNCREDITED_WORDS = 5;

const SENTENCE_END = new Set(['.', '!', '?']);

/** Credits the phrase (in paragraph `p`), recording the cue as printed. */
const credit = (ctx: Context, p: number, phrase: SpeakerPhrase, cue: string): Credit => ({
  mention: mentionOf(ctx, p, phrase),
  cue,
});

/** The speaker phrase of a cue: "X said", or inverted "said X"; "according to X". */
function speakerOfCue(ctx: Context, p: number, cue: CueAt, floor: number, ceil: number): SpeakerPhrase | null {
  const ts = ctx.tokens[p]!;
  if (cue.lemma === 'according') return subjectAfter(ts, cue.after - 1, ceil);
  return (
    quotedAsSaying(ts, cue.index, floor) ?? subjectBefore(ts, cue.index, floor) ?? subjectAfter(ts, cue.index, ceil)
  );
}

/** Quotes at most this far away (in quotes) lend a speaker to a neighbour in their paragraph. */
const MAX_NEIGHBOURS = 20;

/** Index of the nearest quoted span before (step -1) or after (step 1) `i` in the same paragraph, or -1. */
function quotedNeighbour(found: readonly Found[], i: number, step: 1 | -1): number {
  const p = found[i]!.paragraph;
  for (
    let k = i + step;
    k >= 0 && k < found.length && Math.abs(k - i) <= MAX_NEIGHBOURS && found[k]!.paragraph === p;
    k += step
  ) {
    if (found[k]!.quoted) return k;
  }
  return -1;
}
const before = (found: readonly Found[], i: number) => found[quotedNeighbour(found, i, -1)] ?? null;
const after = (found: readonly Found[], i: number) => found[quotedNeighbour(found, i, 1)] ?? null;

/** The tokens right after a quote's closing mark, up to the sentence end or the next quote. */
function afterQuote(
  ctx: Context,
  found: readonly Found[],
  i: number,
): { ts: readonly Token[]; from: number; start: number; to: number } {
  const q = found[i]!;
  const ts = ctx.tokens[q.paragraph]!;
  const from = tokenAt(ctx, q.paragraph, q.quoted!.close);
  const stopAt = after(found, i)?.quoted?.open ?? Infinity;
  let to = from;
  // A dot before ")" or "," closes an abbreviation ("R-Wis., said"), not the sentence.
  const endsSentence = (k: number) =>
    SENTENCE_END.has(ts[k]!.text) && ts[k + 1]?.text !== ')' && ts[k + 1]?.text !== ',';
  while (to < ts.length && to - from < CREDIT_WINDOW && ts[to]!.start < stopAt && !endsSentence(to)) to++;
  let start = from;
  while (start < to && !ts[start]!.word) start++;
  return { ts, from, start, to };
}

/** "”― Jane Roe": a dash and a name right after the closing mark. */
function inlineDashCredit({ ctx, found }: Attributing, i: number): Credit | null {
  const { ts, from, start, to } = afterQuote(ctx, found, i);
  if (start <= from || !DASHES.has(ts[start - 1]!.text) || start + 1 >= ts.length) return null;
  const phrase = subjectAfter(ts, start - 1, Math.max(to, Math.min(ts.length, start + CREDIT_WINDOW)));
  return phrase && phrase.kind === 'name' ? credit(ctx, found[i]!.paragraph, phrase, ts[start - 1]!.text) : null;
}

/** "“…,” X said." / "“…,” said X, a spokesperson for Y." / "“…,” according to X." */
function trailingCue({ ctx, found }: Attributing, i: number): Credit | null {
  const p = found[i]!.paragraph;
  const { ts, start, to } = afterQuote(ctx, found, i);
  const cue = firstCue(ts, start, to);
  if (!cue) return null;
  const phrase = speakerOfCue(ctx, p, cue, start, to);
  // The credit must follow the quote directly: the speaker or the cue comes first, or the report
  // that quotes the speaker ("“…,” the statement quoted Lars Engholm as saying").
  const reporter = phrase && ts[cue.index - 1]?.lower === 'as' ? subjectBefore(ts, phrase.from - 1, start) : null;
  if (!phrase || (Math.min(phrase.from, cue.index) !== start && reporter?.from !== start)) return null;
  return credit(ctx, p, phrase, cue.text);
}

/** The text before a quote's opening mark: its own paragraph, or the one above when the quote opens a paragraph. */
function leadIn(ctx: Context, q: Found): { p: number; ts: readonly Token[]; openAt: number } {
  const openAt = tokenAt(ctx, q.paragraph, q.quoted!.open);
  if (openAt > 0 || q.paragraph === 0) return { p: q.paragraph, ts: ctx.tokens[q.paragraph]!, openAt };
  const above = ctx.tokens[q.paragraph - 1]!;
  return { p: q.paragraph - 1, ts: above, openAt: above.length };
}

/** Words that join a participle to the clause whose subject it shares: "before asking", "while adding". */
const PARTICIPLE_LINKS = new Set(['before', 'after', 'while', 'when', 'by', 'without', 'then']);

/** "X said: “…”" / "X told reporters, “…”" / "According to X, “…”" */
function leadingCue({ ctx, found }: Attributing, i: number): Credit | null {
  const q = found[i]!;
  const { p, ts, openAt } = leadIn(ctx, q);
  // "Smith said:" closing the paragraph above.
  if (p !== q.paragraph && ts[ts.length - 1]?.text !== ':') return null;
  const [sentenceStart] = sentenceOf(ctx, p, Math.max(0, openAt - 1));
  const prev = p === q.paragraph ? (before(found, i)?.quoted?.close ?? -1) : -1;
  const floor = Math.max(sentenceStart, prev >= 0 ? tokenAt(ctx, p, prev) : 0);
  const cue = lastCue(ts, Math.max(floor, openAt - LEAD_GAP - 2), openAt);
  if (!cue) return null;
  const between = ts.slice(cue.after, openAt);
  // Only a colon, a comma or "that" (after a short complement) may separate cue and quote.
  const lastBetween = between[between.length - 1]?.text;
  if (between.length > 0 && lastBetween !== ':' && lastBetween !== ',' && lastBetween !== 'that') {
    if (!(cue.lemma === 'according' && between.every((t) => t.word))) return null;
  }
  if (between.some((t) => QUOTE_MARK.test(t.text))) return null;
  // "…, saying: “…”", "…: saying “…”", "… before asking her, “…”": a participle takes the subject of the clause before it.
  const join = ts[cue.index - 1];
  const participle =
    !!join &&
    (join.text === ',' || join.text === ':' || DASHES.has(join.text) || PARTICIPLE_LINKS.has(join.lower)) &&
    cue.text.endsWith('ing');
  const phrase = participle ? nearestVerbSubject(ts, floor, cue.index - 1) : speakerOfCue(ctx, p, cue, floor, openAt);
  return phrase ? credit(ctx, p, phrase, cue.text) : null;
}

/** Words that announce the statement that follows: "issued the following statement:". */
const ANNOUNCING = new Set(['a', 'this', 'these', 'following', 'brief', 'short', 'written']);

/**
 * "X issued the following statement after …:" (or "released this statement on …:") ending the
 * paragraph above the quote or the text before it: the subject of the verb owns the quote.
 */
function announcedStatement({ ctx, found }: Attributing, i: number): Credit | null {
  const { p, ts, openAt } = leadIn(ctx, found[i]!);
  if (openAt < 3 || ts[openAt - 1]!.text !== ':') return null;
  const [from] = sentenceOf(ctx, p, openAt - 1);
  const noun = ts.findIndex(
    (t, k) => k > from && k < openAt && STATEMENT_NOUNS.has(t.lower) && ANNOUNCING.has(ts[k - 1]!.lower),
  );
  if (noun < 0) return null;
  for (let v = noun - 1; v > from; v--) {
    if (!isFiniteVerb(ts[v]!)) continue;
    const phrase = subjectBefore(ts, v, from);
    return phrase ? credit(ctx, p, phrase, ts[v]!.text) : null;
  }
  return null;
}

/** Words before the speaker on a credit line: "And from Commissioner X:", "Also from …:". */
const CREDIT_LINE_LEAD = new Set(['and', 'also', 'from', 'plus']);

/** Kinds of article a headline's label names, no speaker: "Interview: “We will not give up the port”". */
const ARTICLE_KINDS = new Set(
  'interview exclusive analysis opinion comment editorial update explainer factbox profile review transcript'.split(
    ' ',
  ),
);

/** Words between a speaker and the topic of what they say: "Roe on housing: “…”". */
const TOPIC_LINKS = new Set(['on', 'about']);

/** Does the text name `name` after a capitalised word ("Minister Ana Roe" for "Roe"), as it names a person in full? */
const textSearches = new WeakMap<Context, Map<string, boolean>>();
/** Does `pattern` occur in the text? Each pattern is looked for once per text, so many "Roe: “…”" lines stay linear. */
function occurs(ctx: Context, pattern: string): boolean {
  const memo = textSearches.get(ctx) ?? new Map<string, boolean>();
  textSearches.set(ctx, memo);
  const known = memo.get(pattern);
  if (known !== undefined) return known;
  const found = new RegExp(pattern, 'u').test(ctx.doc.text);
  memo.set(pattern, found);
  return found;
}
const escaped = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const namedInFull = (ctx: Context, name: string | null): boolean =>
  !!name && occurs(ctx, `\\p{Lu}[\\p{L}.'’-]* ${escaped(name)}(?![\\p{L}])`);
/** Does the text print the word in lower case too ("Floods" and "the floods")? */
const inLowerCase = (ctx: Context, word: string | null): boolean =>
  !!word && occurs(ctx, `(?<![\\p{L}])${escaped(word.toLowerCase())}(?![\\p{L}])`);

/**
 * "Jane Roe: “…”", "Roe on housing: “…”" or, on the line above the quote, "And from Chairwoman
 * Jane Roe:" or "Quote from Jane Roe, Chief Executive:": a speaker and a colon before the quote,
 * with no speech verb.
 */
function colonCredit({ ctx, found }: Attributing, i: number): Credit | null {
  const q = found[i]!;
  const { p, ts, openAt } = leadIn(ctx, q);
  if (openAt < 2 || ts[openAt - 1]!.text !== ':') return null;
  const link = p !== q.paragraph && openAt === ts.length ? creditLine(ts) : null;
  if (link !== null) {
    const named = subjectAfter(ts, link, ts.length - 1);
    return named && named.kind !== 'pronoun'
      ? credit(
          ctx,
          p,
          named,
          ts
            .slice(0, link + 1)
            .map((t) => t.text)
            .join(' '),
        )
      : null;
  }
  let [start] = sentenceOf(ctx, p, openAt - 2);
  // "• Ana Roe, Minister: “…”": a bullet before the speaker is no word of the credit.
  while (start < openAt - 2 && BULLET.test(ts[start]!.text)) start++;
  // Lead words only on a line of its own: "from" inside a sentence is a preposition.
  if (p !== q.paragraph) while (start < openAt - 2 && CREDIT_LINE_LEAD.has(ts[start]!.lower)) start++;
  // "For Mayor Ana Roe, the answer is simple: “…”": the person the sentence opens for.
  const forComma = ts[start]?.lower === 'for' ? ts.findIndex((t, k) => k > start && k < openAt && t.text === ',') : -1;
  const forWhom = forComma > start + 1 ? describe(ts, start + 1, forComma) : null;
  if (forWhom?.kind === 'name' && forWhom.head === 'person') return credit(ctx, p, forWhom, ':');
  // "Roe on housing:": the speaker stands before the topic, a person the text names in full elsewhere.
  const topic = ts.findIndex((t, k) => k > start && k < openAt - 1 && TOPIC_LINKS.has(t.lower));
  // "Ana Ruiz, Head of Research:": a name with its title set off after it.
  const phrase =
    (topic < 0 ? setOffSubject(ts, openAt - 1, start) : null) ??
    subjectBefore(ts, topic > 0 ? topic : openAt - 1, start);
  if (!phrase || phrase.kind === 'pronoun' || phrase.from !== start) return null;
  if (phrase.to - phrase.from === 1 && ARTICLE_KINDS.has(ts[start]!.lower)) return null;
  if (topic > 0 && !namedInFull(ctx, phrase.name)) return null;
  // "Floods: “…”" over "… after the floods": one capitalised word the text also prints in lower case
  // is a topic, unless it is a person's name.
  const oneWord = phrase.kind === 'name' && phrase.to - phrase.from === 1;
  if (oneWord && !ts[start]!.tags.has('Person') && !namedInFull(ctx, phrase.name) && inLowerCase(ctx, phrase.name))
    return null;
  return credit(ctx, p, phrase, ':');
}

/** Marks of a list item before its first word. */
const BULLET = /^[•·▪◦‣●*\-–—]$/u;

/** "– Minister of Trade Ana Costa, March 3" on the line after the quote. */
export function dashCredit(ctx: Context, q: Found): Credit | null {
  const next = ctx.tokens[q.paragraph + 1];
  if (!next || !next[0] || !DASHES.has(next[0].text)) return null;
  // "– ENDS –" closes the release; it credits nobody.
  const line = ctx.doc.paragraphs[q.paragraph + 1]!;
  if (isEndMark(ctx.doc.text.slice(line.start, line.end))) return null;
  // "— Ana Roe, Minister: …" opens a turn (or, with a topic after it, a programme item): no credit above it.
  if (parseLabel(next) || parseLabel(next.slice(1))) return null;
  // "- Ana Roe: “…”": a bullet opening a quotation of its own is another item, no credit line.
  if (next.some((t) => QUOTE_MARK.test(t.text))) return null;
  const phrase = subjectAfter(next, 0, next.length);
  return phrase ? credit(ctx, q.paragraph + 1, phrase, next[0].text) : null;
}

/** Tokens of a credit line under a quote: a name, then a title and an organisation. */
const MAX_NAME_LINE = 16;

/**
 * "Jonas Lind, Project Director" alone on the line under a quotation that opens its paragraph: a
 * release's credit without a dash. The line (a paragraph of its own, or the rest of the quote's
 * after a line break) holds a person's name first, then only what a comma sets off: no verb, no
 * sentence's end, no quotation.
 */
function nameLineCredit({ ctx, found }: Attributing, i: number): Credit | null {
  const q = found[i]!;
  const { text } = ctx.doc;
  const block = ctx.doc.paragraphs[q.paragraph]!;
  if (!q.quoted?.closed || q.quoted.open !== block.start) return null;
  const own = q.quoted.close === block.end;
  if (!own && !/^[ \t]*(?:\r\n|\n|\r)/.test(text.slice(q.quoted.close, block.end))) return null;
  const p = own ? q.paragraph + 1 : q.paragraph;
  const ts = ctx.tokens[p];
  const from = own ? 0 : tokenAt(ctx, p, q.quoted.close);
  if (!ts || from >= ts.length || ts.length - from > MAX_NAME_LINE || !/^\p{Lu}/u.test(ts[from]!.text)) return null;
  const rest = ts.slice(from);
  if (rest.some((t) => isFiniteVerb(t) || QUOTE_MARK.test(t.text) || /^[.!?:]$/.test(t.text))) return null;
  const phrase = subjectAfter(ts, from - 1, ts.length);
  if (!phrase || phrase.kind !== 'name' || phrase.head !== 'person' || phrase.from !== from) return null;
  // A heading's one word ("Background") is no name: two words, or one the tagger knows as a person's.
  const words = ts.slice(phrase.from, phrase.to).filter((t) => t.word);
  if (words.length < 2 && !words.some((t) => t.tags.has('Person'))) return null;
  // The name runs to the line's end or to the comma setting its title off.
  if (phrase.to < ts.length && ts[phrase.to]!.text !== ',') return null;
  return credit(ctx, p, phrase, text.slice(ts[from]!.start, ts[ts.length - 1]!.end));
}

/** "“A,” he said. “B.”": a quote in a paragraph where a nearby quote has a speaker. */
function sameParagraph({ found }: Attributing, i: number): Credit | null {
  const q = found[i]!;
  const credited = (o: Found | null) => !!o && !!o.mention && !o.sameAs;
  let best: Found | null = null;
  let left = i;
  let right = i;
  // Walk outwards over the quoted spans, nearest first, a bounded number each way.
  for (let k = 1; k <= MAX_NEIGHBOURS && !best && (left >= 0 || right >= 0); k++) {
    left = left >= 0 ? quotedNeighbour(found, left, -1) : -1;
    right = right >= 0 ? quotedNeighbour(found, right, 1) : -1;
    const l = found[left] ?? null;
    const r = found[right] ?? null;
    if (credited(l) && credited(r)) best = q.span.start - l!.span.end <= r!.span.start - q.span.end ? l : r;
    else best = credited(l) ? l : credited(r) ? r : null;
  }
  return best ? { sameAs: best, cue: best.cue } : null;
}

const speakerSource = (f: Found): Found | null => (f.mention ? f : f.sameAs);
const opensParagraph = (ctx: Context, q: Found) =>
  !!q.quoted && q.quoted.open === ctx.doc.paragraphs[q.paragraph]!.start;

/** The quote just before `i`, when it is a quoted span ending the paragraph above a quote opening its paragraph. */
function quotedAbove(ctx: Context, found: readonly Found[], i: number): Found | null {
  const q = found[i]!;
  const prev = found[i - 1];
  return opensParagraph(ctx, q) && prev?.quoted && prev.paragraph === q.paragraph - 1 ? prev : null;
}

/** A quote opening a paragraph that carries on one left open above (an opening mark on each paragraph). */
function multiParagraph({ ctx, found }: Attributing, i: number): Credit | null {
  const prev = quotedAbove(ctx, found, i);
  const source = prev && !prev.quoted!.closed ? speakerSource(prev) : null;
  return source ? { sameAs: source, cue: source.cue } : null;
}

/**
 * A paragraph of a quote over several paragraphs (left open at its end) takes the speaker of the
 * paragraph that closes the quote: "“A.\n\n“B,” concluded X."
 */
function multiParagraphEnd({ ctx, found }: Attributing, i: number): Credit | null {
  let q = found[i]!;
  for (let k = i + 1; k < found.length && q.quoted && !q.quoted.closed; k++) {
    const next = found[k]!;
    if (!next.quoted) continue;
    if (next.paragraph !== q.paragraph + 1 || !opensParagraph(ctx, next)) return null;
    const source = speakerSource(next);
    if (source) return { sameAs: source, cue: source.cue };
    q = next;
  }
  return null;
}

/** A quote opening a paragraph right after a paragraph of quotes by one speaker. */
function continuation({ ctx, found }: Attributing, i: number): Credit | null {
  const prev = quotedAbove(ctx, found, i);
  const source = prev ? speakerSource(prev) : null;
  return source ? { sameAs: source, cue: source.cue } : null;
}

/** A header ("The following is a statement by X") credits the quotes nothing else credits. */
function statementHeader({ issuers }: Attributing): Credit | null {
  return issuers.header ? { mention: issuers.header, cue: null } : null;
}

/** The nearest credited quote of any kind before `i`. */
function creditedBefore(found: readonly Found[], i: number): Found | null {
  for (let k = i - 1; k >= 0; k--) if (found[k]!.rule) return found[k]!;
  return null;
}

/**
 * "…, Schiff said. “…”": the speaker of the reported speech just before, in the quote's paragraph
 * or, for a quote opening its paragraph, ending the one above.
 */
function afterReported({ ctx, found }: Attributing, i: number): Credit | null {
  const prev = creditedBefore(found, i);
  const q = found[i]!;
  if (!prev || !licensing(prev)) return null;
  const near = prev.paragraph === q.paragraph || (opensParagraph(ctx, q) && prev.paragraph === q.paragraph - 1);
  return near ? { sameAs: prev, cue: prev.cue } : null;
}

/** Tokens a sentence's subject may take before its verb, an apposition or a relative clause included. */
const SUBJECT_REACH = 30;

/** The person the sentence [from, to) has as its subject: the first finite verb's subject, a name or "he"/"she". */
function personSubject(ts: readonly Token[], from: number, to: number): SpeakerPhrase | null {
  for (let v = from + 1; v < Math.min(to, from + SUBJECT_REACH); v++) {
    if (!isFiniteVerb(ts[v]!)) continue;
    const subject = subjectBefore(ts, v, from);
    if (!subject) continue;
    const person = subject.kind === 'name' ? subject.head === 'person' : /^(he|she)$/.test(ts[subject.from]!.lower);
    return person && subject.kind !== 'description' ? subject : null;
  }
  return null;
}

/**
 * "Ana Ruiz, who chairs the board, praised the plan. “It is the best we have seen.”": a quote
 * opening a sentence, with no cue, is the person the sentence before names as its subject (in its
 * paragraph, or ending the paragraph above).
 */
function sentenceBefore({ ctx, found }: Attributing, i: number): Credit | null {
  const q = found[i]!;
  const { p, ts, openAt } = leadIn(ctx, q);
  const starts = ctx.sentenceStarts[p]!;
  let k = starts.length - 1;
  while (k > 0 && starts[k]! > openAt) k--;
  // The quote opens its sentence: nothing but punctuation between the sentence start and the mark.
  if (p === q.paragraph && ts.slice(starts[k]!, openAt).some((t) => t.word)) return null;
  const [from, to] = p === q.paragraph ? [starts[k - 1], starts[k]!] : [starts[k], ts.length];
  // A colon announces what follows ("issued a permit on Monday:"): that is not speech without a cue.
  if (from === undefined || ts[to - 1]?.text === ':') return null;
  // A quoted sentence is someone's words, not the writer's telling of who speaks next.
  const word = ts.slice(from, to).find((t) => t.word);
  if (word && found.some((f) => f.span.start <= word.start && word.start < f.span.end)) return null;
  const phrase = personSubject(ts, from, to);
  return phrase ? { mention: mentionOf(ctx, p, phrase), cue: null } : null;
}

/** Paragraphs of a headline and its standfirst, where a pull quote repeats words said below. */
const HEADLINE_PARAGRAPHS = 3;
const wordsOf = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/**
 * "Interview: “We cannot wait another decade”" over a credited answer holding those words: a
 * headline's pull quote is the words of whoever says them below.
 */
function repeatedWords({ ctx, found }: Attributing, i: number): Credit | null {
  const q = found[i]!;
  if (q.paragraph >= HEADLINE_PARAGRAPHS || !q.quoted) return null;
  const pulled = wordsOf(ctx.doc.text.slice(q.span.start, q.span.end));
  const source = found.find(
    (f) =>
      f !== q &&
      f.paragraph > q.paragraph &&
      f.rule !== null &&
      f.rule !== 'repeated-words' &&
      wordsOf(ctx.doc.text.slice(f.span.start, f.span.end)).includes(pulled),
  );
  return source ? { sameAs: source, cue: null } : null;
}

/** The mention that licensed a quote, following "same speaker as" links. */
export function licensing(q: Found): Mention | null {
  let f: Found | null = q;
  for (let hops = 0; f && hops < 1000; hops++) {
    if (f.mention) return f.mention;
    f = f.sameAs;
  }
  return null;
}

/**
 * The sieves for quoted spans, in the order they run: the surest first, the ones that lend a
 * neighbour's speaker last. Layout sieves register here, at the place their certainty puts them.
 */
export const DIRECT_SIEVES: readonly Sieve[] = [
  { name: 'inline-dash-credit', borrows: false, link: inlineDashCredit },
  { name: 'trailing-cue', borrows: false, link: trailingCue },
  { name: 'leading-cue', borrows: false, link: leadingCue },
  { name: 'announced-statement', borrows: false, link: announcedStatement },
  { name: 'dash-credit', borrows: false, link: ({ ctx, found }, i) => dashCredit(ctx, found[i]!) },
  { name: 'colon-credit', borrows: false, link: colonCredit },
  { name: 'name-line-credit', borrows: false, link: nameLineCredit },
  { name: 'same-paragraph', borrows: true, link: sameParagraph },
  { name: 'multi-paragraph', borrows: true, link: multiParagraph },
  { name: 'multi-paragraph-end', borrows: true, link: multiParagraphEnd },
  { name: 'continuation', borrows: true, link: continuation },
  { name: 'statement-header', borrows: true, link: statementHeader },
  { name: 'after-reported', borrows: true, link: afterReported },
  { name: 'sentence-before', borrows: true, link: sentenceBefore },
  { name: 'repeated-words', borrows: true, link: repeatedWords },
];

const wordCount = (ctx: Context, q: Found) => {
  const ts = ctx.tokens[q.paragraph]!;
  let n = 0;
  for (let i = tokenAt(ctx, q.paragraph, q.span.start); i < ts.length && ts[i]!.start < q.span.end; i++)
    if (ts[i]!.word) n++;
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

/** Share of a span's words (minor words aside) that must be capitalised for it to read as a name. */
const NAME_CAPITALS = 0.75;

/**
 * "“Coastal Freight Compact agreed at Valmora”": a quoted span with no verb of its own and most
 * words capitalised is the name of a policy, a plan or a work, not speech.
 */
function nameLike(ctx: Context, q: Found): boolean {
  const ts = ctx.tokens[q.paragraph]!;
  let words = 0;
  let capitals = 0;
  for (let i = tokenAt(ctx, q.paragraph, q.span.start); i < ts.length && ts[i]!.start < q.span.end; i++) {
    const t = ts[i]!;
    if (!t.word || MINOR_WORDS.has(t.lower)) continue;
    const capital = /^\p{Lu}/u.test(t.text);
    // A participle after a name's word modifies it ("Compact agreed at …"): no verb of the span's own.
    const participle = t.tags.has('PastTense') && /^\p{Lu}/u.test(ts[i - 1]?.text ?? '');
    if (!capital && isFiniteVerb(t) && !participle) return false;
    words++;
    if (capital) capitals++;
  }
  return words >= 2 && capitals >= NAME_CAPITALS * words;
}

/** Quoted spans as open direct quotes. */
export const quotedCandidates = (spans: readonly QuotedSpan[]): Found[] =>
  spans.map((s) => ({
    span: { start: s.start, end: s.end },
    kind: 'direct',
    paragraph: s.paragraph,
    quoted: s,
    mention: null,
    cue: null,
    rule: null,
    sameAs: null,
    reportedBy: null,
  }));

/** Quoted spans too short to be a quote unless a cue says so, and headings in title case ("‘Legend of the Hills’"). */
export const shortQuotes = (ctx: Context, found: readonly Found[]): Set<Found> =>
  new Set(
    found.filter(
      (q) =>
        q.quoted &&
        ((wordCount(ctx, q) < MIN_UNCREDITED_WORDS && !wholeSentence(ctx.doc.text, q.quoted, paragraphStart(ctx, q))) ||
          titleCase(ctx, q)),
    ),
  );
const paragraphStart = (ctx: Context, q: Found) => ctx.doc.paragraphs[q.paragraph]!.start;

/**
 * Short quoted spans nobody is credited with are names, titles and scare quotes; so are short
 * spans in title case ("Face the Nation"), even next to a cue.
 */
export const notScareQuote =
  (ctx: Context, short: ReadonlySet<Found>) =>
  (q: Found): boolean =>
    short.has(q) ? !!q.rule && !titleCase(ctx, q) : !!q.rule || !q.quoted || !nameLike(ctx, q);

/** A paragraph with no quote marks credited by a dash line below it (an epigraph). */
export function dashBlockQuotes(ctx: Context, quotedParagraphs: ReadonlySet<number>): Found[] {
  const out: Found[] = [];
  ctx.doc.paragraphs.forEach((_, i) => {
    if (i === 0 || quotedParagraphs.has(i - 1)) return;
    const line = ctx.tokens[i]!;
    if (!line[0] || !/^[\u2013\u2014]$/.test(line[0].text)) return;
    const above = ctx.doc.paragraphs[i - 1]!;
    const q: Found = {
      span: { start: above.start, end: above.end },
      kind: 'direct',
      paragraph: i - 1,
      quoted: null,
      mention: null,
      cue: null,
      rule: null,
      sameAs: null,
      reportedBy: null,
    };
    const found = dashCredit(ctx, q);
    if (found && 'mention' in found) out.push({ ...q, mention: found.mention, cue: found.cue, rule: 'dash-credit' });
  });
  return out;
}
