// The summary across statements in each human format, and as JSON. Pure functions of the summary.
import { Chalk } from 'chalk';
import { largest, pushAll } from '../arrays.js';
import { escapeHtml } from '../render/html.js';
import { escapeMarkdown } from '../render/markdown.js';
import type { Renderer, View } from '../render/index.js';
import { cutQuote } from '../render/pretty.js';
import { roleParts } from '../render/summary.js';
import { showControlsIn } from '../render/safe-text.js';
import { displayWidth, wrap, type Piece } from '../render/wrap.js';
import { ACT_PLURALS } from '../speech-acts/acts.js';
import { CorpusSummaryBuilder, type CorpusSummary, type SpeakerTotal, type TimelineItem } from './index.js';

/** Speech acts counted by name: "appeals: 3, rejections: 2". */
const ACT_NAMES: Readonly<Record<string, string>> = ACT_PLURALS;

export function speechActCounts(s: SpeakerTotal): string | null {
  const acts = Object.entries(s.speechActs).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return acts.length ? acts.map(([act, n]) => `${ACT_NAMES[act] ?? act}: ${n}`).join(', ') : null;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function headline(c: CorpusSummary): string {
  const parts = [plural(c.texts, 'text'), plural(c.quotes, 'quote'), plural(c.speakers.length, 'speaker')];
  if (c.unattributed) parts.push(`${c.unattributed} quote${c.unattributed === 1 ? '' : 's'} without a speaker`);
  return `Across ${parts.join(', ')}`;
}

function quoteCount(s: SpeakerTotal): string {
  const kinds = [s.direct ? `${s.direct} direct` : '', s.reported ? `${s.reported} reported` : ''].filter(Boolean);
  return s.quotes ? `${plural(s.quotes, 'quote')} (${kinds.join(', ')})` : 'no quotes';
}

const role = (s: SpeakerTotal) => roleParts(s.name, [...s.titles, ...s.organizations]).join(', ');
const inSources = (s: SpeakerTotal) =>
  s.sources.map((x) => (x.quotes ? `${x.source} ${x.quotes}` : x.source)).join(', ');
/** A quote on the timeline is a reminder of what was said, shorter than under its speaker. */
const TIMELINE_QUOTE = 120;
const itemText = (i: TimelineItem, full: boolean) => {
  if (i.kind === 'event') return `${i.text}${i.speaker ? ` (${i.speaker})` : ''}`;
  const { shown, more } = cutQuote(i.text, full, TIMELINE_QUOTE);
  return `${i.speaker ?? 'unattributed'}: “${shown}${more ? '…' : ''}”`;
};

export interface PrettySummaryOptions {
  color: 0 | 1 | 2 | 3;
  width: number;
  full: boolean;
}

const COLUMN_MAX = 24;
const MARK_WIDTH = 10;

export function renderCorpusPretty(c: CorpusSummary, opts: PrettySummaryOptions): string {
  const k = new Chalk({ level: opts.color });
  const lines: string[] = [];
  const add = (pieces: Piece[], indent: number, hanging = indent) =>
    pushAll(lines, wrap(pieces, { width: opts.width, indent, hanging }));
  add([{ text: headline(c), paint: k.bold }], 0, 2);
  lines.push('');
  add([{ text: 'Speakers, most quoted first', paint: k.bold }], 0);
  if (c.speakers.length === 0) add([{ text: 'none found', paint: k.dim }], 2);
  for (const s of c.speakers) {
    add(
      [
        { text: s.name, paint: k.cyan.bold },
        { text: role(s) ? `, ${role(s)}` : '' },
        { text: ` · ${quoteCount(s)}`, paint: k.dim },
      ],
      2,
      4,
    );
    if (s.names.length > 1) add([{ text: 'also named ', paint: k.dim }, { text: s.names.slice(1).join(', ') }], 4, 6);
    if (s.sources.length) add([{ text: 'in ', paint: k.dim }, { text: inSources(s) }], 4, 6);
    const acts = speechActCounts(s);
    if (acts) add([{ text: 'speech acts ', paint: k.dim }, { text: acts }], 4, 6);
  }
  lines.push('');
  add([{ text: 'Sources', paint: k.bold }], 0);
  for (const s of c.sources) {
    add(
      [
        { text: s.source },
        {
          text: ` · ${s.referenceDate ?? 'no date'} · ${plural(s.quotes, 'quote')}, ${plural(s.speakers, 'speaker')}, ${plural(s.events, 'event')}`,
          paint: k.dim,
        },
      ],
      2,
      4,
    );
  }
  lines.push('');
  add([{ text: 'Timeline', paint: k.bold }], 0);
  if (c.timeline.length === 0) add([{ text: 'no dated events or quotes', paint: k.dim }], 2);
  const widest = Math.max(0, largest(c.timeline.map((e) => displayWidth(e.label))));
  const column = Math.max(8, Math.min(COLUMN_MAX, Math.floor(opts.width / 3), widest));
  const at = 2 + column + 1;
  for (const e of c.timeline) {
    const inColumn = displayWidth(e.label) <= column;
    if (!inColumn) add([{ text: e.label, paint: k.magenta }], 2, at);
    e.items.forEach((item, i) => {
      const mark = item.kind === 'quote' ? 'quote' : (item.status ?? 'event');
      const pieces: Piece[] = [
        {
          text: mark.padEnd(MARK_WIDTH),
          paint: item.kind === 'quote' ? k.green : item.status === 'planned' ? k.cyan : k.dim,
          keep: true,
        },
        { text: itemText(item, opts.full) },
        { text: ` (${item.source})`, paint: k.dim },
      ];
      const wrapped = wrap(pieces, { width: opts.width, indent: at, hanging: at + MARK_WIDTH });
      if (i === 0 && inColumn)
        wrapped[0] = `  ${k.magenta(e.label)}${' '.repeat(at - 2 - displayWidth(e.label))}${wrapped[0]!.slice(at)}`;
      pushAll(lines, wrapped);
    });
  }
  if (c.undatedEvents) add([{ text: `${plural(c.undatedEvents, 'event')} without a date not shown`, paint: k.dim }], 2);
  return `${lines.join('\n')}\n`;
}

export function renderCorpusMarkdown(c: CorpusSummary): string {
  const md = escapeMarkdown;
  const out = [`## ${md(headline(c))}`, '', '### Speakers', ''];
  if (c.speakers.length)
    out.push('| speaker | role | quotes | texts | speech acts | also named |', '|---|---|---|---|---|---|');
  for (const s of c.speakers) {
    out.push(
      `| ${md(s.name)} | ${md(role(s))} | ${quoteCount(s)} | ${md(inSources(s))} | ${md(speechActCounts(s) ?? '')} | ${md(s.names.slice(1).join(', '))} |`,
    );
  }
  out.push('', '### Sources', '', '| text | date | quotes | speakers | events |', '|---|---|---|---|---|');
  for (const s of c.sources)
    out.push(`| ${md(s.source)} | ${s.referenceDate ?? ''} | ${s.quotes} | ${s.speakers} | ${s.events} |`);
  out.push('', '### Timeline', '');
  if (c.timeline.length) out.push('| when | what | text |', '|---|---|---|');
  for (const e of c.timeline) {
    for (const item of e.items)
      out.push(
        `| ${md(e.label)} | ${item.kind === 'quote' ? 'quote' : (item.status ?? 'event')}: ${md(itemText(item, true))} | ${md(item.source)} |`,
      );
  }
  if (c.undatedEvents) out.push('', `${plural(c.undatedEvents, 'event')} without a date not shown.`);
  return `${out.join('\n')}\n`;
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;margin-bottom:1.5rem}td,th{padding:.25rem .6rem;text-align:left;vertical-align:top;border-bottom:1px solid #ddd}
.meta{color:#666}.planned{color:#06c}.quote{color:#070}td.n{text-align:right}`;

export function renderCorpusHtml(c: CorpusSummary): string {
  const h = escapeHtml;
  const rows = (cells: string[][]) => cells.map((r) => `<tr>${r.join('')}</tr>`).join('\n');
  const td = (s: string, cls = '') => `<td${cls ? ` class="${cls}"` : ''}>${s}</td>`;
  const speakers = rows(
    c.speakers.map((s) => [
      td(h(s.name)),
      td(h(role(s)), 'meta'),
      td(String(s.quotes), 'n'),
      td(h(inSources(s))),
      td(h(speechActCounts(s) ?? '')),
      td(h(s.names.slice(1).join(', ')), 'meta'),
    ]),
  );
  const sources = rows(
    c.sources.map((s) => [
      td(h(s.source)),
      td(h(s.referenceDate ?? '')),
      td(String(s.quotes), 'n'),
      td(String(s.speakers), 'n'),
      td(String(s.events), 'n'),
    ]),
  );
  const timeline = rows(
    c.timeline.flatMap((e) =>
      e.items.map((item, i) => {
        const mark = item.kind === 'quote' ? 'quote' : (item.status ?? 'event');
        return [
          td(i === 0 ? h(e.label) : ''),
          td(h(mark), mark),
          td(h(itemText(item, true))),
          td(h(item.source), 'meta'),
        ];
      }),
    ),
  );
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Statements: summary</title><style>${STYLE}</style></head>
<body>
<h1>${h(headline(c))}</h1>
<h2>Speakers</h2>
<table><tr><th>speaker</th><th>role</th><th>quotes</th><th>texts</th><th>speech acts</th><th>also named</th></tr>
${speakers}
</table>
<h2>Sources</h2>
<table><tr><th>text</th><th>date</th><th>quotes</th><th>speakers</th><th>events</th></tr>
${sources}
</table>
<h2>Timeline</h2>
<table><tr><th>when</th><th></th><th>what</th><th>text</th></tr>
${timeline}
</table>
${c.undatedEvents ? `<p class="meta">${plural(c.undatedEvents, 'event')} without a date not shown.</p>` : ''}
</body>
</html>
`;
}

export function renderCorpusJson(c: CorpusSummary): string {
  return `${JSON.stringify({ summaryVersion: '1', ...c }, null, 2)}\n`;
}

export const SUMMARY_FORMATS = ['pretty', 'json', 'markdown', 'html'] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

/** `analyze summary`: each analysis goes into the summary; the summary is written at the end. */
export function summaryRenderer(format: SummaryFormat, view: View): Renderer {
  const builder = new CorpusSummaryBuilder();
  const layouts: Record<SummaryFormat, (c: CorpusSummary) => string> = {
    pretty: (c) => renderCorpusPretty(c, view),
    json: renderCorpusJson,
    markdown: renderCorpusMarkdown,
    html: renderCorpusHtml,
  };
  return {
    each: (a, _i, _view, text) => {
      // Control characters from the texts shown as symbols, except in JSON, which escapes them.
      builder.add(format === 'json' ? a : showControlsIn(a), text);
      return '';
    },
    all: () => layouts[format](builder.result()),
  };
}
