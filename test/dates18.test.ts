// Dates placed by a modal (issue 9). Texts written for these tests; negatives beside them.
//   - "could", "may" or "might" before a verb tells what may yet be: "the summit could be held in
//     February", said in March, is next February, and "might meet on Monday" the coming Monday;
//     "could not attend", "neither ... could be reached", "only ten could attend" (a past
//     inability) and "may have met" (a guess at the past) stay past;
//   - "would have met on Monday (had the floods not ...)" tells what did not happen, in the past:
//     the Monday before, not the coming one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';

const datesOf = (text: string, ref: string) =>
  analyze(text, { referenceDate: ref }).dates.map((d) => `${d.text}=${d.value}`);
/** Each row: a text, its reference date, then its dates as "text=value". */
const check = (rows: [string, string, string[]][]) =>
  it.each(rows)('%j', (text, ref, expected) => expect(datesOf(text, ref)).toEqual(expected));

describe('a modal of what may yet be looks ahead', () => {
  check([
    ['The summit could be held in February.', '2027-03-14', ['February=2028-02']],
    ['A joint exercise may take place in January.', '2027-03-14', ['January=2028-01']],
    ['The two envoys might meet on Monday.', '2027-03-17', ['Monday=2027-03-22']],
    ['Talks could resume in the winter.', '2027-06-10', ['the winter=2027-WI']],
    // the month under way, or one still ahead, stays in the reference's year
    ['The summit could be held in March.', '2027-03-14', ['March=2027-03']],
    ['The summit may be held in May.', '2027-03-14', ['May=2027-05']],
    // a past inability, a guess at the past, and a plain past stay behind
    ['The minister could not attend the forum in February.', '2027-03-14', ['February=2027-02']],
    ['The envoys may have met on Monday.', '2027-03-17', ['Monday=2027-03-15']],
    ['Neither the mayor nor her aides could be reached on Wednesday.', '2027-03-12', ['Wednesday=2027-03-10']],
    ['Only ten delegates could attend the summit in February.', '2027-03-14', ['February=2027-02']],
    ['The summit was held in February.', '2027-03-14', ['February=2027-02']],
  ]);
});

describe('"would have" tells what did not happen, in the past', () => {
  check([
    ['The ministers would have met on Monday had the floods not closed the road.', '2027-03-17', ['Monday=2027-03-15']],
    ['The vote would have been held in February but for the strike.', '2027-03-14', ['February=2027-02']],
    // "would" alone still looks ahead; so does a deadline after "would have"
    ['The ministers would meet on Monday, the envoy said.', '2027-03-17', ['Monday=2027-03-22']],
    ['The works would have ended by Friday, the envoy said.', '2027-03-17', ['Friday=2027-03-19']],
  ]);
});

describe('the fixture: a ministry statement of talks that would, could or may be held', () => {
  const text = readFileSync(new URL('../fixtures/events18-reported-modal-future.txt', import.meta.url), 'utf8');
  it('places each modal month ahead and the missed Monday behind', () => {
    expect(analyze(text).dates.map((d) => `${d.text}=${d.value}`)).toEqual([
      '14 March 2027=2027-03-14',
      'February=2028-02',
      'January=2028-01',
      'Monday=2027-03-08',
      'the autumn=2027-FA',
      'February=2027-02',
    ]);
  });
});
