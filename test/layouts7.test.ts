// Seventh round of layouts nobody tuned to (fixtures/layouts7-*.txt, written for these tests): labels
// in a form the text itself shows by repeating it (">> NAME:", "Name - …", "Prof. Name. …",
// "NAME/OUTLET:"), a hearing whose members only ask and whose record closes with the hour it rose,
// and role labels that share a word ("PRIME MINISTER:" beside "MINISTER NAME:", "THE PRESIDENT:"
// beside "THE VICE PRESIDENT:").
import { describe, expect, it } from 'vitest';
import { closingNote, discoverLabels, parseLabel, type Label } from '../src/attribution/layout.js';
import { holdsRole } from '../src/attribution/transcript.js';
import { contextOf, describeLayouts, quotesOf, tokensOf, type Expected } from './support/layouts.js';

const LAYOUTS: Array<[string, Expected, string[]]> = [
  [
    'layouts7-chevron-captions.txt',
    [
      ['direct', 'Good morning, and thanks for joining.', 'Greta Solheim'],
      ['direct', 'The lock at Fennmouth will close', 'Greta Solheim'],
      ['direct', 'About sixty on a normal weekday.', 'Greta Solheim'],
      ['direct', 'No. The closure was announced', 'Greta Solheim'],
    ],
    ['>>', 'How many barges', 'Will the operators'],
  ],
  [
    'layouts7-dash-interview.txt',
    [
      ['direct', 'Thank you, it is good to be back.', 'Idris Kamara'],
      ['direct', 'Not this month.', 'Idris Kamara'],
      ['direct', 'Every litre we lose', 'Idris Kamara'],
      ['direct', 'Then we will introduce limits', 'Idris Kamara'],
    ],
    ['Minister, welcome', 'The dam levels', 'And if it does not rain?', 'Lakeside Radio -'],
  ],
  [
    'layouts7-stop-labels.txt',
    [
      ['direct', 'Good morning. The number of influenza cases', 'Halima Osei'],
      ['direct', 'Hospital admissions are still high', 'Halima Osei'],
      ['direct', 'It is. Vaccinated patients', 'Halima Osei'],
      ['direct', 'There is no reason to close schools.', 'Halima Osei'],
    ],
    ['Prof. Halima Osei.', 'Reporter.', 'Is the vaccine working', 'Should schools close?'],
  ],
  [
    'layouts7-slash-outlets.txt',
    [
      ['direct', 'Good afternoon. We start with the typhoon relief.', 'Leandro Bautista'],
      ['direct', 'About twelve thousand families', 'Leandro Bautista'],
      ['direct', 'Yes. The fisheries bureau', 'Leandro Bautista'],
      ['direct', 'Within the month.', 'Leandro Bautista'],
    ],
    ['Good afternoon, sir.', 'Sir, is there any help', 'Follow up, sir.', 'NINA REYES'],
  ],
  [
    'layouts7-member-questions.txt',
    [
      ['direct', 'Good afternoon. We welcome the Housing Commissioner.', 'The Chairperson'],
      ['direct', 'Thank you, Chairperson. We finished', 'Ottilie Brandvold'],
      ['direct', 'The waiting list is still too long', 'Ottilie Brandvold'],
      ['direct', 'The first keys will be handed over', 'Ottilie Brandvold'],
      ['direct', 'They were not left out.', 'Ottilie Brandvold'],
      ['direct', 'Thank you, Commissioner. The hearing is closed.', 'The Chairperson'],
    ],
    ['The list has not moved', 'Why were the homes', 'The Committee met', 'The Committee rose'],
  ],
  [
    'layouts7-doorstop-roles.txt',
    [
      ['direct', 'Morning, everyone.', 'PRIME MINISTER'],
      ['direct', 'No. The election will be held', 'PRIME MINISTER'],
      ['direct', 'If I can add one thing', 'Adeyemi'],
      ['direct', 'The state does', 'Adeyemi'],
    ],
    ['Prime Minister, will you', 'Minister, who pays'],
  ],
  [
    'layouts7-two-presidents.txt',
    [
      ['direct', 'Good afternoon. This terminal', 'THE PRESIDENT'],
      ['direct', 'Thank you, Madam President.', 'THE VICE PRESIDENT'],
      ['direct', 'And they will have it', 'THE PRESIDENT'],
      ['direct', 'The state and the grain', 'THE PRESIDENT'],
    ],
    ['Madam President, who paid'],
  ],
];
describeLayouts(LAYOUTS);

describe('an office holds the role a label names', () => {
  it.each([
    [['foreign', 'minister'], ['minister']],
    [
      ['vice', 'president'],
      ['vice', 'president'],
    ],
    [['spokesperson'], ['spokesperson']],
    [
      ['deputy', 'spokesperson'],
      ['deputy', 'spokesperson'],
    ],
  ])('%j holds %j', (office, role) => expect(holdsRole(office, role)).toBe(true));
  it.each([
    [['vice', 'president'], ['president']],
    [['president'], ['vice', 'president']],
    [['deputy', 'spokesperson'], ['spokesperson']],
    [['minister'], ['president']],
    [['minister'], []],
  ])('%j does not hold %j', (office, role) => expect(holdsRole(office, role)).toBe(false));
});

/** The labels discoverLabels adds to a text's paragraphs, as [paragraph opening, label words, role]. */
function discovered(text: string): Array<[string, string, Label['role']]> {
  const { tokens } = contextOf(text);
  const parsed = tokens.map((ts) => parseLabel(ts));
  return discoverLabels(tokens, parsed).flatMap((l, p) => {
    if (!l || parsed[p]) return [];
    const ts = tokens[p]!;
    const words = ts
      .slice(l.start, l.nameEnd)
      .map((t) => t.text)
      .join(' ');
    return [[ts[0]!.text, words, l.role]];
  });
}

describe('labels in a form the text repeats', () => {
  it.each([
    [
      'a dash after each name',
      'Ana Roe - Good morning.\n\nEvening Wire - Will the bridge open?\n\nAna Roe - Yes, in May.\n\nEvening Wire - Why May?',
      [
        ['Ana', 'Ana Roe', 'person'],
        ['Evening', 'Evening Wire', 'person'],
        ['Ana', 'Ana Roe', 'person'],
        ['Evening', 'Evening Wire', 'person'],
      ],
    ],
    [
      'chevrons before capitals and a colon',
      '>> JON VALE: We are ready.\n\n>> REPORTER: For what?\n\n>> JON VALE: For the winter.',
      [
        ['>', 'JON VALE', 'person'],
        ['>', 'REPORTER', 'question'],
        ['>', 'JON VALE', 'person'],
      ],
    ],
    [
      'a full stop after an honorific and a name',
      'Dr. Ana Roe. We start today.\n\nReporter. Where?\n\nDr. Ana Roe. In the north.',
      [
        ['Dr.', 'Dr. Ana Roe', 'person'],
        ['Reporter', 'Reporter', 'question'],
        ['Dr.', 'Dr. Ana Roe', 'person'],
      ],
    ],
    [
      'an outlet set off by a slash',
      'ANA ROE/CITY RADIO: When?\n\nMINISTER VALE: Soon.\n\nANA ROE/CITY RADIO: How soon?',
      [
        ['ANA', 'ANA ROE', 'person'],
        ['ANA', 'ANA ROE', 'person'],
      ],
    ],
  ])('%s', (_name, text, expected) => expect(discovered(text)).toEqual(expected));

  it.each([
    ['answers that open alike', 'Yes. We will.\n\nYes. Next week.\n\nYes. In May.'],
    ['one speaker seen once', 'Ana Roe - Good morning, and welcome to the harbour.\n\nThe harbour opens in May.'],
    [
      'topics of a bulleted readout, none repeated',
      '- Trade: the sides agreed to meet.\n\n- Energy: they discussed gas.\n\n- Health: they signed a memorandum.',
    ],
    ['two forms, neither repeated', 'Ana Roe - We are ready.\n\nJON VALE: We are not.\n\nLena Fors. We will see.'],
    [
      'a name over a heading, not over a speech',
      'Ana Roe - Harbour plans\n\nAna Roe - Bridge plans\n\nJon Vale - Rail plans',
    ],
  ])('%s: no labels', (_name, text) => expect(discovered(text)).toEqual([]));
});

describe('the line a transcript closes with', () => {
  it.each([
    ['The Committee rose at 3.40 p.m.'],
    ['The briefing ended at 12:15.'],
    ['The sitting was suspended at 5 pm.'],
  ])('%s', (line) => expect(closingNote(tokensOf(line))).toBe(true));
  it.each([
    ['a speaker’s own words', 'We will meet again at 3.40 p.m.'],
    ['no hour', 'The Committee rose.'],
    [
      'a long sentence with an hour',
      'The ferry will leave the harbour at 9.15 a.m. and reach the islands before the evening tide.',
    ],
  ])('%s is none', (_name, line) => expect(closingNote(tokensOf(line))).toBe(false));
});

describe('a member who only asks is no official', () => {
  const quoted = (text: string) => quotesOf(text).quotes.map((q) => q.speaker);
  it('a titled questioner beside a witness who answers', () =>
    expect(
      quoted(
        'The Chair: Welcome, Minister.\n\nMinister Ana Roe: Thank you. We are ready.\n\nHon. Jon Vale: Are you?\n\nMinister Roe: We are.',
      ),
    ).toEqual(['The Chair', 'Ana Roe', 'Ana Roe']));
  it('a titled speaker who also answers keeps every turn', () =>
    expect(
      quoted(
        'Minister Ana Roe: We are ready.\n\nHon. Jon Vale: Are you?\n\nMinister Roe: We are.\n\nHon. Jon Vale: Then so are we.',
      ),
    ).toEqual(['Ana Roe', 'Jon Vale', 'Ana Roe', 'Jon Vale']));
});
