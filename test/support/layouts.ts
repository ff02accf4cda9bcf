// A whole-text layout table: each fixture with every quote it must have (kind, opening, speaker),
// the openings that must not be quotes, and one speaker per person across the forms of a name.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tag } from '../../src/adapters/compromise.js';
import { attributeQuotes } from '../../src/attribution/index.js';
import { buildContext } from '../../src/attribution/context.js';
import { buildDocument } from '../../src/document/build.js';
import { titleLineSpeakers } from '../../src/attribution/layout.js';

export const contextOf = (text: string) => buildContext(buildDocument(text, tag(text)));
/** The first paragraph's tokens as the attribution rules read them. */
export const tokensOf = (text: string) => contextOf(text).tokens[0]!;
/** The speakers a title line names, each as its printed words ("Minister of Ports Ana Roe"). */
export const titleLineNames = (line: string) => {
  const ts = tokensOf(line);
  return titleLineSpeakers(ts).map(([a, b]) =>
    ts
      .slice(a, b)
      .map((t) => t.text)
      .join(' '),
  );
};
export const quotesOf = (text: string) => {
  const { speakers, quotes } = attributeQuotes(buildDocument(text, tag(text)), tag(text));
  const name = (id: string | null) => speakers.find((s) => s.id === id)?.name ?? null;
  return { speakers, quotes: quotes.map((q) => ({ ...q, speaker: name(q.speakerId) })) };
};
export const analyse = (file: string) =>
  quotesOf(readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), 'utf8'));

export type Expected = Array<[kind: 'direct' | 'indirect' | 'mixed', opening: string, speaker: string]>;

/** Speaker names compared exactly: a name printed in capitals must come out in normal case. */
const same = (a: string | null) => a;

/** [fixture, every quote in text order (kind, opening, speaker), openings that must not be quotes]. */
export function describeLayouts(table: Array<[string, Expected, string[]]>): void {
  describe.each(table)('%s', (file, expected, notQuotes) => {
    const { speakers, quotes } = analyse(file);
    it('finds every quote with its kind and speaker, and nothing else', () => {
      const got = quotes.map((q) => {
        const open = expected.find(([, opening]) => q.text.startsWith(opening))?.[1] ?? q.text;
        return [q.kind, open, same(q.speaker)];
      });
      expect(got).toEqual(expected.map(([kind, open, who]) => [kind, open, same(who)]));
    });
    it('quotes no question, operator line, hand-off, heading or dateline', () => {
      for (const open of notQuotes) expect(quotes.filter((q) => q.text.startsWith(open))).toEqual([]);
    });
    it('keeps one speaker per person across label forms', () => {
      for (const who of new Set(expected.map(([, , w]) => same(w))))
        expect(speakers.filter((s) => same(s.name) === who)).toHaveLength(1);
    });
  });
}
