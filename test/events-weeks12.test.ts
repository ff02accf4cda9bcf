// A named week is an occasion ("Road Safety Week", "National Volunteer Week"), and an occasion
// "runs" from or until its days ("Consultations with industry will run until 30 April"). Texts
// written for these tests; negatives beside them: a week of the calendar in a title, a numbered
// week, a week before another noun.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';

const eventsOf = (text: string) =>
  analyze(text, { referenceDate: '2026-03-10' }).events.map((e) => [e.name, e.type, e.date]);

describe('named weeks, occasions that run', () => {
  it.each<[string, (string | null)[][]]>([
    ['Road Safety Week runs from 16 to 22 March.', [['Road Safety Week', 'week', '2026-03-16/2026-03-22']]],
    ['The ministry will mark National Volunteer Week with open days.', [['National Volunteer Week', 'week', null]]],
    ["The agency's Clean Air Week begins on Monday.", [['Clean Air Week', 'week', '2026-03-16']]],
    [
      'Consultations with industry will run until 30 April.',
      [['Consultations with industry', 'consultations', '2026-03-10/2026-04-30']],
    ],
    // a week of the calendar, a numbered week, a week before another noun, a plain week
    ['Talks Held Last Week Ended Without Deal', [['Talks', 'talks', '2026-W10']]],
    ['This Week in Parliament', []],
    ['The minister said Week 12 of the programme was the busiest.', []],
    ['Holy Week services will be held in the cathedral.', []],
    ['It was a busy week for the Harbour Board.', []],
    ['The plant will run until 30 April.', []],
  ])('%j', (text, expected) => expect(eventsOf(text)).toEqual(expected));
});
