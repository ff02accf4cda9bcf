// Third round of layouts nobody tuned to (fixtures/layouts3-*.txt, written for these tests): a
// government press conference whose officials answer "Name (Ministry of X):", a press secretary
// named only in the header ("by the Press Secretary, Name"), a numbered briefing with "Q."/"A.",
// an interview whose header names the office then the holder, a midday briefing whose chief
// spokesperson is labelled by name alone, a podcast with timestamps, a noon briefing calling on
// journalists by name.
import { describe, expect, it } from 'vitest';
import {
  abbreviationsDefined,
  interviewTitle,
  isStatement,
  parseLabel,
  saidLine,
  spokenTitle,
  titleLineSpeakers,
} from '../src/attribution/layout.js';
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
  [
    'layouts3-lobby-abbreviation.txt',
    [
      ['direct', 'The Prime Minister spoke to the President', "the Prime Minister's Spokesperson"],
      ['direct', 'There are no plans', "the Prime Minister's Spokesperson"],
      ['direct', 'We keep prices under constant review', "the Prime Minister's Spokesperson"],
    ],
    ['Will the Prime Minister visit', 'Is the government worried', 'Afternoon press briefing'],
  ],
  [
    'layouts3-interjected-question.txt',
    [
      ['direct', 'Morning all.', 'Rosa Tamihana'],
      ['direct', 'Rents are stabilising', 'Rosa Tamihana'],
      ['direct', 'One more thing', 'Rosa Tamihana'],
      ['direct', 'It is two weeks early.', 'Rosa Tamihana'],
    ],
    ['What do you say to renters?', 'Minister, is that on time?'],
  ],
  [
    'layouts3-sentencing-remarks.txt',
    [
      ['direct', 'Daniel Pryce, you have pleaded guilty', 'Amelia Frost'],
      ['direct', 'On the evening of 14 January', 'Amelia Frost'],
      ['direct', 'I take into account', 'Amelia Frost'],
    ],
    ['Her Honour Judge', 'Crown Court at Lowmoor', 'Sentencing remarks'],
  ],
  [
    'layouts3-release-said-colon.txt',
    [
      ['indirect', 'A new coastal rescue station', 'Maritime Agency'],
      ['direct', 'This station means faster help', 'Tobias Rennick'],
      ['direct', 'It is staffed around the clock', 'Tobias Rennick'],
      ['direct', 'The volunteers at Harwick', 'Dana Pruitt'],
      ['direct', 'You will see the new lifeboat', 'Dana Pruitt'],
    ],
    ['The station cost 3.2 million', 'Chief Coastguard Officer Dana Pruitt said'],
  ],
  [
    'layouts3-noon-briefing-bold.txt',
    [
      ['indirect', 'all parties to exercise maximum restraint', 'The Secretary-General'],
      ['direct', 'Not today, but he expects', 'Farid Osei'],
    ],
    ['Has the Secretary-General spoken', '**Middle East', '**Questions and Answers'],
  ],
  [
    'layouts3-letterhead-doorstop.txt',
    [
      ['direct', 'Thanks very much for coming.', 'Priya Malhotra'],
      ['direct', 'That is a matter for the Reserve Bank.', 'Priya Malhotra'],
      ['direct', 'No. We will release', 'Priya Malhotra'],
    ],
    ['Treasurer, will the Reserve Bank', 'Is the budget back', 'SUBJECTS: Inflation'],
  ],
  [
    'layouts3-speech-check-delivery.txt',
    [
      ['direct', 'Thank you, Chair', 'Carla Renwick'],
      ['direct', 'I want to begin by thanking', 'Carla Renwick'],
      ['direct', 'Today I am announcing', 'Carla Renwick'],
      ['direct', 'Thank you.', 'Carla Renwick'],
    ],
    ['Check against delivery', 'Speech by the Minister'],
  ],
  [
    'layouts3-short-sentence-quotes.txt',
    [
      ['direct', 'It feels like the town', 'Lina Berg'],
      ['direct', 'Business was down by half.', 'Lina Berg'],
      ['indirect', 'the bridge would last', 'Tom Reed'],
      ['direct', 'We replaced every cable', 'Tom Reed'],
      ['direct', 'Every single one.', 'Tom Reed'],
      ['mixed', 'the works a "slow nightmare"', 'Residents'],
    ],
    ['Harbour Lights', 'slow nightmare', 'Photo: The bridge'],
  ],
  [
    'layouts3-unlabelled-interview.txt',
    [
      ['direct', 'About 900 million euros.', 'Jonas Pell'],
      // reported speech inside a question is its source's (issue 8), not the interviewee's answer
      ['indirect', 'tariffs will hurt them', 'rivals'],
      ['direct', 'Less than people think.', 'Jonas Pell'],
      ['direct', 'Energy is our biggest cost', 'Jonas Pell'],
    ],
    ["The steelmaker's boss", 'How much did the new mill cost?', 'Will they hurt you', 'And energy?'],
  ],
];

describeLayouts(LAYOUTS);

describe('interviews printed without labels', () => {
  it.each([
    ['Q&A with Jonas Pell, chief executive of Nordvik Steel', true],
    ['Interview with Minister Ana Roe', true],
    ['Interview: Minister Ana Roe on the winter', true],
    ['Remarks by Minister Ana Roe', false],
    ['Interview with the Senior Official', false],
  ])('%s is an interview title: %s', (line, yes) => expect(interviewTitle(tokensOf(line))).toBe(yes));
  const answers = (text: string) => quotesOf(text).quotes.map((q) => [q.text, q.speaker]);
  it('takes no answers from a single question', () => {
    expect(answers('Interview with Minister Ana Roe\n\nWhy now?\n\nBecause the rain came early.')).toEqual([]);
  });
  it('takes no answers below a title line that is no interview', () => {
    const text = 'Statement by Minister Ana Roe\n\nWhy now?\n\nBecause the rain came early.\n\nAnd then?\n\nWe act.';
    expect(quotesOf(text).quotes.filter((q) => q.rule === 'interview-answer')).toEqual([]);
  });
  it('reads a paragraph whose last sentence asks as a question', () => {
    const text =
      'Interview with Minister Ana Roe\n\nThe rain came early. Why act now?\n\nBecause the dams are full.\n\nAnd then?\n\nWe open the gates.';
    expect(answers(text)).toEqual([
      ['Because the dams are full.', 'Ana Roe'],
      ['We open the gates.', 'Ana Roe'],
    ]);
  });
});

describe("title lines over one speaker's spoken words", () => {
  const spoken = (line: string) => {
    const ts = tokensOf(line);
    const link = spokenTitle(ts);
    return link === null ? null : ts[link]!.text;
  };
  it.each([
    ["Speech by the Minister for Education, Carla Renwick, at the National Teachers' Conference", 'by'],
    ['Remarks by President Ana Roe at the harbour opening', 'by'],
    ['Address of the Prime Minister to the Nation', 'of'],
  ])('%s', (line, link) => expect(spoken(line)).toBe(link));
  it.each([
    ['a written statement', 'Statement by the Minister for Education on school buildings'],
    ['two speakers', 'Remarks by President Ana Roe and Prime Minister Jon Vale'],
    ['a speech spoken of in a sentence', 'The speech by the minister was well received.'],
  ])('%s is none', (_name, line) => expect(spoken(line)).toBeNull());
  it('quotes no paragraph below a written statement by title line alone', () => {
    const text = 'Statement by Minister Ana Roe on the floods\n\nThe floods have cut off three villages.';
    expect(quotesOf(text).quotes).toEqual([]);
  });
});

describe('short quotes that are sentences of their own', () => {
  const quoted = (text: string) => quotesOf(text).quotes.map((q) => [q.text, q.speaker]);
  it('credits a short whole sentence after a credited quote', () => {
    expect(quoted('"We came back," said envoy Ana Roe. "A deal is possible."')).toEqual([
      ['We came back', 'Ana Roe'],
      ['A deal is possible.', 'Ana Roe'],
    ]);
  });
  it.each([
    ['a short phrase in a sentence', 'The envoy saw "a deal in reach" on Monday.'],
    ['a short title', 'She read "Harbour Lights" aloud.'],
    ['a short phrase with no full stop of its own', '"We came back," said envoy Ana Roe. "Deal possible"'],
  ])('takes no quote from %s', (_name, text) => {
    expect(quoted(text).filter(([t]) => !String(t).startsWith('We came back'))).toEqual([]);
  });
});

describe('labels printed in bold', () => {
  it("gives the label as printed, without the bold's closing marks, as the cue", () => {
    const text =
      'Briefing by Ana Roe, Spokesperson\n\n**Question:** When?\n\n**Spokesperson:** In May.\n\n**Question:** Why?\n\n**Spokesperson:** The rain.';
    expect(quotesOf(text).quotes.map((q) => [q.cue, q.speaker])).toEqual([
      ['Spokesperson:', 'Ana Roe'],
      ['Spokesperson:', 'Ana Roe'],
    ]);
  });
});

describe('abbreviations a header defines for its speaker', () => {
  it.each([
    [
      "Briefing by the Prime Minister's Official Spokesperson (PMOS), 9 May",
      'pmos',
      "the Prime Minister's Official Spokesperson",
    ],
    ['Remarks of the Deputy Spokesperson (DSP) today', 'dsp', 'the Deputy Spokesperson'],
  ])('%s defines %s', (line, abbreviation, phrase) => {
    const ts = tokensOf(line);
    const [[abbr, from, to]] = abbreviationsDefined(ts) as [[string, number, number]];
    expect([
      abbr,
      ts
        .slice(from, to)
        .map((t) => t.text)
        .join(' '),
    ]).toEqual([abbreviation, phrase]);
  });
  it.each([
    ['a body, not an office', 'Figures from the Office for National Statistics (ONS) today'],
    ['a word in capitals in brackets after a lower-case word', 'The ministry said (AGAIN) that it would act'],
    ['an abbreviation too long', 'Talks with the Special Envoy (SPECIALENVOY)'],
  ])('%s defines none', (_name, line) => expect(abbreviationsDefined(tokensOf(line))).toEqual([]));
  it('leaves a one-word label no header defines to its own name', () => {
    const text = 'Lobby briefing\n\nPMOS: Cabinet met today.\n\nQ: When?\n\nPMOS: This morning.';
    expect(quotesOf(text).speakers.map((s) => s.name)).toEqual(['Pmos']);
  });
});

describe("lines handing the words below to a speaker ('X said:')", () => {
  it.each([
    ['Her Honour Judge Amelia Frost said:', 'said'],
    ['The Minister added:', 'added'],
  ])('%s', (line, verb) => {
    const ts = tokensOf(line);
    expect(ts[saidLine(ts) ?? -1]?.text).toBe(verb);
  });
  it.each([
    ['a speech verb inside the line', 'The Minister said the following on Monday:'],
    ['no colon', 'The Minister said'],
    ['a noun before the colon', 'Notes to editors:'],
  ])('%s is no such line', (_name, line) => expect(saidLine(tokensOf(line))).toBeNull());
  const quotes = (text: string) => quotesOf(text).quotes.map((q) => [q.text.slice(0, 24), q.speaker]);
  it('takes the paragraph below, then those in the first or second person, and stops at narration', () => {
    const text =
      'Judge Ana Roe said:\n\nThe offence is serious.\n\nYou showed remorse.\n\nThe defendant was led away.\n\nWe know it was hard.';
    expect(quotes(text)).toEqual([
      ['The offence is serious.', 'Ana Roe'],
      ['You showed remorse.', 'Ana Roe'],
    ]);
  });
  it.each([
    [
      'a said-line after a labelled answer takes the paragraph below from the answer',
      'Q: When will the ferry run?\n\nA: We expect it to run on Monday.\n\nHarbour master Ines Vale said:\n\nI want to thank the crews for their work.',
      [
        ['We expect it to run on M', 'A'],
        ['I want to thank the crew', 'Ines Vale'],
      ],
    ],
    [
      'an answer running on over paragraphs with no said-line keeps them',
      'Q: When will the ferry run?\n\nA: We expect it to run on Monday.\n\nWe have crews on the quay.\n\nQ: And the bus?\n\nA: Next week.',
      [
        ['We expect it to run on M', 'A'],
        ['We have crews on the qua', 'A'],
        ['Next week.', 'A'],
      ],
    ],
  ])('one quote per paragraph: %s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
  it('leaves quote marks below the line to the quote rules', () => {
    const text = 'Judge Ana Roe said:\n\n"The offence is serious."\n\nThe defendant was led away.';
    expect(quotes(text)).toEqual([['The offence is serious.', 'Ana Roe']]);
  });
});

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
    [
      'Noon Briefing by Farid Osei, Spokesman for the Secretary-General',
      'Farid Osei',
      'Spokesman for the Secretary-General',
    ],
    ['Remarks by Ana Roe, Minister of Trade | Kessel', 'Ana Roe', 'Minister of Trade'],
  ])('%s names %s, %s', (line, name, title) => expect(speakers(line)).toEqual([[name, title]]));
  it.each([
    ['Remarks by the President, New York', 1],
    ['Remarks by Ana Roe, Minister of Trade', 1],
    ['Statement by the Spokesperson, on the vote', 1],
  ])('%s names %i speaker', (line, n) => expect(titleLineSpeakers(tokensOf(line))).toHaveLength(n));
  it('gives a label naming the office after "for" to no holder of a title "Spokesman for" it', () => {
    const text =
      'Noon Briefing by Farid Osei, Spokesman for the Secretary-General\n\nSECRETARY-GENERAL: I am concerned.\n\nQUESTION: Will you go?\n\nSECRETARY-GENERAL: Not this week.';
    expect(quotesOf(text).quotes.map((q) => q.speaker)).not.toContain('Farid Osei');
  });
  it('takes no place after the comma for the holder', () => {
    expect(speakers('Remarks by the President, New York')).not.toContainEqual(['New York', 'President']);
  });
});
