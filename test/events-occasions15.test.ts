// Events whose kinds broke on statements nobody tuned to. Texts written for these tests; negatives
// beside them.
//   - a journey and its purpose are one visit ("travelled to Orbury on Monday for a two-day
//     visit"); departing for a place is a journey ("departs tomorrow for Tallis");
//   - what a day was marked with ("with a ceremony") is an event of its own, no party of the day;
//   - people meet and are visited in lower case: "the regional directors will meet again", "met
//     union leaders", "will visit troops";
//   - "Talks are expected to conclude by the end of the month": one occasion, with its deadline;
//   - who would take part, asked in a question, is no party;
//   - "yesterday's meeting": an event noun after an owner is a noun, whatever the tagger says;
//   - "Later that day", "Later, ...": the day last told; "On the margins", "on the second day": of
//     the occasion just told, and a meeting on the margins is not that occasion;
//   - a body attended, or named with the time it sits, is its meeting ("will attend the Northern
//     Council", "at the Arctic Council in March");
//   - a courtesy call ("called on the Minister") is a meeting, a demand ("called on the Minister
//     to resign") is none; an adverb between a subject and its verb ("also met") hides no party;
//   - "the briefing scheduled for this afternoon has been postponed": the status of the main verb;
//   - a service held ("the Remembrance Service") is an event, a service provided is not;
//   - one event for a journey and "the trip", a telephone conversation and "the call"; "spoke by
//     phone with" names the other party; places in lower case are visited ("the flood-hit region");
//   - "the ministers agreed to meet in December": a meeting planned, its subject the planners';
//     "meet again" is another meeting than the one told;
//   - an occasion a question only brings in ("Will there be a summit this year?") is none; one the
//     question takes as known ("the meeting on Monday"), or told again in the answer, stays.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';

const events = (text: string) =>
  analyze(text, { referenceDate: '2026-11-05' }).events.map((e) => [e.type, e.date, e.status, ...e.participants]);
/** Each row: a text, then its events as [type, date, status, ...participants]. */
const check = (rows: [string, (string | null)[][]][]) =>
  it.each(rows)('%j', (text, expected) => expect(events(text)).toEqual(expected));

describe('a journey and its visit', () => {
  check([
    [
      'Prime Minister Kalina Vesk travelled to Orbury on Monday for a two-day visit.',
      [['visit', '2026-11-02', 'past', 'Prime Minister Kalina Vesk']],
    ],
    ['The Secretary departs tomorrow for Tallis.', [['visit', '2026-11-06', 'planned', 'The Secretary']]],
    ['The ministers left for Tallis on Monday.', [['visit', '2026-11-02', 'past', 'The ministers']]],
    // a journey for another purpose is two events; "the left" is no journey
    [
      'The Secretary travelled to Tallis on Monday for a conference.',
      [
        ['visit', '2026-11-02', 'past', 'The Secretary'],
        ['conference', '2026-11-02', 'past', 'The Secretary'],
      ],
    ],
    ['The left for Tallis is a small party.', []],
  ]);
});

describe('what a day or an occasion was marked with', () => {
  check([
    [
      'The ministry marked Road Safety Day on Tuesday with a ceremony at the Central Hospital.',
      [
        ['day', '2026-11-03', 'past'],
        ['ceremony', '2026-11-03', 'past'],
      ],
    ],
    [
      'The council opened the Harbour Forum on Monday with a briefing for the press.',
      [
        ['forum', '2026-11-02', 'past', 'The council'],
        ['briefing', '2026-11-02', 'past', 'The council'],
      ],
    ],
    // people after "with" still take part
    [
      'The mayor held talks on Monday with the harbour unions.',
      [['talks', '2026-11-02', 'past', 'the harbour unions', 'The mayor']],
    ],
  ]);
});

describe('people in lower case meet and are visited', () => {
  check([
    [
      'The regional directors will meet again in January.',
      [['meeting', '2027-01', 'planned', 'The regional directors']],
    ],
    [
      'Minister Hanna Voss met union leaders in Tarnfeld on Monday.',
      [['meeting', '2026-11-02', 'past', 'union leaders', 'Minister Hanna Voss']],
    ],
    [
      'On Saturday the Secretary will visit troops at Camp Ardin.',
      [['visit', '2026-11-07', 'planned', 'the Secretary']],
    ],
    // things meet nobody
    ['The targets will meet again in January.', []],
    ['The plan met resistance from farmers on Monday.', []],
    ['The minister met the deadline on Monday.', []],
    ['The Secretary will visit costs on Saturday.', []],
  ]);
});

describe('an occasion expected to take place', () => {
  check([
    [
      'Talks on the fisheries agreement are expected to conclude by the end of the month.',
      [['talks', '2026-11-05/2026-11-30', 'planned']],
    ],
    [
      'Consultations with farmers are due to resume on Monday.',
      [['consultations', '2026-11-09', 'planned', 'farmers']],
    ],
    // talks in general
    ['Talks are expected to help.', []],
    ['Talks are expected to be difficult.', []],
  ]);
});

describe('asked in a question', () => {
  check([
    ['Will the Minister attend the Caldera Summit?', [['summit', null, null]]],
    ['The Minister will attend the Caldera Summit.', [['summit', null, 'planned', 'The Minister']]],
    // an event the question takes as told
    [
      "Was the issue raised at yesterday's meeting with the Ambassador?",
      [['meeting', '2026-11-04', 'past', 'the Ambassador']],
    ],
    ["Monday's talks with the unions went well.", [['talks', '2026-11-02', 'past', 'the unions']]],
    ["That's meeting expectations.", []],
    ["It's meeting the targets.", []],
  ]);
});

describe('the day last told', () => {
  check([
    [
      'Secretary Maren Tolvik met Minister Jurek Haslo on 3 November. Later that day, the Secretary received the Order of the Lantern at a ceremony.',
      [
        ['meeting', '2026-11-03', 'past', 'Minister Jurek Haslo', 'Secretary Maren Tolvik'],
        ['ceremony', '2026-11-03', 'past', 'the Secretary'],
      ],
    ],
    // past a plan for another month, to the last day told
    [
      'Secretary Maren Tolvik met Minister Jurek Haslo on 3 November. She invited him to the Harrowgate Forum in May. Later that day, she attended a reception.',
      [
        ['meeting', '2026-11-03', 'past', 'Minister Jurek Haslo', 'Secretary Maren Tolvik'],
        ['forum', '2027-05', 'planned'],
        ['reception', '2026-11-03', 'past'],
      ],
    ],
    [
      'The talks on 3 November were short. That evening the mayor hosted a reception.',
      [
        ['talks', '2026-11-03', 'past'],
        ['reception', '2026-11-03', 'past', 'the mayor'],
      ],
    ],
    [
      'Secretary Maren Tolvik met Minister Jurek Haslo on Monday. Later she opened a forum on rail links.',
      [
        ['meeting', '2026-11-02', 'past', 'Minister Jurek Haslo', 'Secretary Maren Tolvik'],
        ['forum', '2026-11-02', 'past'],
      ],
    ],
    // "later" inside a clause, and a month, tell no day
    [
      'The minister will attend the summit in May. She will later attend a conference.',
      [
        ['summit', '2027-05', 'planned', 'The minister'],
        ['conference', null, null],
      ],
    ],
    [
      'The minister will attend the summit in May. Later, she will open a forum.',
      [
        ['summit', '2027-05', 'planned', 'The minister'],
        ['forum', null, 'planned'],
      ],
    ],
  ]);
});

describe('the margins and the days of the occasion just told', () => {
  check([
    [
      'The Prime Minister will attend the Tarnfeld Summit on 20 November. On the margins, he will meet the President of Castamar.',
      [
        ['summit', '2026-11-20', 'planned', 'The Prime Minister'],
        ['meeting', '2026-11-20', 'planned', 'the President of Castamar'],
      ],
    ],
    [
      'Prime Minister Teodor Ansky will attend the Northern Council next week. On the margins, he will meet the President of Castamar.',
      [
        ['meeting', '2026-W46', 'planned', 'Prime Minister Teodor Ansky'],
        ['meeting', '2026-W46', 'planned', 'the President of Castamar'],
      ],
    ],
    [
      'The Norland Energy Dialogue was held in Fjellby on 2-3 November. Delegates visited the Tverrfjord wind farm on the second day.',
      [
        ['dialogue', '2026-11-02/2026-11-03', 'past'],
        ['visit', '2026-11-03', 'past', 'Delegates'],
      ],
    ],
    // an occasion of one day has no second; no occasion told, no margins
    [
      'The Norland Energy Dialogue was held in Fjellby on 2 November. Delegates visited the Tverrfjord wind farm on the second day.',
      [
        ['dialogue', '2026-11-02', 'past'],
        ['visit', null, 'past', 'Delegates'],
      ],
    ],
    [
      'The Prime Minister met the President of Castamar on Monday. The two leaders met again on the sidelines.',
      [
        ['meeting', '2026-11-02', 'past', 'the President of Castamar', 'The Prime Minister'],
        ['meeting', null, 'past', 'The two leaders'],
      ],
    ],
  ]);
});

describe('a body attended or sitting', () => {
  check([
    [
      'Prime Minister Teodor Ansky will attend the European Council next week.',
      [['meeting', '2026-W46', 'planned', 'Prime Minister Teodor Ansky']],
    ],
    ['Ministers will discuss the plan at the Arctic Council in March.', [['meeting', '2027-03', 'planned']]],
    // a seat, a place, a building attended
    ['The envoy has a seat at the Security Council.', []],
    ['The ministers met at the White House on Monday.', [['meeting', '2026-11-02', 'past', 'The ministers']]],
    ['Prime Minister Teodor Ansky will attend the Harbour Museum next week.', []],
  ]);
});

describe('a courtesy call, and a subject before an adverb', () => {
  check([
    [
      'Deputy Minister Oskar Dahl also called on the Minister of External Affairs on Tuesday.',
      [['meeting', '2026-11-03', 'past', 'the Minister of External Affairs', 'Deputy Minister Oskar Dahl']],
    ],
    [
      'On Tuesday, the delegation called on President Ines Varga.',
      [['meeting', '2026-11-03', 'past', 'President Ines Varga', 'the delegation']],
    ],
    [
      'Minister Hanna Voss later held talks with Governor Ruiz.',
      [['talks', null, 'past', 'Governor Ruiz', 'Minister Hanna Voss']],
    ],
    [
      "The Minister of Labour met employers' groups on Tuesday and will meet the trade unions on Friday.",
      [
        ['meeting', '2026-11-03', 'past', "employers' groups", 'The Minister of Labour'],
        ['meeting', '2026-11-06', 'planned', 'the trade unions'],
      ],
    ],
    // a call on someone to act is a demand, not a visit
    ['The union called on the Minister of Health to resign.', []],
    ['The opposition called on Prime Minister Ola Berg to explain the deal on Monday.', []],
    ['He called on the public to stay calm.', []],
  ]);
});

describe('the status of the main verb past an arrangement', () => {
  check([
    [
      'The news briefing scheduled for this afternoon has been postponed to Monday.',
      [['briefing', '2026-11-05', 'postponed']],
    ],
    ['The summit planned for May was cancelled.', [['summit', '2027-05', 'cancelled']]],
    ['The summit scheduled for 20 November will go ahead.', [['summit', '2026-11-20', 'planned']]],
  ]);
});

describe('a service held', () => {
  check([
    ['The annual Remembrance Service takes place on Sunday.', [['service', '2026-11-08', 'planned']]],
    ['A memorial service for the victims was held on Monday.', [['service', '2026-11-02', 'past']]],
    // a service provided
    ['The health service will be reformed next year.', []],
    ['The new bus service starts on Monday.', []],
  ]);
});

describe('one event for a journey or a call named twice', () => {
  check([
    [
      'The minister will travel to Kessport on Monday. The trip will focus on trade.',
      [['trip', '2026-11-09', 'planned', 'The minister']],
    ],
    [
      'The minister visited Kessport on Monday. During the trip, she opened a school.',
      [['trip', '2026-11-02', 'past', 'The minister']],
    ],
    [
      'The Prime Minister held a telephone conversation with Chancellor Brandl on Monday. During the call, the leaders discussed energy.',
      [['conversation', '2026-11-02', 'past', 'Chancellor Brandl', 'The Prime Minister']],
    ],
    [
      'Minister Lorne spoke by phone with President Dray on Monday. The call lasted an hour.',
      [['call', '2026-11-02', 'past', 'President Dray', 'Minister Lorne']],
    ],
    // a trip on another day, a call in the same sentence as a meeting, are other events
    [
      'The minister visited Kessport on Monday. The trip on 20 November will be longer.',
      [
        ['visit', '2026-11-02', 'past', 'The minister'],
        ['trip', '2026-11-20', 'planned'],
      ],
    ],
    [
      'Minister Lorne met President Dray on Monday. The meeting focused on energy.',
      [['meeting', '2026-11-02', 'past', 'President Dray', 'Minister Lorne']],
    ],
  ]);
});

describe('places in lower case are visited', () => {
  check([
    ['The President visited the flood-hit region on Monday.', [['visit', '2026-11-02', 'past', 'The President']]],
    ['The President will visit the country next week.', [['visit', '2026-W46', 'planned', 'The President']]],
    // a thing to see, a figure
    ['The President will visit the idea again next week.', []],
    ['Tourist numbers visited a record high.', []],
  ]);
});

describe('agreed to meet', () => {
  check([
    [
      'During the call, the ministers agreed to meet in December.',
      [
        ['call', null, 'past'],
        ['meeting', '2026-12', 'planned', 'the ministers'],
      ],
    ],
    ['The two leaders decided to meet again next month.', [['meeting', '2026-12', 'planned', 'The two leaders']]],
    [
      'Readout of the Meeting between Minister Lorne and President Dray\n\nMinister Lorne met President Dray on Monday. The two leaders agreed to meet again in December.',
      [
        ['meeting', '2026-11-02', 'past', 'Minister Lorne', 'President Dray'],
        ['meeting', '2026-12', 'planned', 'The two leaders'],
      ],
    ],
    // a thing met
    ['The ministers agreed to meet the deadline.', []],
    ['The figures are expected to meet the target.', []],
  ]);
});

describe('an occasion only asked about', () => {
  check([
    ['Q: Will the two leaders hold talks on Monday?', []],
    ['QUESTION: Is there going to be a meeting with the Orlan side?', []],
    ['Will there be a summit this year?', []],
    ['Are you planning a visit to Kessport?', []],
    // known to the question, told before it, or told in the answer
    ['Was the issue raised at the meeting on Monday?', [['meeting', '2026-11-02', 'past']]],
    ['Can you say when the next round of fisheries talks will take place?', [['talks', null, 'planned']]],
    ['At a press conference, a reporter asked: Why?', [['conference', '2026-11-05', 'past']]],
    [
      'Q: Will there be a meeting with the Orlan side on Monday?\nA: Yes, the ministers will hold a meeting with the Orlan side on Monday.',
      [['meeting', '2026-11-09', 'planned', 'the Orlan side', 'the ministers']],
    ],
  ]);
});
