// Quotes as the layout tests compare them: who is credited, with which title, for which words.
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/index.js';

/** A fixture statement's text (fixtures/NAME). */
export const fixtureText = (name: string): string =>
  readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');

/** Every quote as "speaker (title)|text", the text read as of 5 November 2026. */
export const titledQuotes = (text: string): string[] => {
  const { quotes, speakers } = analyze(text, { referenceDate: '2026-11-05' });
  return quotes.map((q) => {
    const s = speakers.find((x) => x.id === q.speakerId);
    return `${s?.name ?? ''} (${s?.title ?? ''})|${q.text}`;
  });
};
