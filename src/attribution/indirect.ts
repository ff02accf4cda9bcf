// Reported speech: "X said (that) …", "…, X said", "according to X, …", "X urged Y to …",
// "…, adding that …". The quote is the reported clause only: no "that", no trailing credit.
import {
  describe,
  isFiniteVerb,
  nearestVerbSubject,
  quotedAsSaying,
  subjectAfter,
  subjectBefore,
  type SpeakerPhrase,
} from '../mentions/speaker-np.js';
import { CLOSING_MARK, OPENING_MARK, QUOTE_MARK, type QuotedSpan } from './quote-scan.js';
import {
  DASHES,
  DETERMINERS,
  DOCUMENT_NOUNS,
  GROUP_HEADS,
  SUBJECT_PRONOUNS,
  VERB_FILLERS,
} from '../mentions/lexicon.js';
import { ADDRESSED, BARE_CLAUSE, DIRECTIVE, DIRECTIVE_ONLY, QUOTING_ONLY, THAT_CLAUSE } from '../lexicon/speech.js';
import { cueAt, type CueAt } from './cue-find.js';
import { mentionOf, type Context, type Found, type Mention } from './context.js';
import { bulletLead } from './layout.js';
import type { Token } from '../document/tokens.js';
import { lowerBound } from '../document/search.js';

const MIN_CLAUSE_WORDS = 3;
/** Tokens of a verb-free phrase that may follow a credit ("on Thursday", "in a statement"). */
const MAX_CREDIT_TAIL = 8;
/** Tokens of a credit's subject ("a spokeswoman for the Interior Ministry"). */
const MAX_CREDIT_SUBJECT = 11;
/** Words an addressee holds before the clause told to it: "told reporters at the airport". */
const MAX_ADDRESSEE = 5;
const MAX_LONG_ADDRESSEE = 14;
/** Words that open what is told after a long addressee. */
const CLAUSE_OPENERS = new Set(['that', 'to', 'how', 'what', 'why', 'whether', 'if', 'when', 'where']);
/** Tokens a trailing credit's name and apposition may hold: ", Ana Ruiz, director of the port authority, said". */
const MAX_APPOSED_CREDIT = 24;
const isFinite = isFiniteVerb;
/** A noun, no pronoun: "member" in "member states". */
const isNounWord = (t: Token) => t.tags.has('Noun') && !t.tags.has('Pronoun') && !t.tags.has('Verb');
/**
 * "thanked volunteers and said …", "urged member states to …": a plural the tagger reads as a verb.
 * Right after a verb it is that verb's object (two finite verbs never stand side by side); after a
 * noun and before "to", the end of an addressee.
 */
const pluralReadAsVerb = (ts: readonly Token[], k: number): boolean => {
  const t = ts[k]!;
  const before = ts[k - 1];
  if (!before || !t.tags.has('PresentTense') || !/[^s']s$/.test(t.lower)) return false;
  if (isNounWord(before)) return ts[k + 1]?.lower === 'to';
  return isFinite(before) && !['Auxiliary', 'Copula', 'Modal'].some((tag) => before.tags.has(tag));
};
const SELF = new Set(['i', 'we']);
const CONNECTIVES = new Set([
  'but',
  'and',
  'so',
  'yet',
  'also',
  'meanwhile',
  'however',
  'still',
  'moreover',
  'further',
  'furthermore',
]);
/** Conjunctions that open a clause of its own after a comma: "he said, and …", "she said, but …". */
const CLAUSE_LINKS = new Set(['and', 'but', 'or', 'yet']);
/** Conjunctions joining a verb to an earlier one of the same subject ("visited the port and said …"). */
const COORDINATORS = new Set(['and', 'but']);
const PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'to', 'from', 'via', 'through', 'with']);
/** Prepositions after "asked" or "told" that lead to a thing, not to an addressee and a clause. */
const THING_LEADS = new Set(['for', 'of', 'about']);
/** Verbs that put a quoted label on something: "called it “…”", "described it as “…”". */
const NAMING = new Set([
  'called',
  'calls',
  'calling',
  'described',
  'describes',
  'describing',
  'dubbed',
  'branded',
  'labeled',
  'labelled',
]);
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
  while (i < to && !ts[i]!.word && !QUOTE_MARK.test(ts[i]!.text)) i++;
  if (i < to && CONNECTIVES.has(ts[i]!.lower)) i++;
  for (let k = i; k < Math.min(to, i + 4); k++)
    if (ts[k]!.text === ',' && ts.slice(i, k).every((t) => t.word && !isFinite(t))) return k + 1;
  return i;
}

/** Does [from, to) hold nothing but a short verb-free tail ("on Thursday", "in a statement")? */
function creditTail(ts: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = ts[i]!;
    if (i - from > MAX_CREDIT_TAIL) return false;
    // "…, he said, adding …"; "…, he said, and the crowd cheered": the credit closes its own clause.
    if (t.text === ',')
      return (
        i + 1 < to &&
        ((cueAt(ts, i + 1) !== null && ts[i + 1]!.lower.endsWith('ing')) || CLAUSE_LINKS.has(ts[i + 1]!.lower))
      );
    if (t.word && isFinite(t) && cueAt(ts, i) === null) return false;
  }
  return true;
}

/** "…, X said." at token k (a comma): the credit's phrase and cue, else null. */
function creditAfterComma(ts: readonly Token[], k: number, to: number): { phrase: SpeakerPhrase; cue: CueAt } | null {
  // "‘We will win,’ he said": the credit opens after the marks closing a quotation on its comma.
  let open = k + 1;
  while (open < to && CLOSING_MARK.test(ts[open]!.text)) open++;
  for (let c = open; c < Math.min(to, open + MAX_CREDIT_SUBJECT); c++) {
    const cue = cueAt(ts, c);
    if (!cue || cue.lemma === 'according' || cue.text.toLowerCase().endsWith('ing')) continue;
    const before = c > open ? subjectBefore(ts, c, open) : null;
    if (before && before.from === open && creditTail(ts, cue.after, to)) return { phrase: before, cue };
    // "…, told reporters": a verb that names its addressee after it does not invert; the subject stands before the comma.
    if (c === open && (!ADDRESSED.has(cue.lemma) || cue.lemma === 'ask')) {
      const after = subjectAfter(ts, c, to);
      if (after && creditTail(ts, after.to, to)) return { phrase: after, cue };
    }
    return null;
  }
  return null;
}

/** ", Defense Ministry spokesperson Li said …": a new subject from token `from` on, and its speech verb. */
function newSpeaker(ts: readonly Token[], from: number, to: number): boolean {
  for (let c = from + 1; c < Math.min(to, from + 9); c++) {
    const cue = cueAt(ts, c);
    if (!cue || cue.lemma === 'according') continue;
    return subjectBefore(ts, c, from)?.from === from;
  }
  return false;
}

/** Words that join another's report to a reported clause: "…, and Y said …", "…, while Y argued …". */
const REPORT_JOINERS = new Set([...COORDINATORS, 'while', 'whereas']);

/**
 * ", Y said …", "…; Y said …", and after a verb of the clause's own (`verbBefore`) "…, and Y said
 * …", "… good and Y said …": at token `k` (a comma, a semicolon or a joining word), another
 * speaker's report begins. Without that verb, "Vestmark and Norland urge …" is one subject of two names.
 */
function anotherReport(ts: readonly Token[], k: number, to: number, verbBefore: boolean): boolean {
  const t = ts[k]!;
  if (REPORT_JOINERS.has(t.lower)) return verbBefore && newSpeaker(ts, k + 1, to);
  if (t.text !== ',' && t.text !== ';') return false;
  if (newSpeaker(ts, k + 1, to)) return true;
  return verbBefore && REPORT_JOINERS.has(ts[k + 1]?.lower ?? '') && newSpeaker(ts, k + 2, to);
}

/** Cuts a clause before a trailing credit or a participle ("…, adding that …"). */
function clauseEnd(ts: readonly Token[], from: number, to: number): number {
  let verbBefore = false;
  for (let k = from; k < to; verbBefore ||= isFinite(ts[k]!), k++) {
    // A quoted sentence closing before a new one: ‘… change.” She adds …’
    if (/^[.!?]$/.test(ts[k]!.text) && CLOSING_MARK.test(ts[k + 1]?.text ?? '') && k + 2 < to) return k + 2;
    // A full stop before a capital: a sentence end the splitter missed (inside a long quote).
    if (ts[k]!.text === '.' && ts[k + 1]?.word && /^\p{Lu}/u.test(ts[k + 1]!.text)) return k;
    // "… the issue “is on the agenda” but declined to …": the reporting subject's next verb after a quotation.
    const closesQuote = ts[k]!.text === '”' || ts[k]!.text === '"';
    if (
      closesQuote &&
      COORDINATORS.has(ts[k + 1]?.lower ?? '') &&
      !quoteOpen(ts, from, k + 1) &&
      secondVerb(ts, k + 2, to)
    )
      return k + 1;
    if (k > from && anotherReport(ts, k, to, verbBefore)) return k;
    if (ts[k]!.text !== ',') continue;
    const next = ts[k + 1];
    if (next && next.lower.endsWith('ing') && cueAt(ts, k + 1)) return k;
    // "… 11 a.m.,” adding, “…”": a quote closing on its comma before a participle.
    if (CLOSING_MARK.test(next?.text ?? '') && ts[k + 2]?.lower.endsWith('ing') && cueAt(ts, k + 2)) return k + 2;
    if (creditAfterComma(ts, k, to)) return k;
    // "… on Friday, and thanked Y", "“… wait”, and urged Y to …": the reporting subject's next verb,
    // outside any quotation.
    const and = k + 1;
    if (quoteOpen(ts, from, and) || !COORDINATORS.has(ts[and]?.lower ?? '')) continue;
    if (secondVerb(ts, and + 1, to)) return and;
    // "… is locked in, and I can tell the house …": the one who reports goes on in the first person.
    if (SELF.has(ts[and + 1]?.lower ?? '') && ts[and + 2]?.tags.has('Verb')) return and;
  }
  return to;
}

/** Is a double quotation opened in [from, k) still open at `k` (its words are the speaker's, not the writer's)? */
function quoteOpen(ts: readonly Token[], from: number, k: number): boolean {
  let marks = 0;
  for (let i = from; i < k; i++) if (/^[“”"]$/.test(ts[i]!.text)) marks++;
  return marks % 2 === 1;
}

/** Past auxiliaries, which go on with the reported clause's own verbs ("had been …, and had also added …"). */
const PAST_AUXILIARIES = new Set(['had', 'was', 'were', 'did', 'would', 'could', 'should', 'might']);

/** Is the word at `i` (after adverbs) a main verb in the past, the tense of a report's own verb ("and urged")? */
function secondVerb(ts: readonly Token[], i: number, to: number): boolean {
  while (i < to && VERB_FILLERS.has(ts[i]!.lower) && !PAST_AUXILIARIES.has(ts[i]!.lower)) i++;
  const t = ts[i];
  return !!t && i < to && t.tags.has('PastTense') && !PAST_AUXILIARIES.has(t.lower) && !t.tags.has('Noun');
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
    // "said rents had risen", "said pay would stall": a noun the tagger reads as a present verb opens the clause.
    // Only before a finite verb, an auxiliary or the noun's own "from"/"of" ("said praise from X would …"):
    // "said thanks as the crowd cheered" is no clause.
    const next = ts[i + 1];
    if (
      i === from &&
      nounAsVerb(t) &&
      next &&
      (isFinite(next) || pastReadAsNoun(ts, i + 1) || next.lower === 'from' || next.lower === 'of')
    )
      continue;
    // "the fact that …", "their pledge to keep …": a noun's own clause or infinitive, not a reported clause.
    if (strict && (t.lower === 'of' || t.lower === 'for' || t.lower === 'that')) return false;
    // "denied the charge and requested a hearing": a verb after "and" shares the cue's subject; the words before are its object.
    if (isFinite(t) && /^(and|or)$/.test(ts[i - 1]?.lower ?? '')) return false;
    if ((isFinite(t) || pastReadAsNoun(ts, i) || presentReadAsNoun(ts, i, from)) && !(strict && afterTo(ts, i)))
      return i > from;
  }
  return false;
}

/**
 * "said the plan works", "said the campaign targets children": a verb in -s the tagger reads as a
 * plural noun, right after a singular noun that a determiner opens at the clause's start `from`.
 */
const presentReadAsNoun = (ts: readonly Token[], i: number, from: number) =>
  i === from + 2 &&
  ts[from]!.tags.has('Determiner') &&
  ts[i - 1]!.tags.has('Noun') &&
  !ts[i - 1]!.tags.has('Plural') &&
  ts[i]!.tags.has('Plural') &&
  !ts[i]!.tags.has('Verb') &&
  /[^s']s$/.test(ts[i]!.lower);

/** A clause of two words, a subject and its full verb: "prices fell", "she agreed" (not "it would"). */
const subjectAndVerb = (ts: readonly Token[], from: number, to: number) =>
  to - from === 2 &&
  (ts[from]!.tags.has('Noun') || nounAsVerb(ts[from]!)) &&
  (isFinite(ts[from + 1]!) || pastReadAsNoun(ts, from + 1)) &&
  !['Modal', 'Auxiliary', 'Copula'].some((g) => ts[from + 1]!.tags.has(g));

/** Past forms the tagger reads as nouns after a subject's noun ("the index rose", "the board cut jobs"). */
const PAST_READ_AS_NOUN = new Set(['rose', 'cut', 'hit', 'set', 'spread', 'shed', 'halved', 'beat']);
const pastReadAsNoun = (ts: readonly Token[], i: number) =>
  PAST_READ_AS_NOUN.has(ts[i]!.lower) &&
  !ts[i]!.tags.has('Verb') &&
  !!ts[i - 1] &&
  (ts[i - 1]!.tags.has('Noun') || nounAsVerb(ts[i - 1]!));

/** A present form that may as well be a noun ("rents", "pay", "praise"), not an auxiliary or a past form. */
const nounAsVerb = (t: Token) =>
  t.tags.has('PresentTense') &&
  !t.lower.endsWith('ing') &&
  !['Modal', 'Copula', 'Auxiliary', 'PastTense', 'Gerund'].some((g) => t.tags.has(g));

/** Is the verb at `i` an infinitive after "to" ("to keep", "to not allow")? */
const afterTo = (ts: readonly Token[], i: number) =>
  ts[i - 1]?.lower === 'to' || (ts[i - 2]?.lower === 'to' && /^(not|never)$/.test(ts[i - 1]!.lower));

/** One sentence being read for reported speech, and what the passes found in it so far. */
interface Reading {
  ctx: Context;
  s: Sentence;
  /** The first speaker of the sentence: the subject a later participle or coordinated verb shares. */
  mainSubject: SpeakerPhrase | null;
  /** The clause last reported in the sentence, as tokens [from, to), and whose it is. */
  lastReport: { from: number; to: number; phrase: SpeakerPhrase } | null;
  /** The speech cue at the token being read, if any. */
  cue: CueAt | null;
  /** A list item's subject, printed on the lead line above it ("The Prime Minister:" / "- urged …"). */
  lead: Mention | null;
  /** Where a clause reported at token `i` must end: at the closing mark of a quote holding `i`, else the sentence end. */
  limit(i: number): number;
  emit(from: number, to: number, phrase: SpeakerPhrase, cue: CueAt, rule: string): void;
}

/**
 * A reported-speech pass: given the token `i` of a sentence, emits the clause it reports and
 * returns true when it has read that token (the passes after it then skip it).
 */
interface ReportedPass {
  name: string;
  read(r: Reading, i: number, name: string): boolean;
}

/** "X called the sale “a serious violation”", "X described it as “an intentional act”". */
function namingQuote(r: Reading, i: number, name: string): boolean {
  const { ts, from: sf, to: st } = r.s;
  if (!NAMING.has(ts[i]!.lower) || !ts[i]!.tags.has('Verb')) return false;
  // A straight single mark opens only after a space, before a word ("called it 'a mistake'"), and
  // closes only after a word, before no letter: an apostrophe ("the ministers' plan") does neither.
  const opens = (k: number) =>
    /^[“"‘]$/.test(ts[k]!.text) || (ts[k]!.text === "'" && ts[k]!.spaced && !!ts[k + 1]?.word && !ts[k + 1]!.spaced);
  const closes = (k: number) =>
    /^[”"’]$/.test(ts[k]!.text) || (ts[k]!.text === "'" && !ts[k]!.spaced && !ts[k + 1]?.word);
  let open = -1;
  for (let k = i + 1; k < Math.min(st, i + 1 + NAMING_GAP) && open < 0; k++) if (opens(k)) open = k - i - 1;
  if (open < 0 || (ts[i]!.lower.startsWith('descri') && ts[i + open]?.lower !== 'as')) return false;
  let close = -1;
  for (let k = i + open + 2; k < st && close < 0; k++) if (closes(k)) close = k - (i + open + 2);
  if (close < 0) return false;
  const subject = subjectBefore(ts, i, sf) ?? nearestVerbSubject(ts, sf, i - 1);
  if (!subject) return false;
  r.emit(i + 1, i + open + 3 + close, subject, { index: i, after: i + 1, lemma: 'call', text: ts[i]!.text }, name);
  return true;
}

/** "X described the plan as unworkable": the described thing and the label, unquoted. */
function description(r: Reading, i: number, name: string): boolean {
  const { ts, from: sf, to: st } = r.s;
  if (!DESCRIBING.has(ts[i]!.lower) || !ts[i]!.tags.has('Verb')) return false;
  const as = ts.slice(i + 1, Math.min(st, i + 1 + NAMING_GAP)).findIndex((t) => t.lower === 'as');
  const label = i + as + 2;
  if (as < 1 || !ts[label]?.word) return false;
  let end = clauseEnd(ts, i + 1, st);
  // "as Y grows" is a conjunction with its own clause, not a label
  if ([label + 1, label + 2].some((k) => k < end && isFinite(ts[k]!)) && !/^(a|an|the)$/.test(ts[label]!.lower))
    return false;
  // "described it as X, and said …": the label ends at a coordinated clause
  for (let k = label; k < end; k++) if (ts[k]!.text === ',' && CONNECTIVES.has(ts[k + 1]?.lower ?? '')) end = k;
  const subject = subjectBefore(ts, i, sf);
  if (!subject) return false;
  r.emit(i + 1, end, subject, { index: i, after: i + 1, lemma: 'describe', text: ts[i]!.text }, name);
  return true;
}

/** Tokens of a source after "according to" that no person or document heads ("a count by the Harbour Press"). */
const MAX_ACCORDING_SOURCE = 12;

/**
 * "according to a count by the Harbour Press": whatever noun phrase follows "according to" is its
 * source, up to the comma or the sentence's end, where no person's or document's phrase is read there.
 */
function accordingSource(ts: readonly Token[], from: number, st: number): SpeakerPhrase | null {
  let end = from;
  while (end < st && ts[end]!.word && end - from < MAX_ACCORDING_SOURCE) end++;
  const last = ts[end - 1];
  if (end === from || (end < st && ts[end]!.text !== ',' && !/^[.;!?]$/.test(ts[end]!.text))) return null;
  // A particular source, not a custom ("according to tradition", "according to plan") or a pronoun.
  const first = ts[from]!;
  const particular = DETERMINERS.has(first.lower) || (/^\p{Lu}/u.test(first.text) && !first.tags.has('Pronoun'));
  // "estimates from the central bank": a bare noun is a source only by its maker.
  const bare =
    !particular && (DOCUMENT_NOUNS.has(first.lower) || (first.tags.has('Noun') && !first.tags.has('Pronoun')));
  if (!last?.tags.has('Noun') || !(particular || bare)) return null;
  // "a count by the Harbour Press", "estimates from the central bank": who made it.
  const by = ts.findIndex((t, k) => k > from && k < end - 1 && (t.lower === 'by' || t.lower === 'from'));
  const maker = by > 0 ? subjectAfter(ts, by, end) : null;
  if (maker && maker.kind !== 'pronoun' && maker.to === end) return maker;
  return particular ? describe(ts, from, end) : null;
}

/** "According to X, …" opening the sentence, or "…, according to X." closing it. */
function accordingTo(r: Reading, i: number, name: string): boolean {
  const { cue, s } = r;
  if (!cue || cue.lemma !== 'according') return false;
  const { ts, from: sf, to: st } = s;
  const phrase = subjectAfter(ts, cue.after - 1, st) ?? accordingSource(ts, cue.after, st);
  if (!phrase) return true;
  const lead = skipConnective(ts, sf, st);
  // "… as the survey shows: According to X, …": a colon opens a clause as a sentence start does.
  if (i <= lead + 1 || ts[i - 1]?.text === ':') {
    const from = phrase.apposition ? phrase.apposition[1] : phrase.to;
    let end = clauseEnd(ts, from, st);
    // "According to the survey, most buyers want tours — and our product builds on that": the
    // writer's own clause after a dash and a conjunction is none of the source's.
    const aside = ts.findIndex(
      (t, k) => k > from && k < end && DASHES.has(t.text) && COORDINATORS.has(ts[k + 1]?.lower ?? ''),
    );
    if (aside > 0) end = aside;
    // "According to her account, after examining the leg, she insisted …": an adjunct cut off by
    // another's report is no clause of its own.
    const opening = ts[from]?.text === ',' ? from + 1 : from;
    const adjunct = PREPOSITIONS.has(ts[opening]?.lower ?? '') && ts[end]?.text === ',';
    if (!adjunct) r.emit(from, end, phrase, cue, name);
  } else if (ts[i - 1]?.text === ',') {
    r.emit(lead, i - 1, phrase, cue, name);
  }
  r.mainSubject ??= phrase;
  return true;
}

/** "…, adding that …": a participle takes the subject of the clause before it. */
function participle(r: Reading, i: number, name: string): boolean {
  const { cue, s } = r;
  if (!cue || s.ts[i - 1]?.text !== ',' || !s.ts[i]!.lower.endsWith('ing')) return false;
  // "X said services would resume as soon as drivers returned, adding that …": the subject of a
  // subordinate clause closing what X reported right before the participle is none of its subject
  // ("X said Y clarified it, stating that …" is Y's).
  const nearest = nearestVerbSubject(s.ts, s.from, i - 1);
  const last = r.lastReport;
  const subordinate = !!nearest && SUBORDINATORS.has(s.ts[nearest.from - 1]?.lower ?? '');
  const subject = (last && last.to === i - 1 && subordinate ? last.phrase : nearest) ?? r.mainSubject;
  if (subject) complement(r, i, cue, subject, name);
  return true;
}

/** Tokens between the comma closing an opening participle and the main clause's verb. */
const MAIN_SUBJECT_REACH = 12;

/** "Reiterating that CLAUSE, X said …": a participle opening the sentence shares the main clause's subject. */
function openingParticiple(r: Reading, i: number, name: string): boolean {
  const { cue, s } = r;
  const { ts, from: sf, to: st } = s;
  if (!cue || !ts[i]!.lower.endsWith('ing') || ts[cue.after]?.lower !== 'that' || i !== skipConnective(ts, sf, st))
    return false;
  const end = clauseEnd(ts, cue.after + 1, st);
  if (ts[end]?.text !== ',') return false;
  for (let v = end + 2; v < Math.min(st, end + MAIN_SUBJECT_REACH); v++) {
    if (!isFinite(ts[v]!)) continue;
    const subject = subjectBefore(ts, v, end + 1);
    if (subject?.from !== end + 1) return false;
    r.emit(cue.after + 1, end, subject, cue, name);
    return true;
  }
  return false;
}

/** "…, X said." closing the sentence: the clause before the comma. */
function trailingCredit(r: Reading, i: number, name: string): boolean {
  const { cue, s } = r;
  if (!cue) return false;
  const { ts, from: sf, to: st } = s;
  let comma = -1;
  for (let c = i - 1; c >= Math.max(sf, i - MAX_CREDIT_SUBJECT - 1) && comma < 0; c--)
    if (ts[c]!.text === ',') comma = c;
  if (comma <= sf) return false;
  let credit = creditAfterComma(ts, comma, st);
  // "…, Zhao Wen, director of the port, said", "…, the board's chair, Ana Ruiz, said": the comma before
  // the verb closes an apposition; the credit opens at the comma before the phrase it closes. A
  // quotation just before it is the quote sieves' (looked for in a bounded window: this runs per cue).
  if (!credit && comma === i - 1) {
    for (let c = comma - 1; c > sf && c >= i - MAX_APPOSED_CREDIT; c--) {
      if (ts[c]!.text !== ',' || ts.slice(Math.max(sf, c - MAX_APPOSED_CREDIT), c).some((t) => QUOTE_MARK.test(t.text)))
        continue;
      const found = creditAfterComma(ts, c, st);
      if (found?.cue.index === i && (found.phrase.apposition?.[1] === comma || found.phrase.to === comma)) {
        [comma, credit] = [c, found];
        break;
      }
    }
  }
  if (!credit || credit.cue.index !== i) return false;
  const from = skipConnective(ts, sf, comma);
  // "Giving the judgment, Justice Roe said: …": a participle's clause sets the scene; the words follow the colon.
  const opener = ts[from]!;
  if (ts[credit.cue.after]?.text === ':' && opener.lower.endsWith('ing') && !opener.tags.has('Preposition'))
    return true;
  // "Asked whether she would stay, Roe replied …", "When pressed on the cost, he said …": the
  // question put to the speaker, not her words.
  const framed = SUBORDINATORS.has(opener.lower) ? ts[from + 1] : opener;
  if (framed && QUESTIONED.has(framed.lower)) return true;
  // "At the launch, X said …", "Speaking in Lisbon, X said …": a setting without a verb of its own
  // is the writer's framing; the words, if any, follow the cue.
  const setting = opener.tags.has('Preposition') || opener.lower.endsWith('ing');
  if (setting && !ts.slice(from + 1, comma).some(isFinite)) return false;
  r.emit(from, comma, credit.phrase, cue, name);
  r.mainSubject ??= credit.phrase;
  return true;
}

/** Participles of a question put to the speaker, fronted before a credit: "Asked about …, she said". */
const QUESTIONED = new Set('asked pressed questioned quizzed challenged'.split(' '));

/** Words that open a clause bound to another: the writer's framing when fronted before a credit. */
const SUBORDINATORS = new Set(
  'although though if when while as because before after since unless until whereas once'.split(' '),
);

/** Subordinators that set the time of the saying itself, not its reason: "…, X said, as talks stalled". */
const SETTING_SUBORDINATORS = new Set(['as', 'while', 'when', 'after', 'before']);

/** Words of a measure of time before "after", "before", "since": "days", "two weeks", "shortly", "only hours". */
const TIME_MEASURES = new Set(
  'a an only just shortly soon moments minutes hours days weeks months years moment minute hour day week month year'.split(
    ' ',
  ),
);
const measuresTime = (t: Token) => TIME_MEASURES.has(t.lower) || t.tags.has('Value');

/**
 * "The bridge, the mayor said, will cost …", "The pier was rebuilt, she said, after the storm of
 * 1987": a credit set off by commas inside the clause it reports. The part after the credit is
 * its words when it has a verb of its own outside quotation marks (a verb-free aside is the
 * writer's); the part before is when it is a clause, or the bare subject of the part after. A
 * fronted adjunct ("In a statement,", "Speaking to reporters,", "Although turnout was low,") is the
 * writer's framing. A part too short to stand alone is dropped by the emitter.
 */
function midCredit(r: Reading, i: number, name: string): boolean {
  const { cue, s } = r;
  if (!cue || cue.lemma === 'according' || cue.text.toLowerCase().endsWith('ing')) return false;
  const { ts, from: sf, to: st } = s;
  let open = -1;
  for (let c = i - 1; c >= Math.max(sf, i - MAX_CREDIT_SUBJECT - 1) && open < 0; c--) if (ts[c]!.text === ',') open = c;
  if (open <= sf || quoteOpen(ts, sf, open)) return false;
  const subject = subjectBefore(ts, i, open + 1);
  if (!subject || subject.from !== open + 1) return false;
  // The credit closes at a comma after the cue and a short verb-free tail ("told me on Friday").
  let close = cue.after;
  while (close < st && close - cue.after <= MAX_CREDIT_TAIL && ts[close]!.word && !isFinite(ts[close]!)) close++;
  const rest = close + 1;
  if (ts[close]?.text !== ',' || ts[rest]?.lower === 'that' || CLAUSE_LINKS.has(ts[rest]?.lower ?? '')) return false;
  // "…, the minister said, “We will …”": a quotation after the credit is a direct quote's.
  if (QUOTE_MARK.test(ts[rest]?.text ?? '')) return false;
  const from = skipConnective(ts, sf, open);
  const end = clauseEnd(ts, rest, st);
  for (let k = from; k < open; k++) if (cueAt(ts, k) !== null) return false;
  // A finite verb of the writer's sentence, not a cue and not inside quotation marks.
  const verbIn = (a: number, b: number) => {
    for (let k = a; k < b; k++) if (isFinite(ts[k]!) && cueAt(ts, k) === null && !quoteOpen(ts, a, k)) return true;
    return false;
  };
  const first = ts[from]!;
  const framing =
    SUBORDINATORS.has(first.lower) ||
    first.tags.has('Preposition') ||
    first.tags.has('Gerund') ||
    /ing$/.test(first.lower);
  const clauseBefore = verbIn(from, open);
  // "…, X said on Monday, days after talks collapsed": after a whole clause, a measure of time before
  // a subordinate clause is the writer's adjunct, not more of the report ("…, X said, because …" is).
  // "…, their union said on Thursday, as talks stalled": a clause of the time the credit was given.
  const subordinateAt = ts.slice(rest, end).findIndex((t) => SUBORDINATORS.has(t.lower));
  const measured =
    (subordinateAt > 0 && ts.slice(rest, rest + subordinateAt).every(measuresTime)) ||
    (subordinateAt === 0 && SETTING_SUBORDINATORS.has(ts[rest]!.lower));
  const continues = !(clauseBefore && measured) && verbIn(rest, end);
  const subjectOfRest = !clauseBefore && isFinite(ts[rest]!);
  const before = !framing && (clauseBefore || subjectOfRest);
  if (!before && !continues) return false;
  if (before) r.emit(from, open, subject, cue, name);
  if (continues) r.emit(rest, end, subject, cue, name);
  r.mainSubject ??= subject;
  return true;
}

/** Auxiliaries that open a yes/no question before its subject: "Will the minister confirm that …?" */
const QUESTION_AUXILIARIES = new Set(['will', 'would', 'can', 'could', 'does', 'do', 'did', 'should', 'may']);
/** Words that open a subject after such an auxiliary (not "Will Roe said …", a name). */
const SUBJECT_OPENERS = new Set(['the', 'this', 'your', 'his', 'her', 'their', 'you', 'he', 'she', 'they', 'it']);

/** Does the subject at `from` follow (or take in) an auxiliary opening a question: "Can the minister tell …"? */
function asked(ts: readonly Token[], from: number, sentenceFrom: number): boolean {
  const aux = QUESTION_AUXILIARIES.has(ts[from]!.lower) ? from : from - 1;
  if (aux < sentenceFrom || !QUESTION_AUXILIARIES.has(ts[aux]!.lower)) return false;
  if (!SUBJECT_OPENERS.has(ts[aux + 1]?.lower ?? '')) return false;
  return aux === sentenceFrom || /^[,:;]$/.test(ts[aux - 1]!.text);
}

/** "X said (that) CLAUSE" / "X urged Y to …" / "X told reporters (that) …". */
function subjectCue(r: Reading, i: number, name: string): boolean {
  const { cue, s } = r;
  if (!cue) return false;
  // "- stressed that …" under "The Prime Minister:": the item's verb comes right after its bullet.
  const subject = subjectBefore(s.ts, i, s.from) ?? (r.lead && i === s.from + 1 ? r.lead.phrase : null);
  if (!subject) return false;
  // A question asks whether X says it; nobody has said it yet.
  if (asked(s.ts, subject.from, s.from)) return true;
  r.mainSubject ??= subject;
  complement(r, i, cue, subject, name);
  return true;
}

/** "X posted a message early Friday saying that …": a participle without a comma, after the verb's object. */
function looseParticiple(r: Reading, i: number, name: string): boolean {
  const { cue, s } = r;
  if (!cue || !s.ts[i]!.lower.endsWith('ing') || s.ts[i - 1]?.tags.has('Copula') || s.ts[i - 1]?.tags.has('Auxiliary'))
    return false;
  const subject = quotedAsSaying(s.ts, i, s.from) ?? nearestVerbSubject(s.ts, s.from, i);
  if (!subject) return false;
  complement(r, i, cue, subject, name);
  return true;
}

/** A word before a verb that leaves it no finite verb of its own: "would not comment", "wouldn't comment". */
const negates = (t: Token | undefined) => !!t && (t.lower === 'not' || /n['’]t$/.test(t.lower));

/** "X visited the port and said …": the second verb shares the subject of the first. */
function coordinatedCue(r: Reading, i: number, name: string): boolean {
  const { cue, s } = r;
  if (!cue) return false;
  const { ts, from: sf } = s;
  let and = i - 1;
  while (and > sf && VERB_FILLERS.has(ts[and]!.lower)) and--;
  // "visited the port and said …", "declined to confirm the visit but said …"
  if (!COORDINATORS.has(ts[and]?.lower ?? '') || and <= sf) return true;
  for (let v = and - 1; v > sf; v--) {
    // "agreed to launch a fund and asked Y to …": a past tense joins no infinitive ("to keep X and
    // encourage Y to …" joins two).
    if (!isFiniteVerb(ts[v]!) || pluralReadAsVerb(ts, v) || (afterTo(ts, v) && ts[i]!.tags.has('PastTense'))) continue;
    // "would not comment but said …": the verb after a negation is no finite one; its auxiliary is.
    if (negates(ts[v - 1])) continue;
    // "The agency never commented but said …": with no main subject yet, the one before "never"
    // (after one, "told the AP her group never worked … and said" goes on with the teller).
    const shared =
      subjectBefore(ts, v, sf) ?? r.mainSubject ?? (ts[v - 1]?.lower === 'never' ? subjectBefore(ts, v - 1, sf) : null);
    if (shared) complement(r, i, cue, shared, name);
    return true;
  }
  return true;
}

/** Words that open a date after a verb: "last week", "this morning", "next month". */
const DATE_LEADS = new Set(['last', 'this', 'next', 'earlier', 'late', 'early']);

/** What a source asks to stay: "not to be named", "not to be identified", "to remain anonymous". */
const UNNAMED_STATES = new Set(['named', 'identified', 'quoted', 'anonymous', 'unnamed']);

/** "who asked not to be named", "asked to remain anonymous" at `j`: the source's anonymity, no request reported. */
function anonymity(ts: readonly Token[], j: number): boolean {
  const k = ts[j]?.lower === 'not' ? j + 1 : j;
  return (
    ts[k]?.lower === 'to' && /^(be|remain)$/.test(ts[k + 1]?.lower ?? '') && UNNAMED_STATES.has(ts[k + 2]?.lower ?? '')
  );
}

/** Words that may open a setting's noun phrase: "in a statement", "at his briefing", "on Friday". */
const SETTING_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'last']);
/** Words a setting after a cue may hold: "on Friday", "in a written statement". */
const SETTING_WORDS = 3;

/**
 * Where a clause's subject starts after a short setting that opens at the preposition `at` with no
 * comma or "that" after it ("on Friday she met …", "in a statement the plan …"), else -1: the
 * subject is a pronoun, an article or a capitalised word.
 */
function settingEnd(ts: readonly Token[], at: number, to: number): number {
  let k = at + 1;
  if (k < to && SETTING_DETERMINERS.has(ts[k]!.lower)) k++;
  const first = k;
  const settingWord = (t: Token) =>
    t.word && !isFinite(t) && !t.tags.has('Pronoun') && !PREPOSITIONS.has(t.lower) && !SETTING_DETERMINERS.has(t.lower);
  while (k < to && k - first < SETTING_WORDS && settingWord(ts[k]!)) {
    k++;
    const next = ts[k];
    if (next && (SUBJECT_PRONOUNS.has(next.lower) || /^(the|a|an)$/.test(next.lower))) return k;
  }
  return -1;
}

/**
 * Where an infinitive's clause from `from` ends before `end`: at "and" before a finite verb, which
 * is the cue's subject's next act ("calls on all parties to exercise restraint and reiterates its
 * support …"); a second infinitive ("to stop and return") stays.
 */
function directiveEnd(ts: readonly Token[], from: number, end: number): number {
  for (let k = from; k < end - 1; k++)
    if (
      (ts[k]!.lower === 'and' || ts[k]!.lower === 'but') &&
      isFinite(ts[k + 1]!) &&
      !ts[k + 1]!.tags.has('Infinitive')
    )
      return k;
  return end;
}

/** The clause a cue at `i` reports: "said (that) CLAUSE", "urged Y to …", "told reporters (that) …". */
function complement(r: Reading, i: number, cue: CueAt, subject: SpeakerPhrase, rule: string): void {
  const { ts } = r.s;
  // "“… and it will add forty jobs,” said X": a clause reported inside quotation marks ends with them.
  const st = r.limit(i);
  let j = cue.after;
  // "adding later, “…”", "said last week that …": step over adverbs and a date
  const dateWord = (k: number) =>
    ts[k]!.tags.has('Date') || (DATE_LEADS.has(ts[k]!.lower) && !!ts[k + 1]?.tags.has('Date'));
  while (j < st && (VERB_FILLERS.has(ts[j]!.lower) || dateWord(j))) j++;
  if (cue.lemma === 'ask' && anonymity(ts, j)) return;
  if (DIRECTIVE.has(cue.lemma)) {
    // "urged the council to act": an addressee with no verb of its own, then "to" and a verb.
    const to = ts.slice(j, Math.min(st, j + 7)).findIndex((t) => t.lower === 'to');
    const verb = ts[j + to + 1];
    const finite = (k: number) => isFinite(ts[k]!) && !pluralReadAsVerb(ts, k);
    const infinitive =
      to > 0 && verb?.word && !verb.tags.has('Determiner') && !ts.slice(j, j + to).some((_, k) => finite(j + k));
    if (infinitive) {
      r.emit(j, directiveEnd(ts, j + to + 2, clauseEnd(ts, j, st)), subject, cue, rule);
      return;
    }
    if (DIRECTIVE_ONLY.has(cue.lemma)) return;
  }
  if (ADDRESSED.has(cue.lemma)) {
    // "asked for updates on …", "told of a long night": a thing asked for or told of, no clause
    if (THING_LEADS.has(ts[j]?.lower ?? '')) return;
    // the addressee: "told reporters", "told the newspaper", "informed his counterpart"
    let k = j;
    // the addressee ends where the clause's own subject starts: "told reporters the ships were …"
    // ("told reporters at the airport that …": a determiner after a preposition is the addressee's adjunct)
    const opensClause = (t: Token) =>
      k > j && !PREPOSITIONS.has(ts[k - 1]!.lower) && (/^(the|a|an)$/.test(t.lower) || SUBJECT_PRONOUNS.has(t.lower));
    const ends = (t: Token) => t.lower === 'that' || t.lower === 'to' || isFinite(t) || opensClause(t);
    while (k < st && k - j < MAX_ADDRESSEE && ts[k]!.word && !ends(ts[k]!)) k++;
    // A long addressee ("told Harbour Radio host Ana Roe on Thursday how …") runs on to a word that
    // opens a clause; "told the Daily Ledger in an interview published …" names none.
    if (k - j >= MAX_ADDRESSEE && k < st && ts[k]!.word && !ends(ts[k]!)) {
      const opens = (t: Token | undefined) => !!t && (CLAUSE_OPENERS.has(t.lower) || ends(t));
      while (k < st && k - j < MAX_LONG_ADDRESSEE && ts[k]!.word && !opens(ts[k])) k++;
      if (!opens(ts[k])) return;
    }
    // "told investors last month that …": a date between the addressee and the clause
    while (k < st && dateWord(k)) k++;
    // "warned Y to refrain from …": the addressee stays with its infinitive
    if (ts[k]?.lower !== 'to') j = k;
  }
  if (j < st && PREPOSITIONS.has(ts[j]!.lower)) {
    let k = j;
    while (k < st && k - j < 10 && ts[k]!.text !== ',' && ts[k]!.lower !== 'that') k++;
    // "said on Friday she met …", "said in a statement the plan failed": a short setting, then a
    // clause, which may run on to a comma of its own ("… she would vote no, calling it …").
    const opens = settingEnd(ts, j, st);
    const clause = opens >= 0 && (opens < k || k >= st || k - j >= 10);
    if (clause && looksClausal(ts, opens, clauseEnd(ts, opens, st), true)) j = opens;
    else if (k < st && k - j < 10) j = k;
    else return;
  }
  // "he said, and the crowd cheered": a comma and a conjunction after the cue open a clause of the writer's.
  if (ts[j]?.text === ',' && CLAUSE_LINKS.has(ts[j + 1]?.lower ?? '')) return;
  if (ts[j]?.text === ',' || ts[j]?.text === ':') j++;
  // "said, referring to …": a participle, not a reported clause; "said and did …": a second verb
  const coordinated = (ts[j]?.lower === 'and' || ts[j]?.lower === 'or') && ts[j + 1]?.tags.has('Verb');
  if ((ts[j]?.tags.has('Gerund') && !gerundSubject(ts, j, st)) || coordinated) return;
  let hasThat = false;
  if (ts[j]?.lower === 'that') {
    hasThat = true;
    j++;
  }
  // "it underscores that …" is a thing's evidence, not speech
  if (THAT_CLAUSE.has(cue.lemma) && (!hasThat || r.s.ts[subject.from]!.lower === 'it')) return;
  const end = clauseEnd(ts, j, st);
  if (!hasThat && !looksClausal(ts, j, end, !BARE_CLAUSE.has(cue.lemma)) && !QUOTE_MARK.test(ts[j]?.text ?? '')) return;
  r.emit(j, end, subject, cue, rule);
}

/** Tokens a gerund's subject phrase may run before its clause's verb: "going through a hard time has …". */
const MAX_GERUND_SUBJECT = 8;

/**
 * "says going through a hard time has made her …": a gerund right after the cue, no speech verb's
 * participle ("said, adding …", "said adding that …"), that a finite verb follows within a short
 * phrase, with no comma or "that" between, opens the reported clause as its subject.
 */
function gerundSubject(ts: readonly Token[], j: number, st: number): boolean {
  if (ts[j - 1]?.text === ',' || cueAt(ts, j) !== null) return false;
  for (let k = j + 2; k < Math.min(st, j + MAX_GERUND_SUBJECT); k++) {
    if (ts[k]!.text === ',' || ts[k]!.lower === 'that' || !ts[k]!.word) return false;
    if (isFinite(ts[k]!) && ts[k - 1]!.lower !== 'to') return true;
  }
  return false;
}

/** The passes in the order they are tried at each token: verbs of naming first, then cues. */
export const REPORTED_PASSES: readonly ReportedPass[] = [
  { name: 'naming-quote', read: namingQuote },
  { name: 'description', read: description },
  { name: 'according-to', read: accordingTo },
  { name: 'opening-participle', read: openingParticiple },
  { name: 'participle', read: participle },
  { name: 'trailing-credit', read: trailingCredit },
  { name: 'mid-credit', read: midCredit },
  { name: 'subject-cue', read: subjectCue },
  { name: 'loose-participle', read: looseParticiple },
  { name: 'coordinated-cue', read: coordinatedCue },
];

/** A clause that is nothing but one quotation in double marks. */
const WHOLLY_QUOTED = /^["“][^"“”]*["”]$/;
/** A further mark inside a clause: any double mark, an opening ‘, or a ’ closing (no letter after it, unlike "don’t"). */
const FURTHER_MARK = /["“”‘]|’(?!\p{L})/u;

/** Counts of a group of parties after "the": "the two sides", "the three leaders". */
const PARTY_COUNTS = new Set(['two', 'three', 'four']);

/**
 * "Both the Prime Minister and the President noted …", "The two sides reaffirmed …": told in the
 * simple past with a verb other than "said", a joint act of the parties at a meeting, which reports
 * no one speaker's words. "Both parties say …" and "both have argued …" are positions the parties
 * hold, reported; "the two sides said" is a group's statement.
 */
function jointAct(ts: readonly Token[], phrase: SpeakerPhrase, cue: CueAt): boolean {
  if (cue.lemma === 'say' || !ts[cue.index]!.tags.has('PastTense')) return false;
  for (let k = phrase.to; k < cue.index; k++) if (PERFECT.has(ts[k]!.lower)) return false;
  return jointSubject(ts, phrase);
}
const PERFECT = new Set(['have', 'has', "'ve"]);

/**
 * "Both X and Y", "both delegations", "the two sides", "The Ministers": a subject of two or more
 * parties together ("the" before a group's plural head: "The leaders", "the Foreign Ministers").
 */
function jointSubject(ts: readonly Token[], phrase: SpeakerPhrase): boolean {
  const first = ts[phrase.from]!.lower;
  if (first === 'both' || (first === 'the' && PARTY_COUNTS.has(ts[phrase.from + 1]?.lower ?? ''))) return true;
  if (
    first === 'the' &&
    phrase.head !== 'organization' &&
    phrase.to - phrase.from <= MAX_GROUP_WORDS &&
    GROUP_HEADS.has(ts[phrase.to - 1]!.lower)
  )
    return true;
  // the last of "Both X and Y": look back over X to "both", with no verb or mark between
  if (ts[phrase.from - 1]?.lower !== 'and') return false;
  for (let k = phrase.from - 2; k >= Math.max(0, phrase.from - MAX_JOINT_WORDS); k--) {
    if (ts[k]!.lower === 'both') return true;
    if (!ts[k]!.word || isFiniteVerb(ts[k]!)) return false;
  }
  return false;
}
const MAX_JOINT_WORDS = 10;
/** Words of "the" and a group's head with its modifiers: "the Foreign Ministers". */
const MAX_GROUP_WORDS = 3;

/** Reported clauses, each credited by the pass that found it. `spans` are the quoted spans (direct quotes). */
export function indirectQuotes(ctx: Context, spans: readonly QuotedSpan[]): Found[] {
  const out: Found[] = [];
  // Is [start, end) one quoted span? Spans are in text order: find the last starting by `start`.
  const wholeQuote = (start: number, end: number) => {
    const s = spans[lowerBound(spans.length, (i) => spans[i]!.start > start + 2) - 1];
    // A clause starting inside a quote ("“As the minister said, we …”") is reported speech within it.
    return !!s && s.start >= start - 2 && s.end >= end - 2;
  };
  // Does [start, end) hold a quoted span (of any quotation marks)?
  const holdsQuote = (start: number, end: number) =>
    (spans[lowerBound(spans.length, (i) => spans[i]!.start >= start)]?.start ?? Infinity) < end;
  // Each paragraph's list lead, if it is a list item: its phrase is read on the lead's line.
  const leads = ctx.tokens.map((_, p) => bulletLead(ctx.tokens, p));
  const found = (start: number, end: number, p: number, phrase: SpeakerPhrase, cue: CueAt, rule: string): Found => ({
    span: { start, end },
    kind: 'indirect',
    paragraph: p,
    quoted: null,
    mention: leads[p]?.phrase === phrase ? mentionOf(ctx, leads[p].paragraph, phrase) : mentionOf(ctx, p, phrase),
    cue: cue.text,
    verb: { index: cue.index, lemma: cue.lemma },
    rule,
    sameAs: null,
    reportedBy: null,
  });
  const emitter = (s: Sentence) => (from: number, to: number, phrase: SpeakerPhrase, cue: CueAt, rule: string) => {
    // A closing single mark stays where an opening one stands before it ("called it ‘a mistake’"):
    // the first opening one is found once, so a long run of marks is read in one pass.
    let firstOpening = from;
    while (firstOpening < to && !(/^[‘']$/.test(s.ts[firstOpening]!.text) && s.ts[firstOpening]!.spaced))
      firstOpening++;
    const closesSingle = (k: number) => /^[’']$/.test(s.ts[k]!.text) && firstOpening < k;
    while (to > from && !s.ts[to - 1]!.word && !QUOTE_MARK.test(s.ts[to - 1]!.text) && !closesSingle(to - 1)) to--;
    while (from < to && !s.ts[from]!.word && !QUOTE_MARK.test(s.ts[from]!.text)) from++;
    if (wordsIn(s.ts, from, to) < MIN_CLAUSE_WORDS && !subjectAndVerb(s.ts, from, to)) return;
    if (phrase.kind === 'pronoun' && SELF.has(s.ts[phrase.from]!.lower)) return;
    if (jointAct(s.ts, phrase, cue)) return;
    const start = s.ts[from]!.start;
    const end = s.ts[to - 1]!.end;
    if (wholeQuote(start, end)) return; // a direct quote, found by the direct rules
    // "“… It is the worst road in the county,” he said": the last sentence of a quotation credited after it.
    const holder = spans[lowerBound(spans.length, (i) => spans[i]!.start > start) - 1];
    if (holder && holder.end >= end && s.ts[cue.index]!.start >= holder.end) return;
    const text = ctx.doc.text.slice(start, end);
    // "said last week that “…”" where no quoted span was scanned (a transcript turn): the words
    // in the marks are a direct quote, without the marks.
    if (WHOLLY_QUOTED.test(text)) {
      out.push({ ...found(start + 1, end - 1, s.p, phrase, cue, rule), kind: 'direct' });
      return;
    }
    // "‘We will win,’ he said" inside a longer quotation: words in marks closing on their comma.
    let after = to;
    while (after < s.to && /^[,.!?]$/.test(s.ts[after]!.text)) after++;
    if (
      OPENING_MARK.test(text[0]!) &&
      !FURTHER_MARK.test(text.slice(1)) &&
      CLOSING_MARK.test(s.ts[after]?.text ?? '')
    ) {
      out.push({ ...found(start + 1, end, s.p, phrase, cue, rule), kind: 'direct' });
      return;
    }
    out.push({
      ...found(start, end, s.p, phrase, cue, rule),
      kind: holdsQuote(start, end) || /["“”„«»]/.test(text) ? 'mixed' : 'indirect',
    });
  };
  ctx.doc.paragraphs.forEach((_, p) => {
    const ts = ctx.tokens[p]!;
    const starts = ctx.sentenceStarts[p]!;
    starts.forEach((from, k) => {
      const s: Sentence = { p, ts, from, to: k + 1 < starts.length ? starts[k + 1]! : ts.length };
      const limit = (i: number) => {
        const at = ts[i]!.start;
        const q = spans[lowerBound(spans.length, (k) => spans[k]!.start > at) - 1];
        if (!q || !q.closed || q.end <= at) return s.to;
        return Math.min(
          s.to,
          lowerBound(s.to, (k) => ts[k]!.start >= q.end),
        );
      };
      const lead = leads[p] ? mentionOf(ctx, leads[p].paragraph, leads[p].phrase) : null;
      const emit = emitter(s);
      const r: Reading = {
        ctx,
        s,
        mainSubject: null,
        lastReport: null,
        cue: null,
        lead,
        emit: (from, to, phrase, cue, rule) => {
          r.lastReport = { from, to, phrase };
          emit(from, to, phrase, cue, rule);
        },
        limit,
      };
      for (let i = s.from; i < s.to; i++) {
        const cue = cueAt(ts, i);
        r.cue = cue && !QUOTING_ONLY.has(cue.lemma) ? cue : null;
        for (const pass of REPORTED_PASSES) if (pass.read(r, i, pass.name)) break;
      }
    });
  });
  return out;
}
