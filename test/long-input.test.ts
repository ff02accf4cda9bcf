// A text of 200,000 lines: no stage may spread a per-line array into a call's arguments (that
// overflowed the stack at about 125,000 lines). Most lines are a lone full stop, which the tagger
// reads fastest; every 1,000th is a quoted statement with a date, so there are spans to check.
// Correctness only: speed is measured by `npm run bench`, never here.
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../src/document/paragraphs.js';
import { analyze } from '../src/index.js';
import { missingKeys, spanProblems } from './support/contract.js';

const LINES = 200_000;
const statement = (i: number) => `“We will meet again,” the envoy said on March ${(i % 28) + 1}, 2021.`;
const text = `${Array.from({ length: LINES }, (_, i) => (i % 1000 === 999 ? statement(i) : '.')).join('\n')}\n`;

describe(`${LINES.toLocaleString('en')} lines`, () => {
  it('are one paragraph each', () => {
    expect(splitParagraphs(text)).toHaveLength(LINES);
  });

  it('analyse without an exception, with every span its slice', { timeout: 300_000 }, () => {
    const a = analyze(text, { referenceDate: '2021-03-01' });
    expect(spanProblems(text, a)).toEqual([]);
    expect(missingKeys(a)).toEqual([]);
    expect(a.quotes.filter((q) => q.text === 'We will meet again')).toHaveLength(LINES / 1000);
    expect(a.dates.length).toBeGreaterThanOrEqual(LINES / 1000);
  });
});
