// The speech-act rules: an ordered table of small rules, each naming the act it finds and
// returning the word(s) that decided it. A quote that is only formulas (greetings, thanks, a
// question) is `other`; otherwise every rule that fires is a candidate, the stage keeps the
// strongest act (acts.ts), and the first rule of that act gives the cue.
import type { Document, SpeechAct } from '../types.js';
import {
  APPEAL_PHRASES, APPEAL_VERBS, APPROVE_VERBS, CONSULT_VERBS, DEMAND_VERBS, DISAPPROVE_VERBS, INTENT_VERBS,
  REJECT_VERBS, THREATEN_VERBS, allForms, presentForms,
} from './lexicon.js';
import { HIDDEN, written, type QuoteView, type Words } from './view.js';

export interface Rule {
  name: string;
  act: SpeechAct;
  /** The cue as written where the rule fires, else null. */
  find: (v: QuoteView, doc: Document) => string | null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A pattern matching any of the phrases as whole words, longest first. */
const anyOf = (phrases: readonly string[]): string =>
  `(?:${[...new Set(phrases)].sort((a, b) => b.length - a.length).map(escape).join('|')})`;
/** Adverbs of force kept in the cue ("firmly opposes", "strongly condemns"). */
const INTENSIFIER = `(?:${anyOf(['firmly', 'strongly', 'resolutely', 'categorically', 'flatly', 'vehemently', 'totally', 'completely', 'utterly', 'warmly', 'sincerely', 'heartily', 'deeply', 'greatly', 'fully'])} )?`;
const wordRe = (source: string) => new RegExp(`(?<![\\w'])(?:${source})(?![\\w'])`, 'g');

const NEGATORS = new Set(['not', "n't", 'no', 'never', 'without', "don't", "doesn't", "didn't", "won't", "isn't", "aren't", 'nor']);
/** Whether one of the two words before `at` negates what follows ("not concerned", "never welcomed"). */
function negatedAt(w: Words, at: number): boolean {
  const before = w.text.slice(Math.max(0, at - 30), at).trim().split(' ').slice(-2);
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
const ADVERBS = new Set(['also', 'certainly', 'still', 'further', 'then', 'now', 'definitely', 'surely', 'indeed', 'always', 'firmly', 'too', 'again', 'soon', 'all', 'both', 'therefore', 'thus']);
/** Pronouns and nouns that name an agent: a side, a body or a person that can commit itself. */
const AGENTS = new Set([
  'we', 'i', 'he', 'she', 'they', 'it', 'you', 'side', 'sides', 'government', 'governments', 'ministry', 'country',
  'countries', 'nation', 'nations', 'military', 'militaries', 'army', 'company', 'team', 'office', 'department',
  'administration', 'president', 'minister', 'secretary', 'leader', 'leaders', 'agency', 'board', 'group',
  'union', 'parties', 'party', 'allies', 'partners', 'forces', 'delegation', 'delegations', 'council', 'commission',
]);

const SENTENCE_MARKS = new Set(['.', '!', '?', ';', ':', '—', '–', '-']);

/** The index of the word starting at view offset `at`. */
const wordAt = (w: Words, at: number): number => {
  const k = w.at.indexOf(at);
  return k < 0 ? w.words.length : k;
};

/** Whether the words before view offset `at` end in an agent (skipping adverbs); capitalised names count. */
function agentBefore(w: Words, at: number): boolean {
  let k = wordAt(w, at) - 1;
  while (k >= 0 && ADVERBS.has(w.words[k]!.lower)) k--;
  const subject = w.words[k];
  if (!subject) return false;
  return AGENTS.has(subject.lower) || (/^\p{Lu}/u.test(subject.text) && !/^(?:The|This|That|It)$/.test(subject.text) && k > 0);
}

/** A modal whose subject is an agent: the agent's own commitment (or refusal, when negated). */
const agentModal = (name: string, act: SpeechAct, modal: string, only?: (v: QuoteView) => boolean): Rule => {
  const re = wordRe(modal);
  return {
    name, act,
    find: (v, doc) => {
      if (only && !only(v)) return null;
      re.lastIndex = 0;
      for (let m = re.exec(v.own.text); m; m = re.exec(v.own.text)) {
        if (agentBefore(v.own, m.index)) return written(doc, v.own, m.index, m.index + m[0].length);
      }
      return null;
    },
  };
};
const reported = (v: QuoteView) => v.quote.kind !== 'direct';

/** Whether a word opens its sentence: a performative without subject ("Thank you", "Welcome to …"). */
function opensSentence(w: Words, at: number): boolean {
  const k = wordAt(w, at);
  return k === 0 || SENTENCE_MARKS.has(w.words[k - 1]!.lower);
}

/** A verb of the act in the present, said by an agent: the speaker doing it now ("we urge", "China firmly opposes"). */
const performs = (name: string, act: SpeechAct, verbs: readonly string[]): Rule => {
  const re = wordRe(`${INTENSIFIER}${anyOf(verbs)}`);
  return {
    name, act,
    find: (v, doc) => {
      re.lastIndex = 0;
      for (let m = re.exec(v.own.text); m; m = re.exec(v.own.text)) {
        if (!negatedAt(v.own, m.index) && (agentBefore(v.own, m.index) || opensSentence(v.own, m.index))) return written(doc, v.own, m.index, m.index + m[0].length);
      }
      return null;
    },
  };
};

// ---- formulas: greetings and floor management ----

const FORMULA = new RegExp(`^(?:well |so |and |oh )?(?:${[
  'good (?:morning|afternoon|evening|day)', 'hello', 'hi', 'thank you', 'thanks', 'welcome', "i'm sorry", 'sorry',
  'let me (?:start|begin|turn)', "let's (?:go|start|turn|move)", 'next question', 'go ahead', 'okay', 'ok', 'all right', 'yes', 'please',
].join('|')})(?![\\w'])`);
/** What may follow a formula in its sentence: a few words of address ("everyone", "Mr. Secretary"), or thanks for coming. */
const MAX_ADDRESS_WORDS = 4;
const THANKS_FOR = /^for (?:coming|joining|attending|being here|your time|having me)/;
function formulaSentence(sentence: string): RegExpExecArray | null {
  const m = FORMULA.exec(sentence);
  if (!m) return null;
  const rest = sentence.slice(m[0].length).replace(/^[ ,]+/, '');
  if (THANKS_FOR.test(rest)) return m;
  return rest.split(' ').filter((w) => /\w/.test(w)).length <= MAX_ADDRESS_WORDS && !/(?:^| )for /.test(rest) ? m : null;
}
/** The quote is only greetings, thanks and floor management: "Good afternoon.", "Thank you." */
const formulaOnly: Rule = {
  name: 'formula', act: 'other',
  find: (v, doc) => {
    const parts = v.own.text.split(/ [.!?]+(?: |$)/).filter((s) => s.trim());
    if (!parts.length || parts.length > 3 || !parts.every((s) => formulaSentence(s))) return null;
    const m = formulaSentence(parts[0]!)!;
    return written(doc, v.own, 0, m[0].length);
  },
};
/** An official's question ("Is that clear?"): one sentence that ends in a question mark. */
const question: Rule = {
  name: 'question', act: 'other',
  find: (v, doc) => (/^[^.!?]+ \?$/.test(v.own.text) ? written(doc, v.own, v.own.text.length - 1, v.own.text.length) : null),
};


const MODAL_WILL = "(?:will|shall|'ll|is going to|are going to|am going to|'re going to|'m going to)";

/** The rules, grouped by act from the strongest. */
export const RULES: readonly Rule[] = [
  // 13 threaten
  cueIs('cue-threaten', 'threaten', allForms(THREATEN_VERBS)),
  says('consequences', 'threaten', `(?:bear|face|suffer|take) (?:all |the |any |serious |grave )*(?:consequences|repercussions)`),
  says('threat-verb', 'threaten', anyOf([...presentForms(THREATEN_VERBS).filter((f) => !f.startsWith('threaten')), 'fight back', 'strike back', 'hit back', 'countermeasures', 'pay a price', 'pay the price', 'pay a heavy price', 'playing with fire', 'play with fire'])),
  says('conditional-refusal', 'threaten', `if [^.;]* (?:will not|won't|not going to|will never|no longer) [^.;]*`, true),
  // 10 demand
  cueIs('cue-demand', 'demand', allForms(DEMAND_VERBS)),
  performs('demand-verb', 'demand', presentForms(DEMAND_VERBS)),
  says('demand-that', 'demand', `${anyOf(presentForms(['demand', 'insist']))} (?:that|on)`),
  says('forceful-must', 'demand', `must (?:immediately|stop|cease|halt|withdraw|end|release|strictly|not)`),
  says('immediately-stop', 'demand', `(?:immediately|strictly) (?:stop|cease|halt|withdraw|end|release|abide)|stop all`),
  says('unless', 'demand', `(?:will not|won't|would not|not) [^.;]* unless`, true),
  // 12 reject
  cueIs('cue-reject', 'reject', allForms(REJECT_VERBS)),
  performs('reject-verb', 'reject', presentForms(REJECT_VERBS.filter((l) => l !== 'contradict'))),
  says('groundless', 'reject', anyOf(['groundless', 'baseless', 'unfounded', 'untrue', 'fabricated', 'fabrication', 'fabrications', 'false accusations', 'false claims', 'false reports', 'smear', 'smears', 'slander', 'nonsense', 'sheer lie', 'lies', 'disinformation'])),
  says('not-the-facts', 'reject', `(?:not|n't) (?:\\w+ )?(?:match|in line with|consistent with|accord with|reflect|based on) (?:the )?(?:facts|truth|reality)|(?:is|are|was|were) not true|nothing to do with|no basis`, true),
  says('no-intention', 'reject', `(?:has|have|had) no (?:intention|plan|plans|desire|interest) (?:to|of)|no intention (?:to|of)`, true),
  agentModal('refusal', 'reject', `(?:will not|won't|would not|wouldn't|will never|would never|shall not|cannot accept|can't accept|refuses to|declines to (?!comment))`),
  says('not-available', 'reject', `no [\\w ]{1,30} (?:would|will) be (?:available|allowed|permitted|accepted)`, true),
  // 11 disapprove
  cueIs('cue-disapprove', 'disapprove', allForms(DISAPPROVE_VERBS)),
  performs('disapprove-verb', 'disapprove', presentForms(DISAPPROVE_VERBS)),
  says('concern', 'disapprove', anyOf(['concern over', 'concern about', 'concerns about', 'concerned', 'concerning', 'worrying', 'worried', 'worrisome', 'alarmed', 'alarming', 'dismayed', 'disappointed', 'disappointing', 'deeply regret', 'regrets', 'regrettable', 'deplorable', 'outrageous', 'unacceptable', 'irresponsible', 'reckless', 'destabilize', 'destabilise', 'destabilizing', 'undermine', 'undermines', 'undermining', 'jeopardize', 'jeopardizes', 'jeopardise', 'endanger', 'endangers', 'violate', 'violates', 'violated', 'violation', 'violations', 'goes against', 'go against', 'distorted', 'hypocrisy', 'hypocritical', 'bullying'])),
  // 02 appeal
  cueIs('cue-appeal', 'appeal', [...allForms(APPEAL_VERBS), ...APPEAL_PHRASES, 'hoped', 'hopes', 'hoping']),
  leadsIn('lead-appeal', 'appeal', anyOf([...allForms(APPEAL_VERBS), ...APPEAL_PHRASES, 'hoped', 'hopes', 'hoping'])),
  performs('appeal-verb', 'appeal', [...presentForms(APPEAL_VERBS), ...APPEAL_PHRASES.filter((p) => !/called|calling/.test(p))]),
  says('should', 'appeal', `should|ought to|needs? to|it is (?:very |vitally |critically |crucially )?(?:important|necessary|essential|imperative) (?:that|for)|(?:hope|hopes|hoping|hoped) (?:that )?[^.;]* (?:will|would|can|could)|let us|let's work`),
  // 03 intent
  cueIs('cue-intent', 'intent', [...allForms(INTENT_VERBS), 'agreed to']),
  says('willing', 'intent', `(?:willing|ready|prepared|determined|committed|eager|resolved|keen) to|look(?:s|ing)? forward to|would like to|(?:plans|planning|intends|intend|intending|pledges|pledged|pledge|promises|promise|vows|vow|commits|commit) to|agreed to|(?:we|i) plan to`),
  agentModal('agent-will', 'intent', `${MODAL_WILL}(?! not| never)`),
  agentModal('agent-would', 'intent', `would(?! not| never| be)`, reported),
  // 05 approve
  cueIs('cue-approve', 'approve', allForms(APPROVE_VERBS.filter((l) => l !== 'back' && l !== 'support')).concat(['supported'])),
  performs('approve-verb', 'approve', presentForms(APPROVE_VERBS.filter((l) => l !== 'back'))),
  says('praise-words', 'approve', anyOf(['grateful', 'gratitude', 'thanks', 'appreciation', 'congratulations', 'proud', 'pleased', 'delighted', 'honored', 'honoured', 'wonderful', 'excellent', 'remarkable', 'great job', 'great success', 'key contributor', 'commendable'])),
  // 04 consult
  cueIs('cue-consult', 'consult', allForms(CONSULT_VERBS)),
  says('consult-words', 'consult', anyOf([...allForms(CONSULT_VERBS).filter((f) => !/^host/.test(f)), 'met', 'spoke by phone', 'spoke with', 'spoke to', 'spoke on the phone', 'phone call', 'telephone call', 'call with', 'video call', 'video conference', 'videoconference', 'talks with', 'held talks', 'consultations', 'discussion', 'discussions', 'exchanged views', 'dialogue', 'meeting', 'meetings', 'visit', 'visits', 'summit'])),
];

/** Rules that settle a quote as `other` before the table is read: nothing in it is an act. */
export const OTHER_RULES: readonly Rule[] = [formulaOnly, question];
