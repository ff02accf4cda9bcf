// A dotted acronym keeps its dot inside a name ("The S.E.C. said", "the U.S. Embassy said"), but the dot
// ends the sentence when a clause opens after it: "… by the S.E.C. The firm said …" credits the firm.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './support/layouts.js';

describe('a dotted acronym before the speaker', () => {
  it.each([
    ['The penalty was set by the F.T.C. The company said it would pay the fine.', 'The company'],
    ['Talks ended at the U.N. A spokesman said the vote would wait.', 'A spokesman'],
    ['The F.T.C. said the merger could go ahead.', 'F.T.C.'],
    ['The U.K. Treasury said the bond sale would go ahead.', 'U.K. Treasury'],
  ])('%s', (sentence, speaker) => {
    const { quotes } = quotesOf(sentence);
    expect(quotes.map((q) => q.speaker)).toEqual([speaker]);
  });
});
