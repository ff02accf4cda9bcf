// A calendar period ("2020-11", "2020-W43", "2020-SU") with its TIMEX3 value and the days it covers.
import { addMonths, daysInMonth, formatDay, fromDay, isoWeek, isoWeekMonday, pad, toDay } from './calendar.js';

export type Season = 'SP' | 'SU' | 'FA' | 'WI';

export type Period =
  | { unit: 'day'; day: number }
  | { unit: 'weekend'; y: number; w: number }
  | { unit: 'week'; y: number; w: number }
  | { unit: 'month'; y: number; m: number }
  | { unit: 'quarter'; y: number; q: number }
  | { unit: 'half'; y: number; h: number }
  | { unit: 'season'; y: number; s: Season }
  | { unit: 'year'; y: number }
  | { unit: 'decade'; y: number }
  | { unit: 'century'; y: number };

export type PeriodUnit = Period['unit'];

/** Meteorological seasons: first month, and the year of winter is the year its December falls in. */
const SEASON_START: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

export function periodValue(p: Period): string {
  switch (p.unit) {
    case 'day':
      return formatDay(p.day);
    case 'weekend':
      return `${pad(p.y, 4)}-W${pad(p.w)}-WE`;
    case 'week':
      return `${pad(p.y, 4)}-W${pad(p.w)}`;
    case 'month':
      return `${pad(p.y, 4)}-${pad(p.m)}`;
    case 'quarter':
      return `${pad(p.y, 4)}-Q${p.q}`;
    case 'half':
      return `${pad(p.y, 4)}-H${p.h}`;
    case 'season':
      return `${pad(p.y, 4)}-${p.s}`;
    case 'year':
      return pad(p.y, 4);
    case 'decade':
      return pad(Math.floor(p.y / 10), 3);
    case 'century':
      return pad(Math.floor(p.y / 100), 2);
  }
}

const monthSpan = (y: number, m: number, months: number): [number, number] => {
  const last = addMonths({ y, m, d: 1 }, months - 1);
  return [toDay(y, m, 1), toDay(last.y, last.m, daysInMonth(last.y, last.m))];
};

/** First and last day the period covers (day numbers). */
export function periodDays(p: Period): [number, number] {
  switch (p.unit) {
    case 'day':
      return [p.day, p.day];
    case 'weekend': {
      const mon = isoWeekMonday(p.y, p.w);
      return [mon + 5, mon + 6];
    }
    case 'week': {
      const mon = isoWeekMonday(p.y, p.w);
      return [mon, mon + 6];
    }
    case 'month':
      return monthSpan(p.y, p.m, 1);
    case 'quarter':
      return monthSpan(p.y, p.q * 3 - 2, 3);
    case 'half':
      return monthSpan(p.y, p.h * 6 - 5, 6);
    case 'season':
      return monthSpan(p.y, SEASON_START[p.s], 3);
    case 'year':
      return monthSpan(p.y, 1, 12);
    case 'decade':
      return [toDay(p.y, 1, 1), toDay(p.y + 9, 12, 31)];
    case 'century':
      return [toDay(p.y, 1, 1), toDay(p.y + 99, 12, 31)];
  }
}

export type PartMod = 'START' | 'MID' | 'END';

/** The days of the early / mid / late part of a period: days 1-10 / 11-20 / 21-end of a month, thirds otherwise. */
export function partDays(p: Period, part: PartMod): [number, number] {
  const [first, last] = periodDays(p);
  if (p.unit === 'month') {
    if (part === 'START') return [first, first + 9];
    if (part === 'MID') return [first + 10, first + 19];
    return [first + 20, last];
  }
  const third = Math.floor((last - first + 1) / 3);
  if (part === 'START') return [first, first + third - 1];
  if (part === 'MID') return [first + third, last - third];
  return [last - third + 1, last];
}

export const intervalOf = ([first, last]: [number, number]): string => `${formatDay(first)}/${formatDay(last)}`;

/** The period of `unit` holding `day`. */
export function periodAt(unit: PeriodUnit, day: number): Period {
  const { y, m } = fromDay(day);
  switch (unit) {
    case 'day':
      return { unit, day };
    case 'week':
    case 'weekend':
      return { unit, ...isoWeek(day) };
    case 'month':
      return { unit, y, m };
    case 'quarter':
      return { unit, y, q: Math.ceil(m / 3) };
    case 'half':
      return { unit, y, h: m <= 6 ? 1 : 2 };
    case 'season': {
      const s: Season = m >= 3 && m <= 5 ? 'SP' : m >= 6 && m <= 8 ? 'SU' : m >= 9 && m <= 11 ? 'FA' : 'WI';
      return { unit, y: s === 'WI' && m < 12 ? y - 1 : y, s };
    }
    case 'year':
      return { unit, y };
    case 'decade':
      return { unit, y: y - (y % 10) };
    case 'century':
      return { unit, y: y - (y % 100) };
  }
}

/** The period `n` units after (before, when negative) the one holding `day`. */
export function shiftPeriod(unit: PeriodUnit, day: number, n: number): Period {
  const at = fromDay(day);
  switch (unit) {
    case 'day':
      return periodAt(unit, day + n);
    case 'week':
    case 'weekend':
      return periodAt(unit, day + 7 * n);
    case 'month':
      return periodAt(unit, dayOf(addMonths(at, n)));
    case 'quarter':
      return periodAt(unit, dayOf(addMonths(at, 3 * n)));
    case 'half':
      return periodAt(unit, dayOf(addMonths(at, 6 * n)));
    case 'season':
      return periodAt(unit, dayOf(addMonths(at, 3 * n)));
    case 'year':
      return { unit, y: at.y + n };
    case 'decade':
      return { unit, y: at.y - (at.y % 10) + 10 * n };
    case 'century':
      return { unit, y: at.y - (at.y % 100) + 100 * n };
  }
}

const dayOf = (v: { y: number; m: number; d: number }): number => toDay(v.y, v.m, v.d);
