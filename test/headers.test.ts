// Header attributions, boilerplate and where a quote ends: each layout with the answer it must
// give, and the look-alikes that must not give it. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { tag } from '../src/adapters/compromise.js';
import { attributeQuotes } from '../src/attribution/index.js';
import { buildContext } from '../src/attribution/context.js';
import { isStatement } from '../src/attribution/layout.js';
import { buildDocument } from '../src/document/build.js';

const attribute = (text: string) => attributeQuotes(buildDocument(text, tag(text)), tag(text));
const speakerNames = (text: string) => attribute(text).speakers.map((s) => s.name);

/** Each quote as "kind|speaker name|text". */
function summary(text: string): string[] {
  const { speakers, quotes } = attribute(text);
  const name = (id: string | null) => speakers.find((s) => s.id === id)?.name ?? null;
  return quotes.map((q) => `${q.kind}|${name(q.speakerId)}|${q.text}`);
}

const BODY = '\n\nThe ferry service to the islands resumes on Monday after the storm.';

describe('issuers named by a header line', () => {
  it.each([
    ['The Harbour Ministry provided the following readout:', ['Harbour Ministry']],
    ['Deputy Spokesperson Ilka Brandt provided the following readout:', ['Ilka Brandt']],
    ['The Office of the Prime Minister issued the following statement on the storm:', ['Office of the Prime Minister']],
    ['The Harbour Board has released the following statement:', ['Harbour Board']],
    ['The below is attributable to Spokesperson Ilka Brandt:', ['Ilka Brandt']],
    ['The following may be attributed to Spokesperson Ilka Brandt:', ['Ilka Brandt']],
    ['By Hana Lindqvist, Minister of Infrastructure', ['Hana Lindqvist']],
  ])('%s', (header, names) => {
    expect(speakerNames(header + BODY)).toEqual(names);
  });

  it.each([
    ['a verb that hands nothing over', 'The Harbour Board discussed the following statement:'],
    ['a pronoun subject', 'We provided the following readout:'],
    ['no colon: a sentence, not a header', 'The Harbour Board provided the following readout to the press.'],
    ["a reporter's byline", 'By Jon Berg, Senior Correspondent'],
    ['a byline of two reporters', 'By Jon Berg and Ada Holm'],
  ])('names no issuer from %s', (_name, header) => {
    expect(speakerNames(header + BODY)).toEqual([]);
  });

  it('keeps the principal of a readout apart from the office that issued it', () => {
    const text = [
      "The Prime Minister's Press Office provided the following readout:",
      'Prime Minister Liisa Aalto spoke with President Teodor Brisco today. The Prime Minister said that the ferry link would open in June.',
      'Prime Minister Aalto urged the island council to approve the new timetable.',
    ].join('\n\n');
    expect(summary(text)).toEqual([
      'indirect|Liisa Aalto|the ferry link would open in June',
      'indirect|Liisa Aalto|the island council to approve the new timetable',
    ]);
    expect(speakerNames(text)).toEqual(["Prime Minister's Press Office", 'Liisa Aalto']);
  });
});

describe('a spokesperson line followed by quoted paragraphs', () => {
  it.each([
    [
      'A Coastal Agency spokesperson said:',
      ['direct|A Coastal Agency spokesperson|The basin stays closed until the divers finish.'],
    ],
    [
      'A spokesperson for the Port of Vennick said:',
      ['direct|A spokesperson for the Port of Vennick|The basin stays closed until the divers finish.'],
    ],
  ])('%s credits every paragraph', (line, first) => {
    const text = `${line}\n\n“The basin stays closed until the divers finish.\n\n“We thank the crews for their patience.”`;
    const quotes = summary(text);
    expect(quotes[0]).toBe(first[0]);
    expect(quotes).toHaveLength(2);
    expect(quotes[1]).toMatch(/^direct\|A .*spokesperson.*\|We thank the crews for their patience\.$/);
  });
  it('credits no one from a line that only names a spokesperson', () => {
    const text = 'A Coastal Agency spokesperson was at the quay.\n\n“The basin stays closed until the divers finish.”';
    expect(attribute(text).quotes.every((q) => q.speakerId === null)).toBe(true);
  });
});

describe('boilerplate holds no quotes', () => {
  const QUOTE =
    '“The new berths will open in May and double what the port can take,” said Ana Ruiz, the port director.';
  const kept = `direct|Ana Ruiz|The new berths will open in May and double what the port can take`;
  it.each([
    [
      'an "About" section',
      `${QUOTE}\n\nAbout Harbour Cranes\nHarbour Cranes builds port cranes. Its founder said that “every crane we build should outlive its buyer.”`,
    ],
    [
      'an "About X:" paragraph',
      `${QUOTE}\n\nAbout Harbour Cranes: Harbour Cranes, whose motto is “cranes that outlive their buyers, every one of them”, builds port cranes.`,
    ],
    [
      'a media-contact block',
      `${QUOTE}\n\nMedia contact:\nJane Roe, Press Officer\n+47 22 00 00 00\npress@harbour.example`,
    ],
    [
      'contact lines without a heading',
      `${QUOTE}\n\nJane Roe, Press Officer\nTel: 022 555 0142\npress@harbour.example`,
    ],
    [
      'text after "###"',
      `${QUOTE}\n\n###\n\n“Harbour Cranes” and “Port Line” are trademarks. The board said that all figures are estimates.`,
    ],
    ['text after "-30-"', `${QUOTE}\n\n-30-\n\nThe board said that all figures in this release are estimates.`],
    [
      'notes after "ENDS"',
      `${QUOTE}\n\nENDS\n\nNotes to editors\n\nThe minister said in May that “the berths come first, and the roads after them.”`,
    ],
    ['notes to editors', `${QUOTE}\n\nNotes to editors:\n\nThe minister said in May that the berths would come first.`],
  ])('%s', (_name, text) => {
    expect(summary(text)).toEqual([kept]);
    expect(speakerNames(text)).toEqual(['Ana Ruiz']);
  });

  it.each([
    [
      'a sentence opening with "About"',
      'About 300 dock workers joined the strike, the union said.',
      'indirect|the union|About 300 dock workers joined the strike',
    ],
    [
      'a quote opening a paragraph after an "About" section',
      `About Harbour Cranes\nHarbour Cranes builds port cranes.\n\n“We will hire forty welders this year,” said Ana Ruiz.`,
      'direct|Ana Ruiz|We will hire forty welders this year',
    ],
    [
      'a sentence with "contact" and a number',
      'Contact with the crew of the trawler was lost at 0400, the coastguard said on Monday.',
      'indirect|the coastguard|Contact with the crew of the trawler was lost at 0400',
    ],
    [
      'a paragraph far past an end mark',
      `###\n\n${'The harbour board met and reviewed the accounts of the works. '.repeat(60)}\n\n“We will hire forty welders this year,” said Ana Ruiz.`,
      'direct|Ana Ruiz|We will hire forty welders this year',
    ],
  ])('keeps the quote of %s', (_name, text, quote) => {
    expect(summary(text)).toContain(quote);
  });
});

describe('two apostrophes as quotation marks', () => {
  it.each([
    [
      "''We will not raise the fuel tax this year,'' Finance Minister Ola Brekke said.",
      'direct|Ola Brekke|We will not raise the fuel tax this year',
    ],
    [
      "Finance Minister Ola Brekke said: ''We will not raise the fuel tax this year.''",
      'direct|Ola Brekke|We will not raise the fuel tax this year.',
    ],
  ])('credits %s', (text, quote) => {
    expect(summary(text)).toEqual([quote]);
  });
  it('reads no quote from apostrophes in words', () => {
    expect(summary("The ministers' plan isn't the board's, Ola Brekke's aides said.")).not.toContainEqual(
      expect.stringMatching(/^direct/),
    );
  });
});

describe('hand-offs in a transcript turn are no statements', () => {
  const statement = (line: string) => {
    const ctx = buildContext(buildDocument(line, tag(line)));
    return isStatement(ctx.tokens[0]!, 0, ctx.sentenceStarts[0]!);
  };
  it.each([
    ['Thank you very much. We will begin with the line of Lena Varga, please.'],
    ['Yes. Go ahead.'],
    ['Yes, we have you.'],
    ['Lena Varga, please.'],
    ["Let's go to the line of Tomas Brandvik."],
  ])('%s', (line) => {
    expect(statement(line)).toBe(false);
  });
  it.each([
    ['Again, regarding your question, we are focused on keeping the ferry lines open this winter.'],
    ['Thank you.'],
    ['Yes. The ferries will run again on Monday, and the port stays open.'],
    ['Please, everyone, keep to the marked paths on the pier.'],
  ])('%s is a statement', (line) => {
    expect(statement(line)).toBe(true);
  });
});
