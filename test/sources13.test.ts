// Quotes and sources in layouts of release and news text no fixture had yet: a release's quotation
// in straight single marks on the paragraph under "Name said:" (fixtures/release13-single-quoted-blocks.txt).
// Rows of our own words, negative rows beside them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

/** Every quote as "speaker|text". */
const reported = (text: string) => {
  const { quotes, speakers } = analyze(text, { referenceDate: '2026-03-14' });
  return quotes.map((q) => `${speakers.find((s) => s.id === q.speakerId)?.name ?? ''}|${q.text}`);
};

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
