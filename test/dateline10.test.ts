// The reference date in a header line's last field, after a dash: "Press release No. 48/2026 —
// Liswald, 9 June 2026". Texts written for these tests; negative rows beside them.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';

describe('a place and a day ending a header line after a dash', () => {
  it.each<[string, string | null]>([
    [
      'Federal Office for Water Management\n\nPress release No. 48/2026 — Liswald, 9 June 2026\n\nThe Office will raise the barriers.',
      '2026-06-09',
    ],
    ['Weekly notes | Harbour Town, 9 June 2026\n\nThe works start on Tuesday.', '2026-06-09'],
    // the words after the dash are a sentence's, not a place
    ['The Office said — as reported in Harbour Town, 9 June 2026\n\nThe works start on Tuesday.', null],
  ])('%s', (text, expected) => {
    expect(analyze(text).referenceDate).toBe(expected);
  });
});
