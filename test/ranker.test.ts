// The learned source ranker: its features, its decision, and what the shipped weights do in the
// pipeline where the rules leave a quote open. Sentences and names are invented.
import { describe, expect, it } from 'vitest';
import { tag } from '../src/adapters/compromise.js';
import { attributeByRules, attributeQuotes } from '../src/attribution/index.js';
import {
  candidateFeatures,
  NOBODY,
  rankedSource,
  rerankSources,
  type RankerWeights,
} from '../src/attribution/ranker.js';
import { buildDocument } from '../src/document/build.js';
import type { AttributedQuote, SpeakerOut } from '../src/types.js';

const attribute = (text: string) => {
  const tagged = tag(text);
  return attributeQuotes(buildDocument(text, tagged), tagged);
};

describe('the shipped ranker leaves a cue-less quote open unless a speaker stands close', () => {
  const cases: Array<[string, string, string, string | null, string | null]> = [
    [
      'the only speaker named a paragraph above (negative)',
      'Councillor Ana Quell said the bridge would reopen in May.\n\nThe decision to rebuild it drew praise at the meeting. "We have waited forty years for this bridge to be rebuilt properly."',
      'forty years',
      null,
      null,
    ],
    [
      'two speakers named in the paragraphs above (negative)',
      'Councillor Ana Quell said the bridge would reopen in May.\n\nHarbour master Tomas Brenner said the ferries would keep running until then.\n\nThe ferry crews were thanked at the meeting. "Our crews have not missed a single crossing since the bridge was closed."',
      'single crossing',
      null,
      null,
    ],
    [
      'no speaker anywhere (negative)',
      'The bridge will reopen in May after two years of works.\n\nThe reopening drew applause at the meeting. "We have waited forty years for this bridge to be rebuilt properly."',
      'forty years',
      null,
      null,
    ],
    [
      'a quote with its own cue keeps the rule that credited it',
      'Councillor Ana Quell said the bridge would reopen in May.\n\nHarbour master Tomas Brenner spoke next. "Our crews have not missed a single crossing since the bridge was closed," Quell said.',
      'single crossing',
      'Ana Quell',
      'trailing-cue',
    ],
  ];
  it.each(cases)('%s', (_what, text, words, speaker, rule) => {
    const q = attribute(text).quotes.find((x) => x.text.includes(words));
    expect(q).toBeDefined();
    expect(q!.speaker).toBe(speaker);
    expect(q!.rule).toBe(rule);
  });
});

describe('a quote the ranker credits', () => {
  const text =
    'Councillor Ana Quell said the bridge would reopen in May.\n\nThe decision to rebuild it drew praise at the meeting. "We have waited forty years for this bridge to be rebuilt properly."';
  const tagged = tag(text);
  const doc = buildDocument(text, tagged);
  const { quotes, speakers } = attributeByRules(doc, tagged);
  // A model that credits any named speaker over "nobody".
  const reranked = rerankSources(doc, quotes, speakers, { rules: [''], margin: 0, weights: { before: 1 } });
  const q = reranked.find((x) => x.text.includes('forty years'))!;
  it('records the rule "ranker", the speaker and a mention of the speaker that is its slice', () => {
    expect(quotes.find((x) => x.text.includes('forty years'))!.speakerId).toBeNull();
    expect(q).toMatchObject({ rule: 'ranker', speaker: 'Ana Quell' });
    expect(speakers.find((s) => s.id === q.speakerId)!.mentions).toContainEqual(q.speakerMention);
    expect(text.slice(q.speakerMention!.start, q.speakerMention!.end)).toBe(q.speakerMention!.text);
  });
  it('leaves the quotes the rules credited as they were (negative)', () => {
    expect(reranked.filter((x) => x !== q)).toEqual(quotes.filter((x) => !x.text.includes('forty years')));
  });
});

// Hand-made input: three paragraphs starting at 0, 22 and 44 (one sentence each, the last two);
// Roe is named in the first, Poe in the second and as "he" after the quote in the third.
const speaker = (id: string, name: string, mentions: Array<[string, number]>): SpeakerOut => ({
  id,
  name,
  kind: 'person',
  title: null,
  organization: null,
  mentions: mentions.map(([text, start]) => ({ text, start, end: start + text.length })),
});
const quote = (start: number, end: number, speakerId: string | null, rule: string | null): AttributedQuote => ({
  id: 'q',
  kind: 'direct',
  text: 'x'.repeat(end - start),
  start,
  end,
  speakerId,
  speaker: null,
  speakerMention: null,
  cue: null,
  reportedBy: null,
  rule,
});
const roe = speaker('s1', 'Ana Roe', [['Roe', 2]]);
const poe = speaker('s2', 'Ben Poe', [
  ['Poe', 24],
  ['he', 90],
]);
const input = (q: AttributedQuote) => ({
  quotes: [q],
  speakers: [roe, poe],
  paragraphs: [0, 22, 44],
  sentences: [0, 22, 44, 85],
});

describe('ranker features', () => {
  it('measure side, paragraphs, sentences and rank of each speaker’s nearest mention', () => {
    const f = candidateFeatures(input(quote(50, 80, 's1', 'same-paragraph')), 0);
    expect(f.get('s1')).toMatchObject({ chosen: 1, 'chosen:rule:same-paragraph': 1, 'before:paragraphs:2': 1 });
    expect(f.get('s1')!['before:rank:1']).toBe(1);
    expect(f.get('s2')).toMatchObject({ 'before:paragraphs:1': 1, 'before:rank:0': 1, 'after:paragraphs:0': 1 });
    expect(f.get('s2')).toMatchObject({ 'after:sentences:1': 1, 'after:pronoun': 1 });
    expect(f.get('s2')!.chosen).toBeUndefined();
    expect(f.get('s1')!.after).toBeUndefined();
    expect(f.has(NOBODY)).toBe(false);
  });
  it('let "nobody" compete only for a quote no rule credited', () => {
    expect(candidateFeatures(input(quote(50, 80, null, null)), 0).get(NOBODY)).toEqual({
      nobody: 1,
      'nobody:quote:direct': 1,
    });
  });
});

describe('ranker decisions', () => {
  // A model that trusts only the nearest mention before the quote.
  const model = (rules: string[], margin = 0): RankerWeights => ({
    rules,
    margin,
    weights: { 'before:rank:0': 3 },
  });
  const cases: Array<[string, AttributedQuote, RankerWeights, string | null]> = [
    [
      'overturns a borrowed speaker for the nearer one',
      quote(50, 80, 's1', 'same-paragraph'),
      model(['same-paragraph']),
      's2',
    ],
    ['credits a quote no rule credited', quote(50, 80, null, null), model(['']), 's2'],
    [
      'keeps a rule it may not overturn (negative)',
      quote(50, 80, 's1', 'trailing-cue'),
      model(['same-paragraph']),
      null,
    ],
    [
      'keeps the rules’ choice when it agrees (negative)',
      quote(50, 80, 's2', 'same-paragraph'),
      model(['same-paragraph']),
      null,
    ],
    [
      'keeps the rules’ choice below the margin (negative)',
      quote(50, 80, 's1', 'same-paragraph'),
      model(['same-paragraph'], 0.95),
      null,
    ],
    [
      'leaves a quote open when "nobody" wins (negative)',
      quote(50, 80, null, null),
      { ...model(['']), weights: { 'before:rank:0': 1, nobody: 2 } },
      null,
    ],
  ];
  it.each(cases)('%s', (_what, q, m, expected) => {
    expect(rankedSource(input(q), 0, m)?.id ?? null).toBe(expected);
  });
  it('has no one to credit in a text without speakers (negative)', () => {
    expect(
      rankedSource(
        { quotes: [quote(50, 80, null, null)], speakers: [], paragraphs: [], sentences: [] },
        0,
        model(['']),
      ),
    ).toBeNull();
  });
});
