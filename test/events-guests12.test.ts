// A meeting told by a verb of receiving a guest ("The Prime Minister received the President of the
// Farmers' Council ... today. The meeting focused on grain."): the definite "the meeting" after it
// is that meeting, with its day and its parties. Texts written for these tests; negatives beside
// them: a thing received, a letter received, a meeting with a day of its own.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';

const meeting = (text: string) => {
  const e = analyze(text, { referenceDate: '2026-03-04' }).events.find((x) => x.mention !== 'verbal');
  return e ? [e.name, e.date] : null;
};

describe('a guest received, then "the meeting"', () => {
  it.each<[string, (string | null)[] | null]>([
    [
      "Prime Minister Selin Arkan received the President of the Valdor Farmers' Council, Jon Varde, at Government House today. The meeting focused on grain exports.",
      ['meeting', '2026-03-04'],
    ],
    [
      'The Governor received Ambassador Lena Ostrova on Monday. The meeting covered port fees.',
      ['meeting', '2026-03-02'],
    ],
    // a prize, a letter: no guest; a meeting with a day of its own keeps it
    ['The museum received the Harbour Prize on Monday. The meeting ended late.', ['meeting', null]],
    ['The ministry received a letter from Governor Rask on Monday. The meeting ended late.', ['meeting', null]],
    [
      'The Governor received Ambassador Lena Ostrova on Monday. The meeting on Friday will cover port fees.',
      ['meeting', '2026-03-06'],
    ],
  ])('%j', (text, expected) => expect(meeting(text)).toEqual(expected));
});
