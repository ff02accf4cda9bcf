// An event's parties: a title joined by a hyphen ("the Secretary-General", "state-owned") is one
// word of the party's phrase, not cut at the hyphen ("General"). Rows of our own words, a control
// row beside them.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

const parties = (text: string) =>
  analyze(text, { referenceDate: '2026-11-11' }).events.map((e) => [e.name, [...e.participants].sort()]);

describe('a hyphenated word in the subject of the verb that holds an event', () => {
  it.each<[string, Array<[string, string[]]>]>([
    [
      'The Secretary-General met the President of Tarvik on Monday.',
      [['met', ['The Secretary-General', 'the President of Tarvik']]],
    ],
    [
      'The state-owned company will hold talks with unions on Friday.',
      [['talks with unions', ['The state-owned company', 'unions']]],
    ],
    // no hyphen: the name alone, no word before it taken in
    [
      'Minister Ana Ruiz met the President of Tarvik on Monday.',
      [['met', ['Minister Ana Ruiz', 'the President of Tarvik']]],
    ],
  ])('%s', (text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
});
