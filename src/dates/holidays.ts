// Named days: "Christmas Day", "New Year's Eve", "Thanksgiving", "Easter Sunday", "Labor Day 2021".
import { fromDay, nthWeekday, toDay } from './calendar.js';
import { glued, isCapitalized, isPunct, periodTimex, word, type Context, type Hit, type Parser } from './context.js';
import { yearNumber } from './absolute.js';

/** Easter Sunday (Anonymous Gregorian algorithm). */
function easter(y: number): number {
  const a = y % 19,
    b = Math.floor(y / 100),
    c = y % 100,
    d = Math.floor(b / 4),
    e = b % 4;
  const f = Math.floor((b + 8) / 25),
    g = Math.floor((b - f + 1) / 3),
    h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4),
    k = c % 4,
    l = (32 + 2 * e + 2 * i - h - k) % 7,
    m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return toDay(y, month, ((h + l - 7 * m + 114) % 31) + 1);
}

interface Holiday {
  /** The words after the first one, each optional word marked with "?". */
  rest: string[];
  /** The holiday's day in year `y`. */
  day: (y: number) => number;
}

const HOLIDAYS = new Map<string, Holiday[]>([
  [
    'christmas',
    [
      { rest: ['eve'], day: (y) => toDay(y, 12, 24) },
      { rest: ['day?'], day: (y) => toDay(y, 12, 25) },
    ],
  ],
  [
    'new',
    [
      { rest: ['year', "'", 's', 'eve'], day: (y) => toDay(y - 1, 12, 31) },
      { rest: ['year', "'", 's', 'day'], day: (y) => toDay(y, 1, 1) },
    ],
  ],
  ['thanksgiving', [{ rest: ['day?'], day: (y) => nthWeekday(y, 11, 4, 4) }]],
  ['easter', [{ rest: ['sunday?'], day: easter }]],
  ['memorial', [{ rest: ['day'], day: (y) => nthWeekday(y, 5, 1, -1) }]],
  ['labor', [{ rest: ['day'], day: (y) => nthWeekday(y, 9, 1, 1) }]],
  ['halloween', [{ rest: [], day: (y) => toDay(y, 10, 31) }]],
]);

export const holiday: Parser = (c, i) => relativeHoliday(c, i, null);

/** A holiday after "last" (-1), "this" (0) or "next" (1), or on its own (null: nearest, by tense). */
export function relativeHoliday(c: Context, i: number, shift: number | null): Hit | null {
  const options = HOLIDAYS.get(word(c, i));
  if (!options || !isCapitalized(c, i) || otherCalendar(c, i)) return null;
  for (const h of options) {
    let k = i + 1;
    let ok = true;
    for (const part of h.rest) {
      const optional = part.endsWith('?');
      const want = optional ? part.slice(0, -1) : part;
      const here = want === "'" ? isPunct(c, k, "'’") && glued(c, k) : word(c, k) === want;
      if (here) k++;
      else if (!optional) {
        ok = false;
        break;
      }
    }
    // "Easter Island", "Christmas Tree Farm": a name.
    if (!ok || isCapitalized(c, k)) continue;
    const explicit = shift === null ? yearNumber(c, k) : null;
    // On its own, a holiday is the last one (news reports the past) unless the verb looks ahead;
    // a present-tense verb takes the nearest.
    const tense = shift === null ? c.tenseAt(i) : null;
    const direction = shift ?? (tense === 'future' ? 1 : tense === 'present' ? 0 : -1);
    const y = explicit ?? yearAround(c.ref, h.day, direction, shift === null);
    if (y === null) return { end: k, timex: { type: 'date', value: null, mod: null, interval: null } };
    const day = h.day(y);
    return {
      end: explicit === null ? k : k + 1,
      timex: periodTimex({ unit: 'day', day }),
      period: { unit: 'day', day },
    };
  }
  return null;
}

/** "for Orthodox Christmas", "the Lunar New Year": a capitalised word inside the sentence before
 *  the name makes it another calendar's feast, on another day. */
function otherCalendar(c: Context, i: number): boolean {
  const before = c.tokens[i - 2];
  return (
    isCapitalized(c, i - 1) &&
    c.tokens[i - 1]!.kind === 'word' &&
    !!before &&
    before.kind === 'word' &&
    before.sentence === c.tokens[i]!.sentence &&
    !isCapitalized(c, i - 2)
  );
}

/** The year whose holiday is the last before (or first after) the reference; today counts when `inclusive`. */
function yearAround(
  ref: number | null,
  dayIn: (y: number) => number,
  shift: number,
  inclusive: boolean,
): number | null {
  if (ref === null) return null;
  const y = fromDay(ref).y;
  const slack = inclusive ? 1 : 0;
  if (shift < 0) return dayIn(y) < ref + slack ? y : y - 1;
  if (shift > 0) return dayIn(y) > ref - slack ? y : y + 1;
  if (!inclusive) return y;
  return [y - 1, y + 1].reduce(
    (best, other) => (Math.abs(dayIn(other) - ref) < Math.abs(dayIn(best) - ref) ? other : best),
    y,
  );
}
