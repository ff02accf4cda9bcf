// Reported speech in readouts and news (fixtures/readout11-minister-call.txt): a bare title among
// two holders is the one whose title it is ("the Minister" beside a "Foreign Minister"); an
// appeal's infinitive ends where the speaker's next act begins; a setting after the cue before a
// clause that runs on to a comma; a question put to the speaker is not her words. Rows of our own
// words, negative rows beside them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

/** Every quote as "speaker|text". */
const reported = (text: string) => {
  const { quotes, speakers } = analyze(text, { referenceDate: '2026-09-14' });
  return quotes.map((q) => `${speakers.find((s) => s.id === q.speakerId)?.name ?? ''}|${q.text}`);
};

describe("a readout of a minister's call", () => {
  const text = readFileSync(new URL('../fixtures/readout11-minister-call.txt', import.meta.url), 'utf8');
  it('credits "the Minister" to the minister, not to the foreign minister on the call', () => {
    expect(reported(text)).toEqual([
      'Halvard Eng|Dravia to reopen the border crossing at Tesh',
      'Halvard Eng|the river agreement must be respected by both sides',
      'Lusine Karam|her government would review the crossing next week',
    ]);
  });
});

describe('a bare title among holders of longer titles', () => {
  it.each<[string, string[]]>([
    [
      'Minister Ida Moss met Trade Minister Jon Vale. The Minister said the port would reopen.',
      ['Ida Moss|the port would reopen'],
    ],
    [
      'Minister Ida Moss met Trade Minister Jon Vale. The Trade Minister said the port would reopen.',
      ['Jon Vale|the port would reopen'],
    ],
    // two holders of the bare title itself: neither
    [
      'President Ida Moss met President Jon Vale. The President said the port would reopen.',
      ['The President|the port would reopen'],
    ],
  ])('%s', (text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe("an appeal's infinitive", () => {
  it.each<[string, string[]]>([
    [
      'The Ministry calls on all parties to exercise restraint and reiterates its support for the talks.',
      ['Ministry|all parties to exercise restraint'],
    ],
    ['She urged them to stop and returned home.', ['|them to stop']],
    // a second infinitive stays with the first
    [
      'The minister urged both sides to exercise restraint and return to talks.',
      ['The minister|both sides to exercise restraint and return to talks'],
    ],
  ])('%s', (text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('a setting between the cue and its clause', () => {
  it.each<[string, string[]]>([
    [
      'Senator Mara Quist said on Tuesday she would vote against the bill, calling it a giveaway.',
      ['Mara Quist|she would vote against the bill, calling it a giveaway'],
    ],
    [
      'Senator Mara Quist said on Tuesday she would vote against the bill.',
      ['Mara Quist|she would vote against the bill'],
    ],
    // a setting that ends at its comma: the clause follows it
    ['Senator Mara Quist said in a speech at the port, that the bill was dead.', ['Mara Quist|the bill was dead']],
  ])('%s', (text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('a question put to the speaker', () => {
  it.each<[string, string[]]>([
    ['Asked whether she would change her mind, Quist replied: "No."', ['Quist|No.']],
    ['When pressed on the cost, the mayor said it was "fair."', ['the mayor|it was "fair."']],
    // a clause of her own before the credit is still hers
    ['The bill is dead, Quist said.', ['Quist|The bill is dead']],
  ])('%s', (text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('a described source, then words set off by commas before the verb', () => {
  it.each<[string, string[]]>([
    [
      'A spokesman for the water board, which serves three towns, said the outage was caused by a fire.',
      ['A spokesman for the water board|the outage was caused by a fire'],
    ],
    [
      "The agency's director, in a letter to lawmakers, warned that the fund would run dry by March.",
      ["The agency's director|the fund would run dry by March"],
    ],
    [
      'Officials at the depot, speaking on condition of anonymity, said two trucks had been turned away.',
      ['Officials at the depot|two trucks had been turned away'],
    ],
    // a thing's noun after the link, without a comma
    [
      'A spokeswoman for the utility said the lines were restored.',
      ['A spokeswoman for the utility|the lines were restored'],
    ],
    // a document speaks for its authors
    ['The report, in its final chapter, said the fund would run dry.', ['The report|the fund would run dry']],
    // a thing's noun before the comma, no source's: the verb after it is not a cue's
    ['His car, at the time, suggested he had left.', []],
  ])('%s', (text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('a description after the cue, then the name it sets off', () => {
  it.each<[string, string[]]>([
    [
      '"We were never warned," said one resident, Paul Ekwe, who has lived there for years.',
      ['Paul Ekwe|We were never warned'],
    ],
    ['"The water rose in minutes," said a neighbour, Ama Boateng.', ['Ama Boateng|The water rose in minutes']],
    [
      '"The bridge will reopen," said the council\'s engineer, Rita Oduya, on Monday.',
      ['Rita Oduya|The bridge will reopen'],
    ],
    // no name after the comma: the description speaks
    [
      '"It was loud," said a resident, adding that nobody slept.',
      ['a resident|It was loud', 'a resident|nobody slept'],
    ],
    // a name alone after the cue keeps its apposition
    ['"Prices will fall," said Ama Boateng, an economist at the bank.', ['Ama Boateng|Prices will fall']],
  ])('%s', (text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});
