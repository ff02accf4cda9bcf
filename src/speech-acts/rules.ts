// The speech-act rules: an ordered table of small rules, each naming the act it finds and
// returning the word(s) that decided it. A quote that is only formulas (greetings, thanks, a
// question) is `other`; otherwise every rule that fires is a candidate, the stage keeps the
// strongest act (acts.ts), and the first rule of that act gives the cue.
import type { Document, SpeechAct } from '../types.js';
import {
  APPEAL_PHRASES,
  APPEAL_VERBS,
  APPROVE_VERBS,
  CONSULT_VERBS,
  DEMAND_VERBS,
  DISAPPROVE_VERBS,
  INTENT_VERBS,
  REJECT_VERBS,
  THREATEN_VERBS,
  allForms,
  presentForms,
} from './lexicon.js';
import { FORMULA_WORD, HIDDEN, written, type QuoteView, type Words } from './view.js';

export interface Rule {
  name: string;
  act: SpeechAct;
  /** The cue as written where the rule fires, else null. */
  find: (v: QuoteView, doc: Document) => string | null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A pattern matching any of the phrases as whole words, longest first. */
const anyOf = (phrases: readonly string[]): string =>
  `(?:${[...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})`;
/** Ties that are "stronger than ever", "closer than they have ever been": praise of a relation. */
const THAN_EVER = `(?:stronger|closer|better|deeper) than (?:ever|(?:they|it|we) (?:have|has) ever been)`;
/** Adverbs of force kept in the cue ("firmly opposes", "strongly condemns"). */
const INTENSIFIER = `(?:${anyOf(['firmly', 'strongly', 'resolutely', 'categorically', 'flatly', 'vehemently', 'totally', 'completely', 'utterly', 'warmly', 'sincerely', 'heartily', 'deeply', 'greatly', 'fully'])} )?`;
const wordRe = (source: string) => new RegExp(`(?<![\\w'])(?:${source})(?![\\w'])`, 'g');

/** Wanting to hear from someone, before "hear from anyone" (not "continue to speak to witnesses"). */
const WANTS_TO = `(?<=(?:want|wants|wanted|like|keen|eager|anxious|need|needs|urgently|appealing|asking|urging) to )`;
/** Whom a witness appeal is made to ("appealing to anyone", not "appealing to many families"). */
const THE_PUBLIC = `(?:anyone|anybody|everyone|all|any|those|the public|members of|witnesses|people|residents|drivers|motorists)`;

const NEGATORS = new Set([
  'not',
  "n't",
  'no',
  'never',
  'without',
  "don't",
  "doesn't",
  "didn't",
  "won't",
  "isn't",
  "aren't",
  'nor',
]);
/** Whether one of the two words before `at` negates what follows ("not concerned", "never welcomed"). */
function negatedAt(w: Words, at: number): boolean {
  const before = w.text
    .slice(Math.max(0, at - 30), at)
    .trim()
    .split(' ')
    .slice(-2);
  return before.some((b) => NEGATORS.has(b) || b.endsWith("n't"));
}

/** The first match of `re` in the words, optionally skipping negated ones; the cue as written. */
function first(doc: Document, w: Words, re: RegExp, skipNegated: boolean): string | null {
  re.lastIndex = 0;
  for (let m = re.exec(w.text); m; m = re.exec(w.text)) {
    if (m[0].includes(HIDDEN)) continue;
    if (skipNegated && negatedAt(w, m.index)) continue;
    return written(doc, w, m.index, m.index + m[0].length);
  }
  return null;
}

/** Fires when the quote's own words hold the pattern (not negated, unless `negation` is part of it). */
const says = (name: string, act: SpeechAct, source: string, negation = false): Rule => {
  const re = wordRe(source);
  return { name, act, find: (v, doc) => first(doc, v.own, re, !negation) };
};
/** Fires when the words just before a reported quote are the pattern ("… strongly urged [the US to …]"). */
const leadsIn = (name: string, act: SpeechAct, source: string): Rule => {
  const re = new RegExp(`(?<![\\w'])(?:${source})(?: that| on| upon)?$`, 'g');
  return { name, act, find: (v, doc) => first(doc, v.lead, re, true) };
};
/** Fires when the attribution's cue verb is one of the forms ("urged", "denied"). */
const cueIs = (name: string, act: SpeechAct, cues: readonly string[]): Rule => {
  const re = new RegExp(`^${anyOf(cues)}(?![\\w'])`);
  return { name, act, find: (v) => (re.test(v.cue) ? v.quote.cue : null) };
};

// ---- subjects: whose act a modal states ----

/** Adverbs between a subject and its modal ("we will also", "China will resolutely"). */
const ADVERBS = new Set([
  'also',
  'certainly',
  'still',
  'further',
  'then',
  'now',
  'definitely',
  'surely',
  'indeed',
  'always',
  'firmly',
  'too',
  'again',
  'soon',
  'all',
  'both',
  'therefore',
  'thus',
]);
/**
 * Third-person pronouns: in a reported clause they stand for the speaker ("he said he would …"),
 * in the speaker's own words for someone else ("they will only …", a prediction, not a commitment).
 */
const THIRD_PERSON = new Set(['he', 'she', 'it', 'they']);
/** Pronouns and nouns that name an agent: a side, a body or a person that can commit itself. */
const AGENTS = new Set([
  'we',
  'i',
  'both',
  'side',
  'sides',
  'government',
  'governments',
  'ministry',
  'country',
  'countries',
  'nation',
  'nations',
  'states',
  'community',
  'military',
  'militaries',
  'army',
  'company',
  'team',
  'office',
  'department',
  'administration',
  'president',
  'minister',
  'secretary',
  'leader',
  'leaders',
  'agency',
  'board',
  'group',
  'union',
  'parties',
  'party',
  'allies',
  'partners',
  'forces',
  'delegation',
  'delegations',
  'council',
  'commission',
  'embassy',
  'consulate',
  'mission',
  'authorities',
  'police',
  'city',
  'province',
  'organization',
  'organisation',
  'association',
  'federation',
]);

const PROGRESSIVE_AUX = new Set(['am', 'is', 'are', "'re", "'m"]);
const QUOTE_MARKS = new Set(['"', '“', '”', '‘', "'"]);

const SENTENCE_MARKS = new Set(['.', '!', '?', ';', ':', '—', '–', '-']);

/** The index of the word starting at view offset `at`. */
const wordAt = (w: Words, at: number): number => {
  const k = w.at.indexOf(at);
  return k < 0 ? w.words.length : k;
};

/** Whether the words before view offset `at` end in the speaker's side as an agent (skipping adverbs); capitalised names count. */
function agentBefore(v: QuoteView, at: number): boolean {
  const w = v.own;
  let k = wordAt(w, at) - 1;
  // Adverbs ("consistently"), quote marks ('Jakarta "will not …"', a partial quote) and the
  // auxiliary of a progressive ("we are calling on") stand between a subject and its verb.
  const progressive = /ing$/.test(w.words[k + 1]?.lower ?? '');
  while (
    k >= 0 &&
    (ADVERBS.has(w.words[k]!.lower) ||
      QUOTE_MARKS.has(w.words[k]!.lower) ||
      (/^\p{L}{3,}ly$/u.test(w.words[k]!.lower) && !w.words[k]!.noun) ||
      (progressive && PROGRESSIVE_AUX.has(w.words[k]!.lower)))
  )
    k--;
  const subject = w.words[k];
  if (!subject) return false;
  // "they're not going to": the pronoun of a contraction.
  const lower = subject.lower.replace(/'(?:re|m|s|ve|ll|d)$/, '');
  if (THIRD_PERSON.has(lower)) return v.quote.kind !== 'direct';
  return AGENTS.has(lower) || (/^\p{Lu}/u.test(subject.text) && (!subject.initial || subject.name));
}

/**
 * "At the invitation of our minister, the visiting minister will …": the invited guest's plan,
 * reported by the host's side (a visit received, consult), is not the speaker's commitment.
 */
function invitedGuest(text: string, at: number): boolean {
  const sentence = text
    .slice(0, at)
    .split(/[.!?;] /)
    .pop()!;
  return /(?:^| )at the invitation of /.test(sentence);
}

/** A modal whose subject is an agent: the agent's own commitment (or refusal, when negated). */
const agentModal = (name: string, act: SpeechAct, modal: string, only?: (v: QuoteView) => boolean): Rule => {
  const re = wordRe(modal);
  return {
    name,
    act,
    find: (v, doc) => {
      if (only && !only(v)) return null;
      re.lastIndex = 0;
      for (let m = re.exec(v.own.text); m; m = re.exec(v.own.text)) {
        if (agentBefore(v, m.index) && !invitedGuest(v.own.text, m.index))
          return written(doc, v.own, m.index, m.index + m[0].length);
      }
      return null;
    },
  };
};
const reported = (v: QuoteView) => v.quote.kind !== 'direct';

/** Whether the quote names the speaker's own side ("… part of how Norvale works" said by someone at Norvale). */
const namesOwnSide = (v: QuoteView): boolean =>
  v.own.words.some((w) => /^\p{Lu}/u.test(w.text) && v.side.has(w.lower.replace(/'s$/, '')));
/** Praise of another party: evaluative words in a quote that does not speak of the speaker's own side (self-praise is a statement). */
const praises = (name: string, act: SpeechAct, source: string): Rule => {
  const rule = says(name, act, source);
  return { name, act, find: (v, doc) => (namesOwnSide(v) ? null : rule.find(v, doc)) };
};

/** Verbs that appeal only with an addressee and an infinitive ("asked the council to"), not "asked whether", "told the press". */
const AMBIGUOUS_APPEALS = ['ask', 'press', 'invite', 'request'];
/** The cue is one of those verbs and the reported clause is "someone to do something". */
const directive = (name: string, act: SpeechAct, cues: readonly string[]): Rule => {
  const cue = new RegExp(`^${anyOf(cues)}(?![\\w'])`);
  const infinitive = /^(?:\S+ ){0,6}to (?!the |a |an )\S+/;
  return { name, act, find: (v) => (cue.test(v.cue) && infinitive.test(v.own.text) ? v.quote.cue : null) };
};

/** "I want to thank", "let me congratulate", "she began by congratulating": the act as the agent's wish or way. */
function wantsTo(v: QuoteView, at: number): boolean {
  const before = v.own.text.slice(Math.max(0, at - 40), at);
  const m =
    /(?:(?:want|wish|like|'d like) to|let me|allow me to|(?:will |'ll |shall )?continues? to|(?:\w+ )?by) $/.exec(
      before,
    );
  if (!m) return false;
  // "she began by congratulating": whoever the subject is, the gerund is what they did.
  if (m[0].endsWith('by '))
    return (
      /(?:^| )(?:he|she|they|we|i)$/.test(before.slice(0, -m[0].length).trimEnd()) || agentBefore(v, at - m[0].length)
    );
  return agentBefore(v, at - m[0].length) || /^let|^allow/.test(m[0]);
}

/** "welcomed the Prime Minister to the palace": receiving a visitor (consult), not praise. */
function hosts(doc: Document, w: Words, at: number, cue: string): boolean {
  if (!/welcom/i.test(cue)) return false;
  const k = wordAt(w, at);
  const from = w.words[k]!.end;
  const sentenceEnd = doc.text.slice(from).search(/[.;!?]/);
  const after = doc.text.slice(from, sentenceEnd < 0 ? undefined : from + sentenceEnd);
  return /^[^,]{1,80}? to (?:the )?\p{Lu}/u.test(after);
}

/** Whether a word opens its sentence: a performative without subject ("Thank you", "Welcome to …"). */
function opensSentence(w: Words, at: number): boolean {
  const k = wordAt(w, at);
  return k === 0 || SENTENCE_MARKS.has(w.words[k - 1]!.lower);
}

/**
 * A verb of the act said of the speaker's side: the speaker doing it now ("we urge", "China firmly
 * opposes", "Thank you"), or a spokesperson's principal having done it ("the Prime Minister welcomed").
 */
const performs = (name: string, act: SpeechAct, lemmas: readonly string[]): Rule => {
  const re = wordRe(`${INTENSIFIER}${anyOf(allForms(lemmas))}`);
  const base = new Set(lemmas);
  // Opening a sentence without a subject, only the base form performs ("Thank you"); "Orders grew" is a noun.
  const performative = (v: QuoteView, at: number, match: string) =>
    opensSentence(v.own, at) && base.has(match.split(' ').pop()!);
  return {
    name,
    act,
    find: (v, doc) => {
      re.lastIndex = 0;
      for (let m = re.exec(v.own.text); m; m = re.exec(v.own.text)) {
        if (
          negatedAt(v.own, m.index) ||
          !(agentBefore(v, m.index) || performative(v, m.index, m[0]) || wantsTo(v, m.index))
        )
          continue;
        const cue = written(doc, v.own, m.index, m.index + m[0].length);
        if (!hosts(doc, v.own, m.index, cue)) return cue;
      }
      return null;
    },
  };
};

/**
 * Verbs whose imperative speaks about the talk itself ("Note that …", "Look, …", "Take the
 * budget: …", "Let me …") or is a formula ("Thank you", "Welcome"): not a call on the listener.
 */
const DISCOURSE_COMMANDS = new Set(
  'thank thanks let welcome note see look consider take imagine say mind remember recall excuse forgive allow congratulate listen'.split(
    ' ',
  ),
);

/**
 * Verbs of the public's part in an appeal, read as imperatives opening a sentence even where the
 * tagger takes the capitalised word for a name ("Come out and …" inside quotation marks), but not
 * where it reads a common noun ("Help is on the way", "Report after report shows …").
 */
const APPEAL_COMMANDS = new Set(
  'call contact come join stay keep visit report apply register check avoid follow help send share bring vote donate wear wash leave remain protect please do'.split(
    ' ',
  ),
);

/**
 * Verbs whose object takes a verb of its own ("Help families find homes", "Keep doors locked"):
 * after them a plural noun and a verb do not make a compound subject.
 */
const COMPLEX_OBJECT_COMMANDS = new Set('help let make have keep get leave see watch hear find'.split(' '));

/**
 * "Share prices fell", "Test results show …": a word that could be a command, then a plural noun
 * and a verb in a tense, is a compound noun that is the sentence's subject.
 */
const compoundSubject = (words: Words['words'], k: number) =>
  !!words[k + 1]?.plural &&
  !!words[k + 2]?.finite &&
  !COMPLEX_OBJECT_COMMANDS.has(words[k]!.lower) &&
  // "Ensure windows are closed": a word read only as a verb, before "are", keeps its object.
  !(!words[k]!.noun && COPULAS.has(words[k + 2]!.lower));

const COPULAS = new Set('are were'.split(' '));

/** Words after which a word spelt as a command is a noun: "Report of …", "Help and advice". */
const NOUN_FOLLOWERS = new Set('of and or'.split(' '));

/**
 * A command verb the tagger reads as a noun is one where the next word shows it: a verb in a tense
 * ("Help is on the way"), "of", "and", or a compound subject; "Stay indoors", "Call us" stay commands.
 */
const nounReading = (words: Words['words'], k: number) =>
  !!words[k + 1]?.finite || NOUN_FOLLOWERS.has(words[k + 1]?.lower ?? '') || compoundSubject(words, k);

/** "Report after report", "Step by step": a noun repeated around a preposition, whatever the tagger says. */
const repeatedNoun = (words: Words['words'], k: number) =>
  /^(?:after|by|upon|to)$/.test(words[k + 1]?.lower ?? '') && words[k + 2]?.lower === words[k]!.lower;

/**
 * "Come out and clear your name.", "Call 101 if you saw anything.", "Please stay indoors.": a
 * sentence of the speaker's own words that opens with a verb's base form calls on the listener.
 */
const command: Rule = {
  name: 'imperative',
  act: 'appeal',
  find: (v, doc) => {
    const { words } = v.own;
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      // Not after a colon: "… steps to advance lives: advance their freedom, …" lists infinitives.
      const opens = w.opener && (w.base || (APPEAL_COMMANDS.has(w.lower) && !(w.noun && nounReading(words, k))));
      if (!opens || w.lower === HIDDEN || w.lower === FORMULA_WORD || DISCOURSE_COMMANDS.has(w.lower)) continue;
      if (compoundSubject(words, k) || repeatedNoun(words, k)) continue;
      // 'officials "deserve to …"': a partial quote inside a reported clause continues that clause.
      if (v.quote.kind !== 'direct' && k >= 2 && QUOTE_MARKS.has(words[k - 1]!.lower) && /\w/.test(words[k - 2]!.lower))
        continue;
      // "Look, …": a discourse marker; "Note that …": speaking about the talk.
      if (words[k + 1]?.lower === ',' || words[k + 1]?.lower === 'that') continue;
      // "Do we know …?", "Do you …": a question, not a command ("Do not …", "Do join us" are).
      if (w.lower === 'do' && !/^(?:not|n't|join|come|call|stay|keep|visit|check)$/.test(words[k + 1]?.lower ?? ''))
        continue;
      return doc.text.slice(w.start, w.end);
    }
    return null;
  },
};

// ---- formulas: greetings and floor management ----

/** The quote is only greetings, thanks and floor management: "Good afternoon.", "Thank you." */
const formulaOnly: Rule = {
  name: 'formula',
  act: 'other',
  find: (v) =>
    v.formula && v.own.words.every((w) => w.lower === FORMULA_WORD || !/\w/.test(w.lower)) ? v.formula : null,
};
/**
 * An official's or a member's question ("Is that clear?"): one sentence that ends in a question
 * mark, perhaps after formulas ("My question is to the minister. Can she …?").
 */
const QUESTION = new RegExp(`^(?:(?:${FORMULA_WORD} )+[.!?;] )*[^.!?]+ \\?$`);
const question: Rule = {
  name: 'question',
  act: 'other',
  find: (v, doc) => (QUESTION.test(v.own.text) ? written(doc, v.own, v.own.text.length - 1, v.own.text.length) : null),
};

/** What a speaker declines to do when declining to comment ("I won't go beyond the readout"): a statement, not a rejection. */
const DECLINING = `(?:comment|go|get|speculate|discuss|share|say|detail|characterize|characterise|preview|confirm|elaborate|weigh)`;

/** What a speaker says they will do in the briefing itself ("I'll say again", "I'll take your question"): not a commitment. */
const SPEAKING = `(?:say|note|add|repeat|reiterate|answer|mention|refer|defer|point out|leave it|take (?:your|that|the|a|this|one|some) questions?|start with|turn to|go to|have more (?:to|on|for)|update you|keep you (?:updated|informed|posted)|get back to you)`;

/**
 * A refusal that is no refusal: a counterfactual ("we would not have reached this without you") or
 * an admission ("I won't pretend otherwise", "I am not going to stand here and deny it").
 */
const NOT_REFUSING = ` (?:have|(?:stand here and |sit here and )?(?:pretend|deny|hide|sugarcoat|sugar-coat))(?![\\w'])`;

/** What may follow "will" without making it a commitment: a refusal, an ability or need, or briefing talk. */
const NOT_COMMITTED = ` (?:not|never|be able|need|have to|(?:just |only |again |also )?${SPEAKING})`;

const MODAL_WILL = "(?:will|shall|'ll|is going to|are going to|am going to|'re going to|'m going to)";

/** "asks all parties to …": an ambiguous appeal verb with an addressee and an infinitive. */
const ASKS_TO = wordRe(`${anyOf(presentForms(AMBIGUOUS_APPEALS))} (?:[\\w'-]+ ){1,6}?to (?!the |a |an )[\\w'-]+`);
/** The plan an announcement states ("will", "would", "on track to"), not refused. */
const ANNOUNCED_MODAL = wordRe(`(?:${MODAL_WILL}|would|on track to)(?! not| never)`);

/** Not after "I": "I must decide", "what I need to weigh" is the speaker's own task, not a call on others. */
const NOT_I = `(?<!(?:^| )i (?:\\w+ )?)`;

/** The rules, grouped by act from the strongest. */
export const RULES: readonly Rule[] = [
  // 13 threaten
  cueIs('cue-threaten', 'threaten', allForms(THREATEN_VERBS)),
  says(
    'consequences',
    'threaten',
    `(?:bear|face|suffer|take|avoid|avoid causing|cause|causing) (?:all |the |any |serious |grave |severe |dire )*(?:consequences|repercussions)|(?:serious|grave|severe|dire) (?:consequences|repercussions)`,
  ),
  says(
    'threat-verb',
    'threaten',
    anyOf([
      ...presentForms(THREATEN_VERBS).filter((f) => !f.startsWith('threaten')),
      'fight back',
      'strike back',
      'hit back',
      'countermeasures',
      'playing with fire',
      'play with fire',
    ]),
  ),
  // "… will pay a heavy price": a price to come (victims who "pay the price" now are no threat).
  says('price-to-pay', 'threaten', `(?:will|would|shall|must|'ll) (?:\\w+ )?pay (?:a|the) (?:heavy |high )?price`),
  says(
    'conditional-refusal',
    'threaten',
    `if [^.;]* (?:will not|won't|not going to|will never|no longer) [^.;]*`,
    true,
  ),
  // 10 demand
  cueIs('cue-demand', 'demand', allForms(DEMAND_VERBS)),
  performs('demand-verb', 'demand', DEMAND_VERBS),
  says('demand-that', 'demand', `${anyOf(presentForms(['demand', 'insist']))} (?:that|on)`),
  says('forceful-must', 'demand', `must (?:immediately|stop|cease|halt|withdraw|end|release|strictly|not)`),
  says(
    'immediately-stop',
    'demand',
    `(?:immediately|strictly) (?:stop|cease|halt|withdraw|end|release|abide)|stop all`,
  ),
  says('unless', 'demand', `(?:will not|won't|would not|not) [^.;]* unless`, true),
  // 12 reject
  cueIs('cue-reject', 'reject', allForms(REJECT_VERBS)),
  performs(
    'reject-verb',
    'reject',
    REJECT_VERBS.filter((l) => l !== 'contradict'),
  ),
  says(
    'groundless',
    'reject',
    anyOf([
      'groundless',
      'baseless',
      'unfounded',
      'untrue',
      'fabricated',
      'fabrication',
      'fabrications',
      'false accusations',
      'false claims',
      'false reports',
      'smear',
      'smears',
      'slander',
      'nonsense',
      'sheer lie',
      'lies',
      'disinformation',
    ]),
  ),
  says(
    'not-the-facts',
    'reject',
    `(?:not|n't) (?:\\w+ )?(?:match|in line with|consistent with|accord with|reflect|based on) (?:the )?(?:facts|truth|reality)|(?:is|are|was|were) not true|nothing to do with|no basis`,
    true,
  ),
  says(
    'no-intention',
    'reject',
    `(?:has|have|had) no (?:intention|plan|plans|desire|interest) (?:to|of)|no intention (?:to|of)`,
    true,
  ),
  agentModal(
    'refusal',
    'reject',
    `(?:will not|won't|would not|wouldn't|will never|would never|shall not|cannot accept|can't accept|refuses to|declines to|(?:(?:is|are|am) )?not going to)(?! ${DECLINING})(?!${NOT_REFUSING})`,
  ),
  says(
    'answer-no',
    'reject',
    `(?:^|[.!?] )(?:(?:frankly|well|absolutely|certainly|simply) (?:, )?)?no (?:,|[.!](?= [^\\d\\s]))`,
    true,
  ),
  // "That is simply false.", "it's not right to say that …": a claim rebutted ("it is wrong to" is
  // criticism, "his reaction was wrong" an admission or a judgement of conduct).
  says(
    'false-claim',
    'reject',
    `(?:(?:that|this|it|which|claims?|reports?|allegations?|accusations?|suggestions?|assertions?|stories|story) (?:is|are|was|were)|that's|it's) (?:simply |completely |totally |just |patently |plainly |absolutely |categorically )?(?:false|incorrect|untrue|wrong)(?! to| about| with| for)|(?:not|n't) (?:\\w+ )?(?:right|correct|true|accurate|fair) to (?:say|suggest|claim|imply)`,
    true,
  ),
  says('only-rather-than', 'reject', `only [^.;]{1,60} rather than`),
  says('cleft-rebuttal', 'reject', `it is [\\w' ]{1,40} (?:that|who) (?:really|actually|truly|in fact)`),
  says(
    'no-evidence',
    'reject',
    `(?:no|not (?:\\w+ ){0,2}(?:any|received|seen|found)) (?:\\w+ )?(?:evidence|proof|details|information) (?:to support|supporting|that supports|backing) (?:that|this|the|these|those|such) (?:claim|claims|allegation|allegations|assertion|assertions|accusation|accusations)`,
    true,
  ),
  // "We haven't mentioned a buffer zone": denying a position put in one's mouth.
  says(
    'never-said',
    'reject',
    `(?:we|i) (?:have not|haven't|have never|never|did not|didn't) (?:ever )?(?:said|mentioned|proposed|suggested|called for|asked for|claimed|sought)`,
    true,
  ),
  says('not-available', 'reject', `no [\\w ]{1,30} (?:would|will) be (?:available|allowed|permitted|accepted)`, true),
  // 11 disapprove
  cueIs('cue-disapprove', 'disapprove', allForms(DISAPPROVE_VERBS)),
  performs('disapprove-verb', 'disapprove', DISAPPROVE_VERBS),
  says(
    'concern',
    'disapprove',
    anyOf([
      'concern over',
      'concern about',
      'concerns about',
      'concerned',
      'concerning',
      'worrying',
      'worried',
      'worrisome',
      'alarmed',
      'alarming',
      'dismayed',
      'disappointed',
      'disappointing',
      'deeply regret',
      'regrets',
      'regrettable',
      'deplorable',
      'outrageous',
      'unacceptable',
      'irresponsible',
      'reckless',
      'destabilize',
      'destabilise',
      'destabilizing',
      'undermine',
      'undermines',
      'undermining',
      'jeopardize',
      'jeopardizes',
      'jeopardise',
      'endanger',
      'endangers',
      'violate',
      'violates',
      'violated',
      'violation',
      'violations',
      'goes against',
      'go against',
      'distorted',
      'damaged',
      'damages',
      'damaging',
      'harmed',
      'harms',
      'harmful',
      'undermined',
      'jeopardized',
      'jeopardised',
      'endangered',
      'hypocrisy',
      'hypocritical',
      'bullying',
      // a measure judged wanting
      'insufficient',
      'inadequate',
      'too little , too late',
      'too little too late',
      'out of proportion',
      'disproportionate',
      'unfair',
      'unjust',
      'scare campaign',
    ]),
  ),
  // 02 appeal
  cueIs('cue-appeal', 'appeal', [
    ...allForms(APPEAL_VERBS.filter((l) => !AMBIGUOUS_APPEALS.includes(l))),
    ...APPEAL_PHRASES,
    'hoped',
    'hopes',
    'hoping',
  ]),
  directive('cue-ask', 'appeal', allForms(AMBIGUOUS_APPEALS)),
  leadsIn('lead-appeal', 'appeal', anyOf([...allForms(APPEAL_VERBS), ...APPEAL_PHRASES, 'hoped', 'hopes', 'hoping'])),
  says(
    'renewed-call',
    'appeal',
    `(?:renew|renews|renewed|renewing|repeat|repeats|repeated|reiterate|reiterates|reiterated|reiterating) (?:its|our|their|his|her|my|the) (?:calls?|appeals?) (?:on|upon|for|to)`,
  ),
  // A witness appeal: "We want to hear from anyone who …", "Anyone with information is asked to call",
  // "We are appealing for witnesses", "I would encourage anyone …", "please get in touch".
  says(
    'public-appeal',
    'appeal',
    `${WANTS_TO}(?:hear|speak|talk) (?:from|to|with) (?:anyone|anybody|any witnesses|witnesses|members of the public)|(?<!(?:we|i|they) )(?:is|are) (?:being )?(?:asked|urged|encouraged|requested) to(?! see| note| hear| learn| find| know)|(?:am|is|are|'m|'re) (?:(?!not |never )\\w+ )?appealing (?:for|to ${THE_PUBLIC})|(?:make|made|issue|issued|launch|launched|renew|renewed) (?:an|a|this|our|my) (?:urgent |direct |fresh )?appeal(?! against| (?:to|in|before) (?:the|a) (?:\\w+ )?(?:court|tribunal|judges?))|(?:i|we) (?:would|'d) (?:ask|urge|encourage|invite|implore)|(?:please|should|(?:asked|urged|encouraged|invited) to) get in touch`,
  ),
  performs('appeal-verb', 'appeal', [
    ...APPEAL_VERBS.filter((l) => !AMBIGUOUS_APPEALS.includes(l)),
    'call on',
    'call upon',
    'call for',
  ]),
  // "Lorvia consistently asks all parties to …": an ambiguous appeal verb of the speaker's side, with an addressee and an infinitive.
  {
    name: 'asks-to',
    act: 'appeal',
    find: (v, doc) => {
      const re = ASKS_TO;
      re.lastIndex = 0;
      for (let m = re.exec(v.own.text); m; m = re.exec(v.own.text)) {
        if (!m[0].includes(HIDDEN) && !negatedAt(v.own, m.index) && agentBefore(v, m.index))
          return written(doc, v.own, m.index, m.index + m[0].indexOf(' '));
      }
      return null;
    },
  },
  says(
    'should',
    'appeal',
    `${NOT_I}(?:should|ought to|needs? to)|it is (?:very |vitally |critically |crucially )?(?:important|necessary|essential|imperative) (?:that|for)|(?:hope|hopes|hoping|hoped)(?= (?:that )?[^.;]* (?:will|would|can|could) )|let us|let's work|importance of (?:all |the |both )?\\w+ \\w+ing`,
  ),
  command,
  // "Member states must act together": an agent's obligation (a rule for applicants is no appeal).
  agentModal('agent-must', 'appeal', `${NOT_I}must(?! have| say| admit| note| confess| be said| be noted)`),
  // 03 intent
  cueIs('cue-intent', 'intent', [...allForms(INTENT_VERBS), 'agreed to']),
  says(
    'willing',
    'intent',
    `(?:willing|ready|prepared|determined|committed|eager|resolved|keen) (?:not only )?to|look(?:s|ed|ing)? forward|would like to|would be (?:happy|glad|pleased) to|(?:plans|planning|intends|intend|intending|pledges|pledged|pledge|promises|promise|vows|vow|commits|commit|offered|offers|agree) to|(?<!(?:was|were|been|be|is|are) )agreed to|(?:we|i)(?: are|'re|'m| am)? (?:\\w+ ){0,2}(?:working|focused|focusing)(?: \\w+ly)? (?:to|on)|(?:we|i) plan to`,
  ),
  says(
    'glad-to',
    'intent',
    `(?:pleased|excited|delighted|happy|glad) to (?!be |have |see |welcome |hear |report |note )\\w+`,
  ),
  says(
    'planned-event',
    'intent',
    `will (?:take place|be held|be hosted|be launched)|(?:is|are|am|'re|'m) (?:hosting|holding|organizing|organising|launching|convening) (?:a|an|two|three|several|the|our|its|their)`,
  ),
  // "Today I'm announcing a rebate scheme": launching one's own plan in the telling.
  says(
    'announcing',
    'intent',
    `(?:(?:we|i) (?:am|are)|we're|i'm) (?:(?!not |never )\\w+ )?(?:announcing|launching|unveiling|introducing|committing|investing|pledging|allocating)`,
  ),
  // "X announced that the licences would be reviewed": an announced plan (an announced fact is a statement).
  {
    name: 'announced-plan',
    act: 'intent',
    find: (v, doc) => {
      if (!/^(?:announc|unveil)/.test(v.cue)) return null;
      return first(doc, v.own, ANNOUNCED_MODAL, true);
    },
  },
  agentModal('agent-will', 'intent', `${MODAL_WILL}(?!${NOT_COMMITTED})`),
  says(
    'contracted-will',
    'intent',
    `(?:we|i)'ll(?!${NOT_COMMITTED})|(?:we|i)'(?:re|m)(?: (?:\\w+ly|just|also|still|now|all))? going to(?!${NOT_COMMITTED})`,
  ),
  agentModal('agent-would', 'intent', `would(?! not| never| be)`, reported),
  // 05 approve
  cueIs(
    'cue-approve',
    'approve',
    allForms(APPROVE_VERBS.filter((l) => l !== 'back' && l !== 'support')).concat(['supported']),
  ),
  performs(
    'approve-verb',
    'approve',
    APPROVE_VERBS.filter((l) => l !== 'back'),
  ),
  says('agreement', 'approve', `(?:agreed|agree|agrees) (?:that|on|with)`),
  says(
    'thanks-words',
    'approve',
    anyOf(['grateful', 'gratitude', 'thanks to', 'appreciation', 'congratulations', 'congrats']),
  ),
  praises(
    'praise-words',
    'approve',
    `${anyOf([
      'proud',
      'pleased',
      'delighted',
      'honored',
      'honoured',
      'wonderful',
      'excellent',
      'remarkable',
      'great job',
      'great success',
      'great day',
      'key contributor',
      'commendable',
      'thrilled',
      'tremendous',
      'step forward',
      'memorable',
      'bright future',
      'relieved',
      'invaluable',
      'raises the bar',
      'empowers',
      'congratulate',
      'pleasure',
      'honor to',
      'honour to',
      'privilege',
      'good news',
      'great news',
      'welcome news',
      'welcome development',
      'positive step',
      'important step',
      'significant step',
      'step in the right direction',
    ])}|${THAN_EVER}`,
  ),
  // "I want to recognize the rescue teams": recognition of someone's work (not "recognize that …", an admission).
  says(
    'recognition',
    'approve',
    `(?:want to|wish to|like to|let me|we|i) (?:\\w+ )?(?:recognize|recognise)(?! that| the fact| how| what| it )`,
  ),
  // 04 consult
  cueIs('cue-consult', 'consult', allForms(CONSULT_VERBS)),
  says('hosting', 'consult', `(?:welcomed|welcomes|welcoming|received|receives|hosted|hosts) [^.;,]{1,60} to`),
  says(
    'consult-words',
    'consult',
    anyOf([
      ...allForms(CONSULT_VERBS.filter((l) => l !== 'host' && l !== 'visit')),
      'met',
      'spoke by phone',
      'spoke with',
      'spoke to',
      'spoke on the phone',
      'phone call',
      'telephone call',
      'call with',
      'video call',
      'video conference',
      'videoconference',
      'talks',
      'consultations',
      'discussion',
      'discussions',
      'exchanged views',
      'dialogue',
      'meeting',
      'meetings',
      // a visit received or reported ("will pay an official visit"); one's own trips are intent
      'official visit',
      'state visit',
      'working visit',
      'pay a visit',
    ]),
  ),
];

/** Rules that settle a quote as `other` before the table is read: nothing in it is an act. */
export const OTHER_RULES: readonly Rule[] = [formulaOnly, question];

/** Words of small talk a greeting may carry and still do nothing ("Some of you seem far away."). */
const MAX_ASIDE_WORDS = 8;
/**
 * Where no rule found an act: a quote of greetings and floor management with a short aside among
 * them is `other` too ("Good morning. It's nice to see you. Some of you seem far away. Let me start.").
 */
export const smallTalk: Rule = {
  name: 'small-talk',
  act: 'other',
  find: (v) => {
    if (!v.formula) return null;
    // Sentences of formulas outnumber the others, which are short and name nothing (no name, day or number).
    let formulas = 0;
    let others = 0;
    let asideWords = 0;
    let sentence: typeof v.own.words = [];
    for (const w of [...v.own.words, null]) {
      if (w && !/^[.!?;]$/.test(w.lower)) {
        if (/\w|·/.test(w.lower)) sentence.push(w);
        continue;
      }
      if (sentence.every((x) => x.lower === FORMULA_WORD)) formulas += sentence.length ? 1 : 0;
      else {
        others++;
        asideWords += sentence.length;
        if (sentence.some((x) => /\d/.test(x.text) || (!x.initial && /^\p{Lu}/u.test(x.text)))) return null;
      }
      sentence = [];
    }
    return formulas > others && asideWords <= MAX_ASIDE_WORDS ? v.formula : null;
  },
};
