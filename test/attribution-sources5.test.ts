// Kinds of source left open before: acronyms after "The", dotted acronyms, councillors' titles,
// bodies located by a place ("our embassy in Lima"), and credits set inside the clause they report.
import { describe, expect, it } from 'vitest';
import { tag } from '../src/adapters/compromise.js';
import { attributeQuotes } from '../src/attribution/index.js';
import { buildDocument } from '../src/document/build.js';

const attribute = (text: string) => attributeQuotes(buildDocument(text, tag(text)), tag(text));

/** Every quote as "speaker name|title|kind|quote text", in text order. */
function credits(text: string): string[] {
  const { speakers, quotes } = attribute(text);
  return quotes.map((q) => {
    const s = speakers.find((x) => x.id === q.speakerId);
    return `${s?.name ?? null}|${s?.title ?? null}|${s?.kind ?? null}|${q.text}`;
  });
}

describe('acronyms as speakers', () => {
  it.each([
    [
      'an acronym after "The" that spells a relative pronoun',
      'The WHO said the outbreak in the north had been contained.',
      ['WHO|null|organization|the outbreak in the north had been contained'],
    ],
    [
      'a dotted acronym of three letters',
      'The S.E.C. said it had opened an inquiry into the trades.',
      ['S.E.C.|null|organization|it had opened an inquiry into the trades'],
    ],
    [
      'a dotted acronym before a date',
      'The O.A.S. said on Monday that observers would stay until the count ends.',
      ['O.A.S.|null|organization|observers would stay until the count ends'],
    ],
  ])('%s', (_kind, text, expected) => {
    expect(credits(text)).toEqual(expected);
  });

  it.each([
    ['a relative "who" after a name', 'Ana Ruiz, who chairs the board, said the fund would grow.', 'Ana Ruiz'],
    ['a relative "who" after a description', 'It was the envoy, who said the truce would hold.', 'the envoy'],
  ])('keeps %s a relative pronoun (negative)', (_kind, text, speaker) => {
    expect(credits(text)[0]).toMatch(new RegExp(`^${speaker}\\|`));
  });
});

describe('councillors and other elected titles', () => {
  it.each([
    ['"Cr"', '"The rates will fall," Cr Ana Petrov said.', 'Ana Petrov|Cr|person|The rates will fall'],
    [
      '"Cllr"',
      'Cllr Tom Reyes said the depot would close in June.',
      'Tom Reyes|Cllr|person|the depot would close in June',
    ],
    [
      '"Alderwoman"',
      'Alderwoman Joan Birch said the ward needed a new clinic.',
      'Joan Birch|Alderwoman|person|the ward needed a new clinic',
    ],
    [
      '"Assemblyman"',
      'Assemblyman Rick Vega said the bill was dead for this year.',
      'Rick Vega|Assemblyman|person|the bill was dead for this year',
    ],
    [
      '"MEP" before the name',
      'MEP Jane Doe said the vote was a disgrace.',
      'Jane Doe|MEP|person|the vote was a disgrace',
    ],
    [
      '"MEP" after the name',
      'Jane Doe MEP said the vote was a disgrace.',
      'Jane Doe|null|person|the vote was a disgrace',
    ],
  ])('%s', (_kind, text, expected) => {
    expect(credits(text)[0]).toBe(expected);
  });

  it('gives a councilwoman "she" and not "he" (negative)', () => {
    // "Sam" tells no gender: only the title does.
    const text = 'Alderwoman Sam Birch met Mr. Paul Hayes. "We will not wait," she said.';
    expect(credits(text)[0]).toMatch(/^Sam Birch\|/);
  });
});

describe('a body located by a place', () => {
  it.each([
    [
      'an embassy in a capital',
      'According to our embassy in Lima, all citizens in the region are safe.',
      'our embassy in Lima|null|organization|all citizens in the region are safe',
    ],
    [
      'a consulate in a city',
      'According to the consulate in Lyon, no citizens were hurt in the fire.',
      'the consulate in Lyon|null|organization|no citizens were hurt in the fire',
    ],
  ])('%s', (_kind, text, expected) => {
    expect(credits(text)[0]).toBe(expected);
  });

  it('keeps a named person apart from the city after her (negative)', () => {
    const text = 'According to Ana Ruiz in Lima, all citizens in the region are safe.';
    expect(credits(text)[0]).toMatch(/^Ana Ruiz\|null\|person\|/);
  });

  // Known gap: the place after a person's name still opens the quote ("in Lima, all citizens …").
  it.fails('leaves the place after a named person out of the quote', () => {
    const text = 'According to Ana Ruiz in Lima, all citizens in the region are safe.';
    expect(credits(text)[0]).toBe('Ana Ruiz|null|person|all citizens in the region are safe');
  });
});

describe('a credit inside the clause it reports', () => {
  it.each([
    [
      'a subject, then the credit, then its predicate',
      'The new bridge, the mayor said, will cost four million euros.',
      ['the mayor|mayor|person|The new bridge', 'the mayor|mayor|person|will cost four million euros'],
    ],
    [
      'a clause, then the credit, then a clause of reason',
      'Fares will rise in May, Mr. Olsen said, because fuel now costs twice as much.',
      ['Olsen|null|person|Fares will rise in May', 'Olsen|null|person|because fuel now costs twice as much'],
    ],
    [
      'a fronted adjunct left to the writer',
      'In a short statement, the palace said, the queen thanked the nurses who had treated her.',
      ['the palace|null|unnamed|the queen thanked the nurses who had treated her'],
    ],
    [
      'a fronted subordinate clause left to the writer',
      'Although turnout was low, officials said, the result of the vote will stand.',
      ['officials|null|unnamed|the result of the vote will stand'],
    ],
    [
      'a short subject dropped, the predicate kept',
      'Rents, Ms. Varga added on Friday, would be frozen for a year.',
      ['Varga|null|person|would be frozen for a year'],
    ],
  ])('%s', (_kind, text, expected) => {
    expect(credits(text)).toEqual(expected);
  });

  it.each([
    ['a credit closing the sentence', 'The bridge will cost four million euros, the mayor said.', 1],
    [
      'a credit before a verb-free aside',
      'The dam will be finished by spring, officials said on Monday, two years later than planned.',
      1,
    ],
    ['a credit then "and" opening a clause of the writer\'s', 'The road is open, she said, and the crowd cheered.', 1],
    ['a parenthetical "as" credit', 'The grant, as several papers have noted, runs to 2030.', 0],
    [
      'a participle before a quotation',
      'Speaking to farmers in Tarma on Friday, the minister said, "We will keep the depots open."',
      1,
    ],
  ])('does not split %s (negative)', (_kind, text, count) => {
    expect(credits(text)).toHaveLength(count);
  });
});

describe('"in which he" after an owner\'s briefing', () => {
  it.each([
    [
      'a titled owner of a briefing',
      "Members read the Ombudsman's report, in which he wrote that the waiting lists had grown.",
      'the Ombudsman|Ombudsman|person|the waiting lists had grown',
    ],
    [
      'an owner of evidence who agrees with "she"',
      "The committee heard the auditor's evidence, in which she stated that the accounts were sound.",
      'the auditor|auditor|person|the accounts were sound',
    ],
  ])('%s', (_kind, text, expected) => {
    expect(credits(text)[0]).toBe(expected);
  });

  it.each([
    ['an owner that is a body', "The council read the ministry's report, in which he stated that costs had doubled."],
    [
      'an owner who disagrees in gender',
      "The panel heard Mr. Dale's evidence, in which she stated that costs had doubled.",
    ],
  ])('does not give the pronoun %s (negative)', (_kind, text) => {
    expect(credits(text)[0]).toMatch(/^null\|/);
  });
});

describe('companies with a stock listing', () => {
  it.each([
    [
      'one company, its legal form and listing',
      'Acme Robotics, Inc. (NYSE: ACR) today announced that it will open a plant in Ohio.',
      'Acme Robotics, Inc.|null|organization|it will open a plant in Ohio',
    ],
    [
      'two companies joined: the first leads',
      'Lund Motors, Inc. (NYSE: LMC) and Osprey Bank Corp. (NASDAQ: OSB) today announced that they have agreed to merge.',
      'Lund Motors, Inc.|null|organization|they have agreed to merge',
    ],
    [
      'a listing without a legal form',
      'Northwind Cables (LSE: NWC) said profits had fallen by a fifth.',
      'Northwind Cables|null|organization|profits had fallen by a fifth',
    ],
  ])('%s', (_kind, text, expected) => {
    expect(credits(text)[0]).toBe(expected);
  });

  it("keeps a note in parentheses a person's (negative)", () => {
    const text = 'Ana Roe (PHOTO: Archive) said the plant would close in June.';
    expect(credits(text)[0]).toMatch(/^Ana Roe\|null\|person\|/);
  });

  it("keeps a party and state in parentheses a person's (negative)", () => {
    const text = 'Sen. Ana Ruiz (D-Ore.) said the bill would pass by Friday.';
    expect(credits(text)[0]).toMatch(/^Ana Ruiz\|/);
  });
});

describe('an owner before a title is no first name', () => {
  it.each([
    [
      'an acronym the tagger reads as a first name',
      "ELENA's Director-General, Ines Marr, said the price of wind turbines had halved.",
      'Ines Marr|Director-General|person|the price of wind turbines had halved',
    ],
  ])('%s', (_kind, text, expected) => {
    expect(credits(text)[0]).toBe(expected);
  });

  it('keeps a first name before a surname that is a title word (negative)', () => {
    const text = '"The road is shut," said Ana Constable.';
    expect(credits(text)[0]).toMatch(/^Ana Constable\|/);
  });
});

describe('a bare title for the same office printed another way', () => {
  it.each([
    [
      '"the judge" after "Justice"',
      'Justice Mira Holt said the accused had every reason to flee.\n\n"The risk is real," the judge said.',
      'Mira Holt',
    ],
    [
      '"the councillor" after "Cr"',
      'Cr Ana Petrov said the depot would close.\n\n"It is a hard choice," the councillor said.',
      'Ana Petrov',
    ],
  ])('%s', (_kind, text, expected) => {
    expect(credits(text)[1]).toMatch(new RegExp(`^${expected}\\|`));
  });

  it('keeps a title after "supporters of" the person\'s own', () => {
    const text =
      'The ruling was welcomed by supporters of Governor Ines Tamm.\n\n"This is a good day," the governor said.';
    expect(credits(text)[0]).toMatch(/^Ines Tamm\|/);
  });

  it('does not give "the judge" to a minister of justice (negative)', () => {
    const text = 'Minister of Justice Paul Berg said the courts needed staff.\n\n"The risk is real," the judge said.';
    expect(credits(text)[1]).toMatch(/^the judge\|/);
  });
});

describe('campaigns named in common words, people named like places', () => {
  /** The kind of the speaker named `name`. */
  const kindOf = (text: string, name: string) => attribute(text).speakers.find((s) => s.name === name)?.kind ?? null;

  it.each([
    ['an adjective and a noun', 'Safer Streets said the new lights had cut burglaries by a third.', 'Safer Streets'],
    ['an adjective and a plural', 'Clean Rivers said the creek had passed its tests.', 'Clean Rivers'],
  ])('reads %s as a body', (_kind, text, name) => {
    expect(kindOf(text, name)).toBe('organization');
  });

  it.each([
    ['a first name the tagger knows', 'Ana Banks said the creek had passed its tests.', 'Ana Banks'],
    ['an unknown word before a plural', 'Tove Fields said the creek had passed its tests.', 'Tove Fields'],
    ['an adjective that is a given name', 'Precious Moyo said the clinic would reopen on Monday.', 'Precious Moyo'],
    ['another such given name', 'Bright Okafor said the clinic would reopen on Monday.', 'Bright Okafor'],
    [
      'a place-like name before ", who"',
      '"The river is cleaner than in decades," said Sunniva Rivers, who leads the clean-up.',
      'Sunniva Rivers',
    ],
    ['a given name that is an adjective', 'Precious Zulu said the ferry would sail at noon.', 'Precious Zulu'],
    [
      'another given name that is an adjective',
      'Lucky Mbeki-Tau said the ferry would sail at noon.',
      'Lucky Mbeki-Tau',
    ],
  ])('keeps %s a person (negative)', (_kind, text, name) => {
    expect(kindOf(text, name)).toBe('person');
  });
});

describe('"the Head of State" refers to the president the statement names', () => {
  it("credits the statement's own president", () => {
    const text = [
      'President of the Republic Ana Ruiz held a telephone conversation with President of Vestmark Tom Berg.',
      'The Head of State invited her counterpart to attend the river forum in Ostby.',
    ].join('\n\n');
    expect(credits(text)[0]).toMatch(/^Ana Ruiz\|.*\|her counterpart to attend the river forum in Ostby$/);
  });

  it('leaves a head of delegation to no president (negative)', () => {
    const text = [
      'President of the Republic Ana Ruiz received the delegation.',
      'The Head of Delegation said the talks would resume in May.',
    ].join('\n\n');
    expect(credits(text)[0]).not.toMatch(/^Ana Ruiz\|/);
  });
});

describe('particles inside a name', () => {
  it.each([
    ['"ten"', 'Oskar ten Bosch said the team was tired after the long trip.', 'Oskar ten Bosch'],
    ['"van der"', 'Lotte van der Berg said the team was tired after the long trip.', 'Lotte van der Berg'],
  ])('keeps %s in the name', (_kind, text, name) => {
    expect(credits(text)[0]).toMatch(new RegExp(`^${name}\\|`));
  });
});
