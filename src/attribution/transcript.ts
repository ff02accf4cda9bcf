// Transcripts: "MS PORTER: …", "Mao Ning: …", "QUESTION: …". Each paragraph of an official's
// turn is that official's direct quote (cue = the label as printed); questions, operator lines
// and short hand-offs ("Go ahead, please.") are not quotes.
import { describe } from '../mentions/speaker-np.js';
import { TITLES } from '../mentions/lexicon.js';
import { mentionOf, type Context, type Found } from './context.js';
import type { Token } from '../document/tokens.js';
import { largest } from '../arrays.js';

const MAX_LABEL_TOKENS = 5;
/** Turn paragraphs shorter than this are hand-offs, not statements. */
const MIN_TURN_WORDS = 6;
const NOT_OFFICIAL = new Set(['q', 'question', 'questions', 'reporter', 'journalist', 'operator', 'moderator', 'audience', 'participant', 'note', 'editor', 'photo', 'source', 'date', 'subject', 'tags', 'related', 'location', 'time']);

/** "(The briefing was concluded at 1:58 p.m.)", "[Laughter.]": a stage direction, not speech. */
function stageDirection(ts: readonly Token[]): boolean {
  const close = ts[0]?.text === '(' ? ')' : ts[0]?.text === '[' ? ']' : null;
  // Wholly bracketed: the first closing bracket is the last token ("(Laughs.) We will …" is speech).
  return !!close && ts.findIndex((t) => t.text === close) === ts.length - 1;
}

interface Label {
  paragraph: number;
  /** Token index of the colon. */
  colon: number;
  key: string;
}

function labelOf(ctx: Context, p: number): Label | null {
  const ts = ctx.tokens[p]!;
  const colon = ts.findIndex((t, i) => i <= MAX_LABEL_TOKENS && t.text === ':');
  if (colon < 1 || colon + 1 >= ts.length) return null;
  const words = ts.slice(0, colon);
  if (!words.every((t) => t.word && /^\p{Lu}/u.test(t.text))) return null;
  return { paragraph: p, colon, key: words.map((t) => t.lower).join(' ') };
}

const isOfficial = (ctx: Context, l: Label, counts: Map<string, number>, most: number): boolean => {
  const words = ctx.tokens[l.paragraph]!.slice(0, l.colon);
  if (words.some((t) => NOT_OFFICIAL.has(t.lower))) return false;
  if (words.some((t) => TITLES.has(t.lower) || /^(mr|ms|mrs|dr)\.?$/.test(t.lower))) return true;
  if (words.length >= 2 && words.every((t) => t.text === t.text.toUpperCase())) return true;
  if ((counts.get(l.key) ?? 0) === most && most >= 2) return true;
  // A label naming someone the text names elsewhere ("Spokesperson Mao Ning’s Press Conference").
  const name = ctx.doc.text.slice(words[0]!.start, words[words.length - 1]!.end);
  const first = ctx.doc.text.indexOf(name);
  return words.length >= 2 && (first !== words[0]!.start || ctx.doc.text.indexOf(name, words[0]!.end) >= 0);
};

/** Direct quotes of transcript turns, and the paragraphs they cover. */
export function transcriptTurns(ctx: Context): { quotes: Found[]; paragraphs: Set<number> } {
  const labels = ctx.doc.paragraphs.map((_, p) => labelOf(ctx, p));
  const counts = new Map<string, number>();
  for (const l of labels) if (l) counts.set(l.key, (counts.get(l.key) ?? 0) + 1);
  const quotes: Found[] = [];
  const paragraphs = new Set<number>();
  if (labels.filter(Boolean).length < 2) return { quotes, paragraphs };
  const most = largest(counts.values());
  let turn: { label: Label; official: boolean } | null = null;
  labels.forEach((label, p) => {
    if (label) turn = { label, official: isOfficial(ctx, label, counts, most) };
    if (!turn) return;
    paragraphs.add(p);
    const ts = ctx.tokens[p]!;
    if (!turn.official || (!label && stageDirection(ts))) return;
    const from = label ? label.colon + 1 : 0;
    if (ts.slice(from).filter((t) => t.word).length < MIN_TURN_WORDS) return;
    const labelTokens = ctx.tokens[turn.label.paragraph]!;
    const phrase = describe(labelTokens, 0, turn.label.colon);
    const mention = mentionOf(ctx, turn.label.paragraph, phrase);
    const labelText = ctx.doc.text.slice(labelTokens[0]!.start, labelTokens[turn.label.colon]!.end);
    const para = ctx.doc.paragraphs[p]!;
    quotes.push({
      span: { start: ts[from]!.start, end: para.end }, kind: 'direct', paragraph: p, quoted: null,
      mention, cue: labelText, rule: 'transcript-label', sameAs: null, reportedBy: null,
    });
  });
  return { quotes, paragraphs };
}
