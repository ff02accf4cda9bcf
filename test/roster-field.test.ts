// A roster line ("Participants: …; …") names people and offices and is no one's words; a line under
// the same field word that reports speech is read like any other sentence.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './support/layouts.js';

describe('a roster field line', () => {
  it.each([
    ['Panellists: Dr Ana Roe, chief economist; Tomas Vell, head of markets', []],
    ['Attendees: the Treasurer; the Governor; two deputy governors', []],
    [
      'Speakers: the governor said rates would hold; the treasurer said the budget would balance.',
      ['the governor', 'the treasurer'],
    ],
  ])('%s', (line, speakers) => {
    const { quotes } = quotesOf(`${line}\n\nThe session opened at nine.\n`);
    expect(quotes.map((q) => q.speaker)).toEqual(speakers);
  });
});
