// Refiners run over the parsers' matches in text order and join the ones a reader reads as one:
// "10 p.m. Wednesday" (a time on a day), "from 2019 to 2024" (one range).
import { glued, isCapitalized, periodTimex, weekdayFor, word, type Context, type Timex } from './context.js';
import { DAY_PARTS, WEEKDAYS } from './lexicon.js';
import { addMonths, formatDay, fromDay, parseIsoDate, toDay, weekday } from './calendar.js';
import { intervalOf, periodAt, periodDays, shiftPeriod, type Period, type PeriodUnit } from './period.js';

/** A parser's match: tokens [first, end). */
export interface Found {
  first: number;
  end: number;
  timex: Timex;
  period: Period | null;
  /** Set on "that year" and the like until anchoredOnEarlierDate resolves them. */
  anaphor?: PeriodUnit;
}

type Refiner = (c: Context, found: Found[]) => Found[];

const isDay = (f: Found): boolean => f.period?.unit === 'day' && f.timex.type === 'date';

const isClock = (f: Found): boolean => f.timex.type === 'time' && !!f.timex.value?.includes('T');
const clockOn = (day: Found, clock: Found): string =>
  `${day.timex.value}${clock.timex.value!.slice(clock.timex.value!.indexOf('T'))}`;

/**
 * A clock time next to a day: "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 6" become
 * one time on that day; in "Monday 26 October at 14:00" the two stay apart, the time on that day.
 */
const timeOnDay: Refiner = (c, found) => {
  const out: Found[] = [];
  for (let k = 0; k < found.length; k++) {
    const a = found[k]!;
    const b = found[k + 1];
    const gap = b ? b.first - a.end : -1;
    const between = gap === 1 ? c.tokens[a.end]!.lower : '';
    if (b && isClock(a) && isDay(b) && (gap === 0 || ['on', ',', '.'].includes(between))) {
      const day = weekdayBehindClock(c, a, b);
      out.push({
        first: a.first,
        end: b.end,
        timex: { ...day.timex, type: 'time', value: clockOn(day, a) },
        period: day.period,
      });
      k++;
    } else if (b && isClock(a) && isDay(b) && asideBetween(c, a, b)) {
      // "6:40 a.m. (0540 GMT) Tuesday": the day after an aside is the clock's; each keeps its span.
      out.push({ ...a, timex: { ...a.timex, value: clockOn(weekdayBehindClock(c, a, b), a) } }, b);
      k++;
    } else if (b && isDay(a) && isClock(b) && CLOCK_AFTER_DAY.has(wordsBetween(c, a, b))) {
      out.push(a, { ...b, timex: { ...b.timex, value: clockOn(a, b) } });
      k++;
      // "from 9 a.m. to 3 p.m.": the end of the span is on that day too.
      for (let n = found[k + 1]; n && isClock(n) && CLOCK_SPANS.has(wordsBetween(c, found[k]!, n)); n = found[k + 1]) {
        out.push({ ...n, timex: { ...n.timex, value: clockOn(a, n) } });
        k++;
      }
    } else out.push(a);
  }
  return out;
};

/** "until 9 a.m. Tuesday", "by noon Friday": a bare weekday after a clock time is read with the
 *  words before the clock ("until" after "extended the deadline" looks ahead). */
/** Only a bracketed aside between two mentions: "(0735 GMT)", "(local time)". */
function asideBetween(c: Context, a: Found, b: Found): boolean {
  const gap = c.tokens.slice(a.end, b.first);
  return (
    gap.length >= 3 &&
    gap.length <= 6 &&
    gap[0]!.text === '(' &&
    gap[gap.length - 1]!.text === ')' &&
    gap.every((t) => t.kind !== 'punct' || '()'.includes(t.text) || t.text === ':')
  );
}

function weekdayBehindClock(c: Context, clock: Found, day: Found): Found {
  const wd = WEEKDAYS.get(word(c, day.first));
  if (!wd || day.end !== day.first + 1 || day.period?.unit !== 'day') return day;
  const at = weekdayFor(c, clock.first, wd);
  if (at === null || at === day.period.day) return day;
  const period: Period = { unit: 'day', day: at };
  return { ...day, timex: { ...day.timex, ...periodTimex(period) }, period };
}

/** How many tokens back a clock time may look for the day its sentence names. */
const CLOCK_DAY_REACH = 30;
const SENTENCE_ENDS = new Set(['.', '!', '?', ';']);
/** Words that open another clause, whose clock time is its own ("opens Monday, and at 9 a.m."):
 *  "and" and "but" after a comma ("met and voted at 3 p.m." is one clause). */
const CLAUSE_JOINS = new Set(['while', 'whereas', 'when']);
const JOINS_AFTER_COMMA = new Set(['and', 'but']);

/**
 * A clock time the text gives no day of its own takes the day its sentence named before it: "On
 * Friday, 13 March, the minister will hold a press conference at 11:00" is at 11:00 that Friday,
 * not on the reference day.
 */
const clockOnSentenceDay: Refiner = (c, found) => {
  if (c.ref === null) return found;
  const refDay = `${formatDay(c.ref)}T`;
  let day: Found | null = null;
  return found.map((f) => {
    if (isDay(f) && !f.timex.value?.includes('T')) day = f;
    if (!day || !isClock(f) || !f.timex.value!.startsWith(refDay) || f.first - day.end > CLOCK_DAY_REACH) return f;
    for (let k = day.end; k < f.first; k++) {
      const t = c.tokens[k]!;
      if ((t.kind === 'punct' && SENTENCE_ENDS.has(t.text)) || CLAUSE_JOINS.has(t.lower)) return f;
      if (JOINS_AFTER_COMMA.has(t.lower) && c.tokens[k - 1]?.text === ',') return f;
    }
    return { ...f, timex: { ...f.timex, value: clockOn(day, f) } };
  });
};

/** What may stand between a day and its clock time: "Monday at 14:00", "May 5, from 10 a.m.". */
const CLOCK_AFTER_DAY = new Set(['at', ',', ', at', ', from', 'from', ', between', 'between']);
const CLOCK_SPANS = new Set(['to', 'until', 'till', '-', '–', 'and']);

/** The tokens between two matches, as written, spaces normalised ("", ",", ", from"). */
function wordsBetween(c: Context, a: Found, b: Found): string {
  if (b.first - a.end > 2) return '#';
  return c.tokens
    .slice(a.end, b.first)
    .map((t) => t.lower)
    .join(' ')
    .replace(' ,', ',')
    .replace(/^, /, ', ');
}

const RANGE_JOINS = new Map([['from', ['to', 'through', 'until', 'till']]]);
/** Words before two years joined by "to" that make them one range without "from": "the plan for
 *  2026 to 2031", "over 2021 through 2023" (not "extended in 2023 to 2026", a move). */
const BEFORE_YEAR_RANGE = new Set(['for', 'over', 'during', 'covering', 'spanning', 'the']);
const YEAR_RANGE_JOINS = ['to', 'through'];

/** "from 2019 to 2024", "from March to May", "for 2026 to 2031": one range over both (the preposition left out). */
const fromToRange: Refiner = (c, found) => {
  const out: Found[] = [];
  for (let k = 0; k < found.length; k++) {
    const a = found[k]!;
    const b = found[k + 1];
    const unit = a.period?.unit;
    const joins =
      RANGE_JOINS.get(word(c, a.first - 1)) ??
      (unit === 'year' && BEFORE_YEAR_RANGE.has(word(c, a.first - 1)) ? YEAR_RANGE_JOINS : undefined);
    if (
      b &&
      joins &&
      b.first === a.end + 1 &&
      joins.includes(word(c, a.end)) &&
      (unit === 'year' || unit === 'month') &&
      b.period?.unit === unit
    ) {
      const from = periodDays(a.period!)[0];
      const to = periodDays(b.period!)[1];
      if (to > from) {
        const interval = intervalOf([from, to]);
        out.push({
          first: a.first,
          end: b.end,
          timex: { type: 'date', value: interval, mod: null, interval },
          period: null,
        });
        k++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
};

const ENDING = new Set(['ending', 'ended']);
const MONTHS_PER_UNIT: Record<string, number> = { M: 1, Y: 12 };

/** The first day of the `n` days, weeks, months or years that end on `last`. */
function startOfSpanEnding(last: number, n: number, unit: string): number | null {
  if (unit === 'D') return last - n + 1;
  if (unit === 'W') return last - 7 * n + 1;
  const months = MONTHS_PER_UNIT[unit];
  if (months === undefined) return null;
  const at = addMonths(fromDay(last + 1), -n * months);
  return toDay(at.y, at.m, at.d);
}

/**
 * "the 12 months ending December 31, 2007", "the six months ended Aug. 12": the stretch ends on
 * that day, so it names calendar days. The two stay two mentions, as TimeML tags them; the
 * stretch becomes a date with its duration's value and the days it covers.
 */
const spanEndingOnDay: Refiner = (c, found) =>
  found.map((a, k) => {
    const b = found[k + 1];
    const amount = /^P(\d+)([DWMY])$/.exec(a.timex.value ?? '');
    if (!b || !amount || a.timex.type !== 'duration' || word(c, a.first) !== 'the') return a;
    if (b.first !== a.end + 1 || !ENDING.has(word(c, a.end)) || !isDay(b) || b.period?.unit !== 'day') return a;
    const last = b.period.day;
    const first = startOfSpanEnding(last, Number(amount[1]), amount[2]!);
    if (first === null) return a;
    return { ...a, timex: { ...a.timex, type: 'date', interval: intervalOf([first, last]) } };
  });

/** The day after the `n` days, weeks, months or years that start on `first`. */
function endOfSpanStarting(first: number, n: number, unit: string): number | null {
  const end = startOfSpanEnding(first - 1, -n, unit);
  return end === null ? null : end - 1;
}

/** "the first four weeks of 2021", "the first two months of the year": the stretch opens that period. */
const spanOpeningPeriod: Refiner = (c, found) =>
  found.map((a, k) => {
    const b = found[k + 1];
    const amount = /^P(\d+)([DWMY])$/.exec(a.timex.value ?? '');
    if (!b?.period || !amount || word(c, a.first) !== 'the' || word(c, a.first + 1) !== 'first') return a;
    if (b.first !== a.end + 1 || word(c, a.end) !== 'of') return a;
    const first = periodDays(b.period)[0];
    const last = endOfSpanStarting(first, Number(amount[1]), amount[2]!);
    if (last === null) return a;
    return { ...a, timex: { ...a.timex, type: 'date', interval: intervalOf([first, last]) } };
  });

const FOLLOWING_UNITS = new Map<string, PeriodUnit>([
  ['D', 'day'],
  ['W', 'week'],
  ['M', 'month'],
  ['Y', 'year'],
]);
/** How many tokens back "the following year" may look for the date it follows (a few sentences:
 *  "In March, ... . The following month, ..."). */
const FOLLOWING_REACH = 120;

/**
 * "the following year", "the following two years": counted from the date the text gave last, not
 * from the reference day. One unit is the period after it ("in May 1995 ..., and the following
 * year" = 1996); more units a stretch that starts where that one ends ("over the next three years
 * ... and the following two years").
 */
const followingPeriod: Refiner = (c, found) =>
  found.map((f, k) => {
    if (word(c, f.first) !== 'the' || word(c, f.first + 1) !== 'following') return f;
    const amount = /^P(\d+)([DWMY])$/.exec(f.timex.value ?? '');
    const unit = amount ? FOLLOWING_UNITS.get(amount[2]!) : undefined;
    // The last date that names days, past stretches that name none ("for weeks").
    let before: Found | undefined;
    for (let b = k - 1; b >= 0 && !before; b--) if (found[b]!.period || found[b]!.timex.interval) before = found[b];
    if (!amount || !unit || !before || f.first - before.end > FOLLOWING_REACH) return f;
    const n = Number(amount[1]);
    const last = before.period
      ? periodDays(before.period)[1]
      : parseIsoDate(before.timex.interval?.split('/')[1] ?? '');
    if (last === null) return f;
    if (n === 1 && before.period) {
      const period = shiftPeriod(unit, last, 1);
      return { ...f, timex: { ...periodTimex(period), mod: f.timex.mod }, period };
    }
    // A stretch after a calendar period opens the day after it; after a stretch counted from a
    // day, on that day (as "the next three years" runs from the reference day to its anniversary).
    const first = before.period ? last + 1 : last;
    const end = before.period ? endOfSpanStarting(first, n, amount[2]!) : startOfSpanEnding(first - 1, -n, amount[2]!);
    if (end === null) return f;
    return { ...f, timex: { ...f.timex, type: 'date', interval: intervalOf([first, end]) } };
  });

/**
 * "a strike on Tuesday 3 March ... and another the following Friday": the first such weekday after
 * the last day the text gave, one expression (not the Friday nearest the reference day).
 */
const followingWeekday: Refiner = (c, found) =>
  found.map((f, k) => {
    const wd = WEEKDAYS.get(word(c, f.first));
    if (!wd || f.end !== f.first + 1 || word(c, f.first - 1) !== 'following' || word(c, f.first - 2) !== 'the')
      return f;
    let before: Found | undefined;
    for (let b = k - 1; b >= 0 && !before; b--) if (found[b]!.period?.unit === 'day') before = found[b];
    if (!before?.period || before.period.unit !== 'day' || f.first - before.end > FOLLOWING_REACH) return f;
    const day = before.period.day + ((wd - weekday(before.period.day) + 6) % 7) + 1;
    const period: Period = { unit: 'day', day };
    return { ...f, first: f.first - 2, timex: periodTimex(period), period };
  });

/** The noun of "the <noun> of" right before a day ("the week of March 6" → "week"), or "". */
function nounOfDay(c: Context, f: Found): string {
  const at = f.first;
  if (!isDay(f) || f.period?.unit !== 'day' || word(c, at - 1) !== 'of' || word(c, at - 3) !== 'the') return '';
  return word(c, at - 2);
}

/** "the week of March 6": the calendar week holding that day, one expression. */
const weekOfDay: Refiner = (c, found) =>
  found.map((f) => {
    if (nounOfDay(c, f) !== 'week' || f.period?.unit !== 'day') return f;
    const period = periodAt('week', f.period.day);
    return { first: f.first - 3, end: f.end, timex: periodTimex(period), period };
  });

/** The first day of a date that names a day or a few days ("14 June", "13–14 June"), else null. */
function firstOfFewDays(f: Found): number | null {
  if (f.period?.unit === 'day') return f.period.day;
  const [a, b] = (f.timex.type === 'date' && f.timex.interval?.split('/')) || [];
  const first = parseIsoDate(a ?? '');
  const last = parseIsoDate(b ?? '');
  return first !== null && last !== null && !f.period && last - first < 3 ? first : null;
}

/** Whether `b` follows `a` with only "of" between ("the weekend of 13–14 June"). */
const ofBetween = (c: Context, a: Found, b: Found): boolean => b.first === a.end + 1 && word(c, a.end) === 'of';

/** "the weekend of 13–14 June": the weekend holding that day, one expression (not the weekend
 *  nearest the reference day and a day after it). */
const weekendOfDay: Refiner = (c, found) => {
  const out: Found[] = [];
  for (let k = 0; k < found.length; k++) {
    const a = found[k]!;
    const b = found[k + 1];
    const day = b && a.period?.unit === 'weekend' && ofBetween(c, a, b) ? firstOfFewDays(b) : null;
    if (day === null) {
      out.push(a);
      continue;
    }
    const period = periodAt('weekend', day);
    out.push({ first: a.first, end: b!.end, timex: periodTimex(period), period });
    k++;
  }
  return out;
};

/**
 * "the second half of November": the month, its first or second half (START or END, with the
 * days it covers), one expression; not the year's half and a month after it.
 */
const halfOfMonth: Refiner = (c, found) => {
  const out: Found[] = [];
  for (let k = 0; k < found.length; k++) {
    const a = found[k]!;
    const b = found[k + 1];
    if (!b || a.period?.unit !== 'half' || b.period?.unit !== 'month' || !ofBetween(c, a, b) || b.timex.mod) {
      out.push(a);
      continue;
    }
    const [first, last] = periodDays(b.period);
    const middle = first + Math.floor((last - first) / 2);
    const second = a.period.h === 2;
    const days = intervalOf(second ? [middle + 1, last] : [first, middle]);
    out.push({ ...b, first: a.first, timex: { ...b.timex, mod: second ? 'END' : 'START', interval: days } });
    k++;
  }
  return out;
};

/** Parts of a day that "the <part> of <day>" names; not "night" (tried: the AQUAINT values fell). */
const PARTS_OF_DAY = new Set(['morning', 'afternoon', 'evening']);

/**
 * "the evening of 14 January", "the morning of Tuesday": one date, the day with its part written
 * into the value as TIMEX3 does (2025-01-14TEV); the interval stays the day's.
 */
const partOfDay: Refiner = (c, found) =>
  found.map((f) => {
    const noun = nounOfDay(c, f);
    if (!PARTS_OF_DAY.has(noun) || f.timex.value?.includes('T')) return f;
    const value = f.timex.value === null ? null : `${f.timex.value}T${DAY_PARTS.get(noun)!}`;
    return { ...f, first: f.first - 3, timex: { ...f.timex, value } };
  });

/** First words of a year in words ("nineteen ninety-seven", "two thousand one"). */
const SPOKEN_CENTURIES = new Set(['eighteen', 'nineteen', 'two']);

/**
 * "the winter of nineteen ninety-four": a season with a year in words, as transcribed speech
 * writes it, is one expression in that year (a month takes its year in words in monthFirst).
 */
const spokenYearOfSeason: Refiner = (c, found) => {
  const out: Found[] = [];
  for (let k = 0; k < found.length; k++) {
    const a = found[k]!;
    const b = found[k + 1];
    const spoken = b?.period?.unit === 'year' && SPOKEN_CENTURIES.has(word(c, b.first)) ? b.period.y : null;
    if (b && spoken !== null && a.period?.unit === 'season' && b.first === a.end + 1 && word(c, a.end) === 'of') {
      const period: Period = { unit: 'season', y: spoken, s: a.period.s };
      out.push({ first: a.first, end: b.end, timex: { ...periodTimex(period), mod: a.timex.mod }, period });
      k++;
    } else out.push(a);
  }
  return out;
};

/** How many tokens back "that year" may look for the date it refers to. */
const ANAPHOR_REACH = 120;

/**
 * "In June 1998 ... later that year", "on Oct. 23 ... Earlier that day": the period of the last
 * date before with a calendar period, when that date lies within one such period. Unanchored,
 * the phrase names no date and is dropped.
 */
const anchoredOnEarlierDate: Refiner = (_c, found) => {
  const out: Found[] = [];
  for (const f of found) {
    if (!f.anaphor) {
      out.push(f);
      continue;
    }
    let before: Found | undefined;
    for (let k = out.length - 1; k >= 0 && !before; k--) if (out[k]!.period) before = out[k];
    if (!before?.period || f.first - before.end > ANAPHOR_REACH) continue;
    const [from, to] = periodDays(before.period);
    const period = periodAt(f.anaphor, from);
    if (periodDays(period)[1] < to) continue;
    out.push({ first: f.first, end: f.end, timex: periodTimex(period), period });
  }
  return out;
};

/** Quote marks a title may open with: “This Week”, ''60 Minutes''. */
const OPENING_QUOTES = new Set(['“', '"', "'", '‘', '``', "''"]);

/**
 * A title-case date phrase right after an opening quote mark names a programme or a work
 * ("ABC's “This Week”", "CBS's ''60 Minutes''"), not a time; a quote that opens with one
 * capitalised word ("“Today we act”") still reads as a date.
 */
const titlesInQuotes: Refiner = (c, found) =>
  found.filter((f) => {
    const before = c.tokens[f.first - 1];
    if (!before || !OPENING_QUOTES.has(before.text) || !glued(c, f.first)) return true;
    let words = 0;
    for (let k = f.first; k < f.end; k++) {
      const t = c.tokens[k]!;
      if (t.kind === 'punct') continue;
      if (t.kind !== 'number' && !isCapitalized(c, k)) return true;
      words++;
    }
    return words < 2;
  });

export const REFINERS: readonly Refiner[] = [
  titlesInQuotes,
  spokenYearOfSeason,
  anchoredOnEarlierDate,
  weekOfDay,
  timeOnDay,
  clockOnSentenceDay,
  partOfDay,
  fromToRange,
  weekendOfDay,
  halfOfMonth,
  spanEndingOnDay,
  spanOpeningPeriod,
  followingPeriod,
  followingWeekday,
];
