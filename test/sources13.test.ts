// Quotes and sources in layouts of release and news text no fixture had yet: a release's quotation
// in straight single marks on the paragraph under "Name said:" (fixtures/release13-single-quoted-blocks.txt);
// a source with a relative clause or "familiar with" before its verb and no commas; people named by
// what they do ("a neighbour", "passengers"); titles given in passing; short clauses and verbs read as
// nouns; a fronted setting; an owner's possessive in an apposition
// (fixtures/statement13-ministry-campaign.txt).
// Rows of our own words, negative rows beside them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

/** Every quote as "speaker|text". */
const reported = (text: string) => {
  const { quotes, speakers } = analyze(text, { referenceDate: '2026-03-14' });
  return quotes.map((q) => `${speakers.find((s) => s.id === q.speakerId)?.name ?? ''}|${q.text}`);
};

/** Every speaker as [name, title, organisation]. */
const described = (text: string) =>
  analyze(text, { referenceDate: '2026-03-14' }).speakers.map((s) => [s.name, s.title, s.organization]);

describe('a quotation in straight single marks under "Name said:"', () => {
  it('is the words inside the marks, credited to the name', () => {
    const text = readFileSync(new URL('../fixtures/release13-single-quoted-blocks.txt', import.meta.url), 'utf8');
    expect(reported(text).slice(1)).toEqual([
      'Maren Tolley|No family should go to bed fearing the tide. This money will build walls where they are needed most.',
      'Owen Birch|We will start work in the spring and finish the first schemes by the end of next year.',
      'Owen Birch|Every town on the list has been surveyed, and the designs are ready.',
    ]);
  });
  it.each<[string, string[]]>([
    ["Mayor Ida Holm said:\n\n'The road opens on Monday.'\n", ['Ida Holm|The road opens on Monday.']],
    ['Mayor Ida Holm said:\n\n‘The road opens on Monday.’\n', ['Ida Holm|The road opens on Monday.']],
    // no marks: the whole paragraph is the quote
    ['Mayor Ida Holm said:\n\nThe road opens on Monday.\n', ['Ida Holm|The road opens on Monday.']],
    // an elided year opens no quotation: the paragraph is hers whole
    ["Mayor Ida Holm said:\n\n'90s roads were built to last.\n", ["Ida Holm|'90s roads were built to last."]],
  ])('%j', (text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('a source with a postmodifier and no commas before the verb', () => {
  it.each<[string, string[]]>([
    [
      'A diplomat who attended the meeting said a deal was still possible.',
      ['A diplomat who attended the meeting|a deal was still possible'],
    ],
    [
      'Two engineers who inspected the bridge told reporters the cracks were new.',
      ['Two engineers who inspected the bridge|the cracks were new'],
    ],
    ['A woman who met Ida Holm said she was calm.', ['A woman who met Ida Holm|she was calm']],
    ['Officials familiar with the talks said the offer was withdrawn.', ['Officials|the offer was withdrawn']],
    // "who" in a question, set off by a comma: the name after it speaks
    ['Asked who would pay, Ida Holm said the state would.', ['Ida Holm|the state would']],
    // a comma-set relative clause keeps its antecedent
    ['The minister, who chaired the meeting, said a deal was close.', ['The minister|a deal was close']],
  ])('%s', (text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('people named by what they do or where they live', () => {
  it.each<[string, string[]]>([
    ['"It was loud," said a neighbour.', ['a neighbour|It was loud']],
    ['Two engineers told reporters the cracks were new.', ['Two engineers|the cracks were new']],
    ['Passengers said the train stopped twice.', ['Passengers|the train stopped twice']],
    ['Shoppers at the market said prices had doubled.', ['Shoppers at the market|prices had doubled']],
    // a thing's noun is no speaker
    ['The bridge said nothing of its age.', []],
  ])('%s', (text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('a speaker named by surname takes the title the text gave the name in passing', () => {
  it.each<[string, Array<[string, string | null, string | null]>]>([
    [
      'The Chancellor received Prime Minister Marek Zielny in Berlin. Zielny said the talks went well.',
      [['Marek Zielny', 'Prime Minister', null]],
    ],
    [
      'The Chancellor met Polish Prime Minister Marek Zielny on Tuesday. Zielny said the talks went well.',
      [['Marek Zielny', 'Prime Minister', 'Polish']],
    ],
    [
      'Talks with Trade Secretary Ines Barros of Vestmark ended. Barros said a deal was near.',
      [['Ines Barros', 'Trade Secretary', 'Vestmark']],
    ],
    // no title in passing: none made up
    ['The Chancellor met Marek Zielny on Tuesday. Zielny said the talks went well.', [['Marek Zielny', null, null]]],
  ])('%s', (text, expected) => {
    expect(described(text)).toEqual(expected);
  });
});

describe('a short reported clause, or one whose verb the tagger reads as a noun', () => {
  it.each<[string, string[]]>([
    ['Ida Holm said prices fell.', ['Ida Holm|prices fell']],
    ['Ida Holm said she agreed.', ['Ida Holm|she agreed']],
    ['Ida Holm said the share price rose.', ['Ida Holm|the share price rose']],
    ['Ida Holm said costs rose 5 percent.', ['Ida Holm|costs rose 5 percent']],
    ['Ida Holm said the board cut jobs.', ['Ida Holm|the board cut jobs']],
    // two words without a full verb of their own are no clause
    ['Ida Holm said it would.', []],
    ['Ida Holm said thanks.', []],
    ['Ida Holm said Tuesday.', []],
  ])('%s', (text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('a setting fronted before the credit is the writer’s framing', () => {
  it.each<[string, string[]]>([
    ['At the launch, Dr. Ida Holm said.', []],
    [
      'Speaking at the launch, the minister said the campaign would reach every child.',
      ['the minister|the campaign would reach every child'],
    ],
    ['In Lisbon, Ida Holm said the port would reopen.', ['Ida Holm|the port would reopen']],
    // a clause before the credit is still the words
    ['Despite the rain, turnout was high, the commission said.', ['the commission|turnout was high']],
  ])('%s', (text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe("an owner's possessive opening the apposition after an inverted credit", () => {
  it.each<[string, Array<[string, string | null, string | null]>]>([
    [
      '"Orders were strong," said Ida Holm, Tarvik\'s Chief Executive Officer.',
      [['Ida Holm', 'Chief Executive Officer', 'Tarvik']],
    ],
    [
      '"Orders were strong," said Ida Holm, Tarvik\'s chief executive, in a statement.',
      [['Ida Holm', 'chief executive', 'Tarvik']],
    ],
    // a day's possessive is no owner
    ['"It is over," said Ida Holm, Tuesday\'s speaker.', [['Ida Holm', null, null]]],
  ])('%s', (text, expected) => {
    expect(described(text)).toEqual(expected);
  });
});

describe('a present verb the tagger reads as a plural noun, and a described name after a fronted adjunct', () => {
  it.each<[string, string[]]>([
    ['Ida Holm said the plan works.', ['Ida Holm|the plan works']],
    ['Ida Holm said the campaign targets every child.', ['Ida Holm|the campaign targets every child']],
    ['Speaking in Tarvik, the Health Secretary, Ida Holm, said the plan works.', ['Ida Holm|the plan works']],
    ["On Monday, the agency's director, Ida Holm, said the plan works.", ['Ida Holm|the plan works']],
    // a name before its own apposition after a fronted adjunct stays the subject
    ["In Tarvik, Ida Holm, the port's chair, said the plan works.", ['Ida Holm|the plan works']],
  ])('%s', (text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
  it('a ministry statement: the clause after a fronted setting and a described name', () => {
    const text = readFileSync(new URL('../fixtures/statement13-ministry-campaign.txt', import.meta.url), 'utf8');
    expect(reported(text)).toEqual([
      'Amina Oduor|the campaign targets 3 million children under five years',
      'Amina Oduor|Every child counts. Parents should visit the nearest health facility',
      'Peter Kamau|the vaccines had already been delivered to all counties',
    ]);
  });
});

describe('a name the speaker gives a thing, in single marks', () => {
  it.each<[string, string[]]>([
    ['Ida Holm called the plan ‘a serious mistake’.', ['Ida Holm|the plan ‘a serious mistake’']],
    ["Ida Holm called the plan 'a serious mistake'.", ["Ida Holm|the plan 'a serious mistake'"]],
    ['Ida Holm called the plan “a serious mistake”.', ['Ida Holm|the plan “a serious mistake”']],
    // a plural possessive's apostrophe opens nothing
    ["Ida Holm called the ministers' plan 'a serious mistake'.", ["Ida Holm|the ministers' plan 'a serious mistake'"]],
    ["Ida Holm said the ministers' plan was weak.", ["Ida Holm|the ministers' plan was weak"]],
  ])('%s', (text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('verbs that report speech before "that" only', () => {
  it.each<[string, string[]]>([
    ['Ida Holm posted that the vote had been rigged.', ['Ida Holm|the vote had been rigged']],
    ['Ida Holm alleged that the vote had been rigged.', ['Ida Holm|the vote had been rigged']],
    ['Ida Holm hinted that the vote had been rigged.', ['Ida Holm|the vote had been rigged']],
    ['The ministry disclosed that the vote had been rigged.', ['The ministry|the vote had been rigged']],
    // without "that" they report nothing
    ['Ida Holm posted a photo of the ballot.', []],
    ['Police allege the man fled.', []],
  ])('%s', (text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});
