// Second round of layouts nobody tuned to (fixtures/layouts2-*.txt, written for these tests):
// parliamentary question time, interpreted press statements, a doorstop transcript, a joint press
// availability whose labels change form, releases with a quote block or trailing credits, a note
// to correspondents, a bulleted readout, an interview with bold labels, an embassy's numbered points.
import { describe, expect, it } from 'vitest';
import { bulletLead, isStatement, parseLabel, titleLineSpeakers, type LabelRole } from '../src/attribution/layout.js';
import { contextOf, describeLayouts, quotesOf, tokensOf, type Expected } from './support/layouts.js';

const LAYOUTS: Array<[string, Expected, string[]]> = [
  [
    'layouts2-question-time.txt',
    [
      ['direct', 'I thank the member', 'Anika Voss'],
      ['direct', 'The new vessel will be built', 'Anika Voss'],
      ['direct', 'Order! The member for Kessel Bay', 'The SPEAKER'],
      ['direct', 'The government will not cut', 'Anika Voss'],
      ['direct', 'The budget for the vessel', 'Anika Voss'],
      ['direct', 'The Minister for Health met', 'Matthias Kerr'],
      ['indirect', 'the offer was a fair start', 'The union'],
    ],
    // Members who only ask put questions; their turns are no statements.
    [
      'The member for Greywater.',
      'the northern ferry will stop',
      'the second vessel will cost',
      'Ms OYELARAN',
      'My question is to',
      'Supplementary question',
    ],
  ],
  [
    'layouts2-interpreted-conference.txt',
    [
      ['direct', 'Good afternoon. It is a pleasure', 'Halvard Stene'],
      ['direct', 'Thank you, Mr. President, for the warm', 'Mirela Doven'],
      ['direct', 'Our ministers will meet again', 'Mirela Doven'],
      ['direct', 'Our government will decide in September', 'Mirela Doven'],
      ['direct', 'We did. Both crossings', 'Halvard Stene'],
    ],
    ['A question for President Doven', '(Speaks Varnian.)', 'Sorry, the interpreter', 'President Stene, did you'],
  ],
  [
    'layouts2-doorstop.txt',
    [
      ['direct', 'Well, good morning everyone.', 'Lena Sorvik'],
      ['direct', 'I want to thank the builders', 'Lena Sorvik'],
      ['indirect', 'the pay offer is an insult', "the nurses' union"],
      ['direct', 'The offer is on the table', 'Lena Sorvik'],
      ['direct', 'We are watching prices', 'Lena Sorvik'],
      ['direct', 'Thanks everyone.', 'Lena Sorvik'],
    ],
    ['Prime Minister, the nurses', 'What about fuel prices', 'Thanks, Prime Minister.', 'New hospital wing'],
  ],
  [
    'layouts2-joint-ministers.txt',
    [
      ['direct', 'Good morning. I am glad', 'Anna Vestergaard'],
      ['direct', 'Thank you, Anna.', 'Kofi Adjei-Mensah'],
      ['direct', 'We will. The agreement', 'Anna Vestergaard'],
      ['direct', 'If I may add', 'Kofi Adjei-Mensah'],
      ['direct', 'Not yet.', 'Anna Vestergaard'],
      ['direct', 'We hope it will happen', 'Kofi Adjei-Mensah'],
    ],
    ['We have time for two questions', 'Thank you. Minister Vestergaard', 'A question for both'],
  ],
  [
    'layouts2-police-release.txt',
    [
      ['direct', 'This was a frightening experience', 'Mara Holt'],
      ['direct', 'We believe the man acted alone', 'Mara Holt'],
      ['direct', 'Robberies like this are rare', 'Rhys Adeyemi'],
    ],
    ['Detectives have arrested', 'The man remains in custody', 'Anyone with information'],
  ],
  [
    'layouts2-company-trailing.txt',
    [
      ['direct', 'We built this mill', 'Kaisa Rautio'],
      ['direct', 'The new line cuts the energy', 'Jonas Pell'],
    ],
    ['The mill will roll', 'Nordvik Steel makes plate', 'Media contact'],
  ],
  [
    'layouts2-note-correspondents.txt',
    [
      ['indirect', 'all parties to settle any disputes', 'The Secretary-General'],
      ['indirect', 'the United Nations stands ready', 'The Secretary-General'],
    ],
    ['the peaceful conduct', 'the electoral commission', 'Note to Correspondents'],
  ],
  [
    'layouts2-bulleted-readout.txt',
    [
      ['indirect', 'the power cable must be finished', 'The Prime Minister'],
      ['indirect', 'Ostria to ratify the customs protocol', 'The Prime Minister'],
      ['indirect', 'her government would send', 'Ines Vallmark'],
    ],
    ['to hold a summit', 'the progress on the undersea', 'the situation in the eastern'],
  ],
  [
    'layouts2-interview-bold.txt',
    [
      ['direct', 'Yes. Our storage', 'Tomas Halden'],
      ['direct', 'We will keep the price cap', 'Tomas Halden'],
      ['direct', 'The cable ship starts work', 'Tomas Halden'],
    ],
    ['Minister, will there be', 'Prices are still high', 'When will the grid link', '**'],
  ],
  [
    'layouts2-embassy-points.txt',
    [['direct', 'We have always respected the rules', 'Teodora Marin']],
    ['The Embassy has taken note', 'the claim that', 'Every boat named', 'The Embassy remains open'],
  ],
  [
    'layouts2-timestamped-transcript.txt',
    [
      ['direct', 'Good morning. The storm has passed', 'Mara Lindholm'],
      ['direct', 'Schools in the three northern', 'Mara Lindholm'],
      ['direct', 'We expect most homes', 'Mara Lindholm'],
      ['direct', 'Thank you, Governor. The Guard', 'Ivo Sand'],
      ['direct', 'The engineers checked every bridge', 'Ivo Sand'],
    ],
    ['Governor, when will power', 'Speaker 2', '(00:02)', 'Are the bridges safe'],
  ],
  [
    'layouts2-family-name-first.txt',
    [
      ['direct', 'The Minister will visit the northern', 'Sorvik Hana'],
      ['direct', 'The next round is planned', 'Sorvik Hana'],
    ],
    ['Can you tell us', 'Opening Remarks', 'Questions Concerning'],
  ],
];

describeLayouts(LAYOUTS);

describe('labels of these layouts', () => {
  it.each<[string, LabelRole, string[], string]>([
    ['Mr BRANDT (Kessel Bay) (14:02): My question is to the Premier.', 'person', ['brandt'], 'My'],
    ['The Hon. ANIKA VOSS (Hollin - Minister for Transport) (14:03): I thank him.', 'person', ['anika', 'voss'], 'I'],
    ['The SPEAKER: Order!', 'role', [], 'Order'],
    ['**A:** Yes. Our storage is full.', 'answer', [], 'Yes'],
    ['**Q: Minister, will there be enough gas?**', 'question', [], 'Minister'],
    ['__MS. ORTIZ:__ Thank you.', 'person', ['ortiz'], 'Thank'],
    ['FM ADJEI-MENSAH: If I may add.', 'person', ['adjei-mensah'], 'If'],
    ['PM: Good morning.', 'role', [], 'Good'],
    ['INTERPRETER: Our government will decide.', 'interpreter', [], 'Our'],
    ['PRESIDENT DOVEN (through interpreter): Thank you.', 'person', ['doven'], 'Thank'],
    ['Speaker 2: (01:15)', 'question', [], '('],
    ['UNIDENTIFIED SPEAKER: Will the market move?', 'question', [], 'Will'],
    ['Participant 12: Thanks.', 'question', [], 'Thanks'],
  ])('%s → %s', (line, role, nameWords, body) => {
    const ts = tokensOf(line);
    const label = parseLabel(ts);
    expect([label?.role, label?.nameWords, ts[label?.labelEnd ?? 0]?.text]).toEqual([role, nameWords, body]);
  });
  it.each([
    ['bold text that is no label', '**Storage is ninety percent full** across the country.'],
    ['a clock time in brackets without a label', 'The session (14:02) opened late: the chair was delayed.'],
    ['a sentence with a bracket and a colon', 'Prices rose (again) in May: fuel led the rise.'],
    ['a numbered step', 'Step 2: Register online before Friday.'],
    ['a numbered part', 'Part 3: The new harbour'],
  ])('%s is no label', (_name, line) => {
    expect(parseLabel(tokensOf(line))).toBeNull();
  });
});

describe('floor management of these layouts', () => {
  const statement = (text: string) => {
    const ctx = contextOf(text);
    return isStatement(ctx.tokens[0]!, 0, ctx.sentenceStarts[0]!);
  };
  it.each([
    ['The member for Greywater.'],
    ['The honourable Minister for Transport.'],
    ['We have time for two questions. The first goes to Lars Holm.'],
  ])('%s is procedure', (text) => expect(statement(text)).toBe(false));
  it.each([
    ['The Minister for Health met the union on Monday.'],
    ['The member for Greywater has asked her question and will listen.'],
    ['We have time for reform, and the money goes to hospitals.'],
  ])('%s is a statement', (text) => expect(statement(text)).toBe(true));
});

describe('interpreters', () => {
  const speakersOf = (text: string) => quotesOf(text).quotes.map((q) => [q.text, q.speaker]);
  const header = 'Press Statements by President Halvard Stene\n\n';
  it("gives the interpreter's words to the official whose turn printed none", () => {
    const text = `${header}PRESIDENT STENE: (Speaks Varnian.)\n\nINTERPRETER: The bridge will open in May.\n\nQUESTION: When?`;
    expect(speakersOf(text)).toEqual([['The bridge will open in May.', 'Halvard Stene']]);
  });
  it("quotes no one for an interpreter's own remark, nor after a question", () => {
    const text = `${header}PRESIDENT STENE: The bridge opens in May.\n\nINTERPRETER: Sorry, the interpreter missed that.\n\nQUESTION: (Speaks Varnian.)\n\nINTERPRETER: Will the bridge open in May?`;
    expect(speakersOf(text)).toEqual([['The bridge opens in May.', 'Halvard Stene']]);
  });
});

describe('questions that ask whether someone says it', () => {
  const indirect = (text: string) =>
    quotesOf(text)
      .quotes.filter((q) => q.kind === 'indirect')
      .map((q) => q.text);
  it.each([
    ['Will the minister confirm that the northern ferry will stop in winter?'],
    ['Supplementary question: can the minister tell the house what the vessel will cost?'],
    ['Does the government accept that the ferry is too old for the route?'],
  ])('%s reports nothing', (text) => expect(indirect(text)).toEqual([]));
  it.each([
    ['Will Roe said that the ferry would stop in winter.', 'the ferry would stop in winter'],
    ['The minister will confirm that the ferry keeps running in winter.', 'the ferry keeps running in winter'],
  ])('%s still reports', (text, clause) => expect(indirect(text)).toEqual([clause]));
});

describe('header lines of these layouts', () => {
  it.each([
    ['Statement attributable to the Spokesperson for the Secretary-General on the elections', 1],
    ['Statement of the Embassy of the Republic of Varnia in Kessel', 1],
    ['Message from the President on the national day', 1],
    ['Interview: Minister for Energy Tomas Halden on the winter outlook', 1],
    ['Statement of Intent on Fisheries', 0],
    ['Interview: Senior Official on the Talks', 0],
    ['Interview: what the minister said', 0],
  ])('%s names %i speakers', (line, n) => {
    expect(titleLineSpeakers(tokensOf(line))).toHaveLength(n);
  });
  const speakers = (text: string) => quotesOf(text).speakers.map((s) => [s.name, s.title]);
  it('takes a letterhead name with its office on the next line', () => {
    const text = 'THE HON LENA SORVIK MP\nPRIME MINISTER\n\nTRANSCRIPT\n\nThe new wing opens today.';
    expect(speakers(text)).toEqual([['Lena Sorvik', 'Prime Minister']]);
  });
  it.each([
    ['a headline over a place', 'NORTH KESSEL HOSPITAL\nMONDAY, 9 JUNE 2025\n\nThe new wing opens today.'],
    ['a title over a sentence', 'Prime Minister\nThe new wing opens today, a year early.'],
    ['a name over a line with no title', 'Lena Sorvik\nNorth Kessel\n\nThe new wing opens today.'],
  ])('takes no letterhead from %s', (_name, text) => {
    expect(speakers(text)).toEqual([]);
  });
  it.each([
    ['Press Conference by Press Secretary SORVIK Hana', 'Sorvik Hana', 'Press Secretary'],
    ['Remarks by Secretary of State Jonas Aberg', 'Jonas Aberg', 'Secretary of State'],
    ['Remarks by Prime Minister LENA SORVIK', 'Lena Sorvik', 'Prime Minister'],
  ])('%s names %s, %s', (line, name, title) => {
    expect(speakers(`${line}\n\nThe harbour opens in May.`)).toEqual([[name, title]]);
  });
  it('names the spokesperson of a note to correspondents as its issuer', () => {
    const text =
      'Statement attributable to the Spokesperson for the Secretary-General on the elections\n\nThe Secretary-General welcomes the vote.';
    expect(quotesOf(text).speakers.map((s) => s.name ?? s.title)).toContain(
      'the Spokesperson for the Secretary-General',
    );
  });
});

describe('lists under a lead line', () => {
  const leadOf = (text: string) => {
    const { tokens } = contextOf(text);
    const at = bulletLead(tokens, tokens.length - 1);
    return (
      at &&
      tokens[at.paragraph]!.slice(at.phrase.from, at.phrase.to)
        .map((t) => t.text)
        .join(' ')
    );
  };
  it.each([
    ['The Prime Minister:\n- stressed that the cable must be finished by 2027;', 'The Prime Minister'],
    [
      'Chancellor Vallmark:\n• welcomed the plan;\n• said that her government would send a mission.',
      'Chancellor Vallmark',
    ],
  ])('%s', (text, lead) => expect(leadOf(text)).toBe(lead));
  it.each([
    ['a group, whose acts are joint', 'The leaders:\n- agreed to hold a summit in the autumn;'],
    ['an item opening with a capital', 'The Prime Minister:\n- Trade: the cable must be finished by 2027.'],
    ['no lead line', 'The call lasted an hour.\n- stressed that the cable must be finished by 2027;'],
    ['a dash inside a sentence', 'The Prime Minister - who stressed that the cable matters - left early.'],
  ])('%s has no lead', (_name, text) => expect(leadOf(text)).toBeNull());
  it('credits an item to the lead, the mention on the lead line', () => {
    const text = 'The Prime Minister:\n- urged Ostria to ratify the customs protocol before the summer.';
    const [q] = quotesOf(text).quotes;
    expect([q?.text, q?.speaker, q?.speakerMention?.text]).toEqual([
      'Ostria to ratify the customs protocol before the summer',
      'The Prime Minister',
      'The Prime Minister',
    ]);
  });
});
