// Event kinds left over from issue 9's last session. Texts written for these tests; negatives beside them.
//   - a meeting verb whose clause goes on to the gathering it met for ("met on Monday for the
//     third Waterways Dialogue", "met for talks") or at ("met at the Kelmar Harbour Forum") tells
//     that gathering: one event, not two; a verb between ("met the pilots who attended the
//     forum"), a comma, "during" or "on the sidelines of" (a meeting within it), or "at a summit"
//     keeps them apart;
//   - "would" before an event's verb, in a report of what was said, plans it ("said the two sides
//     would hold a drill", "would be represented at the conference"); "would have held" (what did
//     not happen) and "would be" alone plan nothing;
//   - a gerund after "of" is its noun's complement, no clause of its own: "signed a memorandum of
//     understanding on port security on Friday" is dated Friday; a gerund after another
//     preposition ("after visiting the port on Tuesday") still tells its own act; so is a gerund
//     after a preposition of topic ("talks on fishing", "a meeting about restoring the wetlands");
//   - the object of a verb of holding is a noun: "held talks about fishing quotas" are talks (the
//     tagger reads "he talks about"); "he talks about", "did talks" hold nothing;
//   - a day that opens its line before a colon or a dash labels what the line tells, as in a
//     diary or a programme ("Monday: the minister held talks ...", "12 November: Opening
//     session"); a day before a comma is the clause's, and a day of the event's own wins;
//   - an indefinite occasion that would, could, may or might take place, be held or convene is one
//     occasion to come ("A public hearing would be held in Velsk in January"); "would be useful",
//     "would open the door", "would take time" and "can begin only when" are no occasion.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';

const REFERENCE = '2026-11-05';
const events = (text: string) =>
  analyze(text, { referenceDate: REFERENCE }).events.map((e) => [e.type, e.mention, e.date, e.status]);
/** Each row: a text, then its events as [type, mention, date, status]. */
const check = (rows: [string, (string | null)[][]][]) =>
  it.each(rows)('%j', (text, expected) => expect(events(text)).toEqual(expected));

describe('a meeting verb and the gathering it met for or at', () => {
  check([
    [
      'The ministers met on Monday for the third Vaskeli Waterways Dialogue.',
      [['dialogue', 'named', '2026-11-02', 'past']],
    ],
    [
      'The directors met in Trellin on Tuesday at the Kelmar Harbour Forum.',
      [['forum', 'named', '2026-11-03', 'past']],
    ],
    ['The delegations met for talks on port fees on Tuesday.', [['talks', 'nominal', '2026-11-03', 'past']]],
    ['The mayors will meet at the annual Lakeside Summit next week.', [['summit', 'named', '2026-W46', 'planned']]],
    // another verb, a comma, or the sidelines between: two events
    [
      'The minister met the pilots who attended the Kelmar Harbour Forum on Tuesday.',
      [
        ['meeting', 'verbal', null, 'past'],
        ['forum', 'named', '2026-11-03', 'past'],
      ],
    ],
    [
      'The two ministers will meet during the Kelmar Harbour Forum on Tuesday.',
      [
        ['meeting', 'verbal', '2026-11-10', 'planned'],
        ['forum', 'named', '2026-11-10', 'planned'],
      ],
    ],
    [
      'The minister met the harbour master on the sidelines of the Kelmar Harbour Forum.',
      [
        ['meeting', 'verbal', null, 'past'],
        ['forum', 'named', null, 'past'],
      ],
    ],
    [
      'The minister met the harbour master on Tuesday, ahead of the Kelmar Harbour Forum.',
      [
        ['meeting', 'verbal', '2026-11-03', 'past'],
        ['forum', 'named', null, 'planned'],
      ],
    ],
  ]);
});

describe('"would" in a report plans the event', () => {
  check([
    ['The minister said the two sides would hold a joint drill for pilots.', [['drill', 'nominal', null, 'planned']]],
    [
      'Officials said the two directors would meet again to review the timetable.',
      [['meeting', 'verbal', null, 'planned']],
    ],
    ['The minister said the ministers would hold talks in Trellin.', [['talks', 'nominal', null, 'planned']]],
    [
      'The minister said the boards would be represented at the conference.',
      [['conference', 'nominal', null, 'planned']],
    ],
    // what did not happen, and a copula with no verb of its own, plan nothing
    ['The board would have held a meeting, but the storm came first.', [['meeting', 'nominal', null, 'past']]],
    ['The minister said the two boards would be at the conference.', [['conference', 'nominal', null, null]]],
  ]);
});

describe('a gerund after "of" opens no clause', () => {
  check([
    [
      'The two ministries signed a memorandum of understanding on port security on Friday.',
      [['signing', 'verbal', '2026-10-30', 'past']],
    ],
    [
      'The ministers will sign a memorandum of understanding on fisheries in Trellin next week.',
      [['signing', 'verbal', '2026-W46', 'planned']],
    ],
    [
      'The ministries held talks on the memorandum of understanding on Friday.',
      [['talks', 'nominal', '2026-10-30', 'past']],
    ],
    ['The ministers held talks on the cost of living on Friday.', [['talks', 'nominal', '2026-10-30', 'past']]],
    // a gerund after another preposition tells its own act, on its own day
    [
      'The ministers held talks in Trellin after visiting the port on Tuesday.',
      [
        ['talks', 'nominal', null, 'past'],
        ['visit', 'verbal', '2026-11-03', 'past'],
      ],
    ],
  ]);
});

describe('a verb of holding takes an event noun for its object', () => {
  check([
    ['The ministers held talks about fishing quotas on Friday.', [['talks', 'nominal', '2026-10-30', 'past']]],
    ['The ministers will hold talks about port fees next week.', [['talks', 'nominal', '2026-W46', 'planned']]],
    ['The board held a meeting on restoring the wetlands on Friday.', [['meeting', 'nominal', '2026-10-30', 'past']]],
    // a person who talks, or "did", holds nothing
    ['He talks about fishing every day.', []],
    ['The minister did talks about it.', []],
  ]);
});

describe('a day that labels its line', () => {
  check([
    ['Monday: the minister held talks with the harbour board.', [['talks', 'nominal', '2026-11-02', 'past']]],
    [
      '- Wednesday: the minister chaired a meeting of the water boards.',
      [['meeting', 'nominal', '2026-11-04', 'past']],
    ],
    ['12 November: Opening session of the Marovia Grain Forum', [['session', 'nominal', '2026-11-12', 'planned']]],
    // a day before a comma is the clause's, read by its verbs; an event with a day of its own keeps it
    // (the talks the minister said would resume are planned: events18, a reported clause's own tense)
    ['Monday, the minister said the talks would resume.', [['talks', 'nominal', null, 'planned']]],
    ['Monday: the minister announced a summit on 4 December.', [['summit', 'nominal', '2026-12-04', 'planned']]],
  ]);
});

describe('an indefinite occasion that would take place', () => {
  check([
    ['A summit would take place in Trellin next spring.', [['summit', 'nominal', '2027-03-01/2027-05-31', 'planned']]],
    ['A public hearing would be held in Velsk in January.', [['hearing', 'nominal', '2027-01', 'planned']]],
    ['A second hearing might convene in Norrfjord in March.', [['hearing', 'nominal', '2027-03', 'planned']]],
    // a judgement, an object, or what can happen in general, is no occasion
    ['A summit would be useful.', []],
    ['A meeting would open the door to a settlement.', []],
    ['A summit would take time.', []],
    ['A meeting can begin only when both sides agree.', []],
  ]);
});

describe('the fixture: a fact sheet of hearings to come', () => {
  const text = readFileSync(new URL('../fixtures/events17-would-take-place.txt', import.meta.url), 'utf8');
  it('finds each occasion that would take place, with its month', () => {
    expect(analyze(text).events.map((e) => [e.type, e.mention, e.date, e.status])).toEqual([
      ['signing', 'verbal', '2026-11-18', 'past'],
      ['hearing', 'nominal', '2027-01', 'planned'],
      ['hearing', 'nominal', '2027-03', 'planned'],
      ['vote', 'nominal', '2027-03-01/2027-05-31', 'planned'],
    ]);
  });
});

describe('the fixture: a communiqué with a memorandum of understanding', () => {
  const text = readFileSync(new URL('../fixtures/events17-memorandum-communique.txt', import.meta.url), 'utf8');
  it('dates the signing by its clause, past the memorandum of understanding', () => {
    const out = analyze(text);
    expect(out.referenceDate).toBe('2026-11-03');
    expect(out.events.map((e) => [e.type, e.mention, e.date, e.status])).toEqual([
      ['visit', 'nominal', '2026-11-02/2026-11-03', 'past'],
      ['signing', 'verbal', '2026-11-03', 'past'],
      ['signing', 'verbal', '2027-03-01/2027-05-31', 'planned'],
    ]);
  });
});

describe("the fixture: a minister's week, day by day", () => {
  const text = readFileSync(new URL('../fixtures/events17-talks-about-diary.txt', import.meta.url), 'utf8');
  it('finds the talks held about something, and dates each line by its day', () => {
    const out = analyze(text);
    expect(out.referenceDate).toBe('2026-11-13');
    expect(out.events.map((e) => [e.type, e.mention, e.date, e.status])).toEqual([
      ['talks', 'nominal', '2026-11-09', 'past'],
      ['meeting', 'nominal', '2026-11-11', 'past'],
      ['consultations', 'nominal', '2026-11-12', 'past'],
      ['talks', 'nominal', '2026-W47', 'planned'],
    ]);
  });
});

describe('the fixture: a bulletin of waterway meetings', () => {
  const text = readFileSync(new URL('../fixtures/events17-met-for-and-would.txt', import.meta.url), 'utf8');
  it('merges each meeting verb into the gathering it met for or at, and plans what would happen', () => {
    expect(events(text)).toEqual([
      ['dialogue', 'named', '2026-11-03', 'past'],
      ['drill', 'nominal', null, 'planned'],
      ['forum', 'named', '2026-11-04', 'past'],
      ['meeting', 'verbal', '2026-11-04', 'past'],
      ['meeting', 'verbal', '2026-11-04', 'past'],
      ['meeting', 'verbal', null, 'planned'],
      ['drill', 'nominal', null, 'past'],
    ]);
  });
});
