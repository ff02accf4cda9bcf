// A meeting told by a verb, then named in apposition to its clause ("The two leaders met in Varna
// on Tuesday, their third meeting this year"): one meeting, dated by the clause; "this year" after
// a count of meetings frames the count and dates none. Texts written for these tests; negatives
// beside them.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';

const nominal = (text: string) =>
  analyze(text, { referenceDate: '2026-03-04' })
    .events.filter((e) => e.mention !== 'verbal')
    .map((e) => [e.name, e.date]);

describe('an event in apposition to the clause that tells it', () => {
  it.each<[string, (string | null)[][]]>([
    ['The two leaders met in Varna on Tuesday, their third meeting this year.', [['third meeting', '2026-03-03']]],
    [
      'Mayor Okafor met Governor Rask on Monday, their first meeting since the flood.',
      [['first meeting', '2026-03-02']],
    ],
    // a count's "this year" alone dates nothing; a meeting of its own after a full stop stays apart
    ['It was their third meeting this year.', [['third meeting', null]]],
    ['The two leaders met in Varna on Tuesday. Their next meeting will be held in May.', [['next meeting', '2026-05']]],
    // a meeting in a clause of its own after the comma is another
    [
      'The two leaders met on Tuesday, and a meeting of the harbour council will be held on Friday.',
      [['meeting of the harbour council', '2026-03-06']],
    ],
    // a meeting this year with no count is dated by it
    ['The council will hold a meeting this month.', [['meeting', '2026-03']]],
  ])('%j', (text, expected) => expect(nominal(text)).toEqual(expected));
});
