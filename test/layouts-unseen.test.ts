// Layouts the visible corpus does not have: each fixture (fixtures/layout-*.txt, written for these
// tests) with the speaker every quote must have, what must not be a quote, and the grammar of
// each layout as a table with negative cases beside it.
import { describe, expect, it } from 'vitest';
import {
  creditLine,
  datelineEnd,
  isStatement,
  parseLabel,
  rosterNameLine,
  titleLineSpeakers,
  transcriptHeader,
  type LabelRole,
} from '../src/attribution/layout.js';
import { contextOf, describeLayouts, quotesOf, tokensOf, type Expected } from './support/layouts.js';

/** [fixture, every quote in text order (kind, opening, speaker), openings that must not be quotes]. */
const LAYOUTS: Array<[string, Expected, string[]]> = [
  [
    'layout-mfa-press-conference.txt',
    [
      ['direct', 'Good afternoon. I have two announcements', 'Irena Kovalchuk'],
      ['direct', 'At the invitation of Foreign Minister', 'Irena Kovalchuk'],
      ['direct', 'The two ministers will discuss', 'Irena Kovalchuk'],
      ['direct', 'The two sides are still working', 'Irena Kovalchuk'],
      ['indirect', 'the new pipeline poses no risk', 'The environment agency'],
      ['direct', 'We have noted the assessment.', 'Irena Kovalchuk'],
      ['direct', 'We firmly reject the protest.', 'Irena Kovalchuk'],
    ],
    ['Can you share more details', 'The environment agency said', 'Thank you. A follow-up'],
  ],
  [
    'layout-committee-hearing.txt',
    [
      ['direct', 'I declare open this public hearing', 'THE CHAIR'],
      ['direct', 'Thank you, Chair. The corridor', 'Halvorsen'],
      ['direct', 'The cost estimate has risen', 'Halvorsen'],
      ['direct', 'Ms Halvorsen, can you tell the committee', 'Okonjo'],
      ['direct', 'Passenger services are planned', 'Halvorsen'],
      ['direct', 'I am concerned that the towns', 'Okonjo'],
      ['direct', 'We have costed two of the four stations.', 'Ravensholt'],
      ['direct', 'Thank you. The committee will suspend', 'THE CHAIR'],
    ],
    // Ms de Wit only asks: a member's question, no statement of hers.
    ['Thank you. I call Mr Okonjo.', 'Ms de Wit.', 'Proceedings suspended', 'Has the authority costed'],
  ],
  [
    'layout-defence-ranks.txt',
    [
      ['direct', 'Good afternoon. Today we have', 'Dana Morrow'],
      ['direct', 'Thanks, Dana. The exercise ended', 'Oskar Ferrante'],
      ['direct', 'More than four thousand personnel', 'Oskar Ferrante'],
      ['direct', 'The maritime phase tested', 'Liv Castellan'],
      ['direct', 'Yes. Two foreign survey ships', 'Oskar Ferrante'],
      ['direct', 'We plan to hold it every two years.', 'Liv Castellan'],
      ['direct', 'And I would add that the results', 'Oskar Ferrante'],
      ['direct', "Thank you. That's all the time", 'Dana Morrow'],
    ],
    ['General, were any foreign vessels', 'Admiral, will the exercise'],
  ],
  [
    'layout-earnings-call.txt',
    [
      ['direct', 'Thank you, operator, and good morning', 'Marta Lindqvist'],
      ['direct', 'Thank you, Marta. This was a strong quarter', 'Henrik Aalto'],
      ['direct', 'We expect to complete the southern', 'Henrik Aalto'],
      ['direct', 'Thank you, Henrik. Operating margin', 'Sofie Brandt'],
      ['direct', 'Sure, Paul. The budget holds.', 'Henrik Aalto'],
    ],
    [
      'Good day, and welcome',
      'Our first question comes from',
      'Hi, thanks for taking my question.',
      'That concludes',
      'Marta Lindqvist -- Head',
      'Call participants',
    ],
  ],
  [
    'layout-earnings-call-roster.txt',
    [
      ['direct', 'Thank you. Orders grew by nine percent', 'Ana Roe'],
      ['direct', 'Thanks, Ana. Margins improved', 'Jon Hale'],
      ['direct', 'Prices held steady', 'Ana Roe'],
    ],
    ['Good morning and welcome', 'Our first question comes from', 'Thanks. Can you talk about pricing?', 'Ana Roe'],
  ],
  [
    'layout-noon-briefing-spokesman.txt',
    [
      ['direct', 'Good afternoon.', 'Amadou Keller'],
      ['direct', 'The Secretary-General is following', 'Amadou Keller'],
      ['direct', 'The humanitarian office says that', 'Amadou Keller'],
      ['indirect', 'at least twelve thousand people', 'The humanitarian office'],
      ['direct', 'Tomorrow our guest at the briefing', 'Amadou Keller'],
      ['direct', 'He spoke with the President this morning', 'Amadou Keller'],
      ['direct', 'The envoy will travel next week.', 'Amadou Keller'],
    ],
    ['**Cyclone Relief', '**Questions and Answers', 'Has the Secretary-General spoken', 'Any update on'],
  ],
  [
    'layout-readout-guillemets.txt',
    [
      ['direct', 'Our two countries have a duty', 'Élise Marchetti'],
      ['indirect', 'the new grid link between the two countries', 'Jonas Kellner'],
      ['direct', 'Wir haben heute einen wichtigen Schritt gemacht', 'Jonas Kellner'],
      ['indirect', 'both governments would present a joint plan', 'Jonas Kellner'],
      ['direct', 'Nous voulons une Europe', 'Élise Marchetti'],
    ],
    ['The two leaders agreed'],
  ],
  [
    'layout-release-quote-from.txt',
    [
      ['indirect', 'its first fully electric ferry', 'Harbourline Ferries'],
      ['direct', 'This is the biggest change to our fleet', 'Ingrid Solberg'],
      ['direct', 'The city has waited a long time', 'Tobias Renn'],
    ],
    ['Quote from', 'Harbourline Ferries operates six routes', 'The new vessel carries'],
  ],
  [
    'layout-interview-qa.txt',
    [
      ['direct', 'We have opened an emergency fund', 'Petra Marwick'],
      ['direct', 'I understand their frustration.', 'Petra Marwick'],
      ['direct', 'No. The rules will come into force', 'Petra Marwick'],
    ],
    ['Minister, the drought', "Farmers' groups say", 'Will the new water rules', 'The minister spoke to'],
  ],
  [
    'layout-agency-adding-that.txt',
    [
      ['indirect', 'Port strike talks to resume on Monday', 'union'],
      ['indirect', 'Talks to end the strike at the port', 'union'],
      ['direct', 'We are ready to return to the table', 'Teodor Blom'],
      ['indirect', 'the workers would not accept a pay freeze', 'Teodor Blom'],
      ['direct', 'The port', 'Teodor Blom'],
      ['direct', 'cannot run without the people', 'Teodor Blom'],
      ['indirect', 'the authority had made a fair offer', 'Karin Ulfsdotter'],
      ['direct', 'We want an agreement this week', 'Karin Ulfsdotter'],
      ['indirect', 'cargo was already being diverted', 'Karin Ulfsdotter'],
      ['indirect', 'the strike had cost the port', 'Karin Ulfsdotter'],
    ],
    ['LUNDHAVEN', 'Shipping companies have warned'],
  ],
];

describeLayouts(LAYOUTS);

describe('speaker labels of other layouts', () => {
  it.each<[string, LabelRole, string[]]>([
    ['Henrik Aalto -- Chief Executive Officer', 'person', ['henrik', 'aalto']],
    ['Marta Lindqvist – Head of Investor Relations', 'person', ['marta', 'lindqvist']],
    ['Paul Quillon -- Northgate Securities -- Analyst', 'question', []],
    ['Operator', 'aside', []],
    ['A. We have opened a fund.', 'answer', []],
    ['Q. Minister, what now?', 'question', []],
    ['Prepared Remarks:', 'aside', []],
    ['Questions and Answers:', 'aside', []],
    ['QUESTION:', 'question', []],
    ['Reporter (Coastal Daily): Can you share more?', 'question', []],
    ['Spokesperson Irena Kovalchuk: Good afternoon.', 'person', ['irena', 'kovalchuk']],
    ['LT. GEN. FERRANTE: Yes.', 'person', ['ferrante']],
    ['Mr OKONJO (Labour): Thank you.', 'person', ['okonjo']],
  ])('%s → %s', (line, role, nameWords) => {
    const label = parseLabel(tokensOf(line));
    expect(label?.role).toBe(role);
    expect(label?.nameWords).toEqual(nameWords);
  });
  it.each([
    ['a headline with a dash', 'Oslo – Harbour Reopens After Storm'],
    ['a name and an outlet without a title', 'Jane Roe -- Harbour Weekly'],
    ['an operator in a sentence', 'Operator errors delayed the launch.'],
    ['a lower-case line with a dash', 'the port - closed since Monday - will reopen'],
  ])('%s is no label', (_name, line) => {
    expect(parseLabel(tokensOf(line))).toBeNull();
  });
  it('reads a name alone on its line as a label only where a roster lists it', () => {
    const roster = new Map([['ana roe', parseLabel(tokensOf('Ana Roe - Chief Executive Officer'))!]]);
    expect(rosterNameLine(tokensOf('Ana Roe'), roster)?.nameWords).toEqual(['ana', 'roe']);
    expect(rosterNameLine(tokensOf('Jon Hale'), roster)).toBeNull();
    expect(rosterNameLine(tokensOf('Ana Roe said so.'), roster)).toBeNull();
    const signature = 'The ferry will sail on Monday.\n\nAna Roe\n\nThe port reopens on Tuesday after the repairs.';
    expect(quotesOf(signature).quotes.filter((q) => q.rule === 'transcript-label')).toEqual([]);
  });
  it('reads "A." as an answer only where questions are labelled', () => {
    const initial =
      'A. Roe, the new harbour master, took office on Monday and will stay for five years.\n\nA. Roe said the port would reopen soon after the inspection of the quay wall.';
    expect(quotesOf(initial).quotes.filter((q) => q.rule === 'transcript-label')).toEqual([]);
  });
});

describe('hand-offs of hearings and calls', () => {
  const statement = (text: string) => {
    const ctx = contextOf(text);
    return isStatement(ctx.tokens[0]!, 0, ctx.sentenceStarts[0]!);
  };
  it.each([
    ['Thank you. I call Mr Okonjo.'],
    ['I now recognise Senator Amari.'],
    ['Ms de Wit.'],
    ['Casey Lane, please.'],
  ])('%s is procedure', (text) => expect(statement(text)).toBe(false));
  it.each([['Jon, do you want to add anything on the schedule?'], ['Would you like to comment on that, Admiral?']])(
    '%s passes the question on',
    (text) => expect(statement(text)).toBe(false),
  );
  it.each([
    ['We would like to add two stops to the tour next year.'],
    ['I call on the council to publish the report before the vote.'],
    ['The minister called Mr Okonjo on Monday about the line.'],
    ['Harbour Lane closed.'],
  ])('%s is a statement', (text) => expect(statement(text)).toBe(true));
});

describe('header and credit lines', () => {
  it.each([
    ['Highlights of the noon briefing by Amadou Keller, Spokesperson for the Secretary-General.', true],
    ['The following is a near-verbatim transcript of the briefing by Ana Roe.', true],
    ['Highlights of the report by the Harbour Commission.', false],
    ['Summary of the findings by Ana Roe.', false],
  ])('%s: transcript header %s', (line, is) => {
    expect(transcriptHeader(tokensOf(line)) !== null).toBe(is);
  });
  it.each([
    ['Defence Update: Press Briefing by Lieutenant General Oskar Ferrante', 1],
    ['Press Briefing by Ana Roe and Jon Hale', 2],
    ['Defence Update: Fleet Returns to Port', 0],
  ])('%s names %i speakers', (line, n) => {
    expect(titleLineSpeakers(tokensOf(line))).toHaveLength(n);
  });
  it.each([
    ['Quote from Ingrid Solberg, Chief Executive of Harbourline Ferries:', 2],
    ['Comments from Mayor Tobias Renn:', 2],
    ['And a quote from Ana Roe:', null],
    ['Quote from the report:', null],
    ['A quote from Ana Roe appeared in the paper.', null],
    ['Statement from Ana Roe:', null],
  ])('%s: credit line %s', (line, link) => {
    const at = creditLine(tokensOf(line));
    expect(at === null ? null : at + 1).toBe(link);
  });
  it('keeps quoted paragraphs under a credit line for the quote rules', () => {
    const text =
      'Quote from Ana Roe, Mayor of Kessel:\n\n"The crossing will be cleaner for everyone who lives along the sound."';
    const { quotes } = quotesOf(text);
    expect(quotes.map((q) => [q.rule === 'credit-block', q.text.startsWith('The crossing')])).toEqual([[false, true]]);
  });
  it('takes only the indented paragraphs below a credit line when the quote is indented', () => {
    const text =
      'Quote from Ana Roe, Mayor of Kessel:\n\n    The crossing will be cleaner for everyone.\n\nThe ferry carries 300 passengers and charges in twelve minutes.';
    expect(quotesOf(text).quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['The crossing will be cleaner for everyone.', 'Ana Roe'],
    ]);
  });
});

describe('issuers of other layouts', () => {
  const speakersOf = (text: string) => quotesOf(text).speakers.map((s) => s.name);
  it('names the office holder a title line gives by title alone', () => {
    const text =
      'Statement by the Spokesperson on the floods in the river delta\n\nThe floods have displaced thousands of families, and relief must reach them quickly.';
    expect(speakersOf(text)).toEqual(['the Spokesperson']);
  });
  it.each([
    ['a role', 'Briefing with Senior Officials on the Summit\n\nThe summit opens on Monday with a session on trade.'],
    ['a plain headline', 'Storm by the Coast Closes the Harbour\n\nThe harbour stays closed until Monday.'],
  ])('names no issuer from %s', (_name, text) => {
    expect(speakersOf(text)).toEqual([]);
  });
  it('finds the announcer after a wire dateline below a long headline, with its legal form', () => {
    const text = [
      'Harbour Cranes Reports Record Year',
      'Orders Up 12%; Backlog at a High',
      'Service Revenue Up 8%',
      'Dividend Raised',
      'March 3, 2025 07:00 AM',
      'RIVERTON, N.C.--(PORT NEWS)--Harbour Cranes, Inc. (NYSE: HCR), a maker of port cranes, today announced its results for the year.',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['Harbour Cranes, Inc.']);
  });
});

describe('wire datelines', () => {
  it.each([
    ['BEIJING, Oct. 31 (Harbour Wire) -- The ministry said on Thursday that talks would go on.', 'The'],
    ['RIVERTON, N.C.--(PORT NEWS)--Harbour Cranes Inc. today announced a new crane.', 'Harbour'],
    ['KESSEL, Sept. 10, 2025 /Wire/ — The port reopened.', 'The'],
    ['LUNDHAVEN (Northwire) - Talks will resume.', 'Talks'],
  ])('%s', (line, first) => {
    const ts = tokensOf(line);
    expect(ts[datelineEnd(ts)]!.text).toBe(first);
  });
  it.each([
    ['The port reopened - after a week - on Monday.'],
    ['NEW YORK: The council met today.'],
    ['NATO said on Monday that the talks would go on.'],
    ['Talks to end the strike - the longest in years - resume on Monday.'],
  ])('%s has none', (line) => {
    expect(datelineEnd(tokensOf(line))).toBe(0);
  });
});
