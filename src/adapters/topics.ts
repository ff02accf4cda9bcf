// People, organisations and places among tagged terms, as compromise's `people()`,
// `organizations()` and `places()` find them, in one pass over each sentence's terms.
// compromise runs those through its general match engine (its patterns parsed on every call, a
// view per split); the patterns are fixed, so they are followed here as plain loops:
//   people         '#Honorific+? #Person+' in the pieces of a sentence cut after each comma,
//                  each cut again after a possessive ("Lee's"), but not after "his" or "her";
//   organizations  '#Organization+';
//   places         '(#Place|#Address)+', cut after a comma, except "Paris, France" (a city, region
//                  or proper noun before a country or region) where no continent ends the first.

/** The parts of a compromise term read here. */
export interface TopicTerm {
  normal: string;
  machine?: string | null;
  post: string;
  tags: ReadonlySet<string>;
}

/** Terms [first, last) of sentence `sentence`. */
export type TermRange = readonly [sentence: number, first: number, last: number];

export interface Topics {
  people: TermRange[];
  organizations: TermRange[];
  places: TermRange[];
}

const hasComma = (t: TopicTerm): boolean => t.post.includes(',');
const isPerson = (t: TopicTerm | undefined): boolean => !!t && t.tags.has('Person');
const isHonorific = (t: TopicTerm): boolean => t.tags.has('Honorific');
const isPlace = (t: TopicTerm): boolean => t.tags.has('Place') || t.tags.has('Address');
const isOrganization = (t: TopicTerm): boolean => t.tags.has('Organization');
const says = (t: TopicTerm, words: ReadonlySet<string>): boolean =>
  words.has(t.normal) || (!!t.machine && words.has(t.machine));
const PRONOUNS = new Set(['his', 'her']);
const CONTINENTS = new Set(['asia', 'africa', 'europe', 'america']);

export function findTopics(sentences: readonly (readonly TopicTerm[])[]): Topics {
  const topics: Topics = { people: [], organizations: [], places: [] };
  sentences.forEach((terms, s) => {
    if (terms.some(isPerson)) findPeople(terms, s, topics.people);
    if (terms.some(isOrganization))
      for (const [from, to] of runs(terms, isOrganization)) topics.organizations.push([s, from, to]);
    if (terms.some(isPlace)) findPlaces(terms, s, topics.places);
  });
  return topics;
}

/** Maximal runs [from, to) of terms that pass `test`. */
function* runs(terms: readonly TopicTerm[], test: (t: TopicTerm) => boolean, from = 0, to = terms.length) {
  for (let i = from; i < to; i++) {
    if (!test(terms[i]!)) continue;
    const start = i;
    while (i < to && test(terms[i]!)) i++;
    yield [start, i] as const;
  }
}

/** Cuts [from, to) after every term in it that passes `cutsAfter`. */
function cutAfter(from: number, to: number, cutsAfter: (i: number) => boolean): [number, number][] {
  const pieces: [number, number][] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    if (!cutsAfter(i)) continue;
    pieces.push([start, i + 1]);
    start = i + 1;
  }
  if (start < to) pieces.push([start, to]);
  return pieces;
}

function findPeople(terms: readonly TopicTerm[], s: number, out: TermRange[]): void {
  for (const [from, to] of cutAfter(0, terms.length, (i) => hasComma(terms[i]!))) {
    for (let i = from; i < to;) {
      const end = personAt(terms, i, to);
      if (end < 0) {
        i++;
        continue;
      }
      const possessive = (k: number) => terms[k]!.tags.has('Possessive') && !says(terms[k]!, PRONOUNS);
      for (const [a, b] of cutAfter(i, end, possessive)) out.push([s, a, b]);
      i = end;
    }
  }
}

/**
 * Where '#Honorific+? #Person+' matched from term `i` ends (before `to`), or -1. compromise takes
 * a first honorific that is also a person as the name alone unless a person follows it, and ends
 * a run of honorifics at the first person.
 */
function personAt(terms: readonly TopicTerm[], i: number, to: number): number {
  const next = (k: number) => (k < to ? terms[k] : undefined);
  let t = i;
  if (isHonorific(terms[i]!)) {
    if (isPerson(terms[i]) && !isPerson(next(i + 1))) return i + 1;
    t++;
    while (t < to && !isPerson(terms[t]) && isHonorific(terms[t]!)) t++;
  }
  if (!isPerson(next(t))) return -1;
  t++;
  while (isPerson(next(t))) t++;
  return t;
}

function findPlaces(terms: readonly TopicTerm[], s: number, out: TermRange[]): void {
  // "Paris, France" stays one place: the comma follows a city, region or proper noun and a
  // country or region comes next, unless the first name is a continent.
  const keepsComma = (k: number) => {
    const term = terms[k]!;
    if (says(term, CONTINENTS)) return false;
    const named = term.tags.has('City') || term.tags.has('Region') || term.tags.has('ProperNoun');
    const after = terms[k + 1];
    return named && !!after && (after.tags.has('Country') || after.tags.has('Region'));
  };
  for (const [from, to] of runs(terms, isPlace))
    for (const [a, b] of cutAfter(from, to, (k) => hasComma(terms[k]!) && !keepsComma(k))) out.push([s, a, b]);
}
