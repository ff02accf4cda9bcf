// Date spans (issue 9): a fiscal quarter or half keeps "fiscal" in its span, as TimeML marks it
// ("the fiscal first quarter", "fiscal second-quarter", "the fiscal-first quarter", "the fiscal
// first half"); its value stays the quarter's number. "Fiscal policy ... in the first quarter" and
// "the fiscal stimulus of the first quarter" name no fiscal quarter.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';

const datesOf = (text: string) =>
  analyze(text, { referenceDate: '2026-10-28' }).dates.map((d) => `${d.text}=${d.value}`);

describe('a fiscal quarter or half, "fiscal" in its span', () => {
  it.each<[string, string[]]>([
    [
      'Profit rose in the fiscal first quarter ended Sept. 30.',
      ['the fiscal first quarter=2026-Q1', 'Sept. 30=2026-09-30'],
    ],
    ['The fiscal-first quarter was weak.', ['The fiscal-first quarter=2026-Q1']],
    ['Fiscal first-quarter profit fell.', ['Fiscal first-quarter=2026-Q1']],
    ['Sales rose in the fiscal first half.', ['the fiscal first half=2026-H1']],
    // "fiscal" that is no quarter's
    ['Fiscal policy tightened in the first quarter.', ['the first quarter=2026-Q1']],
    ['The fiscal stimulus of the first quarter ended.', ['the first quarter=2026-Q1']],
  ])('%j', (text, expected) => expect(datesOf(text)).toEqual(expected));
});

describe('the fixture: a trading update in fiscal quarters', () => {
  const text = readFileSync(new URL('../fixtures/dates17-fiscal-quarters.txt', import.meta.url), 'utf8');
  it('keeps "fiscal" in each fiscal quarter\'s span', () => {
    expect(analyze(text).dates.map((d) => d.text)).toEqual([
      'the fiscal first quarter',
      '28 October 2026',
      'today',
      'the fiscal first quarter',
      'the fiscal-first quarter',
      'a year earlier',
      'Fiscal second-quarter',
      'the fiscal first half',
      'the first quarter',
    ]);
  });
});
