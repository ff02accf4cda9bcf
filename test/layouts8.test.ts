// Eighth round of layouts nobody tuned to (fixtures/layouts8-*.txt, written for these tests): a
// news report under a "Series: Headline" title with editors' notes and related links, which are no
// transcript labels; a source named after a description set off by commas ("The operator, Name,
// said"); a source's anonymity ("who asked not to be named"), which is no request it reports; the
// verbs of an exchange ("pressed", "answered", "retorted"); a report beside the subject's other verbs
// ("declined … but said", "“…” but declined to", "said on Monday, days after …").
import { describe, expect, it } from 'vitest';
import { describeLayouts, quotesOf } from './support/layouts.js';

describeLayouts([
  [
    'layouts8-headline-news.txt',
    [
      ['direct', 'The last boat leaves too early', 'Maren Achterberg'],
      ['indirect', 'the council would put the findings', 'Maren Achterberg'],
      ['indirect', 'it would study the report', 'Sound Line Ferries'],
    ],
    ['Ferry users want', 'The council published', 'Most ferry users', '‘The Island Needs', 'Ferry Fares'],
  ],
]);

/** Every quote as "kind|opening words|speaker". */
const credits = (text: string) => quotesOf(text).quotes.map((q) => `${q.kind}|${q.text}|${q.speaker ?? ''}`);

describe('a headline is no transcript label', () => {
  it.each([
    [
      'a series name before the title',
      'Rail Review: Night trains return to the coast line.\n\nThe first train left at midnight, the operator said.',
      ['indirect|The first train left at midnight|the operator'],
    ],
    [
      'a name before a title-case quote, on the first line and again in a related link',
      'Ana Roe: ‘We Will Not Close The Port’ This Winter.\n\nThe port stays open.\n\nAna Roe: The Harbour Needs New Cranes.\n\nThe cranes are old.',
      [],
    ],
    [
      'an editors’ note',
      'UPDATE: The road reopened on Friday.\n\nPREVIOUSLY:\n\nThe road was closed by a landslide.',
      [],
    ],
  ])('%s', (_name, text, expected) => expect(credits(text)).toEqual(expected));

  it.each([
    [
      'a transcript whose first turn is short (the hand-off to questions is procedure)',
      'MODERATOR: Good afternoon.\n\nMINISTER ANA ROE: Thank you. The port stays open.\n\nMODERATOR: Questions, please.\n\nQUESTION: When?\n\nMINISTER ANA ROE: All winter.',
      [
        'direct|Good afternoon.|MODERATOR',
        'direct|Thank you. The port stays open.|Ana Roe',
        'direct|All winter.|Ana Roe',
      ],
    ],
    [
      'a questioner’s thanks with a title in capitals',
      'PRIME MINISTER: We are ready.\n\nJOURNALIST: Thanks, Prime Minister.\n\nPRIME MINISTER: Thanks everyone.',
      ['direct|We are ready.|PRIME MINISTER', 'direct|Thanks everyone.|PRIME MINISTER'],
    ],
    [
      'a turn in capitals throughout',
      'ANA ROE: THE PORT STAYS OPEN ALL WINTER.\n\nQUESTION: WHY?\n\nANA ROE: THE CRANES ARE NEW.',
      ['direct|THE PORT STAYS OPEN ALL WINTER.|Ana Roe', 'direct|THE CRANES ARE NEW.|Ana Roe'],
    ],
  ])('%s keeps its labels', (_name, text, expected) => expect(credits(text)).toEqual(expected));
});

describe('a description, then the name set off by commas', () => {
  it.each([
    ['The operator, Sound Line Ferries, said it would study the report.', 'Sound Line Ferries'],
    ['The chief of staff, Lionel Amsel, said the county would appeal.', 'Lionel Amsel'],
    ['But her deputy, Lionel Amsel, said the county would appeal.', 'Lionel Amsel'],
    ['A police spokesman, Inspector Bram Tollens, said the road was closed.', 'Bram Tollens'],
    ['A senior official, who asked not to be named, said mediators would visit.', 'A senior official'],
  ])('%s', (text, speaker) => expect(quotesOf(text).quotes.map((q) => q.speaker)).toEqual([speaker]));

  it.each([
    ['a fronted adjunct', 'Yesterday, Ana Ruiz, said the road was closed.'],
    ['a fronted phrase with no determiner', 'Under the plan, Ana Ruiz, said the road was closed.'],
  ])('%s names no source', (_name, text) => expect(quotesOf(text).quotes).toEqual([]));
});

describe('a source’s anonymity is no request it reports', () => {
  it.each([
    [
      'who asked not to be named because the talks are confidential, said',
      'A diplomat, who asked not to be named because the talks are confidential, said the talks had stalled.',
      ['indirect|the talks had stalled|A diplomat'],
    ],
    ['asked to remain anonymous', 'The witness asked to remain anonymous.', []],
    [
      'a request with an addressee stays',
      'The minister asked the council to publish the report.',
      ['indirect|the council to publish the report|The minister'],
    ],
  ])('%s', (_name, text, expected) => expect(credits(text)).toEqual(expected));
});

describe('the verbs of an exchange credit the quotes beside them', () => {
  it.each([
    ['“Is it negotiable?” the host pressed.', ['direct|Is it negotiable?|the host']],
    ['“I would say this,” Ana Roe answered.', ['direct|I would say this|Ana Roe']],
    ['“Not at all,” Ana Roe retorted.', ['direct|Not at all|Ana Roe']],
    ['Ana Roe answered that the plan was fair.', ['indirect|the plan was fair|Ana Roe']],
  ])('%s', (text, expected) => expect(credits(text)).toEqual(expected));

  it.each([
    ['The senator pressed the case for reform.'],
    ['Ana Roe answered the phone.'],
    ['Ana Roe answered every question in the hearing.'],
  ])('%s reports nothing', (text) => expect(credits(text)).toEqual([]));
});

describe('a report beside the reporting subject’s other verbs', () => {
  it.each([
    [
      'declined, but said',
      'Dana Kiriou declined to confirm the visit but said the commission would help.',
      ['indirect|the commission would help|Dana Kiriou'],
    ],
    [
      'a quotation, then “but declined”',
      'Amira Tessaly said the issue “is always on the agenda” but declined to give details.',
      ['mixed|the issue “is always on the agenda”|Amira Tessaly'],
    ],
    [
      'a writer’s adjunct after a mid credit',
      'The port is ready to reopen, Ilse Marrek said on Monday, days after the storm ended.',
      ['indirect|The port is ready to reopen|Ilse Marrek'],
    ],
  ])('%s', (_name, text, expected) => expect(credits(text)).toEqual(expected));

  it.each([
    [
      'a second quotation joined by “and that”',
      'Amira Tessaly said the plan “will not work” and that the council “knew it”.',
      ['mixed|the plan “will not work” and that the council “knew it”|Amira Tessaly'],
    ],
    [
      'a mid credit inside one clause',
      'The plan, Ilse Marrek said, will fail because the money ran out.',
      ['indirect|will fail because the money ran out|Ilse Marrek'],
    ],
    ['“but” joining two subjects', 'Dana Kiriou wanted more money but the council said no.', []],
  ])('%s stays as it was', (_name, text, expected) => expect(credits(text)).toEqual(expected));
});
