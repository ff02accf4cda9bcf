// Titles printed the ways releases of other countries print them: a title with a lower-case field
// after an owner's possessive ("The Office's head of engineering, Paul Mertens, said"), and an
// academic honorific after the title ("President Dr. Hanne Vogt"), and a described source with a
// relative clause set off before its verb ("A spokeswoman for the ministry, who …, said"). Rows of our own words; each
// table has rows that must keep their answer.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

/** The first quote's speaker as "name|title|organization", or null when there is no quote. */
const speaker = (text: string) => {
  const { quotes, speakers } = analyze(text, { referenceDate: '2026-03-03' });
  const s = speakers.find((x) => x.id === quotes[0]?.speakerId);
  return quotes.length ? `${s?.name ?? ''}|${s?.title ?? ''}|${s?.organization ?? ''}` : null;
};

describe('titles', () => {
  it.each<[string, string | null]>([
    [
      "The Office's head of engineering, Paul Mertens, added that the plan was ready.",
      'Paul Mertens|head of engineering|Office',
    ],
    [
      "The agency's director of engineering, Paul Mertens, said the plan was ready.",
      'Paul Mertens|director of engineering|agency',
    ],
    [
      "The agency's head of engineering said the plan was ready.",
      "The agency's head of engineering|head of engineering|agency",
    ],
    ['President Dr. Hanne Vogt said the plan was ready.', 'Hanne Vogt|President|'],
    ['Minister Prof. Dr. Hanne Vogt said the plan was ready.', 'Hanne Vogt|Minister|'],
    // a field with no title before it is no source; an honorific alone is no title
    ['The cost of engineering said nothing.', null],
    ['Dr. Hanne Vogt said the plan was ready.', 'Hanne Vogt||'],
    ['Deputy Mayor Cllr Jo Bloggs said the plan was ready.', 'Jo Bloggs|Deputy Mayor|'],
    [
      'A spokeswoman for the ministry, who declined to be named, told Nordwire that the patrols would go on.',
      'A spokeswoman for the ministry|spokeswoman|ministry',
    ],
    [
      'The chief engineer of Calder Works, who built the bridge, said the cables were sound.',
      'The chief engineer of Calder Works|chief engineer|Calder Works',
    ],
    // a paragraph opening "For months," has no title before its "for"
    ['For months, Ana Ruiz has said the port would stay open.', 'Ana Ruiz||'],
    // a name set off after the description is the source
    ['The minister of health, Ana Ruiz, said the plan was ready.', 'Ana Ruiz|minister of health|'],
  ])('%s', (text, expected) => {
    expect(speaker(text)).toBe(expected);
  });
});
