// People, organisations and places found among tagged terms as compromise's topic methods find
// them: rows of hand-tagged terms with the ranges expected (and where none or a cut is expected),
// then invented sentences through both, which must agree.
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { tag } from '../src/adapters/compromise.js';
import { findTopics, type TopicTerm } from '../src/adapters/topics.js';

/** A sentence of terms written "word/Tag+Tag", a trailing comma kept as the term's post. */
const terms = (spec: string): TopicTerm[] =>
  spec.split(' ').map((w) => {
    const [written, tags = ''] = w.split('/');
    const comma = written!.endsWith(',');
    const word = comma ? written!.slice(0, -1) : written!;
    return { normal: word.toLowerCase(), post: comma ? ', ' : ' ', tags: new Set(tags.split('+').filter(Boolean)) };
  });

describe('findTopics', () => {
  it.each([
    ['a person run', 'met/Verb Ana/Person Ruiz/Person today/Date', [[1, 3]]],
    ['an honorific before a name', 'Dr/Honorific Ana/Person Ruiz/Person spoke', [[0, 3]]],
    ['an honorific that is a person, alone', 'Judge/Honorific+Person ruled', [[0, 1]]],
    ['an honorific that is a person, then a name', 'Judge/Honorific+Person Ana/Person Ruiz/Person ruled', [[0, 3]]],
    ['two honorifics', 'the/Determiner Rt/Honorific Hon/Honorific Ana/Person Ruiz/Person', [[1, 5]]],
    [
      'cut after a comma',
      'Ana/Person Ruiz,/Person Tomas/Person Lind/Person',
      [
        [0, 2],
        [2, 4],
      ],
    ],
    [
      'cut after a possessive',
      "Ruiz's/Person+Possessive Lind/Person",
      [
        [0, 1],
        [1, 2],
      ],
    ],
    ['not cut after "his"', 'his/Person+Possessive Lind/Person', [[0, 2]]],
    ['an honorific without a name', 'Dr/Honorific said/Verb', []],
    ['no person at all', 'the/Determiner office/Noun said/Verb', []],
  ])('people: %s', (_, spec, expected) => {
    expect(findTopics([terms(spec)]).people).toEqual(expected.map(([a, b]) => [0, a, b]));
  });

  it.each([
    ['a run', 'the/Determiner Harbour/Organization Board/Organization met', [[1, 3]]],
    [
      'two runs',
      'Harbour/Organization Board/Organization and/Conjunction Port/Organization',
      [
        [0, 2],
        [3, 4],
      ],
    ],
    ['none', 'the/Determiner board/Noun met/Verb', []],
  ])('organizations: %s', (_, spec, expected) => {
    expect(findTopics([terms(spec)]).organizations).toEqual(expected.map(([a, b]) => [0, a, b]));
  });

  it.each([
    ['a city and its country stay one', 'in/Preposition Oslo,/Place+City Norway/Place+Country', [[1, 3]]],
    [
      'two countries part at the comma',
      'Chile,/Place+Country Peru/Place+Country',
      [
        [0, 1],
        [1, 2],
      ],
    ],
    [
      'a continent parts',
      'Asia,/Place+Region Japan/Place+Country',
      [
        [0, 1],
        [1, 2],
      ],
    ],
    ['a comma at the run end before a country outside it', 'Oslo,/Place+City said/Verb', [[0, 1]]],
    ['an address counts', '12/Address Quay/Address+Place Street/Address', [[0, 3]]],
    ['none', 'the/Determiner town/Noun', []],
  ])('places: %s', (_, spec, expected) => {
    expect(findTopics([terms(spec)]).places).toEqual(expected.map(([a, b]) => [0, a, b]));
  });

  it('numbers each range by its sentence', () => {
    const found = findTopics([terms('nothing/Noun here'), terms('Ana/Person Ruiz/Person')]);
    expect(found.people).toEqual([[1, 0, 2]]);
  });
});

describe('findTopics agrees with compromise on the same tagged terms', () => {
  type Pointer = [number, number, number];
  interface View {
    document: (TopicTerm & { text: string })[][];
    compute(hooks: string[]): void;
    people(): { pointer: Pointer[] | null };
    organizations(): { pointer: Pointer[] | null };
    places(): { pointer: Pointer[] | null };
  }
  const world = nlp.world() as unknown as {
    hooks: string[];
    methods: { one: { tokenize: { fromString(text: string, world: unknown): unknown } } };
  };
  const ViewClass = (nlp.tokenize('') as unknown as { constructor: new (document: unknown) => View }).constructor;
  // compromise's first tagging pass, as the adapter runs it, with the term ids its views need.
  const firstPass = (text: string): View => {
    const doc = new ViewClass(world.methods.one.tokenize.fromString(text, world));
    doc.compute(world.hooks.slice(0, world.hooks.indexOf('postTagger')));
    return doc;
  };
  const ranges = (view: { pointer: Pointer[] | null }) => (view.pointer ?? []).map(([s, a, b]) => [s, a, b]);

  it.each([
    'Ambassador Livia Marchetti met Dr. Tomas Okafor in Lisbon, Portugal on Tuesday.',
    "The Harbour Authority of Tallinn said Karin Olt's office in Tartu, Estonia, and Riga would reopen.",
    'Mrs. Hana Sato, Mr. Ole Berg and the Red Cross visited Africa, Asia and South America.',
    'President Okonjo-Reyes thanked his team, her staff and the Ministry of Health in Accra, Ghana.',
    'Judge Amara Quist ruled. Captain Idris Vale of the Coast Guard in Halifax, Nova Scotia, agreed.',
    'No names are here at all, only plans for the week ahead.',
  ])('%s', (text) => {
    const doc = firstPass(text);
    const ours = findTopics(doc.document);
    const theirs = {
      people: ranges(doc.people()),
      organizations: ranges(doc.organizations()),
      places: ranges(doc.places()),
    };
    expect(ours).toEqual(theirs);
    if (!text.startsWith('No names')) expect(ours.people.length + ours.places.length).toBeGreaterThan(0);
  });

  it('the adapter reports those ranges as spans of the text', () => {
    const text = 'Dr. Tomas Okafor flew to Lisbon, Portugal.';
    const found = tag(text);
    const slice = (list: { start: number; end: number }[]) => list.map((s) => text.slice(s.start, s.end));
    expect(slice(found.people)).toEqual(['Dr. Tomas Okafor']);
    expect(slice(found.places)).toEqual(['Lisbon, Portugal']);
  });
});
