import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tag } from '../src/adapters/compromise.js';
import { buildDocument } from '../src/document/build.js';
import { findEvents } from '../src/events/index.js';
import { analyze } from '../src/pipeline.js';
import type { DateOut, EventOut } from '../src/types.js';

interface DateSpec {
  text: string;
  value: string;
  interval?: string;
  mod?: DateOut['mod'];
}

/** Runs the events stage alone, with the dates given (so the test does not hang on the dates stage). */
function eventsOf(text: string, dates: DateSpec[] = [], referenceDate: string | null = '2023-05-10'): EventOut[] {
  const tagged = tag(text);
  const doc = buildDocument(text, tagged);
  let from = 0;
  const dateOut: DateOut[] = dates.map((d, k) => {
    const start = text.indexOf(d.text, from);
    from = start + d.text.length;
    return {
      id: `d${k + 1}`,
      text: d.text,
      start,
      end: start + d.text.length,
      type: 'date',
      value: d.value,
      mod: d.mod ?? null,
      interval: d.interval ?? null,
    };
  });
  return findEvents({ doc, dates: dateOut, attribution: { speakers: [], quotes: [] }, referenceDate });
}
const scored = (events: EventOut[]) => events.filter((e) => e.mention !== 'verbal');

describe('event names', () => {
  it.each([
    [
      'The ministers held a video conference on regional fisheries cooperation.',
      'video conference on regional fisheries cooperation',
      'conference',
    ],
    [
      'Both navies agreed to conduct a 2024 coastal search and rescue seminar next spring.',
      '2024 coastal search and rescue seminar',
      'seminar',
    ],
    ['The envoy will attend the Harbor Security Forum in Lisbon.', 'Harbor Security Forum in Lisbon', 'forum'],
    ['The fleet took part in SEALINK 2019 off the coast.', 'SEALINK 2019', 'event'],
    ['Veterans marked the anniversary of Operation Blue Anchor.', 'Operation Blue Anchor', 'operation'],
    ['She will travel to Oslo for the Nordic Mayors’ Summit.', 'Nordic Mayors’ Summit', 'summit'],
    [
      'The governor hosted a meeting of county mayors in Springfield, Illinois, on Friday.',
      'meeting of county mayors in Springfield, Illinois',
      'meeting',
    ],
    [
      'The minister joined the Rotterdam Ministerial Conference “Feeding Tomorrow” as a guest.',
      'Rotterdam Ministerial Conference “Feeding Tomorrow”',
      'conference',
    ],
    ['The firm will host a conference call for investors on Tuesday.', 'conference call for investors', 'call'],
    ['Reporters gathered at the regular press briefing on Friday.', 'regular press briefing', 'briefing'],
    [
      'The club announced the lineup for its summit on water, energy, and climate yesterday.',
      'summit on water, energy, and climate',
      'summit',
    ],
  ])('%s', (text, name, type) => {
    const events = scored(eventsOf(text));
    expect(events.map((e) => [e.name, e.type])).toContainEqual([name, type]);
    for (const e of events) expect(text.slice(e.start, e.end)).toBe(e.name);
  });

  it.each([
    ['A meeting is no substitute for action.'],
    ['We believe open dialogue with all parties is essential.'],
    ['The mayor renewed her calls to end the strike.'],
    ['The exercise of these rights must be protected.'],
    ['They coordinated the effort by video conference.'],
    ['Any talks must include the unions.'],
    ['The panel welcomed the election observation mission report.'],
    ['Harbor Drill enables analysts to query data. We designed Drill for speed.'],
    ['More exchanges on trade are needed.'],
    ['Dialogue is the only way forward.'],
    ['Regular meetings keep the partners informed.'],
    ['Senator Ray Sessions praised the plan.'],
    ['The group belongs to the Pacific Water Forum, the Council of River Towns, and the Delta Alliance.'],
  ])('finds no event in %s', (text) => {
    expect(scored(eventsOf(text))).toEqual([]);
  });

  it('makes one event of several mentions of the same thing', () => {
    const text =
      'The Coastal Cooperation Summit in Valletta opened on Monday. Delegates said the summit would adopt a declaration. ' +
      'The Valletta meeting ends on Tuesday.';
    const events = scored(
      eventsOf(text, [
        { text: 'Monday', value: '2023-05-08' },
        { text: 'Tuesday', value: '2023-05-09' },
      ]),
    );
    expect(events.map((e) => [e.name, e.date])).toEqual([['Coastal Cooperation Summit in Valletta', '2023-05-08']]);
  });

  it('keeps apart two mentions worded alike that carry different dates', () => {
    const text = 'The May 4 meeting of port mayors went well. The June 9 meeting of port mayors will follow.';
    const events = scored(
      eventsOf(text, [
        { text: 'May 4', value: '2023-05-04' },
        { text: 'June 9', value: '2023-06-09' },
      ]),
    );
    expect(events.map((e) => [e.name, e.date, e.status])).toEqual([
      ['meeting of port mayors', '2023-05-04', 'past'],
      ['meeting of port mayors', '2023-06-09', 'planned'],
    ]);
  });

  it('joins the conjuncts of "the X and Y Summits" to their own events', () => {
    const text =
      'Notes on the Alpine and Baltic Summits\n\nThe Baltic Summit opens on June 2. The Alpine Summit will be held on June 9.';
    const events = scored(
      eventsOf(text, [
        { text: 'June 2', value: '2023-06-02' },
        { text: 'June 9', value: '2023-06-09' },
      ]),
    );
    expect(events.map((e) => [e.name, e.date])).toEqual([
      ['Baltic Summit', '2023-06-02'],
      ['Alpine Summit', '2023-06-09'],
    ]);
  });
});

describe('event status', () => {
  it.each([
    ['The two delegations were holding talks on fishing quotas.', 'ongoing'],
    ['The two delegations will hold talks on fishing quotas.', 'planned'],
    ['The two delegations agreed to conduct a joint exercise in the autumn.', 'planned'],
    ['The council plans to hold a hearing on the budget.', 'planned'],
    ['The council held a hearing on the budget.', 'past'],
    ['The summit of coastal states was cancelled.', 'cancelled'],
    ['The signing ceremony has been postponed.', 'postponed'],
    ['Organisers called off the harbor festival parade.', 'cancelled'],
    ['The vote on the budget was put off until June.', 'postponed'],
    ['Ahead of the meeting of trade ministers, the union issued a statement.', 'planned'],
    ['Profits were strong, and the launch of the new terminal remains on track.', null],
  ])('%s → %s', (text, status) => {
    const events = scored(eventsOf(text));
    expect(events.map((e) => e.status)).toEqual([status]);
  });
});

describe('event status when the date and the verb disagree', () => {
  // Reference date 2023-05-10.
  it.each([
    ['The ministers discussed preparations for the regional summit on May 20.', 'May 20', '2023-05-20', 'planned'],
    ['The committee is preparing the report on the hearing held on May 2.', 'May 2', '2023-05-02', 'past'],
    ['The ministers discussed the regional summit on May 10.', 'May 10', '2023-05-10', 'past'],
  ])('%s (%s)', (text, dateText, value, status) => {
    const events = scored(eventsOf(text, [{ text: dateText, value, interval: `${value}/${value}` }]));
    expect(events.map((e) => e.status)).toEqual([status]);
  });
});

describe('event status of coordinated phrases', () => {
  it('takes the modal of the first verb for the second ("will hold talks and attend a ceremony")', () => {
    const events = scored(eventsOf('The two leaders will hold talks and attend a signing ceremony.'));
    expect(events.map((e) => [e.name, e.status])).toEqual([
      ['talks', 'planned'],
      ['signing ceremony', 'planned'],
    ]);
  });

  it('keeps apart an anaphor that carries its own, different date', () => {
    const text =
      'The regional summit in Hanoi has been postponed. As for the ministerial meeting last week, it went well.';
    const events = scored(eventsOf(text, [{ text: 'last week', value: '2023-W18' }]));
    expect(events.map((e) => [e.name, e.status])).toEqual([
      ['regional summit in Hanoi', 'postponed'],
      ['ministerial meeting', 'past'],
    ]);
  });
});

describe('event dates', () => {
  it.each<[string, DateSpec[], string | null, string | null]>([
    [
      'Voters went to the polls in their May 7 municipal elections.',
      [{ text: 'May 7', value: '2023-05-07' }],
      '2023-05-07',
      'd1',
    ],
    [
      'The ministers held a meeting on trade on Wednesday and Thursday.',
      [
        { text: 'Wednesday', value: '2023-05-03' },
        { text: 'Thursday', value: '2023-05-04' },
      ],
      '2023-05-03/2023-05-04',
      'd1',
    ],
    [
      'The flood agencies will hold a workshop on river data before the end of the year.',
      [{ text: 'the end of the year', value: '2023-12-31' }],
      '2023-05-10/2023-12-31',
      'd1',
    ],
    [
      'The navies agreed to hold a drill at sea in mid-June.',
      [{ text: 'mid-June', value: '2023-06', mod: 'MID', interval: '2023-06-11/2023-06-20' }],
      '2023-06-11/2023-06-20',
      'd1',
    ],
    [
      'The prime minister will pay an official visit to Chile from June 4 to 8.',
      [
        { text: 'June 4', value: '2023-06-04' },
        { text: '8', value: '2023-06-08' },
      ],
      '2023-06-04/2023-06-08',
      'd1',
    ],
    // Must not link: the date belongs to the travel, not to the summit it leads to.
    [
      'On June 5, the minister will travel to Nice to join the Riviera Summit.',
      [{ text: 'June 5', value: '2023-06-05' }],
      null,
      null,
    ],
    // Must not link: a second verb phrase ("and to convene") has its own dates.
    [
      'They agreed to hold a drill in early July and to convene the Harbor Dialogue.',
      [{ text: 'early July', value: '2023-07', mod: 'START', interval: '2023-07-01/2023-07-10' }],
      null,
      null,
    ],
    // Must not link: the date dates the saying, across "that".
    [
      'The agency announced last week that it would skip the Harbor Forum.',
      [{ text: 'last week', value: '2023-W18' }],
      null,
      null,
    ],
  ])('%s', (text, dates, date, dateId) => {
    const event = scored(eventsOf(text, dates)).at(-1);
    expect(event).toBeDefined();
    expect([event!.date, event!.dateId]).toEqual([date, dateId]);
  });

  it('makes an event before a deadline planned', () => {
    const [event] = scored(
      eventsOf('The agencies agreed on a workshop on flood data before the end of the year.', [
        { text: 'the end of the year', value: '2023-12-31' },
      ]),
    );
    expect([event?.date, event?.status]).toEqual(['2023-05-10/2023-12-31', 'planned']);
  });

  it('dates an event named only in a heading from the paragraph under it', () => {
    const text =
      'Minister Lee’s Call with Governor Park\n\nMinister Lee spoke by phone with Governor Park on May 9 about the floods.';
    const events = scored(eventsOf(text, [{ text: 'May 9', value: '2023-05-09' }]));
    expect(events.map((e) => [e.name, e.date])).toEqual([['Call with Governor Park', '2023-05-09']]);
  });

  it('takes the year written in a name only when nothing else dates the event', () => {
    const [event] = scored(
      eventsOf('The minister recalled the 2019 Harbor Address.', [{ text: '2019', value: '2019' }]),
    );
    expect(event?.date).toBe('2019');
  });
});

describe('participants and location', () => {
  it.each<[string, string[], string | null]>([
    [
      'Governor Lane’s meeting with the harbor unions in Portsmouth ended early.',
      ['Governor Lane', 'the harbor unions'],
      'Portsmouth',
    ],
    ['The two navies will hold a drill near the strait.', ['The two navies'], null],
    [
      'Mayor Ito and Governor Park agreed to hold talks between their cities.',
      ['their cities', 'Mayor Ito', 'Governor Park'],
      null,
    ],
    ['The premier will pay an official visit to Chile.', ['The premier'], 'Chile'],
    // Must not take a subject: the verb does not hold the event.
    ['The minister criticised the summit in Oslo.', [], 'Oslo'],
    // A name in apposition is the party; a description in apposition leaves the name before it.
    ['The Minister of Ports, Ilse Varga, held talks with the unions.', ['the unions', 'Ilse Varga'], null],
    ['Harbor Cranes, a maker of port equipment, will host a seminar.', ['Harbor Cranes'], null],
    // A time adverb between the subject and its verb is no party.
    ['Mayor Dana Holt on Monday held a meeting with the wardens.', ['the wardens', 'Mayor Dana Holt'], null],
    // A day in words before the subject is not part of it.
    ['On Thursday the Prime Minister chaired a cabinet meeting.', ['the Prime Minister'], null],
    // The place a verb after the event tells it is held in.
    ['The talks, held in Rivelle, ended early.', [], 'Rivelle'],
    ['The second round will take place in Norwick City.', [], 'Norwick City'],
    ['The annual meeting will be held on 14 May 2026 in Leidstad.', [], 'Leidstad'],
    // Negatives: a place in lower case, or of another verb, is not the event's.
    ['The meeting was held in the capital.', [], null],
    ['The talks ended in Rivelle.', [], null],
    // Negatives: a language or nationality word is what the talks were held in, not where.
    ['The talks were held in English and Dorvish.', [], null],
    ['The talks, held in French, ended early.', [], null],
    ['The summit, held in French Guiana, ended early.', [], 'French Guiana'],
    // Negative: the second verb of a coordination has its subject further back, not a date.
    ['The navies ended a drill on 19 May, and agreed to hold a new exercise.', [], null],
  ])('%s', (text, participants, location) => {
    const [event] = scored(eventsOf(text));
    expect(event?.participants).toEqual(participants);
    expect(event?.location).toBe(location);
  });
});

describe('verbal mentions', () => {
  it.each<[string, string, string, string | null, string]>([
    ['Mayor Ito spoke by phone with Governor Park on Monday.', 'spoke by phone', 'call', null, 'past'],
    ['The envoy met with President Dube in Harare.', 'met with', 'meeting', 'Harare', 'past'],
    ['The premier will visit Chile next week.', 'will visit', 'visit', null, 'planned'],
  ])('%s', (text, name, type, location, status) => {
    const verbal = eventsOf(text).filter((e) => e.mention === 'verbal');
    expect(verbal.map((e) => [e.name, e.type, e.location, e.status])).toEqual([[name, type, location, status]]);
  });

  it.each([
    // negatives: a standard, an approval or a target is met, not a party
    ['The new kiln met EU safety standards last year.'],
    ['The scheme met Senate approval on Monday.'],
    ['The port met Board targets in May.'],
  ])('%s has no meeting', (text) => {
    expect(eventsOf(text).filter((e) => e.mention === 'verbal')).toEqual([]);
  });

  it('still reads "met" with a named person as a meeting beside those', () => {
    const verbal = eventsOf('The envoy met Dorin Vask in Kessa.').filter((e) => e.mention === 'verbal');
    expect(verbal.map((e) => [e.name, e.type, e.participants])).toEqual([
      ['met', 'meeting', ['Dorin Vask', 'The envoy']],
    ]);
  });

  it('names the other party of "met" with a capitalised object, and joins "The meeting" told next', () => {
    const text = 'Governor Ruiz met Mayor Okafor on Monday. The meeting focused on port fees.';
    const events = eventsOf(text, [{ text: 'Monday', value: '2023-05-08' }]);
    expect(events.map((e) => [e.name, e.mention, e.date, e.participants])).toEqual([
      ['meeting', 'nominal', '2023-05-08', ['Mayor Okafor', 'Governor Ruiz']],
    ]);
  });

  it.each([
    // Negatives: a meeting with a date of its own is another; another "met" stands between.
    ['Governor Ruiz met Mayor Okafor on Monday. The meeting on Friday will focus on fees.', 2],
    ['Governor Ruiz met Mayor Okafor. Later he met Chief Osei. The meeting focused on fees.', 2],
  ])('%s', (text, count) => {
    const dates = [
      { text: 'Monday', value: '2023-05-08' },
      { text: 'Friday', value: '2023-05-12' },
    ].filter((d) => text.includes(d.text));
    expect(eventsOf(text, dates)).toHaveLength(count);
  });

  it.each<[string, DateSpec[], string, string | null]>([
    // A time adverb between "met" and "with".
    [
      'Secretary Greaves met today with Minister Runa Halvorsen.',
      [{ text: 'today', value: '2023-05-10' }],
      'met today with',
      '2023-05-10',
    ],
    [
      'The envoy met on Monday with Mayor Ito.',
      [{ text: 'Monday', value: '2023-05-08' }],
      'met on Monday with',
      '2023-05-08',
    ],
  ])('%s', (text, dates, name, date) => {
    const [event] = eventsOf(text, dates);
    expect([event?.name, event?.date]).toEqual([name, date]);
  });

  it('names the parties of "met with"', () => {
    const [event] = eventsOf('The envoy met with President Dube in Harare.');
    expect(event?.participants).toEqual(['President Dube', 'The envoy']);
  });

  it.each([['They will meet the deadline halfway.'], ['She spoke with reporters.']])(
    'finds no verbal event in %s',
    (text) => {
      expect(eventsOf(text).filter((e) => e.mention === 'verbal')).toEqual([]);
    },
  );
});

describe('robustness', () => {
  it('never throws and keeps every name equal to its slice', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (noise) => {
        const text = `The summit “${noise}” will be held on May 9. ${noise} The meeting, ${noise}, was cancelled.`;
        for (const e of eventsOf(text, [{ text: 'May 9', value: '2023-05-09' }]))
          expect(text.slice(e.start, e.end)).toBe(e.name);
      }),
      { numRuns: 150 },
    );
  });

  it('handles a line of quote marks and a heading-only text', () => {
    expect(() => eventsOf('“'.repeat(20000))).not.toThrow();
    expect(eventsOf('Annual Harbor Summit\n\nNotes')).toEqual(expect.any(Array));
  });
});

describe('event nouns for held exchanges, named days and programme events', () => {
  it.each([
    [
      'The governor had a telephone conversation with the premier on trade.',
      'telephone conversation with the premier on trade',
      'conversation',
    ],
    ['The mayors held a frank discussion on fishing quotas.', 'frank discussion on fishing quotas', 'discussion'],
    ['The council then went into consultations on the budget.', 'consultations on the budget', 'consultations'],
    ['The county will hold its second River Cleanup event on Sunday.', 'second River Cleanup event', 'event'],
    ['Volunteers prepared for Harbor Safety Day in the town square.', 'Harbor Safety Day', 'day'],
    [
      'I want to brief you on the Governor’s upcoming trip to Lima and Quito.',
      'upcoming trip to Lima and Quito',
      'trip',
    ],
  ])('%s', (text, name, type) => {
    const events = scored(eventsOf(text));
    expect(events.map((e) => [e.name, e.type])).toContainEqual([name, type]);
  });

  it('reads a heading that opens with the event noun ("Briefing with …")', () => {
    const events = scored(
      eventsOf('Briefing with Senior Port Officials on the Harbor Works\n\nGood morning, everyone.'),
    );
    expect(events.map((e) => e.name)).toEqual(['Briefing with Senior Port Officials on the Harbor Works']);
  });

  it.each([
    ['It was a great day for the town.'],
    ['The Saturday event drew a crowd.'],
    ['Such events happen every year.'],
    ['The plan is still under discussion.'],
  ])('finds no event in %s', (text) => {
    expect(scored(eventsOf(text))).toEqual([]);
  });
});

describe('event dates: what does not date an event, and the report’s own day', () => {
  it.each<[string, DateSpec[], string | null]>([
    // A duration, a set or a vague past reference is no date of the event.
    ['Voters took part in the first elections in 30 years.', [{ text: '30 years', value: 'P30Y' }], null],
    ['Reporters attended the weekly press briefing.', [{ text: 'weekly', value: 'P1W' }], '2023-05-10'],
    // "now" with an act: the reference day; a clock time: its day; a week stays a week.
    [
      'Here at headquarters now, the council held a private meeting of donors.',
      [{ text: 'now', value: 'PRESENT_REF' }],
      '2023-05-10',
    ],
    ['The ministers held a meeting at noon today.', [{ text: 'noon today', value: '2023-05-10T12:00' }], '2023-05-10'],
    [
      'The summit earlier this week of the port ministers went well.',
      [{ text: 'earlier this week', value: '2023-W19' }],
      '2023-W19',
    ],
    // "which is to be held on …": the particle "on" is no verb of another clause.
    [
      'The minister will attend the Lakes Forum, which is to be held on the 21st of this month.',
      [{ text: 'the 21st of this month', value: '2023-05-21' }],
      '2023-05-21',
    ],
    // An undated briefing the spokesman spoke at is the report's day; a planned one is not.
    ['The spokesman said at a regular news briefing that the port would reopen.', [], '2023-05-10'],
  ])('%s', (text, dates, date) => {
    const event = scored(eventsOf(text, dates)).at(-1);
    expect(event).toBeDefined();
    expect(event!.date).toBe(date);
  });

  it('leaves a coming briefing undated', () => {
    const [event] = scored(eventsOf('The spokesman will hold a news briefing.'));
    expect([event?.date, event?.status]).toEqual([null, 'planned']);
  });

  it('dates a heading event from a date on its own line before the paragraph under it', () => {
    const text = 'Weekly Press Briefing by the Spokesperson (May 4, 2023)\n\nMay 5, 2023\n\nGood afternoon.';
    const events = scored(
      eventsOf(text, [
        { text: 'May 4, 2023', value: '2023-05-04' },
        { text: 'May 5, 2023', value: '2023-05-05' },
      ]),
    );
    expect(events.map((e) => e.date)).toEqual(['2023-05-04']);
  });

  it('joins the title’s event to the first event the text tells of, worded as new', () => {
    const text =
      'Telephone Conversation between the Governors of Alba and Brava\n\nOn Monday, the Governor of Alba had a conversation over the phone with the Governor of Brava.';
    const events = scored(eventsOf(text, [{ text: 'Monday', value: '2023-05-08' }]));
    expect(events.map((e) => [e.name, e.date])).toEqual([
      ['Telephone Conversation between the Governors of Alba and Brava', '2023-05-08'],
    ]);
  });

  it('keeps apart two named meetings that each hold a word the other lacks', () => {
    const text =
      'They recalled the Alba-Brava Summit Meeting in March and will meet at the Alba-Brava-Corra Trilateral Ministers’ Meeting on May 19.';
    const events = scored(
      eventsOf(text, [
        { text: 'March', value: '2023-03' },
        { text: 'May 19', value: '2023-05-19' },
      ]),
    );
    expect(events.map((e) => e.date)).toEqual(['2023-03', '2023-05-19']);
  });
});

describe('dates of acts at an occasion, headings over results, same-named events on two days', () => {
  it.each<[string, DateSpec[], string | null]>([
    [
      'Spokeswoman Rhee on March 2 speaks at a news briefing in Daegu.',
      [{ text: 'March 2', value: '2023-03-02' }],
      '2023-03-02',
    ],
    [
      'The envoy today delivered a letter to the Summit of Coastal States.',
      [{ text: 'today', value: '2023-05-10' }],
      '2023-05-10',
    ],
    [
      'Later today the mayor will take part in a ceremony at the port.',
      [{ text: 'today', value: '2023-05-10' }],
      '2023-05-10',
    ],
    // "in" after the verb's object is no attendance: the summit keeps no date.
    ['The minister on Monday announced his role in the summit.', [{ text: 'Monday', value: '2023-05-08' }], null],
    // A second verb between the date and the event: its own clause.
    ['The mayor said on Monday she wants to see the ceremony moved.', [{ text: 'Monday', value: '2023-05-08' }], null],
  ])('%s', (text, dates, date) => {
    const [event] = scored(eventsOf(text, dates));
    expect(event?.date ?? null).toBe(date);
  });

  it('dates a heading event from the day in the paragraph under it, not from a period', () => {
    const text =
      'Harbor Corp Results\n\nSales rose.\n\nInvestor Conference Call\n\nThe company will discuss its results for the fourth quarter in a webcast at 9 a.m. on Tuesday, February 14, 2023.';
    const events = scored(
      eventsOf(text, [
        { text: 'the fourth quarter', value: '2022-Q4', interval: '2022-10-01/2022-12-31' },
        { text: 'Tuesday, February 14, 2023', value: '2023-02-14' },
      ]),
    );
    expect(events.find((e) => e.name === 'Investor Conference Call')?.date).toBe('2023-02-14');
  });

  it('keeps apart two briefings introduced on different days, and joins overlapping days', () => {
    const text =
      'Spokeswoman Rhee on March 2 speaks at a news briefing in Daegu. She told a news briefing in Daegu on May 8 that the roads were open.';
    const events = scored(
      eventsOf(text, [
        { text: 'March 2', value: '2023-03-02' },
        { text: 'May 8', value: '2023-05-08' },
      ]),
    );
    expect(events.map((e) => e.date)).toEqual(['2023-03-02', '2023-05-08']);

    const same =
      'The two navies were currently holding a video meeting on sea safety, he said. The two navies held a video meeting on sea safety on Tuesday and Wednesday.';
    const joined = scored(
      eventsOf(same, [
        { text: 'currently', value: 'PRESENT_REF' },
        { text: 'Tuesday and Wednesday', value: '2023-05-09/2023-05-10', interval: '2023-05-09/2023-05-10' },
      ]),
    );
    expect(joined).toHaveLength(1);
  });
});

describe('a named day before the clause’s subject, and the next step of a dated event', () => {
  it('finds a named day fronted before a possessor subject, not taking it for a list of bodies', () => {
    const text = 'Also on Saturday, as part of Harbor Safety Day, the Mayor’s office will host a bike parade.';
    const events = scored(eventsOf(text, [{ text: 'Saturday', value: '2023-05-13' }]));
    expect(events.map((e) => [e.name, e.date])).toContainEqual(['Harbor Safety Day', '2023-05-13']);
  });

  it('still reads a name listed among bodies as a body', () => {
    const text = 'Envoys of the Harbor Forum, the Lake Council, the River Agency and the Coast Board met.';
    expect(scored(eventsOf(text)).map((e) => e.name)).not.toContain('Harbor Forum');
  });

  it.each<[string, DateSpec[], string | null]>([
    [
      'The council held a closed meeting this morning.\n\nIt then went into consultations on the budget.',
      [{ text: 'this morning', value: '2023-05-10TMO', interval: '2023-05-10/2023-05-10' }],
      '2023-05-10',
    ],
    // No next step: the consultations keep no date.
    [
      'The council held a closed meeting this morning.\n\nIt went into consultations on the budget.',
      [{ text: 'this morning', value: '2023-05-10TMO', interval: '2023-05-10/2023-05-10' }],
      null,
    ],
    // "since then" looks back over a stretch, not to the day.
    [
      'The council held a closed meeting on May 2. Since then it has gone into consultations on the budget.',
      [{ text: 'May 2', value: '2023-05-02' }],
      null,
    ],
    // Too far: the dated event is two sentences back.
    [
      'The council held a closed meeting on May 2. The budget was long. It then went into consultations on it.',
      [{ text: 'May 2', value: '2023-05-02' }],
      null,
    ],
  ])('%s', (text, dates, date) => {
    const consultations = scored(eventsOf(text, dates)).find((e) => e.name.startsWith('consultations'));
    expect(consultations).toBeDefined();
    expect(consultations?.date ?? null).toBe(date);
  });
});

describe('product launches are no events', () => {
  it.each([
    ['Harbor Maps today announced the launch of Lumen Tours, an AI-powered feature built into its app.', []],
    ['Sales were helped by the successful launch of the Volt® brand and new stores.', []],
    ['The firm marked the launch of its new booking platform with a dinner.', []],
    // An occasion stays: a terminal opens, a festival starts.
    ['Profits were strong, and the launch of the new terminal remains on track.', ['launch of the new terminal']],
    ['The city marked the launch of the harbor festival, the first in a decade.', ['launch of the harbor festival']],
  ])('%s', (text, names) => {
    expect(scored(eventsOf(text)).map((e) => e.name)).toEqual(names);
  });
});

describe('kinds of events, and what a date before "in advance of" dates', () => {
  it.each([
    // A round, series or process of talks is one occasion; a round counted in its sequence is
    // part of the name, and an occasion alone ("the second round").
    ['The two sides held a new round of talks on fishing quotas.', ['new round of talks on fishing quotas']],
    ['The second round of the vote will be held in May.', ['second round of the vote']],
    ['After the talks in March, the second round opened on Monday.', ['talks', 'second round']],
    // "of" inside a capitalised name; not in a lower-case phrase.
    ['She will attend the Heads of Government Meeting in Selby.', ['Heads of Government Meeting in Selby']],
    ['The mayor spoke of a planning meeting.', ['planning meeting']],
    // The last of two event nouns heads the phrase, also a gerund "meeting"; a verb does not.
    [
      'The council will hold a public consultation meeting on the town plan.',
      ['public consultation meeting on the town plan'],
    ],
    ['The two mayors attended a signing ceremony.', ['signing ceremony']],
    ['The forum visits the port each year.', ['forum']],
    // Negatives: a round without a place in a sequence is no occasion.
    ['The crowd gave a round of applause.', []],
    ['The ferry runs all year round.', []],
    ['The two ports began a process of discussions about port fees.', ['discussions about port fees']],
    // Negatives: a bare plural is generic; "such a forum" is a kind of event; a trademark names a brand.
    ['Talks on fishing quotas are useful.', []],
    ['The quotas had been raised at four earlier rounds of talks.', []],
    ['The ministers welcomed such an expanded forum for trade.', []],
    ['Sales grew with our Harbor Same Day™ suite of delivery options.', []],
    ['The port hosted Harbor Safety Day on Saturday.', ['Harbor Safety Day']],
  ])('%s', (text, names) => {
    expect(scored(eventsOf(text)).map((e) => e.name)).toEqual(names);
  });

  it('does not date the summit by the day of what came before it', () => {
    const text = 'The two leaders spoke on Monday in advance of the summit.';
    const [summit] = scored(eventsOf(text, [{ text: 'Monday', value: '2023-05-08' }]));
    expect(summit?.name).toBe('summit');
    expect(summit?.date).toBeNull();
  });

  it.each<[string, DateSpec[], string | null]>([
    // A verb of occurring in a relative clause of the event, or "returns", dates it.
    [
      'Union leaders said the negotiations that ended on Wednesday had failed.',
      [{ text: 'Wednesday', value: '2023-05-10' }],
      '2023-05-10',
    ],
    ['The Harbor Festival returns on 28 September.', [{ text: '28 September', value: '2023-09-28' }], '2023-09-28'],
    // Negative: a relative clause of another verb's object is not the event's.
    ['The forum that the mayor praised on Wednesday was small.', [{ text: 'Wednesday', value: '2023-05-10' }], null],
  ])('%s', (text, dates, date) => {
    expect(scored(eventsOf(text, dates))[0]?.date).toBe(date);
  });

  it('still dates an event by the day in its clause without such words', () => {
    const text = 'The two leaders spoke on Monday at the summit.';
    const [summit] = scored(eventsOf(text, [{ text: 'Monday', value: '2023-05-08' }]));
    expect(summit?.date).toBe('2023-05-08');
  });

  it('takes no pronoun or event as a participant', () => {
    const text = 'He will be named as a harbor official, and this stays under embargo until the call ends.';
    expect(eventsOf(text).flatMap((e) => e.participants)).toEqual([]);
  });
});

describe('a heading event dated by the date line under it; a place without the time adverb after it', () => {
  const heading = 'Press Briefing by the Harbor Spokesperson';
  it('takes the date line right under the heading', () => {
    const text = `${heading}\n\n12 March 2025\n\nMODERATOR: Welcome. We meet weekly.`;
    const dates = [
      { text: '12 March 2025', value: '2025-03-12' },
      { text: 'weekly', value: 'P1W' },
    ];
    expect(eventsOf(text, dates)[0]?.date).toBe('2025-03-12');
  });

  it('never takes a frequency from the paragraph under it', () => {
    const text = `${heading}\n\nMODERATOR: Welcome to this weekly session of questions.`;
    expect(eventsOf(text, [{ text: 'weekly', value: 'P1W' }])[0]?.date).not.toBe('P1W');
  });

  it.each([
    [
      'The leaders agreed to meet at the Harbor Forum in Tallinn later this year.',
      'Harbor Forum in Tallinn',
      'Tallinn',
    ],
    ['The ministers met at the Harbor Forum in Tallinn.', 'Harbor Forum in Tallinn', 'Tallinn'],
  ])('%s', (text, name, location) => {
    const [event] = scored(eventsOf(text));
    expect([event?.name, event?.location]).toEqual([name, location]);
  });
});

describe('attending verbs, bare plurals told happening, the verb an event is subject of', () => {
  it.each<[string, string[]]>([
    ['Governor Ruiz will participate in a wreath-laying ceremony.', ['Governor Ruiz']],
    ['The harbor mayors participated in the forum on water rights.', ['The harbor mayors']],
    ['The trade commissioner will address the investment summit.', ['The trade commissioner']],
    // negative: a verb that does not hold the event names no party
    ['The trade commissioner criticised the investment summit.', []],
  ])('%s', (text, participants) => {
    const [event] = scored(eventsOf(text));
    expect(event?.participants).toEqual(participants);
  });

  it.each<[string, string | null]>([
    ['Talks between the two fishing councils took place in Brava.', 'Talks between the two fishing councils'],
    ['BRAVA, May 8 - Consultations resumed on the river treaty.', 'Consultations'],
    // negatives: bare plurals said of a kind of thing, not one occasion
    ['Talks are the only way forward.', null],
    ['Negotiations rarely please everyone.', null],
    ['More exchanges and consultations will be held next year.', null],
  ])('%s', (text, name) => {
    expect(scored(eventsOf(text))[0]?.name ?? null).toBe(name);
  });

  it('reads a capital after a dateline dash as the start of a sentence, not a name', () => {
    const [event] = scored(eventsOf('BRAVA, May 8 - Talks between the councils took place.'));
    expect(event?.mention).toBe('nominal');
  });

  it('joins a headline’s talks to the talks the text tells of, and stops the name at the headline’s verb', () => {
    const text =
      'Alba and Brava hold talks on river quotas\n\nBRAVA, May 9 - Talks between the two river councils took place on Monday in Brava.';
    const events = scored(
      eventsOf(text, [
        { text: 'May 9', value: '2023-05-09' },
        { text: 'Monday', value: '2023-05-08' },
      ]),
    );
    expect(events.map((e) => [e.name, e.date])).toEqual([['Talks between the two river councils', '2023-05-08']]);
  });

  it.each<[string, DateSpec[], string | null]>([
    ['The fisheries talks ended on Monday in Brava.', [{ text: 'Monday', value: '2023-05-08' }], '2023-05-08'],
    ['The river summit will open on Friday.', [{ text: 'Friday', value: '2023-05-12' }], '2023-05-12'],
    // negative: a verb of another clause keeps its own day
    [
      'The river summit was praised by the mayor, who resigned on Monday.',
      [{ text: 'Monday', value: '2023-05-08' }],
      null,
    ],
  ])('%s', (text, dates, date) => {
    expect(scored(eventsOf(text, dates))[0]?.date ?? null).toBe(date);
  });
});

describe('events in layouts of our own: a weekly agenda, a joint communiqué', () => {
  const read = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
  type Row = [name: string, date: string | null, status: string, participants: string[]];
  it.each<[string, Row[]]>([
    [
      'events2-ministry-weekly-agenda.txt',
      [
        [
          'meeting of the Harbour Safety Board at the ministry',
          '2026-03-09',
          'planned',
          ['the Harbour Safety Board', 'the Minister'],
        ],
        ['visit to the new ferry terminal', '2026-03-10', 'planned', ['Minister Aurelio Fenn']],
        ['talks on fishing quotas', '2026-03-11', 'planned', ['the Minister', 'the Ambassador of Kestria']],
        [
          'signing ceremony for the Coastal Pilotage Agreement',
          '2026-03-12',
          'planned',
          ['the Minister', 'the Director of the Kestrian Maritime Authority'],
        ],
        ['press conference', '2026-03-13', 'planned', ['the Minister']],
        ['Northern Seas Forum in Havnby', '2026-W09', 'past', ['the Minister']],
      ],
    ],
    [
      'events2-joint-communique.txt',
      [
        [
          'Third Ministerial Dialogue in Rivelle',
          '2026-05-18/2026-05-19',
          'past',
          ['the Republic of Alvania', 'the Federation of Norwick', 'Petra Holm', 'Oskar Vail'],
        ],
        ['first session', '2026-09', 'planned', []],
        ['negotiations on a visa facilitation agreement', '2026-05-19/2026-12-31', 'planned', ['The two sides']],
        ['first round of consultations on consular matters', '2026-05-12', 'past', []],
        ['second round', '2026-05-19/2026-09-04', 'planned', []],
        ['Fourth Ministerial Dialogue', '2027-01-01/2027-06-30', 'planned', []],
        ['official visit to Norwick', null, 'planned', ['Minister Holm']],
      ],
    ],
  ])('%s', (file, rows) => {
    const { events } = analyze(read(file));
    expect(events.map((e) => [e.name, e.date, e.status, e.participants])).toEqual(rows);
  });

  it('reads the communiqué’s numeric dates day first, as its dateline writes its date', () => {
    const { dates } = analyze(read('events2-joint-communique.txt'));
    expect(dates.filter((d) => d.text.includes('/')).map((d) => [d.text, d.value])).toEqual([
      ['12/05/2026', '2026-05-12'],
      ['04/09/2026', '2026-09-04'],
    ]);
  });
});

describe('who takes part, what is still to come, and which sessions and talks are occasions', () => {
  it.each<[string, string[]]>([
    ['The Governor will receive the Mayor of Brava for talks.', ['The Governor', 'the Mayor of Brava']],
    ['The Governor will travel to Brava for a visit to the port.', ['The Governor']],
    ['Delegates held a meeting of the River Board.', ['the River Board', 'Delegates']],
    ['Officials held a meeting of county mayors.', ['county mayors', 'Officials']],
    [
      'Talks between the Republic of Alba and the Kingdom of Brava took place.',
      ['the Republic of Alba', 'the Kingdom of Brava'],
    ],
    // negatives: a topic is no party; a participle clause names no party
    ['Officials held a discussion of rising costs.', ['Officials']],
    ['Reporters wishing to attend the briefing should register.', []],
  ])('%s', (text, participants) => {
    expect(scored(eventsOf(text))[0]?.participants).toEqual(participants);
  });

  it.each<[string, string | null, string | null]>([
    ['The Mayor accepted an invitation to pay a visit to Brava.', 'visit to Brava', 'planned'],
    ['The council set up a panel whose first session opened in May.', 'first session', null],
    ['The Governor will receive the envoy for talks.', 'talks', 'planned'],
    // negatives: talks asked for, or a visit already paid
    ['The council called for talks between the parties.', null, null],
    ['The Mayor paid a visit to Brava.', 'visit to Brava', 'past'],
  ])('%s', (text, name, status) => {
    const event = scored(eventsOf(text))[0];
    expect(event?.name ?? null).toBe(name);
    if (status) expect(event?.status).toBe(status);
  });

  it('joins a readout title’s meeting to the talks the text tells first', () => {
    const text =
      'Readout of the meeting between Governor Alba and Mayor Brava\n\nOn Monday, Governor Alba received Mayor Brava for talks on river quotas.';
    const events = scored(eventsOf(text, [{ text: 'Monday', value: '2023-05-08' }]));
    expect(events.map((e) => [e.name, e.date])).toEqual([
      ['meeting between Governor Alba and Mayor Brava', '2023-05-08'],
    ]);
  });
});

describe('event names: who met after a time adverb, listed places, the doer of a briefing', () => {
  it.each<[string, string]>([
    [
      'The council welcomed the session last week of the Mayors of Alba, Brava and Corvo in Delta.',
      'session last week of the Mayors of Alba, Brava and Corvo in Delta',
    ],
    [
      'She outlined the envoy’s upcoming trip to Alba, the Brava Islands, and Corvo.',
      'upcoming trip to Alba, the Brava Islands, and Corvo',
    ],
    ['The council heard a briefing by Special Envoy Lina Varga.', 'briefing by Special Envoy Lina Varga'],
    ['A visit by the Governor of Alba is planned for June.', 'visit by the Governor of Alba'],
    // negatives: a medium is no doer; a title's speakers stay out of its name; a time adverb
    // before a place keeps the place out
    ['The council heard a briefing by video link.', 'briefing'],
    ['Press Briefing by Spokesperson Ana Roe\n\nMODERATOR: Good afternoon.', 'Press Briefing'],
    ['Delegates attended the meeting on Monday in Delta.', 'meeting'],
  ])('%s', (text, name) => {
    expect(scored(eventsOf(text))[0]?.name).toBe(name);
  });

  it('dates an arranged visit and keeps "is planned" from making it generic', () => {
    const [event] = scored(eventsOf('A visit to Alba is planned for June.', [{ text: 'June', value: '2023-06' }]));
    expect([event?.name, event?.date, event?.status]).toEqual(['visit to Alba', '2023-06', 'planned']);
  });
});

describe('an event beside another, a participle after the subject, a stretch since a year', () => {
  it.each<[string, string[]]>([
    [
      'The governor held a meeting with the mayor on the sidelines of the summit.',
      ['meeting with the mayor', 'summit'],
    ],
    ['The ministers also held a meeting at the summit.', ['meeting', 'summit']],
    // negative: another sentence's "the summit" still refers back to the meeting it follows
    ['The ministers met at a summit in Delta. The summit closed with a declaration.', ['summit in Delta']],
  ])('%s', (text, names) => {
    expect(scored(eventsOf(text)).map((e) => e.name)).toEqual(names);
  });

  it.each<[string, DateSpec[], string | null]>([
    [
      'The visit, the first since 2019, will start on Monday.',
      [
        { text: '2019', value: '2019' },
        { text: 'Monday', value: '2023-05-15' },
      ],
      '2023-05-15',
    ],
    [
      'A ceremony marking the anniversary was held on Monday in Delta.',
      [{ text: 'Monday', value: '2023-05-08' }],
      '2023-05-08',
    ],
    // negative: nothing else dates it, and a year after "since" is no date of the event
    ['The visit is the first since 2019.', [{ text: '2019', value: '2019' }], null],
  ])('%s', (text, dates, date) => {
    expect(scored(eventsOf(text, dates))[0]?.date ?? null).toBe(date);
  });
});

describe('the other party after a time adverb, meetings without an object, who met in apposition', () => {
  it.each<[string, DateSpec[], string, string[]]>([
    [
      'Minister Ola Brenn spoke by telephone this morning with Premier Ruth Kale of Tarsia.',
      [{ text: 'this morning', value: '2023-05-10TMO' }],
      'spoke by telephone this morning with',
      ['Premier Ruth Kale', 'Minister Ola Brenn'],
    ],
    [
      'Mayor Dane Ito spoke by phone on Monday with Governor Lia Park.',
      [{ text: 'Monday', value: '2023-05-08' }],
      'spoke by phone on Monday with',
      ['Governor Lia Park', 'Mayor Dane Ito'],
    ],
    // negative: no "with" after the time adverb, so no other party
    [
      'Mayor Dane Ito spoke by phone this morning about the floods.',
      [{ text: 'this morning', value: '2023-05-10TMO' }],
      'spoke by phone',
      ['Mayor Dane Ito'],
    ],
  ])('%s', (text, dates, name, participants) => {
    const [event] = eventsOf(text, dates).filter((e) => e.mention === 'verbal');
    expect([event?.name, event?.participants]).toEqual([name, participants]);
  });

  it.each<[string, string[]]>([
    // the time adverb after the party is no part of it; "this" before a noun is
    ['Mayor Dane Ito met with Governor Lia Park this morning.', ['Governor Lia Park', 'Mayor Dane Ito']],
    ['Mayor Dane Ito met with this delegation on Monday.', ['this delegation', 'Mayor Dane Ito']],
  ])('%s: the parties are %j', (text, participants) => {
    const [event] = eventsOf(text).filter((e) => e.mention === 'verbal');
    expect(event?.participants).toEqual(participants);
  });

  it.each<[string, string[]]>([
    ['The presidents of Tarsia and Olmen, Ruth Kale and Ivo Dask, met in Varna on Friday.', ['Ruth Kale', 'Ivo Dask']],
    ['The two leaders met in Varna.', ['The two leaders']],
    ['The cabinet met at noon to review the budget.', ['The cabinet']],
    ['Ruth Kale and Ivo Dask met on Friday.', ['Ruth Kale', 'Ivo Dask']],
  ])('%s is a meeting of %j', (text, participants) => {
    const met = eventsOf(text).filter((e) => e.mention === 'verbal');
    expect(met.map((e) => [e.type, e.participants])).toEqual([['meeting', participants]]);
  });

  it.each([
    // negatives: a thing meets its targets or resistance; a passive; no subject that meets anyone
    ['The plan met its targets in April.'],
    ['The proposal met with strong resistance in the assembly.'],
    ['The targets were met in March.'],
    ['The budget met in full the needs of the schools.'],
    // a habit, no one meeting
    ['The council meets on the first Tuesday of each month.'],
  ])('%s has no meeting', (text) => {
    expect(eventsOf(text).filter((e) => e.mention === 'verbal')).toEqual([]);
  });
});

describe('event nouns of compounds, and places in common nouns', () => {
  it.each<[string, string, string]>([
    ['The minister will lead a trade mission to Osterby in June.', 'trade mission to Osterby', 'mission'],
    ['A protest march crossed the old town on Saturday.', 'protest march', 'march'],
    [
      'The state funeral of the former president will be held on Monday.',
      'state funeral of the former president',
      'funeral',
    ],
    ['The navies began a joint exercise off the coast.', 'joint exercise', 'exercise'],
    ['Tarsia will host a donor conference for the region.', 'donor conference for the region', 'conference'],
    ['The premier paid a working visit to Olmen.', 'working visit to Olmen', 'visit'],
  ])('%s names %s', (text, name, type) => {
    expect(scored(eventsOf(text)).map((e) => [e.name, e.type])).toEqual([[name, type]]);
  });

  it.each([
    // negatives: a mission of a body, a month, a verb of marching
    ['The mission of the agency is to protect the coast.'],
    ['The budget will be voted in March.'],
    ['Soldiers march past the palace every day.'],
  ])('%s has no event', (text) => {
    expect(scored(eventsOf(text))).toEqual([]);
  });

  it.each<[string, string, string | null, string | null]>([
    // a common-noun place stays in the name without being a place name, and the date after it still reaches the event
    ['A meeting in the capital is planned for Friday.', 'meeting in the capital', null, '2023-05-12'],
    ['The envoy met with the mayor in downtown Varna.', 'met with', null, null],
    // negative: a capitalised place is still the location; a phrase that is no place stays out
    ['A meeting in Varna is planned for Friday.', 'meeting in Varna', 'Varna', '2023-05-12'],
    ['A meeting in good faith is planned.', 'meeting', null, null],
  ])('%s', (text, name, location, date) => {
    const dates = text.includes('Friday') ? [{ text: 'Friday', value: '2023-05-12' }] : [];
    const [event] = eventsOf(text, dates);
    expect([event?.name, event?.location, event?.date ?? null]).toEqual([name, location, date]);
  });

  it('dates an event at a clock time without a day to the reference day', () => {
    const { events } = analyze('The ministers will hold talks at 15:00 in the capital.', {
      referenceDate: '2023-05-10',
    });
    expect(events.map((e) => [e.name, e.date, e.status])).toEqual([['talks', '2023-05-10', 'planned']]);
  });
});
