// Across many statements: one entry per person however each text names them, counts per speaker
// and per text, and one timeline of dated events and quotes.
import { describe, expect, it } from 'vitest';
import { joinNames, nameWords, type NameToJoin } from '../src/summary/identity.js';
import { summarizeCorpus } from '../src/summary/index.js';
import {
  renderCorpusHtml,
  renderCorpusJson,
  renderCorpusMarkdown,
  renderCorpusPretty,
  speechActCounts,
} from '../src/summary/render.js';
import type { Analysis, QuoteOut, SpeakerOut } from '../src/types.js';

const person = (name: string, text: number): NameToJoin => ({ name, kind: 'person', text });

describe('nameWords', () => {
  it.each([
    ['Zhao Lintao', 'person', ['zhao', 'lintao']],
    ['Colonel Zhao', 'person', ['zhao']],
    ['Spokesperson Zhao Lintao', 'person', ['zhao', 'lintao']],
    ['Secretary of State Mara Quill', 'person', ['mara', 'quill']],
    ['Ms. Quill', 'person', ['quill']],
    ['José Núñez', 'person', ['jose', 'nunez']],
    ['the Secretary', 'person', ['secretary']],
    ['The Harbour Authority', 'organization', ['harbour', 'authority']],
    ['Ministry of Rivers', 'organization', ['ministry', 'of', 'rivers']],
  ] as const)('%s (%s) → %j', (name, kind, words) => {
    expect(nameWords(name, kind)).toEqual(words);
  });
});

describe('joinNames', () => {
  it('joins a full name, a titled surname and a bare surname across texts', () => {
    expect(joinNames([person('Zhao Lintao', 0), person('Colonel Zhao', 1), person('Zhao', 2)])).toEqual([0, 0, 0]);
  });

  it('joins in whatever order the texts come', () => {
    expect(joinNames([person('Zhao', 0), person('Colonel Zhao', 1), person('Zhao Lintao', 2)])).toEqual([0, 0, 0]);
  });

  it('keeps a surname two full names share apart, unless its own text names one of them', () => {
    const ids = joinNames([
      person('Elena Marsh', 0),
      person('Tom Marsh', 1),
      person('Marsh', 2),
      person('Ms. Marsh', 1),
    ]);
    expect(ids[0]).not.toBe(ids[1]);
    expect(ids[2]).not.toBe(ids[0]);
    expect(ids[2]).not.toBe(ids[1]);
    expect(ids[3]).toBe(ids[1]);
  });

  it('does not join different people, or a person with an organisation of the same words', () => {
    const ids = joinNames([
      person('Elena Marsh', 0),
      person('Elena Quill', 1),
      { name: 'Marsh', kind: 'organization', text: 2 },
    ]);
    expect(new Set(ids).size).toBe(3);
  });

  it('joins organisations on their name, case and "the" aside', () => {
    const ids = joinNames([
      { name: 'The Harbour Authority', kind: 'organization', text: 0 },
      { name: 'harbour authority', kind: 'organization', text: 1 },
    ]);
    expect(ids[0]).toBe(ids[1]);
  });
});

const speaker = (
  id: string,
  name: string,
  title: string | null = null,
  kind: SpeakerOut['kind'] = 'person',
): SpeakerOut => ({
  id,
  name,
  kind,
  title,
  organization: null,
  mentions: [],
});
const quote = (
  id: string,
  speakerId: string | null,
  text: string,
  start: number,
  extra: Partial<QuoteOut> = {},
): QuoteOut => ({
  id,
  kind: 'direct',
  text,
  start,
  end: start + text.length,
  speakerId,
  speaker: null,
  speakerMention: null,
  cue: 'said',
  reportedBy: null,
  rule: null,
  speechAct: 'statement',
  speechActCue: null,
  cameo: null,
  ...extra,
});
const analysis = (source: string, rest: Partial<Analysis>): Analysis => ({
  schemaVersion: '1',
  offsetUnit: 'codepoint',
  source,
  referenceDate: null,
  referenceDateSource: null,
  referenceDateOrigin: null,
  speakers: [],
  quotes: [],
  dates: [],
  events: [],
  entities: { people: [], organizations: [], places: [] },
  ...rest,
});

const first = analysis('a.txt', {
  referenceDate: '2024-05-06',
  speakers: [speaker('s1', 'Zhao Lintao', 'spokesperson'), speaker('s2', 'a source', null, 'unnamed')],
  quotes: [
    quote('q1', 's1', 'We will meet on Friday.', 0, { speechAct: 'intent' }),
    quote('q2', 's1', 'We ask both sides to stop.', 40, { speechAct: 'appeal' }),
    quote('q3', null, 'Nobody knows.', 80),
  ],
  dates: [
    {
      id: 'd1',
      text: 'Friday',
      start: 15,
      end: 21,
      type: 'date',
      value: '2024-05-10',
      mod: null,
      interval: '2024-05-10/2024-05-10',
    },
  ],
  events: [
    {
      id: 'e1',
      name: 'border talks',
      type: 'talks',
      mention: 'nominal',
      start: 0,
      end: 0,
      status: 'planned',
      date: '2024-05-10',
      dateId: 'd1',
      participants: [],
      location: null,
      speakerId: 's1',
    },
  ],
});
const second = analysis('b.txt', {
  speakers: [speaker('s1', 'Colonel Zhao', 'colonel'), speaker('s2', 'Harbour Authority', null, 'organization')],
  quotes: [
    quote('q1', 's1', 'We reject the claim.', 0, { kind: 'indirect', speechAct: 'appeal' }),
    quote('q2', 's2', 'The port is open.', 30),
  ],
  events: [
    {
      id: 'e1',
      name: 'harbour review',
      type: 'review',
      mention: 'nominal',
      start: 0,
      end: 0,
      status: 'past',
      date: '2024-04',
      dateId: null,
      participants: [],
      location: null,
      speakerId: null,
    },
  ],
});

describe('summarizeCorpus', () => {
  const c = summarizeCorpus([first, second]);

  it('merges one person named differently in two texts, most quoted first', () => {
    expect(c.speakers.map((s) => [s.name, s.quotes])).toEqual([
      ['Zhao Lintao', 3],
      ['Harbour Authority', 1],
    ]);
    const zhao = c.speakers[0]!;
    expect(zhao.names).toEqual(['Zhao Lintao', 'Colonel Zhao']);
    expect(zhao.sources).toEqual([
      { source: 'a.txt', quotes: 2 },
      { source: 'b.txt', quotes: 1 },
    ]);
    expect([zhao.direct, zhao.reported]).toEqual([2, 1]);
    expect(zhao.titles).toEqual(['spokesperson', 'colonel']);
  });

  it('counts speech acts per speaker where quotes carry them', () => {
    expect(c.speakers[0]!.speechActs).toEqual({ intent: 1, appeal: 2 });
    expect(speechActCounts(c.speakers[0]!)).toBe('appeals: 2, intentions: 1');
    expect(speechActCounts(c.speakers[1]!)).toBe('statements: 1');
    expect(speechActCounts({ ...c.speakers[1]!, speechActs: {} })).toBeNull();
  });

  it('counts quotes per text and those without a speaker; drops unnamed sources that said nothing', () => {
    expect(c.sources.map((s) => [s.source, s.quotes, s.speakers, s.events])).toEqual([
      ['a.txt', 3, 2, 1],
      ['b.txt', 2, 2, 1],
    ]);
    expect([c.texts, c.quotes, c.unattributed]).toEqual([2, 5, 1]);
    expect(c.speakers.some((s) => s.name === 'a source')).toBe(false);
  });

  it('puts the dated events and quotes of all texts on one timeline, in calendar order', () => {
    expect(c.timeline.map((e) => [e.label, e.items.map((i) => [i.kind, i.source, i.speaker])])).toEqual([
      ['April 2024', [['event', 'b.txt', null]]],
      [
        'Fri 10 May 2024',
        [
          ['quote', 'a.txt', 'Zhao Lintao'],
          ['event', 'a.txt', 'Zhao Lintao'],
        ],
      ],
    ]);
    expect(c.undatedEvents).toBe(0);
  });

  it('renders in every format', () => {
    const pretty = renderCorpusPretty(c, { color: 0, width: 80, full: false });
    expect(pretty).toContain('Across 2 texts, 5 quotes, 2 speakers, 1 quote without a speaker');
    expect(pretty).toMatch(
      /Zhao Lintao, spokesperson, colonel · 3 quotes \(2 direct, 1 reported\)\n +also named Colonel Zhao\n +in a\.txt 2, b\.txt 1\n +speech acts appeals: 2, intentions: 1/,
    );
    expect(pretty).toMatch(/Fri 10 May 2024 +quote +Zhao Lintao: “We will meet on Friday\.” \(a\.txt\)/);
    expect(renderCorpusMarkdown(c)).toContain(
      '| Zhao Lintao | spokesperson, colonel | 3 quotes (2 direct, 1 reported) | a.txt 2, b.txt 1 | appeals: 2, intentions: 1 | Colonel Zhao |',
    );
    expect(renderCorpusHtml(c)).toMatch(/^<!doctype html>[\s\S]*<td>Zhao Lintao<\/td>[\s\S]*<\/html>\n$/);
    expect(JSON.parse(renderCorpusJson(c))).toMatchObject({
      summaryVersion: '1',
      texts: 2,
      speakers: [{ name: 'Zhao Lintao' }, { name: 'Harbour Authority' }],
    });
  });
});
