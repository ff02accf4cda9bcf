// "Daily" and "Weekly" ending a name ("Vestmark Daily", "Energy Weekly": a newspaper, a podcast)
// are no frequency; as adverbs and at the head of a recurring event's title they stay one.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

const dates = (text: string) => analyze(text, { referenceDate: '2026-03-03' }).dates.map((d) => `${d.text}=${d.value}`);

describe('frequency words and names', () => {
  it.each<[string, string[]]>([
    ['Question (Vestmark Daily): When will it start?', []],
    ['Host: Welcome back to Energy Weekly.', []],
    ['The question came from Anna Berg, Harbour Business Daily.', []],
    // a frequency
    ['Checks run daily.', ['daily=P1D']],
    ['Daily checks will start on Monday.', ['Daily=P1D', 'Monday=2026-03-09']],
    ['Ministry of Ports\nDaily Press Briefing\n\nGood afternoon.', ['Daily=P1D']],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});
