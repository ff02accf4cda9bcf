// Defects a review found in the layout rules, each a table of the failing case beside the cases
// the rule was written for (which must keep their reading). Statements invented for these tests.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './support/layouts.js';

const quotes = (text: string) => quotesOf(text).quotes.map((q) => [q.kind, q.text.slice(0, 20), q.speaker]);

describe('a "For more information" sentence is contact text only with a contact detail and no speech', () => {
  const said = 'Justice Ana Roe said:\n\nThe appeal fails.';
  it.each([
    [
      'a cue in it reports speech',
      'For more information on the grants, farmers should call the agency, the minister said.',
      [['indirect', 'For more information', 'the minister']],
    ],
    [
      'a quote mark in it reports speech',
      '"For more information, read the ruling," Justice Ana Roe said.',
      [['direct', 'For more information', 'Ana Roe']],
    ],
    ['a phone number in it is contact text', `${said}\n\nFor more information, please call us on 0100 555 0100.`, null],
    ['an e-mail address in it is contact text', `${said}\n\nFor more information write to press@court.example.`, null],
    ['a bidding "write" is no cue', `${said}\n\nFor more information, please write to press@court.example.`, null],
    [
      'a cue after its first sentence is no report',
      `${said}\n\nFor more information contact the Registry. You can write to us at 0100 555 0100.`,
      null,
    ],
    ['a web address in it is contact text', `${said}\n\nFor more information see www.court.example today.`, null],
    [
      'a number on the line below makes it contact text',
      `${said}\n\nFor more information please contact the Registry.\n\n0100 555 0100`,
      null,
    ],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text)).toEqual(expected ?? [['direct', 'The appeal fails.', 'Ana Roe']]);
  });
});

describe("a dashed programme item is no speaker's turn", () => {
  const advisory = (item: string) =>
    `MEDIA ADVISORY\n\nBriefing on the grain corridor\n\nProgramme:\n\n${item}\n\nThe briefing is open to accredited media.`;
  it.each([
    ['a dashed item with its topic', '- Dr Jon Vale, Chief Economist: the outlook for freight', []],
    ['an en-dashed item with its topic', '– Minister Ana Roe: the harvest and the ports', []],
  ])('%s', (_name, item, expected) => expect(quotes(advisory(item))).toEqual(expected));
  it('keeps a dashed turn that speaks', () => {
    const text =
      'Transcript of the briefing\n\n— Ana Roe, Minister of Transport: We will open the bridge in May.\n\n— Question: When exactly?';
    expect(quotes(text)).toEqual([['direct', 'We will open the bri', 'Ana Roe']]);
  });
});

describe("a label's bracketed note names the holder only when it reads as a person's name", () => {
  const speaker = (note: string) =>
    quotesOf(
      `Transcript of the briefing\n\nSpokesperson (${note}): We have seen the reports.\n\nQuestion: When?\n\nSpokesperson (${note}): We expect to publish next week.`,
    ).quotes.map((q) => q.speaker);
  it.each([
    ['an organisation of common nouns', 'Harbour Watch', 'Spokesperson'],
    ['an organisation ending in a head word', 'Tarn Valley Council', 'Spokesperson'],
    ['a person the tagger knows', 'Ana Roe', 'Ana Roe'],
    ['a person the tagger does not know', 'Edda Brunvik', 'Edda Brunvik'],
  ])('%s', (_name, note, expected) => expect(speaker(note)).toEqual([expected, expected]));
});

describe("a capitalised bracket in a turn is the speaker's words unless it is a transcriber's note", () => {
  const turn = (words: string) =>
    quotesOf(`Transcript of the press conference\n\nMINISTER ROE: ${words}\n\nQUESTION: Is it binding?`).quotes.map(
      (q) => q.text,
    );
  it.each([
    [
      "the speaker's own sentence in brackets",
      'We signed the deal. (The Finance Ministry publishes it today.) It holds until 2030.',
      ['We signed the deal. (The Finance Ministry publishes it today.) It holds until 2030.'],
    ],
    [
      'a note of the room',
      'We signed the deal. (Applause.) It holds until 2030.',
      ['We signed the deal.', 'It holds until 2030.'],
    ],
    ['a language note', '(In Varnian.) We signed the deal.', ['We signed the deal.']],
    ['an interpreter note', '(Through an interpreter.) We signed the deal.', ['We signed the deal.']],
  ])('%s', (_name, words, expected) => expect(turn(words)).toEqual(expected));
});

describe("a paragraph naming the turn's speaker ends the turn only when it is no one's first-person words", () => {
  const texts = (para: string) =>
    quotesOf(
      `Transcript of the press conference\n\nMINISTER ROE: We cut the fees this year.\n\n${para}\n\nQUESTION: Is it binding?`,
    ).quotes.map((q) => [q.kind, q.text.slice(0, 20)]);
  it.each([
    [
      'the speaker citing their own promise',
      'Minister Roe said last year that the quay would never close again, and I kept that promise.',
      [
        ['direct', 'We cut the fees this'],
        ['direct', 'Minister Roe said la'],
        // the minister's own report inside the turn stays an indirect quote
        ['indirect', 'the quay would never'],
      ],
    ],
    [
      'the narration reporting on the speaker',
      'Minister Roe said the quay would stay open.',
      [
        ['direct', 'We cut the fees this'],
        ['indirect', 'the quay would stay '],
      ],
    ],
  ])('%s', (_name, para, expected) => expect(texts(para)).toEqual(expected));
});
