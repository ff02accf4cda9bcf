// A weekday counted within a month, a date an occasion is moved to, and talks that broke down
// (issue 9). Texts written for these tests; negatives beside them.
//   - "the first Monday of April", "the last Saturday in May 2028", "the second Tuesday of next
//     month", "the last Thursday of the month" are one day, the whole phrase its span; without a
//     year the day lies on its tense's side ("the last Monday of March was a holiday", said on 17
//     March, is last year's); "the first day of the conference" is none;
//   - "has been moved to June" puts the occasion off: next June, whatever the perfect says;
//     "moved to Texas in June" moves nothing in time;
//   - "Talks broke down on Monday", "the talks collapsed on Monday", "stalled": the talks' own
//     verb dates them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';

const REFERENCE = '2027-03-17';
const datesOf = (text: string, ref = REFERENCE) =>
  analyze(text, { referenceDate: ref }).dates.map((d) => `${d.text}=${d.value}`);
const check = (rows: [string, string, string[]][]) =>
  it.each(rows)('%j', (text, ref, expected) => expect(datesOf(text, ref)).toEqual(expected));

describe('a weekday counted within a month', () => {
  check([
    ['The board meets again on the first Monday of April.', REFERENCE, ['the first Monday of April=2027-04-05']],
    ['Elections take place on the last Sunday in May 2028.', REFERENCE, ['the last Sunday in May 2028=2028-05-28']],
    [
      'The council will meet on the second Tuesday of next month.',
      REFERENCE,
      ['the second Tuesday of next month=2027-04-13'],
    ],
    ['The fair is held on the last Thursday of the month.', REFERENCE, ['the last Thursday of the month=2027-03-25']],
    // the day on its tense's side
    ['The last Monday of March was a holiday.', REFERENCE, ['The last Monday of March=2026-03-30']],
    ['The board will meet on the first Monday of March.', REFERENCE, ['the first Monday of March=2028-03-06']],
    // no weekday counted in a month
    ['Delegates met on the first day of the conference.', REFERENCE, []],
    ['The first Monday after the vote was quiet.', REFERENCE, ['Monday=2027-03-15']],
  ]);
});

describe('an occasion moved to a later date', () => {
  check([
    ['The summit has been moved to June.', '2027-08-10', ['June=2028-06']],
    ['The hearing was moved to Friday.', REFERENCE, ['Friday=2027-03-19']],
    // a move in place, not in time
    ['The company moved to Texas in June.', '2027-08-10', ['June=2027-06']],
  ]);
});

describe('talks that broke down', () => {
  const events = (text: string) =>
    analyze(text, { referenceDate: REFERENCE }).events.map((e) => [e.type, e.date, e.status]);
  it.each<[string, (string | null)[][]]>([
    ['Talks between the two unions broke down on Monday.', [['talks', '2027-03-15', 'past']]],
    ['The talks collapsed on Monday.', [['talks', '2027-03-15', 'past']]],
    ['Talks on the port stalled on Monday.', [['talks', '2027-03-15', 'past']]],
    // another verb between keeps the day its own
    ['Talks were held after the strike ended on Monday.', [['talks', null, 'past']]],
  ])('%j', (text, expected) => expect(events(text)).toEqual(expected));
});

describe('the fixture: a town notice', () => {
  const text = readFileSync(new URL('../fixtures/dates18-ordinal-weekday.txt', import.meta.url), 'utf8');
  it('reads each counted weekday as one day and dates the talks that broke down', () => {
    const out = analyze(text);
    expect(out.dates.map((d) => `${d.text}=${d.value}`)).toEqual([
      '17 March 2027=2027-03-17',
      'the first Monday of April=2027-04-05',
      'the last Saturday of March=2026-03-28',
      '2 May=2027-05-02',
      'Monday=2027-03-15',
      'the second Tuesday of this month=2027-03-09',
    ]);
    expect(out.events.map((e) => [e.type, e.date, e.status])).toEqual([
      ['session', '2027-04-05', 'planned'],
      ['talks', '2027-03-15', 'past'],
      ['meeting', '2027-03-09', 'past'],
    ]);
  });
});
