// The place named after an event's two complements ("a meeting with representatives of the
// Nurses' Union in Wellhaven"): the event's location, though left out of its name. Texts written
// for these tests; negatives beside them: a language, a month, a person.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';

const placeOf = (text: string) =>
  analyze(text, { referenceDate: '2026-03-04' }).events.map((e) => [e.name, e.location]);

describe('a place after two complements', () => {
  it.each<[string, (string | null)[][]]>([
    [
      "The minister held a meeting with representatives of the Nurses' Union in Wellhaven on Monday.",
      [["meeting with representatives of the Nurses' Union", 'Wellhaven']],
    ],
    [
      'The governor chaired a session of the council on water in Port Alder.',
      [['session of the council on water', 'Port Alder']],
    ],
    // a language, a month, a person after the complements is no place
    [
      'The minister held a meeting with representatives of the union in English.',
      [['meeting with representatives of the union', null]],
    ],
    [
      'The minister held a meeting with representatives of the union in March.',
      [['meeting with representatives of the union', null]],
    ],
  ])('%j', (text, expected) => expect(placeOf(text)).toEqual(expected));
});
