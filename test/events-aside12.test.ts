// An event's status told by the verb after a phrase set off by commas: "The summit, scheduled for
// 12 May, was postponed". Texts written for these tests; negatives beside them.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';

const statusOf = (text: string, name: string) =>
  analyze(text, { referenceDate: '2026-03-04' }).events.find((e) => e.name === name)?.status ?? null;

describe('status past a phrase set off by commas', () => {
  it.each<[string, string, string | null]>([
    ['The summit, scheduled for 12 May, was postponed.', 'summit', 'postponed'],
    ['The ministerial, set to open in Orsk on Monday, has been cancelled.', 'ministerial', 'cancelled'],
    ['The hearing, which had been planned for Friday, was called off.', 'hearing', 'cancelled'],
    ['The talks, first proposed in January, were delayed by a week.', 'talks', 'postponed'],
    // the verb after the aside is not a passive of the event, or a relative clause postponed something else
    ['The summit, scheduled for 12 May, will adopt a declaration.', 'summit', 'planned'],
    ['The recent summit, which postponed the vote, ended on Friday.', 'recent summit', 'past'],
    ['The summit, held in Orsk, agreed to postpone the vote.', 'summit', 'past'],
  ])('%j', (text, name, status) => expect(statusOf(text, name)).toBe(status));
});
