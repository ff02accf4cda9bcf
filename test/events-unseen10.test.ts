// Events in statements of layouts nobody tuned to (texts written for these tests): a timetable's
// "next regular meeting", a headline in capitals, a fair, a tournament and a cup final, a meeting
// named in a phrase that opens the sentence, a programme told day by day, a vote a headline names
// and the body tells with a verb, and the place after "held at the".
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';

const eventsOf = (text: string, ref: string) => analyze(text, { referenceDate: ref }).events;
const find = (text: string, ref: string, name: string) => eventsOf(text, ref).find((e) => e.name === name);

describe('event mentions found', () => {
  it.each<[string, string, string[]]>([
    ["The council's next regular meeting is scheduled for Monday, July 6.", '2026-06-18', ['next regular meeting']],
    [
      'The Northern Harvest Fair will take place in Korsund from 3 to 6 December.',
      '2025-10-14',
      ['Northern Harvest Fair'],
    ],
    ['The tournament opens in Solmund on 13 June.', '2026-05-02', ['tournament']],
    ['The National Cup Finals will be played in Solmund.', '2026-05-02', ['National Cup Finals']],
    ['KHF CONFIRMS HOSTS FOR 2026 NATIONAL CUP FINALS', '2026-05-02', ['2026 NATIONAL CUP FINALS']],
    // an acronym and its year still name an event
    ['The navy ended SEALINK 2019 on Friday.', '2026-05-02', ['SEALINK 2019']],
    // habitual meetings, a fair price and a final answer are none
    ['The council holds regular meetings.', '2026-06-18', []],
    ['They asked for a fair price and a final answer.', '2026-05-02', []],
  ])('%j', (text, ref, names) => expect(eventsOf(text, ref).map((e) => e.name)).toEqual(names));
});

describe('event dates', () => {
  const visit =
    'President Arvedo will pay a state visit to Ostravia from 22 to 24 April 2026.\n\n' +
    'On the first day of the visit, he will be welcomed at the Palace. The two presidents will then hold a joint press conference.\n\n' +
    'On the second day of the visit, President Arvedo will attend the Ostravian Business Forum.\n\n' +
    'On the last day of the visit, he will hold talks with the mayor of Dravno.';
  it.each<[string, string, string, string | null]>([
    [visit, '2026-04-15', 'joint press conference', '2026-04-22'],
    [visit, '2026-04-15', 'Ostravian Business Forum', '2026-04-23'],
    [visit, '2026-04-15', 'talks with the mayor of Dravno', '2026-04-24'],
    // the visit itself keeps its days
    [visit, '2026-04-15', 'state visit to Ostravia', '2026-04-22/2026-04-24'],
    // a day past the occasion's days is none of them
    [
      'The minister will pay a visit to Orlen on 3 and 4 May. On the third day of the visit, she will open a forum.',
      '2026-04-15',
      'forum',
      null,
    ],
    [
      'FOR IMMEDIATE RELEASE\nJune 18, 2026\n\nBrackwater City Council Approves Housing Plan in 7-2 Vote\n\nThe Brackwater City Council voted 7-2 on Tuesday evening to approve the plan. "A fine day," the mayor said after the vote.',
      '2026-06-18',
      '7-2 Vote',
      '2026-06-16',
    ],
    [
      'The Commission will hold a briefing for accredited observers on 20 January.',
      '2025-11-03',
      'briefing',
      '2026-01-20',
    ],
    [
      'The National Cup Finals will be played on the weekend of 13–14 June.',
      '2026-05-02',
      'National Cup Finals',
      '2026-06-13/2026-06-14',
    ],
  ])('%#: %s', (text, ref, name, date) => expect(find(text, ref, name)?.date).toBe(date));
});

describe('event status', () => {
  it.each<[string, string, string, string | null]>([
    // a phrase opening the sentence takes the tense of the main clause, not its planning verb
    [
      'At its meeting on 4 and 5 March, the Committee decided to keep the rate unchanged.',
      '2026-03-05',
      'meeting',
      'past',
    ],
    ['At its meeting on 4 and 5 March, the Committee will decide on the rate.', '2026-03-05', 'meeting', 'planned'],
    // the verb after "the minutes of the meeting" is the minutes'
    ['The minutes of the meeting will be published on Friday.', '2026-03-05', 'meeting', null],
    ['The meeting will be held on Friday.', '2026-03-05', 'meeting', 'planned'],
  ])('%j', (text, ref, name, status) => expect(find(text, ref, name)?.status).toBe(status));
});

describe('event places', () => {
  it.each<[string, string, string | null]>([
    [
      'A public information session will be held on July 9 at the Brackwater Community Hall.',
      'public information session',
      'Brackwater Community Hall',
    ],
    ['The National Cup Finals will be played at the Arvik Arena in June.', 'National Cup Finals', 'Arvik Arena'],
    ['A session will be held at the weekend.', 'session', null],
  ])('%j', (text, name, place) => expect(find(text, '2026-06-18', name)?.location).toBe(place));
});

describe('verbs that hold a meeting or a visit with "the" and a name', () => {
  it.each<[string, string, string[]]>([
    ['The minister met the Prime Minister of Norlund on Monday.', 'met', ['the Prime Minister of Norlund']],
    ['She will also visit the Northfield Regional Hospital on Friday.', 'visit', []],
  ])('%j', (text, name, parties) => {
    const e = find(text, '2026-02-10', name);
    expect(e?.participants).toEqual(parties);
  });

  it.each([
    'They met the deadline on Monday.',
    'They met the Paris Agreement targets.',
    'The firm will visit the idea again.',
  ])('%j is no event', (text) => expect(eventsOf(text, '2026-02-10')).toEqual([]));
});

describe('more occasions and their words', () => {
  it.each<[string, string, string, string | null, string | null]>([
    // a reception, and its place an owner's noun
    [
      "A reception will be held at the Ambassador's residence on 15 January.",
      '2025-12-18',
      'reception',
      '2026-01-15',
      "Ambassador's residence",
    ],
    // "early next year" ends the name
    [
      'They agreed to launch consultations on a fisheries agreement early next year.',
      '2025-09-09',
      'consultations on a fisheries agreement',
      '2026-01-01/2026-05-01',
      null,
    ],
    // a title's numbered summit is the body's summit of that number, held where they met for it
    [
      'Joint Statement of the Seventh Lindmark–Osterhaven Summit\n\nThe leaders met in Osterhaven on 8 and 9 September 2025 for the seventh bilateral summit.',
      '2025-09-09',
      'Joint Statement of the Seventh Lindmark–Osterhaven Summit',
      '2025-09-08/2025-09-09',
      'Osterhaven',
    ],
  ])('%#: %s', (text, ref, name, date, place) => {
    const e = find(text, ref, name);
    expect([e?.date, e?.location]).toEqual([date, place]);
  });

  it.each<[string, string]>([
    ['The reception of the proposal was warm.', '2025-12-18'],
    // another edition is another event
    ['The seventh summit met in June. The eighth summit will meet in May.', '2025-09-09'],
  ])('%j', (text, ref) => {
    const summits = eventsOf(text, ref).filter((e) => e.type === 'summit' || e.type === 'reception');
    expect(summits.length).toBe(text.includes('eighth') ? 2 : 0);
  });
});

describe('who takes part: not the subject of an act the event only times', () => {
  it.each<[string, string, string[]]>([
    [
      'The Annual General Meeting of Torvald plc will be held on 21 May. Proxy forms should be returned 48 hours before the meeting.',
      'Annual General Meeting of Torvald plc',
      ['Torvald plc'],
    ],
    [
      'The University will host the Ocean Science Conference on 14 October. Registration closes a week before the conference.',
      'Ocean Science Conference',
      ['The University'],
    ],
    // the subject of the verb that holds the event stays a party
    ['The two ministers will hold talks before the summit.', 'talks', ['The two ministers']],
  ])('%j', (text, name, parties) => expect(find(text, '2026-04-24', name)?.participants).toEqual(parties));
});

describe('lectures', () => {
  it.each<[string, string, string | null]>([
    ['A public lecture will be given on 15 March.', 'public lecture', '2026-03-15'],
  ])('%j', (text, name, date) => expect(find(text, '2026-02-26', name)?.date).toBe(date));
});

describe('a verbal mention takes the tense of its auxiliary past an adverb', () => {
  it.each<[string, string | null]>([
    ['The Chancellor will also meet the Portuguese President.', 'planned'],
    ['She will then meet Governor Tamm.', 'planned'],
    ['The minister has already visited Orlen.', 'past'],
    // an adverb with no auxiliary before it leaves the verb's own tense
    ['He also met Governor Tamm.', 'past'],
  ])('%j', (text, status) => expect(eventsOf(text, '2026-03-03')[0]?.status).toBe(status));
});
