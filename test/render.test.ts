// The renderers are pure functions of an analysis: tested on one made by hand.
import { describe, expect, it } from 'vitest';
import { csvField, renderCsvRows } from '../src/render/csv.js';
import { escapeHtml, renderHtml } from '../src/render/html.js';
import { escapeMarkdown, renderMarkdown } from '../src/render/markdown.js';
import { calendarDay } from '../src/render/humanize.js';
import { QUOTE_CUT, renderPretty, type PrettyOptions } from '../src/render/pretty.js';
import { quoteDates } from '../src/render/quote-dates.js';
import { cueLabel, oneLine, speakerRole, summarize } from '../src/render/summary.js';
import { displayWidth } from '../src/render/wrap.js';
import type { Analysis, DateOut, EventOut, QuoteOut } from '../src/types.js';

const quote = (id: string, kind: QuoteOut['kind'], speakerId: string | null, text: string): QuoteOut => ({
  id,
  kind,
  text,
  start: 0,
  end: text.length,
  speakerId,
  speaker: null,
  speakerMention: null,
  cue: 'said',
  reportedBy: null,
  rule: null,
  speechAct: 'statement',
  speechActCue: null,
  cameo: '01',
});
const date = (id: string, text: string, value: string | null, extra: Partial<DateOut> = {}): DateOut => ({
  id,
  text,
  start: 0,
  end: text.length,
  type: 'date',
  value,
  mod: null,
  interval: null,
  ...extra,
});
const event = (
  id: string,
  name: string,
  date: string | null,
  status: EventOut['status'],
  dateId: string | null = null,
): EventOut => ({
  id,
  name,
  type: 'meeting',
  mention: 'nominal',
  start: 0,
  end: 0,
  status,
  date,
  dateId,
  participants: [],
  location: null,
  speakerId: null,
});

const analysis: Analysis = {
  schemaVersion: '1',
  offsetUnit: 'codepoint',
  source: 'made-up.txt',
  referenceDate: '2021-03-04',
  referenceDateSource: 'text',
  referenceDateOrigin: null,
  speakers: [
    {
      id: 's1',
      name: 'Dana Whitfield',
      kind: 'person',
      title: 'spokesperson',
      organization: 'Ministry of Rivers',
      mentions: [],
    },
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

const plain: PrettyOptions = { color: 0, width: 80, full: false };
const ANSI = /\u001b\[[0-9;]*m/g;

describe('pretty', () => {
  it('shows source, reference date and where it came from, speakers with role and counts', () => {
    const out = renderPretty(analysis, { ...plain, width: 200 });
    expect(out).toContain('made-up.txt');
    expect(out).toContain("Thu 4 Mar 2021 (from the text's dateline or date header)");
    expect(out).toMatch(
      /Dana Whitfield, spokesperson, Ministry of Rivers · person · 2 quotes \(1 direct, 1 reported\)/,
    );
    expect(out.indexOf('We are ready')).toBeLessThan(out.indexOf('the talks would resume'));
    expect(out).toMatch(/Unattributed quotes \(1\)/);
    expect(out).toMatch(/Sat 20 Mar 2021 +“March 20”\n +planned +meeting: ministerial meeting/);
    expect(out.indexOf('February 2021')).toBeLessThan(out.indexOf('Sat 20 Mar 2021'));
  });

  it('shows dates in words, never TIMEX3 codes', () => {
    const out = renderPretty(analysis, plain);
    for (const code of ['2021-SP', '2021-02', 'P2Y', '2021-03-20']) expect(out).not.toContain(code);
    expect(out).toMatch(/^  2 years +“two years”$/m);
    expect(out).toMatch(/^  spring 2021 +“next spring”$/m);
  });

  it.each([40, 60, 80, 120])('wraps every line to %d columns, continuation lines indented', (width) => {
    const long = { ...analysis, quotes: [quote('q1', 'direct', 's1', 'word '.repeat(40).trim())] };
    const lines = renderPretty(long, { ...plain, width })
      .trimEnd()
      .split('\n');
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(width);
    const at = lines.findIndex((l) => l.startsWith('    “word'));
    expect(lines[at + 1]).toMatch(/^ {5}word/);
  });

  it('cuts a long quote and says by how much; --full shows it whole', () => {
    const words = 'abcdefghi '.repeat(40).trim();
    const long = { ...analysis, quotes: [quote('q1', 'direct', 's1', words)] };
    const cut = renderPretty(long, { ...plain, width: 1000 });
    const more = Number(/\(\+(\d+) chars, --full\)/.exec(cut)?.[1]);
    expect(more).toBeGreaterThan(0);
    expect(Array.from(words).length - more).toBeLessThanOrEqual(QUOTE_CUT);
    expect(cut).toContain('abcdefghi…”');
    const whole = renderPretty(long, { ...plain, width: 1000, full: true });
    expect(whole).toContain(`“${words}”`);
    expect(whole).not.toContain('--full');
  });

  it('keeps the timeline column when a label is wider than it', () => {
    const wide = {
      ...analysis,
      dates: [date('d1', 'Dec 30 to Jan 2', '2022-12-30/2023-01-02'), date('d2', 'May 1', '2023-05-01')],
      events: [],
    };
    const lines = renderPretty(wide, { ...plain, width: 60 }).split('\n');
    expect(lines).toContain('  30 Dec 2022 – 2 Jan 2023');
    const next = lines[lines.indexOf('  30 Dec 2022 – 2 Jan 2023') + 1]!;
    const may = lines.find((l) => l.includes('“May 1”'))!;
    expect(next.indexOf('“')).toBe(may.indexOf('“'));
  });

  it('shows a transcript turn as said at the briefing, not by its label', () => {
    const turn = { ...quote('q1', 'direct', 's1', 'We are ready.'), cue: 'MS WHITFIELD:', rule: 'transcript-label' };
    expect(cueLabel(turn)).toBe('briefing');
    expect(cueLabel(quote('q2', 'direct', 's1', 'x'))).toBe('said');
    const out = renderPretty({ ...analysis, quotes: [turn] }, plain);
    expect(out).toMatch(/“We are ready\.” \(briefing\b/);
    expect(out).not.toContain('MS WHITFIELD:');
  });

  it('paints no status red, not even an unknown one', () => {
    const out = renderPretty(
      { ...analysis, events: [event('e9', 'talks', '2021-03-20', null, 'd2')] },
      { ...plain, color: 1 },
    );
    expect(out).toContain('unknown');
    expect(out).not.toMatch(/\u001b\[31m/);
    expect(out.replace(ANSI, '')).toBe(
      renderPretty({ ...analysis, events: [event('e9', 'talks', '2021-03-20', null, 'd2')] }, plain),
    );
  });

  it('colours only when given a level', () => {
    expect(renderPretty(analysis, plain)).not.toMatch(/\u001b\[/);
    expect(renderPretty(analysis, { ...plain, color: 1 })).toMatch(/\u001b\[/);
  });

  it('says how to anchor relative dates when there is no reference date', () => {
    expect(renderPretty({ ...analysis, referenceDate: null, referenceDateSource: null }, plain)).toContain(
      '--reference-date YYYY-MM-DD',
    );
  });
});

describe('quote dates', () => {
  // "We will meet on Friday." ¶ "Nothing yet," she said in May. — offsets in code points.
  const text =
    'Day one 😀. She said: "We meet on Friday, then March 20."\nLater: "Nothing yet," she said in May.\n"No date here."';
  const cp = (s: string) =>
    Array.from(text).join('').indexOf(s) === -1 ? -1 : Array.from(text.slice(0, text.indexOf(s))).length;
  const span = (s: string) => ({ start: cp(s), end: cp(s) + Array.from(s).length });
  const a: Analysis = {
    ...analysis,
    quotes: [
      {
        ...quote('q1', 'direct', 's1', 'We meet on Friday, then March 20.'),
        ...span('We meet on Friday, then March 20.'),
      },
      { ...quote('q2', 'direct', 's1', 'Nothing yet,'), ...span('Nothing yet,') },
      { ...quote('q3', 'direct', 's1', 'No date here.'), ...span('No date here.') },
    ],
    dates: [
      { ...date('d0', 'Day one', 'P1D', { type: 'duration' }), ...span('Day one') },
      { ...date('d1', 'Friday', '2021-03-05'), ...span('Friday') },
      { ...date('d2', 'March 20', '2021-03-20'), ...span('March 20') },
      { ...date('d3', 'May', '2021-05'), ...span('May') },
    ],
  };

  it('takes the date inside the quote nearest its start, else the nearest in its paragraph', () => {
    const found = quoteDates(a, text);
    expect(found.get('q1')?.id).toBe('d1');
    expect(found.get('q2')?.id).toBe('d3');
    expect(found.has('q3')).toBe(false);
  });

  it('without the text only a date inside the quote counts', () => {
    const found = quoteDates(a);
    expect(found.get('q1')?.id).toBe('d1');
    expect(found.has('q2')).toBe(false);
  });

  it('never takes a duration or a date outside the paragraph', () => {
    const found = quoteDates({ ...a, dates: [a.dates[0]!] }, text);
    expect(found.size).toBe(0);
  });

  it('shows the date after the cue in pretty and markdown', () => {
    expect(renderPretty(a, { ...plain, width: 200, text })).toContain('“Nothing yet,” (said · May 2021)');
    expect(renderMarkdown(a, text)).toContain('- “Nothing yet,” *(said · May 2021)*');
  });
});

describe('markdown', () => {
  it('has the same sections as the summary, with markup escaped', () => {
    const out = renderMarkdown(analysis);
    expect(out).toMatch(/^## made-up\.txt\n/);
    expect(out).toContain('#### Dana Whitfield');
    expect(out).toContain('mixed: it was \\*final\\*');
    expect(out).toContain('| Sat 20 Mar 2021 | “March 20” | planned: meeting: ministerial meeting |');
    expect(out).toContain('| 2 years | “two years” | |');
    expect(out).not.toMatch(/2021-SP|P2Y/);
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
    const out = renderHtml([
      { analysis, text: 'Nobody <claims> this' },
      { analysis: { ...analysis, source: 'second.txt' } },
    ]);
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
    expect(rows[0]).toBe(
      'made-up.txt,q1,indirect,s1,Dana Whitfield,person,spokesperson,Ministry of Rivers,said,0,22,the talks would resume,statement',
    );
    expect(rows[2]).toBe('made-up.txt,q3,direct,,,,,,said,0,20,Nobody <claims> this,statement');
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

describe('speakerRole', () => {
  const who = (name: string, title: string | null, organization: string | null) => ({
    id: 's',
    name,
    kind: 'person' as const,
    title,
    organization,
    mentions: [],
  });
  it.each([
    [who('The Secretary', 'Secretary', null), null],
    [who('the board', 'Board', 'Harbour Trust'), 'Harbour Trust'],
    [who('Dana Whitfield', 'spokesperson', 'Ministry of Rivers'), 'spokesperson, Ministry of Rivers'],
    [who('Dana Whitfield', null, null), null],
    [who('Secretary Dana Whitfield', 'Secretary', null), 'Secretary'],
  ])('%j has role %j', (speaker, role) => {
    expect(speakerRole(speaker)).toBe(role);
  });
});
