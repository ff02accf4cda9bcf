// The timeline as an inline SVG chart: a calendar axis, each event a dot (a bar for a span of
// days) with its name in a lane of its own where names would collide, the other date mentions as
// ticks on the axis, and the reference date as a dashed line. Every mark links to its place in the text.
import { largest, smallest } from '../../arrays.js';
import type { Analysis, DateOut, EventOut } from '../../types.js';
import { dayRange, rangeLabel, shortDayLabel, type DayRange } from './days.js';
import { escapeHtml } from './escape.js';

const WIDTH = 900;
const MARGIN = 24;
const LANE = 22;
const AXIS_ROOM = 34;
/** Rough width of a label character at the chart's font size, to keep names from colliding. */
const CHAR_WIDTH = 6.6;
const MAX_LABEL = 48;
/** Longer spans ("2019", "this year") are not points in time: they would stretch the axis. */
const MAX_TICK_DAYS = 31;
const MAX_EVENT_DAYS = 92;

interface Plotted {
  range: DayRange;
  href: string;
  title: string;
}

interface PlottedEvent extends Plotted {
  label: string;
  status: string;
}

const within = (days: number) => (r: DayRange | null) => (r && r.last - r.first < days ? r : null);

const cut = (s: string) =>
  Array.from(s).length > MAX_LABEL
    ? `${Array.from(s)
        .slice(0, MAX_LABEL - 1)
        .join('')}…`
    : s;

function eventRange(ev: EventOut, dates: Map<string, DateOut>): DayRange | null {
  const from = ev.dateId ? dates.get(ev.dateId) : undefined;
  return dayRange(from?.interval ?? null) ?? dayRange(ev.date);
}

/** The SVG, or null when nothing in the text falls on the calendar. */
export function timelineSvg(a: Analysis, prefix: string): string | null {
  const dates = new Map(a.dates.map((d) => [d.id, d]));
  const events: PlottedEvent[] = a.events.flatMap((ev) => {
    const range = within(MAX_EVENT_DAYS)(eventRange(ev, dates));
    if (!range) return [];
    const status = ev.status ?? 'unknown';
    return [
      {
        range,
        href: `#${prefix}-${ev.id}`,
        label: cut(ev.name),
        status,
        title: `${ev.name}: ${status}, ${rangeLabel(range)}`,
      },
    ];
  });
  const usedDates = new Set(a.events.map((ev) => ev.dateId));
  const ticks: Plotted[] = a.dates.flatMap((d) => {
    if (usedDates.has(d.id) || (d.type !== 'date' && d.type !== 'time')) return [];
    const range = within(MAX_TICK_DAYS)(dayRange(d.interval));
    return range ? [{ range, href: `#${prefix}-${d.id}`, title: `“${d.text}”: ${rangeLabel(range)}` }] : [];
  });
  const reference = dayRange(a.referenceDate);
  const all = [...events, ...ticks].map((p) => p.range);
  if (all.length === 0) return null;
  if (reference) all.push(reference);
  let first = smallest(all.map((r) => r.first));
  let last = largest(all.map((r) => r.last));
  if (last - first < 6) [first, last] = [first - 3, last + 3];
  const x = (day: number) => MARGIN + ((day - first) / (last + 1 - first)) * (WIDTH - 2 * MARGIN);

  // Lanes: each event's label goes in the first lane where it does not run into an earlier one.
  const laneEnds: number[] = [];
  const placed = events
    .sort((p, q) => p.range.first - q.range.first)
    .map((ev) => {
      const x1 = x(ev.range.first);
      const x2 = Math.max(x(ev.range.last + 1), x1 + 1);
      const labelWidth = ev.label.length * CHAR_WIDTH + 12;
      const leftward = x2 + labelWidth > WIDTH - 4;
      const span = leftward ? [x1 - labelWidth, x2] : [x1, x2 + labelWidth];
      let lane = laneEnds.findIndex((end) => end < span[0]!);
      if (lane < 0) lane = laneEnds.push(0) - 1;
      laneEnds[lane] = span[1]!;
      return { ev, x1, x2, lane, leftward };
    });
  const lanes = Math.max(laneEnds.length, 1);
  const axisY = lanes * LANE + 14;
  const height = axisY + AXIS_ROOM;

  const svg: string[] = [
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="Timeline from ${escapeHtml(shortDayLabel(first))} to ${escapeHtml(shortDayLabel(last))}">`,
    `<line class="axis" x1="${MARGIN}" y1="${axisY}" x2="${WIDTH - MARGIN}" y2="${axisY}"/>`,
  ];
  const TICKS = 5;
  for (let i = 0; i <= TICKS; i++) {
    const day = Math.round(first + ((last - first) * i) / TICKS);
    const anchor = i === 0 ? 'start' : i === TICKS ? 'end' : 'middle';
    svg.push(
      `<line class="grid" x1="${x(day).toFixed(1)}" y1="${axisY}" x2="${x(day).toFixed(1)}" y2="${axisY + 5}"/>`,
      `<text class="tick" x="${x(day).toFixed(1)}" y="${axisY + 20}" text-anchor="${anchor}">${escapeHtml(shortDayLabel(day))}</text>`,
    );
  }
  if (reference) {
    const rx = x(reference.first).toFixed(1);
    svg.push(
      `<g class="reference"><title>Reference date: ${escapeHtml(shortDayLabel(reference.first))}</title><line x1="${rx}" y1="4" x2="${rx}" y2="${axisY}"/></g>`,
    );
  }
  for (const t of ticks) {
    const tx = x(t.range.first).toFixed(1);
    svg.push(
      `<a href="${escapeHtml(t.href)}" class="mention"><title>${escapeHtml(t.title)}</title><rect x="${(+tx - 3).toFixed(1)}" y="${axisY - 9}" width="6" height="9" rx="1"/></a>`,
    );
  }
  for (const { ev, x1, x2, lane, leftward } of placed) {
    const y = lane * LANE + 14;
    const mark =
      x2 - x1 > 8
        ? `<rect x="${x1.toFixed(1)}" y="${y - 4}" width="${(x2 - x1).toFixed(1)}" height="8" rx="3"/>`
        : `<circle cx="${((x1 + x2) / 2).toFixed(1)}" cy="${y}" r="5"/>`;
    const lx = leftward ? x1 - 8 : Math.max(x2, x1 + 5) + 8;
    svg.push(
      `<a href="${escapeHtml(ev.href)}" class="event ${escapeHtml(ev.status)}"><title>${escapeHtml(ev.title)}</title>${mark}` +
        `<text x="${lx.toFixed(1)}" y="${y + 4}" text-anchor="${leftward ? 'end' : 'start'}">${escapeHtml(ev.label)}</text></a>`,
    );
  }
  svg.push('</svg>');
  return svg.join('');
}
