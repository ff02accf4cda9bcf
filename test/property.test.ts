// Property tests: whatever the input, the analyzer does not throw, every span is its code-point
// slice and every contract key is there. Sizes are kept small so the suite stays fast; the two
// big inputs (100k quote marks, a 1 MB line) run once each. No timing assertions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { missingKeys, spanProblems } from './support/contract.js';

function check(text: string, referenceDate: string | null = null): void {
  const a = analyze(text, { referenceDate });
  const problems = [...spanProblems(text, a), ...missingKeys(a)];
  if (problems.length)
    throw new Error(`${problems.slice(0, 3).join('; ')} for input ${JSON.stringify(text.slice(0, 200))}`);
}

const QUOTE_MARKS = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '‹', '›', '「', '」'];
const WORDS = [
  'said',
  'told',
  'according to',
  'the minister',
  'Wu Qian',
  'he',
  'on Monday',
  'Oct. 22, 2020',
  'next week',
  'talks',
  'meeting',
  ':',
  '—',
  ',',
  '.',
  '\n',
  '\n\n',
  ' ',
];

/** Statement-like text made of speech words, dates, punctuation and stray quote marks. */
const pieces = [...WORDS, ...QUOTE_MARKS];
const statementish = fc
  .array(
    fc.integer({ min: 0, max: pieces.length - 1 }).map((i) => pieces[i]!),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(' '));
/** Any code points, astral ones and lone surrogates included. */
const anyUnicode = fc.string({ unit: 'binary', maxLength: 200 });
const astralHeavy = fc
  .array(
    fc.oneof(
      fc.constantFrom('😀', '𝒳', '🇺🇸', '👩‍👩‍👧', 'e\u0301', '\u200b', '\ufeff'),
      statementish.map((s) => s.slice(0, 20)),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));
const grapheme = fc.string({ unit: 'grapheme', maxLength: 200 });

describe('property: any input analyses with valid spans', () => {
  it.each([
    ['any string', fc.string({ maxLength: 300 })],
    ['random Unicode (surrogates too)', anyUnicode],
    ['graphemes', grapheme],
    ['astral characters among statement words', astralHeavy],
    ['unbalanced and mismatched quote marks', statementish],
  ])('%s', (_, arb) => {
    fc.assert(
      fc.property(arb, (text) => check(text)),
      { numRuns: 60 },
    );
  });

  it('with a reference date, too', () => {
    fc.assert(
      fc.property(statementish, (text) => check(text, '2020-10-22')),
      { numRuns: 40 },
    );
  });
});

describe('big and hostile inputs', () => {
  it.each([
    ['100k straight quote marks', () => '"'.repeat(100_000)],
    ['100k mixed quote marks', () => QUOTE_MARKS.join('').repeat(Math.ceil(100_000 / QUOTE_MARKS.length))],
    ['a 1 MB line without spaces', () => 'statement'.repeat(116_509).slice(0, 1 << 20)],
    ['a 1 MB line of astral characters', () => '😀'.repeat(1 << 19)],
    ['10k unclosed opening quotes with words', () => '“he said '.repeat(10_000)],
  ])('%s', (_, make) => {
    const text = make();
    expect(() => check(text)).not.toThrow();
  });
});
