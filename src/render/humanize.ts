// TIMEX3 values as a person reads them: "2021-07-26TEV" is "Mon 26 Jul 2021, evening",
// "PRESENT_REF" is "now", "2022-W37" is "this week" when the statement is dated that week.
// Null for what this cannot read, so callers fall back to the words of the text, never to the code.
import type { DateMod, DateType } from '../types.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const PARTS_OF_DAY: Record<string, string> = {
  MO: 'morning',
  MI: 'midday',
  AF: 'afternoon',
  EV: 'evening',
  NI: 'night',
  DT: 'daytime',
};
const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const REFS: Record<string, string> = { PRESENT_REF: 'now', PAST_REF: 'the past', FUTURE_REF: 'the future' };
const UNITS: Record<string, string> = {
  Y: 'year',
  M: 'month',
  W: 'week',
  D: 'day',
  H: 'hour',
  MIN: 'minute',
  S: 'second',
  DE: 'decade',
  CE: 'century',
  Q: 'quarter',
};
const EVERY: Record<string, string> = {
  P1D: 'every day',
  P1W: 'every week',
  P1M: 'every month',
  P1Y: 'every year',
  PT1H: 'every hour',
};
const MOD_WORDS: Partial<Record<NonNullable<DateMod>, (s: string) => string>> = {
  START: (s) => `early ${s}`,
  MID: (s) => `mid-${s}`,
  END: (s) => `late ${s}`,
  APPROX: (s) => `about ${s}`,
  BEFORE: (s) => `before ${s}`,
  AFTER: (s) => `after ${s}`,
};

const short = (month: number) => MONTHS[month - 1]!.slice(0, 3);

/** A real calendar day, as a Date at UTC midnight, or null ("2021-02-30" is not one). */
function day(y: number, m: number, d: number): Date | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : null;
}

function parseDay(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m ? day(+m[1]!, +m[2]!, +m[3]!) : null;
}

const dayLabel = (d: Date) =>
  `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${short(d.getUTCMonth() + 1)} ${d.getUTCFullYear()}`;

/** Monday of ISO week `week` of `year`. */
function isoWeekMonday(year: number, week: number): Date | null {
  if (week < 1 || week > 53) return null;
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + (week - 1) * 7 * 86_400_000;
  return new Date(monday);
}

const WEEK_WORDS: Record<number, string> = { [-1]: 'last week', 0: 'this week', 1: 'next week' };

function weekLabel(year: number, week: number, reference: string | null): string | null {
  const monday = isoWeekMonday(year, week);
  if (!monday) return null;
  const ref = reference ? parseDay(reference) : null;
  if (ref) {
    const refMonday = ref.getTime() - ((ref.getUTCDay() + 6) % 7) * 86_400_000;
    const words = WEEK_WORDS[Math.round((monday.getTime() - refMonday) / (7 * 86_400_000))];
    if (words) return words;
  }
  return `week of ${monday.getUTCDate()} ${short(monday.getUTCMonth() + 1)} ${monday.getUTCFullYear()}`;
}

function clockLabel(value: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(?:(\d{2}):(\d{2})(?::\d{2})?|(MO|MI|AF|EV|NI|DT))$/.exec(value);
  const d = m ? parseDay(m[1]!) : null;
  if (!m || !d) return null;
  if (m[4]) return `${dayLabel(d)}, ${PARTS_OF_DAY[m[4]]}`;
  if (+m[2]! > 24 || +m[3]! > 59) return null;
  return `${dayLabel(d)}, ${m[2]}:${m[3]}`;
}

const plural = (unit: string) => (unit === 'century' ? 'centuries' : `${unit}s`);

/** "P2Y" → "2 years", "PXY" → "years", "PT3H" → "3 hours". */
function durationLabel(value: string): string | null {
  const m = /^P(T?)(\d+(?:\.\d+)?|X)(Y|M|W|D|H|MIN|S|DE|CE|Q)$/.exec(value);
  if (!m) return null;
  // "PT3M" is minutes, "P3M" months.
  const unit = m[3] === 'M' && m[1] ? 'minute' : UNITS[m[3]!]!;
  if (m[2] === 'X') return plural(unit);
  return `${m[2]} ${m[2] === '1' ? unit : plural(unit)}`;
}

function setLabel(value: string): string | null {
  if (EVERY[value]) return EVERY[value]!;
  const weekday = /^XXXX-WXX-([1-7])$/.exec(value);
  if (weekday) return `every ${DAY_NAMES[+weekday[1]! % 7]}`;
  const duration = durationLabel(value);
  return duration ? `every ${duration.replace(/^1 /, '')}` : null;
}

/** A TIMEX3 calendar value (no mod) in words, or null. */
function pointLabel(value: string, reference: string | null): string | null {
  if (REFS[value]) return REFS[value]!;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) {
    const d = day(+m[1]!, +m[2]!, +m[3]!);
    return d ? dayLabel(d) : null;
  }
  if (value.includes('T')) return clockLabel(value);
  if ((m = /^(\d{4})-(\d{2})$/.exec(value)))
    return +m[2]! >= 1 && +m[2]! <= 12 ? `${MONTHS[+m[2]! - 1]} ${m[1]}` : null;
  if ((m = /^(\d{4})$/.exec(value))) return m[1]!;
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return `Q${m[2]} ${m[1]}`;
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return `${m[2] === '1' ? 'first' : 'second'} half of ${m[1]}`;
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return `${SEASONS[m[2]!]} ${m[1]}`;
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) return weekLabel(+m[1]!, +m[2]!, reference);
  if ((m = /^XXXX-(\d{2})-(\d{2})$/.exec(value)))
    return day(2000, +m[1]!, +m[2]!) ? `${+m[2]!} ${short(+m[1]!)}` : null;
  if ((m = /^(\d{3})$/.exec(value))) return `${m[1]}0s`;
  if ((m = /^(\d{2})$/.exec(value))) return `${m[1]}00s`;
  return null;
}

/**
 * A range of days "start/end": "19–23 Sep 2022", "30 Sep – 2 Oct 2022",
 * "30 Dec 2022 – 2 Jan 2023"; one day is that day.
 */
export function humanRange(interval: string): string | null {
  const [from, to, extra] = interval.split('/');
  const a = from ? parseDay(from) : null;
  const b = to ? parseDay(to) : null;
  if (!a || !b || extra !== undefined || b < a) return null;
  if (a.getTime() === b.getTime()) return dayLabel(a);
  const [ad, am, ay] = [a.getUTCDate(), a.getUTCMonth() + 1, a.getUTCFullYear()];
  const [bd, bm, by] = [b.getUTCDate(), b.getUTCMonth() + 1, b.getUTCFullYear()];
  const lastOfMonth = (d: Date) =>
    new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate() === d.getUTCDate();
  if (ad === 1 && lastOfMonth(b)) {
    if (am === 1 && bm === 12 && ay === by) return String(ay);
    if (am === bm && ay === by) return `${MONTHS[am - 1]} ${ay}`;
  }
  if (ay !== by) return `${ad} ${short(am)} ${ay} – ${bd} ${short(bm)} ${by}`;
  if (am !== bm) return `${ad} ${short(am)} – ${bd} ${short(bm)} ${by}`;
  return `${ad}–${bd} ${short(am)} ${ay}`;
}

export interface HumanDateOptions {
  type?: DateType;
  mod?: DateMod;
  /** The statement's reference date (YYYY-MM-DD), for "this week". */
  reference?: string | null;
}

/** A TIMEX3 value in words, or null when it is not one this can read. */
export function humanDate(
  value: string,
  { type = 'date', mod = null, reference = null }: HumanDateOptions = {},
): string | null {
  let label: string | null;
  if (type === 'set') label = setLabel(value);
  else if (type === 'duration' || /^PT?[\dX]/.test(value)) label = durationLabel(value);
  else if (value.includes('/')) label = humanRange(value);
  else label = pointLabel(value, reference);
  if (label === null) return null;
  const withMod = mod ? MOD_WORDS[mod] : undefined;
  return withMod ? withMod(label) : label;
}

const SEASON_MONTH: Record<string, string> = { WI: '01', SP: '03', SU: '06', FA: '09' };

/**
 * Roughly where a TIMEX3 value or interval starts, as YYYY[-MM[-DD]], for sorting a timeline:
 * quarters, seasons and weeks go to their first month. Null for what is not on a calendar
 * (durations, PRESENT_REF, decades).
 */
export function calendarDay(value: string | null, interval: string | null = null): string | null {
  const from = interval ?? value;
  const m = from ? /^(\d{4})(?:-(\d{2})(-\d{2})?|-Q([1-4])|-(WI|SP|SU|FA)|-W(\d{2}))?/.exec(from) : null;
  if (!m) return null;
  const [, year, month, day, quarter, season, week] = m;
  if (month) return `${year}-${month}${day ?? ''}`;
  if (quarter) return `${year}-${String(+quarter * 3 - 2).padStart(2, '0')}`;
  if (season) return `${year}-${SEASON_MONTH[season]}`;
  if (week) return `${year}-${String(Math.min(12, Math.floor(((+week - 1) * 7) / 30.5) + 1)).padStart(2, '0')}`;
  return year!;
}
