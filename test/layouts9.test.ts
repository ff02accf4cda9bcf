// Ninth round of layouts nobody tuned to (texts written for these tests): numbered question labels
// ("Q1:", "Q2 Name:"), which are questions and no calendar quarters.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';
import { quotesOf } from './support/layouts.js';

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
