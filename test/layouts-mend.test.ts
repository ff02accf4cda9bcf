// Defects a review found in the layout rules, each a table of the failing case beside the cases
// the rule was written for (which must keep their reading). Statements invented for these tests.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './support/layouts.js';

const quotes = (text: string) => quotesOf(text).quotes.map((q) => [q.kind, q.text.slice(0, 20), q.speaker]);

describe('a "For more information" sentence is contact text only with a contact detail and no speech', () => {
  const said = 'Justice Ana Roe said:\n\nThe appeal fails.';
  it.each([
    [
      'a cue in it reports speech',
      'For more information on the grants, farmers should call the agency, the minister said.',
      [['indirect', 'For more information', 'the minister']],
    ],
    [
      'a quote mark in it reports speech',
      '"For more information, read the ruling," Justice Ana Roe said.',
      [['direct', 'For more information', 'Ana Roe']],
    ],
    ['a phone number in it is contact text', `${said}\n\nFor more information, please call us on 0100 555 0100.`, null],
    ['an e-mail address in it is contact text', `${said}\n\nFor more information write to press@court.example.`, null],
    ['a bidding "write" is no cue', `${said}\n\nFor more information, please write to press@court.example.`, null],
    [
      'a cue after its first sentence is no report',
      `${said}\n\nFor more information contact the Registry. You can write to us at 0100 555 0100.`,
      null,
    ],
    ['a web address in it is contact text', `${said}\n\nFor more information see www.court.example today.`, null],
    [
      'a number on the line below makes it contact text',
      `${said}\n\nFor more information please contact the Registry.\n\n0100 555 0100`,
      null,
    ],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected ?? [['direct', 'The appeal fails.', 'Ana Roe']]);
  });
});
