// "The ministry issued a statement on Monday. … The statement said …": a document named bare
// ("the statement", "the report") stands for whoever the text said issued it a little earlier.
import { subjectBefore, type SpeakerPhrase } from '../mentions/speaker-np.js';
import { DETERMINERS, DOCUMENT_NOUNS } from '../mentions/lexicon.js';
import type { Token } from '../document/tokens.js';
import { sentenceOf, type Context, type Found } from './context.js';

/** Verbs by which someone puts a document out: "X issued a statement", "X has published its report". */
const ISSUING = new Set(
  'issue issued issues release released releases publish published publishes post posted posts send sent sends circulate circulated circulates unveil unveiled unveils'.split(
    ' ',
  ),
);
/** How many paragraphs back the issuing of a document is looked for. */
const PARAGRAPHS_BACK = 3;
/** Words between an issuing verb and its document: "issued a brief written statement". */
const MAX_DOCUMENT_GAP = 4;

/** "the statement", "this report": a definite document and nothing else, its noun's index; else -1. */
function bareDocument(ts: readonly Token[], phrase: SpeakerPhrase): number {
  const noun = ts[phrase.to - 1]!;
  if (phrase.kind !== 'description' || phrase.head !== 'unnamed' || !DOCUMENT_NOUNS.has(noun.lower)) return -1;
  if (!/^(the|this|that)$/.test(ts[phrase.from]!.lower)) return -1;
  for (let k = phrase.from + 1; k < phrase.to - 1; k++) if (/^\p{Lu}/u.test(ts[k]!.text) || !ts[k]!.word) return -1;
  return phrase.to - 1;
}

/** Who issues the document `noun` at `i`: "X issued a statement" (X, a name or a body). */
function issuerOf(ctx: Context, p: number, i: number): SpeakerPhrase | null {
  const ts = ctx.tokens[p]!;
  let v = i - 1;
  while (v >= 0 && i - v <= MAX_DOCUMENT_GAP && ts[v]!.word && !ISSUING.has(ts[v]!.lower)) {
    if (!DETERMINERS.has(ts[v]!.lower) && !ts[v]!.tags.has('Adjective')) return null;
    v--;
  }
  if (v < 0 || !ISSUING.has(ts[v]!.lower)) return null;
  const [from] = sentenceOf(ctx, p, v);
  const subject = subjectBefore(ts, v, from);
  if (!subject || subject.kind === 'pronoun' || subject.head === 'unnamed') return null;
  return subject.kind === 'name' ? subject : { ...subject, description: words(ts, subject.from, subject.to) };
}

const words = (ts: readonly Token[], from: number, to: number) =>
  ts
    .slice(from, to)
    .map((t) => t.text)
    .join(' ');

/** The nearest issuer of a document called `noun` before token `before` of paragraph `p`. */
function nearestIssuer(ctx: Context, p: number, before: number, noun: string): SpeakerPhrase | null {
  for (let q = p; q >= 0 && p - q <= PARAGRAPHS_BACK; q--) {
    const ts = ctx.tokens[q]!;
    for (let i = (q === p ? before : ts.length) - 1; i >= 0; i--) {
      if (ts[i]!.lower !== noun) continue;
      const issuer = issuerOf(ctx, q, i);
      if (issuer) return issuer;
    }
  }
  return null;
}

/**
 * Quotes credited to a bare document ("The statement said …") are credited to its issuer where
 * the text said shortly before who issued a document of that name; the mention keeps its words,
 * and reads as the issuer (its name, or the description it was given).
 */
export function creditDocumentIssuers(ctx: Context, found: readonly Found[]): void {
  for (const q of found) {
    const m = q.mention;
    if (!m) continue;
    const ts = ctx.tokens[m.paragraph]!;
    const noun = bareDocument(ts, m.phrase);
    if (noun < 0) continue;
    const issuer = nearestIssuer(ctx, m.paragraph, m.phrase.from, ts[noun]!.lower);
    if (!issuer) continue;
    q.mention = { ...m, phrase: { ...issuer, from: m.phrase.from, to: m.phrase.to, apposition: null } };
  }
}
