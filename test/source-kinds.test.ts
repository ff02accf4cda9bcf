// Kinds of source that rules once read wrongly: a document standing for whoever issued it, a
// place or a time between a name and its verb, titles of several words and honorifics.
import { describe, expect, it } from 'vitest';
import { tag } from '../src/adapters/compromise.js';
import { attributeQuotes } from '../src/attribution/index.js';
import { buildDocument } from '../src/document/build.js';

const attribute = (text: string) => attributeQuotes(buildDocument(text, tag(text)), tag(text));

interface Expected {
  name: string | null;
  kind?: string;
  title?: string | null;
  organization?: string | null;
}

/** The speaker of the (innermost) quote holding `words`: name, and kind, title, organisation as asked. */
function sourceOf(text: string, words: string, asked: Expected): Expected {
  const { speakers, quotes } = attribute(text);
  const q = quotes.filter((x) => x.text.includes(words)).sort((a, b) => a.text.length - b.text.length)[0];
  if (!q) throw new Error(`no quote holds "${words}"`);
  const s = speakers.find((x) => x.id === q.speakerId);
  const out: Expected = { name: s?.name ?? null };
  if ('kind' in asked) out.kind = s?.kind;
  if ('title' in asked) out.title = s?.title ?? null;
  if ('organization' in asked) out.organization = s?.organization ?? null;
  return out;
}

const sourceTable = (cases: Array<[string, string, string, Expected]>) =>
  it.each(cases)('%s', (_kind, text, words, expected) => {
    expect(sourceOf(text, words, expected)).toEqual(expected);
  });

describe('a document stands for the one who issued it', () => {
  sourceTable([
    [
      'a body owning the document, lower-case',
      'The harbour board closed the quay on Monday. The board’s statement said the ferries would resume in June.',
      'ferries would resume',
      { name: 'The board', kind: 'organization' },
    ],
    [
      'a named body after "from"',
      'A statement from the Tarnby Water Authority said the reservoir was full.',
      'reservoir was full',
      { name: 'Tarnby Water Authority', kind: 'organization' },
    ],
    [
      'a named person after "by", inverted after "according to"',
      'According to a letter by Ottilie Brask, the reservoir is full.',
      'reservoir is full',
      { name: 'Ottilie Brask', kind: 'person' },
    ],
    [
      'a described body after "by", ahead of a direct quote',
      '“The reservoir is full,” said a report by the water board.',
      'reservoir is full',
      { name: 'the water board', kind: 'organization' },
    ],
    [
      'a titled person owning it keeps the title without the possessive',
      'The spokeswoman’s statement said the reservoir was full.',
      'reservoir was full',
      { name: 'The spokeswoman', title: 'spokeswoman' },
    ],
    [
      'a document with no owner stays the source (negative)',
      'According to a report, the reservoir is full.',
      'reservoir is full',
      { name: 'a report', kind: 'unnamed' },
    ],
    [
      'a document "of" people who issue nothing stays the source (negative)',
      'A survey of residents said the reservoir was too low.',
      'reservoir was too low',
      { name: 'A survey of residents', kind: 'unnamed' },
    ],
    [
      'a document with a name of its own stays the source (negative)',
      'According to the Tarnby Water Report, the reservoir is full.',
      'reservoir is full',
      { name: 'Tarnby Water Report' },
    ],
  ]);
});

describe('a place or a time between the source and its verb is no part of the source', () => {
  sourceTable([
    [
      'a city after "in"',
      'Orrin Dahlgren in Tarnby said the dam would hold.',
      'dam would hold',
      { name: 'Orrin Dahlgren', organization: null },
    ],
    [
      'a place after "on" is no organisation, before the verb',
      'Senator Ottilie Brask on Castle Hill said the dam would hold.',
      'dam would hold',
      { name: 'Ottilie Brask', title: 'Senator', organization: null },
    ],
    [
      'a place after "on" is no organisation, after the verb',
      '“The dam will hold,” said Senator Ottilie Brask on Castle Hill.',
      'dam will hold',
      { name: 'Ottilie Brask', title: 'Senator', organization: null },
    ],
    [
      'a day after "on"',
      'Orrin Dahlgren on Thursday said the dam would hold.',
      'dam would hold',
      { name: 'Orrin Dahlgren' },
    ],
    [
      'a time with its leads',
      'The water board earlier this month said the dam would hold.',
      'dam would hold',
      { name: 'The water board', kind: 'organization' },
    ],
    [
      'a place before a relative clause',
      'Reporters met Orrin Dahlgren in Tarnby, who said the dam would hold.',
      'dam would hold',
      { name: 'Orrin Dahlgren' },
    ],
    [
      'a body with its seat',
      'The Vorland Embassy in Tarnby said the dam would hold.',
      'dam would hold',
      { name: 'Vorland Embassy', kind: 'organization' },
    ],
    [
      'an organisation after "of" stays the organisation (negative)',
      'President Ottilie Brask of Vorland said the dam would hold.',
      'dam would hold',
      { name: 'Ottilie Brask', organization: 'Vorland' },
    ],
    [
      'an office after a title is no place (negative)',
      'Adviser on Coastal Affairs Orrin Dahlgren said the dam would hold.',
      'dam would hold',
      { name: 'Orrin Dahlgren', title: 'Adviser on Coastal Affairs' },
    ],
  ]);
});
