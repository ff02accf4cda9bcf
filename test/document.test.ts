// The document stage: paragraphs (blank-line blocks, or one per line when lines are not
// hard-wrapped) and sentences inside them.
import { describe, expect, it } from 'vitest';
import { tag } from '../src/adapters/compromise.js';
import { buildDocument } from '../src/document/build.js';
import { splitParagraphs } from '../src/document/paragraphs.js';

const texts = (text: string, spans: readonly { start: number; end: number }[]) =>
  spans.map((s) => text.slice(s.start, s.end));
const wrapped = 'This opening line of a hard-wrapped paragraph is long enough\nand it goes on here.';

describe('paragraphs', () => {
  it.each([
    ['blank lines separate paragraphs', 'One.\n\nTwo.\n\n\nThree.', ['One.', 'Two.', 'Three.']],
    [
      'one per line when lines are short (a statement, a transcript)',
      'MS SMITH: Hello.\nQUESTION: Hi.',
      ['MS SMITH: Hello.', 'QUESTION: Hi.'],
    ],
    ['hard-wrapped lines join into one', wrapped, [wrapped]],
    ['white space is trimmed', '  \t Indented.  \r\n\r\n  ', ['Indented.']],
    ['Windows and old Mac line ends', 'A.\r\n\r\nB.\rC.', ['A.', 'B.', 'C.']],
    ['nothing in an empty text', '', []],
    ['nothing in white space only', ' \n\n \t', []],
  ])('%s', (_, text, expected) => {
    expect(texts(text, splitParagraphs(text))).toEqual(expected);
  });
});

describe('sentences', () => {
  it.each([
    ['two sentences in a paragraph', 'The talks ended. Both sides left.', ['The talks ended.', 'Both sides left.']],
    [
      'never across a paragraph edge',
      'Heading without a stop\n\nBody text here.',
      ['Heading without a stop', 'Body text here.'],
    ],
    [
      'opening quote mark starts its sentence',
      'The talks ended. “We are ready,” he said.',
      ['The talks ended.', '“We are ready,” he said.'],
    ],
  ])('%s', (_, text, expected) => {
    const doc = buildDocument(text, tag(text));
    expect(texts(text, doc.sentences)).toEqual(expected);
    for (const s of doc.sentences) expect(doc.paragraphs[s.paragraph]!.sentences).toContain(doc.sentences.indexOf(s));
  });

  it('does not split at an abbreviation (must not match "Oct." as an end)', () => {
    const text = 'They met on Oct. 22 in Vienna.';
    expect(texts(text, buildDocument(text, tag(text)).sentences)).toEqual([text]);
  });
});

describe('tagger pieces', () => {
  it('keeps exact offsets across the pieces of a long text', () => {
    const paragraph = 'The spokesperson said the delegation would arrive in Geneva on Monday. ';
    const text = `${paragraph.repeat(200)}\n\n${'😀 '.repeat(6000)}${paragraph}`;
    const tagged = tag(text);
    for (const terms of tagged.sentences) for (const t of terms) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tagged.sentenceStarts.length).toBeGreaterThan(200);
    for (const span of tagged.places) expect(text.slice(span.start, span.end)).toMatch(/Geneva/);
  });
});
