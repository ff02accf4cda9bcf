// A title line whose link word ends it ("Statement by", "Remarks by Ana Roe and") names nobody after
// the link: it must give no speaker rather than read past the line's last token.
import { describe, expect, it } from 'vitest';
import { titleLineSpeakers } from '../src/attribution/layout.js';
import { quotesOf, tokensOf } from './support/layouts.js';

describe('a title line with nothing after its link word', () => {
  it.each([
    ['Statement by', 0],
    ['Remarks by', 0],
    ['Remarks by Ana Roe and', 1],
    ['Statement by Tomas Vell', 1],
  ])('%s gives %i speaker(s)', (line, count) => expect(titleLineSpeakers(tokensOf(line))).toHaveLength(count));

  it('analyses the statement under such a line', () => {
    const { speakers } = quotesOf('Statement by\n\nThe harbour reopens on Monday.\n');
    expect(speakers).toEqual([]);
  });
});
