// Labels and titles in layouts no fixture had yet: a parliamentary record whose label opens with an
// office and names its holder in brackets (fixtures/hansard13-oral-answers.txt); a title's capitals
// before a name ("PM Hill:"); the area a manager or director runs ("Project Director"); "the spokesperson"
// a sentence introduced without a name; an adverb of time before the subject. Rows of our own words,
// negative rows beside them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

/** Every quote as "speaker (title)|text". */
const turns = (text: string) => {
  const { quotes, speakers } = analyze(text, { referenceDate: '2026-05-13' });
  return quotes.map((q) => {
    const s = speakers.find((x) => x.id === q.speakerId);
    return `${s?.name ?? ''} (${s?.title ?? ''})|${q.text}`;
  });
};

describe('a parliamentary record: an office opening the label, its holder in brackets', () => {
  it('credits the office holder, and the same person under the short label', () => {
    const text = readFileSync(new URL('../fixtures/hansard13-oral-answers.txt', import.meta.url), 'utf8');
    expect(turns(text)).toEqual([
      'Colin Ashby (Minister of State)|We are investing £2 billion in the lines and will publish a timetable review in June.',
      'Colin Ashby (Minister of State)|I would be happy to meet the hon. Lady.',
      'Mr Speaker (Mr Speaker)|Order. We must move on.',
    ]);
  });
  it.each<[string, string[]]>([
    [
      'The Secretary of State for Health (Ms Ida Holm): We will publish the plan.\n\nMs Holm: It is ready.',
      [
        'Ida Holm (Secretary of State for Health)|We will publish the plan.',
        'Ida Holm (Secretary of State for Health)|It is ready.',
      ],
    ],
    // a seat in brackets after a member's name is no holder (and a question is no one's statement)
    [
      'Ida Holm (Tarvik North): Will the Minister meet me?\n\nJon Vale (Tarvik South): He will not.',
      ['Jon Vale ()|He will not.'],
    ],
  ])('%j', (text, expected) => {
    expect(turns(text)).toEqual(expected);
  });
});

describe("a title's capitals before the name in a label", () => {
  it.each<[string, string[]]>([
    [
      'PM Hill: We will act.\n\nQ: When?\n\nPM Hill: Soon.',
      ['Hill (Prime Minister)|We will act.', 'Hill (Prime Minister)|Soon.'],
    ],
    [
      'FM Ana Sorvik: We will act.\n\nQ: When?\n\nFM Sorvik: Soon.',
      ['Ana Sorvik (Foreign Minister)|We will act.', 'Ana Sorvik (Foreign Minister)|Soon.'],
    ],
    // a name in capitals keeps its letters
    ['MR. PRICE: We will act.\n\nQ: When?\n\nMR. PRICE: Soon.', ['Price ()|We will act.', 'Price ()|Soon.']],
  ])('%j', (text, expected) => {
    expect(turns(text)).toEqual(expected);
  });
});

describe('the area a manager or director runs is part of the title; a role before a name is its title', () => {
  const described = (text: string) =>
    analyze(text, { referenceDate: '2026-05-13' }).speakers.map((s) => [s.name, s.title, s.organization]);
  it.each<[string, Array<[string, string | null, string | null]>]>([
    ['Jonas Lind, Project Director, said the site opens in May.', [['Jonas Lind', 'Project Director', null]]],
    ['"The site opens in May," said Jonas Lind, Project Director.', [['Jonas Lind', 'Project Director', null]]],
    ['"The site opens in May," said Jonas Lind, Senior Adviser.', [['Jonas Lind', 'Senior Adviser', null]]],
    [
      'Jonas Lind, Communications Manager at Tarvik Rail, said the site opens in May.',
      [['Jonas Lind', 'Communications Manager', 'Tarvik Rail']],
    ],
    // a name before the title is the organisation's
    ['Jonas Lind, Tarvik Director, said the site opens in May.', [['Jonas Lind', 'Director', 'Tarvik']]],
    // a role before a name is its title; a holder's status is no body
    [
      'Mediator Paul Aske, a former Norland diplomat, said both sides had made progress.',
      [['Paul Aske', 'Mediator', 'Norland']],
    ],
  ])('%s', (text, expected) => {
    expect(described(text)).toEqual(expected);
  });
});

describe('"the spokesperson" who speaks is the one a sentence introduced without a name', () => {
  const credited = (text: string) => {
    const { quotes, speakers } = analyze(text, { referenceDate: '2026-05-13' });
    return quotes.map((q) => {
      const s = speakers.find((x) => x.id === q.speakerId);
      return `${s?.name ?? ''} / ${s?.organization ?? ''}|${q.text}`;
    });
  };
  it.each<[string, string[]]>([
    [
      'A spokesperson for the Tarvik Transport Ministry rejected the claim. "We acted in time," the spokesperson said.',
      ['A spokesperson for the Tarvik Transport Ministry / Tarvik Transport Ministry|We acted in time'],
    ],
    [
      'A senior adviser at the ministry declined to comment on Monday. The adviser later said the plan was sound.',
      ['A senior adviser at the ministry / ministry|the plan was sound'],
    ],
    // another title introduced: no link
    [
      'A police officer stopped the car. "We acted in time," the spokesperson said.',
      ['the spokesperson / |We acted in time'],
    ],
  ])('%s', (text, expected) => {
    expect(credited(text)).toEqual(expected);
  });
});

describe('an adverb of time opening the sentence is no part of the subject', () => {
  it.each<[string, string[]]>([
    ['Later the adviser said the plan was sound.', ['the adviser|the plan was sound']],
    ['Earlier the minister said the plan was sound.', ['the minister|the plan was sound']],
    // a name before the determiner stays ("comment on the Tarvik Trust" is the trust)
    ['Separately, Tarvik Rail said the plan was sound.', ['Tarvik Rail|the plan was sound']],
  ])('%s', (text, expected) => {
    const { quotes, speakers } = analyze(text, { referenceDate: '2026-05-13' });
    expect(quotes.map((q) => `${speakers.find((x) => x.id === q.speakerId)?.name ?? ''}|${q.text}`)).toEqual(expected);
  });
});

describe('a title printed in capitals in a label or a heading is shown in normal case', () => {
  const titles = (text: string) => analyze(text, { referenceDate: '2026-05-13' }).speakers.map((s) => s.title);
  it.each<[string, Array<string | null>]>([
    [
      'BRIEFING WITH ASSISTANT SECRETARY FOR EUROPEAN AFFAIRS MARTA KELLER\n\nASSISTANT SECRETARY KELLER: We agreed a package.\n\nQUESTION: When?\n\nASSISTANT SECRETARY KELLER: Soon.',
      ['Assistant Secretary for European Affairs'],
    ],
    ['CH. SUPT. IDA HOLM: We made two arrests.\n\nQ: Where?\n\nCH. SUPT. IDA HOLM: In Tarvik.', ['Ch. Supt.']],
    // letters stay letters; a title printed in mixed case stays as printed
    ['DEPUTY CEO IDA HOLM: Sales rose.\n\nQ: Why?\n\nDEPUTY CEO IDA HOLM: Demand.', ['Deputy CEO']],
    ['Press Secretary Ida Holm: We are ready.\n\nQ: When?\n\nPress Secretary Ida Holm: Now.', ['Press Secretary']],
  ])('%j', (text, expected) => {
    expect(titles(text)).toEqual(expected);
  });
});
