// The source ranker experiment's features (scripts/ranker/): which phrases are candidates, what
// their features say, and how a linear model picks among them and how sure it is.
import { describe, expect, it } from 'vitest';
import { tag } from '../src/adapters/compromise.js';
import { buildContext } from '../src/attribution/context.js';
import { quotedCandidates } from '../src/attribution/direct.js';
import { scanQuotes } from '../src/attribution/quote-scan.js';
import {
  FEATURES,
  best,
  candidatesOf,
  phrasesOf,
  rankerDocument,
  type Candidate,
  type FeatureName,
} from '../src/attribution/ranker.js';
import { buildDocument } from '../src/document/build.js';

const contextOf = (text: string) => buildContext(buildDocument(text, tag(text)));

/** The candidate phrases of the first quote of `text`, as printed, with the named features. */
function candidates(text: string, names: FeatureName[]): Array<[string, Record<string, number>]> {
  const ctx = contextOf(text);
  const found = quotedCandidates(scanQuotes(ctx.doc));
  const q = found[0];
  if (!q) throw new Error('no quote');
  return candidatesOf(rankerDocument(ctx, found), q, { mention: null, borrowed: false }).map((c) => [
    text.slice(c.mention.span.start, c.mention.span.end),
    Object.fromEntries(names.map((n) => [n, c.x[FEATURES.indexOf(n)]!])),
  ]);
}

describe('candidate phrases', () => {
  it.each([
    [
      'a name with its title',
      'Harbour Commissioner Ruth Alvarez opened the quay.',
      ['Harbour Commissioner Ruth Alvarez'],
    ],
    ['a pronoun before its verb', 'Later she opened the quay.', ['she']],
    [
      'a description with an organisation',
      'The spokesman for the port authority spoke.',
      ['The spokesman for the port authority'],
    ],
    // Negative cases: a capitalised adverb opening a sentence, an article the tagger calls a noun.
    ['no adverb opening a sentence', 'Meanwhile, nothing moved.', []],
  ])('%s', (_kind, text, expected) => {
    const ctx = contextOf(text);
    const ts = ctx.tokens[0]!;
    const printed = phrasesOf(ts, () => false).map((p) => text.slice(ts[p.from]!.start, ts[p.to - 1]!.end));
    expect(printed).toEqual(expected);
  });

  it('leaves out words inside the quote (negative)', () => {
    const text = '“Ana Ruiz and the board will decide next week,” Pavel Stroud said.';
    expect(candidates(text, []).map(([t]) => t)).toEqual(['Pavel Stroud']);
  });

  it('never ends a phrase on an article, though the tagger calls it a noun after a quote (negative)', () => {
    const text = '“We have waited long enough for the new bridge over the river.” The words came from a resident.';
    expect(candidates(text, []).map(([t]) => t)).toEqual(['a resident']);
  });
});

describe('features of a candidate', () => {
  const text =
    'Mayor Lena Okafor toured the depot.\n\nShe met drivers. “We will not close a single bus line this year,” Pavel Stroud said.';
  const byText = Object.fromEntries(
    candidates(text, ['before', 'sameSentence', 'paragraphAbove', 'cueSubject', 'name', 'pronoun', 'heShe', 'title']),
  );

  it('the subject of the cue after the quote', () => {
    expect(byText['Pavel Stroud']).toEqual({
      before: 0,
      sameSentence: 1,
      paragraphAbove: 0,
      cueSubject: 1,
      name: 1,
      pronoun: 0,
      heShe: 0,
      title: 0,
    });
  });

  it('a pronoun in the sentence before, subject of no cue', () => {
    expect(byText['She']).toMatchObject({ before: 1, sameSentence: 0, cueSubject: 0, pronoun: 1, heShe: 1 });
  });

  it('a titled name in the paragraph above', () => {
    expect(byText['Mayor Lena Okafor']).toMatchObject({ before: 1, paragraphAbove: 1, title: 1, cueSubject: 0 });
  });

  it('marks the rules’ pick, and only it', () => {
    const ctx = contextOf(text);
    const found = quotedCandidates(scanQuotes(ctx.doc));
    const rd = rankerDocument(ctx, found);
    const [first] = candidatesOf(rd, found[0]!, { mention: null, borrowed: false });
    const picked = candidatesOf(rd, found[0]!, { mention: first!.mention, borrowed: true });
    const rulePick = FEATURES.indexOf('rulePick');
    const borrowed = FEATURES.indexOf('rulePickBorrowed');
    expect(picked.map((c) => [c.x[rulePick], c.x[borrowed]])).toEqual([[1, 1], ...picked.slice(1).map(() => [0, 0])]);
  });
});

describe('scoring', () => {
  const candidate = (x: number[]): Candidate => ({ mention: null as never, x });

  it.each([
    [
      'the higher score wins, with its softmax probability',
      [1, 0],
      [
        [2, 0],
        [0, 0],
      ],
      0,
      1 / (1 + Math.exp(-2)),
    ],
    [
      'equal scores: the first, at one half',
      [1, 1],
      [
        [1, 0],
        [0, 1],
      ],
      0,
      0.5,
    ],
    [
      'a negative weight turns the order',
      [-1, 0],
      [
        [2, 0],
        [0, 0],
      ],
      1,
      1 / (1 + Math.exp(-2)),
    ],
  ])('%s', (_kind, weights, xs, index, p) => {
    const cs = xs.map(candidate);
    const ranked = best(weights, cs)!;
    expect(cs.indexOf(ranked.top)).toBe(index);
    expect(ranked.p).toBeCloseTo(p, 10);
  });

  it('has no pick without candidates (negative)', () => {
    expect(best([1], [])).toBeNull();
  });
});
