// The adapter's own run of compromise's second tagging pass gives the tags compromise's `nlp()`
// gives, and leaves compromise as it found it.
import { readdirSync, readFileSync } from 'node:fs';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { tag } from '../src/adapters/compromise.js';

const fixtures = new URL('../fixtures/', import.meta.url);
const texts = readdirSync(fixtures)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => [f, readFileSync(new URL(f, fixtures), 'utf8')] as const);

type Term = { text: string; tags: Set<string> };
const reference = (text: string) =>
  (nlp(text) as unknown as { document: Term[][] }).document.flat().map((t) => [t.text, [...t.tags].sort()]);
const ours = (text: string) =>
  tag(text)
    .sentences.flat()
    .map((t) => [t.text, [...t.tags].sort()]);

describe('second tagging pass', () => {
  it.each(texts)('tags %s as compromise does', (_, text) => {
    expect(ours(text)).toEqual(reference(text));
  });

  // The matcher starts past the terms a rule's first step cannot match, and does not run where the
  // rule's required steps do not fit in order; rules anchored at the start (`^`) and rules whose
  // first step is optional are matched from the clause's start.
  it.each([
    'The talks that were planned will go ahead, officials said.',
    'Go to the meeting now, she told the envoys.',
    'After the vote the senators had not yet been briefed by the staff.',
    'Once a year the committee meets in Lisbon, Portugal, and its chair speaks.',
    'The well-known author said it.',
    'Said the author: the plan, which they will not change, stands.',
    'Not one of the three proposals was adopted by the board.',
    'She has been to Paris twice; he, never.',
  ])('tags %s as compromise does, with the skipped starts', (text) => {
    expect(ours(text)).toEqual(reference(text));
  });

  it('tags as compromise does after the rules are anchored again by the keys seen in 2,000 clauses', () => {
    // Enough clauses to end the calibration whatever ran before in this process.
    let clauses = 0;
    while (clauses < 2000) for (const [, text] of texts) clauses += tag(text).sentences.length;
    for (const [, text] of texts.slice(0, 4)) expect(ours(text)).toEqual(reference(text));
  });

  it('tags what only the second pass tags (must not read "that" as a determiner before a clause)', () => {
    const terms = tag('The minister announced that his office is hosting talks.').sentences.flat();
    const that = terms.find((t) => t.text === 'that')!;
    expect(that.tags.has('Conjunction')).toBe(true);
    expect(that.tags.has('Determiner')).toBe(false);
  });

  it('leaves compromise whole: its hooks and its own second pass still run', () => {
    const hooks = [...(nlp as unknown as { world(): { hooks: string[] } }).world().hooks];
    tag('She said the meeting will be held on Friday.');
    expect((nlp as unknown as { world(): { hooks: string[] } }).world().hooks).toEqual(hooks);
    expect(hooks).toContain('postTagger');
    expect(hooks).toContain('chunks');
    const doc = nlp('Prime Minister Ana Silva met the delegation.') as unknown as { document: Term[][] };
    expect(doc.document.flat().some((t) => t.tags.has('Person'))).toBe(true);
  });
});
