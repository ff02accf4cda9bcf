// Dates in statements of layouts nobody tuned to (texts written for these tests): a deadline with
// "no later than", a participle before a noun read as a past verb ("for accredited observers on 20
// January"), "the weekend of" a day, "the second half of" a month, and a dateline with its date in
// brackets.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';

const datesOf = (text: string, ref: string) =>
  analyze(text, { referenceDate: ref }).dates.map((d) => `${d.text}=${d.value}`);

describe('a deadline lies ahead whatever the verb', () => {
  it.each([
    ['Developers must submit site proposals no later than 15 January.', '2026-06-18', ['15 January=2027-01-15']],
    ['Claims may be filed not later than 2 February.', '2026-06-18', ['2 February=2027-02-02']],
    ['Forms are accepted no later than Monday.', '2026-03-03', ['Monday=2026-03-09']],
    ['The fee must be paid by 2 February.', '2026-06-18', ['2 February=2027-02-02']],
    // "later than" without "no" or "not" is no deadline
    ['The talks ended later than 15 January, Mr Oll said.', '2026-06-18', ['15 January=2026-01-15']],
  ])('%j', (text, ref, expected) => expect(datesOf(text, ref)).toEqual(expected));
});

describe('a participle between a preposition or determiner and a noun is no past verb', () => {
  it.each([
    [
      'The Commission will hold a briefing for accredited observers on 20 January.',
      '2025-11-03',
      ['20 January=2026-01-20'],
    ],
    ['The agency will meet the elected officials on Friday.', '2026-03-03', ['Friday=2026-03-06']],
    // a past verb stays past
    ['The agency met the elected officials on Friday.', '2026-03-03', ['Friday=2026-02-27']],
    ['The board accredited observers on Friday.', '2026-03-03', ['Friday=2026-02-27']],
  ])('%j', (text, ref, expected) => expect(datesOf(text, ref)).toEqual(expected));
});

describe('"the weekend of" a day is that weekend', () => {
  it.each([
    ['The finals are played on the weekend of 13–14 June.', ['the weekend of 13–14 June=2026-W24-WE']],
    ['The fair opens on the weekend of June 20.', ['the weekend of June 20=2026-W25-WE']],
    // "of" in the next sentence joins nothing
    ['They met over the weekend. Of 14 June nothing was said.', ['the weekend=2026-W18-WE', '14 June=2026-06-14']],
  ])('%j', (text, expected) => expect(datesOf(text, '2026-05-02')).toEqual(expected));
});

describe('"the first/second half of" a month is that month', () => {
  it.each([
    ['They will meet in the second half of November.', ['the second half of November=2025-11']],
    ['The survey ran in the first half of March.', ['the first half of March=2025-03']],
    // a half of a year stays the year's
    ['Inflation will ease in the second half of next year.', ['the second half of next year=2026-H2']],
    ['The plant opens in the first half of 2026.', ['the first half of 2026=2026-H1']],
  ])('%j', (text, expected) => expect(datesOf(text, '2025-10-14')).toEqual(expected));

  it('gives the half its days', () => {
    const [d] = analyze('They will meet in the second half of November.', { referenceDate: '2025-10-14' }).dates;
    expect([d?.mod, d?.interval]).toEqual(['END', '2025-11-16/2025-11-30']);
  });
});

describe('a dateline with its date in brackets', () => {
  it.each([
    ['KORSUND (3 March 2026) — The minister will meet the unions on Friday.', '2026-03-03'],
    ['Velna (12 May 2025) - The port reopens on Monday.', '2025-05-12'],
    // a title's bracketed date stays the title's; a sentence's bracket is no dateline
    ['The fund (set up on 3 March 2026) — a large one — pays out on Friday.', null],
  ])('%j', (text, ref) => expect(analyze(text).referenceDate).toBe(ref));
});

describe('a clock time written with a dot, with its meridiem', () => {
  it.each([
    [
      'The meeting opens on Thursday 21 May 2026 at 11.00 am.',
      ['Thursday 21 May 2026=2026-05-21', '11.00 am=2026-05-21T11:00'],
    ],
    ['Register by 5.30 pm on 18 May 2026.', ['5.30 pm on 18 May 2026=2026-05-18T17:30']],
    // without a meridiem it may be a price or a figure
    ['Shares closed at 11.50 on Monday.', ['Monday=2026-04-20']],
    ['The index rose 13.75 points.', []],
  ])('%j', (text, expected) => expect(datesOf(text, '2026-04-24')).toEqual(expected));
});

describe("another calendar's feast is not the Gregorian one", () => {
  it.each([
    ['The Embassy will be closed on 7 January for Orthodox Christmas.', ['7 January=2026-01-07']],
    ['Families will celebrate the Lunar New Year.', []],
    // the feast itself, and one opening a sentence, stay dates
    ['Staff will rest at Christmas.', ['Christmas=2025-12-25']],
    ["The shops open on New Year's Day.", ["New Year's Day=2026-01-01"]],
    ['Since Christmas Day we have worked.', ['Christmas Day=2024-12-25']],
  ])('%j', (text, expected) => expect(datesOf(text, '2025-12-18')).toEqual(expected));
});

describe('"the 7th day of April, 2026" and "the following Friday"', () => {
  it.each([
    ['Dated this 7th day of April, 2026.', '2026-05-01', ['7th day of April, 2026=2026-04-07']],
    ['Signed on the 3rd day of May.', '2026-05-01', ['the 3rd day of May=2026-05-03']],
    // "the first day of April" is no ordinal day's numeral
    ['The first day of April was cold.', '2026-05-01', ['April=2026-04']],
    [
      'The strike starts on Tuesday 3 March. A second stoppage is planned for the following Friday.',
      '2026-02-26',
      ['Tuesday 3 March=2026-03-03', 'the following Friday=2026-03-06'],
    ],
    // with no day told before, a bare weekday keeps its reading
    ['A second stoppage is planned for the following Friday.', '2026-02-26', ['Friday=2026-02-27']],
  ])('%j', (text, ref, expected) => expect(datesOf(text, ref)).toEqual(expected));

  it('dates a notice that closes with it', () => {
    const text = 'The Agency has opened a public consultation on the plan.\n\nDated this 7th day of April, 2026.\n';
    expect(analyze(text).referenceDate).toBe('2026-04-07');
  });
});

describe('a passive infinitive ("due to be adopted") tells no past', () => {
  it.each([
    ['The final plan is due to be adopted by the board in the autumn.', ['the autumn=2026-FA']],
    ['The bridge is expected to be completed in September.', ['September=2026-09']],
    // a past verb stays past
    ['The plant was built in the autumn.', ['the autumn=2025-FA']],
  ])('%j', (text, expected) => expect(datesOf(text, '2026-04-07')).toEqual(expected));
});
