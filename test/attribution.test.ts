import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tag } from '../src/adapters/compromise.js';
import { attributeQuotes } from '../src/attribution/index.js';
import { buildDocument } from '../src/document/build.js';

const attribute = (text: string) => attributeQuotes(buildDocument(text, tag(text)), tag(text));

/** Each quote as "kind|rule|speaker name|text". */
function summary(text: string): string[] {
  const { speakers, quotes } = attribute(text);
  const name = (id: string | null) => speakers.find((s) => s.id === id)?.name ?? null;
  return quotes.map((q) => `${q.kind}|${q.rule}|${name(q.speakerId)}|${q.text}`);
}

describe('direct-quote sieves', () => {
  it.each([
    [
      'trailing-cue',
      '“The harbour will reopen on Monday,” Mayor Tom Reed said.',
      'direct|trailing-cue|Tom Reed|The harbour will reopen on Monday',
    ],
    [
      'trailing-cue, inverted',
      '“Prices will fall,” said Ana Ruiz, a spokeswoman for the Port Authority.',
      'direct|trailing-cue|Ana Ruiz|Prices will fall',
    ],
    [
      'trailing-cue, party label',
      '“This bill is a mistake,” Sen. Joan Park (D-Ore.) said Friday.',
      'direct|trailing-cue|Joan Park|This bill is a mistake',
    ],
    [
      'trailing-cue, party and state after a comma',
      '“The levy stays,” Council Leader Ana Ruiz, D-Md., said Tuesday.',
      'direct|trailing-cue|Ana Ruiz|The levy stays',
    ],
    [
      'leading-cue',
      'Ana Ruiz told reporters: “We will not raise the fees this year.”',
      'direct|leading-cue|Ana Ruiz|We will not raise the fees this year.',
    ],
    [
      'colon-credit',
      'Ana Ruiz: “We will not raise the fees this year.”',
      'direct|colon-credit|Ana Ruiz|We will not raise the fees this year.',
    ],
    [
      'same-paragraph',
      '“First we listen,” Ana Ruiz said. “Then we decide what to build.”',
      'direct|same-paragraph|Ana Ruiz|Then we decide what to build.',
    ],
    [
      'continuation',
      '“We listened to every district,” Ana Ruiz said.\n\n“Now the council has to act on what it heard.”',
      'direct|continuation|Ana Ruiz|Now the council has to act on what it heard.',
    ],
    [
      'multi-paragraph',
      '“We listened to every district,” Ana Ruiz said, “and heard the same thing.\n\n“The council has to act on what it heard.”',
      'direct|multi-paragraph|Ana Ruiz|The council has to act on what it heard.',
    ],
    [
      'dash-credit',
      'Our cities grow when our ports are open to the world.\n\n– Harbour Commissioner Ana Ruiz, May 2',
      'direct|dash-credit|Ana Ruiz|Our cities grow when our ports are open to the world.',
    ],
  ])('%s', (_rule, text, expected) => {
    expect(summary(text)).toContain(expected);
  });

  it.each([
    ['a scare quote', 'The so-called “miracle cure” sold well in the spring.'],
    ['a title of a work', 'She read “The Long Road” twice before the trip.'],
    ['a quoted name', 'The band “Blue Harbour” played on Friday night.'],
  ])('does not make a quote of %s', (_name, text) => {
    expect(attribute(text).quotes).toEqual([]);
  });

  it.each([
    [
      'a cue in the next sentence',
      '“We will reopen the pier.” Tom Reed, the mayor, left early. Ana Ruiz said the pier was closed.',
    ],
    [
      'a cue after an abbreviation that ends the sentence',
      '“We will reopen the pier,” the sign read at 9 a.m. Ana Ruiz said the pier was closed.',
    ],
  ])('does not credit a direct quote with %s', (_name, text) => {
    const direct = attribute(text).quotes.filter((q) => q.kind === 'direct');
    expect(direct).toHaveLength(1);
    expect(direct[0]!.speakerId).toBeNull();
  });

  it.each([
    ['a show title next to a cue', '“Morning Harbour Live,” Ana Ruiz said on Sunday.', 'Morning Harbour Live'],
    [
      'a short scare quote after a credited quote',
      '“We will build it,” Ana Ruiz said of the so-called “gold plan” today.',
      'gold plan',
    ],
  ])('does not make a direct quote of %s', (_name, text, phrase) => {
    expect(
      attribute(text)
        .quotes.filter((q) => q.kind === 'direct')
        .map((q) => q.text),
    ).not.toContain(phrase);
  });
});

describe('reported-speech rules', () => {
  it.each([
    [
      'subject-cue',
      'The ministry said that the talks would resume next week.',
      'indirect|subject-cue|The ministry|the talks would resume next week',
    ],
    [
      'subject-cue, bare clause',
      'Mayor Tom Reed said the bridge is safe for traffic.',
      'indirect|subject-cue|Tom Reed|the bridge is safe for traffic',
    ],
    [
      'trailing-credit',
      'The bridge is safe for traffic, Mayor Tom Reed said on Tuesday.',
      'indirect|trailing-credit|Tom Reed|The bridge is safe for traffic',
    ],
    [
      'according-to',
      'According to Tom Reed, the bridge will reopen in June.',
      'indirect|according-to|Tom Reed|the bridge will reopen in June',
    ],
    [
      'participle',
      'Tom Reed said the bridge is safe, adding that repairs were finished early.',
      'indirect|participle|Tom Reed|repairs were finished early',
    ],
    [
      'loose-participle after "a series of" plural',
      'Tom Reed posted a series of tweets late Sunday saying that the count was rigged.',
      'indirect|loose-participle|Tom Reed|the count was rigged',
    ],
    [
      'directive',
      'Tom Reed urged the council to approve the budget quickly.',
      'indirect|subject-cue|Tom Reed|the council to approve the budget quickly',
    ],
    [
      'mixed',
      'Tom Reed said the plan was “a costly mistake for the city.”',
      'mixed|subject-cue|Tom Reed|the plan was “a costly mistake for the city.”',
    ],
    [
      'naming-quote',
      'Tom Reed called the sale “a serious breach of the deal.”',
      'mixed|naming-quote|Tom Reed|the sale “a serious breach of the deal.”',
    ],
    [
      'coordinated-cue',
      'Tom Reed visited the damaged pier and said the repairs would take a month.',
      'indirect|coordinated-cue|Tom Reed|the repairs would take a month',
    ],
    [
      'coordinated-cue, perfect',
      'Tom Reed has toured the pier twice and also said the repairs would take a month.',
      'indirect|coordinated-cue|Tom Reed|the repairs would take a month',
    ],
    [
      'naming-quote, described as',
      'Tom Reed described the fire as “a deliberate act.”',
      'mixed|naming-quote|Tom Reed|the fire as “a deliberate act.”',
    ],
    [
      'description',
      'Ana Ruiz described the new fare plan as unworkable for families.',
      'indirect|description|Ana Ruiz|the new fare plan as unworkable for families',
    ],
    [
      'description, cut at a coordinated clause',
      'Tom Reed described the vote as a setback, and said the council would try again.',
      'indirect|description|Tom Reed|the vote as a setback',
    ],
  ])('%s', (_rule, text, expected) => {
    expect(summary(text)).toContain(expected);
  });

  it.each([
    ['a noun-phrase complement', 'Tom Reed stressed the importance of the new bridge.'],
    ['a self-report', 'We said that the council would vote.'],
    ['a noun spelt like a verb', 'Recent media reports of a delay were wrong.'],
    ['a plural noun spelt like a verb after "of"', 'Crowds read a series of tweets late Sunday.'],
    [
      'a participle whose subject is a noun phrase ending in "of" and a plural',
      'A stream of tweets appeared late Sunday, saying that the count was rigged.',
    ],
    ['a capitalised name spelt like a verb', 'Officials from the United States arrived on Monday.'],
    ['a name in quotes after "called"', 'The ship called “Northern Star” left the port.'],
    ['"described … as" with a clause after "as"', 'Tom Reed described the pier as crews worked through the night.'],
    ['a passive "described as"', 'The pier was described as unsafe for heavy lorries.'],
  ])('does not report %s', (_name, text) => {
    expect(attribute(text).quotes).toEqual([]);
  });

  it('links a nested report to the outer speaker', () => {
    const { speakers, quotes } = attribute('Tom Reed said the bridge is safe for heavy traffic, Ana Ruiz said.');
    const outer = quotes.find((q) => q.rule === 'trailing-credit')!;
    const inner = quotes.find((q) => q.rule === 'subject-cue')!;
    expect(speakers.find((s) => s.id === outer.speakerId)?.name).toBe('Ana Ruiz');
    expect(speakers.find((s) => s.id === inner.speakerId)?.name).toBe('Tom Reed');
    expect(inner.reportedBy).toBe(outer.speakerId);
  });
});

describe('speakers', () => {
  it('merges a surname, a pronoun and a description with the full name', () => {
    const text = [
      'Defense Ministry spokesperson Li Wen said the drills were routine.',
      '“We inform our neighbours in advance,” Li said.',
      'The drills will end on Friday, he said.',
      'The exercises pose no threat, the spokesperson said.',
    ].join('\n');
    const { speakers } = attribute(text);
    expect(speakers).toHaveLength(1);
    expect(speakers[0]).toMatchObject({
      name: 'Li Wen',
      kind: 'person',
      title: 'spokesperson',
      organization: 'Defense Ministry',
    });
    expect(speakers[0]!.mentions.map((m) => m.text)).toEqual([
      'Defense Ministry spokesperson Li Wen',
      'Li',
      'he',
      'the spokesperson',
    ]);
  });

  it.each([
    ['organization', 'The ministry said that the talks would resume next week.', 'organization'],
    ['unnamed', 'A source said that the talks would resume next week.', 'unnamed'],
    ['group', 'The two sides said that the talks would resume next week.', 'group'],
    [
      'organization, legal-form suffix',
      'Harbour Cranes, Inc., a maker of port equipment, said that orders rose sharply in the spring.',
      'organization',
    ],
    ['organization, Ltd', 'Harbour Cranes, Ltd, said that orders rose sharply in March.', 'organization'],
    [
      'person, not a suffix',
      'Tom Reed, a maker of port equipment, said that orders rose sharply in the spring.',
      'person',
    ],
  ])('gives a speaker of kind %s', (_name, text, kind) => {
    expect(attribute(text).speakers.map((s) => s.kind)).toEqual([kind]);
  });

  it.each([
    [
      'a bare title after an inverted subject',
      '“Orders rose,” said Ana Ruiz, chief financial officer of Harbour Cranes.',
      { title: 'chief financial officer', organization: 'Harbour Cranes' },
    ],
    [
      'a title with an article',
      '“Orders rose,” said Ana Ruiz, a spokeswoman for the Port Authority.',
      { title: 'spokeswoman', organization: 'Port Authority' },
    ],
    [
      'a bare title before the cue',
      'Ana Ruiz, director of the Harbour Board, said that orders rose sharply in the spring.',
      { title: 'director', organization: 'Harbour Board' },
    ],
    [
      'no apposition (a place)',
      '“Orders rose,” said Ana Ruiz, speaking in Lisbon.',
      { title: null, organization: null },
    ],
    [
      'a portfolio title',
      'Foreign Minister Ana Ruiz said the talks would resume.',
      { title: 'Foreign Minister', organization: null },
    ],
    [
      'a portfolio title with its country',
      'Brazilian Finance Minister Ana Ruiz said the talks would resume.',
      { title: 'Finance Minister', organization: 'Brazilian' },
    ],
    [
      'a ministry is an organisation, not a portfolio',
      'Finance Ministry spokesperson Ana Ruiz said the talks would resume.',
      { title: 'spokesperson', organization: 'Finance Ministry' },
    ],
  ])('reads %s', (_name, text, expected) => {
    expect(attribute(text).speakers[0]).toMatchObject({ name: 'Ana Ruiz', ...expected });
  });

  it('reads a possessive organisation without its ending', () => {
    expect(attribute('The harbour board’s chair said the talks would resume.').speakers[0]).toMatchObject({
      title: 'chair',
      organization: 'harbour board',
    });
  });

  it.each([
    [
      'a fuller name outside any attribution',
      'The board named Lena Okafor as its new treasurer. Okafor said the accounts would be published in June.',
      'Lena Okafor',
    ],
    [
      'a fuller name after a title',
      'Harbour Commissioner Lena Okafor will attend. Okafor said the accounts would be published in June.',
      'Lena Okafor',
    ],
    [
      'two fuller names that disagree',
      'Lena Okafor and David Okafor spoke first. Okafor said the accounts would be published in June.',
      'Okafor',
    ],
    ['no fuller name', 'The board met on Monday. Okafor said the accounts would be published in June.', 'Okafor'],
    [
      'a fuller name inside a sentence',
      'The board met with Harbour Commissioner Lena Okafor on Monday. Okafor said the accounts would be published in June.',
      'Lena Okafor',
    ],
    [
      'a first name the tagger does not know',
      'The board spoke by phone with Harbour Commissioner Zorwen Okafor on Monday. Okafor said the accounts would be published in June.',
      'Zorwen Okafor',
    ],
    [
      'an office after "of"',
      'The Secretary of Harbours Okafor arrived. Okafor said the accounts would be published in June.',
      'Okafor',
    ],
    [
      'a two-word name, kept',
      'Lena Okafor said the accounts would be published in June. The board thanked Deputy Treasurer Lena Okafor.',
      'Lena Okafor',
    ],
  ])('names a surname speaker after %s', (_name, text, name) => {
    expect(attribute(text).speakers.map((s) => s.name)).toEqual([name]);
  });

  it.each([
    [
      'Harbour Cranes’s founder and chief engineer, Lena Okafor, will join the board.',
      { name: 'Lena Okafor', title: 'founder and chief engineer', organization: 'Harbour Cranes' },
    ],
    [
      'The board thanked its chief engineer, Lena Okafor, on Monday.',
      { name: 'Lena Okafor', title: null, organization: null },
    ],
    ['Lena Okafor, who joined in May, will lead the board.', { name: 'Lena Okafor', title: null, organization: null }],
  ])('takes a title from the apposition around the fuller name: %s', (sentence, expected) => {
    const { speakers } = attribute(`${sentence} Okafor said the accounts would be published in June.`);
    expect(speakers[0]).toMatchObject(expected);
  });

  it('takes the issuer of a statement from its byline', () => {
    const text = 'Harbour Reopening\n\nAna Ruiz, Harbour Spokesperson\n\nThe harbour reopens to ships on Monday.';
    expect(attribute(text).speakers.map((s) => s.name)).toEqual(['Ana Ruiz']);
  });
});

describe('a description with the name as its apposition', () => {
  it.each([
    [
      'a possessive organisation',
      'The harbour board’s chair, Lena Okafor, said the talks would resume.',
      { name: 'Lena Okafor', title: 'chair', organization: 'harbour board' },
    ],
    [
      'a bare title',
      'The spokeswoman, Ana Ruiz, told reporters that the ferry fares would stay the same.',
      { name: 'Ana Ruiz', title: 'spokeswoman' },
    ],
  ])('credits the name after %s', (_name, text, expected) => {
    const { speakers, quotes } = attribute(text);
    expect(speakers[0]).toMatchObject(expected);
    expect(quotes.map((q) => q.kind)).toEqual(['indirect']);
  });

  it.each([
    ['a fronted place', 'In Lisbon, Lena Okafor, said the talks would resume.'],
    ['a fronted time', 'On Monday, Lena Okafor, said the talks would resume.'],
  ])('takes no description from %s', (_name, text) => {
    expect(attribute(text).speakers.every((s) => s.title === null)).toBe(true);
  });
});

describe('coordinated cues', () => {
  it.each([
    ['no verb before "and"', 'The pier and said repairs are both in the news this week.'],
    ['a noun phrase list', 'Tom Reed, the pier and the said repairs were on the agenda.'],
  ])('credits nobody with %s', (_name, text) => {
    expect(attribute(text).quotes.filter((q) => q.rule === 'coordinated-cue')).toEqual([]);
  });
});

describe('announced statements', () => {
  const quoteParagraphs =
    '\n\n“The harbour will reopen next week after the repairs are done.\n\n“We thank every crew that worked through the storm.”';
  it.each([
    [
      'a statement announced in the paragraph above',
      `Mayor Tom Reed issued the following statement on Monday after the vote:${quoteParagraphs}`,
      [
        'direct|announced-statement|Tom Reed|The harbour will reopen next week after the repairs are done.',
        'direct|multi-paragraph|Tom Reed|We thank every crew that worked through the storm.',
      ],
    ],
    [
      'a statement announced before the quote',
      'The port authority released this statement: “The talks will resume in March with both unions.”',
      ['direct|announced-statement|The port authority|The talks will resume in March with both unions.'],
    ],
  ])('credits %s', (_name, text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
  it.each([
    ['a verb with another object', `Mayor Tom Reed issued a permit for the new pier on Monday:${quoteParagraphs}`],
    ['a colon with no statement noun', `The crowd cheered after the vote on the new pier:${quoteParagraphs}`],
  ])('credits nobody after %s', (_name, text) => {
    expect(attribute(text).quotes.every((q) => q.speakerId === null)).toBe(true);
  });

  it.each([
    ['Statement by Mayor Tom Reed on the Harbour Reopening', ['Tom Reed']],
    ['Remarks by Harbour Commissioner Ana Ruiz at the Pier Dedication', ['Ana Ruiz']],
    ['Statement of Accounts for the Harbour Board', []],
    ['Passed by the Harbour Board on Monday', []],
  ])('takes the issuer from the title line %s', (title, names) => {
    expect(attribute(`${title}\n\nThe harbour reopens to ships on Monday.`).speakers.map((s) => s.name)).toEqual(names);
  });

  it.each([
    ['The mayor will tour the pier on Friday.', ['Mayor Tom Reed', 'The mayor']],
    ['The bridge will reopen on Friday.', ['Mayor Tom Reed']],
    ['The council will vote on Friday.', ['Mayor Tom Reed']],
  ])('joins a subject description to the speaker it describes: %s', (sentence, mentions) => {
    const { speakers } = attribute(`Mayor Tom Reed said the harbour is safe for ships. ${sentence}`);
    expect(speakers.map((s) => s.mentions.map((m) => m.text))).toEqual([mentions]);
  });
});

describe('transcripts', () => {
  const transcript = [
    'MS REED: Good morning, everyone, and thank you for coming to the briefing today.',
    'QUESTION: Can you tell us when the harbour will reopen for ships?',
    'MS REED: We expect the harbour to reopen on Monday if the weather holds.',
  ].join('\n\n');
  it('makes each official turn a direct quote with the label as cue', () => {
    const quotes = attribute(transcript).quotes.filter((q) => q.rule === 'transcript-label');
    expect(quotes.map((q) => q.cue)).toEqual(['MS REED:', 'MS REED:']);
    expect(quotes[1]!.text).toBe('We expect the harbour to reopen on Monday if the weather holds.');
  });
  it('does not quote the reporter', () => {
    expect(attribute(transcript).quotes.some((q) => q.text.startsWith('Can you tell'))).toBe(false);
  });
  it.each([
    ['a closing note in parentheses', '(The meeting ended at noon after the last question.)', false],
    ['a note in square brackets', '[Applause from the back of the hall for the harbour crews.]', false],
    ['speech that opens with a bracketed aside', '(Laughs.) We expect the harbour crews to finish by Monday.', true],
    [
      'speech that ends with a bracketed aside',
      'We expect the harbour crews to finish by Monday (weather permitting)',
      true,
    ],
  ])('treats %s in a turn as speech: %s', (_name, line, speech) => {
    const quotes = attribute(`${transcript}\n\n${line}`).quotes.filter((q) => q.rule === 'transcript-label');
    expect(quotes.length).toBe(speech ? 3 : 2);
  });
});

// Every span of the real texts must be its own slice (skipped on a fresh clone).
const corpus = join(__dirname, '..', '..', 'shared', 'corpus', 'texts');
describe.skipIf(!existsSync(corpus))('spans over the evaluation texts', () => {
  const files = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.txt')) : [];
  it.each(files)('%s', (file) => {
    const text = readFileSync(join(corpus, file), 'utf8');
    const { speakers, quotes } = attribute(text);
    for (const q of quotes) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      if (q.speakerMention)
        expect(text.slice(q.speakerMention.start, q.speakerMention.end)).toBe(q.speakerMention.text);
      if (q.speakerId) expect(speakers.some((s) => s.id === q.speakerId)).toBe(true);
    }
    for (const s of speakers) for (const m of s.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
