// Calendar arithmetic on plain day numbers (days since 1970-01-01, UTC): no time zones, no Date
// objects kept around, so resolving a date is a few integer operations.

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

export const toDay = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY_MS;

/** The calendar date of a day number (Howard Hinnant's civil_from_days: integer arithmetic only). */
export function fromDay(day: number): Ymd {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** 1 = Monday ... 7 = Sunday (ISO). */
export const weekday = (day: number): number => ((((day + 3) % 7) + 7) % 7) + 1;

export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

export const isValidDate = (y: number, m: number, d: number): boolean =>
  m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);

/** The ISO week holding `day`: its week-year and number. */
export function isoWeek(day: number): { y: number; w: number } {
  const thursday = day - weekday(day) + 4;
  const { y } = fromDay(thursday);
  return { y, w: Math.floor((thursday - toDay(y, 1, 1)) / 7) + 1 };
}

/** The Monday of ISO week `w` of week-year `y`. */
export function isoWeekMonday(y: number, w: number): number {
  const jan4 = toDay(y, 1, 4);
  return jan4 - weekday(jan4) + 1 + (w - 1) * 7;
}

export function addMonths(at: Ymd, months: number): Ymd {
  const index = at.y * 12 + (at.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: Math.min(at.d, daysInMonth(y, m)) };
}

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export const formatDay = (day: number): string => {
  const { y, m, d } = fromDay(day);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
};

export function parseIsoDate(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDate(y, m, d) ? toDay(y, m, d) : null;
}

/** The `n`th (1-based; -1 = last) weekday `wd` of a month. */
export function nthWeekday(y: number, m: number, wd: number, n: number): number {
  if (n < 0) {
    const last = toDay(y, m, daysInMonth(y, m));
    return last - ((weekday(last) - wd + 7) % 7);
  }
  const first = toDay(y, m, 1);
  return first + ((wd - weekday(first) + 7) % 7) + 7 * (n - 1);
}
