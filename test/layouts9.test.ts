// Ninth round of layouts nobody tuned to (texts written for these tests; fixtures/layouts9-*.txt):
// numbered question labels ("Q1:", "Q2 Name:"), which are questions and no calendar quarters; a
// hyphenated surname alone, which is the person the text names in full; an office's letterhead over
// its holder's name; a committee's roll of members, which gives its role labels their holders.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';
import { describeLayouts, quotesOf } from './support/layouts.js';

/** Every quote as "kind|opening words|speaker". */
const credits = (text: string) => quotesOf(text).quotes.map((q) => `${q.kind}|${q.text}|${q.speaker ?? ''}`);
const datesOf = (text: string) =>
  analyze(text, { referenceDate: '2026-03-04' }).dates.map((d) => `${d.text}=${d.value}`);

describe('numbered question labels ask', () => {
  it.each([
    [
      '"Q1:" between the official’s turns',
      'ILSE MARROW: The canal reopens in May.\n\nQ1: Minister, the barges have waited a year.\n\nILSE MARROW: They will wait no longer.',
      ['direct|The canal reopens in May.|Ilse Marrow', 'direct|They will wait no longer.|Ilse Marrow'],
    ],
    [
      '"Q2 Name:" naming the questioner',
      'ILSE MARROW: The canal reopens in May.\n\nQ2 Teodor Vask: The lock keepers say otherwise.\n\nILSE MARROW: They are mistaken.',
      ['direct|The canal reopens in May.|Ilse Marrow', 'direct|They are mistaken.|Ilse Marrow'],
    ],
    [
      '"Q3:" with thanks at the end',
      'ILSE MARROW: We are done.\n\nQ3: Thank you, Minister.',
      ['direct|We are done.|Ilse Marrow'],
    ],
  ])('%s', (_name, text, expected) => expect(credits(text)).toEqual(expected));

  it.each([
    [
      'a named label keeps its speaker',
      'QUENTIN ADLER: The canal reopens in May.\n\nQ1: When in May?\n\nQUENTIN ADLER: Early May.',
      ['direct|The canal reopens in May.|Quentin Adler', 'direct|Early May.|Quentin Adler'],
    ],
  ])('%s', (_name, text, expected) => expect(credits(text)).toEqual(expected));
});

describe('a numbered question label is no quarter', () => {
  it.each([
    ['"Q1:" opening a line', 'ILSE MARROW: Good morning.\n\nQ1: Minister, what about the barges?', []],
    ['"Q2 Name:" opening a line', 'ILSE MARROW: Good morning.\n\nQ2 Teodor Vask: And the locks?', []],
    ['"Q4:" alone on its line', 'Q4:\nWhat about the locks?', []],
  ])('%s', (_name, text, expected) => expect(datesOf(text)).toEqual(expected));

  it.each([
    ['"Q1 2024" in running text', 'Traffic rose in Q1 2024 on the canal.', ['Q1 2024=2024-Q1']],
    ['"Q1" with no colon', 'Traffic rose in Q1 on the canal.', ['Q1=2026-Q1']],
    ['"Q3" opening a line without a colon', 'Q3 results beat the forecast.', ['Q3=2026-Q3']],
    ['"Q1 2025" opening a line', 'Q1 2025 was the busiest quarter on the canal.', ['Q1 2025=2025-Q1']],
    ['"Q2:" inside a sentence', 'The figures for Q2: traffic rose.', ['Q2=2026-Q2']],
  ])('%s', (_name, text, expected) => expect(datesOf(text)).toEqual(expected));
});

/** Each quote's speaker, and every speaker as `show` prints it (by name unless told). */
const whoSaid = (text: string, show = (s: { name: string; title: string | null }) => s.name) => {
  const { speakers, quotes } = quotesOf(text);
  return { quotes: quotes.map((q) => q.speaker), speakers: speakers.map(show) };
};

describe('a hyphenated surname alone is the person named in full', () => {
  it.each([
    [
      'named earlier outside any credit',
      'Adaeze Okonkwo-Reyes, the harbour commissioner, opened the quay on Monday.\n\n“It doubles our capacity,” Okonkwo-Reyes said.',
      { quotes: ['Adaeze Okonkwo-Reyes'], speakers: ['Adaeze Okonkwo-Reyes'] },
    ],
    [
      'named in full in one credit, by surname in the next',
      'Adaeze Okonkwo-Reyes said the quay was ready.\n\nOkonkwo-Reyes said the cranes would follow.',
      { quotes: ['Adaeze Okonkwo-Reyes', 'Adaeze Okonkwo-Reyes'], speakers: ['Adaeze Okonkwo-Reyes'] },
    ],
    [
      'with an honorific',
      'Adaeze Okonkwo-Reyes opened the quay.\n\nMs Okonkwo-Reyes said the cranes would follow.',
      { quotes: ['Adaeze Okonkwo-Reyes'], speakers: ['Adaeze Okonkwo-Reyes'] },
    ],
  ])('%s', (_name, text, expected) => expect(whoSaid(text)).toEqual(expected));

  it.each([
    [
      'two people share the surname',
      'Adaeze Okonkwo-Reyes and Tunde Okonkwo-Reyes opened the quay.\n\nOkonkwo-Reyes said the cranes would follow.',
      { quotes: ['Okonkwo-Reyes'], speakers: ['Okonkwo-Reyes'] },
    ],
    [
      'one part of the surname is another name',
      'Adaeze Okonkwo-Reyes opened the quay.\n\nOkonkwo said the cranes would follow.',
      { quotes: ['Okonkwo'], speakers: ['Okonkwo'] },
    ],
    [
      'a hyphenated first name',
      'Jean-Luc Marrow opened the quay.\n\nJean-Luc said the cranes would follow.',
      { quotes: ['Jean-Luc'], speakers: ['Jean-Luc'] },
    ],
  ])('%s stays apart', (_name, text, expected) => expect(whoSaid(text)).toEqual(expected));
});

/** Every speaker as "name|title", and each quote's speaker. */
const issued = (text: string) => whoSaid(text, (s) => `${s.name}|${s.title ?? ''}`);

describe('an office’s letterhead over its holder’s name', () => {
  it.each([
    [
      'a styled name in capitals',
      'Office of the Minister for Water\nHON. MIRELA DUSSAULT MP\n\n12 March 2026\n\nThe Government will build a reservoir at Kestrel Bend.\n\n“Every household deserves clean water,” the Minister said.',
      { speakers: ['Mirela Dussault|Minister for Water'], quotes: ['Mirela Dussault'] },
    ],
    [
      'a name with an honorific',
      'Office of the Chief Veterinary Officer\nDr Halvard Prenn\n\nThe cattle markets reopen on Monday.\n\n“The outbreak is over,” Dr Prenn said.',
      { speakers: ['Halvard Prenn|Chief Veterinary Officer'], quotes: ['Halvard Prenn'] },
    ],
    [
      'a bare name',
      'Office of the Minister for Lands\nTeodor Vask\n\nThe land registry moves online in June.',
      { speakers: ['Teodor Vask|Minister for Lands'], quotes: [] },
    ],
  ])('%s', (_name, text, expected) => expect(issued(text)).toEqual(expected));

  it.each([
    ['a headline', 'Office of the Minister for Water\nRegional Grants Open\n\nCouncils may apply from Monday.'],
    [
      'a place whose last word the text uses as a common noun',
      'Office of the Minister for Water\nKestrel Bend Reservoir\n\nWork on the reservoir starts in May.',
    ],
    ['a sentence', 'Office of the Minister for Water\nMirela Dussault opened the reservoir today.'],
    ['how the briefing was given', 'Office of the Minister for Water\nBy Telephone\n\nThe call began at noon.'],
    ['a briefing’s kind', 'Office of the Minister for Water\nBackground Briefing\n\nThe briefing began at noon.'],
  ])('%s is no holder', (_name, text) =>
    expect(issued(text)).toEqual({ speakers: ['Office of the Minister for Water|'], quotes: [] }),
  );
});

describeLayouts([
  [
    'layouts9-committee-transcript.txt',
    [
      ['direct', 'Good morning and welcome', 'Ada Moyo'],
      ['direct', 'Thank you, Convener.', 'Oren Halvard'],
      ['direct', 'How much of the network', 'Bram Teller'],
      ['direct', 'About a third of it.', 'Oren Halvard'],
      ['direct', 'Will the farms lose supply', 'Bram Teller'],
      ['direct', 'For a day at most', 'Oren Halvard'],
      ['direct', 'Thank you. The committee will write', 'Ada Moyo'],
    ],
    ['Ada Moyo (Convener)', 'Oren Halvard, Chief Executive', 'Yusuf Ondine', 'The meeting closed'],
  ],
]);

/** Each turn's speaker, with the title the text gives them. */
const turnsOf = (text: string) => {
  const { speakers, quotes } = quotesOf(text);
  const title = (name: string | null) => speakers.find((s) => s.name === name)?.title ?? '';
  return quotes.map((q) => `${q.speaker ?? ''}|${title(q.speaker)}`);
};

/** Two turns of a committee hearing under a header, the second a witness's. */
const hearing = (header: string, label: string) =>
  `${header}\n\n${label}: The meeting is open. We hear the utility first.\n\nPIA LUND: Thank you. Our pipes are old and we will replace them.\n\n${label}: Thank you for coming.\n\nPIA LUND: We will write to the committee in March.`;

describe('a committee’s roll gives its role labels their holders', () => {
  it.each([
    [
      'a members’ list with roles in brackets',
      hearing('Members present: Ada Moyo (Convener), Cato Iwu', 'THE CONVENER'),
      'Ada Moyo|Convener',
    ],
    [
      'role lines with dashes',
      hearing('Convener — Ada Moyo\nDeputy Convener – Bram Teller', 'THE CONVENER'),
      'Ada Moyo|Convener',
    ],
    [
      'a label in square brackets',
      hearing('Convener — Ada Moyo\nDeputy Convener – Bram Teller', '[The Deputy Convener]'),
      'Bram Teller|Deputy Convener',
    ],
    [
      'a “Present:” heading over the role lines',
      hearing('Present:\nChair — Rosalind Achebe\nMembers — Nadia Ferro, Lars Quist', 'THE CHAIR'),
      'Rosalind Achebe|Chair',
    ],
    [
      'a witness field in the roll’s header',
      hearing(
        'Members present: Ada Moyo (Convener)\nWitnesses: Oren Halvard, who runs the utility, and Pia Lund.',
        'THE CONVENER',
      ),
      'Ada Moyo|Convener',
    ],
    [
      'a role the roll gives two members',
      hearing('Members present: Ada Moyo (Convener), Bram Teller (Convener)', 'THE CONVENER'),
      'THE CONVENER|THE CONVENER',
    ],
    ['no roll', hearing('Standing Committee on Rural Water', 'THE CONVENER'), 'THE CONVENER|THE CONVENER'],
    [
      'a deputy, who holds no other role',
      hearing('Members present: Bram Teller (Deputy Convener)', 'THE CONVENER'),
      'THE CONVENER|THE CONVENER',
    ],
  ])('%s', (_name, text, chair) => expect(turnsOf(text)).toEqual([chair, 'Pia Lund|', chair, 'Pia Lund|']));

  it('a witness line without a roll stays a turn', () =>
    expect(turnsOf('THE CHAIR: Please answer the question.\n\nWITNESS: I saw the boat leave at noon.')).toEqual([
      'THE CHAIR|THE CHAIR',
      'WITNESS|WITNESS',
    ]));
});
