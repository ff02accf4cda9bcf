// Who the source is: pronouns that agree in gender, every place a speaker is named, bare titles
// credited to the person the text names with them.
import { describe, expect, it } from 'vitest';
import { tag } from '../src/adapters/compromise.js';
import { attributeQuotes } from '../src/attribution/index.js';
import { buildDocument } from '../src/document/build.js';

const attribute = (text: string) => attributeQuotes(buildDocument(text, tag(text)), tag(text));

/** The speaker's name of the (innermost) quote holding `words`. */
function speakerOf(text: string, words: string): string | null {
  const { speakers, quotes } = attribute(text);
  // The innermost quote holding the words: a reported clause inside a direct quote is its own.
  const q = quotes.filter((x) => x.text.includes(words)).sort((a, b) => a.text.length - b.text.length)[0];
  if (!q) throw new Error(`no quote holds "${words}"`);
  return speakers.find((s) => s.id === q.speakerId)?.name ?? null;
}

/** One test per case: the quote holding `words` is credited to `expected` (a name, or null). */
const creditsTable = (cases: Array<[string, string, string, string | null]>) =>
  it.each(cases)('%s', (_kind, text, words, expected) => {
    expect(speakerOf(text, words)).toBe(expected);
  });

/** One test per case: nothing in the text is reported as a quote. */
const noClauseTable = (cases: Array<[string, string]>) =>
  it.each(cases)('reports no clause for %s (negative)', (_kind, text) => {
    expect(attribute(text).quotes).toEqual([]);
  });

/** The mentions of the speaker named `name`, as "text@start". */
function mentionsOf(text: string, name: string): string[] {
  const s = attribute(text).speakers.find((x) => x.name === name);
  return s ? s.mentions.map((m) => `${m.text}@${m.start}`) : [];
}

describe('pronouns agree in gender', () => {
  creditsTable([
    [
      '"she" skips a man quoted last',
      'Harbour Commissioner Margit Solberg opened the session. “The quay is ready,” Mr. Tobias Brandt said. “We are done,” she said.',
      'We are done',
      'Margit Solberg',
    ],
    [
      '"he" skips a woman quoted last',
      '“The quay is ready,” said Mr. Tobias Brandt. “The cranes are not,” said Ms. Margit Solberg. “We will wait,” he said.',
      'We will wait',
      'Tobias Brandt',
    ],
    [
      'a gendered title decides over a first name',
      '“The quay is ready,” said Kim Halden, a spokesman for the port. “We will wait,” he said.',
      'We will wait',
      'Kim Halden',
    ],
  ]);

  it('leaves a pronoun with the nearest speaker when no gender is known (negative)', () => {
    const text = '“The quay is ready,” said Halden Brask. “We will wait,” she said.';
    expect(speakerOf(text, 'We will wait')).toBe('Halden Brask');
  });
});

describe('every mention of a speaker', () => {
  it('lists a pronoun subject of a speech verb inside a reported clause', () => {
    const text = 'Margit Solberg said the quay was ready because “the cranes arrived early,” she said.';
    expect(mentionsOf(text, 'Margit Solberg')).toContain(`she@${text.lastIndexOf('she')}`);
  });

  it('lists the places the text names the speaker, also where no quote is credited', () => {
    const text = [
      'Port Commissioner Margit Solberg (Lab.) questioned the contractor on Monday.',
      '“The quay is not ready,” she said.',
    ].join('\n\n');
    expect(mentionsOf(text, 'Margit Solberg')).toContain('Port Commissioner Margit Solberg@0');
  });

  it('does not list a name two speakers could share (negative)', () => {
    const text = [
      '“The quay is ready,” said Ana Solberg.',
      '“The cranes are not,” said Per Solberg.',
      'Solberg chairs the board.',
    ].join('\n\n');
    const all = attribute(text).speakers.flatMap((s) => s.mentions.map((m) => m.start));
    expect(all).not.toContain(text.lastIndexOf('Solberg'));
  });
});

describe('a bare title is the person the text names with it', () => {
  creditsTable([
    [
      'the holder named before, in no attribution',
      'Secretary-General Ilse Marrow arrived in the capital on Monday.\n\nThe Secretary-General said that the aid convoys must be allowed through.',
      'aid convoys',
      'Ilse Marrow',
    ],
    [
      'the holder named only after the bare title',
      'The Commissioner said that the fishing quotas would be cut.\n\nCommissioner Odile Ferrand will present the plan in June.',
      'fishing quotas',
      'Odile Ferrand',
    ],
    [
      'a hyphenated title is not any of its words (negative)',
      'Major General Ilse Marrow inspected the troops.\n\nThe Secretary-General said that the aid convoys must be allowed through.',
      'aid convoys',
      'The Secretary-General',
    ],
    [
      'a description is not matched by a word of its organisation (negative)',
      'Good afternoon, said Ilse Marrow, Deputy Spokeswoman for the Secretary-General.\n\nThe Secretary-General said that the aid convoys must be allowed through.',
      'aid convoys',
      'The Secretary-General',
    ],
    [
      'the holder named with an office, "Title of Office Name"',
      'Secretary of State Orrin Vale flew to the capital on Monday.\n\nThe Secretary said that the embassy would reopen in the spring.',
      'embassy would reopen',
      'Orrin Vale',
    ],
    [
      'the holder named with a long office',
      'Minister for Ports and Coastal Development Liesl Andric opened the new quay.\n\nThe Minister said that the ferries would run again by June.',
      'ferries would run',
      'Liesl Andric',
    ],
    [
      'an office named alone has no holder (negative)',
      'The Secretary of State flew to the capital on Monday.\n\nThe Secretary said that the embassy would reopen in the spring.',
      'embassy would reopen',
      'The Secretary',
    ],
    [
      'the own side named before, not another side named with it',
      'Governor Ilse Marrow met Governor Tomas Brask of Vorland at the lake.\n\nThe Governor said that the ferry would run again in June.\n\nGovernor Brask said that the road would be rebuilt.',
      'ferry would run',
      'Ilse Marrow',
    ],
    [
      "another side's holder named before, where the text names no own holder",
      'Governor Tomas Brask of Vorland arrived on Monday.\n\nThe Governor said that the road would be rebuilt.',
      'road would be rebuilt',
      'Tomas Brask',
    ],
    [
      "another side's holder named only after the bare title (negative)",
      "The Governor said that the ferry would run again in June.\n\nThe crossing was opened with Vorland's Governor Tomas Brask, who praised the crews.",
      'ferry would run',
      'The Governor',
    ],
    [
      '"of the Ministry of X" is the holder\'s own office, not another side',
      'Minister Ana Ruiz of the Ministry of Finance opened the session. Minister Tomas Brask of Vorland arrived later.\n\nThe Minister said that the budget would be balanced by June.',
      'budget would be balanced',
      'Ana Ruiz',
    ],
    [
      'the own office named after another side, as a sentence subject',
      'Minister Tomas Brask of Vorland arrived on Monday. Minister Ana Ruiz of the Ministry of Finance opened the session.\n\nThe Minister said that the budget would be balanced by June.',
      'budget would be balanced',
      'Ana Ruiz',
    ],
    [
      'two holders of other sides leave the title to no one named (negative)',
      'Minister Tomas Brask of Vorland arrived on Monday. Minister Ana Ruiz of Norland opened the session.\n\nThe Minister said that the budget would be balanced by June.',
      'budget would be balanced',
      'The Minister',
    ],
    [
      'two holders leave the title to no one named (negative)',
      'Commissioner Odile Ferrand met Commissioner Ivo Brask.\n\nThe Commissioner said that the fishing quotas would be cut.',
      'fishing quotas',
      'The Commissioner',
    ],
  ]);
});

describe('fixture: a commission press note', () => {
  it('credits the bare title and "she" to the holder, "he" to the delegate', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../fixtures/commission-press-note.txt', import.meta.url), 'utf8');
    const { speakers, quotes } = attribute(text);
    const name = (id: string | null) => speakers.find((s) => s.id === id)?.name ?? null;
    expect(quotes.map((q) => `${name(q.speakerId)}|${q.text.slice(0, 25)}`)).toEqual([
      'Ilse Marrow|the cod quotas agreed las',
      'Ilse Marrow|We will not reopen a sett',
      'Ilse Marrow|The review will tell us w',
      'Pál Joensen|the smaller boats had los',
      'Pál Joensen|Our crews cannot wait unt',
      'Pál Joensen|They need an answer this ',
      'Ilse Marrow|the delegations to share ',
    ]);
  });
});

describe('a participle takes the subject of its clause', () => {
  creditsTable([
    [
      'past a coordinated predicate',
      'Premier Ilse Marrow declined to discuss the inquiry, but bristled at a reporter on the budget, saying the matter came with the job.',
      'the matter came with',
      'Ilse Marrow',
    ],
    [
      'past a verb group and a noun the tagger reads as a verb',
      "Ms Marrow would not be drawn by the reporters' questions on the budget, saying the auditors must report first.",
      'the auditors must report',
      'Marrow',
    ],
    [
      'past an infinitive',
      'Tomas Brenner wanted the harbour board to agree, saying the plan was sound and cheap.',
      'the plan was sound',
      'Tomas Brenner',
    ],
    [
      'a personal pronoun as the subject',
      'Tomas Brenner spoke on Monday.\n\nHe then defended the plan, saying, “The harbour needs the new quay before winter.”',
      'The harbour needs',
      'Tomas Brenner',
    ],
  ]);

  it('credits no one where the clause has no subject in reach (negative)', () => {
    const { quotes } = attribute('In the morning, saying little about the vote, the crowd waited outside the hall.');
    expect(quotes).toEqual([]);
  });
});

describe('speech verbs counted in PolNeAR train', () => {
  creditsTable([
    [
      'a verb of quoting before the quote',
      'Tomas Brenner shouted: “Close the gates before the tide turns!”',
      'Close the gates',
      'Tomas Brenner',
    ],
    [
      'a verb of quoting after the quote',
      '“Close the gates before the tide turns,” Tomas Brenner yelled.',
      'Close the gates',
      'Tomas Brenner',
    ],
    [
      'a quote right after its verb',
      'Tomas Brenner attacked “the reckless plan to dredge the whole bay.”',
      'reckless plan',
      'Tomas Brenner',
    ],
    [
      'a that-clause after a verb of complaint',
      'Tomas Brenner complained that the ferry had been late every day.',
      'the ferry had been late',
      'Tomas Brenner',
    ],
    [
      '"one" opening a description',
      '“The ferry has been late every single day,” said one official at the port.',
      'The ferry has been late',
      'one official',
    ],
  ]);

  noClauseTable([
    ['a verb of quoting with no quote', 'Tomas Brenner attacked the plan to dredge the bay as reckless and costly.'],
    [
      'a verb of complaint with no that-clause',
      'Tomas Brenner complained about the ferry that had been late every day.',
    ],
  ]);
});

describe('credits standing further from the quote', () => {
  creditsTable([
    [
      'two appositions before the verb',
      '“The quay is not safe for the new ferries,” Tomas Brenner, the harbour master of Vestby, one of the ports that sued the board, said on Monday.',
      'The quay is not safe',
      'Tomas Brenner',
    ],
    [
      'a participle after "before"',
      '“The quay is not safe for the new ferries,” Ilse Marrow told the board before asking them, “Who will pay for the repairs this time?”',
      'Who will pay',
      'Ilse Marrow',
    ],
    [
      'the person the sentence before has as its subject',
      'Harbour master Tomas Brenner, who has run the port since 2015, called the plan a gamble. “It puts the whole winter season at risk for nothing.”',
      'whole winter season',
      'Tomas Brenner',
    ],
    [
      'no person as the subject of the sentence before (negative)',
      'The harbour board, which has run the port since 2015, called the plan a gamble. “It puts the whole winter season at risk for nothing.”',
      'whole winter season',
      null,
    ],
  ]);
});

describe('a dateline is no first name', () => {
  it('does not take a capitalised dateline for a woman "she" refers to', () => {
    const text = 'CHARLOTTE — Ilse Marrow spoke to the crowd.\n\n“We will march again tomorrow,” she said.';
    expect(speakerOf(text, 'We will march again')).toBe('Ilse Marrow');
  });
});

describe('reported clauses in more places', () => {
  creditsTable([
    [
      'a date between the verb and "that"',
      'Harbour master Ana Ruiz said last week that the board wanted more patrols on the river.',
      'the board wanted more patrols',
      'Ana Ruiz',
    ],
    [
      'a quote closing on its comma before ", adding"',
      'Ana Ruiz said the crews found "several leaks along the east quay,” adding, “The water rose by two metres in an hour.”',
      'The water rose',
      'Ana Ruiz',
    ],
    [
      'a description with a modifier is the speaker whose title has it',
      'Harbour press secretary Ivo Brask said the ferries were late.\n\nDefence Secretary Ana Ruiz said last week that the board wanted more patrols.\n\nTalks on the ferries are ongoing, according to the harbour press secretary.',
      'Talks on the ferries',
      'Ivo Brask',
    ],
    [
      'a clause opened by "As X said" inside a quote',
      '“As the Minister stated in her speech, we are building a harbour, not a marina. We begin this work knowing it will take years.”',
      'we are building a harbour',
      'the Minister',
    ],
    [
      'a participle opening the sentence',
      'Reiterating that the islands are part of the country, Tomas Brenner said the navy would only patrol them.',
      'the islands are part of the country',
      'Tomas Brenner',
    ],
    [
      'a progressive verb',
      'The dock workers are saying they will not sign the deal unless the fees are cut.',
      'they will not sign the deal',
      'The dock workers',
    ],
    [
      '"maintained that"',
      'The premier maintained that her cabinet had done nothing wrong.',
      'her cabinet had done',
      'The premier',
    ],
  ]);

  noClauseTable([
    [
      'an opening participle with no that-clause',
      'Reiterating the point, Tomas Brenner left the room before the vote.',
    ],
    ['"maintained" with an object', 'The premier maintained the old harbour fees for another year.'],
  ]);
});

describe('a quotation reported inside a transcript turn', () => {
  it('is a direct quote of the one reported, without its marks, reached through the speaker of the turn', () => {
    const text = [
      'Harbour Board Briefing',
      'MS BRASK: We intend to contribute, and the Chair said last week that "repairs cannot wait for calm weather."',
      'QUESTION: Thank you.',
    ].join('\n\n');
    const { speakers, quotes } = attribute(text);
    const name = (id: string | null) => speakers.find((s) => s.id === id)?.name ?? null;
    const q = quotes.find((x) => x.text.startsWith('repairs'));
    expect(q && [q.kind, q.text, name(q.speakerId)]).toEqual([
      'direct',
      'repairs cannot wait for calm weather.',
      'the Chair',
    ]);
    expect(q?.reportedBy).not.toBeNull();
  });
});

describe('a statement attributable to a spokesperson: the principal speaks', () => {
  const header = 'The following statement is attributable to the Spokesperson for the High Commissioner:\n\n';
  creditsTable([
    [
      '"he" after the principal as subject, not the issuer named before',
      `${header}The High Commissioner condemns the raid on the shelter in Vorland. He calls on the authorities to bring those responsible to justice.`,
      'bring those responsible',
      'The High Commissioner',
    ],
    [
      '"she" after the principal whose holder the text names',
      `High Commissioner Ilse Marrow arrived in Vorland on Monday.\n\n${header}The High Commissioner is alarmed by the raid. She reiterates that the shelters must be protected.`,
      'shelters must be protected',
      'Ilse Marrow',
    ],
    [
      'a person named as subject since is nearer (negative)',
      `${header}The High Commissioner condemns the raid. Ambassador Tomas Rell visited the shelter on Monday. He said that the guards had fled.`,
      'guards had fled',
      'Tomas Rell',
    ],
    [
      'a title of the other gender is no antecedent (negative)',
      `${header}The Chairwoman condemns the raid. He calls on the authorities to act.`,
      'the authorities to act',
      'the Spokesperson for the High Commissioner',
    ],
  ]);
});

describe('a clause reported inside quotation marks ends with them', () => {
  const kindsAndTexts = (text: string) => attribute(text).quotes.map((q) => `${q.kind}|${q.text}`);

  it('reads no clause past the closing mark ("… and it will add forty jobs," said X)', () => {
    const text =
      '“The depot will open in May, and it will add forty jobs in Tarrow,” said Ines Lavik, the depot manager.';
    expect(kindsAndTexts(text)).toEqual(['direct|The depot will open in May, and it will add forty jobs in Tarrow']);
  });

  it('keeps a reported clause inside the quote that ends before the mark', () => {
    const text = '“The mayor told us that the depot would open in May,” said Ines Lavik, the depot manager, on Friday.';
    expect(kindsAndTexts(text)).toContain('indirect|the depot would open in May');
  });

  it('lets a clause reported outside the marks run past a quoted fragment (negative)', () => {
    const text = 'Ines Lavik said that the plan was “dead on arrival” and would be withdrawn within a week.';
    expect(kindsAndTexts(text)).toEqual(['mixed|the plan was “dead on arrival” and would be withdrawn within a week']);
  });
});

describe("a directive of the speaker's own side inside their reported clause", () => {
  /** Each quote as "speaker|text". */
  const credits = (text: string) => {
    const { speakers, quotes } = attribute(text);
    return quotes.map((q) => `${speakers.find((s) => s.id === q.speakerId)?.name ?? null}|${q.text}`);
  };

  it.each([
    [
      'a country in the present tense',
      'Spokesperson Li Wen said that Vestmark strongly urges the Norland side to halt the sale of the patrol boats.',
    ],
    [
      '"the X side" calling on another',
      'Spokesperson Li Wen said that the Vestmark side calls on Norland to withdraw its ships from the strait.',
    ],
    [
      'a base form the tagger reads as present (no "-s" to spell it)',
      'Spokesperson Li Wen said that Vestmark and Norland urge the fleets to leave the strait at once.',
    ],
  ])('is no quote of its own: %s', (_kind, text) => {
    expect(credits(text).map((c) => c.split('|')[0])).toEqual(['Li Wen']);
  });

  it.each([
    [
      'a named principal (negative)',
      'Spokesman Tomas Rell said that the Secretary-General urged all parties to show restraint.',
      'the Secretary-General|all parties to show restraint',
    ],
    [
      'a directive reported in the past (negative)',
      'Spokesperson Li Wen said that Norland had urged Vestmark to withdraw its ships from the strait.',
      'Norland|Vestmark to withdraw its ships from the strait',
    ],
    [
      'a directive that is no one else’s clause (negative)',
      'Vestmark strongly urges the Norland side to halt the sale of the patrol boats.',
      'Vestmark|the Norland side to halt the sale of the patrol boats',
    ],
    [
      'a directive after a modal (negative)',
      'Spokesperson Li Wen said that Vestmark would urge the fleets to leave the strait at once.',
      'Vestmark|the fleets to leave the strait at once',
    ],
  ])('is split off: %s', (_kind, text, nested) => {
    expect(credits(text)).toContain(nested);
  });
});

describe('a relative clause after a comma: the antecedent speaks', () => {
  creditsTable([
    [
      '", who said that" after a name',
      'The fee cut was backed by Ana Ruiz, who said that the harbour would lose no income.',
      'the harbour would lose',
      'Ana Ruiz',
    ],
    [
      '", who told reporters" after a name and its apposition',
      'Reporters met Tomas Brenner, the port manager, who told reporters the cranes were too old.',
      'the cranes were too old',
      'Tomas Brenner',
    ],
    [
      '", which said" after a body',
      'The board thanked the ministry, which said that the grant would be paid in May.',
      'the grant would be paid',
      'the ministry',
    ],
  ]);

  it('lists the relative pronoun among the mentions of the antecedent', () => {
    const text = 'The fee cut was backed by Ana Ruiz, who said that the harbour would lose no income.';
    expect(mentionsOf(text, 'Ana Ruiz')).toContain(`who@${text.indexOf('who')}`);
  });

  noClauseTable([
    ['a relative clause with no speech verb', 'Ana Ruiz, who chairs the board, left the hall before the vote.'],
    ['a noun after "which"', 'The board called a meeting on the leak, which state media said had closed the port.'],
    ['a verb coordinated with "said"', 'Ana Ruiz said and did very little at the board meeting on the harbour fees.'],
    ['"which" after a date', 'The talks ended on Monday, which said a lot about the mood in the hall.'],
  ]);
});

describe('a document speaks for whoever issued it', () => {
  creditsTable([
    [
      '"according to X\'s report"',
      "According to the Harbour Authority's report, traffic grew by ten percent last year.",
      'traffic grew',
      'Harbour Authority',
    ],
    [
      '"a X statement"',
      'Ferry traffic will grow again next year, according to a Vestmark Ports Agency statement.',
      'Ferry traffic will grow',
      'Vestmark Ports Agency',
    ],
    [
      "a person's letter as a subject",
      "Ana Ruiz's letter said that the quay would be closed for repairs.",
      'the quay would be closed',
      'Ana Ruiz',
    ],
    [
      "an owner's findings with modifiers",
      "We are pleased that the Harbour Board's preliminary findings noted that the vote was orderly and fair.",
      'the vote was orderly',
      'Harbour Board',
    ],
    [
      'a report with a name of its own is its own source (negative)',
      'According to the Annual Harbour Traffic Report, the ferries carried more cars than ever.',
      'the ferries carried',
      'Annual Harbour Traffic Report',
    ],
    [
      'a capitalised article is no owner (negative)',
      'The report will tell us whether the stocks are recovering.',
      'the stocks are recovering',
      'The report',
    ],
    [
      '"According to" after a colon opens the clause',
      'The ferries are busy: According to the Harbour Board, traffic grew by ten percent last year.',
      'traffic grew',
      'Harbour Board',
    ],
  ]);
});

describe('readouts: a that-clause after a verb of emphasis, for the holder of the title', () => {
  creditsTable([
    [
      '"underlined that" by a bare title',
      'Chancellor Jonas Kellner met the press in the morning.\n\nThe Chancellor underlined that the new rail link would open in 2027.',
      'the new rail link',
      'Jonas Kellner',
    ],
    [
      '"reiterated that"',
      'The Rebel Council reiterated that it would keep the port open.',
      'it would keep the port open',
      'Rebel Council',
    ],
  ]);

  noClauseTable([
    ['"underlined" with a noun phrase', 'Chancellor Jonas Kellner underlined the need for more trains on the coast.'],
    [
      'a noun with its infinitive',
      'The Rebel Council reiterated its pledge to not allow the port to be used by smugglers.',
    ],
    [
      'a noun with its own that-clause',
      'Ana Ruiz praised the plan, acknowledging the fact that such a forum would suit the times.',
    ],
  ]);
});

describe('a name printed in capitals is given in normal case', () => {
  const names = (text: string) => attribute(text).speakers.map((s) => s.name);

  it('fixture: transcript labels in capitals that no header names', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../fixtures/sources-capital-labels.txt', import.meta.url), 'utf8');
    expect(names(text)).toEqual(['McDonald', "O'Brien-Hale", 'Van der Berg']);
  });

  creditsTable([
    [
      'a particle after an honorific belongs to the name',
      '“The cranes are back on the quay,” said Mr. van der Berg.',
      'The cranes are back',
      'van der Berg',
    ],
    [
      'a roman numeral stays as printed (negative)',
      'Harbour Briefing\n\nMR. TOBIAS HALE III: The quay is ready for the ferries now, and the cranes are back.\n\nQUESTION: Thanks.',
      'The quay is ready',
      'Hale III',
    ],
    [
      'a name the text also prints in mixed case takes that spelling',
      'Harbour Committee\n\nTHE CHAIR: I call Ms van Aalst.\n\nMs VAN AALST: The new quay will be open before the winter storms.\n\nTHE CHAIR: Thank you.',
      'The new quay will',
      'van Aalst',
    ],
    [
      'initials stay capitals in a name printed in capitals',
      'Harbour Briefing\n\nMR. J.R. OKORO: The quay is ready for the ferries now, and the cranes are back.\n\nQUESTION: Thanks.',
      'The quay is ready',
      'J.R. Okoro',
    ],
    [
      'initials in a name in mixed case stay as printed (negative)',
      '“The quay is open again,” said J.R. Okoro, the harbour master.',
      'The quay is open',
      'J.R. Okoro',
    ],
    [
      'a name in mixed case stays as printed (negative)',
      '“We are ready for the winter timetable,” said Ana McKay.',
      'We are ready',
      'Ana McKay',
    ],
    [
      'an organisation in capitals stays as printed (negative)',
      'NATO said that the drills would go ahead next week.',
      'the drills would go ahead',
      'NATO',
    ],
  ]);
});

describe('a quoted name with no credit is no quote', () => {
  const quoted = (text: string) => attribute(text).quotes.map((q) => q.text);

  it.each([
    ['a participle inside', 'Both ports will join the “Coastal Freight Compact agreed at Valmora” next year.'],
    ['no verb at all', 'The council backed the “Green Quays and Clean Water Programme” on Monday.'],
  ])('drops a long quoted name of a plan, %s', (_kind, text) => {
    expect(quoted(text)).toEqual([]);
  });

  it.each([
    [
      'an uncredited sentence with a verb of its own',
      '“The harbour will be open to every ship that pays its fees on time and in full.”',
    ],
    ['a credited span mostly in capitals', 'Ana Ruiz said: “Harbour Fees based on Tonnage For Every Ship.”'],
  ])('keeps %s (negative)', (_kind, text) => {
    expect(quoted(text)).toHaveLength(1);
  });
});
