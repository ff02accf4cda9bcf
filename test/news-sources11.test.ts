// Unnamed news sources described by the words news writing uses for them: a participle before the
// head ("an elected official", "one unaligned strategist"), people named by their role in politics
// ("a longtime party operative", "the senators", "Harbour Party delegates"), a person "familiar
// with" or "close to" what they speak of, and a person after an owner's possessive ("Harbour
// University's Tomas Quill"), and a short setting between "said" and a clause without "that" ("said
// on Friday she met …"), and a share of those polled ("71% of buyers said"). Rows of our own words; each table has rows that must keep their answer.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

/** Every quote as "kind|text|speaker". */
const credits = (text: string) => {
  const { quotes, speakers } = analyze(text, { referenceDate: '2026-03-03' });
  return quotes.map((q) => `${q.kind}|${q.text}|${speakers.find((s) => s.id === q.speakerId)?.name ?? ''}`);
};

describe('a participle before the head of an unnamed source', () => {
  it.each<[string, string[]]>([
    [
      '“The count was fair,” said an elected official. “Nobody disputes it.”',
      ['direct|The count was fair|an elected official', 'direct|Nobody disputes it.|an elected official'],
    ],
    [
      '“There is no home advantage,” said one unaligned Vestmark strategist. “Not this year.”',
      [
        'direct|There is no home advantage|one unaligned Vestmark strategist',
        'direct|Not this year.|one unaligned Vestmark strategist',
      ],
    ],
    ['A registered voter said the lines were too long.', ['indirect|the lines were too long|A registered voter']],
    ['“We waited,” a retired teacher said.', ['direct|We waited|a retired teacher']],
    // a speech verb is no modifier: "the reported" does not join what follows
    ['“It was late,” the official said. The reported delay lasted an hour.', ['direct|It was late|the official']],
  ])('%s', (text, expected) => {
    expect(credits(text)).toEqual(expected);
  });
});

describe('people named by their role', () => {
  it.each<[string, string[]]>([
    ['“It was chaos,” said a longtime party operative.', ['direct|It was chaos|a longtime party operative']],
    [
      'One Harbour Party hopeful, Tam Rhee, says the port should stay open.',
      ['indirect|the port should stay open|Tam Rhee'],
    ],
    [
      '“Nobody knew who was in charge,” said several Harbour Party delegates.',
      ['direct|Nobody knew who was in charge|several Harbour Party delegates'],
    ],
    ['The senators said the vote would wait until spring.', ['indirect|the vote would wait until spring|The senators']],
    ['Supporters of the mayor said the plan would pass.', ['indirect|the plan would pass|Supporters of the mayor']],
    // a group's own name is still the group
    ['“We will campaign,” said the Harbour Party.', ['direct|We will campaign|Harbour Party']],
  ])('%s', (text, expected) => {
    expect(credits(text)).toEqual(expected);
  });
});

describe('a person familiar with or close to what they speak of', () => {
  it.each<[string, string[]]>([
    [
      'One well-connected party member familiar with the campaign said the money had run out.',
      ['indirect|the money had run out|One well-connected party member familiar with the campaign'],
    ],
    [
      'A source close to the family said the funeral would be private.',
      ['indirect|the funeral would be private|A source close to the family'],
    ],
    // "familiar" as a predicate keeps the subject
    [
      'The campaign is familiar with the rules, the spokesman said.',
      ['indirect|The campaign is familiar with the rules|the spokesman'],
    ],
  ])('%s', (text, expected) => {
    expect(credits(text)).toEqual(expected);
  });
});

describe("a person after an owner's possessive", () => {
  /** The first quote's speaker as "name|kind|organization". */
  const speaker = (text: string) => {
    const { quotes, speakers } = analyze(text, { referenceDate: '2026-03-03' });
    const s = speakers.find((x) => x.id === quotes[0]?.speakerId);
    return s ? `${s.name}|${s.kind}|${s.organization}` : null;
  };
  it.each<[string, string | null]>([
    ["Harbour University's Tomas Quill said the repairs were overdue.", 'Tomas Quill|person|Harbour University'],
    ['“It was late,” said the ministry’s Ana Ruiz.', 'Ana Ruiz|person|ministry'],
    // with no cue in its sentence, the quote after "X agreed." is X's
    ['The ministry’s Ana Ruiz agreed. “It was late.”', 'Ana Ruiz|person|ministry'],
    // no person after the possessive: the owner's body or its document
    ["Vestmark's Northwind Group said the mill would close.", "Vestmark's Northwind Group|organization|null"],
  ])('%s', (text, expected) => {
    expect(speaker(text)).toBe(expected);
  });
});

describe('a short setting between the cue and a clause without "that"', () => {
  it.each<[string, string[]]>([
    [
      'Ines Vale said on Friday she met the mayor earlier this week.',
      ['indirect|she met the mayor earlier this week|Ines Vale'],
    ],
    ['Ola Finch said in a statement the plan failed.', ['indirect|the plan failed|Ola Finch']],
    [
      'The minister said at the hearing he had not seen the letter.',
      ['indirect|he had not seen the letter|The minister'],
    ],
    // no clause after the setting
    ['The minister said in Geneva the accord.', []],
    ['The minister said in a statement Monday.', []],
  ])('%s', (text, expected) => {
    expect(credits(text)).toEqual(expected);
  });
});

describe('a share of those polled', () => {
  it.each<[string, string[]]>([
    ['Twenty-four percent said they would vote for her.', ['indirect|they would vote for her|Twenty-four percent']],
    [
      'In the survey, 71% of buyers said they would pay more for a garden.',
      ['indirect|they would pay more for a garden|71% of buyers'],
    ],
    ['About 12 per cent of tenants said rents had doubled.', ['indirect|rents had doubled|12 per cent of tenants']],
    // a share inside what is reported is no source
    ['Sales grew 7% in March, the company said.', ['indirect|Sales grew 7% in March|the company']],
    ['Prices rose 5 percent, the ministry said.', ['indirect|Prices rose 5 percent|the ministry']],
  ])('%s', (text, expected) => {
    expect(credits(text)).toEqual(expected);
  });
});

describe('a report that quotes someone "as saying"', () => {
  it.each<[string, string[]]>([
    [
      '“The stocks have recovered,” the statement quoted Minister Lars Engholm as saying.',
      ['direct|The stocks have recovered|Lars Engholm'],
    ],
    [
      'Nordwire quoted a port official as saying the cranes were idle.',
      ['indirect|the cranes were idle|a port official'],
    ],
    // the passive keeps its subject
    ['The minister was quoted as saying the cranes were idle.', ['indirect|the cranes were idle|The minister']],
  ])('%s', (text, expected) => {
    expect(credits(text)).toEqual(expected);
  });
});

describe('a group named in a treaty style', () => {
  /** The first quote's speaker as "name|kind". */
  const speaker = (text: string) => {
    const { quotes, speakers } = analyze(text, { referenceDate: '2026-03-03' });
    const s = speakers.find((x) => x.id === quotes[0]?.speakerId);
    return s ? `${s.name}|${s.kind}` : null;
  };
  it.each<[string, string | null]>([
    ['The two Governments said that the crossing would open in May.', 'The two Governments|group'],
    // a capitalised name of one body stays its name
    ['The Harbour Board said that the crossing would open in May.', 'Harbour Board|organization'],
  ])('%s', (text, expected) => {
    expect(speaker(text)).toBe(expected);
  });
});
