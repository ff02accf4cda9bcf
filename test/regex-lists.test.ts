// The first pass's pattern lists, remembered per string (src/adapters/regex-lists.ts): the same
// entry wins as when each pattern is tried. Words written for these tests.
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { rememberedList } from '../src/adapters/regex-lists.js';

type Entry = [{ test(s: string): boolean }, ...unknown[]];

/** compromise's `doRegs`: the first entry whose pattern matches, tried in order. */
const firstOf = (list: readonly Entry[], s: string) => list.find(([pattern]) => pattern.test(s)) ?? null;

const WORDS = [
  'talks',
  "walkin'",
  "ministers'",
  'U.S.',
  'u.s.a',
  '#budget2024',
  '@harbourboard',
  'info@example.org',
  'www.example.com',
  'km/h',
  'mg/l',
  're-elect',
  'lol',
  'EST',
  "mcdonald's",
  'and/or',
  '1990s',
  '3rd',
  '12:30',
  '',
  'talks',
];

describe('remembered pattern lists', () => {
  it('pick the entry the list picks, for new and repeated strings in any order', () => {
    const list: Entry[] = [
      [/^a/, 'A'],
      [/b$/, 'B'],
      [/a/, 'C', 'any a'],
    ];
    const remembered = rememberedList(list as [RegExp, ...unknown[]][]) as Entry[];
    for (const s of ['ab', 'cb', 'ca', 'cc', 'ab', 'ca', 'cb', '']) {
      const found = firstOf(remembered, s);
      expect(found?.slice(1) ?? null, s).toEqual(firstOf(list, s)?.slice(1) ?? null);
    }
  });

  it('keep a list with a global or sticky pattern as it is (its answers depend on position)', () => {
    const list: [RegExp, ...unknown[]][] = [[/a/g, 'A']];
    expect(rememberedList(list)).toBe(list);
  });

  it("give compromise's own lists' answers", () => {
    const two = (nlp.world() as unknown as { model: { two: Record<string, unknown> } }).model.two;
    const lists = [two.regexText, two.regexNormal, two.regexNumbers, ...Object.values(two.endsWith as object)] as [
      RegExp,
      ...unknown[],
    ][][];
    for (const list of lists) {
      const remembered = rememberedList(list) as Entry[];
      for (const w of WORDS)
        expect(firstOf(remembered, w)?.slice(1) ?? null, w).toEqual(firstOf(list, w)?.slice(1) ?? null);
    }
  });
});
