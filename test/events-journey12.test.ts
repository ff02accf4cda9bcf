// A visit told by a verb of travelling to a place, then named: "The Foreign Minister will travel to
// Ostrel next week. During the visit, she will meet her counterpart." The visit takes the
// journey's days. Texts written for these tests; negatives beside them.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';

const nominal = (text: string) => analyze(text, { referenceDate: '2026-03-04' }).events.map((e) => [e.name, e.date]);

describe('a journey, then "the visit"', () => {
  it.each<[string, (string | null)[][]]>([
    [
      'The Foreign Minister will travel to Ostrel next week. During the visit, she will meet her counterpart.',
      [['visit', '2026-W11']],
    ],
    ['Governor Rask flew to Port Alder on Monday. The visit focused on the harbour works.', [['visit', '2026-03-02']]],
    // a visit the sentence names is the journey's: no second one
    [
      'On Tuesday, Minister Aurelio Brandt will travel to Port Wenning for a visit to the new ferry terminal.',
      [['visit to the new ferry terminal', '2026-03-10']],
    ],
    // no place after "to"; a visit with a day of its own
    ['Prices will travel to new highs next week. The visit was cancelled.', [['visit', null]]],
    [
      'The minister will travel to Ostrel next week. The visit on 20 March will open the fair.',
      [
        ['will travel to Ostrel', '2026-W11'],
        ['visit', '2026-03-20'],
      ],
    ],
  ])('%j', (text, expected) => expect(nominal(text)).toEqual(expected));
});
