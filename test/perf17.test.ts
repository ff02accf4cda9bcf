// The adapter loads compromise's two-level build (`compromise/two`), not the full one: the parts it
// runs (tokenizer, lexicon, first tagging pass) and the model they read must be the full build's,
// so that tags stay as they were. Sentences written for these tests.
import three from 'compromise';
import two from 'compromise/two';
import { describe, expect, it } from 'vitest';

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
