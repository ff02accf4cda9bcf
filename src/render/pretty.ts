// The coloured summary for people at a terminal: wrapped to the width handed in, with hanging
// indents, dates in words and a timeline whose column holds whatever its labels are.
// Colour is a level handed in (0: none).
import { Chalk, type ChalkInstance } from 'chalk';
import type { Analysis, DateOut, EventOut, QuoteOut } from '../types.js';
import {
  dateWords,
  cueLabel,
  eventLabel,
  oneLine,
  actTag,
  quoteCounts,
  speakerRole,
  summarize,
  withActs,
  type Summary,
} from './summary.js';
import { displayWidth, wrap, type Piece } from './wrap.js';
import { largest, pushAll } from '../arrays.js';

export interface PrettyOptions {
  color: 0 | 1 | 2 | 3;
  /** Columns per line. */
  width: number;
  /** Whole quotes rather than cut ones. */
  full: boolean;
  /** The analysed text, for the date each quote's paragraph gives. */
  text?: string;
}

/** Quotes longer than this (code points) are cut unless --full. */
export const QUOTE_CUT = 240;
const QUOTE_INDENT = 4;
const STATUS_WIDTH = 10;
/** The timeline's label column: as wide as its labels, within these bounds. */
const COLUMN_MIN = 8;
const COLUMN_MAX = 24;

/** Calm colours: a status is information, not an alarm. */
function statusPaint(c: ChalkInstance, status: EventOut['status']): (s: string) => string {
  if (status === 'planned') return c.cyan;
  if (status === 'ongoing') return c.yellow;
  if (status === 'cancelled' || status === 'postponed') return c.magenta;
  return c.dim;
}

/** The quote's words, cut at a word boundary near QUOTE_CUT unless whole ones are asked for. */
export function cutQuote(text: string, full: boolean, max = QUOTE_CUT): { shown: string; more: number } {
  const flat = oneLine(text);
  const chars = Array.from(flat);
  if (full || chars.length <= max) return { shown: flat, more: 0 };
  let end = max;
  const space = chars.lastIndexOf(' ', max);
  if (space > max * 0.75) end = space;
  const shown = chars
    .slice(0, end)
    .join('')
    .replace(/[\s,;:]+$/u, '');
  return { shown, more: chars.length - Array.from(shown).length };
}

class Layout {
  readonly lines: string[] = [];
  constructor(
    readonly c: ChalkInstance,
    readonly width: number,
  ) {}

  add(pieces: Piece[], indent: number, hanging = indent): void {
    pushAll(this.lines, wrap(pieces, { width: this.width, indent, hanging }));
  }

  blank(): void {
    this.lines.push('');
  }
}

function quote(l: Layout, s: Summary, q: QuoteOut, opts: PrettyOptions): void {
  const { c } = l;
  const { shown, more } = cutQuote(q.text, opts.full);
  const direct = q.kind === 'direct';
  const pieces: Piece[] = direct
    ? [{ text: `“${shown}${more ? '…' : ''}”` }]
    : [{ text: `${q.kind}: `, paint: c.dim }, { text: `${shown}${more ? '…' : ''}` }];
  const notes = [
    actTag(q),
    cueLabel(q),
    s.quoteDates.has(q.id) ? dateWords(s.quoteDates.get(q.id)!, null) : null,
  ].filter(Boolean);
  // Each note is kept whole on one line: "(briefing · 19–23 Sep 2022)".
  if (notes.length) pieces.push({ text: ' ' }, { text: `(${notes.join(' · ')})`, paint: c.dim, keep: true });
  if (more) pieces.push({ text: ' ' }, { text: `(+${more} chars, --full)`, paint: c.dim, keep: true });
  l.add(pieces, QUOTE_INDENT, QUOTE_INDENT + (direct ? 1 : 2));
}

function speakers(l: Layout, s: Summary, opts: PrettyOptions): void {
  const { c } = l;
  l.add([{ text: `Speakers (${s.speakers.length})`, paint: c.bold }], 0);
  if (s.speakers.length === 0) l.add([{ text: 'none found', paint: c.dim }], 2);
  for (const sp of s.speakers) {
    const role = speakerRole(sp.speaker);
    l.add(
      [
        { text: sp.speaker.name, paint: c.cyan.bold },
        { text: role ? `, ${role}` : '' },
        { text: ` · ${sp.speaker.kind} · ${quoteCounts(sp)}${withActs(sp)}`, paint: c.dim },
      ],
      2,
      QUOTE_INDENT,
    );
    for (const q of [...sp.direct, ...sp.reported]) quote(l, s, q, opts);
  }
  if (s.unattributed.length) {
    l.blank();
    l.add([{ text: `Unattributed quotes (${s.unattributed.length})`, paint: c.bold }], 0);
    for (const q of s.unattributed) quote(l, s, q, opts);
  }
}

const mentions = (ds: DateOut[]) => ds.map((d) => `“${oneLine(d.text)}”`).join(', ');

interface Row {
  label: string;
  paint: (s: string) => string;
  /** Lines to the right of the label: each its pieces and how far its own continuation hangs. */
  content: { pieces: Piece[]; hang: number }[];
}

/** Label column and content; a label wider than the column takes a line of its own. */
function row(l: Layout, r: Row, column: number): void {
  const at = 2 + column + 1;
  const labelWidth = displayWidth(r.label);
  const inColumn = labelWidth <= column && r.content.length > 0;
  if (!inColumn) l.add([{ text: r.label, paint: r.paint }], 2, at);
  r.content.forEach((line, i) => {
    const lines = wrap(line.pieces, { width: l.width, indent: at, hanging: at + line.hang });
    // The label goes into the first line's indent.
    if (i === 0 && inColumn) lines[0] = `  ${r.paint(r.label)}${' '.repeat(at - 2 - labelWidth)}${lines[0]!.slice(at)}`;
    pushAll(l.lines, lines);
  });
}

function eventLine(c: ChalkInstance, ev: EventOut): { pieces: Piece[]; hang: number } {
  const status = ev.status ?? 'unknown';
  const mark = { text: status.padEnd(STATUS_WIDTH), paint: statusPaint(c, ev.status), keep: true };
  return { pieces: [mark, { text: eventLabel(ev) }], hang: STATUS_WIDTH };
}

function timeline(l: Layout, s: Summary): void {
  const { c } = l;
  l.add([{ text: 'Timeline', paint: c.bold }], 0);
  const rows: Row[] = [];
  const dim = (text: string): Piece => ({ text, paint: c.dim });
  for (const e of s.timeline) {
    const content = e.dates.length ? [{ pieces: [dim(mentions(e.dates))], hang: 0 }] : [];
    rows.push({ label: e.label, paint: c.magenta, content: [...content, ...e.events.map((ev) => eventLine(c, ev))] });
  }
  if (s.undatedEvents.length)
    rows.push({ label: 'undated', paint: c.dim, content: s.undatedEvents.map((ev) => eventLine(c, ev)) });
  if (s.unresolvedDates.length) {
    rows.push({
      label: 'unresolved',
      paint: c.yellow,
      content: [{ pieces: [dim(mentions(s.unresolvedDates)), dim(' (no reference date)')], hang: 0 }],
    });
  }
  for (const d of s.otherDates)
    rows.push({
      label: dateWords(d, null),
      paint: c.magenta,
      content: [{ pieces: [dim(`“${oneLine(d.text)}”`)], hang: 0 }],
    });
  if (rows.length === 0) {
    l.add([dim('no dates or events found')], 2);
    return;
  }
  const widest = largest(rows.map((r) => displayWidth(r.label)));
  const column = Math.max(COLUMN_MIN, Math.min(widest, COLUMN_MAX, Math.floor(l.width / 3)));
  for (const r of rows) row(l, r, column);
}

function sections(l: Layout, s: Summary, opts: PrettyOptions): void {
  const { c } = l;
  l.add([{ text: s.source, paint: c.bold.underline }], 0, 2);
  l.add([{ text: 'Reference date  ', paint: c.bold, keep: true }, { text: s.referenceDate }], 0, 2);
  l.blank();
  speakers(l, s, opts);
  l.blank();
  timeline(l, s);
}

/** A readable summary of one analysis. */
export function renderPretty(a: Analysis, opts: PrettyOptions): string {
  const l = new Layout(new Chalk({ level: opts.color }), opts.width);
  sections(l, summarize(a, opts.text), opts);
  return `${l.lines.join('\n')}\n`;
}
