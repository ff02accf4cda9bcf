// A press conference transcript with labels "Name (Title):" and "Question (Outlet):", followed by a
// release's credit line "Quotes attributable to Name, Title:" (fixtures/layouts10-press-conference-
// credits.txt); credit lines in that form elsewhere; and quoted paragraphs with no speaker, which
// lend no subject to the paragraph after them. Rows of our own words, negative rows beside them.
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

describe('a credit line after the last turn of a transcript', () => {
  const text = readFileSync(new URL('../fixtures/layouts10-press-conference-credits.txt', import.meta.url), 'utf8');
  it('ends the turn above it and hands the quotes below to the person it names', () => {
    expect(credits(text)).toEqual([
      'transcript-label|Ilse Korhonen|Good morning. Today',
      'transcript-label|Aram Petrosyan|Work starts on',
      'transcript-label|Ilse Korhonen|No. The terminals',
      'colon-credit|Aram Petrosyan|Safety comes first.',
      'continuation|Aram Petrosyan|We thank the',
    ]);
  });
});

describe('credit lines', () => {
  it.each<[string, string[]]>([
    [
      'The port reopens on Monday.\n\nQuotes attributable to Ana Ruiz, Harbour Master:\n\n“The berths are safe.”',
      ['colon-credit|Ana Ruiz|The berths are'],
    ],
    [
      'The port reopens on Monday.\n\nComment attributed to Ana Ruiz:\n\n“The berths are safe.”',
      ['colon-credit|Ana Ruiz|The berths are'],
    ],
    // no one named after the link: no credit line
    ['The port reopens on Monday.\n\nQuotes from the archive:\n\n“The berths are safe.”', ['null|']],
  ])('%s', (text, expected) => {
    expect(credits(text).map((c) => c.split('|').slice(0, 2).join('|'))).toEqual(
      expected.map((c) => c.split('|').slice(0, 2).join('|')),
    );
  });
});

describe('a quoted paragraph with no speaker', () => {
  it.each<[string, string[]]>([
    ['The port reopens.\n\n“Safety comes first. We test every crane.”\n\n“We thank the workers.”', ['null|', 'null|']],
    // the writer's sentence before a quote still names its speaker
    ['Ana Ruiz praised the plan. “It is the best we have seen.”', ['sentence-before|Ana Ruiz']],
  ])('%s', (text, expected) => {
    expect(credits(text).map((c) => c.split('|').slice(0, 2).join('|'))).toEqual(expected);
  });
});
