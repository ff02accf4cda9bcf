// Dates in layouts nobody tuned to (texts written for these tests): a dateline whose place has
// hyphens, alone on its line; a title line ending in a comma and one day; a broadcast's "Broadcast:" / "Recorded:" field; a year ending its line
// above a sentence that opens with a count's noun; serial and telephone numbers, which hold no year.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';

const referenceOf = (text: string) => analyze(text).referenceDate;
const datesOf = (text: string, referenceDate?: string) =>
  analyze(text, referenceDate ? { referenceDate } : {}).dates.map((d) => `${d.text}=${d.value}`);

describe('the reference date in further header forms', () => {
  it.each([
    [
      'Central Bank\nPress release\n\nSaint-Aubin-sur-Mer, 5 February 2026\n\nThe Board met on 4 February.',
      '2026-02-05',
    ],
    ['Interview\n\nBroadcast: Sunday 16 February 2025, 8:10am\n\nANA ROE: We meet on Tuesday.', '2025-02-16'],
    ['Evening programme\nRecorded: 3 March 2024\n\nThe minister said the port would reopen.', '2024-03-03'],
    [
      'Committee on Transport\nWednesday, 22 January 2025\nMembers of the committee said the report will follow.',
      '2025-01-22',
    ],
    ['Harbour Council\nMinutes of the Ordinary Meeting, 17 February 2026\n\nPresent: the Mayor.', '2026-02-17'],
  ])('%j', (text, expected) => expect(referenceOf(text)).toBe(expected));

  it.each([
    ['a sentence that ends with a date', 'Port news\n\nThe Board met on 4 February 2026,\nand then adjourned.'],
    [
      'a hard-wrapped sentence',
      'Port news\n\nThe Board will meet again in Harbourtown, 5 June 2026\nto review the dredging.',
    ],
    [
      'a title ending in a range of days',
      'Ministry of Ports\nWeekly Agenda of the Minister, 9-13 March 2026\n\nThe minister travels.',
    ],
    ['a count of members on the year’s own line', 'Port news\n\nIn all 2025 members of the union voted on Friday.'],
  ])('%s gives none', (_name, text) => expect(referenceOf(text)).toBeNull());
});

describe('numbers that hold no year', () => {
  it.each([
    ['a release’s serial number', 'Release No.: 2026-118\n\nThe council meets on Friday.', ['Friday=2026-03-06']],
    ['a telephone number', 'The council meets on Friday.\n\nMedia contact: +44 20 5550 1234', ['Friday=2026-03-06']],
  ])('%s', (_name, text, expected) => expect(datesOf(text, '2026-03-03')).toEqual(expected));

  it.each([
    [
      'a range of years',
      'The 2019-2020 plan and the 2026-27 budget.',
      ['2019-2020=2019-01-01/2020-12-31', '2026-27=2026-01-01/2027-12-31'],
    ],
    ['a year after a figure', 'It sold 250 homes in 2024.', ['2024=2024']],
    ['a count after a year', 'Some 2000 troops left.', []],
  ])('%s stays', (_name, text, expected) => expect(datesOf(text, '2026-03-03')).toEqual(expected));
});
