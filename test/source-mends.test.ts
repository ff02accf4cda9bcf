// Reported clauses and speakers that earlier rules read too widely: a nested quotation closing on
// a single mark, a credit with a colon after a plain clause, a name with one unknown word, a noun
// after "said" that opens no clause, "continue" before an infinitive, a preposition after "asked"
// or "told".
import { describe, expect, it } from 'vitest';
import { tag } from '../src/adapters/compromise.js';
import { analyze } from '../src/index.js';
import { attributeQuotes } from '../src/attribution/index.js';
import { buildDocument } from '../src/document/build.js';

const attribute = (text: string) => attributeQuotes(buildDocument(text, tag(text)), tag(text));

/** Every quote as "kind|text|speaker". */
const credits = (text: string) => {
  const { quotes, speakers } = attribute(text);
  return quotes.map((q) => `${q.kind}|${q.text}|${speakers.find((s) => s.id === q.speakerId)?.name ?? ''}`);
};

/** Every quote of the whole pipeline as "kind|text|cue". */
const cues = (text: string) => analyze(text).quotes.map((q) => `${q.kind}|${q.text}|${q.cue}`);

describe('a single quotation inside a double one ends at its closing ’', () => {
  it('reads no direct quote that runs past the closing ’', () => {
    const text = 'Ostby said: “The harbour master told us, ‘the ice will hold,’ and then he drove off.”';
    const inner = attribute(text).quotes.filter((q) => !q.text.startsWith('The harbour master'));
    expect(inner.filter((q) => q.kind === 'direct' && /’\s/.test(q.text))).toEqual([]);
  });

  it('keeps an apostrophe inside the inner quotation (negative)', () => {
    const text = 'Ostby said: “The ferry was late. ‘We won’t sail,’ the captain said, and he went ashore.”';
    expect(credits(text)).toContain('direct|We won’t sail|the captain');
  });
});

describe('a credit with a colon after the clause it closes', () => {
  it('credits the plain clause before the comma to the speaker', () => {
    expect(credits('Harbour dues will rise in autumn, Ostby said: the plan leaves no margin.')).toEqual([
      'indirect|Harbour dues will rise in autumn|Ostby',
    ]);
  });

  it('a participle before the credit sets the scene: the words after the colon (negative)', () => {
    const out = credits('Opening the hearing, Judge Ostby said: the case is closed.');
    expect(out.some((c) => c.startsWith('indirect|Opening'))).toBe(false);
  });
});

describe('a name in title case with one word outside common use is a person’s', () => {
  it.each([
    ['Maren Fields said the ferry would run.', 'Maren Fields', 'person'],
    ['Ifeoma Banks said the ferry would run.', 'Ifeoma Banks', 'person'],
    ['Better Buses said the ferry would run.', 'Better Buses', 'organization'],
  ])('%s', (text, name, kind) => {
    expect(attribute(text).speakers.find((s) => s.name === name)?.kind).toBe(kind);
  });
});

describe('a noun after "said" opens a clause only before a verb', () => {
  it('reads no clause from "said thanks as …"', () => {
    expect(attribute('Ostby said thanks as the band played.').quotes).toEqual([]);
  });

  it('still reads "said pay would stall" (negative)', () => {
    expect(credits('Ostby said pay would stall.')).toEqual(['indirect|pay would stall|Ostby']);
  });

  it('still reads a noun with its own "from" before the verb (negative)', () => {
    expect(credits('Ostby said praise from the union would not change the plan.')).toEqual([
      'indirect|praise from the union would not change the plan|Ostby',
    ]);
  });
});

describe('"continue" before an infinitive reports nothing', () => {
  /** Every quote of the whole pipeline as "kind|text|cue". */
  it.each([
    ['It continued to be vital during the long transition, until the new court opened.', []],
    ['Fares continue to rise in the north, while the line stays busy as the season ends.', []],
    // negatives: "continued" as a cue still reports
    ['Ostby continued that the harbour would reopen.', ['indirect|the harbour would reopen|continued']],
  ])('%s', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });
});

describe('a preposition after "asked" or "told" opens no addressee', () => {
  it.each([
    [
      'The Governor has asked for regular briefings on this ongoing recovery, and we’re going to make sure the crews have what they need.',
      [],
    ],
    ['Ostby told of a long night at the harbour, and the crews were tired.', []],
    // negatives: an addressee, then the clause
    ['Ostby told reporters the harbour would reopen.', ['indirect|the harbour would reopen|told']],
    ['Ostby asked the council to reopen the harbour.', ['indirect|the council to reopen the harbour|asked']],
  ])('%s', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });
});
