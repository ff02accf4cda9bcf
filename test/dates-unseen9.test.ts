// Dates in constructions nobody tuned to (texts written for these tests): a timetable told with
// "meet", "hold" or "vote" in the present tense.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';

// Tuesday 3 March 2026: the coming Monday is 9 March, the last one 2 March.
const REFERENCE = '2026-03-03';
const datesOf = (text: string) => analyze(text, { referenceDate: REFERENCE }).dates.map((d) => `${d.text}=${d.value}`);

describe('"meet", "hold" and "vote" in the present tense tell a timetable', () => {
  it.each([
    ['The finance ministers meet on Monday in Varnholt.', ['Monday=2026-03-09']],
    ['The Orlen council holds its next session on Monday.', ['Monday=2026-03-09']],
    ['The port board holds a hearing on Monday.', ['Monday=2026-03-09']],
    ['The assembly votes on Monday on the water bill.', ['Monday=2026-03-09']],
    ['On Monday the dock workers vote on the offer.', ['Monday=2026-03-09']],
    ['The Tessaly dockers vote on 14 November.', ['14 November=2026-11-14']],
  ])('%j', (text, expected) => expect(datesOf(text)).toEqual(expected));

  it.each([
    ['The finance ministers met on Monday in Varnholt.', ['Monday=2026-03-02']],
    ['The assembly voted on Monday on the water bill.', ['Monday=2026-03-02']],
    ['The Orlen council held a session on 14 November.', ['14 November=2025-11-14']],
    ['Officials said on Monday that the ministers meet often.', ['Monday=2026-03-02']],
  ])('%j stays in the past', (text, expected) => expect(datesOf(text)).toEqual(expected));
});
