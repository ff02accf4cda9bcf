// Layouts and sources no fixture had yet: an interview whose labels are the speakers' initials, named
// in full above the first label (fixtures/interview14-initials-labels.txt), with an editor's note
// after the last answer; and in the news (fixtures/news14-described-bodies.txt), a body described by
// its head and complement ("the chamber of commerce"), a shadow minister's title, a steward. Rows of
// our own words, negative rows beside them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

/** Every quote as "speaker (title)|text". */
const quotes = (text: string) => {
  const { quotes, speakers } = analyze(text, { referenceDate: '2026-12-02' });
  return quotes.map((q) => {
    const s = speakers.find((x) => x.id === q.speakerId);
    return `${s?.name ?? ''} (${s?.title ?? ''})|${q.text}`;
  });
};
const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

describe('labels of initials stand for the person named above them', () => {
  it('credits the answers to the person, and no words to the editor’s note', () => {
    expect(quotes(fixture('interview14-initials-labels.txt'))).toEqual([
      'Priya Raman (Vice-Chancellor)|Not quite. We closed most of the gap, but the energy bills were higher than anyone forecast. We will be in balance by the end of the next financial year.',
      'Staff ()|the cuts fell on teaching rather than administration',
      'Priya Raman (Vice-Chancellor)|I understand why people feel that. The numbers say otherwise: two thirds of the savings came from central services.',
      'Priya Raman (Vice-Chancellor)|Yes. The first 60 students arrive in September, and the teaching hospital has signed the placement agreement.',
    ]);
  });
  it.each<[string, string[]]>([
    // dotted initials, defined in brackets, a hyphenated surname
    [
      'Host Dana Whitcombe (D.W.) talks to Environment Secretary Ana Adeyemi-Hart (A.A.).\n\nD.W.: When will the barriers be finished?\n\nA.A.: The first stretch will be finished by March.\n\nD.W.: And the second?\n\nA.A.: That depends on the inquiry.',
      [
        'Ana Adeyemi-Hart (Environment Secretary)|The first stretch will be finished by March.',
        'Ana Adeyemi-Hart (Environment Secretary)|That depends on the inquiry.',
      ],
    ],
    // two people above with the same initials: the label stands for neither
    [
      'Kim Moss and Karl Mayer spoke to Ruth Fenn.\n\nRF: Will the pier close?\n\nKM: Not this year.\n\nRF: And next year?\n\nKM: We will see.',
      ['Km ()|Not this year.', 'Km ()|We will see.'],
    ],
    // an answer in the first person about editing is the speaker's own words
    [
      'Kim Moss spoke to Ruth Fenn.\n\nRF: Who wrote the report?\n\nKM: I edited the interview answers myself.\n\nRF: Why?\n\nKM: Because I had the time.',
      ['Kim Moss ()|I edited the interview answers myself.', 'Kim Moss ()|Because I had the time.'],
    ],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('sources in the news described by a head and its complement, and titles with a modifier', () => {
  it('credits each source of the wire story', () => {
    expect(quotes(fixture('news14-described-bodies.txt'))).toEqual([
      'their union ()|Ferry crews on the northern routes voted to strike from next Monday after pay talks with the operator broke down',
      'Marta Olsen (steward)|Our members have run these boats through two winters on a pay freeze',
      'Marta Olsen (steward)|They have had enough.',
      'the chamber of commerce ()|the routes carry about 9,000 lorries a week',
      'The operator ()|it had made a fair offer and urged the union to return to talks',
      'The operator ()|the union to return to talks',
      'The regulator ()|it would monitor services closely',
      'Gideon Achterberg (Shadow transport minister)|the government had known about the dispute for months',
      'the head of the unit for trade at the regional council (head)|Exports through the port could fall by a fifth',
      'Marta Olsen (steward)|the crews would meet the operator again on Friday if a new offer was made',
    ]);
  });
  it.each<[string, string[]]>([
    [
      'According to the minister for trade, exports rose.',
      ['the minister for trade (minister for trade)|exports rose'],
    ],
    ['Exports rose, according to the department of agriculture.', ['the department of agriculture ()|Exports rose']],
    ['The tribunal said the fine would stand.', ['The tribunal ()|the fine would stand']],
    // two descriptions sharing their last words are two sources
    [
      'According to the minister for trade, exports rose.\n\nExports fell, according to the head of the unit for trade.',
      [
        'the minister for trade (minister for trade)|exports rose',
        'the head of the unit for trade (head)|Exports fell',
      ],
    ],
    [
      'The shadow health secretary, Jon Vale, said the plan had failed.',
      ['Jon Vale (shadow health secretary)|the plan had failed'],
    ],
    // a courtesy word before the name is none of it
    [
      'Addressing the gathering, Shri Arun Mehta said that more work was needed.',
      ['Arun Mehta ()|more work was needed'],
    ],
    ['Sir Tomas Hale said the bridge would reopen.', ['Tomas Hale ()|the bridge would reopen']],
    // a source's complement ends at a word of time
    [
      'Exports rose, according to the head of research on Monday.',
      ['the head of research (head of research)|Exports rose'],
    ],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('a hearing: the member presiding holds the chair, headings in capitals end a turn', () => {
  it('credits the chair to the member presiding, and the witness under the heading that names him', () => {
    expect(quotes(fixture('hearing14-presiding-chair.txt'))).toEqual([
      "Delphine Okafor-Lyle (Chairwoman of the Subcommittee)|The Subcommittee will come to order. Forecasts saved lives in last year's storm season, and we want to know what it will take to keep them improving.",
      'Wendell Hargrove (Director)|Thank you, Madam Chairwoman. Our hurricane track forecasts are now forty percent more accurate than they were fifteen years ago. We will replace the remaining radar dishes by the end of 2028.',
      'Delphine Okafor-Lyle (Chairwoman of the Subcommittee)|Thank you, Dr. Hargrove. Mr. Pemberton, you are recognized.',
      'Pemberton ()|Director, how many forecaster positions are vacant today?',
      'Wendell Hargrove (Director)|About two hundred, sir. We are hiring as fast as the budget allows.',
      'Pemberton ()|That is a serious gap.',
    ]);
  });
  const hearing = (header: string) =>
    `${header}\n\nThe CHAIRMAN. We will begin.\n\nSTATEMENT OF HON. IDA HOLM, ADMINISTRATOR, PORTS AGENCY\n\nMs. HOLM. Thank you. The ports are busy.\n\nThe CHAIRMAN. Thank you.`;
  it.each<[string, string[]]>([
    [
      hearing('The Committee met at 10 a.m., Senator Jon Vale presiding.'),
      [
        'Jon Vale (Senator)|We will begin.',
        'Ida Holm (Administrator)|Thank you. The ports are busy.',
        'Jon Vale (Senator)|Thank you.',
      ],
    ],
    // nobody presiding: the chair is the role the label prints
    [
      hearing('The Committee met at 10 a.m.'),
      [
        'The CHAIRMAN (The CHAIRMAN)|We will begin.',
        'Ida Holm (Administrator)|Thank you. The ports are busy.',
        'The CHAIRMAN (The CHAIRMAN)|Thank you.',
      ],
    ],
    // a line in capitals that ends a sentence is the speaker's words
    [
      'MINISTER ANA RUIZ: We will begin.\n\nTHE PORTS ARE BUSY.\n\nQUESTION: Why?\n\nMINISTER ANA RUIZ: Trade.',
      ['Ana Ruiz (Minister)|We will begin.', 'Ana Ruiz (Minister)|THE PORTS ARE BUSY.', 'Ana Ruiz (Minister)|Trade.'],
    ],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe("a company's legal form closes its name", () => {
  it.each<[string, Array<[string, string]>]>([
    ['Vika Kraft ASA said profits rose.', [['Vika Kraft ASA', 'organization']]],
    ['Lunde Holding AB said profits rose.', [['Lunde Holding AB', 'organization']]],
    ['Saimaa Paper Oyj said profits rose.', [['Saimaa Paper Oyj', 'organization']]],
    // a person's name whose last word is spelled like a legal form, in normal case
    ['Tomas Ab said profits rose.', [['Tomas Ab', 'person']]],
  ])('%s', (text, expected) => {
    expect(analyze(text, { referenceDate: '2026-12-02' }).speakers.map((s) => [s.name, s.kind])).toEqual(expected);
  });
});

describe('a results release: the company by its legal form, and its chief executive’s comment below a colon', () => {
  it('credits the comment, not the notice after it, and names the company as issuer', () => {
    const text = fixture('release14-results-commentary.txt');
    expect(quotes(text)).toEqual([
      'Helen Castellane (Chief Executive)|We have had a strong summer season, and the two new vessels have settled in well on the island routes. We expect full-year results in line with market expectations.',
      'Helen Castellane (Chief Executive)|I would like to thank our crews for their hard work through a record August.',
    ]);
    expect(analyze(text).speakers.map((s) => [s.name, s.kind])).toEqual([
      ['Brackwater Marine plc', 'organization'],
      ['Helen Castellane', 'person'],
    ]);
  });
  it.each<[string, string[]]>([
    [
      'Ana Ruiz, Finance Director, said:\n\nWe will invest in the port this year.',
      ['Ana Ruiz (Finance Director)|We will invest in the port this year.'],
    ],
    // a statement handed over by a line naming its speaker
    [
      'Dredging paused\n\nFull statement from Harbour Board chair Lena Dahl:\n\nThe Board has listened to residents. Dredging will wait for the review.',
      ['Lena Dahl (chair)|The Board has listened to residents. Dredging will wait for the review.'],
    ],
    [
      "Audit response\n\nMinister Ana Ruiz's statement reads:\n\nWe will publish a repairs standard in January.",
      ['Ana Ruiz (Minister)|We will publish a repairs standard in January.'],
    ],
    // a title line naming the statement, without a colon, hands over nothing
    ['Statement from Harbour Board chair Lena Dahl on dredging\n\nThe Board has listened to residents.', []],
    // a line that names the speaker without a verb of speech hands over nothing
    ['Ana Ruiz, Finance Director, at the port:\n\nWe will invest in the port this year.', []],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('a wire credit closing the sentence after a name and its apposition', () => {
  it('credits each clause of the wire story', () => {
    expect(quotes(fixture('wire14-apposed-credits.txt'))).toEqual([
      "an official with the national tourism board ()|Tourist arrivals in the country's island regions are expected to reach a record this year",
      'Inês Barata (head)|Bookings for the winter season were up by about a tenth on last year, and most hotels on the main island were already full for December',
      'Inês Barata (head)|The board will spend more on promoting the smaller islands next year',
      'Inês Barata (head)|new ferry links would open in the spring',
      'Inês Barata (head)|The islands are not a summer-only destination any more',
    ]);
  });
  it.each<[string, string[]]>([
    ['Exports rose by a fifth, Ana Ruiz, director of the port, said.', ['Ana Ruiz (director)|Exports rose by a fifth']],
    ['The port said the berth would reopen.', ['The port ()|the berth would reopen']],
    [
      "The board will meet on March 10, the board's chair, Ana Ruiz, said.",
      ['Ana Ruiz (chair)|The board will meet on March 10'],
    ],
    // an addressee that runs on without a clause after it is told nothing
    [
      '"It is a good day," Hale told the Daily Ledger in an interview published on Sunday.',
      ['Hale ()|It is a good day'],
    ],
    // a clause before two commas and no credit of its own is no one's
    ['Exports rose, imports fell, and the port, the largest in the region, grew.', []],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('reactions listed as bullets: each item credits its own speaker', () => {
  it('credits each reaction in the list', () => {
    expect(quotes(fixture('release14-reaction-bullets.txt'))).toEqual([
      'Marit Solvang (Regional Transport Commissioner)|This bridge ends forty years of waiting for the people of Ostbrook.',
      'Anders Hovland (president)|Businesses on both banks will finally be one market.',
      'Live Aasen (spokesperson)|the group would study the environmental conditions before deciding whether to challenge the approval',
    ]);
  });
  it.each<[string, string[]]>([
    [
      'Reactions\n\n- Mayor Ana Ruiz: "We are delighted."\n\n- Councillor Jon Vale: "It costs too much."',
      ['Ana Ruiz (Mayor)|We are delighted.', 'Jon Vale (Councillor)|It costs too much.'],
    ],
    // a dash line without a quotation of its own still credits the quote above it
    ['"We are delighted."\n\n– Ana Ruiz, Mayor of Ostbrook', ['Ana Ruiz (Mayor)|We are delighted.']],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe("a release's questions and answers: the issuing company answers", () => {
  it('credits the answers to the company, and no quote to a product recall', () => {
    const text = fixture('release14-recall-faq.txt');
    expect(quotes(text)).toEqual([
      'Fjellgard Dairy AS ()|Only the 150g strawberry pots with best-before dates from 10 to 14 December 2026. Other flavours and sizes are not affected.',
      'Fjellgard Dairy AS ()|Customers should not eat the yoghurt and can return the pots to the shop where they bought them for a full refund.',
    ]);
    expect(analyze(text).speakers.map((s) => [s.name, s.kind])).toEqual([['Fjellgard Dairy AS', 'organization']]);
  });
  it.each<[string, string[]]>([
    ['The company is recalling 400g packs of frozen berries as a precaution.', []],
    ['Ana Ruiz recalled that the ships were late.', ['Ana Ruiz ()|the ships were late']],
    ['Ana Ruiz recalled the ships were late.', ['Ana Ruiz ()|the ships were late']],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe("a joint press availability: the interpreter's note and the moderator's closing are no one's words", () => {
  it('credits the ministers only, without the note', () => {
    expect(quotes(fixture('transcript14-joint-availability.txt'))).toEqual([
      'Sofie Lindqvist (Trade Minister)|Welcome to Stockholm, Rahul. Today we signed a memorandum on clean steel, and our officials will meet again in January.',
      'Rahul Menon (Trade Minister)|I thank Minister Lindqvist for her hospitality. The memorandum opens a new chapter in our trade relations.',
      'Rahul Menon (Trade Minister)|That is for the negotiators. We hope to conclude by the summer.',
    ]);
  });
  it.each<[string, string[]]>([
    [
      'MINISTER ANA RUIZ: We will build it.\n\nQUESTION: When?\n\nMINISTER ANA RUIZ: This year.\n\nMINISTER ANA RUIZ: Thank you all. This concludes the briefing.',
      ['Ana Ruiz (Minister)|We will build it.', 'Ana Ruiz (Minister)|This year.'],
    ],
    // a closing that states something after it is still the speaker's words
    [
      'MINISTER ANA RUIZ: We will build it.\n\nQUESTION: When?\n\nMINISTER ANA RUIZ: This year. The contract is signed. The money is there.',
      [
        'Ana Ruiz (Minister)|We will build it.',
        'Ana Ruiz (Minister)|This year. The contract is signed. The money is there.',
      ],
    ],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('a briefing header whose field names the spokesperson', () => {
  it('gives the spokesperson her title, and the field is no turn', () => {
    const text = fixture('briefing14-spokesperson-field.txt');
    expect(quotes(text).map((q) => q.split('|')[0])).toEqual([
      'Daria Kovalenko (Spokesperson)',
      'Daria Kovalenko (Spokesperson)',
      'Daria Kovalenko (Spokesperson)',
    ]);
  });
  it.each<[string, string[]]>([
    [
      'Briefing\n\nSpokesperson: Jon Vale\n\nJon Vale: The port is open.\n\nQuestion: When?\n\nJon Vale: Since Monday.',
      ['Jon Vale (Spokesperson)|The port is open.', 'Jon Vale (Spokesperson)|Since Monday.'],
    ],
    // a role label with a sentence after it is a turn of its own
    [
      'Briefing\n\nSpokesperson: The port is open.\n\nQuestion: When?\n\nSpokesperson: Since Monday.',
      ['Spokesperson (Spokesperson)|The port is open.', 'Spokesperson (Spokesperson)|Since Monday.'],
    ],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('quotes attributable to a named person, over one paragraph or several', () => {
  it('credits each paragraph that speaks in person, not the contact line after them', () => {
    expect(quotes(fixture('release14-attributable-quotes.txt'))).toEqual([
      'Hannah Oduya (Member for Culture)|Libraries are warm, free and open to everyone. Longer hours mean more people can use them after work.',
      'Mark Penhale (Head of Library Services)|We listened to readers who told us our hours did not fit their working day.',
      'Mark Penhale (Head of Library Services)|We will review visitor numbers in the spring and adjust the hours if we need to.',
    ]);
  });
  it.each<[string, string[]]>([
    [
      'Quotes attributable to Mayor Ana Ruiz:\n\nWe are delighted.\n\nWe will open the bridge in May.\n\nThe bridge cost £40m.',
      ['Ana Ruiz (Mayor)|We are delighted.', 'Ana Ruiz (Mayor)|We will open the bridge in May.'],
    ],
    [
      'Quote attributable to Port Commissioner, Jon Vale:\n\n"The channel is open again."',
      ['Jon Vale (Commissioner)|The channel is open again.'],
    ],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('a title\'s field in lower case after "of" is the title\'s, not an organisation', () => {
  it.each<[string, Array<[string, string | null, string | null]>]>([
    [
      '"It works," said Ana Ruiz, head of energy lending at the bank.',
      [['Ana Ruiz', 'head of energy lending', 'bank']],
    ],
    [
      '"It works," said Ana Ruiz, professor of economics at Vestby University.',
      [['Ana Ruiz', 'professor of economics', 'Vestby University']],
    ],
    // an article opens a body
    ['"It works," said Ana Ruiz, head of the bank.', [['Ana Ruiz', 'head', 'bank']]],
    // the owner before the title is its organisation
    [
      '"It works," said Ana Ruiz, the bank\'s head of energy lending.',
      [['Ana Ruiz', 'head of energy lending', 'bank']],
    ],
    ['"It works," said Ana Ruiz, the agency\'s Head of Operations.', [['Ana Ruiz', 'Head of Operations', 'agency']]],
  ])('%s', (text, expected) => {
    expect(analyze(text).speakers.map((s) => [s.name, s.title, s.organization])).toEqual(expected);
  });
});
