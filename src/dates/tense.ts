// The tense of the verb that governs a date, read from the document's tokens and their tags:
// "held talks on Wednesday" is past, "will meet on Friday" and "is scheduled for Friday" are future.
import { isAttributiveParticiple } from '../document/participles.js';
import { joinWords, startsTerm, type Token } from '../document/tokens.js';

export type Tense = 'past' | 'present' | 'future';

const FUTURE_WORDS = new Set([
  'will',
  'shall',
  "'ll",
  'would',
  'going',
  'scheduled',
  'planned',
  'planning',
  'plans',
  'plan',
  'expected',
  'expects',
  'expect',
  'anticipate',
  'anticipates',
  'due',
  'slated',
  'intends',
  'aims',
  'hopes',
  'upcoming',
  'wo',
]);
/** Future markers whatever the tagger makes of them. */
const MODAL_FUTURE = new Set(['will', 'shall', "'ll", 'wo', 'due', 'upcoming']);
const PAST_AUXILIARIES = new Set(['has', 'have', "'ve", 'was', 'were', 'had', 'did']);
/** Present auxiliaries: the verb after them is present, whatever its form ("is heard", "does not stop"). */
const PRESENT_AUXILIARIES = new Set(['is', 'are', 'am', 'do', 'does']);
/** Past verbs of committing to an act: the act they govern is still to come. */
const COMMITMENTS = new Set(['agreed', 'decided', 'pledged', 'promised', 'vowed', 'resolved', 'undertook']);
/** Modals that speak of what may or must be, not of a time: "may be sent", "must apply", "could last". */
const PRESENT_MODALS = new Set(['may', 'might', 'can', 'could', 'must', 'should']);
/** Modals of what may yet come: "the talks could be held in May", said in June, are next May's. */
const POSSIBILITY_MODALS = new Set(['may', 'might', 'could']);
/** Words that deny a subject's power to act: "could" after them is a past inability. */
const NEGATORS = new Set(['not', 'never', 'neither', 'nor', 'no', 'nobody', 'none', 'only', 'hardly', 'barely']);
const STATE_VERBS = new Set([
  'know',
  'knows',
  'remain',
  'remains',
  'stand',
  'stands',
  'live',
  'lives',
  'exist',
  'exists',
  'face',
  'faces',
  'need',
  'needs',
  'seem',
  'seems',
  'depend',
  'depends',
  'belong',
  'belongs',
]);
/** Acts a statement reports as done on its day ("today we announce", "is today publishing"). */
const DATED_ACTS = [
  'announc',
  'launch',
  'releas',
  'publish',
  'issu',
  'unveil',
  'present',
  'propos',
  'adopt',
  'set',
  'sign',
  'host',
  'hold',
  'welcom',
  'mark',
  'celebrat',
  'open',
  'join',
  'meet',
  'visit',
  'begin',
  'start',
  'introduc',
  'submit',
  'call',
  'urg',
  'send',
  'report',
  'confirm',
  'decid',
  'approv',
  'award',
  'name',
  'appoint',
  'complet',
  'file',
];
/**
 * Verbs of a timetable: in the present tense they tell of an arrangement ahead ("the exercise
 * begins on Monday", "the delegation departs on Sunday", "the ministers meet on Thursday", "the
 * assembly votes on Friday"); news tells a past act in the past tense.
 */
const TIMETABLE_VERBS =
  /^(begin|start|open|close|end|depart|leave|arrive|resume|convene|reconvene|expire|travel|return|meet|hold|vote)s?$/;
/** A present copula before "to" and a verb: the arrangement construction ("The minister is to travel"). */
const IS_TO = new Set(['is', 'are', 'am', "'s", "'re"]);
/** How many terms to look left and right of the date for its verb. */
const REACH = 12;
/** Words that open a condition clause ("If the board approves it on Friday, ..."). */
const CONDITIONS = new Set(['if', 'unless', 'once']);
/** The future of a main clause after a condition ("..., the plan will start"; "won't" is "wo"). */
const MAIN_FUTURE = new Set(['will', 'shall', "'ll", 'wo']);
/** How many terms into the main clause its future verb may stand (its subject comes first). */
const MAIN_VERB_REACH = 8;

/** A word as the tagger cut it, with its tags. */
interface Term {
  start: number;
  end: number;
  /** Lower case, straight apostrophes; empty for the verb a contraction holds. */
  normal: string;
  tags: ReadonlySet<string>;
}
interface TermRef {
  term: Term;
  sentence: number;
  /** Whether an opening quotation mark comes just before it: the reporting verb before does not govern what follows. */
  opensQuote?: boolean;
  /** Whether a comma comes before it: a clause may end there. */
  afterComma?: boolean;
}
const OPENING_QUOTES = new Set(['“', '«', '‘', '„']);

// A pronoun contracted with an auxiliary ("we'll", "it's", "they've") holds a verb after it: "'ll"
// and "'ve" read as the future and past markers they are; "'s" and "'d" say too little alone.
const CONTRACTED_AUXILIARY = /'(ll|ve|d|s|re|m)$/;
const HELD_NORMAL: Record<string, string> = { ll: "'ll", ve: "'ve" };
const HELD_VERB: Record<string, ReadonlySet<string>> = {
  ll: new Set(['Verb', 'Modal', 'Auxiliary']),
  ve: new Set(['Verb', 'Auxiliary']),
  d: new Set(['Verb', 'Auxiliary']),
  s: new Set(['Verb', 'Copula']),
  re: new Set(['Verb', 'Copula']),
  m: new Set(['Verb', 'Copula']),
};

export class TenseReader {
  private readonly terms: TermRef[] = [];

  /** Reads the words of `tokens` that start a tagged term, joined as the tagger cut them. */
  constructor(tokens: readonly Token[]) {
    let quoteOpened = false;
    let comma = false;
    for (const t of joinWords(tokens, 'terms')) {
      if (!startsTerm(t)) {
        quoteOpened = OPENING_QUOTES.has(t.text) || (t.text === '"' && t.spaced);
        comma ||= t.text === ',';
        continue;
      }
      const normal = t.lower.includes('’') ? t.lower.replaceAll('’', "'") : t.lower;
      const word = { start: t.start, end: t.end, normal, tags: t.tags };
      this.terms.push({ term: word, sentence: t.sentence, opensQuote: quoteOpened, afterComma: comma });
      quoteOpened = false;
      comma = false;
      const held = t.tags.has('Pronoun') ? CONTRACTED_AUXILIARY.exec(normal)?.[1] : undefined;
      if (held) {
        const term = { start: t.end, end: t.end, normal: HELD_NORMAL[held] ?? '', tags: HELD_VERB[held]! };
        this.terms.push({ term, sentence: t.sentence });
      }
    }
  }

  /**
   * The tense of the verb nearest to the text offset, preferring the verb to its left. A date in a
   * condition put first whose main clause speaks of the future ("If the board approves it on
   * Friday, the plan will start") lies ahead, unless its own verb is past.
   */
  at(offset: number): Tense | null {
    const here = this.indexAt(offset);
    if (here < 0) return null;
    const tense = this.nearestTense(here);
    return tense !== 'past' && this.inFutureCondition(here) ? 'future' : tense;
  }

  /**
   * Whether the term at `here` is in a condition clause ("if", "unless", "once") before its main
   * clause, and the main clause's verb is "will" or "shall" ("..., the plan will start").
   */
  private inFutureCondition(here: number): boolean {
    const { sentence } = this.terms[here]!;
    const inSentence = (k: number): boolean => k >= 0 && k < this.terms.length && this.terms[k]!.sentence === sentence;
    let opens = false;
    for (let k = here - 1; k > here - REACH && inSentence(k) && !this.terms[k + 1]!.afterComma && !opens; k--) {
      opens = CONDITIONS.has(this.terms[k]!.term.normal);
    }
    if (!opens) return false;
    let main = here + 1;
    while (main < here + REACH && inSentence(main) && !this.terms[main]!.afterComma) main++;
    if (!inSentence(main) || !this.terms[main]!.afterComma) return false;
    for (let k = main; k < main + MAIN_VERB_REACH && inSentence(k) && (k === main || !this.terms[k]!.afterComma); k++) {
      if (MAIN_FUTURE.has(this.terms[k]!.term.normal)) return true;
    }
    return false;
  }

  /** The tense of the verb nearest to the term at `here`, preferring the verb to its left. */
  private nearestTense(here: number): Tense | null {
    const sentence = this.terms[here]!.sentence;
    const inSentence = (k: number): boolean => k >= 0 && k < this.terms.length && this.terms[k]!.sentence === sentence;
    // A present-tense verb is weak evidence (the tagger reads "talks" as one): a past or future
    // verb further left in the sentence decides, else the present stands.
    let weak: Tense | null = null;
    // A timetable verb among the present ones ("holds a hearing on Monday", where the tagger also
    // reads "hearing" as a verb).
    let timetable = false;
    let infinitive = false;
    for (let k = here - 1; k >= here - REACH && inSentence(k) && !this.terms[k + 1]!.opensQuote; k--) {
      const tense = this.verbTense(k, sentence);
      // An infinitive carries its own time ("agreed to buy the unit in January"): a past verb
      // governing it says nothing about when; a future one ("plans to buy") still does.
      if (tense === 'present') {
        // "officials said the talks could take place in March", "does not stop": a verb after a
        // modal or an auxiliary is no noun misread.
        if (this.hasPresentAuxiliary(k, sentence)) return 'present';
        weak = tense;
        if (this.isTimetableVerb(k)) timetable = true;
        // "is to visit", "are to meet": an arrangement ahead.
        // (a passive infinitive's "to" stands before its "be": "is due to be adopted")
        const lead = this.terms[k - 1]?.term.normal === 'be' ? k - 1 : k;
        if (this.terms[lead - 1]?.term.normal === 'to' && IS_TO.has(this.terms[lead - 2]?.term.normal ?? ''))
          return 'future';
        if (this.terms[lead - 1]?.term.normal === 'to') infinitive = true;
      } else if (tense) return infinitive && tense === 'past' ? 'present' : tense;
    }
    if (infinitive) return 'present';
    for (let k = here + 1; k <= here + REACH && inSentence(k) && !weak; k++) {
      const tense = this.verbTense(k, sentence);
      if (!tense) continue;
      if (tense !== 'present') return tense;
      if (this.isTimetableVerb(k)) return 'future';
      // "On Sunday, the police and agents said": a noun the tagger read as a present verb; a past
      // or future verb right after it in the same clause decides.
      for (let n = k + 1; n <= k + 4 && inSentence(n); n++) {
        const next = this.verbTense(n, sentence);
        if (next === 'past' || next === 'future') return next;
        const { normal, tags } = this.terms[n]!.term;
        if (next || (normal !== 'and' && (!tags.has('Noun') || tags.has('Pronoun')) && !tags.has('Adjective'))) break;
      }
      return tense;
    }
    return weak && timetable ? 'future' : weak;
  }

  /** Whether the verb nearest left of `offset` is an infinitive a commitment governs: "agreed to
   *  meet again in the spring", "pledged to return to the table in January". */
  governedByCommitment(offset: number): boolean {
    const here = this.indexAt(offset);
    if (here < 0) return false;
    const sentence = this.terms[here]!.sentence;
    for (let k = here - 1; k >= 2 && k >= here - REACH && this.terms[k]!.sentence === sentence; k--) {
      if (!this.verbTense(k, sentence)) continue;
      return this.terms[k - 1]!.term.normal === 'to' && COMMITMENTS.has(this.terms[k - 2]!.term.normal);
    }
    return false;
  }

  /** Whether the verb group ending at `k` opens with a modal of what may or must be ("could take")
   *  or a present auxiliary ("does not stop"). */
  private hasPresentAuxiliary(k: number, sentence: number): boolean {
    for (let j = k - 1; j >= 0 && j > k - 4 && this.terms[j]!.sentence === sentence; j--) {
      const { normal, tags } = this.terms[j]!.term;
      if (PRESENT_MODALS.has(normal) || PRESENT_AUXILIARIES.has(normal)) return true;
      if (!tags.has('Adverb') && !tags.has('Negative') && normal !== 'be') return false;
    }
    return false;
  }

  /** Whether the modal at `j` is denied, in its group ("could not meet") or before it in its
   *  sentence ("Neither he nor his aides could be reached Wednesday", "Only ten could attend"). */
  private isNegated(j: number, k: number): boolean {
    if (this.terms.slice(j + 1, k + 1).some((t) => t.term.tags.has('Negative'))) return true;
    const { sentence } = this.terms[j]!;
    for (let b = j - 1; b >= 0 && b > j - REACH && this.terms[b]!.sentence === sentence; b--) {
      const { normal, tags } = this.terms[b]!.term;
      if (tags.has('Negative') || NEGATORS.has(normal)) return true;
    }
    return false;
  }

  /** Whether "have" stands between the modal at `j` and the verb at `k` ("may have sent"). */
  private hasPerfect(j: number, k: number): boolean {
    return this.terms.slice(j + 1, k + 1).some((t) => t.term.normal === 'have');
  }

  /** Whether the term at `k` is a timetable verb in the present tense ("begins", "depart"). */
  private isTimetableVerb(k: number): boolean {
    const ref = this.terms[k];
    if (!ref || !ref.term.tags.has('PresentTense') || !TIMETABLE_VERBS.test(ref.term.normal)) return false;
    return this.terms[k - 1]?.term.normal !== 'to';
  }

  /** The tense of the verb group whose last word is at `k`, or null when `k` is not a verb. */
  private verbTense(k: number, sentence: number): Tense | null {
    const { term } = this.terms[k]!;
    if (!term.tags.has('Verb') && !MODAL_FUTURE.has(term.normal)) return null;
    // A possessive the tagger expanded ("the Ministry’s briefing" as "Ministry is") is no verb.
    const prev = this.terms[k - 1]?.term;
    if (term.start === term.end && prev && !prev.tags.has('Pronoun')) return null;
    if (isAttributiveParticiple(prev, term, this.terms[k + 1]?.term)) return null;
    // "to be adopted": a passive infinitive, whose participle tells no past (the tagger may read
    // its "be" as a noun).
    if (prev?.normal === 'be' && this.terms[k - 2]?.term.normal === 'to') return 'present';
    // Walk left over the group's auxiliaries and adverbs ("will not be", "has already met"); the
    // leftmost auxiliary decides, and any future marker wins.
    let tense: Tense | null = null;
    for (let j = k; j >= 0 && j > k - 5; j--) {
      const ref = this.terms[j]!;
      if (ref.sentence !== sentence) break;
      const { normal, tags } = ref.term;
      // "plan", "set", "expected" say future only as verbs, not in "the plan".
      if (MODAL_FUTURE.has(normal) || (FUTURE_WORDS.has(normal) && tags.has('Verb'))) {
        // "had been due to lapse Thursday", "had been scheduled for May": a plan of the past
        const before = [this.terms[j - 1]?.term.normal, this.terms[j - 2]?.term.normal];
        if (before.includes('had') && normal !== 'will' && normal !== 'would') return 'past';
        // "would have held talks on Monday (had the storm not come)": what did not happen, in the past.
        return normal === 'would' && this.hasPerfect(j, k) ? 'past' : 'future';
      }
      // "may be sent", "can apply": a modal makes no past of a participle after it; "may have sent" is past.
      // "could be held in May", "might meet on Friday": what may yet be lies ahead; "could not
      // meet" is a past inability, no plan.
      if (PRESENT_MODALS.has(normal)) {
        if (this.hasPerfect(j, k)) return 'past';
        return POSSIBILITY_MODALS.has(normal) && !this.isNegated(j, k) ? 'future' : 'present';
      }
      const isVerbish = tags.has('Verb') || tags.has('Adverb') || tags.has('Negative');
      // (a comma ends the group: "the judge said, does not stop")
      if (j < k && (!isVerbish || this.terms[j + 1]!.afterComma)) break;
      if (PAST_AUXILIARIES.has(normal) || tags.has('PastTense')) tense = 'past';
      // "when the case is heard in May": a present passive, whose participle tells no past.
      else if (j < k && PRESENT_AUXILIARIES.has(normal)) tense = 'present';
      else if (tags.has('Verb')) tense = tense ?? 'present';
    }
    return tense;
  }

  /**
   * Whether the clause around `offset` describes a present state rather than a dated act: its
   * verb is present tense and either a state verb ("is", "remains"), or, for a word opening the
   * clause ("Today, we stand ..."), any verb but the acts a statement dates ("Today we announce").
   */
  describesState(offset: number, opensClause: boolean): boolean {
    const here = this.indexAt(offset);
    if (here < 0) return false;
    const sentence = this.terms[here]!.sentence;
    const order = opensClause ? [1, -1] : [-1, 1];
    for (const step of order) {
      for (let k = here + step; Math.abs(k - here) <= REACH && k >= 0 && k < this.terms.length; k += step) {
        if (this.terms[k]!.sentence !== sentence) break;
        const tense = this.verbTense(k, sentence);
        if (!tense) continue;
        if (tense !== 'present') return false;
        let verb = this.terms[k]!.term;
        // "is today publishing": the auxiliary's main verb follows the word.
        if (k < here && (verb.tags.has('Auxiliary') || verb.tags.has('Copula'))) {
          // The tagger sometimes reads the "-ing" form as a noun ("is today publishing").
          const main = this.terms
            .slice(here + 1, here + 3)
            .find((t) => t.sentence === sentence && (t.term.tags.has('Verb') || t.term.normal.endsWith('ing')));
          if (main) verb = main.term;
        }
        if (verb.tags.has('Copula') || STATE_VERBS.has(verb.normal)) return true;
        return opensClause && !DATED_ACTS.some((act) => verb.normal.startsWith(act));
      }
    }
    return false;
  }

  /** Whether the term at `offset` is tagged a verb or modal. */
  isVerb(offset: number): boolean {
    const k = this.indexAt(offset);
    const term = k >= 0 ? this.terms[k]!.term : null;
    return (
      !!term && term.start === offset && (term.tags.has('Verb') || term.tags.has('Modal')) && !term.tags.has('Date')
    );
  }

  /** Index of the last term starting at or before `offset`. */
  private indexAt(offset: number): number {
    let lo = 0;
    let hi = this.terms.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.terms[mid]!.term.start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }
}
