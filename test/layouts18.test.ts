// Layouts no fixture had yet, each with rows of our own words and negative rows beside them: an
// interview whose answerer the standfirst introduces as speaking, above "Q: … / A: …" labels, and a
// headline's pull quote that repeats words said below (fixtures/interview18-standfirst-guest.txt); a body
// named for its holder's title ("the Attorney General's Office"), a title closing in "in Charge", and a
// titled name before a body in lower case (fixtures/release18-titled-office.txt); an office set off after a
// name, whole ("Minister for Foreign Affairs") and with its country after a second link ("Minister of
// Foreign Affairs of Sorvenna"; fixtures/readout18-apposed-office.txt); a participle opening the sentence
// before "the Minister for X, Hon. Name, said", and "For Name, the message is simple: “…”"
// (fixtures/release18-fronted-openers.txt); labels of a results call that ask ("ANALYST:", "INVESTOR:";
// fixtures/call18-questioner-labels.txt), and a phrase after ", and" that is the next person, no apposition;
// a wire credit followed by a clause of its time (", their union said on Wednesday, as talks broke down"),
// and a participle after a report ending in a subordinate clause (fixtures/wire18-credit-then-setting.txt).
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { fixtureText as fixture, titledQuotes as quotes } from './support/quotes.js';

/** Every speaker as "name (title) [organisation]". */
const speakersOf = (text: string) =>
  analyze(text, { referenceDate: '2026-11-05' }).speakers.map(
    (s) => `${s.name} (${s.title ?? ''}) [${s.organization ?? ''}]`,
  );

describe('an interview’s guest introduced in the standfirst answers every "A:"', () => {
  it('credits the headline and every answer to the chief executive the standfirst introduces', () => {
    const credited = quotes(fixture('interview18-standfirst-guest.txt')).map((q) => q.split('|')[0]);
    expect(credited).toEqual(Array(4).fill('Oriane Faulkes (chief executive)'));
  });
  const QA = '\n\nQ: Is the bridge safe?\nA: It is safe to cross.\n\nQ: When will it reopen?\nA: On Monday.';
  it.each<[string, string[]]>([
    // the guest named after "spoke to" / "sat down with"; the one who asks stands before the verb
    [`We spoke to Dr. Ilka Brandvold, the city engineer, about the bridge.${QA}`, ['Ilka Brandvold']],
    [`Our reporter Cato Mirren sat down with Ilka Brandvold to talk about the bridge.${QA}`, ['Ilka Brandvold']],
    [`City engineer Ilka Brandvold talked to us about the bridge.${QA}`, ['Ilka Brandvold']],
    // named, but not as speaking: the label stays the answerer
    [`Mayor Tova Lund appointed Ilka Brandvold as city engineer in March.${QA}`, ['A']],
    // two people introduced as speaking: neither is "A"
    [`Ilka Brandvold spoke to us in May. Tova Lund spoke to us in June.${QA}`, ['A']],
  ])('%s', (text, expected) => {
    expect([...new Set(quotes(text).map((q) => q.split(' (')[0]))]).toEqual(expected);
  });
});

describe('a headline’s pull quote is the words of whoever says them below, and its topic is no speaker', () => {
  const BODY =
    '\n\nBRANNOCK – The town council promised on Tuesday to rebuild after the floods.\n\n' +
    '“Every home will be rebuilt before winter, and we start this week,” Mayor Tova Lund said.';
  it.each<[string, string[]]>([
    [
      `Floods: “Every home will be rebuilt before winter”${BODY}`,
      [
        'Tova Lund (Mayor)|Every home will be rebuilt before winter',
        'Tova Lund (Mayor)|Every home will be rebuilt before winter, and we start this week',
      ],
    ],
    // one capitalised word before the colon credits only a name the text gives in full
    [
      `Lund: “Every home will be rebuilt before winter”${BODY}`,
      [
        'Tova Lund (Mayor)|Every home will be rebuilt before winter',
        'Tova Lund (Mayor)|Every home will be rebuilt before winter, and we start this week',
      ],
    ],
    // words nobody says below stay uncredited
    [
      `Floods: “No town will be left behind this year”${BODY}`,
      [
        ' ()|No town will be left behind this year',
        'Tova Lund (Mayor)|Every home will be rebuilt before winter, and we start this week',
      ],
    ],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('a body named for its holder’s title, and titles with "in Charge"', () => {
  it('reads each speaker of a prosecutor’s release', () => {
    expect(speakersOf(fixture('release18-titled-office.txt'))).toEqual([
      "Attorney General's Office () []",
      'Selma Okonkwo-Baird (Attorney General) []',
      "Devlin Harrow (Special Agent in Charge) [bureau's Merrivale field office]",
      "A spokesperson for the Governor's Office (spokesperson) [Governor's Office]",
    ]);
  });
  it.each<[string, string[]]>([
    // two offices are two bodies, not one person called "Office"
    [
      "The Prime Minister's Office said the bridge would close. The Treasurer's Office said the bridge would stay open.",
      ["Prime Minister's Office () []", "Treasurer's Office () []"],
    ],
    ['Officer in Charge Nadia Trell said the ferry would resume on Friday.', ['Nadia Trell (Officer in Charge) []']],
    [
      "Director Ana Ruiz of the city's water department said the pipes were safe.",
      ["Ana Ruiz (Director) [city's water department]"],
    ],
    // a person's office in lower case is described, and "in" before a place is no title
    ["The minister's office said the bridge would close.", ["The minister's office (minister's office) []"]],
    ['Inspector Nadia Trell in Merrivale said the ferry would resume.', ['Nadia Trell (Inspector) []']],
  ])('%s', (text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});

describe('an office set off after a name is her title, with the country after its second link', () => {
  it('gives both ministers of a numbered readout their full offices', () => {
    expect(speakersOf(fixture('readout18-apposed-office.txt'))).toEqual([
      'Takahara Emiko (Minister for Foreign Affairs) []',
      'Dario Vensk (Minister of Foreign Affairs) [Sorvenna]',
    ]);
  });
  const REPORT = '\n\nMinister Quill stated that the talks were useful.';
  it.each<[string, string[]]>([
    [
      `Ms. Ana Quill, Minister for Foreign Affairs, met the press.${REPORT}`,
      ['Ana Quill (Minister for Foreign Affairs) []'],
    ],
    [
      `Ms. Ana Quill, Minister of Trade and Industry of Norland, met the press.${REPORT}`,
      ['Ana Quill (Minister of Trade and Industry) [Norland]'],
    ],
    // a name after the office stays the name
    [`Minister of Foreign Affairs Ana Quill met the press.${REPORT}`, ['Ana Quill (Minister of Foreign Affairs) []']],
  ])('%s', (text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});

describe('a fronted participle or "For Name," before the speaker', () => {
  it('credits the minister speaking near a town, and the grower the sentence opens for', () => {
    expect(quotes(fixture('release18-fronted-openers.txt'))).toEqual([
      'Petra Oyelowo-Grant (Minister for Primary Industries)|the first payments would be made within a month',
      'Petra Oyelowo-Grant (Minister for Primary Industries)|Nobody can plan for a storm like this one',
      'Hamish Tulloch ()|Every week without help is a week closer to selling up.',
    ]);
  });
  it.each<[string, string[]]>([
    [
      'Writing in the Harbour Gazette, the Minister for Transport, Hon. Ana Quill, said the ferry would run.',
      ['Ana Quill (Minister for Transport)|the ferry would run'],
    ],
    [
      'At a school in Port Tamsin, the Minister for Education, Ana Quill, said the roof would be fixed.',
      ['Ana Quill (Minister for Education)|the roof would be fixed'],
    ],
    [
      'For Mayor Ana Quill, the answer is clear: “We rebuild the pier first.”',
      ['Ana Quill (Mayor)|We rebuild the pier first.'],
    ],
    // a name opening the sentence keeps the body set off after its title
    [
      'Ana Quill, Director of Operations, Tarnby Rail Ltd, said the line would reopen.',
      ['Ana Quill (Director of Operations)|the line would reopen'],
    ],
    // "For" before a time or a body credits no one
    ['For now, the plan is simple: “We rebuild the pier first.”', [' ()|We rebuild the pier first.']],
    ['For the council, the answer is clear: “We rebuild the pier first.”', [' ()|We rebuild the pier first.']],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('questioners of a results call, and the next person after ", and"', () => {
  it('keeps the analyst’s and the investor’s questions out of the quotes', () => {
    const credited = quotes(fixture('call18-questioner-labels.txt')).map((q) => q.split(' (')[0]);
    expect(credited).toEqual(['CHIEF EXECUTIVE', 'FINANCE DIRECTOR', 'CHIEF EXECUTIVE', 'FINANCE DIRECTOR']);
  });
  it.each<[string, string[]]>([
    [
      'With us today are Ana Quill, and the Fire Commissioner, Tom Brack.\n\nQuill said the dam had held.',
      ['Ana Quill () []'],
    ],
    // an apposition without "and" still gives the title
    ['With us today is Ana Quill, the Deputy Mayor.\n\nQuill said the dam had held.', ['Ana Quill (Deputy Mayor) []']],
  ])('%s', (text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});

describe('a credit followed by a clause of its time, and a participle after a subordinate clause', () => {
  it('keeps the writer’s clauses out of the union’s report and gives the participle to the chief executive', () => {
    expect(quotes(fixture('wire18-credit-then-setting.txt'))).toEqual([
      'their union ()|Bus drivers in Halverston will stay on strike until Friday',
      'Tilde Marwick-Osei (organiser)|the drivers had been patient for months',
      'Tilde Marwick-Osei (organiser)|We have run out of patience',
      'Conrad Bleek (chief executive)|services would resume as soon as drivers returned',
      'Conrad Bleek (chief executive)|the pay offer remained open',
    ]);
  });
  it.each<[string, string[]]>([
    [
      'The ferry will not sail, the operator said on Monday, while the storm passed over the coast.',
      ['the operator ()|The ferry will not sail'],
    ],
    // a reason after the credit is still the report
    [
      'The ferry will not sail, the operator said on Monday, because the storm has damaged the pier.',
      ['the operator ()|The ferry will not sail', 'the operator ()|because the storm has damaged the pier'],
    ],
    // a participle after a report whose own clause has a subject keeps that subject
    [
      'Ana Quill said the mayor clarified the plan, stating that the pier would reopen.',
      ['Ana Quill ()|the mayor clarified the plan', 'the mayor (mayor)|the pier would reopen'],
    ],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});
