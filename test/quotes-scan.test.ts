import { describe, expect, it } from 'vitest';
import { tag } from '../src/adapters/compromise.js';
import { buildDocument } from '../src/document/build.js';
import { scanQuotes } from '../src/attribution/quote-scan.js';

const quotedTexts = (text: string) => {
  const doc = buildDocument(text, tag(text));
  return scanQuotes(doc).map((q) => text.slice(q.start, q.end));
};

describe('scanQuotes', () => {
  it.each([
    ['curly marks', 'The mayor said: “The bridge opens in May.”', ['The bridge opens in May.']],
    ['straight marks', 'The mayor said: "The bridge opens in May."', ['The bridge opens in May.']],
    ['trailing comma dropped', '“We are ready,” she said.', ['We are ready']],
    ['two quotes split by a credit', '“First part,” he said. “Second part.”', ['First part', 'Second part.']],
    ['mismatched curly open, straight close', 'He said “it is late" and left.', ['it is late']],
    [
      'multi-paragraph quote, one span per paragraph',
      '“The first paragraph goes on.\n\n“The second one ends here.”',
      ['The first paragraph goes on.', 'The second one ends here.'],
    ],
    ['guillemets', 'Elle a dit «bonjour à tous» hier.', ['bonjour à tous']],
    ['low-high marks', 'Sie sagte: „Wir bauen die Brücke neu.“', ['Wir bauen die Brücke neu.']],
    [
      'curly single quotes',
      'The minister said: ‘We will not wait for the others.’',
      ['We will not wait for the others.'],
    ],
    [
      'straight single quotes',
      "The minister said: 'We will not wait for the others.'",
      ['We will not wait for the others.'],
    ],
    ['single quotes split by a credit', '‘First part,’ he said. ‘Second part.’', ['First part', 'Second part.']],
    [
      'single quotes with apostrophes inside',
      '‘We don’t know what the ministers’ plans are for the ’90s,’ she said.',
      ['We don’t know what the ministers’ plans are for the ’90s'],
    ],
    [
      'a plural possessive closing mark as the last resort',
      'She called it ‘a matter for the governors’ and left.',
      ['a matter for the governors'],
    ],
    [
      'single quotes nested in double',
      '“He told me ‘never again’ on the pier,” she said.',
      ['He told me ‘never again’ on the pier'],
    ],
    [
      'double quotes nested in single',
      '‘He told me “never again” on the pier,’ she said.',
      ['He told me “never again” on the pier'],
    ],
    [
      'straight and curly marks in one text',
      '"We are ready," she said. ‘So are we,’ he said. “And we.”',
      ['We are ready', 'So are we', 'And we.'],
    ],
    [
      'two apostrophes as marks',
      "''We will not raise the fuel tax,'' she said. ''It stays.''",
      ['We will not raise the fuel tax', 'It stays.'],
    ],
    [
      'apostrophes inside two-apostrophe marks',
      "He called it ''the ministers' plan, and it's late'' on Monday.",
      ["the ministers' plan, and it's late"],
    ],
    ['backticks and two apostrophes', "He said: ``The port stays open,'' and left.", ['The port stays open']],
  ])('finds %s', (_name, text, expected) => {
    expect(quotedTexts(text)).toEqual(expected);
  });

  it.each([
    ['inch marks after a number', 'The pipe is 12" wide and 40" long.'],
    ['apostrophes', "It's the company's best year since the '90s, and the ministers' meeting went well."],
    ['curly apostrophes', 'It’s the company’s best year since the ’90s, and the ministers’ meeting went well.'],
    ['an elided year after a space', "Prices fell in '08 and rose in ‘09 again."],
    ['no marks at all', 'Nothing is quoted here.'],
    ['inches and feet', "The mast is 40' 6'' tall and the boom 12'' thick."],
    ['three apostrophes', "A stray ''' mark and another ''' here."],
  ])('does not match %s', (_name, text) => {
    expect(quotedTexts(text)).toEqual([]);
  });

  it('never lets an unclosed mark run past its paragraph', () => {
    const text = 'He said “this never closes.\n\nA new paragraph without marks.\n\nAnd another one.';
    const spans = quotedTexts(text);
    expect(spans).toEqual(['this never closes.']);
  });

  it.each([
    ['a question label', 'Q: And the schools will stay open too?”'],
    ['a speaker label', 'MS. ROE: The schools will stay open too.”'],
  ])('ends a quote left open at a paragraph whose first words are %s', (_name, next) => {
    const text = `The minister said: “We will keep every ward open.\n\n${next}`;
    expect(quotedTexts(text)).toEqual(['We will keep every ward open.']);
  });
  it('carries a quote left open into a paragraph that closes it', () => {
    const text = 'The minister said: “We will keep every ward open.\n\nAnd the schools stay open too,” she said.';
    expect(quotedTexts(text)).toEqual(['We will keep every ward open.', 'And the schools stay open too']);
  });

  it('stays linear and bounded on many marks', () => {
    const text = '“a” '.repeat(2000) + '"'.repeat(20000);
    const started = Date.now();
    const spans = quotedTexts(text);
    expect(spans.length).toBeGreaterThan(0);
    expect(spans.every((s) => s.length < 3000)).toBe(true);
    expect(Date.now() - started).toBeLessThan(60000);
  });
});
