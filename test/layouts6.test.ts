// Sixth round of layouts nobody tuned to (fixtures/layouts6-*.txt, written for these tests): a video
// transcript with a recording time on every line and a role the lexicon does not know after the
// name's comma, a committee hearing whose labels stand in square brackets, a release whose
// embargo and bench lines end in colons and whose "– ENDS –" credits nobody, and a wire report
// whose speaker, set off by commas, "told reporters"; a statement "As delivered by" its speaker
// with questions labelled "Question – Name, Outlet:", and a release's "Quote from X:" lines over
// quotations in quote marks.
import { describe, expect, it } from 'vitest';
import { parseLabel, spokenTitle } from '../src/attribution/layout.js';
import { splitParagraphs } from '../src/document/paragraphs.js';
import { describeLayouts, quotesOf, tokensOf, type Expected } from './support/layouts.js';

const LAYOUTS: Array<[string, Expected, string[]]> = [
  [
    'layouts6-video-update.txt',
    [
      ['direct', 'Good afternoon. The eastern ring road', 'Helena Strom'],
      ['direct', 'The work should take three weeks', 'Helena Strom'],
      ['direct', 'Buses will use the old bridge', 'Helena Strom'],
      ['direct', 'Thank you, Helena.', 'Mika Laine'],
      ['direct', 'Drivers should allow', 'Mika Laine'],
      ['direct', 'That is all for today.', 'Helena Strom'],
    ],
    ['[00:', '[APPLAUSE]', 'Video transcript', 'Posted'],
  ],
  [
    'layouts6-bracket-hearing.txt',
    [
      ['direct', 'Good morning. We take evidence', 'The Convener'],
      ['direct', 'Thank you. Our backlog', 'Rui Fontes'],
      ['direct', 'We will clear the damp cases', 'Rui Fontes'],
      ['indirect', 'calls go unanswered for days', 'Tenants'],
      ['direct', 'It was fair last year.', 'Rui Fontes'],
    ],
    // The member only asks: his question is none of his statements, the tenants' report in it is.
    ['[', 'Members present', 'Witness', 'Tenants told this committee'],
  ],
  [
    'layouts6-embargoed-release.txt',
    [['direct', 'The authority consulted the traders', 'Ines Varga']],
    ['06:00', 'Judge Ines Varga, Judge Omar Lind', 'The Court publishes', 'The Court today'],
  ],
  [
    'layouts6-wire-told-reporters.txt',
    [
      ['indirect', 'The port authority will reopen', 'Selin Acar'],
      ['direct', 'The quay is safe again', 'Selin Acar'],
      ['direct', 'We lost six weeks', 'Selin Acar'],
      ['indirect', 'the cranes had been checked twice', 'Selin Acar'],
    ],
    ['"The quay'],
  ],
  [
    'layouts6-delivered-statement.txt',
    [
      ['direct', 'Good morning, everyone.', 'Imre Kallas'],
      ['direct', 'Employment rose by forty thousand', 'Imre Kallas'],
      ['direct', 'Wages grew faster', 'Imre Kallas'],
      ['direct', 'Yes. Every series', 'Aino Lepp'],
      ['direct', 'We will, from the autumn.', 'Imre Kallas'],
    ],
    ['I am joined today', 'Question', 'Are the figures', 'Will the board', 'Quarterly labour', 'As delivered'],
  ],
  [
    'layouts6-quote-from-release.txt',
    [
      // "the alliance said": the description resolves to the letterhead's body
      ['indirect', 'Volunteer lifeboat crews', 'Coastal Rescue Alliance'],
      ['direct', 'July tested every crew', 'Maren Solvik'],
      ['direct', 'We launched nine times', 'Tobias Renn'],
    ],
    ['Quote from', 'The alliance is recruiting', 'For interviews'],
  ],
];
describeLayouts(LAYOUTS);

describe('labels in square brackets', () => {
  const label = (line: string) => {
    const ts = tokensOf(line);
    const l = parseLabel(ts);
    return (
      l && [
        l.role,
        ts
          .slice(l.start, l.nameEnd)
          .map((t) => t.text)
          .join(' '),
      ]
    );
  };
  it.each([
    ['[Ms Roe]: Thank you, Chair.', ['person', 'Ms Roe']],
    ['[The Chair]: I call the meeting to order.', ['role', 'The Chair']],
    ['[Councillor Jon Vale, Deputy Leader]: We agree.', ['person', 'Councillor Jon Vale']],
    ['[The Convener]: Good morning.', ['role', 'The Convener']],
  ])('%s', (line, expected) => expect(label(line)).toEqual(expected));
  it.each([
    ['a stage direction', '[Laughter] We will see.'],
    ['a recording time before words', '[00:01:15] and then the bridge.'],
    ['a bracket closed without a colon', '[Ms Roe] Thank you.'],
    ['an editor’s insertion inside a sentence', '[The minister] said the plan was ready: it is.'],
  ])('%s is no label', (_name, line) => expect(parseLabel(tokensOf(line))).toBeNull());
});

describe('fields of a release or a judgment end in a colon and name no speaker', () => {
  const role = (line: string) => parseLabel(tokensOf(line))?.role ?? null;
  it.each([
    ['EMBARGOED: 00:01 GMT Thursday 5 March'],
    ['Embargo: until publication of the report'],
    ['JUSTICES: Chief Justice Ana Roe, Justice Jon Vale'],
    ['JUDGES: Judge Ana Roe'],
    ['Ref: CRT/2026/014'],
  ])('%s', (line) => expect(role(line)).toBe('aside'));
  it.each([
    ['a judge who speaks', 'JUDGE ROE: Please sit down.', 'person'],
    ['a justice named in a label', 'JUSTICE ANA ROE: The appeal is allowed.', 'person'],
  ])('%s still speaks', (_name, line, expected) => expect(role(line)).toBe(expected));
});

describe('a dash line credits the block above it, an end mark does not', () => {
  const credited = (text: string) => quotesOf(text).quotes.map((q) => [q.text.slice(0, 14), q.speaker]);
  it.each([['– ENDS –'], ['— END —'], ['-ENDS-']])('%s', (mark) =>
    expect(credited(`Title\n\nThe office will publish its report in June.\n\n${mark}\n\nAbout us.`)).toEqual([]),
  );
  it('a dash line with a name still credits the block', () =>
    expect(credited('Title\n\nWe will not give up on the harbour.\n\n– Ana Roe, Mayor of Varn')).toEqual([
      ['We will not gi', 'Ana Roe'],
    ]));
});

describe('"…, told reporters": the addressee after the verb is not the speaker', () => {
  const speakers = (text: string) => quotesOf(text).quotes.map((q) => q.speaker);
  it.each([
    ['"We are ready," the agency\'s director, Ana Roe, told reporters.', 'Ana Roe'],
    ['"We are ready," the minister, Jon Vale, told the council.', 'Jon Vale'],
    ['"We are ready," Ana Roe told reporters.', 'Ana Roe'],
  ])('%s', (text, who) => expect(speakers(text)).toEqual([who]));
  it.each([
    ['"We are ready," said the agency director, Ana Roe.', 'Ana Roe'],
    ['"Are we ready?" asked Jon Vale.', 'Jon Vale'],
  ])('an inverted credit still reads after the comma: %s', (text, who) => expect(speakers(text)).toEqual([who]));
});

describe('a turn on a recording, one line per time', () => {
  const quoted = (text: string) => quotesOf(text).quotes.map((q) => [q.text, q.speaker]);
  const lines = (...l: string[]) => `Video\n\n${l.join('\n')}`;
  it('leaves the times and the stage directions out of the words', () =>
    expect(
      quoted(
        lines(
          '[00:00:02] ANA ROE, SITE LEAD: We open on Monday.',
          '[00:00:09] The gates open at eight.',
          '[00:00:15] [MUSIC]',
          '[00:00:20] JON VALE, PRESS OFFICER: Thanks, Ana. Parking is free.',
        ),
      ),
    ).toEqual([
      ['We open on Monday.', 'Ana Roe'],
      ['The gates open at eight.', 'Ana Roe'],
      ['Thanks, Ana. Parking is free.', 'Jon Vale'],
    ]));
  it('keeps a time of day opening a continuation where no turn opens with one', () =>
    expect(
      quotesOf(
        'HOST: Hello.\n\nMAYOR PER HOLM: The count starts tonight.\n\n18:00 is when the halls close, and we expect a result by midnight.\n\nHOST: Thanks.',
      ).quotes.map((q) => q.text),
    ).toContain('18:00 is when the halls close, and we expect a result by midnight.'));
  it('a name with an outlet after its comma is a journalist, asking or not', () =>
    expect(
      quoted(
        lines(
          'MODERATOR: Next one.',
          'IDA LUND, VALLEY TELEVISION: Mayor, one more on the tram line, please. Shop owners say the works drag on.',
          'MAYOR PER HOLM: They do not. The line opens in June.',
        ),
      ),
    ).toEqual([
      ['Next one.', 'MODERATOR'],
      // reported speech inside a question is the reported speaker's, not the journalist's
      ['the works drag on', 'Shop owners'],
      ['They do not. The line opens in June.', 'Per Holm'],
    ]));
  it('a name with a role after its comma that asks is a journalist', () =>
    expect(
      quoted(
        lines(
          '[00:00:02] ANA ROE, SITE LEAD: We open on Monday.',
          '[00:00:09] JON VALE, VARN DAILY: Will parking be free?',
          '[00:00:15] ANA ROE: Yes.',
        ),
      ),
    ).toEqual([
      ['We open on Monday.', 'Ana Roe'],
      ['Yes.', 'Ana Roe'],
    ]));
});

describe('lines that each open with a recording time are paragraphs of their own', () => {
  const count = (text: string) => splitParagraphs(text).length;
  const line = 'and the crews will keep working on the bridge through the night';
  it.each([
    [
      'bracketed times',
      `[00:00:02] ROE: ${line}.\n[00:00:09] The gates open at eight tomorrow morning, as before.\n[00:00:15] Thanks.`,
      3,
    ],
    ['bare times', `00:02 ROE: ${line}.\n00:09 The gates open at eight tomorrow morning, as before.\n00:15 Thanks.`, 3],
  ])('%s', (_name, text, n) => expect(count(text)).toBe(n));
  it.each([
    ['wrapped prose', `The council said ${line}\nand that the gates would open at eight tomorrow morning\nas before.`],
    [
      'prose whose first line only opens with a time',
      `10:30 is when ${line}\nand the gates would open at eight tomorrow morning\nas before.`,
    ],
  ])('%s stays one paragraph', (_name, text) => expect(count(text)).toBe(1));
});

describe('a question label naming its questioner after a dash', () => {
  const role = (line: string) => parseLabel(tokensOf(line))?.role ?? null;
  it.each([
    ['Question – Ana Roe, Varn Daily: Is the plan late?'],
    ['QUESTION — Jon Vale (Radio North): When?'],
    ['Q - Ana Roe, The Ledger & Post: Why now?'],
  ])('%s', (line) => expect(role(line)).toBe('question'));
  it.each([
    ['no colon', 'Question – is the plan late?'],
    ['a dash after another word', 'Minister – Ana Roe: We agree.'],
  ])('%s: no question label', (_name, line) => expect(role(line)).not.toBe('question'));
});

describe('a line over a speech as delivered names its speaker', () => {
  const spoken = (line: string) => spokenTitle(tokensOf(line)) !== null;
  it.each([
    ['Delivered by Governor Ana Roe at the press conference, 3 May'],
    ['As delivered by Minister Jon Vale at the opening of the forum'],
    ['Statement delivered by the Director-General, Ana Roe, at the hearing'],
  ])('%s', (line) => expect(spoken(line)).toBe(true));
  it.each([
    ['a delivery of goods', 'Goods delivered by the Harbour Company in May'],
    ['a written statement', 'Statement by Minister Jon Vale on the harbour'],
    ['a sentence', 'The letter was delivered by hand on Monday.'],
  ])('%s is no spoken title', (_name, line) => expect(spoken(line)).toBe(false));
});

describe('a speaker and a colon before a quotation in quote marks', () => {
  const credited = (text: string) => quotesOf(text).quotes.map((q) => [q.text.slice(0, 12), q.speaker]);
  it.each([
    [
      'a credit line above',
      'Release\n\nQuote from Ana Roe, Chief Executive:\n"We are ready for the winter."',
      'Ana Roe',
    ],
    [
      'a speaker and a topic, named in full before',
      'Live\n\n14:05\nMinister Ana Roe has begun.\n\n14:12\nRoe on housing: "We are ready for the winter."',
      'Ana Roe',
    ],
    ['a speaker alone', 'Live\n\n14:02\nAna Roe: "We are ready for the winter."', 'Ana Roe'],
  ])('%s', (_name, text, who) => expect(credited(text)).toEqual([['We are ready', who]]));
  it.each([
    ['a notice, not a speaker', 'Notice\n\nThe council issued a permit on Monday:\n"We are ready for the winter."'],
    ['a heading with a topic', 'Live\n\n14:12\nNews on housing: "We are ready for the winter."'],
  ])('%s credits nobody', (_name, text) => expect(credited(text)).toEqual([['We are ready', null]]));
});

describe('a chair calling the next questioner by full name alone hands the floor on', () => {
  const texts = (body: string) => quotesOf(`Briefing on the harbour works\n\n${body}`).quotes.map((q) => q.text);
  const opening = 'MINISTER ANA ROE: The works start on Monday.\n\n';
  const question = '\n\nQUESTION (Jon Vale, Varn Daily): When do they end?\n\nMINISTER ANA ROE: In May.';
  it.each([['MODERATOR: Jon Vale.'], ['MODERATOR: Jon Vale, please.'], ['MODERATOR: Mira Holm Dahl.']])('%s', (line) =>
    expect(texts(`${opening}${line}${question}`)).toEqual(['The works start on Monday.', 'In May.']),
  );
  it.each([
    ['a sentence about a person', 'MINISTER ANA ROE: Jon Vale is right.', 'Jon Vale is right.'],
    ['a place', 'MINISTER ANA ROE: Varn Harbour.', 'Varn Harbour.'],
  ])('%s is still a statement', (_name, line, quoted) =>
    expect(texts(`${opening}${line}${question}`)).toContain(quoted),
  );
});
