// Third round of layouts nobody tuned to (fixtures/layouts3-*.txt, written for these tests): a
// government press conference whose officials answer "Name (Ministry of X):", a press secretary
// named only in the header ("by the Press Secretary, Name"), a numbered briefing with "Q."/"A.",
// an interview whose header names the office then the holder, a midday briefing whose chief
// spokesperson is labelled by name alone, a podcast with timestamps, a noon briefing calling on
// journalists by name.
import { describe, expect, it } from 'vitest';
import { isStatement, parseLabel, titleLineSpeakers } from '../src/attribution/layout.js';
import { contextOf, describeLayouts, quotesOf, tokensOf, type Expected } from './support/layouts.js';

const LAYOUTS: Array<[string, Expected, string[]]> = [
  [
    'layouts3-government-press-conference.txt',
    [
      ['direct', 'Good afternoon, ladies and gentlemen.', 'Hollmann'],
      ['direct', 'Secondly, the cabinet approved', 'Hollmann'],
      ['direct', 'I will not anticipate', 'Hollmann'],
      ['direct', 'The costs are set out', 'Kessler'],
      ['direct', 'No. The federal budget', 'Kessler'],
      ['direct', 'If I may add something', 'Amrani'],
    ],
    ['Mr Hollmann, does the Chancellor', 'A question for the Ministry', 'Will the states'],
  ],
  [
    'layouts3-press-secretary-header.txt',
    [
      ['direct', 'Good afternoon. Foreign Minister Sato', 'Toru Ishikawa'],
      ['direct', 'Japan lodged a strong protest', 'Toru Ishikawa'],
      ['direct', 'Nothing has been decided', 'Toru Ishikawa'],
    ],
    ['Regarding the missile launch', 'Will the Minister meet', 'Opening Remarks', '(1) Visit'],
  ],
  [
    'layouts3-numbered-briefing.txt',
    [
      ['direct', 'The Government expresses deep regret', 'Yoon Ha-rin'],
      ['indirect', 'Japan to correct it', 'Government'],
      ['direct', 'We have nothing to share', 'Yoon Ha-rin'],
    ],
    ['The Japanese government approved', 'Is there any plan', 'Q&A'],
  ],
  [
    'layouts3-interview-office-header.txt',
    [
      ['indirect', 'the drought payments are too slow', 'farmers'],
      ['direct', 'I understand their frustration.', 'Ruth Abernethy'],
      ['direct', 'We are looking at that now.', 'Ruth Abernethy'],
    ],
    ['Minister, farmers say', 'Will the scheme be extended?'],
  ],
  [
    'layouts3-midday-briefing.txt',
    [
      ['direct', 'Good afternoon. The College met', 'Lotte Vermeulen'],
      ['direct', 'The Commissioner will give you', 'Lotte Vermeulen'],
      ['direct', 'On trade, the Commission', 'Nikos Varelas'],
      ['direct', 'The investigation will take', 'Nikos Varelas'],
    ],
    ['Will the package include', 'When do you expect', 'Chief Spokesperson Lotte Vermeulen opened'],
  ],
  [
    'layouts3-podcast-timestamps.txt',
    [
      ['direct', 'Thanks for having me.', 'Elin Haug'],
      ['direct', 'Bills are high because gas', 'Elin Haug'],
    ],
    ['Welcome back to Energy Weekly', "Let's start with prices"],
  ],
  [
    'layouts3-noon-briefing-calls.txt',
    [
      ['direct', 'Good afternoon. I will start with Sudan.', 'Amara Delacroix'],
      ['indirect', 'more than two million people', 'The humanitarian coordinator'],
      ['direct', 'Turning to Haiti', 'Amara Delacroix'],
      ['indirect', 'schools in the capital reopened', 'our colleagues'],
      ['direct', 'Nothing to announce at this point. Why?', 'Amara Delacroix'],
      ['direct', 'The airport reopened on Tuesday', 'Amara Delacroix'],
    ],
    ['Yes, Edie?', 'Mira?', 'Does the Secretary-General plan', 'A follow-up on Haiti', 'Thank you. Is the airport'],
  ],
];

describeLayouts(LAYOUTS);

describe('labels of these layouts', () => {
  it.each([
    ['a note naming the body answered for', 'Kessler (Ministry of Finance): The costs are set.', ['kessler'], true],
    ['a note naming a title', 'MR HOLLAND (Spokesperson): Good morning.', ['holland'], true],
    ['a note naming an outlet', 'Anna Berg (Daily Post): Is it true?', ['anna', 'berg'], false],
    ["a note naming a reporter's title", 'Anna Berg (Senior Correspondent): Is it true?', ['anna', 'berg'], false],
    ['a time in brackets before the label', '[00:00:14] Elin Haug: Thanks for having me.', ['elin', 'haug'], false],
    ['a bare time before the label', '00:14 Elin Haug: Thanks for having me.', ['elin', 'haug'], false],
  ])('%s', (_name, line, nameWords, titled) => {
    const label = parseLabel(tokensOf(line));
    expect([label?.role, label?.nameWords, label?.titled]).toEqual(['person', nameWords, titled]);
  });
  it.each([
    ['a time before a sentence', '10:30 Talks begin: the ministers arrive.'],
    ['a time in brackets before lower case', '[00:14] the line dropped: we lost the caller.'],
    ['a time with no minutes', '(14) Roe: the count.'],
  ])('%s is no label', (_name, line) => {
    expect(parseLabel(tokensOf(line))).toBeNull();
  });
  it('takes a note naming the body as the organisation, not the title', () => {
    const text =
      'Spokesperson Roe: Good morning.\n\nQuestion: What will it cost?\n\nKessler (Ministry of Finance): Forty million.\n\nQuestion: When?\n\nKessler (Ministry of Finance): Next year.';
    const kessler = quotesOf(text).speakers.find((s) => s.name === 'Kessler');
    expect([kessler?.title, kessler?.organization]).toEqual([null, 'Ministry of Finance']);
  });
});

describe('who answers in a transcript', () => {
  const speakersOf = (text: string) => [...new Set(quotesOf(text).quotes.map((q) => q.speaker))];
  it('takes a bare name that speaks again and never asks, beside titled officials, as an official', () => {
    const text =
      'Spokesperson Ana Roe: Good morning.\n\nQuestion: Will it pass?\n\nJon Vale: The bill will pass in May.\n\nQuestion: And the costs?\n\nJon Vale: They are in the draft.';
    expect(speakersOf(text)).toEqual(['Ana Roe', 'Jon Vale']);
  });
  it('takes a bare name that speaks once beside titled officials as a journalist', () => {
    const text =
      'Spokesperson Ana Roe: Good morning.\n\nJon Vale: Jon Vale from the Courier, adding to that question on the bill.\n\nSpokesperson Ana Roe: The bill will pass in May.';
    expect(speakersOf(text)).toEqual(['Ana Roe']);
  });
  it('takes a bare name that asks as a journalist even when it speaks again', () => {
    const text =
      'Spokesperson Ana Roe: Good morning.\n\nJon Vale: Will it pass?\n\nSpokesperson Ana Roe: Yes.\n\nJon Vale: Thanks. And the costs are high.';
    expect(speakersOf(text)).toEqual(['Ana Roe']);
  });
  it('takes a host who asks in most turns as the interviewer', () => {
    const text =
      'Host: Welcome. My guest is Ana Roe.\n\nAna Roe: Thanks.\n\nHost: Why are bills high?\n\nAna Roe: Gas sets the price.';
    expect(speakersOf(text)).toEqual(['Ana Roe']);
  });
  it('keeps a moderator who hands the floor on and welcomes as an official', () => {
    const text =
      'MODERATOR: Welcome to the briefing with Minister Ana Roe.\n\nMINISTER ROE: The bill will pass.\n\nMODERATOR: The first question goes to Jon Vale.\n\nQUESTION: When?\n\nMINISTER ROE: In May.';
    expect(speakersOf(text)).toEqual(['MODERATOR', 'Ana Roe']);
  });
});

describe('calling on a journalist by name', () => {
  const statement = (text: string) => {
    const ctx = contextOf(text);
    return isStatement(ctx.tokens[0]!, 0, ctx.sentenceStarts[0]!);
  };
  it.each([['Yes, Edie?'], ['Mira?'], ['Yes, please, Pam Kostic?']])('%s is procedure', (text) =>
    expect(statement(text)).toBe(false),
  );
  it.each([
    ['Why? Because the dates are not set.'],
    ['Really? The airport is open.'],
    ['Yes, Edie. The airport reopened on Tuesday.'],
  ])('%s is a statement', (text) => expect(statement(text)).toBe(true));
});

describe('title lines naming an office, then its holder', () => {
  const speakers = (line: string) =>
    quotesOf(`${line}\n\nThe harbour opens in May.`).speakers.map((s) => [s.name, s.title]);
  it.each([
    ['Press Conference by the Press Secretary, Toru ISHIKAWA', 'Toru Ishikawa', 'Press Secretary'],
    ['Interview with the Minister of Agriculture, Ruth Abernethy', 'Ruth Abernethy', 'Minister of Agriculture'],
    ['Regular Press Briefing by Spokesperson Yoon Ha-rin (May 20, 2025)', 'Yoon Ha-rin', 'Spokesperson'],
  ])('%s names %s, %s', (line, name, title) => expect(speakers(line)).toEqual([[name, title]]));
  it.each([
    ['Remarks by the President, New York', 1],
    ['Remarks by Ana Roe, Minister of Trade', 1],
    ['Statement by the Spokesperson, on the vote', 1],
  ])('%s names %i speaker', (line, n) => expect(titleLineSpeakers(tokensOf(line))).toHaveLength(n));
  it('takes no place after the comma for the holder', () => {
    expect(speakers('Remarks by the President, New York')).not.toContainEqual(['New York', 'President']);
  });
});
