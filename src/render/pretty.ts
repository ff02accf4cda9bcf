// The coloured summary for people at a terminal. Colour is a level handed in (0: none).
import { Chalk, type ChalkInstance } from 'chalk';
import type { Analysis, DateOut, EventOut, QuoteOut } from '../types.js';
import { eventLabel, oneLine, quoteCounts, speakerRole, summarize, type Summary } from './summary.js';

const QUOTE_WIDTH = 240;

function statusMark(c: ChalkInstance, ev: EventOut): string {
  const status = ev.status ?? 'unknown';
  const paint = status === 'planned' ? c.green : status === 'ongoing' ? c.yellow : status === 'past' ? c.gray : c.red;
  return paint(status.padEnd(9));
}

function quoteLine(c: ChalkInstance, q: QuoteOut): string {
  const body = q.kind === 'direct' ? `“${oneLine(q.text, QUOTE_WIDTH)}”` : oneLine(q.text, QUOTE_WIDTH);
  const cue = q.cue ? c.dim(` (${q.cue})`) : '';
  return `${q.kind === 'direct' ? '' : c.dim(`${q.kind}: `)}${body}${cue}`;
}

const dateMentions = (ds: DateOut[]) => ds.map((d) => `“${oneLine(d.text)}”`).join(', ');

function sections(c: ChalkInstance, s: Summary): string[] {
  const out: string[] = [c.bold.underline(s.source), `${c.bold('Reference date')}  ${s.referenceDate}`, ''];

  out.push(c.bold(`Speakers (${s.speakers.length})`));
  if (s.speakers.length === 0) out.push(c.dim('  none found'));
  for (const sp of s.speakers) {
    const role = speakerRole(sp.speaker);
    out.push(`  ${c.cyan.bold(sp.speaker.name)}${role ? `, ${role}` : ''} ${c.dim(`[${sp.speaker.kind}] ${quoteCounts(sp)}`)}`);
    for (const q of [...sp.direct, ...sp.reported]) out.push(`      ${quoteLine(c, q)}`);
  }
  if (s.unattributed.length) {
    out.push('', c.bold(`Unattributed quotes (${s.unattributed.length})`));
    for (const q of s.unattributed) out.push(`      ${quoteLine(c, q)}`);
  }

  out.push('', c.bold('Timeline'));
  if (s.timeline.length === 0 && s.undatedEvents.length === 0) out.push(c.dim('  no dates or events found'));
  for (const e of s.timeline) {
    out.push(`  ${c.magenta(e.value.padEnd(16))} ${c.dim(dateMentions(e.dates))}`);
    for (const ev of e.events) out.push(`  ${' '.repeat(16)} ${statusMark(c, ev)} ${eventLabel(ev)}`);
  }
  if (s.undatedEvents.length) {
    out.push(`  ${c.magenta('undated'.padEnd(16))}`);
    for (const ev of s.undatedEvents) out.push(`  ${' '.repeat(16)} ${statusMark(c, ev)} ${eventLabel(ev)}`);
  }
  if (s.unresolvedDates.length) out.push(`  ${c.yellow('unresolved'.padEnd(16))} ${dateMentions(s.unresolvedDates)} ${c.dim('(no reference date)')}`);
  if (s.otherDates.length) {
    out.push(`  ${c.magenta('other'.padEnd(16))} ${s.otherDates.map((d) => `“${oneLine(d.text)}” ${c.dim(d.value ?? '')}`).join(', ')}`);
  }
  return out;
}

/** A readable summary of one analysis. */
export function renderPretty(a: Analysis, level: 0 | 1 | 2 | 3): string {
  return `${sections(new Chalk({ level }), summarize(a)).join('\n')}\n`;
}
