// Refiners run over the parsers' matches in text order and join the ones a reader reads as one:
// "10 p.m. Wednesday" (a time on a day), "from 2019 to 2024" (one range).
import { word, type Context, type Timex } from './context.js';
import { intervalOf, periodDays, type Period } from './period.js';

/** A parser's match: tokens [first, end). */
export interface Found {
  first: number;
  end: number;
  timex: Timex;
  period: Period | null;
}

type Refiner = (c: Context, found: Found[]) => Found[];

const isDay = (f: Found): boolean => f.period?.unit === 'day' && f.timex.type === 'date';

/** "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 6": the time moves to that day. */
const timeOnDay: Refiner = (c, found) => {
  const out: Found[] = [];
  for (let k = 0; k < found.length; k++) {
    const time = found[k]!;
    const day = found[k + 1];
    const gap = day ? day.first - time.end : -1;
    const joined = gap === 0 || (gap === 1 && (word(c, time.end) === 'on' || [',', '.'].includes(c.tokens[time.end]?.text ?? '')));
    if (time.timex.type === 'time' && day && isDay(day) && joined && time.timex.value?.includes('T')) {
      const clock = time.timex.value.slice(time.timex.value.indexOf('T'));
      out.push({ first: time.first, end: day.end, timex: { ...day.timex, type: 'time', value: `${day.timex.value}${clock}` }, period: day.period });
      k++;
    } else out.push(time);
  }
  return out;
};

const RANGE_JOINS = new Map([['from', ['to', 'through', 'until', 'till']]]);

/** "from 2019 to 2024", "from March to May": one range over both (the preposition left out). */
const fromToRange: Refiner = (c, found) => {
  const out: Found[] = [];
  for (let k = 0; k < found.length; k++) {
    const a = found[k]!;
    const b = found[k + 1];
    const joins = RANGE_JOINS.get(word(c, a.first - 1));
    const unit = a.period?.unit;
    if (b && joins && b.first === a.end + 1 && joins.includes(word(c, a.end)) && (unit === 'year' || unit === 'month') && b.period?.unit === unit) {
      const from = periodDays(a.period!)[0];
      const to = periodDays(b.period!)[1];
      if (to > from) {
        const interval = intervalOf([from, to]);
        out.push({ first: a.first, end: b.end, timex: { type: 'date', value: interval, mod: null, interval }, period: null });
        k++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
};

export const REFINERS: readonly Refiner[] = [timeOnDay, fromToRange];
