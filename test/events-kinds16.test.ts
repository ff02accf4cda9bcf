// Events whose kinds broke on statements nobody tuned to. Texts written for these tests; negatives
// beside them.
//   - a body named with the time it sat is that sitting ("last month's joint commission",
//     "yesterday's cabinet"); the body acting is none ("the joint commission published");
//   - a stay in a named place is a visit ("during her stay in Norvald"); a stay of execution, or
//     "let her stay in Norvald", is none;
//   - a body about to deliberate ("the Nordic Council would discuss it in June") or deliberated
//     at with a time ("discussed at the Harbour Assembly next month") is its meeting, dated by the
//     deliberating verb; a gathering that discussed something on a day is dated by that day;
//   - a verb right after "and" shares the subject, and in the present form the tense, of the verb
//     it is coordinated with ("will travel to Norvald and meet the president"); after ", and" a
//     new subject starts ("..., and the president met the unions");
//   - signing an instrument is an occasion ("will sign a memorandum on Friday", "signed a joint
//     declaration"); signing a letter or a petition, signing off on a plan, or "has signed" (a
//     result), is none.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';

const events = (text: string) =>
  analyze(text, { referenceDate: '2026-11-05' }).events.map((e) => [e.type, e.date, e.status, ...e.participants]);
/** Each row: a text, then its events as [type, date, status, ...participants]. */
const check = (rows: [string, (string | null)[][]][]) =>
  it.each(rows)('%j', (text, expected) => expect(events(text)).toEqual(expected));

describe('a body named with the time it sat', () => {
  check([
    ["Last month's joint commission reviewed the trade figures.", [['meeting', '2026-10', 'past']]],
    ["Yesterday's cabinet approved the harbour plan.", [['meeting', '2026-11-04', 'past']]],
    // the body acting, or owned by another body, is no sitting
    ['The joint commission published its report.', []],
    ["The board's decision was final.", []],
  ]);
});

describe('a stay in a named place', () => {
  check([
    ['During his stay in Velmora, the president opened a school.', [['visit', null, 'past']]],
    ['During her stay in Norvald, the Speaker will open the terminal.', [['visit', null, 'planned']]],
    ['The president will end his stay in Velmora on Friday.', [['visit', '2026-11-06', 'planned']]],
    // the stay adds no second visit to the journey told before
    [
      'The Speaker will travel to Norvald. During her stay in Norvald, the Speaker will open the terminal.',
      [['visit', null, 'planned', 'The Speaker']],
    ],
    // a court's stay, a verb
    ['The court granted a stay of execution.', []],
    ['The council let her stay in Norvald.', []],
    ['Prices stay high in Velmora.', []],
  ]);
});

describe('a body about to deliberate, and what a gathering discussed on a day', () => {
  check([
    ['The minister said the Nordic Council would discuss it in June.', [['meeting', '2027-06', 'planned']]],
    ['The Harbour Assembly will consider the request on Monday.', [['meeting', '2026-11-09', 'planned']]],
    ['The request will be discussed at the Harbour Assembly next month.', [['meeting', '2026-12', 'planned']]],
    ['The meeting discussed trade on Monday.', [['meeting', '2026-11-02', 'past']]],
    ['The talks reviewed the fishing quotas on Tuesday.', [['talks', '2026-11-03', 'past']]],
    // a body that does anything else, or a seat at it, is no meeting
    ['The Harbour Assembly will publish its report.', []],
    ['He has a seat at the Security Council next year.', []],
  ]);
});

describe('coordinated verbs share their subject and tense', () => {
  check([
    [
      'The minister will travel to Norvald and meet the president.',
      [
        ['visit', null, 'planned', 'The minister'],
        ['meeting', null, 'planned', 'the president', 'The minister'],
      ],
    ],
    [
      'The minister travelled to Norvald and met the president.',
      [
        ['visit', null, 'past', 'The minister'],
        ['meeting', null, 'past', 'the president', 'The minister'],
      ],
    ],
    // after ", and" a clause of its own
    [
      'The minister travelled to Norvald, and the president met the unions.',
      [
        ['visit', null, 'past', 'The minister'],
        ['meeting', null, 'past', 'the unions', 'the president'],
      ],
    ],
    [
      'The mayor opened the fair, and the governor will meet the unions.',
      [['meeting', null, 'planned', 'the unions', 'the governor']],
    ],
  ]);
});

describe('signing an instrument', () => {
  check([
    ['The ministers will sign a memorandum on Friday.', [['signing', '2026-11-06', 'planned', 'The ministers']]],
    ['The two leaders signed a joint declaration on Tuesday.', [['signing', '2026-11-03', 'past', 'The two leaders']]],
    ['The minister signed three agreements on Monday.', [['signing', '2026-11-02', 'past', 'The minister']]],
    // a letter, a petition, a plan signed off; a result told in the perfect
    ['The firm has signed a definitive agreement to acquire Orlen Sensors.', []],
    ['The minister signed the letter on Monday.', []],
    ['Residents signed a petition against the plan.', []],
    ['The board signed off on the plan on Monday.', []],
  ]);
});
