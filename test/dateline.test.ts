// The dateline stage: the reference date read from the top of a text. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';

const referenceOf = (text: string) => {
  const out = analyze(text);
  return [out.referenceDate, out.referenceDateSource];
};

describe('reference date from the text', () => {
  it.each([
    ['WASHINGTON, Oct. 22, 2020 — The ministry said on Thursday it would reply.', '2020-10-22'],
    ['GENEVA, 3 June 2024 -- Delegates met on Monday.', '2024-06-03'],
    ['Press release\nDate: 5 March 2021\n\nThe agency said on Friday it would expand.', '2021-03-05'],
    [
      'Ministry holds regular press conference\n2023-03-09 18:40\n\nThe spokesperson opened the briefing.',
      '2023-03-09',
    ],
    ['Company announces results\nNovember 8, 2024\n\nThe company said revenue rose.', '2024-11-08'],
    ['FOR IMMEDIATE RELEASE\nMarch 5, 2021\n\nThe foundation announced a grant today.', '2021-03-05'],
    ['Annual report 2019\nBERLIN, June 3 (Agency) -- The board said it met.', '2019-06-03'],
    [
      'Acme to open a plant\n\nAUSTIN, Texas, Feb. 14, 2024 /PRNewswire/ -- Acme said today it will build.',
      '2024-02-14',
    ],
    ['Weekly Press Briefing – September 14, 2022\n\nMR JONES: Good afternoon.', '2022-09-14'],
    ["Agency Director's Weekly News Conference on April 12, 2022\n\nQ: A question.", '2022-04-12'],
    [
      'Harbor Works Opens a New Dock\n\nLakeside, OR - 4 June 2019 - The port authority said today it had opened.',
      '2019-06-04',
    ],
    [
      'Navy drills end\n\nBy JANE ROE | harbornews.example | Updated: 2021-03-04 09:12\n\nThe drills ended on Monday.',
      '2021-03-04',
    ],
    [
      'Rail strike called off\nBy Sam Poe • Published March 8, 2022, 10:45 AM\n\nUnions said on Monday the strike was off.',
      '2022-03-08',
    ],
    // A transcript's title date is the day spoken, over the day it was posted.
    [
      'Transcript of the Monthly Press Briefing by the Spokesperson (May 4, 2023)\n\nMay 5, 2023\n\nSpokesperson: Good afternoon.',
      '2023-05-04',
    ],
  ])('%s → %s', (text, date) => {
    expect(referenceOf(text)).toEqual([date, 'text']);
  });
});

describe('no reference date', () => {
  it.each([
    ['BERLIN, June 3 (Agency) -- The board said it met on Monday.'],
    ['The minister said the plan, first drafted on May 14, 2024, was working.'],
    ['A long opening paragraph without any dates at all, followed by more words.'],
    ['The council said it had first met on May 14, 2024.\nIt will meet again soon.'],
    [`${'Filler words without dates. '.repeat(60)}\nDate: 5 March 2021`],
    // Two header dates that disagree, neither a transcript's: no guess.
    ['Council Approves Budget (May 4, 2023)\n\nMay 9, 2023\n\nThe council said on Tuesday it had approved the budget.'],
    ['LAKESIDE, OR - 4 June 2019 - The port opened.\nDate: 6 June 2019'],
    // A byline field that is a place and a date in running text is no header.
    ['By Sam Poe | The minister, who took office on March 8, 2022, said on Monday the plan works.'],
  ])('%s', (text) => {
    expect(referenceOf(text)).toEqual([null, null]);
  });

  it('prefers the reference date given as an option', () => {
    const out = analyze('WASHINGTON, Oct. 22, 2020 — Talks ended.', { referenceDate: '2021-01-05' });
    expect([out.referenceDate, out.referenceDateSource]).toEqual(['2021-01-05', 'option']);
  });
});
