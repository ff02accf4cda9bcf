// Reported speech: "X said (that) …", "…, X said", "according to X, …", "X urged Y to …",
// "…, adding that …". The quote is the reported clause only: no "that", no trailing credit.
import { isFiniteVerb, nearestVerbSubject, subjectAfter, subjectBefore, type SpeakerPhrase } from '../mentions/speaker-np.js';
import type { QuotedSpan } from '../quotes/scan.js';
import { VERB_FILLERS } from '../mentions/lexicon.js';
import { BARE_CLAUSE, DIRECTIVE } from './cues.js';
import { cueAt, type CueAt } from './cue-find.js';
import { mentionOf, type Context, type Found } from './context.js';
import type { Token } from '../document/tokens.js';
import { lowerBound } from '../document/search.js';

const MIN_CLAUSE_WORDS = 3;
/** Tokens of a verb-free phrase that may follow a credit ("on Thursday", "in a statement"). */
const MAX_CREDIT_TAIL = 8;
/** Tokens of a credit's subject ("a spokeswoman for the Interior Ministry"). */
const MAX_CREDIT_SUBJECT = 11;
const isFinite = isFiniteVerb;
const SELF = new Set(['i', 'we']);
const CONNECTIVES = new Set(['but', 'and', 'so', 'yet', 'also', 'meanwhile', 'however', 'still', 'moreover', 'further', 'furthermore']);
const PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'to', 'from', 'via', 'through', 'with']);
const QUOTE_CHARS = /["“”„«»]/;
/** Verbs that put a quoted label on something: "called it “…”", "described it as “…”". */
const NAMING = new Set(['called', 'calls', 'calling', 'described', 'describes', 'describing', 'dubbed', 'branded', 'labeled', 'labelled']);
const NAMING_GAP = 6;
const DESCRIBING = new Set(['described', 'describes', 'describing']);

interface Sentence {
  p: number;
  ts: Token[];
  from: number;
  /** End of the sentence's words: terminal punctuation and closing marks excluded. */
  to: number;
}

/** Skips a leading discourse connective: "But", "In addition,", "Meanwhile,". */
function skipConnective(ts: readonly Token[], from: number, to: number): number {
  let i = from;
  while (i < to && !ts[i]!.word && !QUOTE_CHARS.test(ts[i]!.text)) i++;
  if (i < to && CONNECTIVES.has(ts[i]!.lower)) i++;
  for (let k = i; k < Math.min(to, i + 4); k++) if (ts[k]!.text === ',' && ts.slice(i, k).every((t) => t.word && !isFinite(t))) return k + 1;
  return i;
}

/** Does [from, to) hold nothing but a short verb-free tail ("on Thursday", "in a statement")? */
function creditTail(ts: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = ts[i]!;
    if (i - from > MAX_CREDIT_TAIL) return false;
    if (t.text === ',') return i + 1 < to && cueAt(ts, i + 1) !== null && ts[i + 1]!.lower.endsWith('ing');
    if (t.word && isFinite(t) && cueAt(ts, i) === null) return false;
  }
  return true;
}

/** "…, X said." at token k (a comma): the credit's phrase and cue, else null. */
function creditAfterComma(ts: readonly Token[], k: number, to: number): { phrase: SpeakerPhrase; cue: CueAt } | null {
  for (let c = k + 1; c < Math.min(to, k + MAX_CREDIT_SUBJECT + 1); c++) {
    const cue = cueAt(ts, c);
    if (!cue || cue.lemma === 'according' || cue.text.toLowerCase().endsWith('ing')) continue;
    const before = c > k + 1 ? subjectBefore(ts, c, k + 1) : null;
    if (before && before.from === k + 1 && creditTail(ts, cue.after, to)) return { phrase: before, cue };
    if (c === k + 1) {
      const after = subjectAfter(ts, c, to);
      if (after && creditTail(ts, after.to, to)) return { phrase: after, cue };
    }
    return null;
  }
  return null;
}

/** ", Defense Ministry spokesperson Li said …": a new subject and speech verb after a comma. */
function newSpeaker(ts: readonly Token[], k: number, to: number): boolean {
  for (let c = k + 2; c < Math.min(to, k + 10); c++) {
    const cue = cueAt(ts, c);
    if (!cue || cue.lemma === 'according') continue;
    return subjectBefore(ts, c, k + 1)?.from === k + 1;
  }
  return false;
}

/** Cuts a clause before a trailing credit or a participle ("…, adding that …"). */
function clauseEnd(ts: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) {
    // A quoted sentence closing before a new one: ‘… change.” She adds …’
    if (/^[.!?]$/.test(ts[k]!.text) && /^[”"]$/.test(ts[k + 1]?.text ?? '') && k + 2 < to) return k + 2;
    if (ts[k]!.text !== ',') continue;
    const next = ts[k + 1];
    if (next && next.lower.endsWith('ing') && cueAt(ts, k + 1)) return k;
    if (creditAfterComma(ts, k, to) || newSpeaker(ts, k, to)) return k;
  }
  return to;
}

function wordsIn(ts: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (ts[i]!.word) n++;
  return n;
}

/**
 * Is [from, to) a clause rather than a noun phrase ("the importance of …")? Strict: a finite verb
 * soon after a short subject with no preposition; loose (after "said"): a finite verb not too far.
 */
function looksClausal(ts: readonly Token[], from: number, to: number, strict: boolean): boolean {
  for (let i = from; i < Math.min(to, from + (strict ? 8 : 16)); i++) {
    const t = ts[i]!;
    if (strict && (t.lower === 'of' || t.lower === 'for')) return false;
    if (isFinite(t)) return i > from;
  }
  return false;
}

export function indirectQuotes(ctx: Context, spans: readonly QuotedSpan[]): Found[] {
  const out: Found[] = [];
  // Is [start, end) one quoted span? Spans are in text order: find the last starting by `start`.
  const wholeQuote = (start: number, end: number) => {
    const s = spans[lowerBound(spans.length, (i) => spans[i]!.start > start + 2) - 1];
    return !!s && s.end >= end - 2;
  };
  const emit = (s: Sentence, from: number, to: number, phrase: SpeakerPhrase, phraseParagraph: number, cue: CueAt, rule: string) => {
    while (to > from && !s.ts[to - 1]!.word && !QUOTE_CHARS.test(s.ts[to - 1]!.text)) to--;
    while (from < to && !s.ts[from]!.word && !QUOTE_CHARS.test(s.ts[from]!.text)) from++;
    if (wordsIn(s.ts, from, to) < MIN_CLAUSE_WORDS) return;
    if (phrase.kind === 'pronoun' && SELF.has(s.ts[phrase.from]!.lower)) return;
    const start = s.ts[from]!.start;
    const end = s.ts[to - 1]!.end;
    if (wholeQuote(start, end)) return; // a direct quote, found by the direct rules
    const text = ctx.doc.text.slice(start, end);
    out.push({
      span: { start, end }, kind: QUOTE_CHARS.test(text) ? 'mixed' : 'indirect', paragraph: s.p, quoted: null,
      mention: mentionOf(ctx, phraseParagraph, phrase), cue: cue.text, rule, sameAs: null, reportedBy: null,
    });
  };

  ctx.doc.paragraphs.forEach((_, p) => {
    const ts = ctx.tokens[p]!;
    const starts = ctx.sentenceStarts[p]!;
    starts.forEach((sf, k) => {
      const st = k + 1 < starts.length ? starts[k + 1]! : ts.length;
      const s: Sentence = { p, ts, from: sf, to: st };
      let mainSubject: SpeakerPhrase | null = null;
      for (let i = sf; i < st; i++) {
        if (namingQuote(i) || description(i)) continue;
        const cue = cueAt(ts, i);
        if (!cue) continue;
        if (cue.lemma === 'according') {
          const phrase = subjectAfter(ts, cue.after - 1, st);
          if (!phrase) continue;
          const lead = skipConnective(ts, sf, st);
          if (i <= lead + 1) {
            // "According to X, …"
            let from = phrase.to;
            if (phrase.apposition) from = phrase.apposition[1];
            emit(s, from, clauseEnd(ts, from, st), phrase, p, cue, 'according-to');
          } else if (ts[i - 1]?.text === ',') {
            emit(s, lead, i - 1, phrase, p, cue, 'according-to');
          }
          mainSubject ??= phrase;
          continue;
        }
        const participle = ts[i - 1]?.text === ',' && ts[i]!.lower.endsWith('ing');
        if (participle) {
          const subject = nearestVerbSubject(ts, sf, i - 1) ?? mainSubject;
          if (subject) complement(s, i, cue, subject, 'participle');
          continue;
        }
        // "…, X said." closing the sentence.
        const comma = (() => {
          for (let c = i - 1; c >= Math.max(sf, i - MAX_CREDIT_SUBJECT - 1); c--) if (ts[c]!.text === ',') return c;
          return -1;
        })();
        if (comma > sf) {
          const credit = creditAfterComma(ts, comma, st);
          if (credit && credit.cue.index === i) {
            emit(s, skipConnective(ts, sf, comma), comma, credit.phrase, p, cue, 'trailing-credit');
            mainSubject ??= credit.phrase;
            continue;
          }
        }
        const subject = subjectBefore(ts, i, sf);
        if (!subject) {
          const shared = coordinatedSubject(i);
          if (shared) complement(s, i, cue, shared, 'coordinated-cue');
          continue;
        }
        mainSubject ??= subject;
        complement(s, i, cue, subject, 'subject-cue');
      }

      /** "X visited the port and said …": the second verb shares the subject of the first. */
      function coordinatedSubject(i: number): SpeakerPhrase | null {
        let and = i - 1;
        while (and > sf && VERB_FILLERS.has(ts[and]!.lower)) and--;
        if (ts[and]?.lower !== 'and' || and <= sf) return null;
        for (let v = and - 1; v > sf; v--) {
          if (!isFiniteVerb(ts[v]!)) continue;
          return subjectBefore(ts, v, sf) ?? mainSubject;
        }
        return null;
      }

      /** "X described the plan as unworkable": the described thing and the label, unquoted. */
      function description(i: number): boolean {
        if (!DESCRIBING.has(ts[i]!.lower) || !ts[i]!.tags.has('Verb')) return false;
        const as = ts.slice(i + 1, Math.min(st, i + 1 + NAMING_GAP)).findIndex((t) => t.lower === 'as');
        const label = i + as + 2;
        if (as < 1 || !ts[label]?.word) return false;
        let end = clauseEnd(ts, i + 1, st);
        // "as Y grows" is a conjunction with its own clause, not a label
        if ([label + 1, label + 2].some((k) => k < end && isFinite(ts[k]!)) && !/^(a|an|the)$/.test(ts[label]!.lower)) return false;
        // "described it as X, and said …": the label ends at a coordinated clause
        for (let k = label; k < end; k++) if (ts[k]!.text === ',' && CONNECTIVES.has(ts[k + 1]?.lower ?? '')) end = k;
        const subject = subjectBefore(ts, i, sf);
        if (!subject) return false;
        const cue: CueAt = { index: i, after: i + 1, lemma: 'describe', text: ts[i]!.text };
        emit(s, i + 1, end, subject, p, cue, 'description');
        return true;
      }

      /** "X called the sale “a serious violation”", "X described it as “an intentional act”". */
      function namingQuote(i: number): boolean {
        if (!NAMING.has(ts[i]!.lower) || !ts[i]!.tags.has('Verb')) return false;
        const open = ts.slice(i + 1, Math.min(st, i + 1 + NAMING_GAP)).findIndex((t) => /^[“"]$/.test(t.text));
        if (open < 0 || (ts[i]!.lower.startsWith('descri') && ts[i + open]?.lower !== 'as')) return false;
        const close = ts.slice(i + open + 2, st).findIndex((t) => /^[”"]$/.test(t.text));
        if (close < 0) return false;
        const subject = subjectBefore(ts, i, sf) ?? nearestVerbSubject(ts, sf, i - 1);
        if (!subject) return false;
        const cue: CueAt = { index: i, after: i + 1, lemma: 'call', text: ts[i]!.text };
        emit(s, i + 1, i + open + 3 + close, subject, p, cue, 'naming-quote');
        return true;
      }

      /** "X said (that) CLAUSE" / "X urged Y to …" / "X told reporters (that) …". */
      function complement(sent: Sentence, i: number, cue: CueAt, subject: SpeakerPhrase, rule: string) {
        let j = cue.after;
        // "adding later, “…”": step over adverbs and their comma
        while (j < st && VERB_FILLERS.has(ts[j]!.lower)) j++;
        if (DIRECTIVE.has(cue.lemma)) {
          const to = ts.slice(j, Math.min(st, j + 7)).findIndex((t) => t.lower === 'to');
          if (to > 0 && ts[j + to + 1]?.word) {
            emit(sent, j, clauseEnd(ts, j, st), subject, p, cue, rule);
            return;
          }
          if (cue.lemma === 'call' || cue.lemma === 'urge' || cue.lemma === 'encourage') return;
        }
        if (cue.lemma === 'tell' || cue.lemma === 'ask') {
          // the addressee: "told reporters", "told the newspaper"
          let k = j;
          while (k < st && k - j < 5 && ts[k]!.word && ts[k]!.lower !== 'that' && !isFinite(ts[k]!)) k++;
          j = k;
        }
        if (j < st && PREPOSITIONS.has(ts[j]!.lower)) {
          let k = j;
          while (k < st && k - j < 10 && ts[k]!.text !== ',' && ts[k]!.lower !== 'that') k++;
          if (k >= st || k - j >= 10) return;
          j = k;
        }
        if (ts[j]?.text === ',' || ts[j]?.text === ':') j++;
        // "said, referring to …": a participle, not a reported clause
        if (ts[j]?.tags.has('Gerund')) return;
        let hasThat = false;
        if (ts[j]?.lower === 'that') {
          hasThat = true;
          j++;
        }
        const end = clauseEnd(ts, j, st);
        if (!hasThat && !looksClausal(ts, j, end, !BARE_CLAUSE.has(cue.lemma)) && !QUOTE_CHARS.test(ts[j]?.text ?? '')) return;
        emit(sent, j, end, subject, p, cue, rule);
      }
    });
  });
  return out;
}
