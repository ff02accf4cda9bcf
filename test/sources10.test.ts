// Readouts' joint acts and a title the tagger takes for a person, in rows of our own words: what
// two parties noted or reaffirmed together is no one speaker's quote (told in the simple past), and "he"
// after "Brenovan President Aurel Dinescu" is the President, not a speaker named "President"; a
// hometown after "of" in a source's apposition ("Tomas Brel, of Harlow Falls, Del., said") is not the source.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

/** Every quote as "kind|text|speaker". */
const credits = (text: string) => {
  const { quotes, speakers } = analyze(text, { referenceDate: '2026-03-03' });
  return quotes.map((q) => `${q.kind}|${q.text}|${speakers.find((s) => s.id === q.speakerId)?.name ?? ''}`);
};

describe('joint acts of two parties are no quotes', () => {
  it.each<[string, string[]]>([
    ['Both the Prime Minister and the President noted that trade had doubled.', []],
    ['The two sides reaffirmed that the border would stay open.', []],
    ['The two Governments underscored that the treaty had served both countries well.', []],
    ['Both delegations stressed that the fishing grounds must be shared.', []],
    // one party's act, a group's standing position and a meeting's parties speaking one by one stay
    ['The Prime Minister noted that trade had doubled.', ['indirect|trade had doubled|The Prime Minister']],
    ['Both parties say the plan is sound.', ['indirect|the plan is sound|Both parties']],
    ['Both ministers have argued that the pay offer is too low.', ['indirect|the pay offer is too low|Both ministers']],
    ['The minister met the two envoys and said that talks would resume.', ['indirect|talks would resume|The minister']],
  ])('%s', (text, expected) => {
    expect(credits(text)).toEqual(expected);
  });
});

describe('a title alone is no antecedent of "he"', () => {
  it.each<[string, string[]]>([
    [
      'Brenovan President Aurel Dinescu visited the port on Monday. He said the harbour would be dredged.',
      ['indirect|the harbour would be dredged|Aurel Dinescu'],
    ],
    [
      'Orlandian Premier Vesna Talo opened the bridge on Monday. She said it would carry trains by May.',
      ['indirect|it would carry trains by May|Vesna Talo'],
    ],
  ])('%s', (text, expected) => {
    expect(credits(text)).toEqual(expected);
  });
});

describe('"never" before the first verb of "… but said"', () => {
  it.each<[string, string[]]>([
    [
      'The agency never commented on the leak but said the search was continuing.',
      ['indirect|the search was continuing|The agency'],
    ],
    // a negated report is no quote
    ['The agency never said that the search was continuing.', []],
    // after a teller, "and said" goes on with the teller, not the subject before "never"
    [
      'Ina Vos, a lobbyist, told reporters her group never worked with the firm and said the group hired a consultant.',
      ['indirect|the group hired a consultant|Ina Vos'],
    ],
  ])('%s', (text, expected) => {
    expect(credits(text)).toEqual(expected);
  });
});

describe('a hometown inside the apposition of a source before its verb', () => {
  it.each<[string, string[]]>([
    ['“We need unity,” Tomas Brel, of Harlow Falls, Del., said.', ['direct|We need unity|Tomas Brel']],
    ['“We need unity,” Tomas Brel, 30, of Vestby, who was polled, said.', ['direct|We need unity|Tomas Brel']],
    ['“We need unity,” Mara Voss, a teacher from Vestby, Ont., said.', ['direct|We need unity|Mara Voss']],
    // a group after "of" not set off by a comma stays the source ("a number of Democrats")
    [
      'A growing number of Democrats, while still confident, are warning that the race is close.',
      ['indirect|the race is close|Democrats'],
    ],
    // a name after "of" that is the source's office stays the source's
    ['“We need unity,” the mayor of Vestby, Ana Ruiz, said.', ['direct|We need unity|Ana Ruiz']],
  ])('%s', (text, expected) => {
    expect(credits(text)).toEqual(expected);
  });
});
