// The tense of the verb that governs a date, read from the document's token stream (no tagger
// terms). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { tag } from '../src/adapters/compromise.js';
import { TenseReader } from '../src/dates/tense.js';
import { buildDocument } from '../src/document/build.js';

/** The reader over `text`'s tokens, and the offset of `word` in it. */
function read(text: string, word: string): { reader: TenseReader; at: number } {
  const at = text.indexOf(word);
  if (at < 0) throw new Error(`no "${word}" in the case`);
  return { reader: new TenseReader(buildDocument(text, tag(text)).tokens), at };
}

describe('tense of the verb governing a date', () => {
  it.each<[string, string, 'past' | 'present' | 'future' | null]>([
    ['The envoys held talks on Tuesday.', 'Tuesday', 'past'],
    ['The council has approved the plan on Monday.', 'Monday', 'past'],
    ['The ministers will meet on Friday.', 'Friday', 'future'],
    ['The summit is scheduled for Thursday.', 'Thursday', 'future'],
    ['The agency plans to open the office on Monday.', 'Monday', 'future'],
    // a contracted auxiliary after a pronoun is read as the word it stands for
    ["We'll sign the accord on Wednesday.", 'Wednesday', 'future'],
    ['We’ll sign the accord on Wednesday.', 'Wednesday', 'future'],
    ["They've signed the accord on Wednesday.", 'Wednesday', 'past'],
    // must not: a noun "plan" is no future marker; no verb at all gives no tense
    ['The plan on Monday pleased them.', 'Monday', 'past'],
    ['A statement of the council on Monday.', 'Monday', null],
    // must not reach into the next sentence
    ['The office opens. Monday is a holiday.', 'Monday', 'present'],
    // the reporting verb before an opening quotation mark does not govern the quoted words: their own verb does
    ['The mayor said, “Sunday is a day for the whole town.”', 'Sunday', 'present'],
    ['The mayor said, "Sunday is a day for the whole town."', 'Sunday', 'present'],
    // must not: without the mark, the verb before still governs
    ['The mayor said on Sunday the market was open.', 'Sunday', 'past'],
  ])('%s → %s', (text, word, expected) => {
    const { reader, at } = read(text, word);
    expect(reader.at(at)).toBe(expected);
  });

  it.each<[string, string, boolean]>([
    ['The committee meets in March.', 'March', false],
    ['The ministers meet in Rome.', 'meet', true],
    ['They may sign the accord.', 'may', true],
    ['The accord was signed in May.', 'May', false],
  ])('is "%s" at %s a verb: %s', (text, word, expected) => {
    const { reader, at } = read(text, word);
    expect(reader.isVerb(at)).toBe(expected);
  });

  it.each<[string, string, boolean, boolean]>([
    ['Today, we stand with our partners.', 'Today', true, true],
    ['Today we announce a new fund.', 'Today', true, false],
    ['The bridge remains closed today.', 'today', false, true],
    ['The minister visited the site today.', 'today', false, false],
  ])('does "%s" describe a state around %s', (text, word, opensClause, expected) => {
    const { reader, at } = read(text, word);
    expect(reader.describesState(at, opensClause)).toBe(expected);
  });
});
