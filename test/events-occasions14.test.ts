// Events told inside or after another occasion, and words that only look like events. Texts
// written for these tests; negatives beside them.
//   - a meeting "during the visit" takes the visit's day, not a day of its own;
//   - "After the summit, the vote ...": a phrase after a fronted occasion is no apposition of it;
//   - "this afternoon's call": a time of day owns nothing and names no party; the call the verb
//     before it told that day ("spoke with ... this afternoon"), in the tense of its clause;
//   - a meeting asked about in a question is not told as an event;
//   - "IN CONVERSATION:", "in conversation with": a format, not an event;
//   - who met: "talks in Dornbury on Tuesday with the governor", "met union leaders at a meeting";
//   - "agreed to meet at the Northern Council next month": the council's sitting is a meeting.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';

const events = (text: string) =>
  analyze(text, { referenceDate: '2026-11-05' }).events.map((e) => [e.type, e.date, e.status, ...e.participants]);
/** Each row: a text, then its events as [type, date, status, ...participants]. */
const check = (rows: [string, (string | null)[][]][]) =>
  it.each(rows)('%j', (text, expected) => expect(events(text)).toEqual(expected));

describe('a meeting during an occasion', () => {
  check([
    [
      'Minister Aldo Brennik paid an official visit to Castamar on 2 November. The two ministers met during the visit.',
      [
        ['visit', '2026-11-02', 'past', 'Minister Aldo Brennik'],
        ['meeting', '2026-11-02', 'past', 'The two ministers'],
      ],
    ],
    [
      'Minister Ilsa Morvane will attend the Tarnfeld summit on 20 November. The two ministers will meet during the summit.',
      [
        ['summit', '2026-11-20', 'planned', 'Minister Ilsa Morvane'],
        ['meeting', '2026-11-20', 'planned', 'The two ministers'],
      ],
    ],
    // a day of its own wins; an occasion of the same type is that occasion; an undated one gives nothing
    [
      'Minister Aldo Brennik paid an official visit to Castamar on 2 November. The two ministers met on 3 November, during the visit.',
      [
        ['visit', '2026-11-02', 'past', 'Minister Aldo Brennik'],
        ['meeting', '2026-11-03', 'past', 'The two ministers'],
      ],
    ],
    [
      'Minister Aldo Brennik paid an official visit to Castamar. The two ministers met during the visit.',
      [
        ['visit', null, 'past', 'Minister Aldo Brennik'],
        ['meeting', null, 'past', 'The two ministers'],
      ],
    ],
  ]);
});

describe('a phrase after a fronted occasion', () => {
  check([
    [
      'After the summit, the vote on the budget was postponed until December.',
      [
        ['summit', null, 'past'],
        ['vote', null, 'postponed'],
      ],
    ],
    [
      'During the visit, the talks on rail links ended early.',
      [
        ['visit', null, 'past'],
        ['talks', null, 'past'],
      ],
    ],
    // an apposition of the same kind is still one event
    [
      'The leaders attended the Pellor Summit, the first summit of the region, on 2 November.',
      [['summit', '2026-11-02', 'past', 'The leaders']],
    ],
  ]);
});

describe('a time of day before a call', () => {
  check([
    [
      "Prime Minister Eda Lorne spoke with President Ansel Dray this afternoon. During this afternoon's call, the leaders discussed energy.",
      [['call', '2026-11-05', 'past', 'President Ansel Dray', 'Prime Minister Eda Lorne']],
    ],
    ["During this afternoon's call, the leaders discussed energy.", [['call', '2026-11-05', 'past']]],
    // a call still to come that day; a call on another day is another call
    ["During this afternoon's call, the leaders will discuss energy.", [['call', '2026-11-05', 'planned']]],
    [
      "Prime Minister Eda Lorne spoke with President Ansel Dray on Monday. During this afternoon's call, the leaders discussed energy.",
      [
        ['call', '2026-11-02', 'past', 'President Ansel Dray', 'Prime Minister Eda Lorne'],
        ['call', '2026-11-05', 'past'],
      ],
    ],
    [
      "Call with President Ansel Dray\n\nPrime Minister Eda Lorne spoke with President Ansel Dray this afternoon. During this afternoon's call, the leaders discussed energy.",
      [['call', '2026-11-05', 'past', 'President Ansel Dray', 'Prime Minister Eda Lorne']],
    ],
    ["Tonight's debate was cancelled. Lorne's call with Dray went well.", [['call', null, 'past', 'Lorne', 'Dray']]],
  ]);
});

describe('a meeting asked about', () => {
  check([
    ['Mr. Colm Hardy asked: Will the Minister meet the Prime Minister?', []],
    ['Did Minister Lorne meet President Dray on Monday?', []],
    // a question about a meeting told as a fact, and a meeting told after a question
    [
      'Why did the talks fail? Minister Lorne met President Dray on Monday.',
      [
        ['talks', null, 'past'],
        ['meeting', '2026-11-02', 'past', 'President Dray', 'Minister Lorne'],
      ],
    ],
  ]);
});

describe('"in conversation"', () => {
  check([
    ['IN CONVERSATION: Marta Selig on rural broadband\n\nMarta Selig said the network would reach every village.', []],
    ['The festival opens with the author in conversation with Marta Selig.', []],
    // a conversation held is an event
    [
      'Marta Selig had a conversation with Minister Lorne on Monday.',
      [['conversation', '2026-11-02', 'past', 'Minister Lorne', 'Marta Selig']],
    ],
  ]);
});

describe('who took part, past a place and a time, or met at a meeting', () => {
  check([
    [
      'Minister Hanna Voss held talks in Dornbury on Tuesday with the regional governor.',
      [['talks', '2026-11-03', 'past', 'the regional governor', 'Minister Hanna Voss']],
    ],
    [
      'Minister Hanna Voss met union leaders at a meeting in Tarnfeld.',
      [['meeting', null, 'past', 'Minister Hanna Voss', 'union leaders']],
    ],
    ['On Monday she met union leaders at a meeting.', [['meeting', '2026-11-02', 'past', 'union leaders']]],
    // a topic after the time is no party; a thing received at a ceremony is none either
    [
      'Minister Hanna Voss held talks in Dornbury on Tuesday about rail links.',
      [['talks', '2026-11-03', 'past', 'Minister Hanna Voss']],
    ],
    [
      'Minister Hanna Voss received the Harwick Medal at a ceremony in Tarnfeld.',
      [['ceremony', null, 'past', 'Minister Hanna Voss']],
    ],
  ]);
});

describe('a body named as where people meet', () => {
  check([
    ['They agreed to meet at the Northern Council next month.', [['meeting', '2026-12', 'planned']]],
    [
      'The two ministers agreed to meet again at the Northern Council next month.',
      [['meeting', '2026-12', 'planned', 'The two ministers']],
    ],
    ['The ministers met at the Nordic Council on Monday.', [['meeting', '2026-11-02', 'past', 'The ministers']]],
    // a place, a body named otherwise, a council that meets
    ['The ministers met at the White House on Monday.', [['meeting', '2026-11-02', 'past', 'The ministers']]],
    ['The envoy met the chair of the Security Council on Monday.', []],
    ['The Harbour Council will meet on Friday.', [['meeting', '2026-11-06', 'planned', 'The Harbour Council']]],
  ]);
});
