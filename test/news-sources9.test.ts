// News sources written in forms the earlier rules missed, in rows of our own words: a partitive
// source ("one of the officials"), a negated verb before "but said", dotted military ranks, a
// lower-case field of office, the addressee's own adjunct after "told", a bare title and the rank
// words of the holders the text names. Each table has rows that must keep their answer.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

/** Every quote as "kind|text|speaker". */
const credits = (text: string) => {
  const { quotes, speakers } = analyze(text, { referenceDate: '2026-03-03' });
  return quotes.map((q) => `${q.kind}|${q.text}|${speakers.find((s) => s.id === q.speakerId)?.name ?? ''}`);
};
/** The title of the speaker of the first quote. */
const firstTitle = (text: string) => {
  const { quotes, speakers } = analyze(text, { referenceDate: '2026-03-03' });
  return speakers.find((s) => s.id === quotes[0]?.speakerId)?.title ?? null;
};

describe('sources, their ranks and their titles', () => {
  it.each<[string, string[]]>([
    // a part of a group
    ['“Nothing was agreed,” one of the officials said.', ['direct|Nothing was agreed|one of the officials']],
    [
      '“The offer is final,” two of the negotiators told reporters.',
      ['direct|The offer is final|two of the negotiators'],
    ],
    ['“Both sides are far apart,” the mediators said.', ['direct|Both sides are far apart|the mediators']],
    // a negated verb before "but said" shares its subject through the auxiliary
    [
      'The agency would not comment on the case but said the search was continuing.',
      ['indirect|the search was continuing|The agency'],
    ],
    [
      'The port authority did not give figures but said the cranes were idle.',
      ['indirect|the cranes were idle|The port authority'],
    ],
    // dotted ranks
    ['“The ships are safe,” Adm. Kjell Norrby said.', ['direct|The ships are safe|Kjell Norrby']],
    ['“We are ready,” said Cmdr. Alis Ferro.', ['direct|We are ready|Alis Ferro']],
    ['“The bridge holds,” said Brig. Tove Lunn.', ['direct|The bridge holds|Tove Lunn']],
    // "told" with an adjunct of its own before the clause
    ['The minister told reporters at the airport that the deal was done.', ['indirect|the deal was done|The minister']],
    ['The minister told reporters the deal was done.', ['indirect|the deal was done|The minister']],
    // a bare title is the holder whose title has no rank word the bare title lacks
    [
      'Deputy Minister Lea Hart and Minister Ken Obi met on Monday. “We agree,” the minister said.',
      ['direct|We agree|Ken Obi'],
    ],
    [
      'Deputy Minister Lea Hart and Minister Ken Obi met on Monday. “We agree,” the deputy minister said.',
      ['direct|We agree|Lea Hart'],
    ],
    ['Minister Ken Obi met the press on Monday. “We agree,” the minister said.', ['direct|We agree|Ken Obi']],
  ])('%s', (text, expected) => {
    expect(credits(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    [
      '“The bridge will open by spring,” said Tomas Brel, director of communications at the ministry.',
      'director of communications',
    ],
    ['“The count is slow,” said Mara Voss, head of operations for the commission.', 'head of operations'],
    // a lower-case phrase that is no field stays out of the title
    ['“The count is slow,” said Mara Voss, head of security forces in the north.', 'head'],
  ])('%s has the title %s', (text, title) => {
    expect(firstTitle(text)).toBe(title);
  });
});

describe('British quotes over paragraphs: each paragraph reopens the quote with a single mark', () => {
  it.each<[string, string[]]>([
    [
      'Ms Kale spoke at the depot.\n\n‘Our drivers deserve better pay, and they will get it.\n\n‘Nobody should work a double shift,’ she said.',
      [
        'direct|Our drivers deserve better pay, and they will get it.|Kale',
        'direct|Nobody should work a double shift|Kale',
      ],
    ],
    [
      "Mr Orme visited the yard.\n\n'The hull is finished and the engines arrive in May.\n\n'We launch in June,' he said.",
      ['direct|The hull is finished and the engines arrive in May.|Orme', 'direct|We launch in June|Orme'],
    ],
    // an unclosed mark before a paragraph that does not reopen it quotes nothing
    [
      'Mr Orme visited the yard.\n\n‘The hull is finished and the engines arrive in May.\n\nThe yard employs forty people.',
      [],
    ],
    // an elided word is no opening mark
    [
      '‘Tis the season, the vendor joked.\n\n‘Nobody buys in January,’ said Ms Kale.',
      ['direct|Nobody buys in January|Kale'],
    ],
  ])('%s', (text, expected) => {
    expect(credits(text)).toEqual(expected);
  });
});
