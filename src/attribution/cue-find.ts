// Finding speech cues among tokens: speech verbs and "according to".
import { speechLemma } from '../lexicon/speech.js';
import { opensWithCapital, type Token } from '../document/tokens.js';
import { DETERMINERS, DOCUMENT_NOUNS } from '../mentions/lexicon.js';

export interface CueAt {
  index: number;
  /** Index of the first token after the cue ("to" of "according to" included in the cue). */
  after: number;
  lemma: string;
  text: string;
}

// Plural nouns spelt like speech verbs: "media reports that said", "claims of fraud".
const NOUN_FORMS = new Set([
  'reports',
  'claims',
  'remarks',
  'notes',
  'promises',
  'demands',
  'pledges',
  'vows',
  'tweets',
  'statements',
  'warnings',
  'states',
  'attacks',
  'comments',
  'complaints',
  'jokes',
  'mentions',
  'chants',
  'blasts',
]);
function readsAsNoun(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (next && /^(of|on|about|from|by|in|for|to)$/.test(next.lower)) return true;
  // "a series of tweets", "a string of claims": the object of "of" is a noun.
  if (prev?.lower === 'of') return true;
  if (next && /^(that|which)$/.test(next.lower) && tokens[i + 2]?.tags.has('Verb')) return true;
  return (
    !!prev &&
    prev.word &&
    (prev.tags.has('Adjective') || prev.tags.has('Determiner') || prev.tags.has('Noun')) &&
    !prev.tags.has('Pronoun') &&
    !opensWithCapital(prev.text)
  );
}

const PARTICLES: Record<string, string> = { point: 'out', make: 'clear' };

/** Words between "read" and the document it tells of: "a statement from the harbour authority read". */
const DOCUMENT_REACH = 6;

/**
 * "the statement read", "a statement from the council read:", "reads a letter from the council":
 * "read" reports a document's words, no one's reading. The document is the subject before it (a
 * determiner or an owner first) or, after a quotation, the subject after it.
 */
function documentReads(tokens: readonly Token[], i: number): boolean {
  const document = (k: number) =>
    DOCUMENT_NOUNS.has(tokens[k]?.lower ?? '') &&
    (DETERMINERS.has(tokens[k - 1]?.lower ?? '') || /['’]s$/.test(tokens[k - 1]?.text ?? ''));
  for (let k = i - 1; k >= Math.max(0, i - DOCUMENT_REACH) && tokens[k]!.word && !tokens[k]!.tags.has('Verb'); k--)
    if (document(k)) return true;
  // After a quotation only: "“…,” reads a statement from …" ("read the statement to reporters" is reading).
  if (!/^[,”"’]$/.test(tokens[i - 1]?.text ?? '')) return false;
  return document(i + 2) || (document(i + 3) && !!tokens[i + 2]?.word);
}

export function cueAt(tokens: readonly Token[], i: number): CueAt | null {
  const t = tokens[i];
  if (!t || !t.word) return null;
  if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
    return { index: i, after: i + 2, lemma: 'according', text: `${t.text} ${tokens[i + 1]!.text}` };
  }
  // "called on Y to", "pointed out"
  if ((t.lower === 'called' || t.lower === 'calls' || t.lower === 'calling') && tokens[i + 1]?.lower === 'on') {
    return { index: i, after: i + 2, lemma: 'call', text: `${t.text} ${tokens[i + 1]!.text}` };
  }
  const lemma = speechLemma(t.lower);
  if (!lemma || (lemma === 'read' && !documentReads(tokens, i))) return null;
  // A capitalised form inside a sentence is a name ("the United States"), not a verb.
  if (opensWithCapital(t.text) && tokens[i - 1]?.word) return null;
  // "pointed out", "made clear": a verb that is a cue only with its particle.
  const particle = PARTICLES[lemma];
  if (particle) {
    return tokens[i + 1]?.lower === particle
      ? { index: i, after: i + 2, lemma, text: `${t.text} ${tokens[i + 1]!.text}` }
      : null;
  }
  if (t.tags.has('Noun') && !t.tags.has('Verb') && !t.lower.endsWith('ing')) return null;
  // "it continued to be …", "talks continue to stall": before an infinitive, "continue" tells how
  // long something lasts, not what anyone said ("he continued, …" still reports).
  if (lemma === 'continue' && tokens[i + 1]?.lower === 'to') return null;
  if (NOUN_FORMS.has(t.lower) && readsAsNoun(tokens, i)) return null;
  // Nouns that share a verb's spelling ("the report", "a statement") are not cues.
  const prev = tokens[i - 1]?.lower;
  if (
    prev === 'the' ||
    prev === 'a' ||
    prev === 'an' ||
    prev === 'his' ||
    prev === 'her' ||
    prev === 'their' ||
    prev === 'its'
  )
    return null;
  return { index: i, after: i + 1, lemma, text: t.text };
}

/** The first cue in [from, to), or null. */
export function firstCue(tokens: readonly Token[], from: number, to: number): CueAt | null {
  for (let i = from; i < to; i++) {
    const c = cueAt(tokens, i);
    if (c) return c;
  }
  return null;
}

/** The last cue in [from, to), or null. */
export function lastCue(tokens: readonly Token[], from: number, to: number): CueAt | null {
  for (let i = to - 1; i >= from; i--) {
    const c = cueAt(tokens, i);
    if (c) return c;
  }
  return null;
}
