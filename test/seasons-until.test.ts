// A season after "until" without a year (texts written for these tests): a stretch that runs on
// to it lies ahead unless the verb is past; other seasons keep the tense's reading.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';

const datesOf = (text: string, ref: string) =>
  analyze(text, { referenceDate: ref }).dates.map((d) => `${d.text}=${d.value}`);

describe('a season after "until"', () => {
  it.each([
    ['The ferries keep their timetable until the spring.', '2026-11-05', ['the spring=2027-SP']],
    ['The market stays closed till the summer.', '2026-10-20', ['the summer=2027-SU']],
    // a past verb: the stretch ran to the last one
    ['The ferries kept their timetable until the spring.', '2026-11-05', ['the spring=2026-SP']],
    // no "until": a past verb's season is the last one
    ['The council met in the spring.', '2026-11-05', ['the spring=2026-SP']],
    // "into" after a past clause's infinitive is no stretch ahead
    ['The delays made it hard to meet demand well into the summer.', '2026-11-05', ['the summer=2026-SU']],
  ])('%j', (text, ref, expected) => expect(datesOf(text, ref)).toEqual(expected));
});
