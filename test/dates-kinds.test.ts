// Kinds of date seen on the devb and owndev sets, in rows of our own words, one table each, with the
// rows that must not move beside them. Reference date: Thursday 22 October 2020. Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';

const REF = '2020-10-22';
type Case = [sentence: string, text: string, value: string | null, interval?: string | null];

function expectDate([sentence, text, value, interval]: Case, referenceDate = REF): void {
  const found = analyze(sentence, { referenceDate }).dates.find((d) => d.text === text);
  expect(found, `"${text}" in: ${sentence}`).toBeDefined();
  expect(found!.value).toBe(value);
  if (interval !== undefined) expect(found!.interval).toBe(interval);
}

function expectNoDate(sentence: string, text: string): void {
  const texts = analyze(sentence, { referenceDate: REF }).dates.map((d) => d.text);
  expect(texts, sentence).not.toContain(text);
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

describe('a season after more prepositions, and after a part of it', () => {
  it.each<Case>([
    ['The regional summit has been postponed to the spring.', 'the spring', '2021-SP', '2021-03-01/2021-05-31'],
    ['The ministry will publish its review before the summer.', 'the summer', '2021-SU', '2021-06-01/2021-08-31'],
    ['The mill will reopen before the end of the winter.', 'the end of the winter', '2020-WI'],
    ['Demand stayed weak well into the summer.', 'the summer', '2020-SU', '2020-06-01/2020-08-31'],
    ['Harvests fell in early summer.', 'early summer', '2020-SU', '2020-06-01/2020-06-30'],
    // after "through", "in", "during" a noun may follow: still the season
    ['Crews kept the ferries running through the autumn storms.', 'the autumn', '2020-FA'],
    // "of" with a year, or no "of": still the season
    ['The pier closed after the fall of 2019.', 'the fall of 2019', '2019-FA'],
    ['The survey will resume after the winter.', 'the winter', '2020-WI'],
  ])('%s → %s', (...c) => expectDate(c));

  it.each<[string, string]>([
    // a season before a noun names a thing; a verb is no season
    ['The delegates were taken to the summer palace.', 'the summer'],
    ['Share prices began to fall.', 'fall'],
    ['The committee moved to the autumn session agenda.', 'the autumn'],
    // "the fall of X" is a collapse, a plural after the season a thing of it
    ['Bread queues grew longer after the fall of the junta.', 'the fall'],
    ['The garrison slipped out before the fall of the port.', 'the fall'],
    ['The hearings dragged on into the fall of the cabinet.', 'the fall'],
    ['The refugees were sent into the winter shelters.', 'the winter'],
    ['Residents were moved into the summer huts.', 'the summer'],
  ])('no date in: %s', (sentence, text) => expectNoDate(sentence, text));
});

describe('an occasion someone is invited to lies ahead', () => {
  it.each<Case>([
    ['She also invited the Chancellor to the Baltic energy summit in June.', 'June', '2021-06'],
    ['The premier accepted an invitation to the trade forum in March.', 'March', '2021-03'],
    // negatives: an occasion attended is past; an invitation sent in a month is that month
    ['They attended the Baltic energy summit in June.', 'June', '2020-06'],
    ['The invitation was sent in June.', 'June', '2020-06'],
  ])('%s → %s', (...c) => expectDate(c));
});

describe('a results report given weeks after a quarter closed: "this quarter" is the quarter reported', () => {
  // Thursday 22 October 2020: the third quarter closed 22 days before.
  it.each<Case>([
    ['Third-quarter revenue rose 6%. Freight costs were a headwind this quarter.', 'this quarter', '2020-Q3'],
    ['Third-quarter sales fell 2%. This quarter’s margin includes a one-off charge.', 'This quarter', '2020-Q3'],
    // negatives: a verb that looks ahead, and no results in the text, keep the quarter under way
    ['Third-quarter revenue rose 6%. We expect this quarter to be slower.', 'this quarter', '2020-Q4'],
    ['Roadworks on the ring road are under way this quarter.', 'this quarter', '2020-Q4'],
  ])('%s → %s', (...c) => expectDate(c));

  it('is the quarter under way once the weeks of reporting are over', () => {
    const c: Case = [
      'Third-quarter revenue rose 6%. Freight costs were a headwind this quarter.',
      'this quarter',
      '2020-Q4',
    ];
    expectDate(c, '2020-12-15');
  });
});

describe('a results report: the full year of an outlook is the year the report is given in', () => {
  // Thursday 28 January 2021: the fourth quarter of 2020 is the one reported.
  const REPORT = '2021-01-28';
  it.each<Case>([
    ['Fourth-quarter sales rose 3%. For the full year, we expect revenue of $2 billion.', 'the full year', '2021'],
    ['Fourth-quarter sales rose 3%. We anticipate margins of 12% for the year.', 'the year', '2021'],
    // negatives: the year reported, told in the past or present tense
    ['Fourth-quarter sales rose 3%. For the full year, revenue was $1.8 billion.', 'the full year', '2020'],
    ['Fourth-quarter sales rose 3%. Margins for the year stand at 11%.', 'the year', '2020'],
  ])('%s → %s', (...c) => expectDate(c, REPORT));
});

describe('a stretch that runs into a month, and modals that make no past', () => {
  it.each<Case>([
    ['The dry spell could last into January.', 'January', '2021-01'],
    ['The strike could end in February.', 'February', '2021-02'],
    // negatives: a past verb keeps the month behind; "could have" is past
    ['The dry spell lasted into September.', 'September', '2020-09'],
    ['The strike could have ended in March.', 'March', '2020-03'],
  ])('%s → %s', (...c) => expectDate(c));
});

describe('a month after an owner, qualifying a noun', () => {
  it.each<Case>([
    ['The auditors had warned in their September report that costs were rising.', 'September', '2020-09'],
    ['The board will publish its December figures soon.', 'December', '2020-12'],
  ])('%s → %s', (...c) => expectDate(c));

  it.each<[string, string]>([
    // a name after an owner is a person's, and a month not before a noun is no date
    ['The family thanked their April for the help.', 'April'],
    ['She met her June Carter at the station.', 'June'],
  ])('no date in: %s', (sentence, text) => expectNoDate(sentence, text));
});

describe('two years joined by "to" after "for", "over", "the" are one range', () => {
  it.each<Case>([
    ['The committee approved the rail plan for 2026 to 2031.', '2026 to 2031', '2026-01-01/2031-12-31'],
    ['Output will be capped over 2021 through 2023.', '2021 through 2023', '2021-01-01/2023-12-31'],
    // negatives: a move from one year to another stays two years
    ['The contract, signed in 2019, was extended in 2023 to 2026.', '2023', '2023'],
    ['The contract, signed in 2019, was extended in 2023 to 2026.', '2026', '2026'],
  ])('%s → %s', (...c) => expectDate(c));
});

describe('a day someone is given until lies ahead', () => {
  it.each<Case>([
    ['The agency has given the families until Tuesday to reply.', 'Tuesday', '2020-10-27'],
    ['The court gave the firm until 9 a.m. Monday to settle.', '9 a.m. Monday', '2020-10-26T09:00'],
    // negatives: a stay that lasted until a day is behind; a gift on a day is that day
    ['The families stayed in the hall until Tuesday.', 'Tuesday', '2020-10-20'],
    ['The council gave the volunteers a dinner on Tuesday.', 'Tuesday', '2020-10-20'],
  ])('%s → %s', (...c) => expectDate(c));
});
