// Golden outputs: each fixture's analysis must equal fixtures/<name>.expected.json, reviewed by
// hand. After an intended change: `npm run golden:update`, then read the diff before committing.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { missingKeys, spanProblems, speakerNameProblems } from './support/contract.js';
import { schemaProblems } from './support/schema.js';

const dir = new URL('../fixtures/', import.meta.url);
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();

describe('golden fixtures', () => {
  it('has at least five statements, each with its golden output', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(5);
    const goldens = readdirSync(dir).filter((f) => f.endsWith('.expected.json'));
    expect(goldens.sort()).toEqual(fixtures.map((f) => f.replace(/\.txt$/, '.expected.json')));
  });

  it.each(fixtures)('%s matches its golden output', (name) => {
    const text = readFileSync(new URL(name, dir), 'utf8');
    const actual = analyze(text, { source: `fixtures/${name}` });
    expect(spanProblems(text, actual)).toEqual([]);
    expect(missingKeys(actual)).toEqual([]);
    expect(speakerNameProblems(actual)).toEqual([]);
    expect(schemaProblems(actual)).toEqual([]);
    const expected = JSON.parse(readFileSync(new URL(name.replace(/\.txt$/, '.expected.json'), dir), 'utf8'));
    expect(actual, 'run `npm run golden:update` and review the diff if this change is intended').toEqual(expected);
  });
});
