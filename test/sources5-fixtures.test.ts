// The sources5 fixtures, each with the quotes it is written to have: speaker, kind and opening
// words of every quote, in text order (the goldens hold the rest of the output).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tag } from '../src/adapters/compromise.js';
import { attributeQuotes } from '../src/attribution/index.js';
import { buildDocument } from '../src/document/build.js';

/** Every quote of a fixture as "speaker|kind|first six words". */
function quotesOf(file: string): string[] {
  const text = readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8');
  const { speakers, quotes } = attributeQuotes(buildDocument(text, tag(text)), tag(text));
  const name = new Map(speakers.map((s) => [s.id, s.name]));
  return quotes.map((q) => `${name.get(q.speakerId ?? '')}|${q.kind}|${q.text.split(' ').slice(0, 6).join(' ')}`);
}

describe('sources5 fixtures', () => {
  it.each([
    [
      'sources5-shire-council-release.txt',
      [
        'Ana Petrov|direct|Nobody on this council wanted a',
        'Tom Reyes|indirect|the levy would end once the',
        'Joan Birch|indirect|will cost an average household about',
        'WHO|indirect|stagnant water after floods raises the',
        'the state emergency office in Kelso|indirect|more than three hundred homes were',
        'S.E.C.|indirect|councils must publish the cost of',
      ],
    ],
    [
      'sources5-listed-merger-release.txt',
      [
        'Kestrel Freight, Inc.|indirect|their boards had approved a merger',
        'Maren Ostby|direct|Our customers asked for one network',
        'Dev Raman|indirect|the combined company expected to save',
        'Safer Loads|indirect|it would watch how the new',
      ],
    ],
    [
      'sources5-tribunal-summary.txt',
      [
        'Ilse Varga|indirect|the harbour board had consulted the',
        'Ilse Varga|direct|The board listened, it changed its',
        'Ilse Varga|direct|That is what the law asks',
        'Owen Lusk|indirect|the council would study the decision',
        'Owen Lusk|direct|We respect the ruling, but the',
        'Ilse Varga|indirect|does not stop the board from',
      ],
    ],
    [
      'sources5-republic-call-readout.txt',
      [
        'Tomas Berg|indirect|freight across the shared border had',
        'Ilona Sarkis|indirect|the two countries must finish the',
        'Ilona Sarkis|indirect|her counterpart to attend the water',
      ],
    ],
  ])('%s', (file, expected) => {
    expect(quotesOf(file)).toEqual(expected);
  });
});
