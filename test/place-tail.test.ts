// "in Place" after a body's noun describes the body ("our consulate in Porto"); after a person's title it
// says where the person spoke, and the speaker is the person alone ("a fire spokesman in Derry").
import { describe, expect, it } from 'vitest';
import { quotesOf } from './support/layouts.js';

describe('a place after the speaker phrase', () => {
  it.each([
    ['"The road reopens on Friday," said a fire service spokesman in Derry.', 'a fire service spokesman'],
    ['"The vote stands," said a police spokeswoman in Tarsk.', 'a police spokeswoman'],
    ['According to our consulate in Porto, the ferry is running again.', 'our consulate in Porto'],
    ['According to the agency office in Velden, the ferry is running again.', 'the agency office in Velden'],
  ])('%s', (sentence, speaker) => {
    const { quotes } = quotesOf(sentence);
    expect(quotes.map((q) => q.speaker)).toEqual([speaker]);
  });
});
