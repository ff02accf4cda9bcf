// The summary as Markdown: the same content as the pretty summary, for notes and issues.
import type { Analysis, QuoteOut } from '../types.js';
import {
  cueLabel,
  dateWords,
  eventLabel,
  oneLine,
  actTag,
  quoteCounts,
  speakerRole,
  summarize,
  withActs,
  type Summary,
} from './summary.js';
import { pushAll } from '../arrays.js';

/** Escapes the characters Markdown would read as markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (ch) => `\\${ch}`);
}

function quoteItem(s: Summary, q: QuoteOut): string {
  const body = escapeMarkdown(oneLine(q.text));
  const said = s.quoteDates.get(q.id);
  const notes = [actTag(q), cueLabel(q), said ? dateWords(said, null) : null].filter((n): n is string => !!n);
  const cue = notes.length ? ` *(${escapeMarkdown(notes.join(' · '))})*` : '';
  return q.kind === 'direct' ? `- “${body}”${cue}` : `- ${q.kind}: ${body}${cue}`;
}

/** The summary of one analysis as Markdown; with its text, quotes carry their paragraph's date. */
export function renderMarkdown(a: Analysis, text?: string): string {
  const s = summarize(a, text);
  const out: string[] = [
    `## ${escapeMarkdown(s.source)}`,
    '',
    `**Reference date:** ${escapeMarkdown(s.referenceDate)}`,
    '',
  ];

  out.push(`### Speakers (${s.speakers.length})`, '');
  if (s.speakers.length === 0) out.push('None found.', '');
  for (const sp of s.speakers) {
    const role = speakerRole(sp.speaker);
    out.push(`#### ${escapeMarkdown(sp.speaker.name)}`, '');
    out.push(`${role ? `${escapeMarkdown(role)} · ` : ''}${sp.speaker.kind} · ${quoteCounts(sp)}${withActs(sp)}`, '');
    for (const q of [...sp.direct, ...sp.reported]) out.push(quoteItem(s, q));
    if (sp.direct.length + sp.reported.length) out.push('');
  }
  if (s.unattributed.length) {
    pushAll(out, [
      `### Unattributed quotes (${s.unattributed.length})`,
      '',
      ...s.unattributed.map((q) => quoteItem(s, q)),
      '',
    ]);
  }

  out.push('### Timeline', '');
  const rows: string[] = [];
  const cell = (t: string) => escapeMarkdown(oneLine(t));
  for (const e of s.timeline) {
    const mentions = e.dates.map((d) => `“${cell(d.text)}”`).join(', ');
    const events = e.events.map((ev) => `${ev.status ?? 'unknown'}: ${cell(eventLabel(ev))}`).join('<br>');
    rows.push(`| ${escapeMarkdown(e.label)} | ${mentions} | ${events} |`);
  }
  for (const ev of s.undatedEvents) rows.push(`| undated | | ${ev.status ?? 'unknown'}: ${cell(eventLabel(ev))} |`);
  for (const d of s.unresolvedDates) rows.push(`| unresolved | “${cell(d.text)}” | |`);
  for (const d of s.otherDates) rows.push(`| ${escapeMarkdown(dateWords(d, null))} | “${cell(d.text)}” | |`);
  if (rows.length) pushAll(out, ['| when | date mentions | events |', '|---|---|---|', ...rows, '']);
  else out.push('No dates or events found.', '');
  return out.join('\n');
}
