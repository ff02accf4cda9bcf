// A relative clause about an event's participant ("talks with the governor, who took office in
// January") has its own dates: they are not the event's. Rows of our own words, with rows where
// the date is the event's beside them.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';

const dateOf = (text: string, name: string): string | null | undefined =>
  analyze(text, { referenceDate: '2026-03-03' }).events.find((e) => e.name === name)?.date;

describe("a who-clause after an event's participant", () => {
  it.each<[string, string, string | null]>([
    [
      'The minister held talks with Governor Iko Tamm, who took office in January.',
      'talks with Governor Iko Tamm',
      null,
    ],
    ['The envoy had a meeting with Ms Ines Vahl, who hosted the fair on Monday.', 'meeting with Ms Ines Vahl', null],
    ['The mayor held a meeting with the engineers, who joined the firm in May.', 'meeting with the engineers', null],
    // the event's own date, before or after such a clause, stays the event's
    ['The minister held talks with Governor Iko Tamm on Monday.', 'talks with Governor Iko Tamm', '2026-03-02'],
    ['On Monday the minister held talks with Governor Tamm, who is new.', 'talks with Governor Tamm', '2026-03-02'],
    ['The talks with the union that ended on Friday were long.', 'talks with the union', '2026-02-27'],
  ])('%s', (text, name, date) => {
    expect(dateOf(text, name)).toBe(date);
  });
});
