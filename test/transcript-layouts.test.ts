// Transcript and header layouts: the label grammar as a table, then whole texts in several
// layouts (fixtures written for these tests) with the speaker each quote must have.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tag } from '../src/adapters/compromise.js';
import { attributeQuotes } from '../src/attribution/index.js';
import { buildContext } from '../src/attribution/context.js';
import { parseLabel, type LabelRole } from '../src/attribution/layout.js';
import { buildDocument } from '../src/document/build.js';

/** The first paragraph's tokens as the attribution rules read them. */
const tokensOf = (text: string) => buildContext(buildDocument(text, tag(text))).tokens[0]!;

describe('speaker labels', () => {
  it.each<[string, LabelRole, string[]]>([
    ['MR. HALE: Good morning.', 'person', ['hale']],
    ['MS. ORTIZ: Thank you.', 'person', ['ortiz']],
    ['Mr. Hale: Good morning.', 'person', ['hale']],
    ['COL. MARTEN: Thank you.', 'person', ['marten']],
    ['MAJOR GENERAL TOMAS BRANDVIK: The rotation begins.', 'person', ['tomas', 'brandvik']],
    ['GEN. BRANDVIK: No.', 'person', ['brandvik']],
    ['Secretary of State Jonas Aberg: We welcome the talks.', 'person', ['state', 'jonas', 'aberg']],
    ['Shri Vikram Oberoi, Official Spokesperson: Good evening.', 'person', ['vikram', 'oberoi']],
    ['PRESIDENT STENE (via interpreter): Thank you.', 'person', ['stene']],
    ['Meera: Sir, any update?', 'person', ['meera']],
    ['MODERATOR: Welcome, everyone.', 'role', []],
    ['SENIOR ADMINISTRATION OFFICIAL: Thanks for joining.', 'role', []],
    ['SPOKESPERSON: Good afternoon.', 'role', []],
    ['THE PRESIDENT: Thank you very much.', 'role', []],
    ['A: We have no plans.', 'answer', []],
    ['Answer: We have no plans.', 'answer', []],
    ['Q: When will it open?', 'question', []],
    ['Q    When will it open?', 'question', []],
    ['QUESTION: When will it open?', 'question', []],
    ['OPERATOR: The line is open.', 'aside', []],
    ['Note: The briefing was moved.', 'aside', []],
    ['MR. HALE:', 'person', ['hale']],
  ])('%s → %s', (line, role, nameWords) => {
    const label = parseLabel(tokensOf(line));
    expect(label?.role).toBe(role);
    expect(label?.nameWords).toEqual(nameWords);
  });
  it.each([
    ['a sentence ending in a colon', 'So just two points for you today. The first:'],
    ['a lower-case lead-in', 'And the second one is: the budget.'],
    ['a clock time', '2024-06-03 21:15 The briefing began.'],
    ['a dateline', 'NEW YORK: The council met today.'],
    ['a plain sentence', 'The council met today and agreed on the budget.'],
    ['a word starting with Q', 'Quite so, the council met today.'],
  ])('%s is no label', (_name, line) => {
    expect(parseLabel(tokensOf(line))).toBeNull();
  });
});

const analyse = (file: string) => {
  const text = readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8');
  const { speakers, quotes } = attributeQuotes(buildDocument(text, tag(text)), tag(text));
  const name = (id: string | null) => speakers.find((s) => s.id === id)?.name ?? null;
  return { speakers, quotes: quotes.map((q) => ({ ...q, speaker: name(q.speakerId) })) };
};

/** [fixture, the direct quotes' openings with their speakers, openings that must not be quotes]. */
const LAYOUTS: Array<[string, Array<[string, string]>, string[]]> = [
  [
    'defence-briefing.txt',
    [
      ['Good morning and welcome', 'MODERATOR'],
      ['Thank you. This week the air defence', 'Ilse Marten'],
      ['The checks covered forty sites', 'Ilse Marten'],
      ['The rotation of the border brigade', 'Tomas Brandvik'],
      ['No. The exercise will go ahead', 'Tomas Brandvik'],
      ['The minister said that the budget', 'Ilse Marten'],
      ['Thank you all for coming', 'MODERATOR'],
    ],
    ['(Slides were shown.)', 'Will the rotation', "Let's go to the next question.", 'Colonel, the minister'],
  ],
  ['foreign-ministry-answer.txt', [['The northern banks lie within', 'Lena Varga']], ['Fishing boats from']],
  [
    'noon-briefing-unlabelled.txt',
    [
      ['Good afternoon, everyone.', 'Tomasz Reyes'],
      ['The High Commissioner today visited', 'Tomasz Reyes'],
      ['He said that relief convoys', 'Tomasz Reyes'],
      ['The High Commissioner has appointed', 'Tomasz Reyes'],
    ],
    ['**Flood Response', '**Appointments', '[...]', 'Daily Briefing'],
  ],
  [
    'spokesperson-briefing-mixed-case.txt',
    [
      ['Good evening and welcome', 'Vikram Oberoi'],
      ['The Prime Minister will travel', 'Vikram Oberoi'],
      ['The negotiations are at an advanced stage', 'Vikram Oberoi'],
      ['We will share the programme', 'Vikram Oberoi'],
    ],
    ['Sir, is there any update', 'Thank you. A follow-up'],
  ],
  [
    'presidential-remarks-roles.txt',
    [
      ['Thank you very much.', 'Halvard Stene'],
      ['The bridge will cut', 'Halvard Stene'],
      ['Thank you. And now let us open', 'Halvard Stene'],
    ],
    ['(Applause.)', 'Thank you, Mr. President'],
  ],
];

describe.each(LAYOUTS)('%s', (file, expected, notQuotes) => {
  const { speakers, quotes } = analyse(file);
  const direct = quotes.filter((q) => q.kind === 'direct');
  it('credits each turn paragraph to its speaker, and nothing else as a direct quote', () => {
    expect(direct.map((q) => [expected.find(([open]) => q.text.startsWith(open))?.[0] ?? q.text, q.speaker])).toEqual(
      expected,
    );
  });
  it('quotes no question, aside, heading or hand-off', () => {
    for (const open of notQuotes) expect(quotes.filter((q) => q.text.startsWith(open))).toEqual([]);
  });
  it('keeps one speaker per person across label forms', () => {
    const people = new Set(expected.map(([, who]) => who));
    for (const who of people) expect(speakers.filter((s) => s.name === who)).toHaveLength(1);
  });
});

describe('texts that are no transcripts', () => {
  const quotesOf = (text: string) =>
    attributeQuotes(buildDocument(text, tag(text)), tag(text)).quotes.filter((q) => q.rule?.startsWith('transcript'));
  it.each([
    [
      'notes and contacts',
      'Highlights: The plant opened on time and under budget this spring.\n\nNote: Figures are unaudited and may change later.\n\nContact: press office of the company, open on weekdays.',
    ],
    [
      'a dateline and a note',
      'NEW YORK: The council met today and agreed on the budget for next year.\n\nNote: The vote was not recorded by the council secretariat.',
    ],
    ['one label only', 'Jane Roe, Chief Executive: We are pleased with the results of the year and thank our staff.'],
    [
      'section headings',
      'Slow Progress on Trade: The talks stalled again over tariffs on grain and steel.\n\nThe ministers met twice.\n\nA Harbour for the North: The new port will open next spring after years of delay.',
    ],
  ])('%s', (_name, text) => {
    expect(quotesOf(text)).toEqual([]);
  });
  it('leaves the quote marks of a headline-and-correction article to the quote rules', () => {
    const text =
      'A Plan to Save the Harbour: Sell the Cranes.\n\nThe mayor said: "We will keep the port open for another decade at least."\n\nCorrection: An earlier version misstated the date.';
    const { quotes } = attributeQuotes(buildDocument(text, tag(text)), tag(text));
    expect(quotes.map((q) => [q.kind, q.text])).toContainEqual([
      'direct',
      'We will keep the port open for another decade at least.',
    ]);
  });
  it('takes no transcript header from a sentence that mentions a transcript', () => {
    const text =
      'Reporters read the transcript of the hearing published by Harbour Weekly on Monday.\n\nThe committee will meet again next week to vote on the plan.';
    expect(quotesOf(text)).toEqual([]);
  });
});
