// The report as one self-contained HTML page (inline style and script, no request of any kind):
// per input a summary, a legend of speakers that filters the highlights, the timeline as a chart,
// and the statement's text with each quote highlighted in its speaker's colour and each speaker
// mention, cue, date and event marked in place. Several inputs get a table of contents.
import { largest, smallest } from '../arrays.js';
import type { Analysis, DateOut, QuoteOut, SpeakerOut } from '../types.js';
import { SCRIPT, STYLE } from './html/assets.js';
import { dayLabel, dayRange, rangeLabel } from './html/days.js';
import { escapeHtml } from './html/escape.js';
import { findNear, markUp, type Highlight } from './html/marks.js';
import { timelineSvg } from './html/timeline.js';
import { humanDate } from './humanize.js';
import { quoteDates } from './quote-dates.js';

export { escapeHtml };

/** One input: its analysis and the text it was made from (the page shows the text). */
export interface Report {
  analysis: Analysis;
  text?: string;
}

/** Speakers' hues a golden angle apart, so neighbours in the legend never look alike. */
const hue = (index: number) => Math.round((index * 137.508 + 200) % 360);

const attrs = (values: Record<string, string | null>) =>
  Object.entries(values)
    .map(([k, v]) => (v === null ? '' : ` ${k}="${escapeHtml(v)}"`))
    .join('');

const sourceName = (a: Analysis, n: number) => {
  if (a.source === null) return `Statement ${n}`;
  if (a.source === '-') return 'standard input';
  return a.source.split(/[\\/]/).filter(Boolean).pop() ?? a.source;
};

function referenceDateFact(a: Analysis): string {
  const day = dayRange(a.referenceDate);
  if (!day)
    return '<span class="meta">none found in the text: relative dates (“on Tuesday”) are left unresolved</span>';
  const from = a.referenceDateSource === 'text' ? 'from the text' : 'given';
  return `${escapeHtml(dayLabel(day.first))} <span class="meta">(${from})</span>`;
}

function dateRangeFact(a: Analysis): string | null {
  const days = a.dates.filter((d) => d.type === 'date' || d.type === 'time').flatMap((d) => dayRange(d.interval) ?? []);
  if (!days.length) return null;
  return escapeHtml(rangeLabel({ first: smallest(days.map((r) => r.first)), last: largest(days.map((r) => r.last)) }));
}

function quoteFact(a: Analysis): string {
  const direct = a.quotes.filter((q) => q.kind === 'direct').length;
  const unattributed = a.quotes.filter((q) => q.speakerId === null).length;
  const parts = [
    `${direct} direct`,
    `${a.quotes.length - direct} reported`,
    ...(unattributed ? [`${unattributed} without a speaker`] : []),
  ];
  return `${a.quotes.length} (${parts.join(', ')})`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function legend(a: Analysis, hues: Map<string, number>): string {
  const count = (id: string | null) => a.quotes.filter((q) => q.speakerId === id).length;
  const entry = (id: string, label: string, detail: string, style: string) =>
    `<li><label${style}><input type="checkbox" value="${escapeHtml(id)}" checked>` +
    `<span class="swatch${id === 'none' ? ' none' : ''}"></span>${escapeHtml(label)} <span class="meta">${escapeHtml(detail)}</span></label></li>`;
  const speakers = [...a.speakers].sort((s, t) => count(t.id) - count(s.id));
  const items = speakers.map((s) => {
    const role = [s.title, s.organization].filter(Boolean).join(', ');
    return entry(
      s.id,
      s.name,
      `${role ? `${role} · ` : ''}${plural(count(s.id), 'quote')}`,
      ` style="--h:${hues.get(s.id)}"`,
    );
  });
  const nobody = count(null);
  if (nobody) items.push(entry('none', 'No speaker found', plural(nobody, 'quote'), ''));
  return items.length ? `<ul class="legend">${items.join('')}</ul>` : '<p class="meta">No speakers found.</p>';
}

/** A date mention in words ("Tue 2 Mar 2022", "this week"), else as the text gives it. */
const dateWords = (d: DateOut, reference: string | null) =>
  (d.value === null ? null : humanDate(d.value, { type: d.type, mod: d.mod, reference })) ?? `“${d.text}”`;

function quoteTip(q: QuoteOut, speaker: SpeakerOut | undefined, date: string | null): string {
  const who = speaker
    ? [speaker.name, speaker.title, speaker.organization].filter(Boolean).join(', ')
    : 'no speaker found';
  const lines = [who, `${q.kind} quote${q.rule ? ` · rule: ${q.rule}` : ''}${q.cue ? ` · cue: ${q.cue}` : ''}`];
  if (date) lines.push(`date: ${date}`);
  if (q.speechAct) lines.push(`speech act: ${q.speechAct}${q.speechActCue ? ` (“${q.speechActCue}”)` : ''}`);
  return lines.join('\n');
}

function highlights(a: Analysis, text: string, prefix: string, hues: Map<string, number>): Highlight[] {
  const chars = Array.from(text);
  const speakers = new Map(a.speakers.map((s) => [s.id, s]));
  const said = quoteDates(a, text);
  const style = (id: string | null) => (id && hues.has(id) ? `--h:${hues.get(id)}` : null);
  const out: Highlight[] = [];
  const seen = new Set<string>();
  for (const q of a.quotes) {
    const speaker = q.speakerId ? speakers.get(q.speakerId) : undefined;
    const id = q.speakerId ?? 'none';
    out.push({
      start: q.start,
      end: q.end,
      rank: 0,
      close: '</mark>',
      open: `<mark${attrs({
        class: `quote${q.speakerId ? '' : ' none'}`,
        id: `${prefix}-${q.id}`,
        style: style(q.speakerId),
        tabindex: '0',
        'data-speaker': speaker?.name ?? '',
        'data-speaker-id': id,
        'data-rule': q.rule ?? '',
        'data-kind': q.kind,
        'data-date': said.get(q.id)?.value ?? null,
        'data-tip': quoteTip(q, speaker, said.has(q.id) ? dateWords(said.get(q.id)!, a.referenceDate) : null),
      })}>`,
    });
    const m = q.speakerMention;
    if (m && !seen.has(`${m.start}:${m.end}`)) {
      seen.add(`${m.start}:${m.end}`);
      out.push({
        start: m.start,
        end: m.end,
        rank: 1,
        close: '</span>',
        open: `<span${attrs({ class: 'ent speaker', style: style(q.speakerId), 'data-label': 'speaker', 'data-speaker-id': id, tabindex: '0', 'data-tip': `speaker: ${speaker?.name ?? m.text}` })}>`,
      });
    }
    const cue = m && q.cue ? findNear(chars, q.cue, m, q) : null;
    if (cue && !seen.has(`${cue.start}:${cue.end}`)) {
      seen.add(`${cue.start}:${cue.end}`);
      out.push({
        start: cue.start,
        end: cue.end,
        rank: 2,
        close: '</span>',
        open: `<span${attrs({ class: 'ent cue', 'data-label': 'cue', tabindex: '0', 'data-tip': `cue: ${q.cue}${speaker ? `, crediting ${speaker.name}` : ''}` })}>`,
      });
    }
  }
  for (const ev of a.events) {
    const when = ev.date === null ? null : humanDate(ev.date, { reference: a.referenceDate });
    out.push({
      start: ev.start,
      end: ev.end,
      rank: 3,
      close: '</span>',
      open: `<span${attrs({ class: 'ent event', id: `${prefix}-${ev.id}`, 'data-label': 'event', tabindex: '0', 'data-tip': `event: ${ev.name}\n${ev.status ?? 'status unknown'}${when ? ` · ${when}` : ''}` })}>`,
    });
  }
  for (const d of a.dates) {
    out.push({
      start: d.start,
      end: d.end,
      rank: 4,
      close: '</span>',
      open: `<span${attrs({ class: 'date', id: `${prefix}-${d.id}`, tabindex: '0', 'data-tip': `${d.type}: ${d.value === null ? 'not resolved' : dateWords(d, a.referenceDate)}` })}>`,
    });
  }
  return out;
}

function article(r: Report, n: number): string {
  const a = r.analysis;
  const prefix = `doc${n}`;
  const hues = new Map(a.speakers.map((s, i) => [s.id, hue(i)]));
  const range = dateRangeFact(a);
  const facts: [string, string][] = [
    ['Source', escapeHtml(a.source === null ? 'not named' : a.source === '-' ? 'standard input' : a.source)],
    ['Reference date', referenceDateFact(a)],
    ['Dates mentioned', range ?? '<span class="meta">none on the calendar</span>'],
    ['Quotes', escapeHtml(quoteFact(a))],
  ];
  const chart = timelineSvg(a, prefix);
  const key = ['planned', 'ongoing', 'past', 'cancelled', 'postponed'].filter((s) =>
    a.events.some((e) => e.status === s),
  );
  return [
    `<article id="${prefix}">`,
    `<h2>${escapeHtml(sourceName(a, n))}</h2>`,
    `<dl class="facts">${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`,
    `<h3>Speakers</h3>`,
    legend(a, hues),
    `<h3>Timeline</h3>`,
    chart
      ? `${chart}<ul class="chart-key">${key.map((s) => `<li><i class="${s}"></i>${s}</li>`).join('')}<li><i class="ref"></i>reference date</li><li><i class="tick"></i>other dates</li></ul>`
      : '<p class="meta">No date in the text falls on the calendar.</p>',
    ...(r.text === undefined
      ? []
      : ['<h3>Statement</h3>', `<div class="statement">${markUp(r.text, highlights(a, r.text, prefix, hues))}</div>`]),
    '</article>',
  ].join('\n');
}

function contents(reports: readonly Report[]): string {
  const items = reports.map(
    ({ analysis: a }, i) =>
      `<li><a href="#doc${i + 1}">${escapeHtml(sourceName(a, i + 1))}</a> <span class="meta">${plural(a.speakers.length, 'speaker')}, ${plural(a.quotes.length, 'quote')}, ${plural(a.events.length, 'event')}</span></li>`,
  );
  return `<nav class="toc" aria-label="Statements"><h2>Contents</h2><ol>${items.join('')}</ol></nav>`;
}

export function renderHtml(reports: readonly Report[]): string {
  const several = reports.length > 1;
  const title = several
    ? `Statement analysis: ${reports.length} statements`
    : `Statement analysis: ${sourceName(reports[0]!.analysis, 1)}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${several ? contents(reports) : ''}
${reports.map((r, i) => article(r, i + 1)).join('\n')}
</main>
<div id="tip" role="tooltip" hidden></div>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
