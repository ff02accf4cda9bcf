// The statement's own date in header forms written for these tests: a day, month and year joined
// by hyphens ("Press release - 14-03-2026"), a dateline closed by double hyphens, a place and its
// date inside one pair of brackets, a date opening a header line of fields. Negative rows beside
// them: a hyphenated number that is no date, a sentence after the date, a bracket in a sentence.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';

describe('reference date forms', () => {
  it.each<[string, string | null]>([
    ['Press release - 14-03-2026\n\nThe agency met the growers on Monday.', '2026-03-14'],
    // an ambiguous pair reads in the order the text's other numeric dates use
    ['Notice 02-03-2026\n\nThe first notice went out on 20-02-2026.', '2026-03-02'],
    ['MARLOW FALLS, Ore. -- Feb. 9, 2026 -- The district opened its new depot on Monday.', '2026-02-09'],
    ['(Orvieto Bay, 9 February 2026) The harbour board met on Monday.', '2026-02-09'],
    ['9 February 2026 | Press release | Harbour Board of Tessel\n\nThe board met on Monday.', '2026-02-09'],
    // a telephone number or a serial joined by hyphens is no date
    ['Hotline 555-14-03-2026\n\nThe agency met the growers on Monday.', null],
    ['Case 14-03-2026-7\n\nThe agency met the growers on Monday.', null],
    // a date opening a sentence, not a header's field
    ['9 February 2026 | the day the board met, was cold. Nobody came.\n\nThe board met on Monday.', null],
    // a bracket inside a sentence
    ['The board signed the pact (Orvieto Bay, 9 February 2026) and left.', null],
    // a weekday that the day denies: the header contradicts itself (9 February 2026 is a Monday)
    ['FOR IMMEDIATE RELEASE\nTuesday, February 9, 2026\n\nThe board met on Monday.', null],
    ['FOR IMMEDIATE RELEASE\nMonday, February 9, 2026\n\nThe board met on Monday.', '2026-02-09'],
    ['Statement by the Harbour Board\nMon 9 Feb 2026 12:30\n\nThe board met on Monday.', '2026-02-09'],
  ])('%j', (text, expected) => expect(analyze(text).referenceDate).toBe(expected));
});

describe('day, month and year joined by hyphens', () => {
  it.each<[string, string[]]>([
    ['The works end on 30-04-2026.', ['30-04-2026=2026-04-30']],
    ['The works end on 04-30-2026.', ['04-30-2026=2026-04-30']],
    // not a date: a score and a range of numbers, a month number past 12 both ways
    ['The match ended 3-1 in 2026.', ['2026=2026']],
    ['Lots 14-15-2026 were sold.', []],
  ])('%j', (text, expected) =>
    expect(analyze(text, { referenceDate: '2026-03-01' }).dates.map((d) => `${d.text}=${d.value}`)).toEqual(expected),
  );
});
