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

  it('prefers the reference date given as an option, and then names no place in the text', () => {
    const out = analyze('WASHINGTON, Oct. 22, 2020 — Talks ended.', { referenceDate: '2021-01-05' });
    expect([out.referenceDate, out.referenceDateSource, out.referenceDateOrigin]).toEqual([
      '2021-01-05',
      'option',
      null,
    ]);
  });
});

describe('where the reference date stands', () => {
  it.each([
    ['VALLETTA, 9 Feb. 2024 — The board said it met.', 'dateline', '9 Feb. 2024'],
    ['Tarn Valley, ME - 2 May 2018 - The port said today it had opened.', 'dateline', '2 May 2018'],
    ['Notice to residents\nIssued: 14 August 2023\n\nThe council said it would act.', 'field', '14 August 2023'],
    ['Storm clean-up\nBy Ana Lobo | Updated: 2022-11-03 08:15\n\nCrews worked on Monday.', 'byline', '2022-11-03'],
    ['Lake Board Annual Review\nApril 19, 2021\n\nThe board said revenue rose.', 'date-line', 'April 19, 2021'],
    [
      'FOR IMMEDIATE RELEASE\nTuesday, June 6, 2017\n\nThe trust announced a grant today.',
      'release',
      'Tuesday, June 6, 2017',
    ],
    ['Quarterly Media Briefing – 12 July 2016\n\nHOST: Welcome.', 'title', '12 July 2016'],
    ['Ferry timetable changes\n2020-09-14T07:30:00Z\n\nThe ferries run late.', 'date-line', '2020-09-14'],
    ['For Release: 5 October 2022\n\nThe trust announced a grant today.', 'release', '5 October 2022'],
    ['NEWS RELEASE\nOctober 5, 2022\n\nThe trust announced a grant today.', 'release', 'October 5, 2022'],
  ])('%s → %s', (text, form, dateText) => {
    const out = analyze(text);
    expect(out.referenceDateSource).toBe('text');
    expect([out.referenceDateOrigin?.form, out.referenceDateOrigin?.text]).toEqual([form, dateText]);
  });

  it('gives no place when the text gives no date', () => {
    const out = analyze('The board said it met on Monday.');
    expect([out.referenceDateSource, out.referenceDateOrigin]).toEqual([null, null]);
  });

  it('counts its offsets in code points', () => {
    const text = '🌊 Coast notes\nDate: 3 March 2021\n\nThe crews said they met.';
    const origin = analyze(text).referenceDateOrigin!;
    expect(Array.from(text).slice(origin.start, origin.end).join('')).toBe(origin.text);
  });
});

describe('a closing line at the foot of the text', () => {
  const body = 'The trust said on Friday it had opened the reading room. '.repeat(30);
  it.each<[string, string | null, string | null]>([
    [`Reading room opens\n\n${body}\n\nIssued on 7 August 2025`, '2025-08-07', 'footer'],
    [`Reading room opens\n\n${body}\n\nIssued by the Trust Press Office on 7 August 2025.`, '2025-08-07', 'footer'],
    [
      `Reading room opens\n\n${body}\n\nPublished: 7 August 2025\n\nContact: desk@trust.example`,
      '2025-08-07',
      'footer',
    ],
    // agrees with the header: one day
    [`Reading room opens\nDate: 7 August 2025\n\n${body}\n\nIssued on 7 August 2025`, '2025-08-07', 'field'],
    // negatives: a page's update stamp, a date in the last sentence, a header that disagrees
    [`Reading room opens\n\n${body}\n\nLast updated: 7 August 2025`, null, null],
    [`Reading room opens\n\n${body}\n\nThe room will open on 7 August 2025.`, null, null],
    [`Reading room opens\nDate: 5 August 2025\n\n${body}\n\nIssued on 7 August 2025`, null, null],
    // a last sentence that opens like a footer but goes on after its date is the body's
    [
      `Reading room opens\n\n${body}\n\nReleased on 3 June 2018, the earlier survey judged the pier unsafe.`,
      null,
      null,
    ],
    [
      `Reading room opens\nOctober 12, 2025\n\n${body}\n\nReleased on 3 June 2018, the earlier survey judged the pier unsafe.`,
      '2025-10-12',
      'date-line',
    ],
    [`Reading room opens\n\n${body}\n\nPublished on 7 August 2025 by the trust, which runs the room.`, null, null],
  ])('%#: %s', (text, date, form) => {
    const out = analyze(text);
    expect([out.referenceDate, out.referenceDateOrigin?.form ?? null]).toEqual([date, form]);
  });
});

describe('a labelled date stands alone in its field; a weekday checks a borrowed year', () => {
  it.each([
    // an ordinary sentence opening a short text is no "Released:" or "Posted:" field
    ['Released on 2 May 2019, the audit found the port had lost money. The minister spoke on Monday.'],
    ['Updated figures published on 3 March 2024 show the deficit grew. The minister spoke on Monday.'],
    ['Posted in 2023, the note said talks would resume on 12 June 2024. The minister spoke on Monday.'],
    ['Issued by the council on 5 April 2024, the ruling was final. The minister spoke on Monday.'],
    // past the separator-free field a sentence still runs on: no field
    ['Posted 14 March 2026 while the water board met, with the pumps still down. The minister spoke on Monday.'],
    ['Updated figures for the harbour were published on 3 March 2024.\n\nThe minister spoke on Monday.'],
    // a yearless date line whose weekday the only year in the top lines denies (8 August 2023 was a Tuesday)
    ['City Council\nThursday 8 August\n\nCases rose in 2023. The minister spoke on Monday.'],
  ])('%s has none', (text) => {
    expect(referenceOf(text)).toEqual([null, null]);
  });

  it.each([
    // negatives: a label with the date alone, or with a clock time after it; a weekday that agrees
    ['Date: 4 May 2024, 10:00 CET\n\nThe minister spoke on Monday.', '2024-05-04'],
    ['Published by the Ministry of Fisheries, 21 May 2024\n\nThe minister spoke on Monday.', '2024-05-21'],
    ['Last updated: Tuesday 4 June 2024 (UTC)\n\nThe minister spoke on Monday.', '2024-06-04'],
    ['FOR IMMEDIATE RELEASE: March 5, 2021 at 10:00 ET\n\nThe minister spoke on Monday.', '2021-03-05'],
    ['City Council\nTuesday 8 August\n\nCases rose in 2023. The minister spoke on Monday.', '2023-08-08'],
    // a separator ends the field: what follows it is the line's next field, however long
    [
      'Posted 14 March 2026 · 12:05 · Northbridge Water and Sewerage Board\n\nThe minister spoke on Monday.',
      '2026-03-14',
    ],
    [
      'Updated: 9 July 2025 | 3 min read | Harbourside Regional Transit Authority\n\nThe minister spoke on Monday.',
      '2025-07-09',
    ],
  ])('%s', (text, date) => {
    expect(referenceOf(text)).toEqual([date, 'text']);
  });
});
