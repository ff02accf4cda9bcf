// The summary as one standalone HTML page (every input an <article>), for sharing or printing.
import type { Analysis, QuoteOut } from '../types.js';
import { eventLabel, oneLine, quoteCounts, speakerRole, summarize } from './summary.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
article{border-top:1px solid #ccc;padding-top:1rem}q,blockquote{color:#333}.meta{color:#666}
.past{color:#666}.ongoing{color:#a60}.planned{color:#070}table{border-collapse:collapse}td,th{padding:.2rem .6rem;text-align:left;vertical-align:top}`;

function quoteItem(q: QuoteOut): string {
  const body = escapeHtml(oneLine(q.text));
  const cue = q.cue ? ` <span class="meta">(${escapeHtml(q.cue)})</span>` : '';
  return q.kind === 'direct' ? `<li><q>${body}</q>${cue}</li>` : `<li><span class="meta">${q.kind}:</span> ${body}${cue}</li>`;
}

function article(a: Analysis): string {
  const s = summarize(a);
  const h: string[] = [`<article>`, `<h2>${escapeHtml(s.source)}</h2>`, `<p><b>Reference date:</b> ${escapeHtml(s.referenceDate)}</p>`];
  h.push(`<h3>Speakers (${s.speakers.length})</h3>`);
  for (const sp of s.speakers) {
    const role = speakerRole(sp.speaker);
    h.push(`<h4>${escapeHtml(sp.speaker.name)}</h4>`);
    h.push(`<p class="meta">${role ? `${escapeHtml(role)} · ` : ''}${sp.speaker.kind} · ${quoteCounts(sp)}</p>`);
    h.push(`<ul>${[...sp.direct, ...sp.reported].map(quoteItem).join('')}</ul>`);
  }
  if (s.unattributed.length) h.push(`<h3>Unattributed quotes (${s.unattributed.length})</h3>`, `<ul>${s.unattributed.map(quoteItem).join('')}</ul>`);

  h.push('<h3>Timeline</h3>', '<table><tr><th>when</th><th>date mentions</th><th>events</th></tr>');
  const eventCell = (evs: typeof s.undatedEvents) =>
    evs.map((ev) => `<span class="${ev.status ?? ''}">${ev.status ?? 'unknown'}</span>: ${escapeHtml(oneLine(eventLabel(ev)))}`).join('<br>');
  const mentionCell = (ds: typeof s.unresolvedDates) => ds.map((d) => `<q>${escapeHtml(oneLine(d.text))}</q>`).join(', ');
  for (const e of s.timeline) h.push(`<tr><td>${escapeHtml(e.value)}</td><td>${mentionCell(e.dates)}</td><td>${eventCell(e.events)}</td></tr>`);
  if (s.undatedEvents.length) h.push(`<tr><td>undated</td><td></td><td>${eventCell(s.undatedEvents)}</td></tr>`);
  if (s.unresolvedDates.length) h.push(`<tr><td>unresolved</td><td>${mentionCell(s.unresolvedDates)}</td><td></td></tr>`);
  if (s.otherDates.length) h.push(`<tr><td>other</td><td>${mentionCell(s.otherDates)}</td><td></td></tr>`);
  h.push('</table>', '</article>');
  return h.join('\n');
}

export function renderHtml(analyses: Analysis[]): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Statement analysis</title><style>${STYLE}</style></head>
<body>
${analyses.map(article).join('\n')}
</body>
</html>
`;
}
