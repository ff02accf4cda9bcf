// Layouts no fixture had yet, each with rows of our own words and negative rows beside them: a
// title line whose occasion follows the speaker's name ("Press Gaggle by X Aboard …", "Remarks by X
// Announcing …"; fixtures/gaggle17-title-line-occasion.txt); "Transcript of PM X’s Press Conference" over
// labels in capitals that stand for the office ("PM:"; fixtures/transcript17-possessive-title-abbreviated-labels.txt);
// police ranks abbreviated ("DCI Roe"), a person set off ", of X," and "according to estimates from X"
// (fixtures/police17-rank-abbreviations.txt); a place named in the spokesperson's words is no antecedent of
// "she" (fixtures/briefing17-place-not-antecedent.txt); two reports in one sentence, the first ending where
// the second speaker's begins (fixtures/readout17-two-reports-one-sentence.txt); a titled name with the
// family name first, then the family name alone ("Foreign Minister Zhou Minghao … Zhou said";
// fixtures/release17-family-name-first.txt); a portfolio before any office's title ("Trade Commissioner"); a
// speech verb coordinated after a verb and its plural object ("thanked volunteers and said …";
// fixtures/news17-coordinated-after-plural.txt); a bare title before the holder's name, the sentence
// before the name ending in a capitalised word (fixtures/news17-title-after-sentence-end.txt); "conveyed
// that" and "proposed that" in a readout (fixtures/readout17-convey-propose.txt); a document whose words
// "read" (fixtures/wire17-statement-reads.txt).
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { fixtureText as fixture, titledQuotes as quotes } from './support/quotes.js';

describe('a title line’s occasion after the speaker is no part of her name', () => {
  it('credits the press secretary of a gaggle aboard an aircraft', () => {
    const speakers = quotes(fixture('gaggle17-title-line-occasion.txt')).map((q) => q.split('|')[0]);
    // her three turns, and the President's words she reports in the second
    expect(speakers).toEqual([
      'Ysolde Lindgaard (Press Secretary)',
      'Ysolde Lindgaard (Press Secretary)',
      'The President (President)',
      'Ysolde Lindgaard (Press Secretary)',
    ]);
  });
  const TURNS = '\n\nMS. OKWUOSA: We will act today.\n\nQ: Will you?\n\nMS. OKWUOSA: Yes.';
  const OKWUOSA = ['Dalia Okwuosa (Vice President)|We will act today.', 'Dalia Okwuosa (Vice President)|Yes.'];
  it.each<[string, string[]]>([
    [`Remarks by Vice President Dalia Okwuosa Before Departure${TURNS}`, OKWUOSA],
    [`Remarks by Vice President Dalia Okwuosa Upon Arrival in Port Tamarind${TURNS}`, OKWUOSA],
    [`Remarks by Vice President Dalia Okwuosa During a Visit to Brightwater${TURNS}`, OKWUOSA],
    [`Remarks by Vice President Dalia Okwuosa Ahead of the Summit${TURNS}`, OKWUOSA],
    [`Remarks by Vice President Dalia Okwuosa Prior to Departure${TURNS}`, OKWUOSA],
    [`Remarks by Vice President Dalia Okwuosa Via Video Link${TURNS}`, OKWUOSA],
    [`Remarks by Vice President Dalia Okwuosa as Prepared for Delivery${TURNS}`, OKWUOSA],
    [`Remarks by Vice President Dalia Okwuosa Announcing New Funding${TURNS}`, OKWUOSA],
    [`Remarks by Vice President Dalia Okwuosa Honoring Veterans${TURNS}`, OKWUOSA],
    // a name that ends in "-ing" is still the whole name
    [
      `Remarks by Vice President Dalia Fleming Okwuosa${TURNS}`,
      ['Dalia Fleming Okwuosa (Vice President)|We will act today.', 'Dalia Fleming Okwuosa (Vice President)|Yes.'],
    ],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
  it('keeps a speaker named after the occasion out of the first one’s name', () => {
    const { speakers } = analyze(`Remarks by Vice President Dalia Okwuosa Alongside Premier Ana Tollund${TURNS}`, {
      referenceDate: '2026-11-05',
    });
    expect(speakers.map((s) => s.name)).toEqual(['Dalia Okwuosa']);
  });
});

describe('a possessive after "Transcript of", and labels that abbreviate the office', () => {
  it('credits every "PM:" turn to the prime minister the title line names', () => {
    const found = quotes(fixture('transcript17-possessive-title-abbreviated-labels.txt'));
    expect(found).toHaveLength(3);
    for (const q of found) expect(q.startsWith('Tavita Marrowby (Prime Minister)|')).toBe(true);
  });
  const turns = (label: string) => `\n\n${label}: We will act today.\n\nJOURNALIST: When?\n\n${label}: Next week.`;
  it.each<[string, string[]]>([
    [
      `Press Conference by PM Tavita Marrowby${turns('PM')}`,
      ['Tavita Marrowby (Prime Minister)|We will act today.', 'Tavita Marrowby (Prime Minister)|Next week.'],
    ],
    [
      `Transcript of Prime Minister Tavita Marrowby's Media Availability${turns('PRIME MINISTER')}`,
      ['Tavita Marrowby (Prime Minister)|We will act today.', 'Tavita Marrowby (Prime Minister)|Next week.'],
    ],
    [
      `Press Conference by Foreign Minister Nadia Qorvash${turns('FM')}`,
      ['Nadia Qorvash (Foreign Minister)|We will act today.', 'Nadia Qorvash (Foreign Minister)|Next week.'],
    ],
    // "PM:" is not the President's label
    [`Press Conference by President Nadia Qorvash${turns('PM')}`, ['PM (PM)|We will act today.', 'PM (PM)|Next week.']],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
  it.each([
    'Transcript of the Budget Statement',
    // a readout reports its principal's call; it records no words of hers
    "Readout of Prime Minister Tavita Marrowby's Call with President Nadia Qorvash",
  ])('finds no speaker of the turns in "%s"', (title) => {
    const { speakers } = analyze(`${title}${turns('PM')}`, { referenceDate: '2026-11-05' });
    expect(speakers.map((s) => s.name)).toEqual(['PM']);
  });
});

/** Every quote as "speaker (title; organisation)|text", for a text in one paragraph under a headline. */
const credits = (text: string) => {
  const { quotes, speakers } = analyze(`News\n\n${text}`, { referenceDate: '2026-11-05' });
  return quotes.map((q) => {
    const s = speakers.find((x) => x.id === q.speakerId);
    return `${s?.name ?? ''} (${s?.title ?? ''}; ${s?.organization ?? ''})|${q.text}`;
  });
};

describe('police ranks abbreviated, a unit set off after the name, and estimates as a source', () => {
  it('credits the detective by rank and name, and the county council’s estimates', () => {
    expect(quotes(fixture('police17-rank-abbreviations.txt'))).toEqual([
      'Orlagh Brannock (Detective Chief Inspector)|These raids were planned, and the gang used stolen plant machinery. Someone will have seen the vehicles being moved.',
      'Orlagh Brannock (Detective Chief Inspector)|officers had recovered a digger near the Stenmark industrial estate',
      'the county council ()|the two raids caused damage worth more than 200,000 pounds',
    ]);
  });
  it.each<[string, string[]]>([
    [
      'Detective Sergeant Ana Velloso said the van was stolen. DS Velloso said it was found burnt out.',
      [
        'Ana Velloso (Detective Sergeant; )|the van was stolen',
        'Ana Velloso (Detective Sergeant; )|it was found burnt out',
      ],
    ],
    ['Ana Velloso, of the Harbour Trust, said the pier was safe.', ['Ana Velloso (; Harbour Trust)|the pier was safe']],
    [
      "Ana Velloso, of Fenwick Police's Major Crime Unit, said the pier was safe.",
      ["Ana Velloso (; Fenwick Police's Major Crime Unit)|the pier was safe"],
    ],
    [
      'Exports fell in May, according to figures from the statistics office.',
      ['the statistics office (; )|Exports fell in May'],
    ],
    // estimates, a plan or a custom with no one who made them are no source
    ['According to estimates, exports fell in May.', []],
    ['According to plan, the works end in May.', []],
    // capitals that spell a rank only before a name: a clock's hour is none
    ['At 4 DC time Ana Velloso said the pier was safe.', ['Ana Velloso (; )|the pier was safe']],
  ])('%s', (text, expected) => {
    expect(credits(text)).toEqual(expected);
  });
});

describe('a place named after "in" or "near" is no antecedent of a pronoun; "urges member states to"', () => {
  it('credits the Chairperson, the subject before the place, with the urging', () => {
    expect(quotes(fixture('briefing17-place-not-antecedent.txt'))).toContain(
      'The Chairperson (Chairperson)|member states to send rescue teams without delay',
    );
  });
  const briefing = (words: string) =>
    `The following is a near-verbatim transcript of today's briefing by Jo Ekwueme, Spokesperson for the Chairperson.\n\n${words}`;
  it.each<[string, string]>([
    [
      'The Chairperson is alarmed by the fighting near Dunmere Ridge. He calls on both sides to hold their fire.',
      'The Chairperson (Chairperson)|both sides to hold their fire',
    ],
    [
      'The Chairperson condemns the attack in Saltmarsh Bay. She urges the police to find those responsible.',
      'The Chairperson (Chairperson)|the police to find those responsible',
    ],
    [
      'The Chairperson condemns the attack. She urges member states to send help.',
      'The Chairperson (Chairperson)|member states to send help',
    ],
    // a person named as an object is still the nearer antecedent
    [
      'The Chairperson spoke with Governor Aldous Penhallow. He told her that the dykes would hold.',
      'Aldous Penhallow (Governor)|the dykes would hold',
    ],
  ])('%s', (words, expected) => {
    expect(quotes(briefing(words))).toContain(expected);
  });
});

describe('a reported clause ends where another speaker’s report begins', () => {
  it('gives each minister of the readout only her own clause', () => {
    expect(quotes(fixture('readout17-two-reports-one-sentence.txt'))).toEqual([
      "Aki Hanaoka (Minister for Foreign Affairs)|Sorrentel supports Valdia's bid to join the fisheries convention",
      'Marisol Brevik (Minister of Foreign Affairs)|Valdia appreciated that support',
      'Marisol Brevik (Minister of Foreign Affairs)|patrols would resume in spring',
      'Aki Hanaoka (Minister for Foreign Affairs)|Sorrentel would send two vessels',
      'Aki Hanaoka (Minister for Foreign Affairs)|the ferry link had reopened',
      'Marisol Brevik (Minister of Foreign Affairs)|cargo volumes were still low',
    ]);
  });
  it.each<[string, string[]]>([
    [
      'Ana Velloso said the pier was safe, but Aldous Penhallow said it was not.',
      ['Ana Velloso (; )|the pier was safe', 'Aldous Penhallow (; )|it was not'],
    ],
    [
      'Ana Velloso said the pier was safe and Aldous Penhallow said it was not.',
      ['Ana Velloso (; )|the pier was safe', 'Aldous Penhallow (; )|it was not'],
    ],
    // the same speaker's second "that" clause, a clause naming no new speaker, and two subjects of one
    // verb, run on
    [
      'Ana Velloso said the mayor and the council urge residents to stay indoors.',
      ['Ana Velloso (; )|the mayor and the council urge residents to stay indoors'],
    ],
    [
      'Ana Velloso said the pier was safe and that the ferry would run.',
      ['Ana Velloso (; )|the pier was safe and that the ferry would run'],
    ],
    [
      'Ana Velloso said the pier was safe, and the ferry would run on Sunday.',
      ['Ana Velloso (; )|the pier was safe, and the ferry would run on Sunday'],
    ],
  ])('%s', (text, expected) => {
    expect(credits(text)).toEqual(expected);
  });
});

describe('a family name alone stands for the titled name it opens', () => {
  it('credits both ministers by their full names and titles', () => {
    expect(quotes(fixture('release17-family-name-first.txt'))).toEqual([
      'Zhou Minghao (Foreign Minister)|the two sides had agreed to open a joint coast guard hotline before the end of the year',
      'Pak Ji-ho (Trade Commissioner)|her office would send a trade mission in the spring',
      'Zhou Minghao (Foreign Minister)|he welcomed the visit',
    ]);
  });
  it.each<[string, string[]]>([
    [
      'Governor Pak Ji-ho opened the bridge. Pak said the tolls would end in May.',
      ['Pak Ji-ho (Governor; )|the tolls would end in May'],
    ],
    // a name ending in the word still comes first
    [
      'Governor Pak Ji-ho met Mayor Ana Pak. Pak said the tolls would end in May.',
      ['Ana Pak (Mayor; )|the tolls would end in May'],
    ],
    // a place or building opening with the word is no titled name
    ['The rally was held at Velloso Tower. Velloso said the tolls would end.', ['Velloso (; )|the tolls would end']],
  ])('%s', (text, expected) => {
    expect(credits(text)).toEqual(expected);
  });
});

describe('a portfolio before a commissioner’s, adviser’s or spokesperson’s title is the title’s', () => {
  it.each<[string, string[]]>([
    ['Trade Commissioner Ana Velloso said exports rose.', ['Ana Velloso (Trade Commissioner; )|exports rose']],
    [
      'Regional Transport Commissioner Ana Velloso said fares would rise.',
      ['Ana Velloso (Regional Transport Commissioner; )|fares would rise'],
    ],
    ['Health Adviser Ana Velloso said waits were long.', ['Ana Velloso (Health Adviser; )|waits were long']],
    // an owner before the portfolio stays the organisation
    [
      "Labour's health spokesman Aldous Penhallow said waits were long.",
      ['Aldous Penhallow (health spokesman; Labour)|waits were long'],
    ],
    // a body's word before the title is no portfolio
    ['Police Commissioner Ana Velloso said crime fell.', ['Ana Velloso (Commissioner; Police)|crime fell']],
  ])('%s', (text, expected) => {
    expect(credits(text)).toEqual(expected);
  });
});

describe('a speech verb coordinated after a verb and its plural object shares the subject', () => {
  it('credits the mayor, the harbour master and the council', () => {
    expect(quotes(fixture('news17-coordinated-after-plural.txt'))).toEqual([
      'Ines Calloway (Mayor)|the town would apply for national disaster funds this week',
      'Idris Fenn ()|the outer wall could fail in another gale',
      'The council ()|them to report blocked drains',
    ]);
  });
  it.each<[string, string[]]>([
    ['Ana Velloso thanked volunteers and said the pier was safe.', ['Ana Velloso (; )|the pier was safe']],
    [
      'The minister visited schools and told parents that fees would fall.',
      ['The minister (minister; )|fees would fall'],
    ],
    // a directive's addressee likewise: "urged volunteers to …"
    ['The minister urged volunteers to register.', ['The minister (minister; )|volunteers to register']],
    // a verb after its own subject is still a verb: the plural subject reports
    ['Ana Velloso met the unions. Workers say the pier is unsafe.', ['Workers (; )|the pier is unsafe']],
  ])('%s', (text, expected) => {
    expect(credits(text)).toEqual(expected);
  });
});

describe('the last word of the sentence before a titled name marks no other side', () => {
  it('credits "the mayor" to the mayor named in the next paragraph', () => {
    expect(quotes(fixture('news17-title-after-sentence-end.txt'))).toEqual([
      'Ines Calloway (Mayor)|We will rebuild the wall stronger than before',
      'Ines Calloway (Mayor)|repairs would start within a month',
    ]);
  });
  it.each<[string, string[]]>([
    [
      '“We will help,” the governor said on Monday. Governor Ana Velloso visited the pier. Velloso said aid would come.',
      ['Ana Velloso (Governor; )|We will help', 'Ana Velloso (Governor; )|aid would come'],
    ],
    // a place's possessive before the title on its line still marks another side's holder
    [
      "“We will help,” the governor said on Monday. She met Valdia's Governor Ana Velloso. Velloso said aid would come.",
      ['the governor (governor; )|We will help', 'Ana Velloso (Governor; )|aid would come'],
    ],
  ])('%s', (text, expected) => {
    expect(credits(text)).toEqual(expected);
  });
});

describe('"conveyed that" and "proposed that" report a clause; with a noun phrase they report none', () => {
  it('credits the prime minister’s two clauses, and nothing to the president', () => {
    expect(quotes(fixture('readout17-convey-propose.txt'))).toEqual([
      'Ilsabet Corvanne (Prime Minister)|her government would double its scholarships for students from Draskovo',
      'Ilsabet Corvanne (Prime Minister)|the two countries open a joint research centre for renewable energy',
    ]);
  });
  it.each<[string, string[]]>([
    ['Ana Velloso conveys that the pier is safe.', ['Ana Velloso (; )|the pier is safe']],
    ['Ana Velloso proposes that the pier reopen in May.', ['Ana Velloso (; )|the pier reopen in May']],
    ['Ana Velloso proposed a ferry to the island.', []],
    ['Ana Velloso conveyed her condolences to the families.', []],
  ])('%s', (text, expected) => {
    expect(credits(text)).toEqual(expected);
  });
});

describe('a statement or notice "reads" its words; a person reading one reports nothing', () => {
  it('credits the ferry company’s statement and the harbour board’s notice', () => {
    expect(quotes(fixture('wire17-statement-reads.txt'))).toEqual([
      'its operator ()|The Kessock ferry will not sail until at least Friday after an engine fault on Tuesday night',
      'Greystone Ferries ()|Safety comes first, and the vessel will not return to service until the engine has been fully inspected',
      'the harbour board ()|Passengers holding tickets for this week will be refunded in full.',
    ]);
  });
  it.each<[string, string[]]>([
    ['“The pier is safe,” reads a statement from the harbour board.', ['the harbour board (; )|The pier is safe']],
    ['A letter from the harbour board reads: “The pier is safe.”', ['the harbour board (; )|The pier is safe.']],
    ['Ana Velloso read the statement to reporters.', []],
    ['Ana Velloso reads a book every week.', []],
  ])('%s', (text, expected) => {
    expect(credits(text)).toEqual(expected);
  });
});
