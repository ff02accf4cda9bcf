// A statement's heading in capitals and a headline's label: a body printed in capitals takes the case
// the text prints it in elsewhere; a kind of article before a headline's quote ("Interview:") is no
// speaker. Rows of our own words, negative rows beside them.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

const speakerNames = (text: string) => analyze(text, { referenceDate: '2026-10-14' }).speakers.map((s) => s.name);
const credited = (text: string) => {
  const { quotes, speakers } = analyze(text, { referenceDate: '2026-10-14' });
  return quotes.map((q) => `${speakers.find((s) => s.id === q.speakerId)?.name ?? ''}|${q.text}`);
};

describe('a body printed in capitals in a heading', () => {
  it.each<[string, string[]]>([
    [
      'STATEMENT FROM THE MINISTRY OF FOREIGN AFFAIRS\n\nThe Ministry of Foreign Affairs calls on all parties to respect the results.\n',
      ['Ministry of Foreign Affairs'],
    ],
    // printed only in capitals: kept as printed (its case is unknown)
    [
      'STATEMENT FROM THE TARVIK PORT AUTHORITY\n\nIt calls on all parties to respect the results.\n',
      ['TARVIK PORT AUTHORITY'],
    ],
  ])('%j', (text, expected) => {
    expect(speakerNames(text)).toEqual(expected);
  });
});

describe("a kind of article before a headline's quote", () => {
  it.each<[string, string[]]>([
    [
      'Interview: "We will not give up the port"\n\nThe minister spoke to us on Monday.\n',
      ['|We will not give up the port'],
    ],
    ['Exclusive: "The deal is dead"\n\nThe minister spoke to us on Monday.\n', []],
    // a speaker's name before the colon still credits
    [
      'Brun: "We will not give up the port"\n\nThe minister spoke to us on Monday.\n',
      ['Brun|We will not give up the port'],
    ],
  ])('%j', (text, expected) => {
    expect(credited(text)).toEqual(expected);
  });
});
