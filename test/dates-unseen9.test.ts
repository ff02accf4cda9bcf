// Dates in constructions nobody tuned to (texts written for these tests): a timetable told with
// "meet", "hold" or "vote" in the present tense; "the evening of" a day; military clock times; a
// date in a condition ("If ... on Monday,") before a main clause in the future.
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

describe('"the morning/afternoon/evening of <day>" is one date with the part of the day', () => {
  it.each([
    ['The lights failed on the evening of 14 January.', ['the evening of 14 January=2026-01-14TEV']],
    ['The Brask envoys met on the morning of Tuesday.', ['the morning of Tuesday=2026-03-03TMO']],
    ['The hearing resumes on the afternoon of 19 March.', ['the afternoon of 19 March=2026-03-19TAF']],
    ['The evening of 2 February 2025 was calm in Ostra.', ['The evening of 2 February 2025=2025-02-02TEV']],
  ])('%j', (text, expected) => expect(datesOf(text)).toEqual(expected));

  it.each([
    ['the night of a day', 'The ferry sank on the night of 14 January.', ['14 January=2026-01-14']],
    ['a part of day after the day', 'The morning after 14 January was calm.', ['14 January=2026-01-14']],
    ['the week of a day', 'The fair opens in the week of 14 January.', ['the week of 14 January=2026-W03']],
    ['a morning of no date', 'She recalled the morning of her arrival.', []],
  ])('%s stays', (_name, text, expected) => expect(datesOf(text)).toEqual(expected));
});

describe('military clock times', () => {
  it.each([
    ['The Kettleby convoy left at 1400 hours.', ['1400 hours=2026-03-03T14:00']],
    ['The curfew in Dunmere begins 2215 hrs local time.', ['2215 hrs local time=2026-03-03T22:15']],
    ['The ferry to Pellin leaves at 0630 hrs on Friday.', ['0630 hrs on Friday=2026-03-06T06:30']],
    ['The road stays shut until 0600 hours.', ['0600 hours=2026-03-03T06:00']],
    ['The drill ran from 0900 hours to 1130 hours.', ['0900 hours=2026-03-03T09:00', '1130 hours=2026-03-03T11:30']],
  ])('%j', (text, expected) => expect(datesOf(text)).toEqual(expected));

  it.each([
    ['a count of hours', 'Staff at the Brenhold depot worked 1400 hours of overtime.', ['1400 hours=PT1400H']],
    [
      'a round count without a preposition',
      'The pumps ran 2000 hours last year.',
      ['2000 hours=PT2000H', 'last year=2025'],
    ],
    ['a count after a preposition', 'The crew came home after 1800 hours of searching.', ['1800 hours=PT1800H']],
    ['an odd count of work', 'Volunteers gave 1230 hours of work to the Ashby shelter.', ['1230 hours=PT1230H']],
  ])('%s stays no time', (_name, text, expected) => expect(datesOf(text)).toEqual(expected));
});

describe('a date in a condition before a main clause with "will" or "shall" lies ahead', () => {
  it.each([
    ['If the Harwick board approves it on Monday, the plan will start in May.', ['Monday=2026-03-09', 'May=2026-05']],
    ['Unless the court in Tolvey rules on Monday, the strike will go ahead.', ['Monday=2026-03-09']],
    ['Once the council signs on Monday, work on the bridge shall begin.', ['Monday=2026-03-09']],
    ['If the regulator approves the merger on 14 November, the deal will close.', ['14 November=2026-11-14']],
  ])('%j', (text, expected) => expect(datesOf(text)).toEqual(expected));

  it.each([
    [
      'a main clause in the present',
      'If the Harwick board approves it on Monday, the plan starts.',
      ['Monday=2026-03-02'],
    ],
    ['a condition in the past', 'If the board approved it on Monday, the plan will start.', ['Monday=2026-03-02']],
    ['no condition', 'The board approved it on Monday, and the plan will start.', ['Monday=2026-03-02']],
    ['"said" before', 'Officials said on Monday that the plan will start.', ['Monday=2026-03-02']],
  ])('%s stays in the past', (_name, text, expected) => expect(datesOf(text)).toEqual(expected));
});
