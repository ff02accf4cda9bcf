// A turn's last line that hands the floor to the next speaker ("General Moor will take your
// questions.") is not the speaker's statement; news about the next speaker ("will now lead …") is.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './support/layouts.js';

const briefing = (line: string) =>
  `COL. HALE: The patrol returned at dawn.\n\n${line}\n\nGEN. MOOR: Thank you. The crew is safe.\n`;

describe('the last line of a turn naming the next speaker', () => {
  it.each([
    ['General Moor will take your questions.', false],
    ['General Moor will now brief you on the patrol.', false],
    ['General Moor will say a few words.', false],
    ['General Moor will now lead the southern flotilla, replacing General Dorn.', true],
    ['General Moor will visit your families now that the patrol is back.', true],
  ])('%s (a quote of the speaker: %s)', (line, quoted) => {
    const { quotes } = quotesOf(briefing(line));
    const hale = quotes.filter((q) => q.speaker === 'Hale').map((q) => q.text);
    expect(hale).toEqual(quoted ? ['The patrol returned at dawn.', line] : ['The patrol returned at dawn.']);
  });
});
