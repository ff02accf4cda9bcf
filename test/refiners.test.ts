// The refiners that stand in for compromise's second tagging pass: each decision the stages read,
// with sentences where it must not be made beside it.
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { tag } from '../src/adapters/compromise.js';

const tagsOf = (text: string, word: string, nth = 0): ReadonlySet<string> => {
  const found = tag(text)
    .sentences.flat()
    .filter((t) => t.text === word);
  expect(found.length, `"${word}" in "${text}"`).toBeGreaterThan(nth);
  return found[nth]!.tags;
};

describe('refiners of the first pass', () => {
  it.each([
    ['The envoy will travel to Lisbon next week.', 'will', 'Auxiliary'],
    ['The council is going to meet on Friday.', 'going', 'Auxiliary'],
    ['The mayor has signed the decree.', 'has', 'Auxiliary'],
    ['The talks could not be held in the capital.', 'be', 'Auxiliary'],
    ['The report was published on Monday.', 'was', 'Auxiliary'],
    ['Negotiators have been meeting since dawn.', 'been', 'Auxiliary'],
    ['Senator Marta Quellin spoke to reporters.', 'Quellin', 'LastName'],
    ['Secretary Ilo Brandt met Governor Renata Valcourt.', 'Governor', 'Person'],
    ['She delivered a message to the assembly.', 'message', 'Noun'],
    ['The annual meeting drew crowds.', 'meeting', 'Noun'],
    ['He met the Friday delegation, as planned on March 3.', '3', 'Date'],
    ['The fair opens on 12 May.', '12', 'Date'],
    ['The board met in March to review the fees.', 'March', 'Month'],
    ['He handed the letter to the chair.', 'to', 'Preposition'],
    ['The minister announced that his office is hosting talks.', 'that', 'Conjunction'],
    ['Officials praised the faith-based groups.', 'faith', 'Adjective'],
    ['Funding was cut for the port works.', 'Funding', 'Noun'],
    ['The harbour master said the quay was closed.', 'harbour', 'Actor'],
    ['The Agency’s report came out on Monday.', 'Agency’s', 'Possessive'],
  ])('tags %s: %s as %s', (text, word, expected) => {
    expect(tagsOf(text, word).has(expected)).toBe(true);
  });

  // Must not: the same words where the frame is missing.
  it.each([
    ['Everyone has a will of their own.', 'will', 'Auxiliary'],
    ['The mayor has a plan for the port.', 'has', 'Auxiliary'],
    ['The ferries will go to Bergen.', 'to', 'Preposition'],
    ['We want to meet them, and to hear them.', 'to', 'Preposition'],
    ['She told them that.', 'that', 'Conjunction'],
    ['They march through the square.', 'march', 'Month'],
    ['The cabinet may meet again.', 'may', 'Date'],
    ['The talks were long, and the annual meeting was short.', 'meeting', 'Verb'],
  ])('does not tag %s: %s as %s', (text, word, unexpected) => {
    expect(tagsOf(text, word).has(unexpected)).toBe(false);
  });

  it('stays inside a clause as compromise cuts them: a comma ends a frame, but not inside a list of places', () => {
    expect(tagsOf('Hosting, they said, was costly.', 'Hosting').has('Noun')).toBe(false);
    expect(tagsOf('In Ames, Iowa, the plant closed.', 'Ames').has('Place')).toBe(true);
  });

  it('leaves a hyphenated name whole: a safe tag does not fall on half of it', () => {
    expect(tagsOf('Spokesperson Yoon Ha-rin took questions.', 'Ha').has('Person')).toBe(false);
  });

  it('leaves compromise whole: its hooks and its own second pass still run', () => {
    const world = (nlp as unknown as { world(): { hooks: string[] } }).world();
    const hooks = [...world.hooks];
    tag('She said the meeting will be held on Friday.');
    expect(world.hooks).toEqual(hooks);
    expect(hooks).toContain('postTagger');
    const doc = nlp('The council will meet.') as unknown as { document: { tags: Set<string> }[][] };
    expect(doc.document[0]![2]!.tags.has('Auxiliary')).toBe(true);
  });
});
