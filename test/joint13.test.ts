// A joint statement's acts of the parties together are no one speaker's words: "The Ministers
// reaffirmed that …", as "Both X and Y noted …" and "The two sides agreed …" already were. Rows of
// our own words, negative rows beside them.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

const reported = (text: string) => {
  const { quotes, speakers } = analyze(text, { referenceDate: '2026-11-03' });
  return quotes.map((q) => `${speakers.find((s) => s.id === q.speakerId)?.name ?? ''}|${q.text}`);
};

describe('a group\'s plural head after "the", in the past', () => {
  it.each<[string, string[]]>([
    ['The Ministers reaffirmed that the border agreement remains the basis of relations.', []],
    ['The leaders underscored that trade should double by 2030.', []],
    ['The Foreign Ministers called on the community to support the port.', []],
    // a country named with a group's word is one party
    ['The United States pledged that it would support the port.', ['United States|it would support the port']],
    // "said" is a group's statement, reported
    ['The leaders said trade should double by 2030.', ['The leaders|trade should double by 2030']],
  ])('%s', (text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe("a group's noun capitalised in a treaty's style names no one", () => {
  it.each<[string, Array<[string, string]>]>([
    ['The Ministers said trade should double.', [['The Ministers', 'group']]],
    ['Both Governments said trade should double.', [['Both Governments', 'group']]],
    ['The Parties said trade should double.', [['The Parties', 'group']]],
    // a body's own name keeps its kind
    ['The United Nations said trade should double.', [['United Nations', 'organization']]],
  ])('%s', (text, expected) => {
    expect(analyze(text, { referenceDate: '2026-11-03' }).speakers.map((s) => [s.name, s.kind])).toEqual(expected);
  });
});
