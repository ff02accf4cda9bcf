// The statement's own date in header forms written for these tests, and the date forms they use:
// a day, a month's name and a year joined by hyphens ("OSTRAVEL - 14-March-2027 -"), a blog's
// "Posted on ... by <desk>", a place and its day closed by a full stop, a dateline's region of
// several words ("PERTHVALE, Western Kestria, Feb. 19, 2027 /Mining Wire/ --"). Negative rows
// beside them: a credit in lower case that goes on as a sentence, a sentence ending in a place
// and a day, hyphenated words that are no date.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';

describe('reference date forms', () => {
  it.each<[string, string | null]>([
    ['OSTRAVEL - 14-March-2027 - The ministry met the growers on Monday.', '2027-03-14'],
    ['KASTELHOLM, 14-Apr-2027 — The ministry met the growers on Monday.', '2027-04-14'],
    ['Posted on April 14, 2027 by Culture Desk\n\nThe ministry met the growers on Monday.', '2027-04-14'],
    ['Posted 14 April 2027 by Ana Velt\n\nThe ministry met the growers on Monday.', '2027-04-14'],
    ['Kastelholm, Wednesday 14 April 2027.\n\nThe ministry met the growers on Monday.', '2027-04-14'],
    ['PERTHVALE, Western Kestria, Feb. 19, 2027 /Mining Wire/ -- The company met the growers.', '2027-02-19'],
    // a credit that goes on as a sentence; a sentence ending in a place and its day
    ['Posted on April 14, 2027 by the minister, the note was read out.\n\nThe ministry met the growers.', null],
    ['The talks were held in Kastelholm, 14 April 2027.\n\nThe ministry met the growers on Monday.', null],
    // a weekday the day denies (14 April 2027 is a Wednesday)
    ['Kastelholm, Tuesday 14 April 2027.\n\nThe ministry met the growers on Monday.', null],
    // two header dates that disagree
    ['OSTRAVEL - 14-March-2027 -\nPosted on March 12, 2027 by Culture Desk\n\nThe ministry met the growers.', null],
  ])('%j', (text, expected) => expect(analyze(text).referenceDate).toBe(expected));
});

describe("a day, a month's name and a year joined by hyphens", () => {
  it.each<[string, string[]]>([
    ['The works end on 30-April-2026.', ['30-April-2026=2026-04-30']],
    ['The works end on 30-Apr-2026.', ['30-Apr-2026=2026-04-30']],
    // a day past the month's end is no day (the month alone is read, as before); a word that is no month
    ['The works end on 31-April-2026.', ['April=2026-04']],
    ['Lot 30-Mark-2026 was sold.', []],
  ])('%j', (text, expected) =>
    expect(analyze(text, { referenceDate: '2026-03-01' }).dates.map((d) => `${d.text}=${d.value}`)).toEqual(expected),
  );
});
