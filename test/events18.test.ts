// Event status and dates told by modals and recurrences (issue 9). Texts written for these tests;
// negatives beside them.
//   - a speech verb's reported clause has its own tense: "said the talks would be held in Velsk"
//     plans the talks, "said the talks were held" tells them past; "would be useful" tells
//     nothing, so the saying's past stands;
//   - "could", "may" or "might" before the event's verb plans it, and dates it ahead ("could be
//     held in February", said in March, is next February); "could not attend" and "may have
//     been held" plan nothing;
//   - "would follow in the autumn", "will follow in the spring": the event's own verb of taking
//     place, past a complement of the subject ("A second visit by the board would follow"), dates
//     it; "followed the ceremony on Monday" still dates both;
//   - a recurrence ("each year", "every spring", "usually", "annually") makes "would" a past
//     habit, not a plan, and its month or season without a year the recurring one, no event's
//     date; such an occasion is none of the dated ones told beside it ("this year ... will meet
//     on 3 November"); a sentence that sets an exception ("but this year") is no recurrence.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';

const REFERENCE = '2027-03-14';
const events = (text: string) =>
  analyze(text, { referenceDate: REFERENCE }).events.map((e) => [e.type, e.mention, e.date, e.status]);
/** Each row: a text, then its events as [type, mention, date, status]. */
const check = (rows: [string, (string | null)[][]][]) =>
  it.each(rows)('%j', (text, expected) => expect(events(text)).toEqual(expected));

describe("a reported clause's own tense", () => {
  check([
    ['The minister said the talks would be held in Velsk.', [['talks', 'nominal', null, 'planned']]],
    ['The envoy told reporters that the summit will take place in Orlen.', [['summit', 'nominal', null, 'planned']]],
    [
      'The minister said on Sunday that the conference would open in Velsk.',
      [['conference', 'nominal', null, 'planned']],
    ],
    // the clause's own past, or no verb of its own, leaves the past
    ['The minister said the talks were held in Velsk.', [['talks', 'nominal', null, 'past']]],
    ['The minister said the meeting would be useful.', [['meeting', 'nominal', null, 'past']]],
    ['The minister attended the summit that would shape the year.', [['summit', 'nominal', null, 'past']]],
  ]);
});

describe('a modal of what may yet be', () => {
  check([
    ['The summit could be held in February.', [['summit', 'nominal', '2028-02', 'planned']]],
    ['A donors’ conference may take place in January.', [['conference', 'nominal', '2028-01', 'planned']]],
    ['A second summit might follow in the spring.', [['summit', 'nominal', '2027-03-01/2027-05-31', 'planned']]],
    // a past inability, a guess at the past, the past
    ['The minister could not attend the forum in February.', [['forum', 'nominal', '2027-02', 'past']]],
    ['The summit may have been held in Velsk.', [['summit', 'nominal', null, 'past']]],
    [
      'The ministers would have met on Monday had the floods not closed the road.',
      [['meeting', 'verbal', '2027-03-08', 'past']],
    ],
  ]);
});

describe('an occasion that would follow', () => {
  check([
    ['A second visit would follow in the autumn.', [['visit', 'nominal', '2027-09-01/2027-11-30', 'planned']]],
    [
      'A second visit by the authority’s board would follow in the autumn.',
      [['visit', 'nominal', '2027-09-01/2027-11-30', 'planned']],
    ],
    ['A second summit will follow in the spring.', [['summit', 'nominal', '2027-03-01/2027-05-31', 'planned']]],
    // the reception and the ceremony it followed, both on the day
    [
      'A reception followed the ceremony on Monday.',
      [
        ['reception', 'nominal', '2027-03-08', 'past'],
        ['ceremony', 'nominal', '2027-03-08', 'past'],
      ],
    ],
    // a verb of another act between: the visit keeps no date
    ['A visit by the board that approved the plan followed.', [['visit', 'nominal', null, 'past']]],
  ]);
});

describe('a recurrence is no plan and no date', () => {
  check([
    ['Each year the council would meet in March.', [['meeting', 'verbal', null, 'past']]],
    ['Each year the council would hold a conference in March.', [['conference', 'nominal', null, 'past']]],
    ['Every spring the two agencies would hold joint talks in Velsk.', [['talks', 'nominal', null, 'past']]],
    ['The council usually held a public hearing in May.', [['hearing', 'nominal', null, 'past']]],
    // no recurrence, or an exception set against it: the month dates the occasion
    ['The council would hold a conference in May, officials said.', [['conference', 'nominal', '2027-05', 'planned']]],
    ['Each delegation would hold talks in Velsk in May.', [['talks', 'nominal', '2027-05', 'planned']]],
    [
      'Each year the council holds a conference in March, but this year it will hold a conference on 12 May.',
      [
        ['conference', 'nominal', '2027-03', null],
        ['conference', 'nominal', '2027-05-12', 'planned'],
      ],
    ],
  ]);
});

const fixtureEvents = (name: string) =>
  analyze(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')).events.map((e) => [
    e.type,
    e.mention,
    e.date,
    e.status,
  ]);

describe('the fixtures', () => {
  it('a ministry statement: reported, modal and missed occasions', () => {
    expect(fixtureEvents('events18-reported-modal-future.txt')).toEqual([
      ['talks', 'nominal', null, 'planned'],
      ['exercise', 'nominal', '2028-02', 'planned'],
      ['conference', 'nominal', '2028-01', 'planned'],
      ['meeting', 'verbal', '2027-03-08', 'past'],
      ['visit', 'nominal', '2027-09-01/2027-11-30', 'planned'],
      ['forum', 'nominal', '2027-02', 'past'],
    ]);
  });
  it("a council's calendar: recurring occasions apart from this year's", () => {
    expect(fixtureEvents('events18-habitual-would.txt')).toEqual([
      ['meeting', 'verbal', null, 'past'],
      ['talks', 'nominal', null, 'past'],
      ['hearing', 'nominal', null, 'past'],
      ['meeting', 'verbal', '2026-11-03', 'planned'],
      ['hearing', 'nominal', '2026-12', 'planned'],
    ]);
  });
});
