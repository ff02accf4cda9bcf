// A learned ranker for "which mention is the source of this quote": the speaker phrases around a
// quote are candidates, each described by generic features (distance, side, sentence and
// paragraph, kind of phrase, tagger's entity tags, subject of a speech cue, the rules' own pick),
// and a linear model trained on PolNeAR's training split scores them. Only the experiment in
// scripts/ranker/ reads this module: the pipeline does not (README, "A learned source ranker").
// No feature reads a word of a name: only positions, word classes and the language's cue verbs.
import { describe, subjectAfter, type SpeakerPhrase } from '../mentions/speaker-np.js';
import { SUBJECT_PRONOUNS, VERB_FILLERS } from '../mentions/lexicon.js';
import { cueAt } from './cue-find.js';
import { mentionOf, type Context, type Found, type Mention } from './context.js';
import type { Token } from '../document/tokens.js';

/** Paragraphs before and after the quote's own that may hold its source. */
const PARAGRAPHS_BEFORE = 2;
const PARAGRAPHS_AFTER = 1;

/** The features, in the order of a candidate's vector and of the weights file. */
export const FEATURES = [
  'before',
  'logTokens',
  'within3',
  'within10',
  'sameSentence',
  'nextSentence',
  'sameParagraph',
  'paragraphAbove',
  'paragraphBelow',
  'name',
  'description',
  'pronoun',
  'organization',
  'group',
  'unnamed',
  'firstPerson',
  'heShe',
  'they',
  'it',
  'title',
  'tagPerson',
  'tagOrganization',
  'tagPlace',
  'cueSubject',
  'cueInverted',
  'accordingTo',
  'opensSentence',
  'nearest',
  'nearestOnSide',
  'logNameCount',
  'rulePick',
  'rulePickBorrowed',
  'reported*cueSubject',
  'reported*before',
  'reported*logTokens',
  'reported*sameSentence',
  'reported*rulePick',
] as const;
export type FeatureName = (typeof FEATURES)[number];

export interface Candidate {
  mention: Mention;
  /** One value per entry of FEATURES. */
  x: number[];
}

/** What a quote's rules decided, read as features: the mention they credit and whether it was borrowed. */
export interface RulePick {
  mention: Mention | null;
  borrowed: boolean;
}

/** Index of a token among all the document's tokens (paragraphs laid end to end). */
const globalIndex = (ctx: Context) => {
  const offsets: number[] = [];
  let n = 0;
  for (const ts of ctx.tokens) {
    offsets.push(n);
    n += ts.length;
  }
  return offsets;
};

const NOUN_TAGS = ['Noun', 'ProperNoun', 'Person', 'Organization', 'Acronym'];
const ARTICLES = new Set(['the', 'a', 'an']);
/**
 * Not a speaker: a phrase ending in an article (the tagger may call a capitalised "The" a noun),
 * or one word opening a sentence that is no noun ("Later,", "Meanwhile"), capitalised by its place.
 */
const notSpeaker = (ts: readonly Token[], phrase: SpeakerPhrase) =>
  ARTICLES.has(ts[phrase.to - 1]!.lower) ||
  (phrase.to - phrase.from === 1 &&
    ts[phrase.from]!.sentence !== ts[phrase.from - 1]?.sentence &&
    !NOUN_TAGS.some((tag) => ts[phrase.from]!.tags.has(tag)));

/** The speaker phrases of a paragraph, left to right, none inside the spans to skip (quotes). */
export function phrasesOf(ts: readonly Token[], skip: (t: Token) => boolean): SpeakerPhrase[] {
  const out: SpeakerPhrase[] = [];
  for (let k = 0; k < ts.length;) {
    if (skip(ts[k]!)) {
      k++;
      continue;
    }
    const phrase = subjectAfter(ts, k - 1, ts.length);
    // A pronoun is a candidate wherever it stands ("he said", not only "said he").
    const pronoun = SUBJECT_PRONOUNS.has(ts[k]!.lower) && !phrase;
    const found = pronoun ? describe(ts, k, k + 1) : phrase;
    if (!found || ts.slice(found.from, found.to).some(skip) || (!pronoun && notSpeaker(ts, found))) {
      k++;
      continue;
    }
    out.push({ ...found, apposition: null });
    k = found.to;
  }
  return out;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** Skips adverbs and auxiliaries from token `i` on ("has also said"). */
function skipFillers(ts: readonly Token[], i: number): number {
  while (i < ts.length && VERB_FILLERS.has(ts[i]!.lower)) i++;
  return i;
}

/** Is the phrase the subject of a speech cue right after it ("X said", "X, a spokesman, said")? */
function cueSubject(ts: readonly Token[], phrase: SpeakerPhrase): boolean {
  let k = phrase.to;
  // Over an apposition set off by commas.
  if (ts[k]?.text === ',') {
    let close = k + 1;
    while (close < ts.length && close - k < 16 && ts[close]!.text !== ',') close++;
    if (ts[close]?.text === ',') k = close + 1;
  }
  const cue = cueAt(ts, skipFillers(ts, k));
  return !!cue && cue.lemma !== 'according';
}

/** Counts of each lower-case word in the document, for how often a name recurs. */
export function wordCounts(ctx: Context): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ts of ctx.tokens) for (const t of ts) if (t.word) counts.set(t.lower, (counts.get(t.lower) ?? 0) + 1);
  return counts;
}

/** The document-wide facts the features read, computed once per document. */
export interface RankerDocument {
  ctx: Context;
  offsets: number[];
  counts: Map<string, number>;
  /** Is the token inside a quoted span? */
  quoted: (t: Token) => boolean;
}

export function rankerDocument(ctx: Context, found: readonly Found[]): RankerDocument {
  const inQuotes = new Set<Token>();
  for (const f of found) {
    if (!f.quoted) continue;
    for (const t of ctx.tokens[f.paragraph]!) if (f.span.start <= t.start && t.end <= f.span.end) inQuotes.add(t);
  }
  return { ctx, offsets: globalIndex(ctx), counts: wordCounts(ctx), quoted: (t) => inQuotes.has(t) };
}

/** First and last token of the quote, as indices over the whole document. */
function quoteEdges(rd: RankerDocument, q: Found): [number, number, number, number] {
  const ts = rd.ctx.tokens[q.paragraph]!;
  let first = ts.findIndex((t) => t.end > q.span.start);
  if (first < 0) first = ts.length - 1;
  let last = first;
  while (last + 1 < ts.length && ts[last + 1]!.start < q.span.end) last++;
  const at = rd.offsets[q.paragraph]!;
  return [at + first, at + last, ts[first]?.sentence ?? -1, ts[last]?.sentence ?? -1];
}

/** The candidates for quote `q`, each with its feature vector. */
export function candidatesOf(rd: RankerDocument, q: Found, pick: RulePick): Candidate[] {
  const { ctx } = rd;
  const [first, last, firstSentence, lastSentence] = quoteEdges(rd, q);
  const mentions: Mention[] = [];
  const lo = Math.max(0, q.paragraph - PARAGRAPHS_BEFORE);
  const hi = Math.min(ctx.tokens.length - 1, q.paragraph + PARAGRAPHS_AFTER);
  const inQuote = (t: Token) => rd.quoted(t) || (t.start >= q.span.start && t.end <= q.span.end);
  for (let p = lo; p <= hi; p++)
    for (const phrase of phrasesOf(ctx.tokens[p]!, inQuote)) mentions.push(mentionOf(ctx, p, phrase));
  if (pick.mention && !mentions.some((m) => overlaps(m.span, pick.mention!.span))) mentions.push(pick.mention);
  const distance = (m: Mention) => {
    const at = rd.offsets[m.paragraph]!;
    const from = at + m.phrase.from;
    const to = at + m.phrase.to - 1;
    return to < first ? first - to : from > last ? from - last : 0;
  };
  const dists = mentions.map(distance);
  const before = mentions.map((m) => m.span.end <= q.span.start);
  const least = (ds: number[]) => ds.reduce((a, b) => Math.min(a, b), Infinity);
  const nearest = least(dists);
  const nearestSide = [true, false].map((side) => least(dists.filter((_, k) => before[k] === side)));
  const reported = q.kind === 'direct' ? 0 : 1;
  return mentions.map((m, k) => {
    const ts = ctx.tokens[m.paragraph]!;
    const phrase = m.phrase;
    const words = ts.slice(phrase.from, phrase.to);
    const sentence = words[0]!.sentence;
    const sentenceGap =
      sentence < firstSentence ? firstSentence - sentence : sentence > lastSentence ? sentence - lastSentence : 0;
    const lower = phrase.kind === 'pronoun' ? words[0]!.lower : '';
    const logTokens = Math.log1p(dists[k]!);
    const isPick = !!pick.mention && overlaps(m.span, pick.mention.span) ? 1 : 0;
    const lastWord = words[words.length - 1]!.lower;
    const starts = ctx.sentenceStarts[m.paragraph]!;
    const f: Record<FeatureName, number> = {
      before: before[k] ? 1 : 0,
      logTokens,
      within3: dists[k]! <= 3 ? 1 : 0,
      within10: dists[k]! <= 10 ? 1 : 0,
      sameSentence: sentenceGap === 0 ? 1 : 0,
      nextSentence: sentenceGap === 1 ? 1 : 0,
      sameParagraph: m.paragraph === q.paragraph ? 1 : 0,
      paragraphAbove: m.paragraph < q.paragraph ? 1 : 0,
      paragraphBelow: m.paragraph > q.paragraph ? 1 : 0,
      name: phrase.kind === 'name' ? 1 : 0,
      description: phrase.kind === 'description' ? 1 : 0,
      pronoun: phrase.kind === 'pronoun' ? 1 : 0,
      organization: phrase.head === 'organization' ? 1 : 0,
      group: phrase.head === 'group' ? 1 : 0,
      unnamed: phrase.head === 'unnamed' ? 1 : 0,
      firstPerson: lower === 'i' || lower === 'we' ? 1 : 0,
      heShe: lower === 'he' || lower === 'she' ? 1 : 0,
      they: lower === 'they' ? 1 : 0,
      it: lower === 'it' ? 1 : 0,
      title: phrase.title ? 1 : 0,
      tagPerson: words.some((t) => t.tags.has('Person')) ? 1 : 0,
      tagOrganization: words.some((t) => t.tags.has('Organization')) ? 1 : 0,
      tagPlace: words.some((t) => t.tags.has('Place')) ? 1 : 0,
      cueSubject: cueSubject(ts, phrase) ? 1 : 0,
      cueInverted: phrase.from > 0 && cueAt(ts, phrase.from - 1) ? 1 : 0,
      accordingTo: phrase.from > 1 && cueAt(ts, phrase.from - 2)?.lemma === 'according' ? 1 : 0,
      opensSentence: starts.includes(phrase.from) ? 1 : 0,
      nearest: dists[k] === nearest ? 1 : 0,
      nearestOnSide: dists[k] === nearestSide[before[k] ? 0 : 1] ? 1 : 0,
      logNameCount: phrase.kind === 'name' ? Math.log1p(rd.counts.get(lastWord) ?? 0) : 0,
      rulePick: isPick,
      rulePickBorrowed: isPick && pick.borrowed ? 1 : 0,
      'reported*cueSubject': reported && cueSubject(ts, phrase) ? 1 : 0,
      'reported*before': reported && before[k] ? 1 : 0,
      'reported*logTokens': reported * logTokens,
      'reported*sameSentence': reported && sentenceGap === 0 ? 1 : 0,
      'reported*rulePick': reported * isPick,
    };
    return { mention: m, x: FEATURES.map((name) => f[name]) };
  });
}

/** A linear model's score of a candidate. */
export const scoreOf = (weights: readonly number[], x: readonly number[]): number =>
  x.reduce((sum, v, i) => sum + v * (weights[i] ?? 0), 0);

/** The best-scoring candidate with its probability under the model (softmax over the candidates), or null for none. */
export function best(
  weights: readonly number[],
  candidates: readonly Candidate[],
): { top: Candidate; p: number } | null {
  const scores = candidates.map((c) => scoreOf(weights, c.x));
  let k = -1;
  scores.forEach((s, i) => {
    if (k < 0 || s > scores[k]!) k = i;
  });
  if (k < 0) return null;
  const z = scores.reduce((sum, s) => sum + Math.exp(s - scores[k]!), 0);
  return { top: candidates[k]!, p: 1 / z };
}
