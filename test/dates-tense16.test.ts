// Yearless months and seasons placed by the tense around them, on statements nobody tuned to.
// Texts written for these tests; negatives beside them.
//   - a month named alone lies wholly on its tense's side: "visited Tarsk in December", said in
//     November, is last December; "will be held in September", said in November, next September;
//   - a present passive ("the appeal is heard in May") tells no past;
//   - a modal in reported speech ("officials said the talks could take place in March") is the
//     clause's own tense, not the reporting verb's;
//   - a commitment's infinitive ("agreed to meet again in the spring") lies ahead; a present names
//     the nearest season, not the one of the reference's year.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';

const datesOf = (text: string, ref: string) =>
  analyze(text, { referenceDate: ref }).dates.map((d) => `${d.text}=${d.value}`);
/** Each row: a text, its reference date, then its dates as "text=value". */
const check = (rows: [string, string, string[]][]) =>
  it.each(rows)('%j', (text, ref, expected) => expect(datesOf(text, ref)).toEqual(expected));

describe('a month named alone lies on its tense side', () => {
  check([
    ['The minister visited Tarsk in December.', '2026-11-05', ['December=2025-12']],
    ['The election will be held in September.', '2026-11-05', ['September=2027-09']],
    ['Delegates will gather in Orlen in October.', '2026-11-20', ['October=2027-10']],
    // a month already begun, or on the tense's side, stays in the reference's year
    ['The minister visited Tarsk in October.', '2026-11-05', ['October=2026-10']],
    ['The committee met in November.', '2026-11-05', ['November=2026-11']],
    ['The election will be held in December.', '2026-11-05', ['December=2026-12']],
    ['The works will be finished in November.', '2026-11-05', ['November=2026-11']],
  ]);
});

describe('a present passive is no past', () => {
  check([
    ['The appeal is heard in May.', '2026-03-01', ['May=2026-05']],
    ['The appeal is heard on Friday.', '2026-03-03', ['Friday=2026-03-06']],
    // the past passive stays past
    ['The appeal was heard in May.', '2026-03-01', ['May=2025-05']],
    ['The appeal was heard on Friday.', '2026-03-03', ['Friday=2026-02-27']],
  ]);
});

describe('a modal in reported speech', () => {
  check([
    ['Officials said the next round of talks could take place in March.', '2026-11-05', ['March=2027-03']],
    ['The envoy said the vote may be held on Friday.', '2026-03-03', ['Friday=2026-03-06']],
    ['Officials said talks could resume in the spring.', '2026-11-05', ['the spring=2027-SP']],
    // without a modal the reporting verb's past stands
    ['Officials said the next round of talks took place in March.', '2026-11-05', ['March=2026-03']],
    ['The envoy said the vote was held on Friday.', '2026-03-03', ['Friday=2026-02-27']],
    // a reporting verb set off by commas is not the verb of the clause it interrupts
    ['The ruling, the judge said, does not stop work in October.', '2026-09-09', ['October=2026-10']],
  ]);
});

describe("a commitment's infinitive lies ahead", () => {
  check([
    ['The two sides agreed to meet again in the spring.', '2026-11-05', ['the spring=2027-SP']],
    ['The unions pledged to return to the table in January.', '2026-03-02', ['January=2027-01']],
    // a past act, or an infinitive no commitment governs, is not moved ahead
    ['The two sides met in the spring.', '2026-11-05', ['the spring=2026-SP']],
    ['The two sides agreed to meet again in the autumn.', '2026-11-05', ['the autumn=2026-FA']],
    ['The firm managed to sell the unit in January.', '2026-03-02', ['January=2026-01']],
  ]);
});
