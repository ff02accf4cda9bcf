// Visits and meetings told in the passive, and a verbal event's infinitive (issue 9). Texts
// written for these tests; negatives beside them.
//   - "The plant was visited by the minister on Tuesday" is a visit, "A delegation was received
//     by the Prime Minister" a meeting: the agent after "by" is a party, and the place visited is
//     none; a thing received or met ("the report was received by the council", "the targets were
//     met") and a crowd of no one in particular ("visited by thousands") make no occasion;
//   - a verbal event in an infinitive takes its status from the verb that governs it: "is expected
//     to travel to Brenvik", "plans to visit", "is to visit" are planned; "went on to visit",
//     "managed to visit" are past.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';

const REFERENCE = '2027-03-17';
const events = (text: string) =>
  analyze(text, { referenceDate: REFERENCE }).events.map((e) => [e.type, e.date, e.status, e.participants]);
/** Each row: a text, then its events as [type, date, status, participants]. */
const check = (rows: [string, (string | null | string[])[][]][]) =>
  it.each(rows)('%j', (text, expected) => expect(events(text)).toEqual(expected));

describe('a visit or a meeting in the passive', () => {
  check([
    ['The plant was visited by the minister on Tuesday.', [['visit', '2027-03-16', 'past', ['the minister']]]],
    [
      'The relief depot will be visited by Minister Anna Brolin next week.',
      [['visit', '2027-W12', 'planned', ['Minister Anna Brolin']]],
    ],
    [
      'The delegation was received by the Prime Minister on Monday.',
      [['meeting', '2027-03-15', 'past', ['the Prime Minister', 'The delegation']]],
    ],
    // a thing received or met, or no one in particular, is no occasion
    ['The letter was received by the council on Monday.', []],
    ['The targets were met by the company on Tuesday.', []],
    ['The exhibition was visited by thousands.', []],
  ]);
});

describe("a verbal event's infinitive", () => {
  check([
    ['The prime minister is expected to travel to Brenvik later this month.', [['visit', '2027-03', 'planned', []]]],
    ['The minister plans to visit Osk this month.', [['visit', '2027-03', 'planned', ['The minister']]]],
    ['The minister is to visit Osk this week.', [['visit', '2027-W11', 'planned', []]]],
    // what the governing verb tells as done
    ['The minister went on to visit Osk this week.', [['visit', '2027-W11', 'past', []]]],
    ['The minister managed to visit Osk this week.', [['visit', '2027-W11', 'past', []]]],
  ]);
});

describe("the fixture: a governor's media note", () => {
  const text = readFileSync(new URL('../fixtures/events18-passive-infinitive.txt', import.meta.url), 'utf8');
  it('finds the passive visits and meeting, and plans the trips to come', () => {
    expect(analyze(text).events.map((e) => [e.type, e.name, e.date, e.status])).toEqual([
      ['visit', 'were visited', '2027-03-15', 'past'],
      ['meeting', 'was received', '2027-03-16', 'past'],
      ['visit', 'travel to Brenvik', '2027-03', 'planned'],
      ['visit', 'visit', '2027-W11', 'planned'],
      ['visit', 'will be visited', '2027-W12', 'planned'],
    ]);
  });
});

describe('a time adverb after the party ends it', () => {
  check([
    ['The minister met Anna Brolin last week.', [['meeting', '2027-W10', 'past', ['Anna Brolin', 'The minister']]]],
    [
      'The minister will meet with Anna Brolin next week.',
      [['meeting', '2027-W12', 'planned', ['Anna Brolin', 'The minister']]],
    ],
    // "last" that is no time's stays in the party
    [
      'The minister met the last delegation on Monday.',
      [['meeting', '2027-03-15', 'past', ['the last delegation', 'The minister']]],
    ],
  ]);
});
