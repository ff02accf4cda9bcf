// Layouts of transcripts and title lines (fixtures/layouts11-place-name-labels.txt): a speaker's
// label whose name the tagger reads as a place ("Petra Lake:"), a title line over a date line
// (the name stops at the line's end), and title lines in sentence case ("Joint statement by A and
// B"). Rows of our own words, negative rows beside them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { splitParagraphs } from '../src/document/paragraphs.js';

/** Every quote as "rule|speaker|first words". */
const credits = (text: string) => {
  const { quotes, speakers } = analyze(text, { referenceDate: '2026-11-05' });
  return quotes.map(
    (q) =>
      `${q.rule}|${speakers.find((s) => s.id === q.speakerId)?.name ?? ''}|${q.text.split(/\s+/).slice(0, 3).join(' ')}`,
  );
};
/** Every speaker as "name/title". */
const speakers = (text: string) =>
  analyze(text, { referenceDate: '2026-11-05' }).speakers.map((s) => `${s.name}/${s.title ?? ''}`);

describe('a press conference whose spokesperson the tagger reads as a place', () => {
  const text = readFileSync(new URL('../fixtures/layouts11-place-name-labels.txt', import.meta.url), 'utf8');
  it('credits every answer to her, with the title the header gives', () => {
    expect(credits(text)).toEqual([
      'transcript-label|Petra Lake|Good afternoon. Before',
      'transcript-label|Petra Lake|Around two million.',
      'transcript-label|Petra Lake|No. The ferries',
      'transcript-label|Petra Lake|They will, on',
    ]);
    expect(speakers(text)).toEqual(['Petra Lake/Press Secretary']);
  });
});

describe('labels the tagger reads as places', () => {
  it.each<[string, string[]]>([
    // a bare name that returns is a speaker's label
    [
      'Briefing notes\n\nNils Bay: Good morning. The bridge reopens on Friday.\n\nQ: Who pays for it?\n\nNils Bay: The province does.',
      ['transcript-label|Nils Bay', 'transcript-label|Nils Bay'],
    ],
    // a label read at once returns where the tagger runs a place on into the answer ("May: The province")
    [
      'Briefing notes\n\nSean May: Good morning. The bridge reopens on Friday.\n\nQ: Who pays for it?\n\nSean May: The province does.',
      ['transcript-label|Sean May', 'transcript-label|Sean May'],
    ],
    // a title beside the name shows a person at once
    [
      'Briefing notes\n\nSpokesperson Bay: Good morning. The bridge reopens on Friday.\n\nQ: Who pays for it?\n\nSpokesperson Bay: The province does.',
      ['transcript-label|Bay', 'transcript-label|Bay'],
    ],
    // a dateline stands once: the report's source speaks, not the place
    [
      'KOFI HILL: The bridge reopened on Friday after a year of repairs, officials said.',
      ['trailing-credit|officials'],
    ],
  ])('%s', (text, expected) => {
    expect(credits(text).map((c) => c.split('|').slice(0, 2).join('|'))).toEqual(expected);
  });
});

describe('a title line over a date line', () => {
  it.each<[string, string[]]>([
    [
      'Statement by Minister Petra Lake\nMonday, 2 November 2026\n\nThe bridge reopens on Friday.',
      ['Petra Lake/Minister'],
    ],
    ['Remarks by Governor Ida Moss\n12 October 2026\n\nThe bridge reopens on Friday.', ['Ida Moss/Governor']],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it.each<[string, number]>([
    // a title ending in a name, then the date line: two paragraphs
    ['Press Conference by Press Secretary Petra Lake\nThursday, 5 November 2026, 3:00 p.m.', 2],
    // prose wrapped before a weekday ends its line with a small word: one paragraph
    ['The council said the two ministers would meet in the capital on\nTuesday, after the vote on the budget.', 1],
    // a wrapped line ending in a name, then a line that opens with no date: one paragraph
    ['The council confirmed the appointment of the new director Petra Lake\nafter a vote on the budget on Tuesday.', 1],
  ])('%s', (text, count) => {
    expect(splitParagraphs(text)).toHaveLength(count);
  });
});

describe('title lines in sentence case', () => {
  it.each<[string, string[]]>([
    [
      'Joint statement by Foreign Minister Anna Lind and Trade Minister Pavel Dvorak\n\nWe welcome the agreement.',
      ['Anna Lind/Foreign Minister', 'Pavel Dvorak/Trade Minister'],
    ],
    ['Opening remarks by Governor Ida Moss at the port forum\n\nWelcome to the forum.', ['Ida Moss/Governor']],
    ['Press statement from Minister Ida Moss on the floods\n\nThe waters are falling.', ['Ida Moss/Minister']],
    // a sentence whose verb stands before "statement by" is no title line
    ['He read a statement by Governor Ida Moss\n\nThe waters are falling.', []],
    ['The speech by Governor Ida Moss was well received.\n\nThe waters are falling.', []],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('the name a label prints', () => {
  /** Each speaker as "name/title" in a transcript where the label opens two answers. */
  const labelled = (label: string) =>
    speakers(
      `Briefing notes\n\n${label}: Good morning. The bridge reopens on Friday.\n\nQ: Who pays?\n\n${label}: The province does.`,
    );
  it.each<[string, string[]]>([
    // particles inside the name
    ['Pieter van der Berg', ['Pieter van der Berg/']],
    // letters after the name are its title, not its words
    ['Hon. Kofi Hill MP', ['Kofi Hill/MP']],
    // three name words and no title: all of them
    ['Ngozi Okonjo Iweala', ['Ngozi Okonjo Iweala/']],
    ['Dr Ngozi Okonjo Iweala', ['Ngozi Okonjo Iweala/']],
    // a title's capitals before the name stay the title's
    ['MINISTER OF STATE FOR TRADE ANA ROE', ['Ana Roe/Minister of State for Trade']],
  ])('%s', (label, expected) => {
    expect(labelled(label)).toEqual(expected);
  });
});
