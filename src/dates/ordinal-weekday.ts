// A weekday counted within a month: "the first Monday of April", "the last Friday in May 2027",
// "the second Tuesday of next month", "the last Thursday of the month" (the reference's month).
import { addMonths, fromDay, nthWeekday } from './calendar.js';
import { isCapitalized, isPunct, monthAt, periodTimex, word, yearFor, type Parser } from './context.js';
import { ORDINALS, RELATIVE_OFFSETS, WEEKDAYS } from './lexicon.js';
import { yearNumber } from './absolute.js';

/** The most weeks a weekday can be counted in a month. */
const MAX_COUNT = 5;

export const ordinalWeekday: Parser = (c, i) => {
  if (word(c, i) !== 'the') return null;
  const n = ORDINALS.get(word(c, i + 1));
  const wd = WEEKDAYS.get(word(c, i + 2));
  if (n === undefined || n > MAX_COUNT || !wd || !isCapitalized(c, i + 2)) return null;
  if (word(c, i + 3) !== 'of' && word(c, i + 3) !== 'in') return null;
  const k = i + 4;
  const month = monthAt(c, k, null);
  if (month && isCapitalized(c, k)) {
    // "April 2027", "April, 2027"
    const comma = isPunct(c, month.end, ',') ? 1 : 0;
    const explicit = yearNumber(c, month.end + comma);
    if (explicit !== null) return dayHit(nthWeekday(explicit, month.m, wd, n), month.end + comma + 1);
    const y = yearFor(c, k, month.m, null);
    if (y === null) return dayHit(null, month.end);
    // The month's year is read from its tense; the day itself must lie on that side too: "the last
    // Monday of March was a holiday", said on 17 March, is last year's.
    const day = nthWeekday(y, month.m, wd, n);
    const tense = c.tenseAt(i);
    const shift = tense === 'past' && day > c.ref! ? -1 : tense === 'future' && day < c.ref! ? 1 : 0;
    return dayHit(shift === 0 ? day : nthWeekday(y + shift, month.m, wd, n), month.end);
  }
  // "of next month", "of the month"
  const shift = word(c, k) === 'the' ? 0 : RELATIVE_OFFSETS.get(word(c, k));
  if (shift === undefined || word(c, k + 1) !== 'month' || word(c, k) === 'past') return null;
  if (c.ref === null) return dayHit(null, k + 2);
  const at = addMonths(fromDay(c.ref), shift);
  return dayHit(nthWeekday(at.y, at.m, wd, n), k + 2);
};

const dayHit = (day: number | null, end: number) => ({
  end,
  timex: periodTimex(day === null ? null : { unit: 'day', day }),
  period: day === null ? null : ({ unit: 'day', day } as const),
});
