// "Cllr"/"Cr" is a councillor's title when it stands alone before a name, but only a style when another
// office stands before it: "Deputy Mayor Cllr Jo Bloggs" is a Deputy Mayor named Jo Bloggs.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './support/layouts.js';

describe('a councillor style before a name', () => {
  it.each([
    ['Deputy Mayor Cllr Jo Bloggs said the depot would close in June.', 'Jo Bloggs', 'Deputy Mayor'],
    ['Cllr Ravi Menon said the plan was sound.', 'Ravi Menon', 'Cllr'],
    ['Cr Ines Volk said the pool would reopen.', 'Ines Volk', 'Cr'],
    ['Deputy Leader Cr Ines Volk said the pool would reopen.', 'Ines Volk', 'Deputy Leader'],
    // Not a style at the end: a title of one word stays whole.
    ['Councillor Ines Volk said the pool would reopen.', 'Ines Volk', 'Councillor'],
  ])('%s', (sentence, name, title) => {
    const { speakers } = quotesOf(sentence);
    expect(speakers.map((s) => [s.name, s.title])).toEqual([[name, title]]);
  });
});
