// Events told with days joined by "and" before who held them ("Talks on Monday and Tuesday between
// the ministry and the union"), a verb after such a time adverb giving the status ("ended"), and
// "under way" / "in progress" as happening now, with the place after it. Texts written for these
// tests; negatives beside them.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';

const REF = '2026-03-10';
const eventsOf = (text: string) =>
  analyze(text, { referenceDate: REF }).events.map((e) => [e.name, e.status, e.date, e.location]);

describe('days joined by "and", "under way"', () => {
  it.each<[string, (string | null)[][]]>([
    [
      'Talks on Monday and Tuesday between the port authority and the dockers ended without agreement.',
      [
        [
          'Talks on Monday and Tuesday between the port authority and the dockers',
          'past',
          '2026-03-09/2026-03-10',
          null,
        ],
      ],
    ],
    [
      'Meetings on 3 and 4 March with the growers ended early.',
      [['Meetings on 3 and 4 March with the growers', 'past', '2026-03-03/2026-03-04', null]],
    ],
    // the verb after the days gives the status, not the days around the reference day
    ['Talks on Monday and Tuesday ended without agreement.', [['Talks', 'past', '2026-03-09/2026-03-10', null]]],
    [
      'Emergency talks between the water boards and the canal trust are under way in Brenlow.',
      [['Emergency talks between the water boards and the canal trust', 'ongoing', null, 'Brenlow']],
    ],
    ['The review meeting is in progress.', [['review meeting', 'ongoing', null, null]]],
    // planned, or past, whatever "under way" says
    ['The talks will be under way by Friday.', [['talks', 'planned', '2026-03-10/2026-03-13', null]]],
    // days joined by "and" with no party after them name no one; a plural without an occasion is none
    ['Talks on trade and fisheries are useful.', []],
    ['Work is under way in Brenlow.', []],
  ])('%j', (text, expected) => expect(eventsOf(text)).toEqual(expected));
});
