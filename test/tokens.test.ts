// The document's one token stream: fine tokens, and the joined views the attribution and events
// rules read. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { tag } from '../src/adapters/compromise.js';
import { buildDocument } from '../src/document/build.js';
import { joinWords, tokenize, type Token } from '../src/document/tokens.js';

const fine = (text: string) => tokenize(text, () => undefined, [], []);
const texts = (tokens: readonly Token[]) => tokens.map((t) => t.text);

describe('fine tokens', () => {
  it.each<[string, string, string[]]>([
    ['letters, numbers, one mark each', 'On 3 June, 2024!', ['On', '3', 'June', ',', '2024', '!']],
    ['a number keeps inner separators', 'cost 1,984.50 or 2.5', ['cost', '1,984.50', 'or', '2.5']],
    ['a number does not keep a trailing separator', 'in 2024, then', ['in', '2024', ',', 'then']],
    ['an apostrophe inside letters stays', "don't rock'n'roll", ["don't", "rock'n'roll"]],
    ['a possessive s stands apart (must not join "Lee\'s")', "Lee's", ['Lee', "'", 's']],
    ['a curly apostrophe stands apart', 'don’t', ['don', '’', 't']],
    ['letters and digits part', '2nd COVID-19', ['2', 'nd', 'COVID', '-', '19']],
    ['any white space separates (no-break, ideographic)', 'a\u00a0b\u3000c', ['a', 'b', 'c']],
  ])('%s', (_, text, expected) => {
    const tokens = fine(text);
    expect(texts(tokens)).toEqual(expected);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('records kind, lower form and preceding white space', () => {
    const [a, b, c] = fine('Oct.5');
    expect([a!.kind, a!.lower, a!.spaced]).toEqual(['word', 'oct', true]);
    expect([b!.kind, b!.spaced, b!.word]).toEqual(['punct', false, false]);
    expect([c!.kind, c!.spaced, c!.word]).toEqual(['number', false, true]);
  });
});

describe('marks that are words', () => {
  it.each<[string, string, boolean]>([
    ['a number of another script', '²', true],
    ['Arabic-Indic digit', '٣', true],
    ['curly quote (must not be a word)', '“', false],
    ['dash (must not be a word)', '—', false],
    ['ASCII mark (must not be a word)', '%', false],
  ])('%s', (_, text, word) => {
    const [t] = fine(text);
    expect([t!.kind, t!.word]).toEqual(['punct', word]);
  });

  it('letters of other scripts are words, twice alike (the answer is remembered)', () => {
    for (let k = 0; k < 2; k++) expect(texts(fine('Łódź, Ålesund'))).toEqual(['Łódź', ',', 'Ålesund']);
  });
});

describe('joined words (attribution)', () => {
  it('cuts each view once per token stream and keeps the views apart', () => {
    const tokens = fine("Lee's G-7 talks");
    expect(joinWords(tokens)).toBe(joinWords(tokens));
    expect(joinWords(tokens, 'terms')).toBe(joinWords(tokens, 'terms'));
    expect(texts(joinWords(tokens))).toEqual(["Lee's", 'G-7', 'talks']);
    expect(joinWords(fine("Lee's G-7 talks"))).not.toBe(joinWords(tokens));
  });

  it.each<[string, string, string[]]>([
    ['initials keep their dots', 'the U.S. side', ['the', 'U.S.', 'side']],
    ['hyphens, apostrophes and ampersands join', 'Jean-Claude’s AT&T', ['Jean-Claude’s', 'AT&T']],
    ['a title keeps its dot', 'Mr. Lee', ['Mr.', 'Lee']],
    [
      'a sentence end is not an abbreviation (must not join "talks.")',
      'the talks. Then',
      ['the', 'talks', '.', 'Then'],
    ],
    ['a missing space after a dot does not join', 'in 2024.European', ['in', '2024', '.', 'European']],
    ['numbers part at their separators', '1,984 and 2.5', ['1', ',', '984', 'and', '2', '.', '5']],
    ['a dash between spaces does not join', 'yes - no', ['yes', '-', 'no']],
  ])('%s', (_, text, expected) => {
    expect(texts(joinWords(fine(text)))).toEqual(expected);
  });

  it('as compromise cuts terms: hyphens part where the tagger parts them, numbers whole, no abbreviation dot', () => {
    const text = 'Mr. Jean-Claude paid 10,000 for an x-ray in the U.S.-made clinic';
    const doc = buildDocument(text, tag(text));
    expect(texts(joinWords(doc.tokens, 'terms'))).toEqual([
      'Mr',
      '.',
      'Jean',
      '-',
      'Claude',
      'paid',
      '10,000',
      'for',
      'an',
      'x-ray',
      'in',
      'the',
      'U.S.-made',
      'clinic',
    ]);
  });
});

describe('in the document', () => {
  it('gives each token its sentence, paragraph and tags', () => {
    const text = 'The minister spoke. She left.\n\nTalks resumed.';
    const doc = buildDocument(text, tag(text));
    const at = (word: string) => doc.tokens.find((t) => t.text === word)!;
    expect([at('spoke').sentence, at('spoke').paragraph]).toEqual([0, 0]);
    expect([at('She').sentence, at('She').paragraph]).toEqual([1, 0]);
    expect([at('Talks').sentence, at('Talks').paragraph]).toEqual([2, 1]);
    expect(at('spoke').tags.has('Verb')).toBe(true);
    expect(at('.').tags.size).toBe(0);
  });
});
