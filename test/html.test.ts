// The HTML report: its text markup (spans nest, cross, count in code points), its days and its
// page (one <mark> per quote with its speaker and rule, cues and mentions marked, a chart, a table
// of contents, nothing fetched, everything escaped). The browser test checks it rendered.
import { describe, expect, it } from 'vitest';
import { dayLabel, dayRange, rangeLabel } from '../src/render/html/days.js';
import { escapeHtml } from '../src/render/html/escape.js';
import { findNear, markUp, type Highlight } from '../src/render/html/marks.js';
import { timelineSvg } from '../src/render/html/timeline.js';
import { renderHtml } from '../src/render/html.js';
import { analyze } from '../src/index.js';

const tag = (start: number, end: number, name: string, rank = 0): Highlight => ({
  start,
  end,
  rank,
  open: `<${name}>`,
  close: `</${name}>`,
});

describe('markUp', () => {
  it.each<[string, Highlight[], string]>([
    ['no spans', [], 'no spans'],
    ['one two three', [tag(4, 7, 'b')], 'one <b>two</b> three'],
    ['nested spans', [tag(7, 12, 'i'), tag(0, 12, 'b')], '<b>nested <i>spans</i></b>'],
    ['same range', [tag(0, 4, 'i', 1), tag(0, 4, 'b', 0)], '<b><i>same</i></b> range'],
    ['crossing spans', [tag(0, 8, 'b'), tag(4, 14, 'i')], '<b>cros<i>sing</i></b> spans'],
    ['a<b & "c"', [tag(2, 3, 'u')], 'a&#60;<u>b</u> &#38; &#34;c&#34;'],
    ['😀 said "hi"', [tag(8, 10, 'q')], '😀 said &#34;<q>hi</q>&#34;'],
    ['out of range', [tag(4, 99, 'b'), tag(5, 3, 'i')], 'out of range'],
  ])('%j', (text, spans, expected) => {
    expect(markUp(text, spans)).toBe(expected);
  });

  it('writes each span exactly once, whatever the overlaps', () => {
    const spans = [tag(0, 10, 'a'), tag(2, 5, 'b'), tag(4, 12, 'c'), tag(11, 15, 'd'), tag(3, 3, 'e')];
    const out = markUp('abcdefghijklmnop', spans);
    for (const n of 'abcde') expect(out.split(`<${n}>`)).toHaveLength(2);
    expect(out.replace(/<\/?\w>/g, '')).toBe('abcdefghijklmnop');
  });
});

describe('escapeHtml', () => {
  it.each([
    ['<a href="x">&\'</a>', '&#60;a href=&#34;x&#34;&#62;&#38;&#39;&#60;/a&#62;'],
    ['bell\u0007 esc\u001b[2J nul\u0000', 'bell\u2407 esc\u241b[2J nul\u2400'],
    ['del\u007f csi\u009b', 'del\u2421 csi\ufffd'],
    ['tab\tline\r\nend', 'tab\tline\r\nend'],
  ])('%j', (text, expected) => {
    expect(escapeHtml(text)).toBe(expected);
  });
});

describe('findNear', () => {
  const chars = (s: string) => Array.from(s);
  const text = '"We said no," the minister said. He said more.';
  const quote = { start: 1, end: 11 };
  const minister = { start: 14, end: 26 };

  it('finds the cue nearest the mention, never inside the quote', () => {
    expect(findNear(chars(text), 'said', minister, quote)).toEqual({ start: 27, end: 31 });
  });

  it('matches whole words only and ignores case', () => {
    expect(findNear(chars('Mr Saidov SAID so'), 'said', { start: 0, end: 9 }, { start: 99, end: 99 })).toEqual({
      start: 10,
      end: 14,
    });
    expect(
      findNear(chars('According to the mayor'), 'according to', { start: 13, end: 22 }, { start: 99, end: 99 }),
    ).toEqual({ start: 0, end: 12 });
  });

  it('gives null where the cue is not near', () => {
    expect(findNear(chars(text), 'stressed', minister, quote)).toBeNull();
    expect(
      findNear(chars(`said${' '.repeat(100)}the minister`), 'said', { start: 104, end: 116 }, { start: 999, end: 999 }),
    ).toBeNull();
  });
});

describe('days', () => {
  it.each<[string | null, [number, number] | null]>([
    ['2021-07-27', [18835, 18835]],
    ['2021-07-27/2021-07-30', [18835, 18838]],
    ['2021-02', [18659, 18686]],
    ['2020', [18262, 18627]],
    ['2021-02-30', null],
    ['2021-07-30/2021-07-27', null],
    ['2021-W30', null],
    ['PRESENT_REF', null],
    [null, null],
  ])('dayRange(%j)', (value, expected) => {
    const r = dayRange(value);
    expect(r && [r.first, r.last]).toEqual(expected);
  });

  it('reads as a person would', () => {
    expect(dayLabel(18835)).toBe('Tue 27 Jul 2021');
    expect(rangeLabel({ first: 18835, last: 18835 })).toBe('27 Jul 2021');
    expect(rangeLabel({ first: 18659, last: 18686 })).toBe('1 Feb 2021 – 28 Feb 2021');
  });
});

const STATEMENT =
  'ORLEA, March 2, 2022 — Minister Tomas Berg said on Tuesday that the port "will reopen <soon>."\n' +
  '"We are ready," Berg said. The harbour board will meet on March 10, the board\'s chair, Ana Ruiz, said.\n';

describe('the page', () => {
  const analysis = analyze(STATEMENT, { source: 'ports/orlea <draft>.txt' });
  const page = renderHtml([{ analysis, text: STATEMENT }]);

  it('has one <mark> per quote, with its speaker, rule and the quote as its text', () => {
    const marks = [...page.matchAll(/<mark ([^>]*)>([^<]*)/g)];
    expect(analysis.quotes.length).toBeGreaterThanOrEqual(2);
    expect(marks).toHaveLength(analysis.quotes.length);
    analysis.quotes.forEach((q, i) => {
      const attrs = marks[i]![1]!;
      expect(attrs).toContain(`id="doc1-${q.id}"`);
      expect(attrs).toContain(`data-speaker="${q.speaker ?? ''}"`);
      expect(attrs).toContain(`data-rule="${q.rule ?? ''}"`);
    });
    expect(page).toContain('data-speaker="Tomas Berg"');
  });

  it('marks each speaker mention and cue, as entities', () => {
    expect(page).toMatch(/<span class="ent speaker"[^>]*>Berg<\/span> <span class="ent cue"[^>]*>said<\/span>/);
    expect(page).toMatch(/data-label="cue"[^>]*>said<\/span> on <span class="date"/);
  });

  it('sums up: source, reference date, speakers with counts, dates mentioned', () => {
    expect(page).toContain('<dt>Source</dt><dd>ports/orlea &#60;draft&#62;.txt</dd>');
    expect(page).toContain('<dt>Reference date</dt><dd>Wed 2 Mar 2022 <span class="meta">(from the text)</span>');
    expect(page).toMatch(/<dt>Dates mentioned<\/dt><dd>1 Mar 2022 – 10 Mar 2022<\/dd>/);
    expect(page).toContain('<dt>Quotes</dt><dd>3 (1 direct, 2 reported)</dd>');
    expect(page).toMatch(/Tomas Berg <span class="meta">Minister · 2 quotes<\/span>/);
  });

  it('draws the timeline as an SVG whose marks link to places in the page', () => {
    const svg = timelineSvg(analysis, 'doc1')!;
    expect(svg).toMatch(/^<svg class="chart"[^>]*role="img"/);
    const links = [...svg.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(0);
    for (const id of links) expect(page).toContain(`id="${id}"`);
  });

  it('is self-contained and escaped: no request, no script from elsewhere, no raw markup from the text', () => {
    expect(page).not.toMatch(/https?:|\bsrc=|@import|url\(/);
    expect(page).toContain('&#60;soon&#62;');
    expect(page).not.toContain('<soon>');
    expect(page).not.toContain('<draft>');
  });

  it('gives no command-line advice, even without a reference date', () => {
    const undated = 'The clerk said the office "opens on Monday."\n';
    const out = renderHtml([{ analysis: analyze(undated), text: undated }]);
    expect(out).toContain('none found in the text');
    expect(out).not.toMatch(/--reference-date|analyze |pass /);
  });

  it('several inputs get a table of contents linking to each article', () => {
    const other = analyze('"Done," said the clerk.\n', { source: 'b.txt' });
    const two = renderHtml([
      { analysis, text: STATEMENT },
      { analysis: other, text: '"Done," said the clerk.\n' },
    ]);
    expect(two).toMatch(/<nav class="toc"[\s\S]*href="#doc1"[\s\S]*href="#doc2"[\s\S]*<\/nav>/);
    expect(two).toContain('<article id="doc2">');
    expect(page).not.toContain('<nav class="toc"');
  });
});
