// Calendar days as numbers (days since 1970-01-01, UTC) and as a person reads them.

export interface DayRange {
  first: number;
  last: number;
}

const DAY_MS = 86_400_000;

function dayNumber(y: number, m: number, d: number): number | null {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  return back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d ? t / DAY_MS : null;
}

/**
 * The days a value covers: "2021-07-27/2021-07-30" (an interval), "2021-07-27", "2021-07" or "2021".
 * Other TIMEX values (weeks, seasons, PRESENT_REF …) give null.
 */
export function dayRange(value: string | null): DayRange | null {
  if (!value) return null;
  const interval = /^(\d{4})-(\d{2})-(\d{2})\/(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (interval) {
    const [first, last] = [
      dayNumber(+interval[1]!, +interval[2]!, +interval[3]!),
      dayNumber(+interval[4]!, +interval[5]!, +interval[6]!),
    ];
    return first !== null && last !== null && first <= last ? { first, last } : null;
  }
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const y = +m[1]!;
  if (m[3]) {
    const day = dayNumber(y, +m[2]!, +m[3]);
    return day === null ? null : { first: day, last: day };
  }
  if (m[2]) {
    const first = dayNumber(y, +m[2], 1);
    return first === null ? null : { first, last: dayNumber(y, +m[2] + 1, 1)! - 1 };
  }
  return { first: dayNumber(y, 1, 1)!, last: dayNumber(y, 12, 31)! };
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "27 Jul 2021" */
export function shortDayLabel(day: number): string {
  const d = new Date(day * DAY_MS);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "Tue 27 Jul 2021" */
export const dayLabel = (day: number): string =>
  `${WEEKDAYS[new Date(day * DAY_MS).getUTCDay()]} ${shortDayLabel(day)}`;

/** "27 Jul 2021", or "27 Jul 2021 – 3 Aug 2021" for a range. */
export const rangeLabel = (r: DayRange): string =>
  r.first === r.last ? shortDayLabel(r.first) : `${shortDayLabel(r.first)} – ${shortDayLabel(r.last)}`;
