// The dates stage, one table per class of expression, against a fixed reference date:
// Thursday 22 October 2020. Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';

const REF = '2020-10-22';
type Case = [sentence: string, text: string, type: string, value: string | null, interval?: string | null];

const datesOf = (sentence: string, referenceDate: string | null = REF) => analyze(sentence, { referenceDate }).dates;

function expectDate([sentence, text, type, value, interval]: Case): void {
  const found = datesOf(sentence).find((d) => d.text === text);
  expect(found, `"${text}" in: ${sentence}`).toBeDefined();
  expect({ type: found!.type, value: found!.value }).toEqual({ type, value });
  if (interval !== undefined) expect(found!.interval).toBe(interval);
}

describe('absolute dates', () => {
  it.each<Case>([
    ['The talks were held on Oct. 20, 2020 in Geneva.', 'Oct. 20, 2020', 'date', '2020-10-20'],
    ['The forum opened on October 20.', 'October 20', 'date', '2020-10-20'],
    ['The forum opened on 20 October.', '20 October', 'date', '2020-10-20'],
    ['The file is dated 2020-10-20 in the archive.', '2020-10-20', 'date', '2020-10-20'],
    ['Posted 30/04/2019 by the office.', '30/04/2019', 'date', '2019-04-30'],
    ['Posted 2024/06/03 by the office.', '2024/06/03', 'date', '2024-06-03'],
    ['The treaty took effect in August 2021.', 'August 2021', 'date', '2021-08'],
    ['The plant closed on Friday, Oct. 16, 2020, after a fire.', 'Friday, Oct. 16, 2020', 'date', '2020-10-16'],
    ['Prices fell in September.', 'September', 'date', '2020-09'],
    ['The board met on the 12th of June 2019.', 'the 12th of June 2019', 'date', '2019-06-12'],
  ])('%s → %s', (...c) => expectDate(c));
});

describe('years, decades, quarters, halves, seasons, fiscal years', () => {
  it.each<Case>([
    ['The law was passed in 2018.', '2018', 'date', '2018', '2018-01-01/2018-12-31'],
    ['They planned the 2021 seminar together.', '2021', 'date', '2021'],
    ['Growth was strong in the 1990s.', 'the 1990s', 'date', '199'],
    ['Sales rose in the fourth quarter.', 'the fourth quarter', 'date', '2020-Q4'],
    ['Output dipped in the first half of 2021.', 'the first half of 2021', 'date', '2021-H1', '2021-01-01/2021-06-30'],
    ['The dam was built in the spring of 2018.', 'the spring of 2018', 'date', '2018-SP', '2018-03-01/2018-05-31'],
    ['The budget for fiscal year 2005 was cut.', 'fiscal year 2005', 'date', '2005'],
    ['The plan covers 2019-2024 in full.', '2019-2024', 'date', '2019-01-01/2024-12-31', '2019-01-01/2024-12-31'],
    ['Prices doubled in the mid-1990s.', 'the mid-1990s', 'date', '199'],
  ])('%s → %s', (...c) => expectDate(c));
});

describe('fuzzy parts of periods', () => {
  it.each<Case>([
    ['A seminar will take place in mid-November.', 'mid-November', 'date', '2020-11', '2020-11-11/2020-11-20'],
    ['The report is due in early December.', 'early December', 'date', '2020-12', '2020-12-01/2020-12-10'],
    ['The rains came in late September.', 'late September', 'date', '2020-09', '2020-09-21/2020-09-30'],
    ['The deal should close by the end of the year.', 'the end of the year', 'date', '2020'],
    ['The deal should close by the year end.', 'the year end', 'date', '2020'],
  ])('%s → %s', (...c) => expectDate(c));

  it('marks the part in mod and ends the interval on the last day', () => {
    const end = datesOf('The deal should close by the end of the year.').find((d) => d.text === 'the end of the year')!;
    expect(end.mod).toBe('END');
    expect(end.interval?.endsWith('2020-12-31')).toBe(true);
  });
});

describe('relative dates', () => {
  it.each<Case>([
    ['Exports grew last week.', 'last week', 'date', '2020-W42'],
    ['Exports are growing this month.', 'this month', 'date', '2020-10'],
    ['A report is due later this month.', 'later this month', 'date', '2020-10'],
    ['The election is next year.', 'next year', 'date', '2021'],
    ['The bridge opened two decades ago.', 'two decades ago', 'date', '2000'],
    ['The minister spoke yesterday.', 'yesterday', 'date', '2020-10-21'],
    ['The minister will speak tomorrow.', 'tomorrow', 'date', '2020-10-23'],
    ['The shop closed last Friday.', 'last Friday', 'date', '2020-10-16'],
    ['The shop reopens next Friday.', 'next Friday', 'date', '2020-10-30'],
    ['Farmers rested over the weekend.', 'the weekend', 'date', '2020-W42-WE'],
  ])('%s → %s', (...c) => expectDate(c));
});

describe('named days', () => {
  it.each<Case>([
    ['The market closes on Christmas Day.', 'Christmas Day', 'date', '2020-12-25'],
    ['Stores reopened after Thanksgiving.', 'Thanksgiving', 'date', '2019-11-28'],
    ['Families gathered last Thanksgiving.', 'last Thanksgiving', 'date', '2019-11-28'],
    ['The parade is planned for New Year’s Day 2021.', 'New Year’s Day 2021', 'date', '2021-01-01'],
    ['Churches were full on Easter Sunday.', 'Easter Sunday', 'date', '2020-04-12'],
  ])('%s → %s', (...c) => expectDate(c));

  it.each([['Tourists visit Easter Island.'], ['The New Year plan failed.'], ['The Labor Party won.']])(
    '%s has no date',
    (sentence) => {
      expect(datesOf(sentence)).toEqual([]);
    },
  );
});

describe('weekdays anchored by tense', () => {
  it.each<Case>([
    ['The two sides held talks on Wednesday.', 'Wednesday', 'date', '2020-10-21'],
    ['The two sides held talks on Monday.', 'Monday', 'date', '2020-10-19'],
    ['The minister will meet them on Friday.', 'Friday', 'date', '2020-10-23'],
    ['The spokesman said on Thursday that the army was ready.', 'Thursday', 'date', '2020-10-22'],
    ['The visit is scheduled for Monday.', 'Monday', 'date', '2020-10-26'],
  ])('%s → %s', (...c) => expectDate(c));
});

describe('ranges', () => {
  it.each<Case>([
    ['Talks ran June 29-30 in Vienna.', 'June 29-30', 'date', '2020-06-29/2020-06-30'],
    ['The fair runs 23-26 May 2019 in Sibiu.', '23-26 May 2019', 'date', '2019-05-23/2019-05-26'],
    ['The exhibit runs June 30 through Aug. 4 downtown.', 'June 30 through Aug. 4', 'date', '2020-06-30/2020-08-04'],
    ['The programme ran from 2019 to 2024 in all.', '2019 to 2024', 'date', '2019-01-01/2024-12-31'],
    ['Meetings took place on June 29 and 30.', 'June 29 and 30', 'date', '2020-06-29/2020-06-30'],
    ['The summit runs 4 to 8 June in Oslo.', '4 to 8 June', 'date', '2020-06-04/2020-06-08'],
  ])('%s → %s', (...c) => expectDate(c));
});

describe('durations, anchored spans and sets', () => {
  it.each<Case>([
    ['Prices rose over the past two years.', 'the past two years', 'date', 'P2Y', '2018-10-22/2020-10-22'],
    ['Talks lasted five months.', 'five months', 'duration', 'P5M'],
    ['The fund will grow over the next five years.', 'the next five years', 'date', 'P5Y', '2020-10-22/2025-10-22'],
    ['Aid will arrive in the coming days.', 'the coming days', 'date', 'PXD', null],
    ['Briefings are held every Monday.', 'every Monday', 'set', 'XXXX-WXX-1'],
    ['Figures are published daily.', 'daily', 'set', 'P1D'],
    ['A 30-day truce began.', '30-day', 'duration', 'P30D'],
  ])('%s → %s', (...c) => expectDate(c));
});

describe('times of day and vague references', () => {
  it.each<Case>([
    ['The vote closed at 10:35 a.m. EST on the day.', '10:35 a.m. EST', 'time', '2020-10-22T10:35'],
    ['The vote closed at 10 p.m. Wednesday.', '10 p.m. Wednesday', 'time', '2020-10-21T22:00'],
    ['The panel meets on Monday 26 October at 14:00 CET.', '14:00 CET', 'time', '2020-10-26T14:00'],
    ['Shelling resumed this morning.', 'this morning', 'date', '2020-10-22TMO', '2020-10-22/2020-10-22'],
    ['Shelling resumed yesterday evening.', 'yesterday evening', 'date', '2020-10-21TEV', '2020-10-21/2020-10-21'],
    ['The road is now open.', 'now', 'date', 'PRESENT_REF'],
    ['The road is currently closed.', 'currently', 'date', 'PRESENT_REF'],
    ['The road was recently repaired.', 'recently', 'date', 'PAST_REF'],
    ['Traffic has grown in recent years.', 'recent years', 'date', 'PAST_REF'],
    ['Costs should fall in the near term.', 'the near term', 'date', 'FUTURE_REF'],
    ['Results will follow in a short while.', 'a short while', 'date', 'FUTURE_REF'],
    ['The blast struck a few hours ago.', 'a few hours ago', 'date', '2020-10-22'],
  ])('%s → %s', (...c) => expectDate(c));
});

describe('today: the day, or nowadays', () => {
  it.each<Case>([
    ['The ministry today announced new rules.', 'today', 'date', '2020-10-22'],
    ['Today we announce a new fund for farmers.', 'Today', 'date', '2020-10-22'],
    ['Reporters filled the hall for today’s briefing.', 'today', 'date', '2020-10-22'],
    ['The council is today publishing its annual review.', 'today', 'date', '2020-10-22'],
    ['Even today the region remains poor.', 'today', 'date', 'PRESENT_REF'],
    ['Today, the two economies are closely linked.', 'Today', 'date', 'PRESENT_REF'],
    ['The problems of today need new answers.', 'today', 'date', 'PRESENT_REF'],
  ])('%s → %s', (...c) => expectDate(c));
});

describe('extents follow TimeML', () => {
  it.each([
    ['The deal should close by the year end.', 'the year end'],
    ['Nothing changed since 2015.', '2015'],
    ['The hearing was postponed until Oct. 30.', 'Oct. 30'],
  ])('%s → exactly "%s"', (sentence, text) => {
    expect(datesOf(sentence).map((d) => d.text)).toEqual([text]);
  });
});

describe('not dates', () => {
  it.each([
    ['The army sent 1,984 troops to the border.', '1,984'],
    ['An MQ-9 drone flew over the base.', '9'],
    ['The ticket cost $2020 at the door.', '2020'],
    ['Pundits feared an October Surprise this cycle.', 'October'],
    ['Students remember the May Fourth Movement.', 'May'],
    ['You may leave the room now.', 'may'],
    ['They march through the city at dawn.', 'march'],
    ['Resolution 1973 was adopted by the council.', '1973'],
    ['The 6-year-old boy was found.', '6-year-old'],
    ['About 2000 people joined the rally.', '2000'],
  ])('%s has no date "%s"', (sentence, text) => {
    expect(datesOf(sentence).some((d) => d.text.includes(text))).toBe(false);
  });
});

describe('without a reference date', () => {
  it('keeps absolute values and leaves relative ones null', () => {
    const dates = analyze('On Oct. 20, 2020 the talks ended; they resume next week.', { referenceDate: null }).dates;
    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['Oct. 20, 2020', '2020-10-20'],
      ['next week', null],
    ]);
  });
});

describe('today: the day or nowadays; a quarter without a year', () => {
  it.each<Case>([
    ['Earlier today the mayor visited the port.', 'today', 'date', '2020-10-22'],
    ['The board will meet later today.', 'today', 'date', '2020-10-22'],
    ['This is the record of today’s noon briefing.', 'today', 'date', '2020-10-22'],
    // Nowadays: the people and the world of these days, and what we know.
    ['The tool serves today’s buyers and renters.', 'today', 'date', 'PRESENT_REF'],
    ['The plan rests on what we know today.', 'today', 'date', 'PRESENT_REF'],
    // A quarter not yet begun is last year's unless the verb looks ahead; "of the prior year" is the one before.
    ['Sales will rise in the fourth quarter.', 'the fourth quarter', 'date', '2020-Q4'],
    [
      'Sales rose against the third quarter of the prior year.',
      'the third quarter of the prior year',
      'date',
      '2019-Q3',
    ],
    ['Sales rose in the third quarter 2018.', 'the third quarter 2018', 'date', '2018-Q3'],
  ])('%s → %s', (...c) => expectDate(c));
});

describe('a quarter not yet begun, said in February', () => {
  it.each([
    ['Harbor Corp Reports Fourth Quarter Results', 'Fourth Quarter', '2020-Q4'],
    ['Harbor Corp will open a store in the fourth quarter.', 'the fourth quarter', '2021-Q4'],
  ])('%s', (sentence, text, value) => {
    expect(datesOf(sentence, '2021-02-16').find((d) => d.text === text)?.value).toBe(value);
  });
});

describe('a day with a relative year, spans counted back, centuries', () => {
  it.each<Case>([
    ['The pact was signed on Sept. 19 last year.', 'Sept. 19 last year', 'date', '2019-09-19'],
    ['The plant reopens on 4 May next year.', '4 May next year', 'date', '2021-05-04'],
    ['The port was closed on March 3 this year.', 'March 3 this year', 'date', '2020-03-03'],
    ['Exports have doubled in the last three years.', 'the last three years', 'date', 'P3Y', '2017-10-22/2020-10-22'],
    ['Sales were flat over the last month.', 'the last month', 'date', 'P1M', '2020-09-22/2020-10-22'],
    ['Aid has been cut over the past few years.', 'the past few years', 'duration', 'PXY', null],
    ['Armies must meet 21st Century threats.', '21st Century', 'date', '20'],
    ['The museum shows 19th-century maps.', '19th-century', 'date', '18'],
  ])('%s → %s', (...c) => expectDate(c));

  it.each([
    ["The pact was signed on Sept. 19, last year's deal having failed.", 'Sept. 19', '2020-09-19'],
    ['The fair opened on May 2 past year-end.', 'May 2', '2020-05-02'],
  ])('%s: "%s" keeps its own year', (sentence, text, value) => {
    expect(datesOf(sentence).find((d) => d.text === text)?.value).toBe(value);
  });

  it.each([
    ['The ferry sails on the 21st day of the voyage.', 'day'],
    ['He came 21st in the race this century.', '21st'],
  ])('%s has no century "%s"', (sentence, text) => {
    expect(datesOf(sentence).some((d) => d.text.includes(text))).toBe(false);
  });
});

describe('this coming / this past weekday: the nearest one on that side', () => {
  // Thursday 22 October 2020.
  it.each<Case>([
    ['The fair opens this coming Saturday.', 'this coming Saturday', 'date', '2020-10-24'],
    ['The fair opens this coming Thursday.', 'this coming Thursday', 'date', '2020-10-29'],
    ['The fair closed this past Monday.', 'this past Monday', 'date', '2020-10-19'],
    ['The board meets the coming Friday.', 'coming Friday', 'date', '2020-10-23'],
    // Not the nearest: "next Saturday" is the one in the following week.
    ['The fair opens next Saturday.', 'next Saturday', 'date', '2020-10-31'],
  ])('%s → %s', (...c) => expectDate(c));
});

describe('house numbers, word centuries, school years', () => {
  it.each<Case>([
    ['The nineteenth century saw the canal built.', 'The nineteenth century', 'date', '18'],
    ['Ideas for the twenty-first century matter.', 'twenty-first century', 'date', '20'],
    [
      'Fees rose for the 2024-25 academic year.',
      '2024-25 academic year',
      'date',
      '2024-08-01/2025-07-31',
      '2024-08-01/2025-07-31',
    ],
    ['Enrolment fell in the 2019–2020 school year.', '2019–2020 school year', 'date', '2019-08-01/2020-07-31'],
    // A year range without "academic" or "school" stays whole years.
    ['Budgets for 2019-20 were cut.', '2019-20', 'date', '2019-01-01/2020-12-31'],
    // A number before a street is an address, a year before a name is still a year.
    ['The 2015 Harbor Program began in spring.', '2015', 'date', '2015'],
  ])('%s → %s', (...c) => expectDate(c));

  it.each([
    ['The drive is held at 1356 Linden Avenue this week.', '1356'],
    ['Doors open at 2100 North Quay Blvd. on Friday.', '2100'],
  ])('%s has no date "%s"', (sentence, text) => {
    expect(datesOf(sentence).some((d) => d.text.includes(text))).toBe(false);
  });
});

describe('a stretch ending on a day or opening a period', () => {
  it.each<Case>([
    ['Revenue grew in the 12 months ending June 30, 2011.', 'the 12 months', 'date', 'P12M', '2010-07-01/2011-06-30'],
    [
      'Earnings slipped over the six months ended Sept. 14, 2019.',
      'the six months',
      'date',
      'P6M',
      '2019-03-15/2019-09-14',
    ],
    ['Sales rose in the first four weeks of 2021.', 'the first four weeks', 'date', 'P4W', '2021-01-01/2021-01-28'],
    ['Sales rose in the first two months of 2021.', 'the first two months', 'date', 'P2M', '2021-01-01/2021-02-28'],
    // The end day stays a mention of its own, as TimeML tags it.
    ['Revenue grew in the 12 months ending June 30, 2011.', 'June 30, 2011', 'date', '2011-06-30'],
    // Not anchored: the stretch after a day, or with no day at all, is a duration.
    ['Revenue grew in the 12 months after June 30, 2011.', 'the 12 months', 'duration', 'P12M', null],
    ['The works lasted the first four weeks.', 'the first four weeks', 'duration', 'P4W', null],
  ])('%s → %s', (...c) => expectDate(c));
});

describe('a results report: the full year, a quarter sharing its year', () => {
  const FEB = '2023-02-14';
  it.each([
    ['Harbor Corp Reports Fourth Quarter and Full Year 2022 Results', 'Full Year 2022', '2022'],
    [
      'Harbor Corp will detail results for the fourth quarter and full year 2022 today.',
      'the fourth quarter',
      '2022-Q4',
    ],
    ['The fourth quarter and full year 2021 included 52 weeks.', 'The fourth quarter', '2021-Q4'],
    ['Sales in the fourth quarter rose, and sales for the full year rose too.', 'the full year', '2022'],
    // Without quarters in view "full year" is no date; a quarter alone still looks ahead with "will".
    ['Harbor Corp will open a store in the fourth quarter.', 'the fourth quarter', '2023-Q4'],
  ])('%s: "%s" is %s', (sentence, text, value) => {
    expect(datesOf(sentence, FEB).find((d) => d.text === text)?.value).toBe(value);
  });

  // Outside a results report "for the full year" is the year the sentence gives, else the text's year.
  it.each<Case>([
    ['Exports should rise for the full year.', 'the full year', 'date', '2020'],
    ['In 2016 the mill ran for the full year without a stop.', 'the full year', 'date', '2016'],
    // negative: a year of another sentence is not this one's
    ['The mill opened in 2016. Exports should rise for the full year.', 'the full year', 'date', '2020'],
    // negative: a stretch of a year after an event, or without "for the", is a duration
    ['The curfew stayed in force for the full year after the vote.', 'the full year', 'duration', 'P1Y'],
    ['She spent a full year on the survey.', 'a full year', 'duration', 'P1Y'],
  ])('%s → %s', (...c) => expectDate(c));
});

describe('today at an occasion is the day', () => {
  it.each<Case>([
    ["Today, at the ministry's briefing, the spokesman spoke of talks.", 'Today', 'date', '2020-10-22'],
    ['Today during the visit the envoys toured the port.', 'Today', 'date', '2020-10-22'],
    // Still nowadays: a clause about how things stand.
    ['Today, the two economies are closely linked.', 'Today', 'date', 'PRESENT_REF'],
  ])('%s → %s', (...c) => expectDate(c));
});

describe('clock times after a day are on that day', () => {
  it.each<Case>([
    ['The fair is on Sunday, May 14, 2023, from 9 a.m. to 3 p.m. downtown.', '9 a.m.', 'time', '2023-05-14T09:00'],
    ['The fair is on Sunday, May 14, 2023, from 9 a.m. to 3 p.m. downtown.', '3 p.m.', 'time', '2023-05-14T15:00'],
    ['The panel meets on Monday 26 October at 14:00 CET.', '14:00 CET', 'time', '2020-10-26T14:00'],
    // A clock in another clause keeps the reference day.
    ['The office opens Monday, and at 9 a.m. staff arrive.', '9 a.m.', 'time', '2020-10-22T09:00'],
  ])('%s → %s', (...c) => expectDate(c));
});

describe('a day of a relative month, the immediate term, prior year', () => {
  it.each<Case>([
    ['The ministers meet on the 19th of this month.', 'the 19th of this month', 'date', '2020-10-19'],
    ['The ministers met on the 3rd of last month.', 'the 3rd of last month', 'date', '2020-09-03'],
    ['Prices should hold in the immediate term.', 'the immediate term', 'date', 'FUTURE_REF'],
    ['Growth will pick up over the medium term.', 'the medium term', 'date', 'FUTURE_REF'],
    ['Margins were in line with prior year.', 'prior year', 'date', '2019'],
  ])('%s → %s', (...c) => expectDate(c));

  it('reads prior year in a results report as the year before the one reported', () => {
    const dates = datesOf('Fourth quarter sales rose 4%. Margins were in line with prior year.', '2021-02-16');
    expect(dates.find((d) => d.text === 'prior year')?.value).toBe('2019');
  });

  it.each([
    ['The team had a prior-year deficit to cover.', 'prior'],
    ['Her 19th birthday is this month.', '19th'],
  ])('%s has no date "%s"', (sentence, text) => {
    expect(datesOf(sentence).some((d) => d.text.includes(text))).toBe(false);
  });
});

describe('a month without a year: an infinitive, a deadline, an effective day', () => {
  it.each<Case>([
    // The infinitive's own time, not the past verb above it: the nearest February.
    ['The group agreed to buy the mill in February.', 'February', 'date', '2021-02'],
    ['The group agreed to sell the mill in January.', 'January', 'date', '2021-01'],
    ['The group plans to buy the mill in February.', 'February', 'date', '2021-02'],
    // A deadline lies ahead; a change effective on a day is the nearest such day.
    ['Bids must arrive by January 31.', 'January 31', 'date', '2021-01-31'],
    ['The board set new fees, effective Feb. 1.', 'Feb. 1', 'date', '2021-02-01'],
    ['The board set new fees, effective June 1.', 'June 1', 'date', '2020-06-01'],
    // Negatives: a past verb with no infinitive or deadline keeps the date behind.
    ['The group bought the mill in February.', 'February', 'date', '2020-02'],
    ['The mill was sold in January.', 'January', 'date', '2020-01'],
    ['Bids arrived on January 31.', 'January 31', 'date', '2020-01-31'],
    ['The board set new fees on Feb. 1.', 'Feb. 1', 'date', '2020-02-01'],
  ])('%s → %s', (...c) => expectDate(c));
});

describe('"the following" counts from the date the text gave last', () => {
  it.each<Case>([
    [
      'Spending will rise over the next three years and slow for the following two years.',
      'the following two years',
      'date',
      'P2Y',
      '2023-10-22/2025-10-22',
    ],
    [
      'Output fell in 2005 and grew in the following two years.',
      'the following two years',
      'date',
      'P2Y',
      '2006-01-01/2007-12-31',
    ],
    ['She was promoted on May 22, 1995, and the following year she moved.', 'the following year', 'date', '1996'],
    ['Talks began in March 2019. The following month, the mill was sold.', 'The following month', 'date', '2019-04'],
    // Negatives: with no date before it, the stretch runs from the reference day; "the next" is not moved.
    ['The mill will be sold the following year.', 'the following year', 'date', 'P1Y', '2020-10-22/2021-10-22'],
    [
      'Output fell in 2005 and will grow in the next two years.',
      'the next two years',
      'date',
      'P2Y',
      '2020-10-22/2022-10-22',
    ],
  ])('%s → %s', (...c) => expectDate(c));
});

describe('"the year" after a preposition is the year the text is in', () => {
  it.each<Case>([
    ['Pet food volume was flat for the year.', 'the year', 'date', '2020'],
    ['Margins should widen throughout the fiscal year.', 'the fiscal year', 'date', '2020'],
    ['Delays came earlier in the year.', 'the year', 'date', '2020'],
    ['Output rose in the first nine months of the year.', 'the year', 'date', '2020'],
    ['Freight revenue for the year ended Aug. 31 doubled.', 'the year', 'date', 'P1Y', '2019-09-01/2020-08-31'],
  ])('%s → %s', (...c) => expectDate(c));

  it.each([
    ['Sales fell from a peak the year before.', 'the year'],
    ['The trains run every single day of the year.', 'the year'],
    ['She was named Person of the Year.', 'Year'],
    ['Goals for the year ahead are set.', 'the year'],
    ['The year was hard for the harbor.', 'year'],
    ['He recalled the spirit of the year of the flood.', 'the year'],
  ])('%s has no date "%s"', (sentence, text) => {
    expect(datesOf(sentence).some((d) => d.text.includes(text))).toBe(false);
  });

  it('takes the reported quarter’s year in a results report', () => {
    const dates = datesOf('Fourth quarter sales rose 4%. For the year, margins widened.', '2021-02-16');
    expect(dates.find((d) => d.text === 'the year')?.value).toBe('2020');
  });
});

describe('durations: halves, a couple, a count before a singular unit', () => {
  it.each<Case>([
    ['The pilot scheme ran for 3 1/2 years.', '3 1/2 years', 'duration', 'P3Y6M'],
    ['Negotiators sat for two and a half hours.', 'two and a half hours', 'duration', 'PT2H30M'],
    ['The review took a year and a half.', 'a year and a half', 'duration', 'P1Y6M'],
    ['The strike lasted a day and a half.', 'a day and a half', 'duration', 'P1DT12H'],
    ['The vote was delayed by half an hour.', 'half an hour', 'duration', 'PT30M'],
    ['The envoy spoke for a minute and a half.', 'a minute and a half', 'duration', 'PT1M30S'],
    ['Repairs took a couple of weeks.', 'a couple of weeks', 'duration', 'P2W'],
    ['Lawmakers backed a ten year plan for the railways.', 'ten year', 'duration', 'P10Y'],
    ['The two day summit closed with a communique.', 'two day', 'duration', 'P2D'],
    ['Passengers faced a four hour delay at the border.', 'four hour', 'duration', 'PT4H'],
  ])('%s → %s', (...c) => expectDate(c));
  it.each([
    ['The 1988 second round was close.', '1988 second'],
    ['She won two day passes to the fair and one week of leave.', 'one week of'],
    ['A 6 1/2-year-old girl was found.', '1/2'],
    ['Half the year had passed.', 'Half'],
  ])('%s has no date "%s"', (sentence, text) => {
    expect(datesOf(sentence).some((d) => d.text.includes(text))).toBe(false);
  });
});

describe('a weekday ahead of an arrangement; the week of a day', () => {
  it.each<Case>([
    ['The envoy is to travel to the capital on Monday.', 'Monday', 'date', '2020-10-26'],
    ['Ministers are to meet again on Tuesday.', 'Tuesday', 'date', '2020-10-27'],
    ['Flights could resume as soon as Saturday.', 'Saturday', 'date', '2020-10-24'],
    ['A hearing is expected in the week of November 9.', 'the week of November 9', 'date', '2020-W46'],
    // negatives: a past verb keeps the last such day; "a week of" talks is no week of a day
    ['The envoy travelled to the capital on Monday.', 'Monday', 'date', '2020-10-19'],
    ['The mayor was to blame for the fire on Monday.', 'Monday', 'date', '2020-10-19'],
    ['They held a week of talks on November 9.', 'November 9', 'date', '2020-11-09'],
  ])('%s → %s', (...c) => expectDate(c));
});

describe('numeric dates read in the order the text writes its dates', () => {
  it.each<Case>([
    ['The fair opened on 13/05/2026 and closed on 05/06/2026.', '05/06/2026', 'date', '2026-06-05'],
    ['OSLO, 19 May 2026 - The board meets on 05/06/2026.', '05/06/2026', 'date', '2026-06-05'],
    ['Minutes dated 12.05.2026. The next sitting is on 03/04/2026.', '03/04/2026', 'date', '2026-04-03'],
    // negatives: US order where nothing says otherwise, or where the text writes month first
    ['The board meets on 05/06/2026.', '05/06/2026', 'date', '2026-05-06'],
    ['DENVER, May 19, 2026 - The board meets on 05/06/2026.', '05/06/2026', 'date', '2026-05-06'],
    ['Filed 05/13/2026; heard on 05/06/2026.', '05/06/2026', 'date', '2026-05-06'],
    // numbers that disagree: the words decide, here month first
    ['Filed 13/05/2026 and 05/14/2026 after May 2, 2026; heard 05/06/2026.', '05/06/2026', 'date', '2026-05-06'],
  ])('%s → %s', (...c) => expectDate(c));
});

describe('the month of an occasion prepared for lies ahead; of one talked of, the nearest', () => {
  it.each<Case>([
    ['The two premiers discussed the Baltic summit in March.', 'March', 'date', '2021-03'],
    ['Officials reviewed preparations for the donor conference in August.', 'August', 'date', '2021-08'],
    // talked of: the talk's past tense does not place the occasion; the nearest May 9 is behind
    ['The envoys talked about the regional elections on May 9.', 'May 9', 'date', '2020-05-09'],
    // negatives: the occasion itself happened, or what was discussed is no occasion
    ['The two premiers met at the Baltic summit in March.', 'March', 'date', '2020-03'],
    ['They discussed the flooding in August.', 'August', 'date', '2020-08'],
  ])('%s → %s', (...c) => expectDate(c));
});

describe('a clock time without its own day takes the day its sentence named', () => {
  it.each<Case>([
    ['On Friday, 23 October, the mayor will open the fair at 11:00.', '11:00', 'time', '2020-10-23T11:00'],
    ['On Monday the panel met again and voted at 3 p.m. on the plan.', '3 p.m.', 'time', '2020-10-19T15:00'],
    // negatives: another sentence, another clause
    ['On Monday the panel met. At 3 p.m. the mayor spoke.', '3 p.m.', 'time', '2020-10-22T15:00'],
    ['The fair closed on Monday, but at 3 p.m. the stalls reopened.', '3 p.m.', 'time', '2020-10-22T15:00'],
  ])('%s → %s', (...c) => expectDate(c));
});

describe('a day something is put off until lies ahead', () => {
  it.each<Case>([
    ['Officials postponed until Tuesday any decision on the permit.', 'Tuesday', 'date', '2020-10-27'],
    ['The court adjourned the hearing to March 3.', 'March 3', 'date', '2021-03-03'],
    ['The vote was delayed until January.', 'January', 'date', '2021-01'],
    ['The council extended the deadline until Friday.', 'Friday', 'date', '2020-10-23'],
    // a clock time between: the words before it govern the weekday
    ['The board extended the filing window until 9 a.m. Tuesday.', '9 a.m. Tuesday', 'time', '2020-10-27T09:00'],
    // negatives: staying as things were until a day looks back
    ['The office stayed closed until Tuesday.', 'Tuesday', 'date', '2020-10-20'],
    ['The ferry stayed in port until 9 a.m. Tuesday.', '9 a.m. Tuesday', 'time', '2020-10-20T09:00'],
    ['The museum was closed to visitors until March 3.', 'March 3', 'date', '2020-03-03'],
  ])('%s → %s', (...c) => expectDate(c));
});

describe('"or so" is part of the expression (TimeML extent), a hedge', () => {
  it.each<Case>([
    ['The depot will stay open over the next year or so.', 'the next year or so', 'date', 'P1Y'],
    ['Repairs may take two weeks or so.', 'two weeks or so', 'duration', 'P2W'],
    ['A month or so ago, the ferry stopped running.', 'A month or so ago', 'date', '2020-09'],
  ])('%s → %s', (...c) => expectDate(c));

  it('marks the hedge as APPROX', () => {
    expect(datesOf('Repairs may take two weeks or so.')[0]?.mod).toBe('APPROX');
  });

  it.each([
    // negatives: "or" without "so" opens another choice; "or so" after a comma opens a clause
    ['Repairs may take two weeks or more.', 'two weeks'],
    ['Repairs take two weeks, or so the crew says.', 'two weeks'],
  ])('%s has the date "%s" alone, no hedge', (sentence, text) => {
    const [date] = datesOf(sentence);
    expect([date?.text, date?.mod]).toEqual([text, null]);
  });
});

describe('"year-earlier" and "year-ago" before a noun name the year before', () => {
  it.each<Case>([
    ['Rents rose, compared with year-earlier rents of $900.', 'year-earlier', 'date', '2019'],
    ['The lender swung to profit from a year-ago loss.', 'year-ago', 'date', '2019'],
  ])('%s → %s', (...c) => expectDate(c));

  it('takes the reported quarter a year back in a results report', () => {
    const dates = datesOf('Third-quarter net rose. Year-earlier results included a gain.');
    expect(dates.find((d) => d.text === 'Year-earlier')?.value).toBe('2019-Q3');
  });

  it('reads no date where an amount follows the adjective', () => {
    expect(datesOf('Rents rose above the year-earlier $900.')).toEqual([]);
  });

  it.each<Case>([
    // negatives: the phrase "a year earlier" stays whole, not a duration "a year"
    ['The lender lost money a year earlier.', 'a year earlier', 'date', '2019'],
  ])('%s → %s', (...c) => expectDate(c));
});

describe('"that year", "later that year", "earlier that day" take the period of the date before', () => {
  it.each<Case>([
    ['The pier opened in May 2011 and closed later that year.', 'later that year', 'date', '2011'],
    ['Ferries ran until June 2012. That year, fares doubled.', 'That year', 'date', '2012'],
    ['The bridge opened on March 4. Earlier that day, the mayor spoke.', 'Earlier that day', 'date', '2020-03-04'],
    ['The vote was on Friday, Oct. 9, 2020. That same day, the port shut.', 'That same day', 'date', '2020-10-09'],
    ['Sales slumped in the third quarter of 2019. That quarter, the plant shut.', 'That quarter', 'date', '2019-Q3'],
  ])('%s → %s', (...c) => expectDate(c));

  it.each([
    // negatives: a bare "that day" is no particular day; nothing before to anchor on; a day
    // cannot be read from a whole year
    ['Buyers who sold that day lost money.', 'that day'],
    ['Later that year, the pier closed.', 'that year'],
    ['The pier closed in 2011. Earlier that day, it rained.', 'that day'],
    // negatives: "that" opening a clause after a verb of saying, a compound, a repetition
    ['In June 2016, the board said that year-end fares would fall.', 'that year'],
    ['In June 2016, the board said that year three of the plan would start.', 'that year'],
    ['In June 2016, the guild believes that year after year the river rises.', 'that year'],
    ['Tolls rose in 2016, and that year-on-year climb went on.', 'that year'],
    ['Tolls rose in 2016, and that month on month climb went on.', 'that month'],
  ])('%s has no date "%s"', (sentence, text) => {
    expect(datesOf(sentence).some((d) => d.text.includes(text))).toBe(false);
  });

  it.each<Case>([
    // the determiner still reads after other words and with "later"/"same" after a verb of saying
    ['The pier shut in 2016 and reopened that year.', 'that year', 'date', '2016'],
    ['The pier shut in 2016, the board said later that year.', 'later that year', 'date', '2016'],
  ])('%s → %s', (...c) => expectDate(c));
});

describe('a month or a season with a year in words (transcribed speech)', () => {
  it.each<Case>([
    [
      'Rents last peaked during the winter of nineteen eighty-six.',
      'the winter of nineteen eighty-six',
      'date',
      '1986-WI',
    ],
    ['January nineteen eighty-nine. The mill shut its gates.', 'January nineteen eighty-nine', 'date', '1989-01'],
    ['He left on May 5 nineteen eighty-two.', 'May 5 nineteen eighty-two', 'date', '1982-05-05'],
    // negatives: a count of people is no year; a season without "of" keeps its own reading
    ['In March, two thousand people marched.', 'March', 'date', '2020-03'],
    ['In the winter nineteen ninety-four prices fell.', 'nineteen ninety-four', 'date', '1994'],
  ])('%s → %s', (...c) => expectDate(c));
});

describe('a month a stretch runs until, and modals that make no past', () => {
  const NOV = '2025-11-13';
  it.each<[string, string, string]>([
    ['Comments may be sent to the office until the end of January.', 'the end of January', '2026-01'],
    ['The consultation runs through February.', 'February', '2026-02'],
    ['Residents can apply until early January.', 'early January', '2026-01'],
    ['Forms must be returned by the end of February.', 'the end of February', '2026-02'],
    // negatives: a past verb keeps the stretch behind; a modal with "have" is past
    ['The office was shut until January.', 'January', '2025-01'],
    ['The letters may have been sent in October.', 'October', '2025-10'],
  ])('%s: "%s" is %s', (sentence, text, value) => {
    expect(datesOf(sentence, NOV).find((d) => d.text === text)?.value).toBe(value);
  });
});

describe('TimeML kinds: a side of the day, programme titles, high noon, a clock before an aside', () => {
  const REF_WED = '2024-03-06';
  it.each<[string, string, string | null]>([
    ['The minister said late yesterday that the vote would go ahead.', 'late yesterday', '2024-03-05'],
    ['The envoys will meet later this afternoon in the old palace.', 'later this afternoon', '2024-03-06TAF'],
    ['The ferry left at 6:40 a.m. (0540 GMT) Tuesday with forty cars.', '6:40 a.m.', '2024-03-05T06:40'],
    ['The markets may recover over the next couple of years.', 'the next couple of years', 'P2Y'],
    ['The harbour was fortified for centuries.', 'centuries', 'PXC'],
    ['She said the town will one day host the games.', 'one day', 'FUTURE_REF'],
    ['The permit had been due to lapse Thursday evening.', 'Thursday evening', '2024-02-29TEV'],
    ['Prices fell 3% from the previous Friday.', 'the previous Friday', '2024-03-01'],
    // negatives: "later today" and a weekday keep the day alone; a plan still ahead; a stretch of one day
    ['The minister will speak later today.', 'today', '2024-03-06'],
    ['Earlier Tuesday, the ferries were halted.', 'Tuesday', '2024-03-05'],
    ['The permit is due to lapse Thursday evening.', 'Thursday evening', '2024-03-07TEV'],
    ['The crews worked one day on the pier.', 'one day', 'P1D'],
  ])('%s: "%s" is %s', (sentence, text, value) => {
    expect(datesOf(sentence, REF_WED).find((d) => d.text === text)?.value ?? null).toBe(value);
  });

  it.each([
    // a programme's title in quotes, and "high noon", are no times
    ['The minister said on the “This Week” programme that talks would resume.', 'This Week'],
    ["He told CBS's ''60 Minutes'' that he would stay.", '60 Minutes'],
    ['For the port workers, high noon comes today.', 'noon'],
  ])('%s has no date "%s"', (sentence, text) => {
    expect(datesOf(sentence, REF_WED).some((d) => d.text === text)).toBe(false);
  });

  // negative: a quote opening with one capitalised date word still dates
  it('still reads "“Next week we sail,”" as a week', () => {
    expect(datesOf('“Next week we sail,” the captain said.', REF_WED).map((d) => d.value)).toEqual(['2024-W11']);
  });
});
