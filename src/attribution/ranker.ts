// A learned tie-break for "which speaker is the source" of a quote the rules credited only by
// borrowing (or not at all): every speaker of the text is a candidate, described by generic
// features (how near its mentions stand, on which side, in which paragraph, pronoun or name, what
// kind of speaker, who the neighbouring quotes belong to); a log-linear model over them, trained
// on PolNeAR's train split by scripts/train-ranker.mjs, scores each, and the best one replaces the
// rules' choice when it wins by the margin the weights file states. No word of any text is a
// feature: the weights are numbers over the names below.
import type { AttributedQuote, Document, SpeakerOut, TextSpan } from '../types.js';
import { lowerBound } from '../document/search.js';

export interface RankerWeights {
  /** Rules whose choice the ranker may overturn ("" stands for a quote no rule credited). */
  rules: string[];
  /** How much more probable than the rules' choice the ranker's must be. */
  margin: number;
  weights: Record<string, number>;
}

/** The candidate that stands for "no speaker of this text" (only for quotes no rule credited). */
export const NOBODY = '';
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'him', 'her', 'them']);
/** Characters over which a mention's nearness halves. */
const NEAR = 150;

/** What the features of one quote read: every quote and speaker of the text, where its paragraphs and sentences start. */
export interface RankerInput {
  quotes: readonly AttributedQuote[];
  speakers: readonly SpeakerOut[];
  paragraphs: readonly number[];
  sentences: readonly number[];
}

/** The ranker's input for a document's attribution. */
export const rankerInput = (
  doc: Document,
  quotes: readonly AttributedQuote[],
  speakers: readonly SpeakerOut[],
): RankerInput => ({
  quotes,
  speakers,
  paragraphs: doc.paragraphs.map((p) => p.start),
  sentences: doc.sentences.map((s) => s.start),
});

/** How many of the sorted `starts` lie in (a, b], at most 2: 0 the same unit, 1 the next, 2 further. */
const unitsBetween = (starts: readonly number[], a: number, b: number) =>
  Math.min(2, lowerBound(starts.length, (k) => starts[k]! > b) - lowerBound(starts.length, (k) => starts[k]! > a));

/** The nearest mention of each speaker ending before the quote and starting after it, and any inside it. */
function nearest(mentions: readonly TextSpan[], q: AttributedQuote) {
  let before: TextSpan | null = null;
  let after: TextSpan | null = null;
  let inside = false;
  for (const m of mentions) {
    if (m.end <= q.start) before = m;
    else if (m.start >= q.end) after ??= m;
    else inside = true;
  }
  return { before, after, inside };
}

const closeness = (d: number) => NEAR / (NEAR + d);
const isPronoun = (m: TextSpan | null) => !!m && PRONOUNS.has(m.text.toLowerCase());

/** The quote before and after `i` in text order that does not overlap it. */
function neighbours(quotes: readonly AttributedQuote[], i: number) {
  const q = quotes[i]!;
  let prev: AttributedQuote | null = null;
  let next: AttributedQuote | null = null;
  for (let k = i - 1; k >= 0 && !prev; k--) if (quotes[k]!.end <= q.start) prev = quotes[k]!;
  for (let k = i + 1; k < quotes.length && !next; k++) if (quotes[k]!.start >= q.end) next = quotes[k]!;
  return { prev, next };
}

/** Features of every speaker as the source of quote `i`, by speaker id. */
export function candidateFeatures(input: RankerInput, i: number): Map<string, Record<string, number>> {
  const { quotes, speakers, paragraphs, sentences } = input;
  // Mentions that license another quote: "Ana Ruiz said the pier was closed" after a quote is hers for that one.
  const owned = new Set(quotes.flatMap((o, k) => (k !== i && o.speakerMention ? [o.speakerMention.start] : [])));
  const q = quotes[i]!;
  const { prev, next } = neighbours(quotes, i);
  const credited = new Map<string, number>();
  quotes.forEach((o, k) => {
    if (k !== i && o.speakerId) credited.set(o.speakerId, (credited.get(o.speakerId) ?? 0) + 1);
  });
  const others = quotes.length - 1;
  const near = speakers.map((s) => ({ s, ...nearest(s.mentions, q) }));
  // Ranks of each speaker's nearest mention among all speakers', on each side.
  const rankOf = (side: 'before' | 'after') => {
    const dist = (m: TextSpan | null) => (!m ? Infinity : side === 'before' ? q.start - m.end : m.start - q.end);
    const order = near.filter((n) => n[side]).sort((a, b) => dist(a[side]) - dist(b[side]));
    return new Map(order.map((n, k) => [n.s.id, k]));
  };
  const rankBefore = rankOf('before');
  const rankAfter = rankOf('after');
  const out = new Map<string, Record<string, number>>();
  for (const { s, before, after, inside } of near) {
    const f: Record<string, number> = { [`kind:${s.kind}`]: 1 };
    if (s.id === q.speakerId) {
      f.chosen = 1;
      f[`chosen:rule:${q.rule ?? ''}`] = 1;
      f[`chosen:quote:${q.kind}`] = 1;
    }
    // Each side's nearest mention, from the quote's near edge: [side, mention, its gap's start and end].
    const sides = [
      ['before', before, before?.end, q.start],
      ['after', after, q.end, after?.start],
    ] as const;
    for (const [side, m, from, to] of sides) {
      if (!m) continue;
      f[side] = closeness(to! - from!);
      f[`${side}:paragraphs:${unitsBetween(paragraphs, from!, to!)}`] = 1;
      f[`${side}:sentences:${unitsBetween(sentences, from!, to!)}`] = 1;
      if (isPronoun(m)) f[`${side}:pronoun`] = 1;
      if (owned.has(m.start)) f[`${side}:owned`] = 1;
      const rank = (side === 'before' ? rankBefore : rankAfter).get(s.id)!;
      if (rank < 2) f[`${side}:rank:${rank}`] = 1;
    }
    if (inside) f.inside = 1;
    if (s.id === q.reportedBy) f.reportedBy = 1;
    f.mentions = Math.log1p(s.mentions.length) / 3;
    if (others > 0) f.share = (credited.get(s.id) ?? 0) / others;
    if (prev?.speakerId === s.id) f[`prev:paragraphs:${unitsBetween(paragraphs, prev.end, q.start)}`] = 1;
    if (next?.speakerId === s.id) f[`next:paragraphs:${unitsBetween(paragraphs, q.end, next.start)}`] = 1;
    out.set(s.id, f);
  }
  // A quote no rule credited may have no source among the speakers: "nobody" competes with them.
  if (!q.rule) out.set(NOBODY, { nobody: 1, [`nobody:quote:${q.kind}`]: 1 });
  return out;
}

export const score = (f: Record<string, number>, w: Record<string, number>): number =>
  Object.entries(f).reduce((sum, [k, v]) => sum + (w[k] ?? 0) * v, 0);

/**
 * The speaker the ranker would give quote `i` instead of the rules' choice, or null to keep it:
 * only for the rules it may overturn, and only when its choice is more probable by the margin.
 */
export function rankedSource(input: RankerInput, i: number, model: RankerWeights): SpeakerOut | null {
  const q = input.quotes[i]!;
  if (!model.rules.includes(q.rule ?? '') || input.speakers.length === 0) return null;
  const scores = [...candidateFeatures(input, i)].map(([id, f]) => ({ id, score: score(f, model.weights) }));
  const top = scores.reduce((m, s) => Math.max(m, s.score), -Infinity);
  const total = scores.reduce((sum, s) => sum + Math.exp(s.score - top), 0);
  const p = (id: string | null) => {
    const s = scores.find((x) => x.id === id);
    return s ? Math.exp(s.score - top) / total : 0;
  };
  const best = scores.find((s) => s.score === top)!;
  if (best.id === NOBODY || best.id === q.speakerId || p(best.id) - p(q.speakerId) < model.margin) return null;
  return input.speakers.find((s) => s.id === best.id)!;
}

/** The mention of `s` that stands for it at quote `q`: its nearest before the quote, else after. */
function mentionAt(s: SpeakerOut, q: AttributedQuote): TextSpan | null {
  const { before, after } = nearest(s.mentions, q);
  return before ?? after;
}

/** The quotes with the ranker's choice where it overturns the rules', recorded as rule "ranker". */
export function rerankSources(
  doc: Document,
  quotes: readonly AttributedQuote[],
  speakers: readonly SpeakerOut[],
  model: RankerWeights,
): AttributedQuote[] {
  const input = rankerInput(doc, quotes, speakers);
  return quotes.map((q, i) => {
    const s = rankedSource(input, i, model);
    if (!s) return q;
    const reportedBy = q.reportedBy === s.id ? null : q.reportedBy;
    return { ...q, speakerId: s.id, speaker: s.name, speakerMention: mentionAt(s, q), reportedBy, rule: 'ranker' };
  });
}
