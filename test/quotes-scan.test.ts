import { describe, expect, it } from 'vitest';
import { tag } from '../src/adapters/compromise.js';
import { buildDocument } from '../src/document/build.js';
import { scanQuotes } from '../src/quotes/scan.js';

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
    ['multi-paragraph quote, one span per paragraph', '“The first paragraph goes on.\n\n“The second one ends here.”', ['The first paragraph goes on.', 'The second one ends here.']],
    ['guillemets', 'Elle a dit «bonjour à tous» hier.', ['bonjour à tous']],
  ])('finds %s', (_name, text, expected) => {
    expect(quotedTexts(text)).toEqual(expected);
  });

  it.each([
    ['inch marks after a number', 'The pipe is 12" wide and 40" long.'],
    ['apostrophes and single quotes', "It's the company's ‘best’ year."],
    ['no marks at all', 'Nothing is quoted here.'],
  ])('does not match %s', (_name, text) => {
    expect(quotedTexts(text)).toEqual([]);
  });

  it('never lets an unclosed mark run past its paragraph', () => {
    const text = 'He said “this never closes.\n\nA new paragraph without marks.\n\nAnd another one.';
    const spans = quotedTexts(text);
    expect(spans).toEqual(['this never closes.']);
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
