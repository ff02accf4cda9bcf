// A dotted acronym keeps its dot inside a name ("The S.E.C. said", "the U.S. Embassy said"), but the dot
// ends the sentence when a clause or a first name opens after it: "… by the S.E.C. The firm said …" credits
// the firm, "… by the S.E.C. Ana Ruiz said …" credits Ana Ruiz.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './support/layouts.js';

describe('a dotted acronym before the speaker', () => {
  it.each([
    ['The penalty was set by the F.T.C. The company said it would pay the fine.', 'The company'],
    ['Talks ended at the U.N. A spokesman said the vote would wait.', 'A spokesman'],
    ['The F.T.C. said the merger could go ahead.', 'F.T.C.'],
    ['The U.K. Treasury said the bond sale would go ahead.', 'U.K. Treasury'],
    // A first name after the acronym opens the next sentence's subject.
    ['The ban was lifted by the F.A.A. Maria Lund said the airline would resume flights.', 'Maria Lund'],
    ['The case went to the I.C.C. Peter Osei said the court would sit in May.', 'Peter Osei'],
    // Negative: a name's next word that is no first name keeps the dot.
    ['The U.S. Navy said the drill would go ahead.', 'U.S. Navy'],
  ])('%s', (sentence, speaker) => {
    const { quotes } = quotesOf(sentence);
    expect(quotes.map((q) => q.speaker)).toEqual([speaker]);
  });
});
