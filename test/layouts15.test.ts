// Layouts and sources no fixture had yet: an interview under "Interview given by X to Y" whose labels
// name only the office (fixtures/interview15-given-by-header.txt); "he" and "she" inside someone's
// own quoted words (fixtures/news15-own-words-pronouns.txt), who never stand for the quoter; a
// time-stamped briefing whose moderator introduces the speaker with her title and hands the floor on
// (fixtures/briefing15-timestamped-moderator.txt). Rows of our own words, negative rows beside them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

/** Every quote as "speaker (title)|text". */
const quotes = (text: string) => {
  const { quotes, speakers } = analyze(text, { referenceDate: '2026-11-05' });
  return quotes.map((q) => {
    const s = speakers.find((x) => x.id === q.speakerId);
    return `${s?.name ?? ''} (${s?.title ?? ''})|${q.text}`;
  });
};
/** Every speaker as [name, title, organisation]. */
const speakers = (text: string) => analyze(text).speakers.map((s) => [s.name, s.title, s.organization]);
const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

const ANSWERS = '\n\nQUESTION: What did you agree?\n\nFOREIGN MINISTER: We agreed to open a consulate.';

describe('an interview header names whom the office labels stand for', () => {
  it('credits the answers to the minister, and the nested report to no one it could not be', () => {
    expect(quotes(fixture('interview15-given-by-header.txt'))).toEqual([
      'Aurel Dinescu (Foreign Minister)|We agreed to open a consulate in the port city next year, and to double the student exchanges.',
      'Aurel Dinescu (Foreign Minister)|They were frank. I told my counterpart that we want a fair settlement, and he said his government wants the same.',
      ' ()|his government wants the same',
      'Aurel Dinescu (Foreign Minister)|In the spring, in our capital.',
    ]);
  });
  it.each<[string, string[]]>([
    [
      `Interview of Foreign Minister Ana Roe with Radio Vell${ANSWERS}`,
      ['Ana Roe (Foreign Minister)|We agreed to open a consulate.'],
    ],
    [
      `Interview given by Foreign Minister Ana Roe to the newspaper Vell Post${ANSWERS}`,
      ['Ana Roe (Foreign Minister)|We agreed to open a consulate.'],
    ],
    [
      `Interview of the Foreign Minister, Ana Roe, with Radio Vell${ANSWERS}`,
      ['Ana Roe (Foreign Minister)|We agreed to open a consulate.'],
    ],
    // what the interview is with is no speaker
    [
      `Press conference by Foreign Minister Ana Roe with Radio Vell${ANSWERS}`,
      ['Ana Roe (Foreign Minister)|We agreed to open a consulate.'],
    ],
    // a statement "of" something names no one
    [
      `Statement of Intent on Fisheries${ANSWERS}`,
      ['FOREIGN MINISTER (FOREIGN MINISTER)|We agreed to open a consulate.'],
    ],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('"he" and "she" in someone\'s own words are someone else', () => {
  it("credits the reports inside the mayor's quotes to no one rather than to her", () => {
    expect(quotes(fixture('news15-own-words-pronouns.txt'))).toEqual([
      'Ruth Calloway (Mayor)|Harbour bridge to reopen in March',
      'Ruth Calloway (Mayor)|I called the governor this morning, and he said the state would cover half of the repair bill',
      ' ()|the state would cover half of the repair bill',
      'Ruth Calloway (Mayor)|the bridge would reopen in March',
      'Ruth Calloway (Mayor)|I met Transport Minister Ana Roe last week, and she told me that the funds were ready',
      'Ana Roe (Transport Minister)|the funds were ready',
      'Amara Osei (chief engineer)|The steel is already on site',
    ]);
  });
  it.each<[string, string[]]>([
    // a woman she names in her own words
    [
      '“I met Minister Ana Roe last week, and she told me that the funds were ready,” Ruth Calloway said.',
      [
        'Ruth Calloway ()|I met Minister Ana Roe last week, and she told me that the funds were ready',
        'Ana Roe (Minister)|the funds were ready',
      ],
    ],
    // a label's own words
    [
      'Press conference by Mayor Ruth Calloway\n\nQ: Who pays?\n\nMAYOR CALLOWAY: I called the governor, and she said the state would pay.',
      ['Ruth Calloway (Mayor)|I called the governor, and she said the state would pay.', ' ()|the state would pay'],
    ],
    // outside the quote, "she" is the mayor
    [
      '“We are ready,” Ruth Calloway said. She said the bridge would reopen in March.',
      ['Ruth Calloway ()|We are ready', 'Ruth Calloway ()|the bridge would reopen in March'],
    ],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('a moderator introduces the speaker and hands the floor on', () => {
  it('gives the speaker the title the introduction sets off, and the hand-off no words', () => {
    expect(quotes(fixture('briefing15-timestamped-moderator.txt'))).toEqual([
      'Moderator (Moderator)|Welcome to this briefing on the harvest outlook. Our speaker today is Dr. Amara Osei, chief economist of the Grain Council.',
      "Amara Osei (chief economist)|Thank you. This year's harvest will be about ten percent below the five-year average.",
      'Amara Osei (chief economist)|Prices have already risen, and we expect them to stay high until the spring.',
    ]);
  });
  it.each<[string, string[]]>([
    ['Moderator: Our next question comes from Ana Ruiz.\n\nAna Ruiz: Will prices rise?', []],
    ['Moderator: The question is from Ana Ruiz.\n\nAna Ruiz: Will prices rise?', []],
    // a statement about where money comes from is no hand-off
    [
      'Moderator: The money comes from the federal budget.\n\nAna Ruiz: Will prices rise?',
      ['Moderator (Moderator)|The money comes from the federal budget.'],
    ],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe("a title set off after a name anywhere is the speaker's", () => {
  it.each<[string, Array<[string, string | null, string | null]>]>([
    [
      'The plan was drawn up by Amara Osei, chief engineer of the Harbour Trust.\n\n“It will hold,” Osei said.',
      [['Amara Osei', 'chief engineer', 'Harbour Trust']],
    ],
    [
      'Joining us is Amara Osei, a spokeswoman for the ministry.\n\n“It will hold,” Osei said.',
      [['Amara Osei', 'spokeswoman', 'ministry']],
    ],
    // an age or a list sets off no title
    ['The plan was drawn up by Amara Osei, 54, last year.\n\n“It will hold,” Osei said.', [['Amara Osei', null, null]]],
    [
      'The letter was signed by Amara Osei, Tom Reed and Ola Berg.\n\n“It will hold,” Osei said.',
      [['Amara Osei', null, null]],
    ],
    // the office of a spokesperson is no organisation
    [
      'Statement by the Office of the Spokesperson\n\nThe Spokesperson said that the talks would resume.',
      [['the Office of the Spokesperson', 'Spokesperson', null]],
    ],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('a guest who answers after a question label, and a ministry masthead over the release mark', () => {
  it('credits the guest minister, who answers once, after the question put to both', () => {
    expect(quotes(fixture('transcript15-guest-answers.txt'))).toEqual([
      'Ivan Petrov (Foreign Minister)|Yes, we did. Our Valdish partners said they were ready to extend it for five years.',
      'Our Valdish partners ()|they were ready to extend it for five years',
      'Ana Kessel (Foreign Minister of Valdia)|We will meet again in the spring in our capital.',
      'Ivan Petrov (Foreign Minister)|I can only confirm that.',
    ]);
  });
  it('makes no person of the country line over "PRESS RELEASE"', () => {
    expect(speakers(fixture('release15-ministry-masthead.txt'))).toEqual([
      ['Ministry of Health', null, null],
      ['Farida Nsubuga', 'Minister of Health', null],
      ['Okello Odongo', 'Permanent Secretary', null],
    ]);
  });
  it.each<[string, string[]]>([
    // a name label that asks, after a question label, is still a journalist's
    [
      'Remarks by Minister Ivan Petrov\n\nQuestion: When?\n\nIvan Petrov: Soon.\n\nQuestion: Where?\n\nJon Bell: And the cost?\n\nIvan Petrov: Low.',
      ['Ivan Petrov (Minister)|Soon.', 'Ivan Petrov (Minister)|Low.'],
    ],
    // a name label once after an official's answer, beside titled officials, asks
    [
      'Remarks by Minister Ivan Petrov\n\nQuestion: When?\n\nIvan Petrov: Soon.\n\nJon Bell: Thank you, Minister.\n\nIvan Petrov: Thank you.',
      ['Ivan Petrov (Minister)|Soon.', 'Ivan Petrov (Minister)|Thank you.'],
    ],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('a document issued by its source, a body with a setting set off, and pronouns for no one', () => {
  it.each<[string, string[]]>([
    [
      'According to a statement issued by the ministry, the border will reopen on Monday.',
      ['the ministry ()|the border will reopen on Monday'],
    ],
    [
      'The border will reopen on Monday, according to a statement released by the ministry.',
      ['the ministry ()|The border will reopen on Monday'],
    ],
    ['According to documents released by the court, the border will reopen.', ['the court ()|the border will reopen']],
    ['The company, in a filing with regulators, said profits would fall.', ['The company ()|profits would fall']],
    [
      'The ministry, which oversees the ports, said the channel would reopen.',
      ['The ministry ()|the channel would reopen'],
    ],
    // a joint act stays no quote
    ['The two sides, meeting in Vell, agreed that talks would resume.', []],
    // "he" in her own words is the man named before, not "Everyone"
    [
      'Governor Ana Ruiz praised Tom Berg. Everyone was there.\n\nRUIZ: I trust him. He said that we need calm.\n\nQ: Why?\n\nRUIZ: Because it matters.',
      [
        'Ana Ruiz (Governor)|I trust him. He said that we need calm.',
        'Tom Berg ()|we need calm',
        'Ana Ruiz (Governor)|Because it matters.',
      ],
    ],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('the issuer a header line names in other forms', () => {
  const body = '\n\nThe new harbour rules take effect on Monday.';
  it.each<[string, string[]]>([
    ['Source: Ministry of Fisheries, Republic of Tarvenia', ['Ministry of Fisheries']],
    ['Press release | Department of Fisheries | 5 November 2026', ['Department of Fisheries']],
    ['Published by the Department of Fisheries on 5 November 2026', ['Department of Fisheries']],
    // a site's account and a photo agency are no issuers
    ['Published By : Admin', []],
    ['Harbour rules\n\nSource: Reuters', []],
  ])('%s', (header, expected) => {
    expect(analyze(header + body).speakers.map((s) => s.name)).toEqual(expected);
  });
});

describe('"he" in someone\'s own words is the man they name there, and narration about a speaker is not their words', () => {
  it.each<[string, string[]]>([
    [
      'Tom Berg praised the plan.\n\nAna Ruiz said: "I think Marco Diaz is still the best choice. He said the plan would work."',
      [
        'Ana Ruiz ()|I think Marco Diaz is still the best choice. He said the plan would work.',
        'Marco Diaz ()|the plan would work',
      ],
    ],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('orders and advice to an addressee, and the fuller title a later mention gives', () => {
  it.each<[string, string[]]>([
    [
      'Minister Ana Roe directed officials to complete the works on time.',
      ['Ana Roe (Minister)|officials to complete the works on time'],
    ],
    [
      'Minister Ana Roe instructed the agency to report by Friday.',
      ['Ana Roe (Minister)|the agency to report by Friday'],
    ],
    ['The ministry advised farmers to harvest early.', ['The ministry ()|farmers to harvest early']],
    // a passive, a thing directed somewhere and a project run are no orders
    ['Inquiries should be directed to the press office.', []],
    // asking for anonymity is no order to anyone
    ['The official requested anonymity to discuss the talks.', []],
    ['The film was directed by Ana Roe.', []],
    ['Ana Roe directed the project for ten years.', []],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
  it.each<[string, Array<[string, string | null, string | null]>]>([
    [
      'Union Minister Shri Arvind Mehra reviews the mission\n\nUnion Minister of Jal Resources Shri Arvind Mehra today chaired a meeting. The Minister said that every home will get a tap.',
      [['Arvind Mehra', 'Minister of Jal Resources', null]],
    ],
    // a later title with other words is not the same title made fuller
    [
      'Minister Ana Roe said the port would open. Ana Roe, a former teacher, added that it would be busy.',
      [['Ana Roe', 'Minister', null]],
    ],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('an interviewer the header names asks, and is no source', () => {
  it.each<[string, string[]]>([
    [
      'Climate chief Ana Roe on the crisis\n\nInterview by Jon Bell\n\nBELL: Is it too late?\n\nROE: No, but we are running out of time.\n\nBELL: What should governments do?\n\nROE: Stop building coal plants.',
      ['Ana Roe ()|No, but we are running out of time.', 'Ana Roe ()|Stop building coal plants.'],
    ],
    // the header's spokesperson who asks once, then answers, still speaks
    [
      'Press briefing by Spokesperson Jon Bell\n\nBELL: Any questions?\n\nQUESTION: When is the vote?\n\nBELL: On Friday.',
      ['Jon Bell (Spokesperson)|Any questions?', 'Jon Bell (Spokesperson)|On Friday.'],
    ],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('a title with its field in brackets before a courtesy word and the name', () => {
  it.each<[string, Array<[string, string | null, string | null]>]>([
    [
      'Secretary (Drinking Water) Smt. Lata Rao informed that 80 per cent of homes were covered.',
      [['Lata Rao', 'Secretary (Drinking Water)', null]],
    ],
    [
      'Joint Secretary (Policy) Shri Amit Sen said that the rules were ready.',
      [['Amit Sen', 'Joint Secretary (Policy)', null]],
    ],
    // a note in brackets after a name is no field of a title
    ['Lata Rao (pictured) said that the rules were ready.', [['Lata Rao', null, null]]],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('roles numbered with a sign by the transcriber', () => {
  it('keeps each numbered official apart, and the moderator out of their turns', () => {
    expect(
      quotes(
        'Background Press Call by Senior Administration Officials\n\nMODERATOR: Thanks for joining. This call is on background.\n\nSENIOR ADMINISTRATION OFFICIAL #1: The agreement cuts tariffs.\n\nSENIOR ADMINISTRATION OFFICIAL #2: And it sets up a panel.\n\nQ: When will it take effect?\n\nSENIOR ADMINISTRATION OFFICIAL #1: In January.',
      ),
    ).toEqual([
      'MODERATOR (MODERATOR)|Thanks for joining. This call is on background.',
      'SENIOR ADMINISTRATION OFFICIAL #1 (SENIOR ADMINISTRATION OFFICIAL #1)|The agreement cuts tariffs.',
      'SENIOR ADMINISTRATION OFFICIAL #2 (SENIOR ADMINISTRATION OFFICIAL #2)|And it sets up a panel.',
      'SENIOR ADMINISTRATION OFFICIAL #1 (SENIOR ADMINISTRATION OFFICIAL #1)|In January.',
    ]);
  });
});

describe("a title with another side's demonym is not the holder of the same title named without it", () => {
  it.each<[string, string[]]>([
    [
      'Foreign Minister Gao Ren will visit Valdia next week.\n\nQ: The Valdish foreign minister said yesterday that a trade deal would be signed. Can you confirm?\n\nSpokesperson: We will release information in due course.',
      [
        'The Valdish foreign minister (foreign minister)|a trade deal would be signed',
        'Spokesperson (Spokesperson)|We will release information in due course.',
      ],
    ],
    // the same side, printed as a demonym or as "of" the country
    [
      'Japanese Foreign Minister Kenji Mori said the talks were useful.\n\nThe Japanese foreign minister added that a deal was close.',
      ['Kenji Mori (Foreign Minister)|the talks were useful', 'Kenji Mori (Foreign Minister)|a deal was close'],
    ],
    [
      'Foreign Minister Kenji Mori of Japan said the talks were useful.\n\nThe Japanese foreign minister added that a deal was close.',
      ['Kenji Mori (Foreign Minister)|the talks were useful', 'Kenji Mori (Foreign Minister)|a deal was close'],
    ],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});
