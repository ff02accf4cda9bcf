import { describe, expect, it } from 'vitest';
import { tag } from '../src/adapters/compromise.js';
import { buildDocument } from '../src/document/build.js';
import { groupMentions } from '../src/events/coref.js';
import type { Mention } from '../src/events/mention.js';
import { findNamedPatterns } from '../src/events/patterns.js';
import { findPhrases } from '../src/events/phrases.js';
import { segmentsOf, type Segment } from '../src/events/segments.js';
import { findVerbal } from '../src/events/verbal.js';
import { pushAll } from '../src/arrays.js';

function mentionsOf(text: string): [Mention[], Segment[]] {
  const mentions: Mention[] = [];
  const segments = segmentsOf(buildDocument(text, tag(text)));
  segments.forEach((seg, k) => {
    pushAll(mentions, [...findNamedPatterns(text, seg, k), ...findPhrases(text, seg, k), ...findVerbal(text, seg, k)]);
  });
  return [mentions, segments];
}

/** The mentions of a text, grouped without dates: [names of each group, rules that joined them]. */
function groupsOf(text: string): [string[], string[]][] {
  const [mentions, segments] = mentionsOf(text);
  return groupMentions(text, mentions, () => null, segments).map((g) => [
    g.mentions.map((m) => text.slice(m.start, m.end)),
    g.rules,
  ]);
}

describe('coreference records the rule that joined each mention', () => {
  it.each<[string, [string[], string[]][]]>([
    [
      'The Coastal Summit opens today. Delegates said the summit would adopt a plan.',
      [
        [
          ['Coastal Summit', 'summit'],
          ['first', 'anaphor'],
        ],
      ],
    ],
    [
      'Voters backed the plan in their parliamentary elections. The parliamentary elections were calm.',
      [
        [
          ['parliamentary elections', 'parliamentary elections'],
          ['first', 'same-words'],
        ],
      ],
    ],
    [
      'The mayor opened HarborCon, the city’s annual conference, on Monday.',
      [
        [
          ['HarborCon', 'annual conference'],
          ['first', 'apposition'],
        ],
      ],
    ],
    [
      'The Harbor City meeting ended. The Harbor summit closed.',
      [
        [
          ['Harbor City meeting', 'Harbor summit'],
          ['first', 'proper-word'],
        ],
      ],
    ],
    // Must not join: a definite phrase with a noun the first mention lacks is another event.
    [
      'The regional dialogue ended. The water dialogue starts soon.',
      [
        [['regional dialogue'], ['first']],
        [['water dialogue'], ['first']],
      ],
    ],
  ])('%s', (text, groups) => {
    expect(groupsOf(text)).toEqual(groups);
  });
});

describe('each mention records the rule that found it', () => {
  it.each([
    ['Veterans recalled Operation Blue Anchor.', 'Operation Blue Anchor', 'operation-name'],
    ['The navy joined SEALINK 2019 in the bay.', 'SEALINK 2019', 'acronym-year'],
    ['Developers gathered at HarborCon.', 'HarborCon', 'con-name'],
    ['The ministers held a meeting on trade.', 'meeting on trade', 'event-noun'],
    ['The envoy attended the Harbor Security Forum.', 'Harbor Security Forum', 'proper-name'],
    ['Mayor Ito spoke by phone with Governor Park.', 'spoke by phone', 'verb-call'],
  ])('%s', (text, name, rule) => {
    expect(mentionsOf(text)[0].map((m) => [text.slice(m.start, m.end), m.rule])).toContainEqual([name, rule]);
  });
});

describe('one event per occasion: predicates, the text’s own occasion, a ceremony at an act, a later name', () => {
  it.each<[string, [string[], string[]][]]>([
    [
      'The envoy will make a visit to Lisbon in May. Reporters asked about it. It’s a short trip.',
      [
        [
          ['visit to Lisbon', 'short trip'],
          ['first', 'predicate'],
        ],
      ],
    ],
    // Must not join: an indefinite phrase that is not said of "it" is a new event.
    [
      'The envoy will make a visit to Lisbon in May. She also plans a short trip to Porto.',
      [
        [['visit to Lisbon'], ['first']],
        [['short trip to Porto'], ['first']],
      ],
    ],
    [
      'Briefing with the Harbor Commissioner\n\nMODERATOR: Thanks for joining this call today.',
      [
        [
          ['Briefing with the Harbor Commissioner', 'call'],
          ['first', 'occasion'],
        ],
      ],
    ],
    // Must not join: "this call" with no title naming an occasion stays its own event.
    ['MODERATOR: Thanks for joining this call today.', [[['call'], ['first']]]],
    [
      'The mayor will attend a ceremony with the two firms at a signing of a port lease between them.',
      [
        [
          ['ceremony', 'signing of a port lease'],
          ['first', 'held-at'],
        ],
      ],
    ],
    // Must not join: a signing held elsewhere, after the sentence ends.
    [
      'The mayor attended a ceremony at the harbor. At noon came a signing of the lease.',
      [
        [['ceremony'], ['first']],
        [['signing of the lease'], ['first']],
      ],
    ],
    [
      'The two leaders spoke ahead of the summit. It is the first Harbor Summit that both attend.',
      [
        [
          ['summit', 'first Harbor Summit'],
          ['first', 'named-later'],
        ],
      ],
    ],
    // Must not join: a bare summit that named an event earlier is not renamed by another summit.
    [
      'The Coastal Summit opened. The summit ended. Delegates looked to the Harbor Summit next year.',
      [
        [
          ['Coastal Summit', 'summit'],
          ['first', 'anaphor'],
        ],
        [['Harbor Summit'], ['first']],
      ],
    ],
  ])('%s', (text, groups) => {
    expect(groupsOf(text)).toEqual(groups);
  });
});
