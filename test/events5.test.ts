// Kinds of event failures seen on the devb and owndev sets, in rows of our own words: event nouns that are occasions only in
// compounds, bare plurals inside an occasion, headlines without articles, another occurrence of a
// recurring meeting, what nobody plans, the title's event dated by the dateline, "followed by",
// a quarter inside a name. Each table has rows that must not match beside the ones that must.
import { describe, expect, it } from 'vitest';
import { tag } from '../src/adapters/compromise.js';
import { buildDocument } from '../src/document/build.js';
import { findEvents } from '../src/events/index.js';
import { analyze } from '../src/pipeline.js';
import type { DateOut, EventOut } from '../src/types.js';

/** Runs the events stage alone, with the dates given as [text, value]. */
function eventsOf(text: string, dates: [string, string][] = [], referenceDate = '2025-05-13'): EventOut[] {
  const doc = buildDocument(text, tag(text));
  let from = 0;
  const dateOut: DateOut[] = dates.map(([t, value], k) => {
    const start = text.indexOf(t, from);
    from = start + t.length;
    return { id: `d${k + 1}`, text: t, start, end: start + t.length, type: 'date', value, mod: null, interval: null };
  });
  const events = findEvents({ doc, dates: dateOut, attribution: { speakers: [], quotes: [] }, referenceDate });
  for (const e of events) expect(text.slice(e.start, e.end)).toBe(e.name);
  return events.filter((e) => e.mention !== 'verbal');
}
const names = (text: string, dates: [string, string][] = []) => eventsOf(text, dates).map((e) => e.name);

describe('nouns that are occasions only in compounds', () => {
  it.each<[string, string, string]>([
    ['The minister will appear before the Senate inquiry next week.', 'Senate inquiry', 'inquiry'],
    ['The ministry will host a round table on water prices.', 'round table on water prices', 'roundtable'],
    [
      'Anglers may comment at an open consultation event in the Drill Hall on Friday.',
      'open consultation event in the Drill Hall',
      'event',
    ],
    ['Two breweries will exhibit at the trade convention in Ghent.', 'trade convention in Ghent', 'convention'],
    ['Members asked for the costings before the plenary debate.', 'plenary debate', 'debate'],
    ['The King will give a state dinner for the visitors.', 'state dinner for the visitors', 'dinner'],
    ['The agency sent a field mission to the delta.', 'field mission to the delta', 'mission'],
    ['The premier answered during Question Time on Wednesday.', 'Question Time', 'session'],
  ])('%s names %s', (text, name, type) => {
    expect(eventsOf(text).map((e) => [e.name, e.type])).toEqual([[name, type]]);
  });

  it.each([
    // negatives: a treaty, debate and inquiry in general, a table, time, an observers' body
    ['Both states ratified the Convention on the Law of Rivers in 1990.'],
    ['There was a lively public debate about the tax.'],
    ['The union wants an independent inquiry into the leak.'],
    ['The papers were left on the table.'],
    ['We had no time to reply.'],
    ['We welcome the report of the Election Observation Mission.'],
    ['It was a great event for everyone.'],
  ])('%s has no event', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('bare plurals inside an occasion, and a second clause after a comma', () => {
  it.each<[string, string]>([
    ['The deal was reached during talks in Lagos on Monday.', 'talks in Lagos'],
    ['The council is in talks with two builders.', 'talks with two builders'],
    [
      'We are ready to help, and consultations with our neighbours are continuing.',
      'consultations with our neighbours',
    ],
  ])('%s names %s', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it.each([
    // negatives: talks wished for, an interest in talks in general, a conjunct sharing a quantifier,
    // conversations in general
    ['Farmers called for talks with the ministry.'],
    ['She has no interest in talks.'],
    ['The sides want more exchanges and consultations.'],
    ['Nothing in our conversations suggests a delay.'],
  ])('%s has no event', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('headlines and headings', () => {
  it('finds an event in a headline that drops its article', () => {
    const text = 'Transcript: press conference after the meeting of the Rates Board\n\nGood afternoon.';
    expect(names(text)).toEqual(['press conference', 'meeting of the Rates Board']);
  });

  it('finds no event in a bare noun of running text', () => {
    expect(names('The note says press conference rules apply to all.')).toEqual([]);
  });

  it.each([
    // a date line in capitals is no acronym and year; an acronym and its year is still an exercise name
    ['DOORSTOP INTERVIEW\nFRIDAY, 6 JUNE 2025\n\nGood morning.', ['DOORSTOP INTERVIEW']],
    ['Ships joined BALTEX 2024 in the north.', ['BALTEX 2024']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    // a capitalised subject before "calls for" is no call; a call with a noun before it is
    ['Lake Watch calls for an inquiry into the spill\n\nGeneva, 3 May 2025', []],
    ['The firm will hold a conference call for investors.', ['conference call for investors']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('another occurrence of a recurring meeting, and what nobody plans', () => {
  it('keeps "our next meeting" apart from the meeting the text is about', () => {
    const text = 'The Board met today. The meeting was calm. Our next meeting will be on 6 and 7 May.';
    const events = eventsOf(text, [
      ['today', '2025-03-19'],
      ['6 and 7 May', '2025-05-06/2025-05-07'],
    ]);
    expect(events.map((e) => [e.name, e.date])).toEqual([
      ['meeting', '2025-03-19'],
      ['next meeting', '2025-05-06/2025-05-07'],
    ]);
  });

  it('still joins a repeated "the next meeting"', () => {
    const text = 'The next meeting is on 6 May. The next meeting will review the rate.';
    expect(names(text, [['6 May', '2025-05-06']])).toEqual(['next meeting']);
  });

  it.each<[string, string[]]>([
    ['The bank has no plans for an emergency meeting.', []],
    ['There is no intention to hold a summit.', []],
    // negative: a plan is an event to come
    ['The bank has plans for an emergency meeting in June.', ['emergency meeting']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('dates: the title’s event, what follows on, a quarter inside a name', () => {
  it('dates the event a title names by the dateline, though the text names it again', () => {
    const text =
      'Remarks at the opening of the Fjord Trade Forum\n\nBergen, 4 May 2025\n\nThis forum brings ports from six countries together.';
    const { events } = analyze(text, { referenceDate: null });
    expect(events.map((e) => [e.name, e.date])).toEqual([['Fjord Trade Forum', '2025-05-04']]);
  });

  it('leaves undated a title’s event the text says is still to come', () => {
    const text = 'Statement on the Fjord Trade Forum\n\nBergen, 4 May 2025\n\nThe minister will attend the forum.';
    const { events } = analyze(text, { referenceDate: null });
    expect(events.map((e) => [e.name, e.date])).toEqual([['Fjord Trade Forum', null]]);
  });

  it.each<[string, [string, string][], [string, string | null][]]>([
    [
      'The leaders held talks on Tuesday, followed by a signing ceremony.',
      [['Tuesday', '2025-05-13']],
      [
        ['talks', '2025-05-13'],
        ['signing ceremony', '2025-05-13'],
      ],
    ],
    // negative: a new clause after the semicolon has its own time
    [
      'The leaders held talks on Tuesday; a signing ceremony is still awaited.',
      [['Tuesday', '2025-05-13']],
      [
        ['talks', '2025-05-13'],
        ['signing ceremony', null],
      ],
    ],
    [
      'The firm will host its second-quarter 2025 earnings call on 29 July.',
      [
        ['second-quarter 2025', '2025-Q2'],
        ['29 July', '2025-07-29'],
      ],
      [['second-quarter 2025 earnings call', '2025-07-29']],
    ],
    // negative: a day inside the name is the event's day
    ['Delegates left the 4 June summit early.', [['4 June', '2025-06-04']], [['summit', '2025-06-04']]],
  ])('%s', (text, dates, expected) => {
    expect(eventsOf(text, dates).map((e) => [e.name, e.date])).toEqual(expected);
  });
});

describe('two gatherings in one sentence, and the discussions of a meeting', () => {
  it.each<[string, string[]]>([
    [
      'The ministers held a discussion on the Lakes region ahead of the Lakes Region summit in Orvik.',
      ['discussion on the Lakes region', 'Lakes Region summit in Orvik'],
    ],
    // negative: the same gathering named again in a later sentence is still one event
    [
      'The Lakes Region Forum opened in Orvik. Delegates at the Lakes Region summit praised it.',
      ['Lakes Region Forum'],
    ],
    ['Water must be at the core of the discussions at the river ministerial in Orvik.', ['river ministerial in Orvik']],
    // negative: discussions with their own words, or not at another event, stay events
    ['The discussions on Monday at the harbour were useful.', ['discussions']],
  ])('%s', (text, expected) => {
    expect(names(text, text.includes('Monday') ? [['Monday', '2025-05-12']] : [])).toEqual(expected);
  });
});
