// Fifth round of layouts (fixtures/layouts5-*.txt, written for these tests from kinds of failure on a
// development set of new layouts): transcript labels printed alone on their line without a colon,
// a spoken title whose office holds a portfolio joined by "and", a briefing's summary narrated in
// the third person, a roster of participants and a hand-off naming the next speaker.
import { describe, expect, it } from 'vitest';
import { boilerplateParagraphs } from '../src/attribution/boilerplate.js';
import { lineLabel, parseLabel } from '../src/attribution/layout.js';
import { splitParagraphs } from '../src/document/paragraphs.js';
import {
  analyse,
  contextOf,
  describeLayouts,
  quotesOf,
  tokensOf,
  type Expected,
  titleLineNames,
} from './support/layouts.js';

/** The first `width` characters of each direct quote, with its speaker. */
const directOpenings = (text: string, width: number) =>
  quotesOf(text)
    .quotes.filter((q) => q.kind === 'direct')
    .map((q) => [q.text.slice(0, width), q.speaker]);

const LAYOUTS: Array<[string, Expected, string[]]> = [
  [
    'layouts5-caps-line-labels.txt',
    [
      ['direct', 'Good morning. Employment rose', 'Marta Ilves'],
      ['direct', 'We have also revised', 'Marta Ilves'],
      ['indirect', 'the revisions hide a weak autumn', 'the labour minister'],
      ['direct', 'No. Every revision follows', 'Marta Ilves'],
      ['direct', 'Prices rose faster than pay', 'Jonas Pelt'],
    ],
    ['STATISTICS OFFICE', 'QUESTION', 'Chief Statistician, the labour', 'Why did wages fall', 'CHIEF STATISTICIAN'],
  ],
  [
    'layouts5-remarks-portfolio.txt',
    [
      ['direct', 'Thank you, and good evening', 'Tamsin Achterberg'],
      ['direct', 'Three years ago we promised', 'Tamsin Achterberg'],
      ['direct', 'From July, every town', 'Tamsin Achterberg'],
      ['direct', 'Thank you.', 'Tamsin Achterberg'],
    ],
    ['Remarks by', 'Kessel, 11 March'],
  ],
  [
    'layouts5-briefing-summary.txt',
    [
      ['indirect', 'river levels in the southern valleys', 'Petra Lind'],
      ['indirect', 'more rain was expected', 'The national weather service'],
      ['indirect', 'the ministry had sent twelve', 'Petra Lind'],
      ['indirect', 'the draft would go to cabinet', 'Petra Lind'],
      ['direct', 'We want every child', 'Petra Lind'],
    ],
    ['FLOODS', 'The Chief Spokesperson said', 'Ms. Lind added', 'Asked about', 'The Minister will present'],
  ],
  [
    'layouts5-briefing-roster-handoff.txt',
    [
      ['direct', 'Good afternoon. Yesterday evening', 'Tobias Ferrand'],
      ['direct', 'Thank you. The operation began', 'Rhona Keel'],
      ['direct', 'Two pistols', 'Rhona Keel'],
      ['direct', 'I will not speculate', 'Ilse Marten'],
    ],
    ['Participants', 'Chief Superintendent Keel will', 'Harbour Radio', 'Will more arrests'],
  ],
  [
    'layouts5-masthead-release.txt',
    [
      ['direct', 'Our reservoirs are back', 'Lars Undset'],
      ['direct', 'Customers helped', 'Lars Undset'],
      ['indirect', 'the leak-repair crews', 'Lars Undset'],
    ],
    ['PRESS RELEASE', 'Kessel Water Services', 'Summer hosepipe', 'Media enquiries'],
  ],
  [
    'layouts5-communique-issued-footer.txt',
    [['indirect', 'Varnia would open an honorary consulate', 'Ana Brekke']],
    ['the decision', 'meet again', 'Issued by'],
  ],
  [
    'layouts5-dash-labels.txt',
    [
      ['direct', 'Good morning. Two announcements.', 'Karin Dahl'],
      ['direct', 'Second, the minister travels', 'Karin Dahl'],
      ['direct', 'Yes. Season ticket holders', 'Karin Dahl'],
      ['direct', 'It opens a month later', 'Oskar Brenn'],
    ],
    ['Will passengers', 'Is the signal centre late?', 'Regular briefing'],
  ],
  [
    'layouts5-interview-mark.txt',
    [
      ['direct', 'The ships are bigger.', 'Ilona Vesk'],
      ['direct', 'I hear that every year.', 'Ilona Vesk'],
    ],
    [
      'INTERVIEW',
      'Harbour Commissioner',
      'The commissioner spoke',
      'Why does',
      'Shipping lines',
      'Thank you, Commissioner',
    ],
  ],
  [
    'layouts5-mixed-line-labels.txt',
    [
      ['direct', 'Good afternoon. We have lowered', 'Mikael Strand'],
      ['direct', 'Inflation is back near', 'Mikael Strand'],
      ['direct', 'Because wages are still', 'Mikael Strand'],
      ['direct', 'We decide meeting by meeting.', 'Nina Holm'],
    ],
    ['Question from', 'Why not a larger cut?', 'Will you cut again'],
  ],
];
describeLayouts(LAYOUTS);

describe('a role set off from its holder by a dash', () => {
  const label = (line: string) => {
    const ts = tokensOf(line);
    const l = parseLabel(ts);
    return (
      l && [
        l.role,
        l.nameWords,
        l.title &&
          ts
            .slice(l.title[0], l.title[1])
            .map((t) => t.text)
            .join(' '),
      ]
    );
  };
  it.each([
    ['the role first', 'SPOKESPERSON – Ana Roe: We agree.', ['person', ['ana', 'roe'], 'SPOKESPERSON']],
    ['a longer role first', 'DEPUTY MINISTER - Jon Vale: We agree.', ['person', ['jon', 'vale'], 'DEPUTY MINISTER']],
    ['the name first', 'Ana Roe – Spokesperson: We agree.', ['person', ['ana', 'roe'], 'Spokesperson']],
  ])('%s', (_name, line, expected) => expect(label(line)).toEqual(expected));
  it.each([
    ['a place and a time', 'Kessel – Monday: the talks resume.'],
    ['a dash in a sentence', 'The minister – who arrived late: spoke briefly.'],
  ])('%s is no label', (_name, line) => expect(label(line)).toBeNull());
});

describe('an interview headed by its noun alone on a line', () => {
  const answerer = (text: string) => quotesOf(text).quotes.map((q) => q.speaker);
  const qa = '\n\nQ: Why now?\n\nA: The ships are bigger.';
  it('credits the answers to the person named on the line below the noun', () => {
    expect(answerer(`INTERVIEW\nPort Director Ana Roe on the new quay${qa}`)).toEqual(['Ana Roe']);
    expect(answerer(`Exclusive interview\nPort Director Ana Roe on the new quay${qa}`)).toEqual(['Ana Roe']);
  });
  it.each([
    ['a headline below the noun', 'INTERVIEW\nThe harbour needs dredging, says its director'],
    ['a role below the noun', 'INTERVIEW\nThe Port Director on the new quay'],
    ['no noun above the line', 'PORTS\nPort Director Ana Roe on the new quay'],
  ])('names no answerer under %s', (_name, header) => expect(answerer(`${header}${qa}`)).not.toContain('Ana Roe'));
});

describe('issuers a release names outside its sentences', () => {
  const speakers = (text: string) => quotesOf(text).speakers.map((s) => [s.name, s.kind]);
  it.each([
    ['the masthead fixture', 'layouts5-masthead-release.txt', ['Kessel Water Services', 'organization']],
    [
      'the closing line of the communiqué',
      'layouts5-communique-issued-footer.txt',
      ['Ministry of Foreign Affairs of Varnia', 'organization'],
    ],
  ])('%s', (_name, file, expected) =>
    expect(analyse(file).speakers.map((s) => [s.name, s.kind])).toContainEqual(expected),
  );
  it.each([
    [
      'a body named next to the release mark',
      'News release\nHarbour City Council\n3 March 2026\n\nThe new ferry starts on Monday.',
      [['Harbour City Council', 'organization']],
    ],
    [
      'a closing "Issued by" line',
      'The new ferry starts on Monday.\n\nIssued by the Office of the Governor, Kessel',
      [['Office of the Governor', 'organization']],
    ],
    [
      'an "Issued by:" line with a date',
      'The new ferry starts on Monday.\n\nIssued by: Harbour Press Office, 3 May 2026',
      [['Harbour Press Office', 'organization']],
    ],
    [
      'a lead "today reported" after a wire dateline',
      'KESSEL, May 4, 2026 -- Norvik Cranes, Inc. (NYSE: NVC), a maker of harbour cranes, today reported results for the first quarter.',
      [['Norvik Cranes, Inc.', 'organization']],
    ],
    [
      'an office letterhead whose holder announces',
      'OFFICE OF THE STATE AUDITOR\n\nFOR IMMEDIATE RELEASE\n\nKESSEL - State Auditor Ana Roe announced that the port authority had overspent.',
      [['Ana Roe', 'person']],
    ],
    [
      'an office letterhead whose holder does not speak',
      'OFFICE OF THE STATE AUDITOR\n\nFOR IMMEDIATE RELEASE\n\nKESSEL - The port authority had overspent, the pilots said.',
      [
        ['OFFICE OF THE STATE AUDITOR', 'organization'],
        ['the pilots', 'unnamed'],
      ],
    ],
  ])('%s', (_name, text, expected) => expect(speakers(text)).toEqual(expected));
  it.each([
    [
      'a title-case headline with a verb below the mark',
      'FOR IMMEDIATE RELEASE\nHarbour Authority Opens New Terminal\n\nThe terminal opens today.',
    ],
    ['a place below the mark', 'PRESS RELEASE\nNEW YORK\n\nThe terminal opens today.'],
    ['a body far from any release mark', 'Harbour City Council\n\nThe terminal opens today.'],
    [
      'a title-case headline without a verb below the mark',
      'News release\nRecord Salmon Landings\n\nSalmon landings rose to a record in March.',
    ],
    [
      'an event title below the mark',
      'For immediate release\nHarbour Lantern Parade\n\nThe parade starts at dusk on Saturday.',
    ],
    ['"issued by" inside a sentence', 'The terminal opens today.\n\nThe permit was issued by the Harbour Council.'],
    [
      'a lead "reported" without "today"',
      'KESSEL, May 4, 2026 -- Norvik Cranes, Inc. (NYSE: NVC), a maker of harbour cranes, reported results for the first quarter.',
    ],
  ])('%s names none', (_name, text) => expect(speakers(text)).toEqual([]));
});

describe('a summary of a briefing narrated in the third person', () => {
  const direct = (text: string) => directOpenings(text, 14);
  const header = 'Summary of the weekly briefing by Ana Roe, Spokesperson of the Ministry of Ports.\n\n';
  it('credits no paragraph as her words where one reports what she said by her office', () => {
    const text = `${header}The Spokesperson said the quay would reopen on Monday.\n\nThe ferry service resumes next week.`;
    expect(direct(text)).toEqual([]);
  });
  it('nor where one reports it by her name', () => {
    const text = `${header}The ferry service resumes next week.\n\nMs. Roe added that the quay would reopen on Monday.`;
    expect(direct(text)).toEqual([]);
  });
  it('credits every paragraph of a summary in her own voice', () => {
    const text = `${header}The ferry service resumes next week.\n\nWe will publish the timetable on Monday.`;
    expect(direct(text)).toEqual([
      ['The ferry serv', 'Ana Roe'],
      ['We will publis', 'Ana Roe'],
    ]);
  });
  it('credits a verbatim transcript in which she reports what someone else said', () => {
    const text =
      'The following is a near-verbatim transcript of the briefing by Ana Roe, Spokesperson of the Ministry of Ports.\n\nThe Minister said the quay would reopen on Monday.';
    expect(direct(text)).toEqual([['The Minister s', 'Ana Roe']]);
  });
});

describe('a hand-off naming the next speaker', () => {
  const direct = (text: string) => directOpenings(text, 16).map(([opening]) => opening);
  const after = '\n\nGEN. VALE: The drill ends on Friday.';
  it.each([
    ['gives the audience the next speaker', 'General Vale will give you the details.'],
    ['hands over now', 'General Vale will now take questions.'],
  ])('%s: no quote', (_name, line) =>
    expect(direct(`COL. ROE: The drill began today.\n\n${line}${after}`)).toEqual([
      'The drill began ',
      'The drill ends o',
    ]),
  );
  it.each([
    ['a statement on the next speaker without turning to the audience', 'General Vale will visit the site tomorrow.'],
    ['a sentence naming someone else', 'General Moss will give you the figures.'],
    ['the speaker in the first person', 'General Vale and I will give you the details.'],
    ['a question to the next speaker', 'General Vale, will you give us the details?'],
  ])('%s: a quote', (_name, line) =>
    expect(direct(`COL. ROE: The drill began today.\n\n${line}${after}`)).toHaveLength(3),
  );
});

describe('a roster of participants', () => {
  const boilerplate = (text: string) => [...boilerplateParagraphs(contextOf(text))];
  it.each([
    ['names and titles in a list', 'Participants: Ana Roe, spokesperson; Jon Vale, State Secretary for Policy'],
    ['one name and title', 'Briefing officials: Ana Roe, Deputy Director'],
  ])("%s is no one's words", (_name, line) => expect(boilerplate(line)).toEqual([0]));
  it.each([
    ['a sentence after the field', 'Speakers: the minister opens the session at nine.'],
    ['the word in a sentence', 'Participants said the talks had gone well.'],
  ])('%s is', (_name, line) => expect(boilerplate(line)).toEqual([]));
});

describe('a label alone on its line without a colon', () => {
  const label = (line: string) => {
    const l = lineLabel(tokensOf(line));
    return l && [l.role, l.nameWords];
  };
  it.each([
    ['a title and a name in capitals', 'DEPUTY GOVERNOR ANA ROE', ['person', ['ana', 'roe']]],
    ['a title and a name in mixed case', 'Chief Economist Jon Vale', ['person', ['jon', 'vale']]],
    ['a dotted rank', 'COL. JON VALE', ['person', ['jon', 'vale']]],
    ['a role', 'THE PRESIDENT', ['role', []]],
    ['a question with the asker after a dash', 'QUESTION – Ana Roe, Harbour Radio', ['question', []]],
    ['a question word alone', 'QUESTION', ['question', []]],
    ['a question from its asker', 'Question from Ana Roe, Harbour Radio', ['question', []]],
    ['a question with its outlet in brackets', 'QUESTION (Harbour Radio)', ['question', []]],
  ])('%s', (_name, line, expected) => expect(label(line)).toEqual(expected));
  it.each([
    ['a letterhead naming a body', 'STATISTICS OFFICE OF VARNIA'],
    ['a heading on a title holder’s plans', "SECRETARY-GENERAL'S TRAVEL"],
    ['a heading in lower case', 'Press conference on the quarterly figures'],
    ['a body named after a title', 'MINISTER FOR PORTS AUTHORITY'],
    ['a label with a colon (read by parseLabel)', 'GOVERNOR ANA ROE:'],
    ['a sentence', 'The Governor spoke first.'],
    ['a section heading of questions', 'QUESTIONS AND ANSWERS'],
    ['a question word in a sentence', 'Questions remain about the budget.'],
  ])('%s is none', (_name, line) => expect(lineLabel(tokensOf(line))).toBeNull());

  const credited = (text: string) => quotesOf(text).quotes.map((q) => [q.kind, q.text.slice(0, 12), q.speaker]);
  it('opens turns where a question label stands among them', () => {
    const text =
      'GOVERNOR ANA ROE\nRates stay at four per cent.\n\nQUESTION – Jon Vale, Harbour Radio\nWhy now?\n\nGOVERNOR ANA ROE\nBecause prices are falling.';
    expect(credited(text)).toEqual([
      ['direct', 'Rates stay a', 'Ana Roe'],
      ['direct', 'Because pric', 'Ana Roe'],
    ]);
  });
  it('opens turns where a speaker returns', () => {
    const text =
      'MINISTER ANA ROE\nThe bridge opens in May.\n\nDIRECTOR JON VALE\nThe road follows in June.\n\nMINISTER ANA ROE\nBoth are on budget.';
    expect(credited(text).map(([, , who]) => who)).toEqual(['Ana Roe', 'Jon Vale', 'Ana Roe']);
  });
  it.each([
    ['a letterhead over an office line', 'THE HON ANA ROE MP\nMINISTER FOR PORTS\n\nThe new quay opens today.'],
    ['one byline', 'MINISTER ANA ROE\nThe new quay opens today.\n\nIt cost less than planned.'],
    [
      'two names over paragraphs, none asking or returning',
      'MINISTER ANA ROE\nThe new quay opens today.\n\nDIRECTOR JON VALE\nThe old one closes.',
    ],
    [
      "a day's schedule that speaks of the heading's office",
      'THE GOVERNOR\nIn the morning, the Governor will open the new library in the old town.\n\nTHE LIEUTENANT GOVERNOR\nThe Lieutenant Governor will visit flood crews in the north.\n\nTHE GOVERNOR\nIn the evening, the Governor will host a reception for nurses.',
    ],
    [
      'profiles that speak of the heading person as he or she',
      'NEW DIRECTORS\n\nDIRECTOR TOMAS BREL\nHe joins from the rail company after ten years.\n\nDIRECTOR IRINA VOSS\nShe leads the audit committee.\n\nDIRECTOR TOMAS BREL\nHe will also sit on the pay panel.',
    ],
    [
      'profiles that name the heading person',
      'Board of Trustees\n\nChair Petra Lind\nPetra Lind has led the trust since 2018.\n\nQuestion\nWho names the trustees?\n\nTrustee Omar Felt\nOmar Felt joined the board in 2022.',
    ],
  ])('opens no turn under %s', (_name, text) =>
    expect(quotesOf(text).quotes.filter((q) => q.kind === 'direct')).toEqual([]),
  );
});

describe('a short line over a longer one is no hard-wrapped paragraph', () => {
  const texts = (text: string) => splitParagraphs(text).map((s) => text.slice(s.start, s.end));
  it('splits a label over a longer question', () => {
    const text = 'QUESTION – Ana Roe, Harbour Radio Online\nIs the appreciation of the currency since May a concern?';
    expect(texts(text)).toEqual(text.split('\n'));
  });
  it('keeps lines wrapped where the next word would not have fitted', () => {
    const text =
      'The committee approved the plan on Tuesday after a long\ndebate, and the minister said it would start in May.';
    expect(texts(text)).toEqual([text]);
  });
  it('keeps a wrapped paragraph whole beside a line an e-mail address made long', () => {
    const text =
      '"We urge every tenant who qualifies to apply, and we have kept the claim\nform brief. Send questions to tenancy.support.enquiries@examplecouncil.gov.zz, or\ncall us," the housing officer said at the opening of the office on Friday.';
    expect(texts(text)).toEqual([text]);
  });
});

describe('a spoken title whose office holds a portfolio joined by "and"', () => {
  it.each([
    ['Remarks by Minister of Ports and Fisheries Ana Roe at the fair', ['Minister of Ports and Fisheries Ana Roe']],
    ['Statement by the Minister for Culture and Sport on the games', ['the Minister for Culture and Sport']],
    [
      'Press Briefing by Minister of Finance Jon Vale and Governor Ana Roe',
      ['Minister of Finance Jon Vale', 'Governor Ana Roe'],
    ],
    ['Remarks by Minister of Finance Jon Vale and Ana Roe', ['Minister of Finance Jon Vale', 'Ana Roe']],
  ])('%s', (line, expected) => expect(titleLineNames(line)).toEqual(expected));
});
