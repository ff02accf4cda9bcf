// Dates as a person reads them: every TIMEX3 shape the analyzer writes, and values that are not
// dates (which must give null, so the text's own words are shown, never the code).
import { describe, expect, it } from 'vitest';
import { humanDate, humanRange } from '../src/render/humanize.js';
import type { DateMod, DateType } from '../src/types.js';

describe('humanDate', () => {
  it.each<[string, DateType, DateMod, string | null, string]>([
    ['2021-07-27', 'date', null, null, 'Tue 27 Jul 2021'],
    ['2021-07-26TEV', 'time', null, null, 'Mon 26 Jul 2021, evening'],
    ['2021-07-26TMO', 'time', null, null, 'Mon 26 Jul 2021, morning'],
    ['2022-09-14T13:32', 'time', null, null, 'Wed 14 Sep 2022, 13:32'],
    ['2020-11', 'date', null, null, 'November 2020'],
    ['2020-11', 'date', 'MID', null, 'mid-November 2020'],
    ['2022-10', 'date', 'START', null, 'early October 2022'],
    ['2019-07', 'date', 'END', null, 'late July 2019'],
    ['2020', 'date', 'APPROX', null, 'about 2020'],
    ['2023-Q3', 'date', null, null, 'Q3 2023'],
    ['2021-SP', 'date', null, null, 'spring 2021'],
    ['199', 'date', null, null, '1990s'],
    ['PRESENT_REF', 'date', null, null, 'now'],
    ['PAST_REF', 'date', null, null, 'the past'],
    ['FUTURE_REF', 'date', null, null, 'the future'],
    ['2022-W37', 'date', null, '2022-09-14', 'this week'],
    ['2022-W36', 'date', null, '2022-09-14', 'last week'],
    ['2022-W38', 'date', null, '2022-09-18', 'next week'],
    ['2022-W36', 'date', null, null, 'week of 5 Sep 2022'],
    ['2022-W30', 'date', null, '2022-09-14', 'week of 25 Jul 2022'],
    ['2022-09-19/2022-09-23', 'date', null, null, '19–23 Sep 2022'],
    ['P2Y', 'duration', null, null, '2 years'],
    ['P1D', 'duration', null, null, '1 day'],
    ['PT3M', 'duration', null, null, '3 minutes'],
    ['P3M', 'duration', null, null, '3 months'],
    ['PXY', 'duration', null, null, 'years'],
    ['P1D', 'set', null, null, 'every day'],
    ['XXXX-WXX-1', 'set', null, null, 'every Monday'],
    ['XXXX-WXX-7', 'set', null, null, 'every Sunday'],
    ['XXXX-10-22', 'date', null, null, '22 Oct'],
  ])('%s (%s, mod %s, reference %s) reads "%s"', (value, type, mod, reference, expected) => {
    expect(humanDate(value, { type, mod, reference })).toBe(expected);
  });

  it.each([
    ['2021-02-30', 'date'],
    ['2021-13', 'date'],
    ['2021-13-01', 'date'],
    ['2021-07-26T25:00', 'time'],
    ['2021-07-26TXX', 'time'],
    ['2022-W54', 'date'],
    ['XXXX-02-30', 'date'],
    ['P', 'duration'],
    ['PT', 'duration'],
    ['XXXX-WXX-8', 'set'],
    ['next week', 'date'],
    ['', 'date'],
    ['2021-07-27/2021-07-20', 'date'],
  ] as [string, DateType][])('%s (%s) is not read: null', (value, type) => {
    expect(humanDate(value, { type })).toBeNull();
  });
});

describe('humanRange', () => {
  it.each([
    ['2022-09-19/2022-09-23', '19–23 Sep 2022'],
    ['2022-09-30/2022-10-02', '30 Sep – 2 Oct 2022'],
    ['2022-12-30/2023-01-02', '30 Dec 2022 – 2 Jan 2023'],
    ['2021-02-01/2021-02-28', 'February 2021'],
    ['2020-02-01/2020-02-29', 'February 2020'],
    ['2021-01-01/2021-12-31', '2021'],
    ['2021-02-01/2021-02-27', '1–27 Feb 2021'],
    ['2021-07-27/2021-07-27', 'Tue 27 Jul 2021'],
  ])('%s reads "%s"', (interval, expected) => {
    expect(humanRange(interval)).toBe(expected);
  });

  it.each(['2021-02-01', '2021-02-01/2021-02-30', '2021-03-01/2021-02-01', 'a/b', '2021-01-01/2021-01-02/2021-01-03'])(
    '%s is not a range: null',
    (interval) => {
      expect(humanRange(interval)).toBeNull();
    },
  );
});
