// The adapter loads compromise's two-level build (`compromise/two`), not the full one: the parts it
// runs (tokenizer, lexicon, first tagging pass) and the model they read must be the full build's,
// so that tags stay as they were. Sentences written for these tests. And the startup snapshot's
// warm-up texts (src/cli/warm-up.ts) still reach what they are there to compile.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import three from 'compromise';
import two from 'compromise/two';
import { describe, expect, it } from 'vitest';
import { WARM_UP_TEXTS } from '../src/cli/warm-up.js';
import { analyze } from '../src/index.js';
import type { Analysis } from '../src/types.js';

interface Term {
  text: string;
  tags: Set<string>;
}
interface World {
  hooks: string[];
  model: { one: Record<string, unknown>; two: Record<string, unknown> };
}
interface View {
  document: Term[][];
}
type Nlp = ((text: string) => View) & { world(): World };

const builds: [string, Nlp][] = [
  ['compromise/two', two as unknown as Nlp],
  ['compromise', three as unknown as Nlp],
];
const [twoWorld, threeWorld] = builds.map(([, nlp]) => nlp.world()) as [World, World];

/** Each term's text and sorted tags, as the build tags `text`. */
const tagsOf = (nlp: Nlp, text: string): string[][] =>
  nlp(text).document.map((sentence) => sentence.map((t) => `${t.text} ${[...t.tags].sort().join(',')}`));

describe('compromise/two holds what the adapter reads of compromise', () => {
  it.each([
    ['hooks', (w: World) => w.hooks],
    ['lexicon', (w: World) => w.model.one.lexicon],
    ['frozen lexicon', (w: World) => w.model.one.frozenLex],
    ['phrase lengths', (w: World) => w.model.one._multiCache],
    ['tag set', (w: World) => w.model.one.tagSet],
    ['suffix patterns', (w: World) => w.model.two.suffixPatterns],
    ['switches', (w: World) => w.model.two.switches],
  ])('the same %s as the full build', (_, part) => {
    expect(part(twoWorld)).toEqual(part(threeWorld));
  });

  it.each([
    '"We will reopen the Larkfield bridge on Tuesday," said Mayor Odile Brannock.',
    'The Quillon Water Board met in Fennick on 4 May 2023 and agreed to raise the levy.',
    "Ms. Tavish didn't say whether the talks would resume; a spokesman declined to comment.",
    'Dr. Arno Veldt, 54, chairs the Ostmark Rail Authority (ORA) since 2019.',
  ])('the same terms and tags for %j', (text) => {
    expect(tagsOf(builds[0]![1], text)).toEqual(tagsOf(builds[1]![1], text));
  });
});

describe("the startup snapshot's warm-up texts", () => {
  const [first, second] = WARM_UP_TEXTS.map((text) => analyze(text)) as [Analysis, Analysis];

  it.each([
    ['the first', () => first, 'intent', 'will'],
    ['the second', () => second, 'statement', null],
  ])("%s text's first quote: speech act %s, decided by %j", (_, analysis, act, cue) => {
    // No rule decides the second's: every speech-act rule's patterns run before the heap is saved.
    const [quote] = analysis().quotes;
    expect([quote?.speechAct, quote?.speechActCue]).toEqual([act, cue]);
  });

  it.each([
    ['direct quotes', (a: Analysis) => a.quotes.filter((q) => q.kind === 'direct').length, 2],
    ['reported clauses', (a: Analysis) => a.quotes.filter((q) => q.kind === 'indirect').length, 2],
    ['speakers', (a: Analysis) => a.speakers.length, 4],
    ['dates', (a: Analysis) => a.dates.length, 4],
    ['events', (a: Analysis) => a.events.length, 2],
  ])('the second text runs the stages that find %s', (_, count, n) => {
    expect(count(second)).toBe(n);
  });
});

// The builder aborts where the warm-up makes V8 optimise functions, and the command then runs
// without a snapshot: a build on Linux (where Node builds one) must have made the blob.
const bundleDir = fileURLToPath(new URL('../dist/bundle/', import.meta.url));
describe.skipIf(process.platform !== 'linux' || !existsSync(`${bundleDir}snapshot.cjs`))('the build', () => {
  it('made a startup snapshot with the warm-up texts', () => {
    expect(existsSync(`${bundleDir}analyze-${process.version}-${process.arch}.blob`)).toBe(true);
  });
});
