// A release's quotation with its speaker's name alone on the line under it ("Helga Marr, Chair of
// the Board"), with no dash (fixtures/release11-name-line-credits.txt). Rows of our own words,
// negative rows beside them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

/** Every quote as "rule|speaker|first words". */
const credits = (text: string) => {
  const { quotes, speakers } = analyze(text, { referenceDate: '2026-03-03' });
  return quotes.map(
    (q) =>
      `${q.rule}|${speakers.find((s) => s.id === q.speakerId)?.name ?? ''}|${q.text.split(/\s+/).slice(0, 3).join(' ')}`,
  );
};

describe('a release with name lines under its quotations', () => {
  const text = readFileSync(new URL('../fixtures/release11-name-line-credits.txt', import.meta.url), 'utf8');
  it('credits each quotation to the name under it', () => {
    expect(credits(text)).toEqual([
      'name-line-credit|Helga Marr|The reservoir ends',
      'name-line-credit|Osman Duraj|Every household will',
    ]);
  });
});

describe('a name line under a quotation', () => {
  it.each<[string, string[]]>([
    // a short quotation: the name line is a paragraph of its own
    ['“We built it on time.”\nJonas Lind, Project Director', ['name-line-credit|Jonas Lind']],
    // the name alone
    ['“We built it on time.”\n\nJonas Lind', ['name-line-credit|Jonas Lind']],
    // a sentence under the quotation names no speaker that way
    ['“We built it on time.”\n\nJonas Lind opened the line.', ['null|']],
    // a heading under it is no name
    ['“We built it on time.”\n\nBackground', ['null|']],
    // a quotation inside a sentence is no paragraph's quotation
    ['The sign read “We built it on time.”\nJonas Lind, Project Director', ['null|']],
  ])('%j', (text, expected) => {
    expect(credits(text).map((c) => c.split('|').slice(0, 2).join('|'))).toEqual(expected);
  });
});
