// The renderers are pure functions of an analysis: tested on one made by hand.
import { describe, expect, it } from 'vitest';
import { csvField, renderCsvRows } from '../src/render/csv.js';
import { escapeHtml, renderHtml } from '../src/render/html.js';
import { escapeMarkdown, renderMarkdown } from '../src/render/markdown.js';
import { renderPretty } from '../src/render/pretty.js';
import { calendarDay, oneLine, summarize } from '../src/render/summary.js';
import type { Analysis, DateOut, EventOut, QuoteOut } from '../src/types.js';

const quote = (id: string, kind: QuoteOut['kind'], speakerId: string | null, text: string): QuoteOut => ({
  id, kind, text, start: 0, end: text.length, speakerId, speaker: null, speakerMention: null, cue: 'said', reportedBy: null, rule: null,
});
const date = (id: string, text: string, value: string | null, extra: Partial<DateOut> = {}): DateOut => ({
  id, text, start: 0, end: text.length, type: 'date', value, mod: null, interval: null, ...extra,
});
const event = (id: string, name: string, date: string | null, status: EventOut['status'], dateId: string | null = null): EventOut => ({
  id, name, type: 'meeting', mention: 'nominal', start: 0, end: 0, status, date, dateId, participants: [], location: null, speakerId: null,
});

const analysis: Analysis = {
  schemaVersion: '1', offsetUnit: 'codepoint', source: 'made-up.txt', referenceDate: '2021-03-04', referenceDateSource: 'text',
  speakers: [
    { id: 's1', name: 'Dana Whitfield', kind: 'person', title: 'spokesperson', organization: 'Ministry of Rivers', mentions: [] },
    { id: 's2', name: 'the board', kind: 'organization', title: null, organization: null, mentions: [] },
  ],
  quotes: [
    quote('q1', 'indirect', 's1', 'the talks would resume'),
    quote('q2', 'direct', 's1', 'We are ready,\n  and we are "patient".'),
    quote('q3', 'direct', null, 'Nobody <claims> this'),
    quote('q4', 'mixed', 's2', 'it was *final*'),
  ],
  dates: [
    date('d1', 'next spring', '2021-SP'),
    date('d2', 'March 20', '2021-03-20'),
    date('d3', 'last month', '2021-02'),
    date('d4', 'two years', 'P2Y', { type: 'duration' }),
    date('d5', 'on Thursday', null),
  ],
  events: [
    event('e1', 'ministerial meeting', '2021-03-20', 'planned', 'd2'),
    event('e2', 'summit', '2021-02-01/2021-02-28', 'past'),
    event('e3', 'talks', null, 'ongoing'),
  ],
  entities: { people: [], organizations: [], places: [] },
};

describe('summary model', () => {
  const s = summarize(analysis);

  it('lists each speaker with direct quotes first, then reported ones', () => {
    expect(s.speakers.map((sp) => [sp.speaker.id, sp.direct.map((q) => q.id), sp.reported.map((q) => q.id)])).toEqual([
      ['s1', ['q2'], ['q1']],
      ['s2', [], ['q4']],
    ]);
    expect(s.unattributed.map((q) => q.id)).toEqual(['q3']);
  });

  it('puts dates and dated events in calendar order, undated and unresolved apart', () => {
    expect(s.timeline.map((e) => [e.value, e.dates.map((d) => d.id), e.events.map((ev) => ev.id)])).toEqual([
      ['2021-02', ['d3'], []],
      ['2021-02-01/2021-02-28', [], ['e2']],
      ['2021-SP', ['d1'], []],
      ['2021-03-20', ['d2'], ['e1']],
    ]);
    expect(s.undatedEvents.map((e) => e.id)).toEqual(['e3']);
    expect(s.unresolvedDates.map((d) => d.id)).toEqual(['d5']);
    expect(s.otherDates.map((d) => d.id)).toEqual(['d4']);
  });

  it.each([
    ['2020-10-22', null, '2020-10-22'],
    ['2020-11', '2020-11-11/2020-11-20', '2020-11-11'],
    ['2020-W43', null, '2020-10'],
    ['2020-Q4', null, '2020-10'],
    ['2020-SU', null, '2020-06'],
    ['2020', null, '2020'],
    ['199', null, null],
    ['PRESENT_REF', null, null],
    ['P2Y', null, null],
    [null, null, null],
  ])('calendarDay(%j, %j) is %j', (value, interval, day) => {
    expect(calendarDay(value, interval)).toBe(day);
  });

  it.each([
    ['  a\n\n b\tc ', Infinity, 'a b c'],
    ['😀😀😀😀', 3, '😀😀…'],
    ['short', 10, 'short'],
  ])('oneLine(%j, %d) is %j', (text, max, expected) => {
    expect(oneLine(text, max)).toBe(expected);
  });
});

describe('pretty', () => {
  it('shows source, reference date and where it came from, speakers with role and counts', () => {
    const out = renderPretty(analysis, 0);
    expect(out).toContain('made-up.txt');
    expect(out).toContain("2021-03-04 (from the text's dateline or date header)");
    expect(out).toMatch(/Dana Whitfield, spokesperson, Ministry of Rivers \[person\] 2 quotes \(1 direct, 1 reported\)/);
    expect(out.indexOf('We are ready')).toBeLessThan(out.indexOf('the talks would resume'));
    expect(out).toMatch(/Unattributed quotes \(1\)/);
    expect(out).toMatch(/planned\s+meeting: ministerial meeting/);
    expect(out.indexOf('2021-02')).toBeLessThan(out.indexOf('2021-03-20'));
  });

  it('colours only when given a level', () => {
    expect(renderPretty(analysis, 0)).not.toMatch(/\u001b\[/);
    expect(renderPretty(analysis, 1)).toMatch(/\u001b\[/);
  });

  it('says how to anchor relative dates when there is no reference date', () => {
    expect(renderPretty({ ...analysis, referenceDate: null, referenceDateSource: null }, 0)).toContain('--reference-date YYYY-MM-DD');
  });
});

describe('markdown', () => {
  it('has the same sections as the summary, with markup escaped', () => {
    const out = renderMarkdown(analysis);
    expect(out).toMatch(/^## made-up\.txt\n/);
    expect(out).toContain('#### Dana Whitfield');
    expect(out).toContain('mixed: it was \\*final\\*');
    expect(out).toContain('| 2021-03-20 | “March 20” | planned: meeting: ministerial meeting |');
  });

  it.each([
    ['*bold* _it_', '\\*bold\\* \\_it\\_'],
    ['a | b', 'a \\| b'],
    ['plain words, 2021.', 'plain words, 2021.'],
  ])('escapeMarkdown(%j)', (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });
});

describe('html', () => {
  it('is one escaped page with an article per analysis', () => {
    const out = renderHtml([{ analysis, text: 'Nobody <claims> this' }, { analysis: { ...analysis, source: 'second.txt' } }]);
    expect(out.match(/<article /g)).toHaveLength(2);
    expect(out.replace(/<\/?(mark|span)\b[^>]*>/g, '')).toContain('Nobody &#60;claims&#62; this');
    expect(out).not.toContain('<claims>');
  });

  it.each([
    ['<b>"x" & \'y\'</b>', '&#60;b&#62;&#34;x&#34; &#38; &#39;y&#39;&#60;/b&#62;'],
    ['no markup', 'no markup'],
  ])('escapeHtml(%j)', (text, expected) => {
    expect(escapeHtml(text)).toBe(expected);
  });
});

describe('csv', () => {
  it('writes one row per quote with its speaker', () => {
    const rows = renderCsvRows(analysis).split('\r\n').filter(Boolean);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toBe('made-up.txt,q1,indirect,s1,Dana Whitfield,person,spokesperson,Ministry of Rivers,said,0,22,the talks would resume');
    expect(rows[2]).toBe('made-up.txt,q3,direct,,,,,,said,0,20,Nobody <claims> this');
  });

  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [null, ''],
    [42, '42'],
  ])('csvField(%j) is %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});
