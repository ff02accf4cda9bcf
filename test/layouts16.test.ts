// Layouts and sources no fixture had yet: a letterhead giving office and name on one line over
// "TRANSCRIPT", whose role labels stand for that person (fixtures/transcript16-letterhead-role-labels.txt);
// one role label under "Remarks by X" (fixtures/remarks16-single-role-label.txt); a release's
// "Name, Title, Company:" over the quote, and data as a source (fixtures/release16-name-title-colon.txt);
// title lines of spoken formats ("Doorstop interview with X", "Transcript: X, …"); a headline's verb
// after a title. Rows of our own words, negative rows beside them.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { fixtureText as fixture, titledQuotes as quotes } from './support/quotes.js';

const TURNS = '\n\nPRIME MINISTER: We will build the hospital.\n\nJOURNALIST: When?\n\nPRIME MINISTER: Next year.';
const PM_TURNS = [
  'Hana Ribeiro (Prime Minister)|We will build the hospital.',
  'Hana Ribeiro (Prime Minister)|Next year.',
];
const UNLINKED = [
  'PRIME MINISTER (PRIME MINISTER)|We will build the hospital.',
  'PRIME MINISTER (PRIME MINISTER)|Next year.',
];

describe('role labels stand for the person the title line or letterhead names', () => {
  it('credits the minister of a one-line letterhead over "TRANSCRIPT"', () => {
    const found = quotes(fixture('transcript16-letterhead-role-labels.txt'));
    expect(found).toHaveLength(3);
    for (const q of found) expect(q.startsWith('Keren Adeyemi (Minister for Health)|')).toBe(true);
  });
  it.each<[string, string[]]>([
    [`Doorstop interview with Prime Minister Hana Ribeiro${TURNS}`, PM_TURNS],
    [`Radio interview with Prime Minister Hana Ribeiro${TURNS}`, PM_TURNS],
    [`Transcript: Prime Minister Hana Ribeiro, doorstop interview, Port Alder${TURNS}`, PM_TURNS],
    [`PRIME MINISTER HANA RIBEIRO\nTRANSCRIPT\nDOORSTOP INTERVIEW${TURNS}`, PM_TURNS],
    // a series prefix before a topic names no one
    [`Transcript: Hospital Works Update${TURNS}`, UNLINKED],
    // a headline over the mark names no one either
    [`PRIME MINISTER ANNOUNCES NEW HOSPITAL\nTRANSCRIPT${TURNS}`, UNLINKED],
    // a call with someone is a meeting, not their words
    [`Telephone call with Prime Minister Hana Ribeiro${TURNS}`, UNLINKED],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('one label under a header naming its speaker', () => {
  it('is the governor’s turn, the label left out of her words', () => {
    expect(quotes(fixture('remarks16-single-role-label.txt'))).toEqual([
      'Ilse Marquardt (Governor)|Thank you all for coming out on such a cold morning. This plant will give clean water to forty thousand households, and it was built two months ahead of schedule.',
      'Ilse Marquardt (Governor)|I want to thank the engineers and the workers who made that possible.',
    ]);
  });
  it.each<[string, string[]]>([
    [
      'Remarks by Minister Sione Tupou at the harbour\n\nMINISTER TUPOU: Thank you all for coming.',
      ['Sione Tupou (Minister)|Thank you all for coming.'],
    ],
    // a label that is not the header's speaker stays the paragraph's words
    [
      'Remarks by Minister Sione Tupou at the harbour\n\nNote: The harbour opens in May.',
      ['Sione Tupou (Minister)|Note: The harbour opens in May.'],
    ],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('a name with its title set off before a colon credits the quote after it', () => {
  it('credits both executives of the release, and the figures as a source', () => {
    expect(quotes(fixture('release16-name-title-colon.txt'))).toEqual([
      'Calloway Rail Ltd ()|ridership rose by 12 per cent in the third quarter, helped by the opening of the Eastern Line',
      'official figures ()|commuter traffic on the corridor is now at its highest level in a decade',
      'Marta Olszewska (Chief Executive Officer)|The Eastern Line has changed how people travel in this region. We carried more passengers in September than in any month in our history.',
      'Devan Rao (chief financial officer)|Our costs grew more slowly than our revenue, and we have repaid the bridge loan in full.',
    ]);
  });
  it.each<[string, string[]]>([
    [
      'Lars Berg, chief financial officer: “We cut our debt.”',
      ['Lars Berg (chief financial officer)|We cut our debt.'],
    ],
    ['Ms Ana Sato, Head of Research:\n\n“The data is clear.”', ['Ana Sato (Head of Research)|The data is clear.']],
    // no person before the colon
    ['In short, the outlook: “steady growth”.', []],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('sources that are data, and headlines that name no one', () => {
  it.each<[string, string[]]>([
    ['According to official statistics, prices were stable.', ['official statistics ()|prices were stable']],
    ['Exports rose, according to the latest figures.', ['the latest figures ()|Exports rose']],
    // people stay people
    [
      'According to senior officials, the talks will resume.',
      ['senior officials (senior officials)|the talks will resume'],
    ],
    [
      'Minister Welcomes Trade Deal\n\nThe minister said the deal was good for farmers.',
      ['The minister (minister)|the deal was good for farmers'],
    ],
    // a surname that can be a verb is still a surname
    ['Minister Walks said the road would reopen.', ['Walks (Minister)|the road would reopen']],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('"according to" any particular source, and a reported clause opening with a gerund', () => {
  it('credits the count’s maker, the governor’s gerund clause and the campaign, and no custom', () => {
    expect(quotes(fixture('news16-according-and-gerund-clauses.txt'))).toEqual([
      'the Harbour Press (Press)|Governor Alma Ruiz has at least 412 delegates',
      'Alma Ruiz (Governor)|losing her first race taught her to listen to voters outside the capital',
      'Alma Ruiz (Governor)|I spent two years knocking on doors',
      'her campaign ()|after a week of rallies, she will rest before the convention',
    ]);
  });
  it.each<[string, string[]]>([
    ['The vote was close, according to a tally by the Vale Courier.', ['Vale Courier ()|The vote was close']],
    [
      'Mayor Ana Roe said going through the floods had changed her.',
      ['Ana Roe (Mayor)|going through the floods had changed her'],
    ],
    // the writer's clause after a dash and a conjunction is none of the source's
    [
      'According to the survey, most buyers want video tours — and our new app builds on that demand.',
      ['the survey ()|most buyers want video tours'],
    ],
    // a custom, a plan or a pronoun after "according to" is no new source
    ['The road will reopen in June, according to plan.', []],
    ['According to custom, the mayor opens the fair.', []],
    // a speech verb's participle after the cue is no gerund subject
    ['The mayor spoke, saying the lane was a mistake.', ['The mayor (mayor)|the lane was a mistake']],
    // an adjunct cut off by someone else's report is no clause of the source's
    [
      'According to the log, after the alarm, the captain said the crew was safe.',
      ['the captain (captain)|the crew was safe'],
    ],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('"stated as follows:" over listed items', () => {
  it('credits each item to the minister whose line introduces it, in the paragraphs below or inline', () => {
    expect(quotes(fixture('readout16-as-follows.txt'))).toEqual([
      'Lucia Ferrante (Minister for Foreign Affairs)|Valdia attaches great importance to its partnership with Norland',
      'Lucia Ferrante (Minister for Foreign Affairs)|Valdia hopes to conclude the fisheries agreement within the year',
      'Jonas Halvik (Minister of Foreign Affairs)|Norland will complete its environmental review by March',
      "Jonas Halvik (Minister of Foreign Affairs)|Norland welcomes Valdia's experts to take part in the review",
    ]);
  });
  it.each<[string, string[]]>([
    [
      'The Minister of Trade, Ana Roe, said as follows:\n\n(a) Exports rose by a tenth.\n\n(b) Imports fell.',
      ['Ana Roe (Minister of Trade)|Exports rose by a tenth', 'Ana Roe (Minister of Trade)|Imports fell'],
    ],
    // the outline of a talk is no one's words, nor are a group's
    ['The outline of the talk is as follows:\n\n1. Trade was discussed.\n\n2. Visas were discussed.', []],
    ['The two ministers stated as follows:\n\n(1) Trade must grow.\n\n(2) Visas must be eased.', []],
    // a paragraph without a mark ends the list
    [
      'Minister Ana Roe stated as follows:\n\n(1) Exports rose by a tenth.\n\nThe meeting ended at noon.',
      ['Ana Roe (Minister)|Exports rose by a tenth'],
    ],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('a portfolio after "the Minister of" is the title’s', () => {
  it.each<[string, string[]]>([
    ['The Minister of Trade, Ana Roe, said the plan would work.', ['Ana Roe (Minister of Trade)|the plan would work']],
    // a body after a title that takes no portfolio stays the body
    [
      'The chief engineer of Calder Works, Tom Reed, said the bridge was safe.',
      ['Tom Reed (chief engineer)|the bridge was safe'],
    ],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('"H.E." before a courtesy word is a style, no organisation', () => {
  const speakers = (text: string) => analyze(text).speakers.map((s) => [s.name, s.title, s.organization]);
  it.each<[string, Array<[string, string | null, string | null]>]>([
    [
      'H.E. Ms. Ingrid Solberg, Minister of Foreign Affairs of Norland, said the talks were useful.',
      [['Ingrid Solberg', 'Minister of Foreign Affairs', 'Norland']],
    ],
    // an owner before the courtesy word still names the organisation
    ["Calder's Ms. Ana Roe said the plant would reopen.", [['Ana Roe', null, 'Calder']]],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('a body named in full with its acronym, then by the acronym', () => {
  it('is one speaker under its full name, also as a person’s organisation', () => {
    const { speakers } = analyze(fixture('release16-body-acronyms.txt'), { referenceDate: '2026-03-04' });
    expect(speakers.map((s) => [s.name, s.organization])).toEqual([
      ['Coastal Protection Authority', null],
      ['Marit Vos', 'Coastal Protection Authority'],
      ['Ministry of Rural Affairs', null],
    ]);
  });
  it.each<[string, string[]]>([
    [
      'The U.S. Department of Energy (DOE) today announced new grants. DOE said the awards would go to twelve universities.',
      ['U.S. Department of Energy ()|the awards would go to twelve universities'],
    ],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
  it('leaves the owner before the body out of its name', () => {
    expect(
      quotes(
        "Valdia's Coastal Protection Authority (CPA) said the dykes held. The CPA added that the tide was falling.",
      ),
    ).toEqual([
      'Coastal Protection Authority ()|the dykes held',
      'Coastal Protection Authority ()|the tide was falling',
    ]);
  });
  // The speaker's case aside (a name printed in capitals is recased as a person's), no body is named.
  it.each<[string, string[]]>([
    // letters that do not spell the words before them define nothing
    [
      'The Harbour Trust (XYZ) opened an office. XYZ said the office would hire ten people.',
      ['xyz ()|the office would hire ten people'],
    ],
    // a news agency after a place is no acronym of it
    ['WASHINGTON (AP) – AP said the vote was delayed.', ['ap ()|the vote was delayed']],
  ])('%s', (text, expected) => {
    expect(quotes(text).map((q) => q.toLowerCase())).toEqual(expected);
  });
});
