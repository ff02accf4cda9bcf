// The statement's own date when a dated line stands below the first paragraph of prose: the header
// is over there, so "Programme of the Harbour Day, 13 February 2027" under a dateline's paragraph
// is the body's date, not a second header date that disagrees. Above that paragraph (or under a
// short lead), two dates that disagree still give none.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';

/** A lead paragraph of prose, long enough to be one. */
const LEAD =
  'The councils of Nevaro and Belvara will hold their first joint Harbour Day on Saturday, the mayor ' +
  'announced at the town hall. The day opens the harbour basin to visitors and marks the end of the ' +
  'dredging works that began in the spring.';

describe('a dated line below the first paragraph of prose', () => {
  it.each<[string, string | null]>([
    [
      `NEVARO - 11 February 2027 - ${LEAD}\n\nProgramme of the Harbour Day, 13 February 2027\n09:30 Welcome`,
      '2027-02-11',
    ],
    [`Harbour Day\n\nNEVARO, 11 February 2027 — ${LEAD}\n\nAgenda – 13 February 2027\n\n10:00 Opening`, '2027-02-11'],
    [`Date: 11 February 2027\n\n${LEAD}\n\nMinutes of the Harbour Board, 9 February 2027\n`, '2027-02-11'],
    // above the prose, or under a lead too short to be a paragraph, the dates still disagree
    [`NEVARO - 11 February 2027 -\nProgramme of the Harbour Day, 13 February 2027\n\n${LEAD}`, null],
    ['NEVARO - 11 February 2027 - The councils met.\n\nProgramme of the Harbour Day, 13 February 2027\n', null],
  ])('%j', (text, expected) => expect(analyze(text).referenceDate).toBe(expected));
});

describe('the fixture: a dateline with hyphens, then a day programme', () => {
  const text = readFileSync(new URL('../fixtures/refdate17-dateline-then-programme.txt', import.meta.url), 'utf8');
  it('takes the dateline, and dates the programme by its own line', () => {
    const out = analyze(text);
    expect([out.referenceDate, out.referenceDateSource]).toEqual(['2027-02-11', 'text']);
    expect(out.events.map((e) => [e.type, e.date, e.status])).toEqual([
      ['day', '2027-02-13', 'planned'],
      ['ceremony', '2027-02-13', 'planned'],
    ]);
  });
});
