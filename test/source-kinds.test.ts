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
      'a bare document stands for the one the text said issued it',
      'The Tarnby Water Authority issued a statement on Monday. The statement said the reservoir was full.',
      'reservoir was full',
      { name: 'Tarnby Water Authority', kind: 'organization' },
    ],
    [
      'a bare document, its issuing a paragraph before, inverted after a quote',
      'Ottilie Brask published a letter to residents.\n\n“The reservoir is full,” the letter said.',
      'reservoir is full',
      { name: 'Ottilie Brask', kind: 'person' },
    ],
    [
      'a document of another name issued before is no antecedent (negative)',
      'The water board issued a statement. The report said the reservoir was full.',
      'reservoir was full',
      { name: 'The report', kind: 'unnamed' },
    ],
    [
      'a document issued only after the quote is no antecedent (negative)',
      '“The reservoir is full,” the statement said. Later the water board issued a statement.',
      'reservoir is full',
      { name: 'the statement', kind: 'unnamed' },
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

describe('titles of several words, honorifics and offices', () => {
  sourceTable([
    [
      'a rank of two words is one title, no organisation',
      'Detective Sergeant Orrin Dahlgren said the road would stay shut.',
      'road would stay shut',
      { name: 'Orrin Dahlgren', title: 'Detective Sergeant', organization: null },
    ],
    [
      'a modifier before a title',
      'Lord Mayor Orrin Dahlgren said the road would stay shut.',
      'road would stay shut',
      { name: 'Orrin Dahlgren', title: 'Lord Mayor', organization: null },
    ],
    [
      'an office after the title, then its body after a comma',
      '“The road stays shut,” said Ottilie Brask, Director of Communications, Tarnby Rail Ltd.',
      'road stays shut',
      { name: 'Ottilie Brask', title: 'Director of Communications', organization: 'Tarnby Rail Ltd' },
    ],
    [
      'the same, before the verb',
      'Ottilie Brask, Director of Communications, Tarnby Rail Ltd, said the road would stay shut.',
      'road would stay shut',
      { name: 'Ottilie Brask', title: 'Director of Communications', organization: 'Tarnby Rail Ltd' },
    ],
    [
      'a body after "of" is no office (negative)',
      '“The road stays shut,” said Ottilie Brask, chief executive of Tarnby Rail.',
      'road stays shut',
      { name: 'Ottilie Brask', title: 'chief executive', organization: 'Tarnby Rail' },
    ],
    [
      'a portfolio joined by "and" is the title’s, before a name',
      'Minister for Roads and Bridges Ottilie Brask said the road would stay shut.',
      'road would stay shut',
      { name: 'Ottilie Brask', title: 'Minister for Roads and Bridges' },
    ],
    [
      'an honorific gives way to the office in an apposition',
      '“The road stays shut,” said The Hon. Ottilie Brask, Minister for Transport and Infrastructure.',
      'road stays shut',
      { name: 'Ottilie Brask', title: 'Minister for Transport and Infrastructure', organization: null },
    ],
    [
      'an honorific, letters after the name and the office in parentheses',
      'The Hon. Ottilie Brask MP (Tarnby East - Minister for Transport) said the road would stay shut.',
      'road would stay shut',
      { name: 'Ottilie Brask', title: 'Minister for Transport' },
    ],
    [
      'a courtesy honorific alone is no title',
      '“The road stays shut,” said Mr. Orrin Dahlgren.',
      'road stays shut',
      { name: 'Orrin Dahlgren', title: null },
    ],
    [
      'a seat in parentheses is no title (negative)',
      'Senator Ottilie Brask (Tarnby East) said the road would stay shut.',
      'road would stay shut',
      { name: 'Ottilie Brask', title: 'Senator' },
    ],
    [
      '"The" before a title is no honorific (negative)',
      'The Speaker said the house would rise at noon.',
      'house would rise',
      { name: 'The Speaker', title: 'Speaker' },
    ],
  ]);

  it('takes a transcript label’s office from its parentheses, not its honorific', () => {
    const text = [
      'Questions Without Notice',
      'Mr HALDEN (Tarnby East) (10:02): My question is to the minister. When will the road open?',
      'The Hon. OTTILIE BRASK (Vorby - Minister for Transport) (10:03): The road will open in May.',
      'Mr HALDEN: Will it be on time?',
      'The Hon. OTTILIE BRASK: It will be on time.',
      'Mr HALDEN: Then I thank the minister.',
    ].join('\n\n');
    const brask = attribute(text).speakers.find((s) => s.name === 'Ottilie Brask');
    expect(brask?.title).toBe('Minister for Transport');
    expect(attribute(text).speakers.find((s) => s.name === 'Halden')?.title).toBeNull();
  });
});

describe('scare quotes inside a reported clause stay part of it', () => {
  it.each([
    [
      'a quoted noun as the subject',
      'The warden said that “repairs”, while overdue, would not be rushed.',
      '“repairs”, while overdue, would not be rushed',
    ],
    [
      'a quoted phrase inside the predicate',
      'The warden said the dam was “perfectly sound” after the floods.',
      'the dam was “perfectly sound” after the floods',
    ],
  ])('%s: one mixed quote', (_case, text, quote) => {
    const { quotes } = attribute(text);
    expect(quotes.map((q) => [q.kind, q.text])).toEqual([['mixed', quote]]);
  });

  it('a clause wholly in quotation marks is a direct quote (negative)', () => {
    const { quotes } = attribute('The warden said: “The dam is perfectly sound.”');
    expect(quotes.map((q) => q.kind)).toEqual(['direct']);
  });
});

describe('a participle after a negated auxiliary, and titles printed as capitals', () => {
  sourceTable([
    [
      'a participle credits the subject before a negated auxiliary and a second verb',
      'The harbour master wouldn’t discuss the fines but grew curt, saying “that is the job.”',
      'that is the job',
      { name: 'The harbour master' },
    ],
    [
      'a new subject after the comma is the participle’s (negative)',
      'The harbour master wouldn’t discuss the fines, and the clerk grew curt, saying “that is the job.”',
      'that is the job',
      { name: 'the clerk' },
    ],
    [
      '"the PM" is the holder the text names as Prime Minister, named later',
      'The PM said the ferries would run again. Prime Minister Ottilie Brask opened the new quay on Monday.',
      'ferries would run',
      { name: 'Ottilie Brask', title: 'Prime Minister' },
    ],
    [
      '"the PM" is no Foreign Minister (negative)',
      'Foreign Minister Ottilie Brask opened the new quay. The PM said the ferries would run again.',
      'ferries would run',
      { name: 'The PM', title: 'Prime Minister' },
    ],
    [
      '"the Prime Minister" is no Foreign Minister either (negative)',
      'Foreign Minister Ottilie Brask opened the new quay. The Prime Minister said the ferries would run again.',
      'ferries would run',
      { name: 'The Prime Minister' },
    ],
    [
      'capitals after a station’s name are no title',
      'Larkspur FM said the coast road would close.',
      'coast road',
      { name: 'Larkspur FM', title: null, organization: null },
    ],
    [
      'capitals before a name are its title (negative)',
      'FM Ottilie Brask said the coast road would close.',
      'coast road',
      { name: 'Ottilie Brask', title: 'Foreign Minister' },
    ],
    [
      'a clock’s PM is no title',
      'By 4 PM Ottilie Brask said the quay would close. Foreign Minister Ottilie Brask met the press. The PM said the ferries would run again.',
      'quay would close',
      { name: 'Ottilie Brask', title: 'Foreign Minister' },
    ],
    [
      '"the PM" after a clock’s PM is still no Foreign Minister',
      'By 4 PM Ottilie Brask said the quay would close. Foreign Minister Ottilie Brask met the press. The PM said the ferries would run again.',
      'ferries would run',
      { name: 'The PM', title: 'Prime Minister' },
    ],
    [
      '"the PM" of an earlier speaker the text names Prime Minister (negative)',
      'Ottilie Brask said the quay would close. Prime Minister Ottilie Brask met the press. The PM said the ferries would run again.',
      'ferries would run',
      { name: 'Ottilie Brask', title: 'Prime Minister' },
    ],
    [
      'a bare title with no modifier still finds its holder',
      'Foreign Minister Ottilie Brask opened the new quay. The Minister said the ferries would run again.',
      'ferries would run',
      { name: 'Ottilie Brask' },
    ],
  ]);
});

describe('a named source with unnamed companions', () => {
  sourceTable([
    [
      '"X and others said" credits X',
      'Ottilie Brask and others have said the quay must stay open.',
      'quay must stay open',
      { name: 'Ottilie Brask' },
    ],
    [
      '"the Minister and her colleagues said" credits the holder named before',
      'Minister Ottilie Brask flew home. The Minister and her colleagues said the quay must stay open.',
      'quay must stay open',
      { name: 'Ottilie Brask' },
    ],
  ]);

  it('does not lend a name to "others" of another clause (negative)', () => {
    const { speakers, quotes } = attribute('Ottilie Brask spoke first, and others said the quay must stay open.');
    const credited = quotes.map((q) => speakers.find((s) => s.id === q.speakerId)?.name);
    expect(credited).not.toContain('Ottilie Brask');
  });
});

describe('a title with its field in lower case, bodies named with "on", names of common words', () => {
  sourceTable([
    [
      'a lower-case field before a title, after the cue',
      'The ferry will run again on Friday, said harbour chief Liv Odegaard.',
      'ferry will run',
      { name: 'Liv Odegaard', title: 'harbour chief' },
    ],
    [
      'a lower-case field before a title, before a direct quote’s cue',
      '“The blaze is out,” said fire chief Liv Odegaard.',
      'blaze is out',
      { name: 'Liv Odegaard', title: 'fire chief' },
    ],
    [
      'a body’s noun before a title stays the organisation (negative)',
      'The police spokesman said the road was shut.',
      'road was shut',
      { name: 'The police spokesman', title: 'spokesman', organization: 'police' },
    ],
    [
      'a past verb before a title is no field of it (negative)',
      'The crew cheered chief Liv Odegaard, who said the blaze was out.',
      'blaze was out',
      { name: 'Liv Odegaard', title: 'chief' },
    ],
    [
      'a body named with "on" keeps its field',
      'The Committee on Fisheries Policy said the quota would be cut.',
      'quota would be cut',
      { name: 'Committee on Fisheries Policy', kind: 'organization' },
    ],
    [
      'a person’s "on" still sets a place (negative)',
      'Ottilie Brask on Harbour Street said the quay would close.',
      'quay would close',
      { name: 'Ottilie Brask', kind: 'person' },
    ],
    [
      'a name of words in common use, with no person’s name in it, is a body’s',
      'Cleaner Rivers said the spill was worse than reported.',
      'spill was worse',
      { name: 'Cleaner Rivers', kind: 'organization' },
    ],
    [
      'a first name makes a person of a common word (negative)',
      'Mara Young said the spill was worse than reported.',
      'spill was worse',
      { name: 'Mara Young', kind: 'person' },
    ],
    [
      'a rank after a first name is the surname',
      'Liv Constable said the count was over.',
      'count was over',
      { name: 'Liv Constable', title: null },
    ],
    [
      'a rank before the name is its title (negative)',
      'Constable Liv Berg said the count was over.',
      'count was over',
      { name: 'Liv Berg', title: 'Constable' },
    ],
  ]);

  it('reads a clause whose subject the tagger takes for a verb ("said rents had doubled")', () => {
    const q = attribute('Odegaard said rents had doubled since spring.').quotes[0];
    expect(q?.text).toBe('rents had doubled since spring');
  });

  it('reads no clause where no verb follows that word (negative)', () => {
    expect(attribute('Odegaard said thanks to the crews.').quotes).toEqual([]);
  });
});

describe('a report nested in a quotation, a participle after a colon, a credit closing its own clause', () => {
  const nested =
    'Brask said: “Mayor Ana Lind phoned me on Monday. ‘The quay will open in May,’ she said, and I believed her.”';

  it('the inner report is a direct quote of its own, credited to the person named inside the quotation', () => {
    const { quotes, speakers } = attribute(nested);
    const inner = quotes.find((q) => q.text === 'The quay will open in May');
    expect(inner?.kind).toBe('direct');
    expect(speakers.find((s) => s.id === inner?.speakerId)?.name).toBe('Ana Lind');
  });

  it('the outer quotation stays with the outer speaker (negative)', () => {
    const { quotes, speakers } = attribute(nested);
    const outer = quotes.find((q) => q.text.startsWith('Mayor Ana Lind phoned me'));
    expect(speakers.find((s) => s.id === outer?.speakerId)?.name).toBe('Brask');
  });

  it('the last sentence of a quotation credited after it is no reported clause of its own (negative)', () => {
    const { quotes } = attribute('“The quay is shut. It will open in May,” Brask said.');
    expect(quotes.map((q) => q.kind)).toEqual(['direct']);
  });

  sourceTable([
    [
      'a participle after a colon takes the subject before it',
      'The harbour master ended the call: saying “the quay will not reopen this year.”',
      'quay will not reopen',
      { name: 'The harbour master' },
    ],
    [
      'a participle after a dash likewise',
      'The harbour master ended the call — saying “the quay will not reopen this year.”',
      'quay will not reopen',
      { name: 'The harbour master' },
    ],
    [
      'a trailing credit followed by ", and" still credits the clause before it',
      'The quay will open in May, Brask said, and the crowd cheered.',
      'quay will open',
      { name: 'Brask' },
    ],
  ]);

  it('the clause after "said, and" is the writer’s, no quote (negative)', () => {
    const { quotes } = attribute('The quay will open in May, Brask said, and the crowd cheered.');
    expect(quotes.map((q) => q.text)).toEqual(['The quay will open in May']);
  });
});

describe('a bare title refers to the holder its own paragraph names', () => {
  const opening = 'President Ana Lind said the talks had gone well.\n\n';
  sourceTable([
    [
      'another side’s holder named in the question’s paragraph',
      `${opening}Q: President Tomas Berg of Vestmark met you this morning. The President said the border would stay closed. Will you reopen it?`,
      'border would stay closed',
      { name: 'Tomas Berg' },
    ],
    [
      'no holder in the paragraph: the statement’s own (negative)',
      `${opening}Q: The President said the border would stay closed. Will you reopen it?`,
      'border would stay closed',
      { name: 'Ana Lind' },
    ],
    [
      'two holders in one paragraph: the statement’s own (negative)',
      'President Ana Lind spoke with President Tomas Berg of Vestmark on Monday. The President underscored that trade must stay open.',
      'trade must stay open',
      { name: 'Ana Lind' },
    ],
  ]);
});
