// compromise's world with cheaper methods and hooks (src/adapters/cheap-world.ts) cuts and tags as
// compromise's own does. Sentences written for these tests.
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { cheapWorld, type CompromiseWorld } from '../src/adapters/cheap-world.js';

interface Term {
  text: string;
  pre: string;
  post: string;
  normal: string;
  tags: Set<string>;
}
type World = CompromiseWorld & {
  hooks: string[];
  model: unknown;
  methods: {
    one: {
      tokenize: {
        splitTerms(text: string, model: unknown): string[];
        fromString(text: string, world: unknown): Term[][];
      };
    };
  };
};
interface View {
  document: Term[][];
  world: unknown;
  compute(hooks: string[]): void;
}
const own = nlp.world() as unknown as World;
const cheap = cheapWorld(own);
const ViewClass = (nlp.tokenize('') as unknown as { constructor: new (document: Term[][]) => View }).constructor;

/** The first tagging pass of `world` over `text`: each term's text, marks and sorted tags. */
function firstPass(world: World, text: string): string[][] {
  const doc = new ViewClass(world.methods.one.tokenize.fromString(text, world));
  doc.world = world;
  doc.compute(own.hooks.slice(0, own.hooks.indexOf('postTagger')));
  return doc.document.map((terms) => terms.map((t) => `${t.pre}|${t.text}|${t.post} ${[...t.tags].sort().join(',')}`));
}

describe('the cheap term cut', () => {
  const cut = (world: World, text: string) => world.methods.one.tokenize.splitTerms(text, own.model);

  it.each([
    'The council met on Tuesday.',
    '  Leading spaces and trailing ones  ',
    'Wait ... what? !! Yes.',
    '"Quoted," she said ( twice ) and [ once ] more * • « here »',
    'Only marks: . ? ! ; -- ...',
    '...',
    '?!',
    '',
    ' ',
    'Tabs\tand\nbreaks, no\u00a0break\u2003em space.',
    'Émigré cafés reopen; naïve plans—and a long-term view.',
    'He / she and 2 - 5 pm, the Dublin-Cork line, 1990s.',
    'Numbers 12 and 3rd and 4:30 stay plain.',
  ])('%j is cut as compromise cuts it', (text) => {
    expect(cut(cheap, text)).toEqual(cut(own, text));
  });
});

describe("the cheap lexicon hooks' phrases", () => {
  it.each([
    'The prime minister of the United Kingdom spoke in New York as well as in Hong Kong.',
    'In order to move forward, the board will carry out a review at the end of the day.',
    'The Supreme Court and the New York Stock Exchange opened on New Year’s Day.',
    'A united front: states of mind, new yorkers and a kingdom of its own.',
  ])('%s is tagged as by compromise', (text) => {
    expect(firstPass(cheap, text)).toEqual(firstPass(own, text));
  });
});
