// The decisions of compromise's second tagging pass that the stages read, made by cheap checks of
// our own in place of that pass (its ~530 match rules took a fifth of the pipeline's CPU time).
// Each refiner stands for one of compromise's rules (named by its `reason`), reads the tags of the
// first pass only (as compromise's pass does: every rule matches before any tags) and sets its tag
// with compromise's own `setTag`, so parents and conflicting tags follow compromise's tag set.
// The rest of the pass is left out: its other rules set tags no stage reads or decides rare frames
// (README, "Speed": the scorers with and without them).
//
// Patterns stay inside a clause, as compromise's pass cuts them at commas, colons and semicolons.

/** The parts of a compromise term read and tagged here. */
export interface Term {
  text: string;
  normal: string;
  /** The word a contraction's part stands for ("do" in "don't"), else null. */
  machine?: string | null;
  post: string;
  switch?: string;
  tags: Set<string>;
}
interface TagSetEntry {
  not?: string[];
}
export interface World {
  model: { one: { tagSet: Record<string, TagSetEntry> } };
  methods: {
    one: {
      setTag(terms: Term[], tag: string, world: World, safe?: boolean, reason?: string): void;
      unTag(terms: Term[], tag: string, world: World): void;
    };
  };
}

/** Terms [from, to) of a clause to be tagged, and the whole match where it is wider (read by `notIf`). */
type Span = readonly [from: number, to: number, matchFrom?: number, matchTo?: number];

interface Refiner {
  /** compromise's name for the rule it stands for. */
  reason: string;
  /** What the term a match starts at has: a tag, a word, or `%` and compromise's switch ("%Adj|Noun"). */
  on: readonly string[];
  /** The tag set on the span (a list: one per term, as compromise's '#Date #Date #Month'). */
  tag: string | readonly string[];
  /** A tag taken off the span after. */
  unTag?: string;
  /** Set only where no tag of the span conflicts with it (compromise's safe rules). */
  safe?: boolean;
  /** Not set where a term of the match passes this (compromise's `notIf`). */
  notIf?: (t: Term) => boolean;
  /** The span to tag when a match starts at term `i`, or null. */
  at(c: Clause, i: number): Span | null;
}

/** A sentence's terms and where each one's clause ends (exclusive). */
class Clause {
  readonly ends: Int32Array;
  constructor(readonly terms: Term[]) {
    this.ends = new Int32Array(terms.length);
    let end = terms.length;
    for (let i = terms.length - 1; i >= 0; i--) {
      if (CLAUSE_MARK.test(terms[i]!.post) && splitsBefore(terms, i + 1)) end = i + 1;
      this.ends[i] = end;
    }
  }
  /** The term at `k` when it is in the clause of term `i`. */
  term(i: number, k: number): Term | undefined {
    return k >= i && k < this.ends[i]! ? this.terms[k] : undefined;
  }
  /** The first index from `k` past terms that pass `skip` (in `i`'s clause). */
  past(i: number, k: number, skip: (t: Term) => boolean): number {
    while (k < this.ends[i]! && skip(this.terms[k]!)) k++;
    return k;
  }
}
const CLAUSE_MARK = /[,:;]/;
const MAYBE_DATE = new Set(['may', 'april', 'august', 'jan']);
const SHORT_NUMBER = /^(?:\d{1,2}|\d{4})$/;
/**
 * Whether a clause starts at `terms[i]` after a comma (compromise's `quickSplit`): not inside a
 * list of places or dates ("Ames, Iowa", "Friday, June 5"), of adjectives, or before a number.
 */
function splitsBefore(terms: Term[], i: number): boolean {
  const term = terms[i];
  const last = terms[i - 1]!;
  if (!term || term.normal === 'like' || MAYBE_DATE.has(term.normal)) return false;
  if (term.tags.has('Place') || term.tags.has('Date') || last.tags.has('Date') || MAYBE_DATE.has(last.normal))
    return false;
  if (last.tags.has('Adjective') || term.tags.has('Adjective')) return false;
  return !SHORT_NUMBER.test(term.normal);
}

const is = (t: Term | undefined, tag: string): boolean => t !== undefined && t.tags.has(tag);
/** The word as rules name it: a contraction's part as the word it stands for ("don't" is "do", "not"). */
const wordOf = (t: Term): string => t.machine || t.normal;
const wordOfAt = (t: Term | undefined): string | undefined => (t ? wordOf(t) : undefined);
/** A test for these words, which carries them (to index the refiners they start). */
function oneOf(...words: string[]): ((t: Term | undefined) => boolean) & { words: readonly string[] } {
  const test = (t: Term | undefined): boolean => t !== undefined && words.includes(wordOf(t));
  return Object.assign(test, { words });
}
const adverbOrNot = (t: Term): boolean => wordOf(t) === 'not' || t.tags.has('Adverb');
const AUXILIARY_WORDS = oneOf('do', 'does', 'did', 'will', 'have', 'had', 'has', 'got');
const ARTICLE = oneOf('the', 'those', 'these', 'a', 'an');
const RANK = oneOf(
  'lieutenant',
  'corporal',
  'sergeant',
  'captain',
  'king',
  'queen',
  'admiral',
  'major',
  'colonel',
  'marshal',
  'president',
);
const BE_FORMS = oneOf('be', 'been', 'being');
const SAYS = oneOf('will', 'had', 'has', 'said', 'says', 'told', 'did', 'learned', 'wants', 'wanted');
const COMPASS = oneOf('west', 'north', 'south', 'east', 'western', 'northern', 'southern', 'eastern');
const SOCIETY = oneOf('club', 'society', 'group', 'team', 'committee', 'commission', 'association', 'guild', 'crew');
const DOER = oneOf(
  'coach',
  'chef',
  'king',
  'engineer',
  'fellow',
  'personality',
  'boy',
  'girl',
  'man',
  'woman',
  'master',
);
const AMBIGUOUS_RANK = oneOf('private', 'general', 'major', 'rear', 'prime', 'field', 'count', 'miss');
const SITE = oneOf('cliff', 'place', 'range', 'pit', 'point', 'room', 'grounds', 'ruins');
const SEEMS = oneOf(
  'seem',
  'seems',
  'seemed',
  'appear',
  'appeared',
  'appears',
  'feel',
  'feels',
  'felt',
  'sound',
  'sounds',
  'sounded',
);
const MARCH_AFTER = oneOf('in', 'by', 'before', 'during', 'on', 'until', 'after', 'of', 'within', 'all');
const MARCH_OR_MAY = oneOf('march', 'may');
// Word tests of single refiners, made once here: `oneOf` in a rule would build its test at every term tried.
const LINKING = oneOf('seem', 'appear', 'include');
const INTENSIFIER = oneOf('super', 'pretty');
const DISCOURSE_MARKER = oneOf('well', 'so', 'okay', 'now');
const IS_WAS = oneOf('is', 'was');
const THAT_WHICH = oneOf('that', 'which');
const RELATIVE = oneOf('who', 'which', 'when');
const DE_DU = oneOf('de', 'du');
const AMPERSAND = oneOf('&', 'n');
const AM_PM = oneOf('am', 'pm');
const isDay = (t: Term | undefined): boolean => is(t, 'WeekDay') || is(t, 'Month');

/** A span of one term, `i + offset`, when `test` holds at `i`. */
const one = (i: number, ok: boolean, offset = 0): Span | null => (ok ? [i + offset, i + offset + 1] : null);

const REFINERS: readonly Refiner[] = [
  // Auxiliaries: the verb group's helpers, read by tense, attribution and speech acts.
  {
    reason: 'have-had', // "has signed", "will travel", "did not say"
    on: [...AUXILIARY_WORDS.words],
    tag: 'Auxiliary',
    at: (c, i) => one(i, AUXILIARY_WORDS(c.terms[i]) && is(c.term(i, c.past(i, i + 1, adverbOrNot)), 'Verb')),
  },
  {
    reason: 'modal-verb', // "can meet", "should not be"
    on: ['Modal', 'did'],
    tag: 'Auxiliary',
    at: (c, i) =>
      one(
        i,
        (is(c.terms[i], 'Modal') || wordOf(c.terms[i]!) === 'did') &&
          is(
            c.term(
              i,
              c.past(i, i + 1, (t) => adverbOrNot(t) || t.tags.has('Modal')),
            ),
            'Verb',
          ),
      ),
  },
  {
    reason: 'copula-walking', // "is going", "were told"
    on: ['Copula'],
    tag: 'Auxiliary',
    at: (c, i) => {
      if (!is(c.terms[i], 'Copula')) return null;
      const next = c.term(i, c.past(i, i + 1, adverbOrNot));
      return one(i, is(next, 'Gerund') || is(next, 'PastTense'));
    },
  },
  {
    reason: 'would-be', // "will be held", "could not be reached"
    on: ['be'],
    tag: 'Auxiliary',
    at: (c, i) => {
      if (c.terms[i]!.normal !== 'be' || i === 0) return null;
      let k = i - 1;
      while (k > 0 && adverbOrNot(c.terms[k]!)) k--;
      return one(
        i,
        is(c.term(k, k), 'Modal') && c.ends[k]! > i && is(c.term(i, c.past(i, i + 1, adverbOrNot)), 'Verb'),
      );
    },
  },
  {
    reason: 'going-to-walk', // "is going to meet"
    on: ['going'],
    tag: 'Auxiliary',
    at: (c, i) => {
      const [going, to] = [c.term(i, i), c.term(i, i + 1)];
      if (going?.normal !== 'going' || to?.normal !== 'to' || i === 0) return null;
      let k = i - 1;
      while (k > 0 && adverbOrNot(c.terms[k]!)) k--;
      const verb = c.term(
        i,
        c.past(i, i + 2, (t) => t.tags.has('Adverb')),
      );
      return is(c.terms[k], 'Copula') && c.ends[k]! > i && is(verb, 'PresentTense') ? [i, i + 2] : null;
    },
  },
  {
    reason: 'been-walking', // "been told", "be meeting", "being held", "has been asked"
    on: [...BE_FORMS.words],
    tag: 'Auxiliary',
    at: (c, i) => {
      if (!BE_FORMS(c.terms[i])) return null;
      const next = c.term(i, c.past(i, i + 1, adverbOrNot));
      return one(i, is(next, 'PastTense') || is(next, 'Gerund'));
    },
  },
  {
    reason: 'being-born', // "having met", "getting started", "became involved"
    on: ['having', 'getting', 'became', 'came'],
    tag: 'Auxiliary',
    at: (c, i) => {
      const w = c.terms[i]!.normal;
      const next = c.term(i, i + 1);
      return one(
        i,
        ((w === 'having' || w === 'getting') && is(next, 'Verb')) ||
          ((w === 'became' || w === 'came') && is(next, 'PastTense') && !is(next, 'PhrasalVerb')),
      );
    },
  },
  {
    reason: 'may-want',
    on: ['may'],
    tag: 'Auxiliary',
    at: (c, i) => {
      if (c.terms[i]!.normal !== 'may') return null;
      const k = is(c.term(i, i + 1), 'Adverb') ? i + 2 : i + 1;
      return one(i, is(c.term(i, k), 'Infinitive'));
    },
  },
  {
    reason: 'there-is', // "there is": no noun
    on: ['there'],
    tag: 'There',
    at: (c, i) => {
      if (c.terms[i]!.normal !== 'there') return null;
      const k = is(c.term(i, i + 1), 'Adverb') || is(c.term(i, i + 1), 'Pronoun') ? i + 2 : i + 1;
      return one(i, is(c.term(i, k), 'Copula'));
    },
  },
  // Nouns the first pass reads as verbs.
  {
    reason: 'det-inf', // "a message", "the rights"
    on: [...ARTICLE.words],
    notIf: (t) => LINKING(t) || t.tags.has('Gerund') || t.tags.has('Copula'),
    tag: 'Noun',
    at: (c, i) => {
      if (!ARTICLE(c.terms[i])) return null;
      const k = is(c.term(i, i + 1), 'Adjective') ? i + 2 : i + 1;
      if (!is(c.term(i, k), 'PresentTense')) return null;
      const end = is(c.term(i, k + 1), 'Particle') ? k + 2 : k + 1;
      return [k, end, i, end];
    },
  },
  {
    reason: 'possessive-verb', // "its demands"
    on: ['Possessive'],
    tag: 'Noun',
    at: (c, i) => {
      const [owner, k] = [c.terms[i], i + 1];
      const word = c.term(i, k);
      if (!is(owner, 'Possessive') || owner!.normal === 'her' || !is(word, 'PresentTense') || is(word, 'Gerund'))
        return null;
      return [k, is(c.term(i, k + 1), 'Particle') ? k + 2 : k + 1];
    },
  },
  {
    reason: 'early-warning', // "annual meeting"
    on: ['Adjective'],
    tag: 'Noun',
    at: (c, i) => one(i, is(c.terms[i], 'Adjective') && is(c.term(i, i + 1), 'Gerund'), 1),
  },
  {
    reason: 'the-gerund-noun', // "the upcoming talks"
    on: ['Determiner'],
    tag: 'Adjective',
    at: (c, i) =>
      one(i, is(c.terms[i], 'Determiner') && is(c.term(i, i + 1), 'Gerund') && is(c.term(i, i + 2), 'Noun'), 1),
  },
  {
    reason: 'in-age', // "in detail", "in line"
    on: ['in'],
    tag: 'Singular',
    at: (c, i) => one(i, wordOf(c.terms[i]!) === 'in' && is(c.term(i, i + 1), 'Infinitive'), 1),
  },
  {
    reason: '35-signs', // "two sides"
    on: ['Value'],
    tag: 'Plural',
    at: (c, i) => one(i, is(c.terms[i], 'Value') && c.term(i, i + 1)?.switch === 'Plural|Verb', 1),
  },
  {
    reason: 'stable-foundations', // "senior officials": a word both adjective and noun, before a noun
    on: ['%Adj|Noun'],
    notIf: (t) => t.tags.has('Pronoun') || t.tags.has('ProperNoun'),
    tag: 'Adjective',
    at: (c, i) => (c.terms[i]!.switch === 'Adj|Noun' && is(c.term(i, i + 1), 'Noun') ? [i, i + 1, i, i + 2] : null),
  },
  // Hyphenated modifiers: "faith-based", "self-driving", "company-wide".
  {
    reason: 'faith-based',
    on: ['Hyphenated'],
    notIf: (t) => t.tags.has('Adverb'),
    tag: 'Adjective',
    at: (c, i) => {
      const [a, b] = [c.terms[i], c.term(i, i + 1)];
      const next = c.term(i, i + 2);
      const ok =
        is(a, 'Hyphenated') &&
        is(b, 'Hyphenated') &&
        (is(b, 'PastTense') || is(b, 'Gerund')) &&
        (is(next, 'Noun') || is(next, 'Conjunction'));
      return ok ? [i, i + 2, i, i + 3] : null;
    },
  },
  {
    reason: 'company-wide',
    on: ['Hyphenated'],
    notIf: (t) => t.normal === 'this' || t.normal === 'that' || t.tags.has('Comparative') || t.tags.has('Superlative'),
    tag: 'Adjective',
    at: (c, i) => {
      const [a, b] = [c.terms[i], c.term(i, i + 1)];
      return is(a, 'Noun') && is(a, 'Hyphenated') && is(b, 'Adjective') && is(b, 'Hyphenated') ? [i, i + 2] : null;
    },
  },
  {
    reason: 'gerund-copula', // "funding was cut": a gerund subject
    on: ['Gerund'],
    tag: 'Activity',
    at: (c, i) => {
      if (!is(c.terms[i], 'Gerund')) return null;
      let k = is(c.term(i, i + 1), 'Adverb') ? i + 2 : i + 1;
      if (wordOfAt(c.term(i, k)) === 'not') k++;
      return one(i, is(c.term(i, k), 'Copula'));
    },
  },
  {
    reason: 'felt-loved', // "felt demoralized", "seemed confused": a participle as an adjective
    on: [...SEEMS.words],
    tag: 'Adjective',
    at: (c, i) => {
      if (!SEEMS(c.terms[i])) return null;
      const next = c.term(i, i + 1);
      const k = is(next, 'Adverb') || is(next, 'Adjective') ? i + 2 : i + 1;
      return one(k, is(c.term(i, k), 'PastTense'));
    },
  },
  {
    reason: 'adorable-little-store', // "tough little stuff"
    on: ['Adjective'],
    tag: 'Noun',
    notIf: (t) => t.tags.has('Copula'),
    at: (c, i) =>
      is(c.terms[i], 'Adjective') && is(c.term(i, i + 1), 'Adjective') && is(c.term(i, i + 2), 'PresentTense')
        ? [i + 2, i + 3, i, i + 3]
        : null,
  },
  {
    reason: 'super-strong', // "pretty tough"
    on: [...INTENSIFIER.words],
    tag: 'Adverb',
    at: (c, i) => one(i, INTENSIFIER(c.terms[i]) && is(c.term(i, i + 1), 'Adjective')),
  },
  {
    reason: 'well-', // "Well, ..." opening a clause is no noun
    on: [...DISCOURSE_MARKER.words],
    tag: 'Expression',
    at: (c, i) =>
      one(i, (i === 0 || c.ends[i - 1] === i) && DISCOURSE_MARKER(c.terms[i]) && !is(c.term(i, i + 1), 'Adjective')),
  },
  {
    reason: 'due-to', // "due to lapse Thursday": compromise reads the verb as a noun, and the date readers rely on it
    on: ['due'],
    tag: 'Noun',
    at: (c, i) => one(i, wordOfAt(c.term(i, i + 1)) === 'to' && is(c.term(i, i + 2), 'Verb'), 2),
  },
  {
    reason: 'checkmate-is', // "Leave was cancelled": a clause's first word before "is"/"was" is its subject
    on: ['Infinitive'],
    tag: 'Noun',
    at: (c, i) => one(i, (i === 0 || c.ends[i - 1] === i) && is(c.terms[i], 'Infinitive') && IS_WAS(c.term(i, i + 1))),
  },
  // People nouns ("harbour master", "the coastguard said"), read as speaker heads.
  {
    reason: 'thing-doer',
    on: ['Noun'],
    tag: 'Actor',
    notIf: (t) => t.tags.has('Person') || t.tags.has('Pronoun'),
    at: (c, i) => (is(c.terms[i], 'Noun') && is(c.term(i, i + 1), 'Actor') ? [i, i + 2] : null),
  },
  {
    reason: 'air-traffic-controller',
    on: ['Noun'],
    tag: 'Actor',
    notIf: (t) => t.tags.has('Honorific') || t.tags.has('Pronoun') || t.tags.has('Possessive'),
    at: (c, i) => {
      if (!is(c.terms[i], 'Noun') || (i > 0 && is(c.terms[i - 1], 'Noun') && c.ends[i - 1]! > i)) return null;
      const end = c.past(i, i, (t) => t.tags.has('Noun') && !t.tags.has('Actor'));
      return end > i && is(c.term(i, end), 'Actor') ? [i, end, i, end + 1] : null;
    },
  },
  {
    reason: 'dance-coach', // "harbour master", "county engineer"
    on: ['Noun'],
    tag: 'Actor',
    at: (c, i) => {
      if (!is(c.terms[i], 'Noun') || (i > 0 && is(c.terms[i - 1], 'Noun') && c.ends[i - 1]! > i)) return null;
      for (let k = i + 1; k < c.ends[i]! && is(c.terms[k - 1], 'Noun'); k++) if (DOER(c.terms[k])) return [i, k + 1];
      return null;
    },
  },
  {
    reason: 'the-actor-said',
    on: ['Determiner'],
    tag: 'Actor',
    at: (c, i) =>
      one(
        i,
        is(c.terms[i], 'Determiner') && is(c.term(i, i + 1), 'Singular') && wordOfAt(c.term(i, i + 2)) === 'said',
        1,
      ),
  },
  {
    reason: 'titlecase-org', // "Defence Ministry": the word before an organisation's head is in its name
    on: ['ProperNoun'],
    tag: 'Organization',
    notIf: (t) => t.tags.has('FirstName'),
    at: (c, i) => (is(c.terms[i], 'ProperNoun') && is(c.term(i, i + 1), 'Organization') ? [i, i + 2] : null),
  },
  // Function words: "to" before a noun phrase, "that" opening a clause, a question word before one.
  {
    reason: 'to-the-store',
    on: ['to'],
    tag: 'Preposition',
    unTag: 'Conjunction',
    at: (c, i) => {
      const next = c.term(i, i + 1);
      return one(
        i,
        wordOf(c.terms[i]!) === 'to' && (is(next, 'Determiner') || is(next, 'Possessive') || is(next, 'Pronoun')),
      );
    },
  },
  {
    reason: 'said-that-he',
    on: ['Verb'],
    tag: 'Conjunction',
    at: (c, i) =>
      one(i, is(c.terms[i], 'Verb') && wordOfAt(c.term(i, i + 1)) === 'that' && is(c.term(i, i + 2), 'Pronoun'), 1),
  },
  {
    reason: 'that-are',
    on: ['Noun'],
    tag: 'Conjunction',
    at: (c, i) =>
      one(i, is(c.terms[i], 'Noun') && wordOfAt(c.term(i, i + 1)) === 'that' && is(c.term(i, i + 2), 'Copula'), 1),
  },
  {
    reason: 'that-prep', // "told reporters that"
    on: ['Verb'],
    tag: 'Preposition',
    at: (c, i) => {
      if (!is(c.terms[i], 'Verb')) return null;
      const noun = is(c.term(i, i + 1), 'Adverb') ? i + 2 : i + 1;
      return one(i, is(c.term(i, noun), 'Noun') && THAT_WHICH(c.term(i, noun + 1)), noun + 1 - i);
    },
  },
  {
    reason: 'how-he',
    on: ['QuestionWord'],
    tag: 'Preposition',
    at: (c, i) => {
      const next = c.term(i, i + 1);
      return one(i, is(c.terms[i], 'QuestionWord') && (is(next, 'Pronoun') || is(next, 'Determiner')));
    },
  },
  {
    reason: 'the-x-who', // "the officials who said": "who" opens a clause, no subject noun
    on: ['Determiner'],
    tag: 'Preposition',
    at: (c, i) => {
      if (!is(c.terms[i], 'Determiner') || !is(c.term(i, i + 1), 'Noun')) return null;
      const who = c.past(i, i + 1, (t) => t.tags.has('Noun'));
      return one(who, wordOfAt(c.term(i, who)) === 'who' && is(c.term(i, who + 1), 'Verb'));
    },
  },
  {
    reason: 'people-who',
    on: ['Plural'],
    tag: 'Preposition',
    at: (c, i) => one(i, is(c.terms[i], 'Plural') && RELATIVE(c.term(i, i + 1)) && c.ends[i]! > i + 2, 1),
  },
  {
    reason: 'noun-like',
    on: ['Noun'],
    tag: 'Preposition',
    at: (c, i) =>
      one(i, is(c.terms[i], 'Noun') && wordOfAt(c.term(i, i + 1)) === 'like' && is(c.term(i, i + 2), 'Noun'), 1),
  },
  // Names: a surname after a first name, a rank before a name, a name run, "the" + acronym.
  {
    reason: 'firstname-titlecase', // "Marta Quellin"
    on: ['FirstName'],
    notIf: (t) => t.tags.has('Possessive'),
    tag: 'LastName',
    at: (c, i) => {
      if (!is(c.terms[i], 'FirstName')) return null;
      const k = is(c.term(i, i + 1), 'Acronym') ? i + 2 : i + 1;
      return is(c.term(i, k), 'ProperNoun') ? [k, k + 1, i, k + 1] : null;
    },
  },
  {
    reason: 'firstname-noun', // a first name and a noun ending the clause
    on: ['FirstName'],
    tag: ['', 'LastName'],
    notIf: (t) => ['Possessive', 'Organization', 'Place', 'Pronoun'].some((g) => t.tags.has(g)),
    at: (c, i) =>
      is(c.terms[i], 'FirstName') && is(c.term(i, i + 1), 'Noun') && c.ends[i] === i + 2 ? [i, i + 2] : null,
  },
  {
    reason: 'jack-layton', // a first name and a noun before a verb
    on: ['FirstName'],
    tag: 'LastName',
    safe: true,
    at: (c, i) =>
      one(
        i,
        is(c.terms[i], 'FirstName') &&
          !is(c.terms[i], 'Possessive') &&
          is(c.term(i, i + 1), 'Singular') &&
          is(c.term(i, i + 2), 'Verb'),
        1,
      ),
  },
  {
    reason: 'dr-john-Title', // "Minister Ardan Vell"
    on: ['Honorific'],
    tag: 'Person',
    at: (c, i) => {
      if (!is(c.terms[i], 'Honorific')) return null;
      const k = is(c.term(i, i + 1), 'FirstName') ? i + 2 : i + 1;
      return is(c.term(i, k), 'ProperNoun') ? [i, k + 1] : null;
    },
  },
  {
    reason: 'n-acro-noun', // "Ana K. Ross"
    on: ['FirstName'],
    tag: 'Person',
    safe: true,
    at: (c, i) =>
      is(c.terms[i], 'FirstName') && is(c.term(i, i + 1), 'Acronym') && is(c.term(i, i + 2), 'Noun')
        ? [i, i + 3]
        : null,
  },
  {
    reason: 'switch-person', // a word that is a name or a noun, before a capitalised word
    on: ['%Person|Noun'],
    tag: 'Person',
    safe: true,
    at: (c, i) => {
      if (c.terms[i]!.switch !== 'Person|Noun') return null;
      const k = is(c.term(i, i + 1), 'Acronym') ? i + 2 : i + 1;
      return is(c.term(i, k), 'ProperNoun') ? [i, k + 1] : null;
    },
  },
  {
    reason: 'person-said', // a word that is a name or a verb, before "said"
    on: ['%Person|Verb'],
    tag: 'Person',
    at: (c, i) => one(i, c.terms[i]!.switch === 'Person|Verb' && SAYS(c.term(i, i + 1))),
  },
  {
    reason: 'dr-john-foo', // "Hon Lena Sorvik"
    on: ['Honorific'],
    tag: 'LastName',
    safe: true,
    notIf: (t) => t.tags.has('Possessive'),
    at: (c, i) =>
      is(c.terms[i], 'Honorific') && is(c.term(i, i + 1), 'FirstName') && is(c.term(i, i + 2), 'Singular')
        ? [i + 2, i + 3, i, i + 3]
        : null,
  },
  {
    reason: 'Honorific-TitleCase', // "Mr OKAFOR"
    on: ['Honorific'],
    tag: 'Person',
    at: (c, i) => (is(c.terms[i], 'Honorific') && is(c.term(i, i + 1), 'Acronym') ? [i, i + 2] : null),
  },
  {
    reason: 'van der noun',
    on: ['Noun'],
    tag: 'Person',
    safe: true,
    at: (c, i) => {
      if (!is(c.terms[i], 'Noun') || c.term(i, i + 1)?.normal !== 'van') return null;
      const k = wordOfAt(c.term(i, i + 2)) === 'der' ? i + 3 : i + 2;
      return is(c.term(i, k), 'Noun') ? [i, k + 1] : null;
    },
  },
  {
    reason: 'title-de-title', // "Ms de Wit", "Anne du Pré"
    on: ['ProperNoun'],
    tag: 'Person',
    notIf: (t) => t.tags.has('Place'),
    at: (c, i) => {
      if (!is(c.terms[i], 'ProperNoun') || !DE_DU(c.term(i, i + 1))) return null;
      const k = wordOfAt(c.term(i, i + 2)) === 'la' ? i + 3 : i + 2;
      return is(c.term(i, k), 'ProperNoun') ? [i, k + 1] : null;
    },
  },
  {
    reason: 'will-name', // "Will Ardent"
    on: ['will'],
    tag: 'Person',
    at: (c, i) => (c.terms[i]!.text === 'Will' && is(c.term(i, i + 1), 'ProperNoun') ? [i, i + 2] : null),
  },
  {
    reason: 'ambg-honorifics', // "General Tomas Brandvik", "Prime Minister"
    on: [...AMBIGUOUS_RANK.words],
    tag: 'Honorific',
    at: (c, i) => {
      if (!AMBIGUOUS_RANK(c.terms[i])) return null;
      const k = is(c.term(i, i + 1), 'Honorific') ? i + 2 : i + 1;
      return one(i, is(c.term(i, k), 'Person'));
    },
  },
  {
    reason: 'seargeant-john', // "President Ovando", "Captain Lee"
    on: [...RANK.words],
    tag: 'Honorific',
    at: (c, i) => {
      if (!RANK(c.terms[i]) || (i > 0 && RANK(c.terms[i - 1]) && c.ends[i - 1]! > i)) return null;
      const end = c.past(i, i, RANK);
      return is(c.term(i, end), 'ProperNoun') ? [i, end] : null;
    },
  },
  {
    reason: 'sherwood-anderson', // a clause's first word before a person and a verb
    on: ['Singular'],
    tag: 'Person',
    safe: true,
    at: (c, i) =>
      one(
        i,
        (i === 0 || c.ends[i - 1] === i) &&
          is(c.terms[i], 'Singular') &&
          is(c.term(i, i + 1), 'Person') &&
          is(c.term(i, i + 2), 'Verb'),
      ),
  },
  {
    reason: 'proper-person', // "Governor Ruiz": a capitalised word before a person
    on: ['ProperNoun'],
    tag: 'Person',
    safe: true,
    at: (c, i) => one(i, is(c.terms[i], 'ProperNoun') && is(c.term(i, i + 1), 'Person')),
  },
  {
    reason: 'three-name-person',
    on: ['Person'],
    tag: 'Person',
    safe: true,
    notIf: (t) => t.tags.has('Possessive'),
    at: (c, i) =>
      is(c.terms[i], 'Person') && is(c.term(i, i + 1), 'ProperNoun') && is(c.term(i, i + 2), 'ProperNoun')
        ? [i + 1, i + 3, i, i + 3]
        : null,
  },
  {
    reason: 'the-acronym', // "the WHO"
    on: ['the'],
    tag: 'Organization',
    safe: true,
    at: (c, i) => one(i, wordOf(c.terms[i]!) === 'the' && is(c.term(i, i + 1), 'Acronym'), 1),
  },
  ...(['Organization', 'Place'] as const).map((kind): Refiner => ({
    reason: `${kind.toLowerCase()}-possessive`, // "the Agency's": the whole name is possessive
    on: [kind],
    tag: 'Possessive',
    at: (c, i) => {
      if (!is(c.terms[i], kind) || (i > 0 && is(c.terms[i - 1], kind) && c.ends[i - 1]! > i)) return null;
      const end = c.past(i, i, (t) => t.tags.has(kind));
      return is(c.term(i, end), 'Possessive') ? [i, end + 1] : null;
    },
  })),
  {
    reason: 'propernoun-place', // "in Sibrel, Montaro"
    on: ['in'],
    tag: 'Place',
    at: (c, i) =>
      one(i, wordOf(c.terms[i]!) === 'in' && is(c.term(i, i + 1), 'ProperNoun') && is(c.term(i, i + 2), 'Place'), 1),
  },
  {
    reason: 'west-norfolk',
    on: [...COMPASS.words],
    tag: 'Region',
    at: (c, i) => {
      if (!COMPASS(c.terms[i]) || (i > 0 && COMPASS(c.terms[i - 1]) && c.ends[i - 1]! > i)) return null;
      const end = c.past(i, i, COMPASS);
      return is(c.term(i, end), 'Place') ? [i, end + 1] : null;
    },
  },
  {
    reason: 'place-noun-society', // "Valdmark Trade Commission"
    on: ['Place'],
    tag: 'Organization',
    at: (c, i) => {
      if (!is(c.terms[i], 'Place') || (i > 0 && is(c.terms[i - 1], 'Place') && c.ends[i - 1]! > i)) return null;
      const places = c.past(i, i, (t) => t.tags.has('Place'));
      for (let k = places; k <= places + 2 && c.term(i, k); k++) {
        if (SOCIETY(c.term(i, k))) return [i, k + 1];
        if (!is(c.term(i, k), 'Noun')) return null;
      }
      return null;
    },
  },
  {
    reason: 'foo-point', // "Harbour Point", "Briefing Room"
    on: ['ProperNoun'],
    tag: 'Place',
    at: (c, i) => {
      if (!is(c.terms[i], 'ProperNoun') || (i > 0 && is(c.terms[i - 1], 'ProperNoun') && c.ends[i - 1]! > i))
        return null;
      for (let k = i + 1; k < c.ends[i]! && is(c.terms[k - 1], 'ProperNoun'); k++)
        if (SITE(c.terms[k])) return [i, k + 1];
      return null;
    },
  },
  {
    reason: 'university-of-Foo',
    on: ['university'],
    tag: 'Organization',
    at: (c, i) =>
      wordOf(c.terms[i]!) === 'university' && wordOfAt(c.term(i, i + 1)) === 'of' && is(c.term(i, i + 2), 'Place')
        ? [i, i + 3]
        : null,
  },
  {
    reason: 'Noun-&-Noun',
    on: ['Noun'],
    tag: 'Organization',
    at: (c, i) =>
      is(c.terms[i], 'Noun') && AMPERSAND(c.term(i, i + 1)) && is(c.term(i, i + 2), 'Noun') ? [i, i + 3] : null,
  },
  // Dates: a day or month with a number ("March 3", "3 March", "5th of May", "May 4 to 6").
  {
    reason: 'in-month', // "in March", "until May"
    on: ['Preposition', ...MARCH_AFTER.words],
    tag: 'Month',
    at: (c, i) => {
      const [before, month] = [c.terms[i]!, c.term(i, i + 1)];
      const march = month?.normal === 'march';
      const may = month?.normal === 'may';
      return one(
        i,
        (march && (MARCH_AFTER(before) || before.tags.has('Preposition'))) || (may && before.tags.has('Preposition')),
        1,
      );
    },
  },
  {
    reason: 'date-value',
    on: ['WeekDay', 'Month'],
    tag: 'Date',
    at: (c, i) => (isDay(c.terms[i]) && is(c.term(i, i + 1), 'Value') ? [i, i + 2] : null),
  },
  {
    reason: 'value-date',
    on: ['Value'],
    tag: 'Date',
    at: (c, i) => (is(c.terms[i], 'Value') && isDay(c.term(i, i + 1)) ? [i, i + 2] : null),
  },
  {
    reason: '5th-of-march',
    on: ['Value'],
    tag: ['Date', 'Date', 'Month'],
    at: (c, i) => {
      if (!is(c.terms[i], 'Value')) return null;
      const k = wordOfAt(c.term(i, i + 1)) === 'of' ? i + 2 : i + 1;
      return MARCH_OR_MAY(c.term(i, k)) ? [i, k + 1] : null;
    },
  },
  {
    reason: 'march-5th',
    on: [...MARCH_OR_MAY.words],
    tag: ['Month', 'Date', 'Date'],
    at: (c, i) => {
      if (!MARCH_OR_MAY(c.terms[i])) return null;
      const k = wordOfAt(c.term(i, i + 1)) === 'the' ? i + 2 : i + 1;
      return is(c.term(i, k), 'Value') ? [i, k + 1] : null;
    },
  },
  {
    reason: '2-am',
    on: ['Value'],
    tag: 'Time',
    at: (c, i) => (is(c.terms[i], 'Value') && AM_PM(c.term(i, i + 1)) ? [i, i + 2] : null),
  },
  {
    reason: 'value-to-value',
    on: ['Month'],
    tag: 'Date',
    at: (c, i) =>
      is(c.terms[i], 'Month') &&
      is(c.term(i, i + 1), 'Value') &&
      wordOfAt(c.term(i, i + 2)) === 'to' &&
      is(c.term(i, i + 3), 'Value')
        ? [i, i + 4]
        : null,
  },
  // Of our own: compromise's lexicon knows the city "Port Said", so "the director of the port, said"
  // and "the port said" lose their verb. Printed in lower case, "said" is the verb.
  {
    reason: 'port-said-verb',
    on: ['said'],
    tag: 'PastTense',
    at: (c, i) => one(i, c.terms[i]!.text === 'said' && is(c.terms[i], 'Place')),
  },
];

/** Per tag, word or switch, the refiners a match can start at a term that has it (table indexes). */
const STARTING = new Map<string, number[]>();
REFINERS.forEach((refiner, r) => {
  for (const key of refiner.on) {
    const list = STARTING.get(key) ?? [];
    if (!list.includes(r)) list.push(r);
    STARTING.set(key, list);
  }
});

/** Refines the first pass's tags of these sentences in place. */
export function refine(sentences: Term[][], world: World): void {
  const found: Term[][][] = REFINERS.map(() => []);
  const tried = new Int32Array(REFINERS.length).fill(-1);
  let stamp = 0;
  const tryAt = (clause: Clause, i: number, list: readonly number[] | undefined) => {
    if (!list) return; // most tags start no refiner
    for (let k = 0; k < list.length; k++) {
      const r = list[k]!;
      if (tried[r] === stamp) continue;
      tried[r] = stamp;
      match(clause, i, r, found[r]!);
    }
  };
  for (const terms of sentences) {
    const clause = new Clause(terms);
    terms.forEach((term, i) => {
      stamp++;
      tryAt(clause, i, STARTING.get(wordOf(term)));
      for (const t of term.tags) tryAt(clause, i, STARTING.get(t));
      if (term.switch) tryAt(clause, i, STARTING.get(`%${term.switch}`));
    });
  }
  // Every refiner read the first pass's tags; now they apply, in the table's order.
  REFINERS.forEach((refiner, r) => {
    for (const terms of found[r]!) apply(refiner, terms, world);
  });
}

/** Records the terms refiner `r` tags where a match starts at term `i`, if any. */
function match(clause: Clause, i: number, r: number, into: Term[][]): void {
  const refiner = REFINERS[r]!;
  const span = refiner.at(clause, i);
  if (!span) return;
  const [from, to, matchFrom = from, matchTo = to] = span;
  const { terms } = clause;
  if (!refiner.notIf || !terms.slice(matchFrom, matchTo).some(refiner.notIf)) into.push(terms.slice(from, to));
}

function apply(refiner: Refiner, terms: Term[], world: World): void {
  const { setTag, unTag } = world.methods.one;
  const { tag, safe } = refiner;
  if (typeof tag === 'string') {
    // compromise's safe rules do not tag half of a hyphenated word either.
    if (safe && (!fits(terms, tag, world) || terms[terms.length - 1]!.post === '-')) return;
    setTag(terms, tag, world, safe, refiner.reason);
  } else terms.forEach((term, k) => tag[k] && setTag([term], tag[k], world, safe, refiner.reason));
  if (refiner.unTag) unTag(terms, refiner.unTag, world);
}

/** Whether no term has a tag that conflicts with `tag` (compromise's `canBe`). */
function fits(terms: Term[], tag: string, world: World): boolean {
  const not = world.model.one.tagSet[tag]?.not ?? [];
  return terms.every((term) => !not.some((t) => term.tags.has(t)));
}
