// Layouts no fixture had yet, each with rows of our own words and negative rows beside them: an
// interview whose answerer the standfirst introduces as speaking, above "Q: … / A: …" labels, and a
// headline's pull quote that repeats words said below (fixtures/interview18-standfirst-guest.txt).
import { describe, expect, it } from 'vitest';
import { fixtureText as fixture, titledQuotes as quotes } from './support/quotes.js';

describe('an interview’s guest introduced in the standfirst answers every "A:"', () => {
  it('credits the headline and every answer to the chief executive the standfirst introduces', () => {
    const credited = quotes(fixture('interview18-standfirst-guest.txt')).map((q) => q.split('|')[0]);
    expect(credited).toEqual(Array(4).fill('Oriane Faulkes (chief executive)'));
  });
  const QA = '\n\nQ: Is the bridge safe?\nA: It is safe to cross.\n\nQ: When will it reopen?\nA: On Monday.';
  it.each<[string, string[]]>([
    // the guest named after "spoke to" / "sat down with"; the one who asks stands before the verb
    [`We spoke to Dr. Ilka Brandvold, the city engineer, about the bridge.${QA}`, ['Ilka Brandvold']],
    [`Our reporter Cato Mirren sat down with Ilka Brandvold to talk about the bridge.${QA}`, ['Ilka Brandvold']],
    [`City engineer Ilka Brandvold talked to us about the bridge.${QA}`, ['Ilka Brandvold']],
    // named, but not as speaking: the label stays the answerer
    [`Mayor Tova Lund appointed Ilka Brandvold as city engineer in March.${QA}`, ['A']],
    // two people introduced as speaking: neither is "A"
    [`Ilka Brandvold spoke to us in May. Tova Lund spoke to us in June.${QA}`, ['A']],
  ])('%s', (text, expected) => {
    expect([...new Set(quotes(text).map((q) => q.split(' (')[0]))]).toEqual(expected);
  });
});

describe('a headline’s pull quote is the words of whoever says them below, and its topic is no speaker', () => {
  const BODY =
    '\n\nBRANNOCK – The town council promised on Tuesday to rebuild after the floods.\n\n' +
    '“Every home will be rebuilt before winter, and we start this week,” Mayor Tova Lund said.';
  it.each<[string, string[]]>([
    [
      `Floods: “Every home will be rebuilt before winter”${BODY}`,
      [
        'Tova Lund (Mayor)|Every home will be rebuilt before winter',
        'Tova Lund (Mayor)|Every home will be rebuilt before winter, and we start this week',
      ],
    ],
    // one capitalised word before the colon credits only a name the text gives in full
    [
      `Lund: “Every home will be rebuilt before winter”${BODY}`,
      [
        'Tova Lund (Mayor)|Every home will be rebuilt before winter',
        'Tova Lund (Mayor)|Every home will be rebuilt before winter, and we start this week',
      ],
    ],
    // words nobody says below stay uncredited
    [
      `Floods: “No town will be left behind this year”${BODY}`,
      [
        ' ()|No town will be left behind this year',
        'Tova Lund (Mayor)|Every home will be rebuilt before winter, and we start this week',
      ],
    ],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});
