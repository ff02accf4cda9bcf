// Kinds of failure found on statements in layouts nobody tuned to, each as table rows of our own
// sentences: the quotes a text must have (kind, opening, speaker) and the openings it must not.
import { describe, expect, it } from 'vitest';
import { parseLabel } from '../src/attribution/layout.js';
import { quotesOf, tokensOf } from './support/layouts.js';

type Row = [name: string, text: string, quotes: Array<[kind: string, opening: string, speaker: string]>, not: string[]];

function check([, text, expected, not]: Row) {
  const { quotes } = quotesOf(text);
  for (const [kind, opening, speaker] of expected) {
    const found = quotes.find((q) => q.text.startsWith(opening));
    expect([opening, found?.kind, found?.speaker]).toEqual([opening, kind, speaker]);
  }
  for (const opening of not) expect(quotes.filter((q) => q.text.startsWith(opening)).map((q) => q.text)).toEqual([]);
}

const TRANSCRIPTS: Row[] = [
  [
    'numbered officials are labels of their own',
    `MODERATOR: Thanks for joining. Our first speaker will give an overview.

SENIOR OFFICIAL 1: The ferry link opens on Friday.

The second phase follows in the spring.

SENIOR OFFICIAL 2: The costs are shared by both ports.`,
    [
      ['direct', 'Thanks for joining', 'MODERATOR'],
      ['direct', 'The ferry link opens', 'SENIOR OFFICIAL 1'],
      ['direct', 'The second phase follows', 'SENIOR OFFICIAL 1'],
      ['direct', 'The costs are shared', 'SENIOR OFFICIAL 2'],
    ],
    ['SENIOR OFFICIAL'],
  ],
  [
    'a numbered speaker answers the labelled question before it',
    `MODERATOR: We will take questions now.

Q: When does the treaty come into force?

SPEAKER 2: The talks resume on Friday, and ratification follows in the spring.`,
    [['direct', 'The talks resume on Friday', 'SPEAKER 2']],
    ['When does the treaty'],
  ],
  [
    'a numbered speaker is the audience where questions have no label',
    `Governor Ana Berg: (00:05)
The roads north of the river are open again.

Speaker 3: (00:40)
Governor, is the ferry running?

Governor Ana Berg: (00:44)
The ferry runs from noon.`,
    [
      ['direct', 'The roads north', 'Ana Berg'],
      ['direct', 'The ferry runs', 'Ana Berg'],
    ],
    ['Governor, is the ferry'],
  ],
  [
    'a call transcript speaker line with a comma in the title',
    `Operator

Good morning, and welcome to the call. Please note this call is being recorded.

Hanne Vik -- Vice President, Investor Relations

Thank you, and good morning. With me is our chief executive.

Ole Brun -- Chief Executive Officer

Thanks, Hanne. We will open the northern depot in March.

Hanne Vik -- Vice President, Investor Relations

That ends our prepared remarks. The slides are on our website.`,
    [
      ['direct', 'Thank you, and good morning', 'Hanne Vik'],
      ['direct', 'Thanks, Hanne', 'Ole Brun'],
      ['direct', 'That ends our prepared remarks', 'Hanne Vik'],
    ],
    ['this call is being recorded', 'Good morning, and welcome'],
  ],
];

const REQUESTS: Row[] = [
  [
    '"Please note that" asks the reader and names no speaker',
    'Please note that the office is closed on Monday. The council said the office would reopen on Tuesday.',
    [['indirect', 'the office would reopen', 'The council']],
    ['the office is closed'],
  ],
  [
    '"please confirm" in a sentence has no subject either',
    'Applicants should please confirm that their address is correct.',
    [],
    ['their address is correct'],
  ],
];

const REPORTS: Row[] = [
  [
    'an addressee and a date before "that"',
    'The trade minister told foreign buyers last month that the harbour would double its capacity.',
    [['indirect', 'the harbour would double its capacity', 'The trade minister']],
    ['foreign buyers', 'last month'],
  ],
  [
    '"informed Y that" reports, and the clause ends before the subject\'s next verb',
    'Minister Ana Roe informed her counterpart that the parliament had ratified the treaty on Friday, and thanked him for his patience.',
    [['indirect', 'the parliament had ratified the treaty on Friday', 'Ana Roe']],
    ['her counterpart', 'the parliament had ratified the treaty on Friday, and'],
  ],
  [
    '"informed Y of" a thing reports no clause',
    'The agency informed the council of its decision in writing.',
    [],
    ['the council', 'of its decision'],
  ],
  [
    '"invited Y to V" is a directive',
    'The council invited the ministry to review the harbour plan.',
    [['indirect', 'the ministry to review the harbour plan', 'The council']],
    [],
  ],
  [
    '"invited Y to" a place is no report',
    'The mayor invited the press to the opening of the new library.',
    [],
    ['the press to the opening'],
  ],
  [
    'a directive in a second verb phrase after an infinitive',
    // one speaker: "The ministers asked …" in the past is a joint act, no one's words (test/joint13)
    'The minister agreed to launch a fund and asked the agency to present a plan by June.',
    [['indirect', 'the agency to present a plan by June', 'The minister']],
    ['a fund and asked'],
  ],
  [
    'two coordinated infinitives share their "to"',
    'They agreed it was time to keep up the pace and encourage all members to pay on time.',
    [],
    ['all members to pay on time'],
  ],
  [
    'a mixed quote ends at its closing mark before "and urged"',
    'The coach said the ban was "far too harsh", and urged the league to review it.',
    [
      ['mixed', 'the ban was "far too harsh"', 'The coach'],
      ['indirect', 'the league to review it', 'The coach'],
    ],
    ['the ban was "far too harsh", and'],
  ],
  [
    "the reported clause's own second verb in the past perfect stays in it",
    'The envoy said the talks had been long and difficult, and had also built trust on both sides.',
    [['indirect', 'the talks had been long and difficult, and had also built trust', 'The envoy']],
    [],
  ],
  [
    'the one who reports goes on in the first person',
    'The builder confirmed on Friday that the money is secured, and I can tell the house that work starts in May.',
    [['indirect', 'the money is secured', 'The builder']],
    ['the money is secured, and'],
  ],
  [
    'a denial of a charge, then a second verb, is no reported clause',
    'Roe denied the charge and requested a hearing, which took place yesterday.',
    [],
    ['the charge'],
  ],
  [
    'a denial with a clause still reports',
    'Roe denied that she had signed the contract.',
    [['indirect', 'she had signed the contract', 'Roe']],
    [],
  ],
];

describe('kinds of failure', () => {
  it.each(REPORTS)('reports: %s', (...row) => check(row));
  it.each(TRANSCRIPTS)('transcripts: %s', (...row) => check(row));
  it.each(REQUESTS)('requests: %s', (...row) => check(row));
});

describe('numbered and comma labels', () => {
  it.each([
    ['SENIOR OFFICIAL 2: The costs are shared.', 'role'],
    ['Deputy Minister 1: We agree.', 'role'],
    ['Speaker 2: Will the bridge reopen?', 'question'],
    ['Ana Roe -- Head, Investor Relations', 'person'],
  ])('%s → %s', (line, role) => {
    expect(parseLabel(tokensOf(line))?.role).toBe(role);
  });
  it.each([
    ['a numbered report', 'Report 2: Harbour traffic in the spring'],
    ['a numbered step', 'Step 2: Register online before Friday.'],
    ['a comma first in the title', 'Ana Roe -- , Head of Sales'],
    ['a comma closing the title', 'Ana Roe -- Head of Sales ,'],
  ])('%s is no label', (_name, line) => {
    expect(parseLabel(tokensOf(line))).toBeNull();
  });
});
