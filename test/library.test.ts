import { describe, expect, it } from 'vitest';
import { analyze as fromSources } from '../src/index.js';

// The package's own name resolves through package.json "exports" to the built dist/ (made by
// `npm install` / `npm ci`), which is what library users import.
describe('library entry point', () => {
  it("import { analyze } from 'statement-analyzer' returns the same object as the sources", async () => {
    const { analyze } = await import('statement-analyzer');
    const text = '“The talks will resume on Friday,” the minister said on Wednesday.';
    const options = { referenceDate: '2024-03-06', source: 'x.txt' };
    const result = analyze(text, options);
    expect(result).toEqual(fromSources(text, options));
    expect(result.quotes.map((q) => q.text)).toEqual(['The talks will resume on Friday']);
  });
});
