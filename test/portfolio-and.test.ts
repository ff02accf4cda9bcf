// "and" inside a title line's portfolio ("Minister of Ports and Harbours Ana Roe") joins two offices;
// between two names it joins two speakers, even when the tagger knows neither surname.
import { describe, expect, it } from 'vitest';
import { titleLineNames } from './support/layouts.js';

describe('"and" after a title with a portfolio', () => {
  it.each([
    [
      'Statement by Minister of Housing and Works Ilka Varga on the flood',
      ['Minister of Housing and Works Ilka Varga'],
    ],
    [
      'Statement by Minister of Ports Tiit Saar and Aigerim Bekova on the ferry',
      ['Minister of Ports Tiit Saar', 'Aigerim Bekova'],
    ],
    [
      'Remarks by Minister for Energy Oskar Lind and Ruta Gale at the port',
      ['Minister for Energy Oskar Lind', 'Ruta Gale'],
    ],
  ])('%s', (line, expected) => expect(titleLineNames(line)).toEqual(expected));
});
