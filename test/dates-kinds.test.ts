// Kinds of date found on statements nobody tuned to, one table each, with the rows that must not
// move beside them. Reference date: Thursday 22 October 2020. Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';

const REF = '2020-10-22';
type Case = [sentence: string, text: string, value: string | null, interval?: string | null];

function expectDate([sentence, text, value, interval]: Case): void {
  const found = analyze(sentence, { referenceDate: REF }).dates.find((d) => d.text === text);
  expect(found, `"${text}" in: ${sentence}`).toBeDefined();
  expect(found!.value).toBe(value);
  if (interval !== undefined) expect(found!.interval).toBe(interval);
}

describe('a timetable verb in the present tense looks ahead', () => {
  it.each<Case>([
    ['The naval exercise begins on Monday at the northern range.', 'Monday', '2020-10-26'],
    ['The trade delegation departs for Lima on Sunday evening.', 'Sunday evening', '2020-10-25TEV'],
    ['The book fair opens Saturday in the old customs hall.', 'Saturday', '2020-10-24'],
    ['The consultation closes on Friday.', 'Friday', '2020-10-23'],
    // negatives: the past tense keeps the last such day; another present verb takes the nearest
    ['The naval exercise began on Monday at the northern range.', 'Monday', '2020-10-19'],
    ['The book fair opened Saturday in the old customs hall.', 'Saturday', '2020-10-17'],
    ['The mayor praises the volunteers on Monday in a letter.', 'Monday', '2020-10-19'],
    ['Officials agreed to open the bridge on Monday.', 'Monday', '2020-10-19'],
  ])('%s → %s', (...c) => expectDate(c));
});

describe('a noun read as a present verb gives way to the past verb after it', () => {
  it.each<Case>([
    ['On Saturday, Portuguese police and customs officers said they had seized the boat.', 'Saturday', '2020-10-17'],
    // negative: a present verb with its own object keeps its tense, though a past verb follows later
    ['On Saturday, the minister visits the town that flooded.', 'Saturday', '2020-10-24'],
  ])('%s → %s', (...c) => expectDate(c));
});
