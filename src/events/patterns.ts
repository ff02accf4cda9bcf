// Named events that have no event noun at their head: "Operation Blue Anchor", "SEALINK 2019"
// (an acronym and the year of its edition), "PyCon" (a conference's portmanteau name).
import { DELIBERATING_VERBS } from './lexicon.js';
import { wordsOf, type Mention } from './mention.js';
import { has, isCapitalised, joined, type Segment, type Term } from './segments.js';

interface Pattern {
  rule: string;
  type: string;
  /** The last term index of the name starting at `i`, or -1. */
  match(text: string, terms: Term[], i: number): number;
}

const FUNCTION_TAGS = ['Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Adverb'];
const MEETING_VERBS = /^(meet|meets|met|meeting)$/;
const ATTENDING = /^(attend|attends|attended|attending)$/;
/** Bodies whose name also names their sitting: "the European Council", "the General Assembly". */
const BODIES_THAT_MEET = new Set(['council', 'assembly']);

const TIME_SHIFTS = new Set(['next', 'last', 'this', 'coming']);
const FUTURE_MODALS = new Set(['will', 'would', 'shall']);

/** "would discuss", "will consider": a body that is to deliberate, at the term `k` after its name. */
function willDeliberate(terms: Term[], k: number): boolean {
  const verb = has(terms[k + 1], 'Adverb') ? terms[k + 2] : terms[k + 1];
  return FUTURE_MODALS.has(terms[k]?.normal ?? '') && DELIBERATING_VERBS.has(verb?.normal ?? '');
}

/** The last of up to four capitalised words joined to the term at `i`. */
function capitalisedRunEnd(text: string, terms: Term[], i: number): number {
  let k = i;
  while (k + 1 < terms.length && k - i < 4 && joined(text, terms[k]!, terms[k + 1]!) && isCapitalised(terms[k + 1]!))
    k++;
  return k;
}

const PATTERNS: Pattern[] = [
  {
    rule: 'operation-name',
    type: 'operation',
    match(text, terms, i) {
      if (terms[i]!.text !== 'Operation') return -1;
      const k = capitalisedRunEnd(text, terms, i);
      return k > i ? k : -1;
    },
  },
  {
    rule: 'acronym-year',
    type: 'event',
    match(text, terms, i) {
      const next = terms[i + 1];
      // Not a date line in capitals ("WEDNESDAY, 14 AUGUST 2024"), nor a word of a headline in
      // capitals ("HOSTS FOR 2026 CUP FINALS"): an acronym is a name, not a function word.
      return /^[A-Z]{3,}$/.test(terms[i]!.text) &&
        !has(terms[i], 'Date') &&
        !FUNCTION_TAGS.some((tag) => has(terms[i], tag)) &&
        next &&
        joined(text, terms[i]!, next) &&
        /^(19|20)\d\d$/.test(next.text)
        ? i + 1
        : -1;
    },
  },
  {
    // "They agreed to meet at the European Council next month", "will attend the Northern
    // Council", "will raise it at the Harbour Assembly on Monday", "the Nordic Council would
    // discuss it": a body named as where people meet, with the day it sits, or as about to
    // deliberate, is that body's meeting (not "met at the White House", a place, nor "a seat at
    // the Security Council").
    rule: 'meeting-of-body',
    type: 'meeting',
    match(text, terms, i) {
      const the = terms[i - 1];
      if (the?.normal !== 'the' || !isCapitalised(terms[i]!)) return -1;
      const k = capitalisedRunEnd(text, terms, i);
      if (!BODIES_THAT_MEET.has(terms[k]!.normal)) return -1;
      const before = terms[i - 2];
      if (ATTENDING.test(before?.normal ?? '') || willDeliberate(terms, k + 1)) return k;
      if (before?.normal !== 'at') return -1;
      // (an adverb may stand between: "meet again at the ...")
      const verb = has(terms[i - 3], 'Adverb') ? terms[i - 4] : terms[i - 3];
      // ("discussed at the Nordic Council next month"; not "a seat at the Security Council next year")
      const time = TIME_SHIFTS.has(terms[k + 1]?.normal ?? '') && has(verb, 'Verb') ? k + 2 : k + 1;
      const sitting =
        has(terms[time], 'Date') || (/^(on|in)$/.test(terms[k + 1]?.normal ?? '') && has(terms[k + 2], 'Date'));
      return (!!verb && MEETING_VERBS.test(verb.normal)) || sitting ? k : -1;
    },
  },
  {
    rule: 'con-name',
    type: 'conference',
    match(_text, terms, i) {
      return /^\p{Lu}\p{Ll}+Con$/u.test(terms[i]!.text) ? i : -1;
    },
  },
];

export function findNamedPatterns(text: string, seg: Segment, segIndex: number): Mention[] {
  const out: Mention[] = [];
  const terms = seg.terms;
  for (let i = 0; i < terms.length; i++) {
    for (let k = 0; k < PATTERNS.length; k++) {
      const p = PATTERNS[k]!;
      const last = p.match(text, terms, i);
      if (last < 0) continue;
      const start = terms[i]!.start;
      const end = terms[last]!.end;
      const words = wordsOf(text.slice(start, end));
      // The phrase opens at its article: "met at the Nordic Council" (who met there takes part).
      const outer = terms[i - 1]?.normal === 'the' ? i - 1 : i;
      out.push({
        start,
        end,
        seg: segIndex,
        head: last,
        outer,
        first: i,
        last,
        phraseStart: terms[outer]!.start,
        type: p.type,
        kind: 'named',
        determiner: outer < i ? 'the' : null,
        owner: null,
        complements: [],
        location: null,
        heading: seg.heading,
        conjunct: false,
        anaphoric: false,
        words,
        nounModifiers: [],
        properWords: words,
        rule: p.rule,
      });
      i = last;
      break;
    }
  }
  return out;
}
