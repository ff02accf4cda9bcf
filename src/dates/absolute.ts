// Parsers for dates written with calendar names and numbers: "Oct. 20, 2020", "20 October",
// "June 29-30", "2020-10-20", "30/04/2019", "14-Mar-2027", "2020", "the 1990s", "fiscal year 2005".
import { addMonths, fromDay, isValidDate, toDay } from './calendar.js';
import {
  DASHES,
  glued,
  integer,
  isCapitalized,
  isPunct,
  monthAt,
  periodTimex,
  word,
  yearFor,
  type Context,
  type Hit,
  type Parser,
  type Timex,
} from './context.js';
import {
  COUNT_NOUNS,
  IDENTIFIER_NOUNS,
  MONTH_ABBREVIATIONS,
  MONTHS,
  NUMBER_WORDS,
  ORDINALS,
  BEFORE_BARE_MONTH,
  RELATIVE_OFFSETS,
  STREET_NOUNS,
  WEEKDAYS,
} from './lexicon.js';
import { intervalOf, type Period } from './period.js';

const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
const RANGE_WORDS = new Set(['to', 'through', 'thru', 'until', 'till', 'and']);
const CURRENCY = '$€£¥#№';

/** A day of the month: "20", "20th". */
function dayNumber(c: Context, i: number): { d: number; end: number } | null {
  const d = integer(c, i);
  if (d === null || d < 1 || d > 31 || c.tokens[i]!.text.length > 2) return null;
  const suffix = ORDINAL_SUFFIXES.has(word(c, i + 1)) && glued(c, i + 1);
  const end = suffix ? i + 2 : i + 1;
  // "20:30" is a clock time, "20-year" a duration, "20.5" a number.
  if (isPunct(c, end, ':') && glued(c, end) && c.tokens[end + 1]?.kind === 'number' && glued(c, end + 1)) return null;
  if (word(c, end) && glued(c, end)) return null;
  return { d, end };
}

/** A year written in four digits where it stands as a year (not "1,984 troops", "MQ-9", "$2020"). */
export function yearNumber(c: Context, i: number): number | null {
  const y = integer(c, i);
  if (y === null || c.tokens[i]!.text.length !== 4 || y < 1000 || y > 2199) return null;
  const prev = c.tokens[i - 1];
  if (prev && !c.tokens[i]!.spaced) {
    if (prev.kind === 'word' && prev.lower !== 'fy') return null;
    // "mid-1996", "pre-2000", "post-1959"
    if (prev.text === '-' && ['mid', 'pre', 'post'].includes(word(c, i - 2))) return y;
    if (prev.kind === 'number' || (prev.kind === 'punct' && !'(\'"“‘['.includes(prev.text))) return null;
  }
  if (prev && prev.kind === 'punct' && CURRENCY.includes(prev.text)) return null;
  // "+44 20 5550 1234": a group of a telephone number after another group of digits.
  if (prev?.kind === 'number' && /^\d{3,}$/.test(prev.text)) return null;
  const before = prev?.kind === 'punct' && prev.text === '.' ? c.tokens[i - 2] : prev;
  if (before?.kind === 'word' && IDENTIFIER_NOUNS.has(before.lower)) return null;
  const next = c.tokens[i + 1];
  if (next && !next.spaced && (next.kind === 'number' || (next.kind === 'word' && next.lower !== 's'))) return null;
  // "2024%", "2024:30"; but "Q1 2024: revenue rose" ends a label with its colon.
  const colonLabel = next?.text === ':' && (!c.tokens[i + 2] || c.tokens[i + 2]!.spaced);
  if (next && !next.spaced && next.kind === 'punct' && '%:'.includes(next.text) && !colonLabel) return null;
  if (
    next &&
    !next.spaced &&
    DASHES.includes(next.text) &&
    c.tokens[i + 2]?.kind === 'word' &&
    !c.tokens[i + 2]!.spaced
  )
    return null;
  // "Release No. 2026-118", "case 2026-0412": a serial number after the year, not a month or a second year.
  const serial = c.tokens[i + 2];
  if (
    next &&
    !next.spaced &&
    DASHES.includes(next.text) &&
    serial?.kind === 'number' &&
    !serial.spaced &&
    /^\d{3}$|^\d{5,}$/.test(serial.text)
  )
    return null;
  // A count's noun stands on the year's own line: "2025⏎Members of the committee" is a date line, then a sentence.
  const counted = COUNT_NOUNS.has(word(c, i + 1)) && c.tokens[i + 1]!.paragraph === c.tokens[i]!.paragraph;
  if (counted || isHouseNumber(c, i)) return null;
  return y;
}

/** "1200 Elm Street", "2100 North Harbor Blvd.": a capitalised name ending in a street noun follows. */
function isHouseNumber(c: Context, i: number): boolean {
  for (let k = i + 1; k <= i + 3 && isCapitalized(c, k); k++)
    if (k > i + 1 && STREET_NOUNS.has(word(c, k))) return true;
  return false;
}

/** A year after a date: ", 2020" or " 2020". */
function trailingYear(c: Context, i: number): { y: number; end: number } | null {
  const at = isPunct(c, i, ',') ? i + 1 : i;
  const y = yearNumber(c, at);
  if (y !== null) return { y, end: at + 1 };
  // "January nineteen ninety-seven": a year in words, as transcribed speech writes it.
  const spoken = at === i ? spelledYear(c, at, at) : null;
  return spoken?.period?.unit === 'year' ? { y: spoken.period.y, end: spoken.end } : null;
}

function dayTimex(y: number | null, m: number, d: number): Timex | null {
  if (y === null) {
    if (!isValidDate(2000, m, d)) return null;
    return {
      type: 'date',
      value: `XXXX-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      mod: null,
      interval: null,
    };
  }
  if (!isValidDate(y, m, d)) return null;
  return periodTimex({ unit: 'day', day: toDay(y, m, d) });
}

const dayHit = (y: number | null, m: number, d: number, end: number): Hit | null => {
  const timex = dayTimex(y, m, d);
  if (!timex) return null;
  return { end, timex, period: y === null ? null : { unit: 'day', day: toDay(y, m, d) } };
};

/** A range of days: the interval is both the value and the calendar span. */
function rangeHit(
  c: Context,
  i: number,
  from: [number, number],
  to: [number, number],
  year: number | null,
  end: number,
): Hit | null {
  const y1 = year ?? yearFor(c, i, from[0], from[1]);
  if (y1 === null) return { end, timex: { type: 'date', value: null, mod: null, interval: null } };
  const y2 = to[0] < from[0] ? y1 + 1 : y1;
  if (!isValidDate(y1, from[0], from[1]) || !isValidDate(y2, to[0], to[1])) return null;
  const first = toDay(y1, from[0], from[1]);
  const last = toDay(y2, to[0], to[1]);
  if (last < first) return null;
  const interval = intervalOf([first, last]);
  return { end, timex: { type: 'date', value: interval, mod: null, interval } };
}

/** A weekday before a date: "Wednesday, Oct. 21", "Wednesday 19. March". */
function leadingWeekday(c: Context, i: number): number {
  if (!WEEKDAYS.has(word(c, i)) || !isCapitalized(c, i)) return i;
  return isPunct(c, i + 1, ',') ? i + 2 : i + 1;
}

/** "Oct. 20, 2020", "October 20", "June 29-30", "June 30 through Aug. 4", "August 2021", "May". */
export const monthFirst: Parser = (c, i) => {
  const j = leadingWeekday(c, i);
  const month = monthAt(c, j, MONTH_ABBREVIATIONS);
  if (!month || !isCapitalized(c, j)) return null;
  const day = dayNumber(c, month.end);
  if (day) {
    let k = day.end;
    if (isPunct(c, k, DASHES) || RANGE_WORDS.has(word(c, k))) {
      const sameMonth = dayNumber(c, k + 1);
      const otherMonth = sameMonth ? null : monthAt(c, k + 1, MONTH_ABBREVIATIONS);
      const otherDay = otherMonth ? dayNumber(c, otherMonth.end) : null;
      const to: [number, number] | null = sameMonth
        ? [month.m, sameMonth.d]
        : otherMonth && otherDay
          ? [otherMonth.m, otherDay.d]
          : null;
      if (to) {
        k = (sameMonth ?? otherDay)!.end;
        const year = trailingYear(c, k);
        return rangeHit(c, i, [month.m, day.d], to, year?.y ?? null, year?.end ?? k);
      }
    }
    const year = trailingYear(c, k) ?? relativeYear(c, k);
    return dayHit(year?.y ?? yearFor(c, i, month.m, day.d), month.m, day.d, year?.end ?? k);
  }
  if (j !== i) return null;
  const year =
    trailingYear(c, month.end) ??
    (word(c, month.end) === 'of' ? trailingYear(c, month.end + 1) : null) ??
    relativeYear(c, month.end);
  if (year)
    return {
      end: year.end,
      timex: periodTimex({ unit: 'month', y: year.y, m: month.m }),
      period: { unit: 'month', y: year.y, m: month.m },
    };
  return bareMonth(c, i, month.m, month.end);
};

/** "January this year", "June of last year", "Sept. 19 last year": the year counted from the reference. */
function relativeYear(c: Context, i: number): { y: number; end: number } | null {
  const at = word(c, i) === 'of' ? i + 1 : i;
  const shift = RELATIVE_OFFSETS.get(word(c, at));
  if (shift === undefined || word(c, at + 1) !== 'year' || c.ref === null || word(c, at) === 'past') return null;
  return { y: fromDay(c.ref).y + shift, end: at + 2 };
}

/** Owners before a month that qualifies a noun: "its October report", "their June meeting". */
const OWNERS = new Set(['its', 'their', 'our', 'his', 'her', 'your', 'my']);

/** Whether a lower-case noun follows: "its October report", not "their April for the help". */
function qualifiesNoun(c: Context, end: number): boolean {
  const next = c.tokens[end];
  return !!next && next.kind === 'word' && !isCapitalized(c, end) && next.tags.has('Noun') && !next.tags.has('Pronoun');
}

/** A month name alone is a date only where a reader would take it as one. */
function bareMonth(c: Context, i: number, m: number, end: number): Hit | null {
  const t = c.tokens[i]!;
  if (!MONTHS.has(t.lower) || c.isVerbAt(i)) return null;
  const prev = c.tokens[i - 1];
  const preceded =
    prev &&
    ((prev.kind === 'word' && BEFORE_BARE_MONTH.has(prev.lower)) ||
      (prev.kind === 'punct' && DASHES.includes(prev.text)) ||
      (prev.kind === 'word' && OWNERS.has(prev.lower) && qualifiesNoun(c, end)));
  if (!preceded) return null;
  // "October Surprise", "the May Fourth Movement": a name, not a date.
  if (isCapitalized(c, end) && !WEEKDAYS.has(word(c, end))) return null;
  if (c.tokens[end]?.kind === 'number' && !(c.tokens[end]!.spaced && isPunct(c, end - 1, ','))) return null;
  const y = yearFor(c, i, m, null);
  const period: Period | null = y === null ? null : { unit: 'month', y, m };
  return {
    end,
    timex: period
      ? periodTimex(period)
      : { type: 'date', value: `XXXX-${String(m).padStart(2, '0')}`, mod: null, interval: null },
    period,
  };
}

/** "20 October 2020", "23-26 May 2019", "the 28th of June", "Wednesday 19. March 2008", "the 28th",
 *  "the 7th day of April, 2026". */
export const dayFirst: Parser = (c, i) => {
  const lead = word(c, i) === 'the' ? i + 1 : leadingWeekday(c, i);
  const day = dayNumber(c, lead);
  if (!day) return null;
  let k = day.end;
  if (isPunct(c, k, '.') && glued(c, k)) k++;
  let to: number | null = null;
  if (isPunct(c, k, DASHES) || RANGE_WORDS.has(word(c, k))) {
    const second = dayNumber(c, k + 1);
    if (second) {
      to = second.d;
      k = second.end;
    }
  }
  // "the 7th day of April, 2026", as deeds and official notices date themselves
  if (to === null && word(c, k) === 'day' && word(c, k + 1) === 'of' && ORDINAL_SUFFIXES.has(word(c, day.end - 1))) k++;
  if (word(c, k) === 'of') k++;
  if (to === null && isPunct(c, k, '-') && glued(c, k) && glued(c, k + 1)) return hyphenedDate(c, day.d, k + 1);
  const month = monthAt(c, k, MONTH_ABBREVIATIONS);
  if (!month && to === null && word(c, k - 1) === 'of') {
    // "the 19th of this month", "the 3rd of next month"
    const shift = RELATIVE_OFFSETS.get(word(c, k));
    if (shift !== undefined && word(c, k) !== 'past' && word(c, k + 1) === 'month' && c.ref !== null) {
      const at = addMonths(fromDay(c.ref), shift);
      return dayHit(at.y, at.m, day.d, k + 2);
    }
  }
  if (!month || !isCapitalized(c, k))
    return word(c, i) === 'the' && to === null ? dayOfThisMonth(c, i, day.d, day.end) : null;
  const year = trailingYear(c, month.end) ?? (to === null ? relativeYear(c, month.end) : null);
  const end = year?.end ?? month.end;
  if (to !== null) return rangeHit(c, i, [month.m, day.d], [month.m, to], year?.y ?? null, end);
  return dayHit(year?.y ?? yearFor(c, i, month.m, day.d), month.m, day.d, end);
};

/** "14-March-2027", "14-Mar-2027": a day, a month's name and a year joined by hyphens, as
 *  datelines and forms write them (the month at `k`). Without its year it is no date. */
function hyphenedDate(c: Context, d: number, k: number): Hit | null {
  const month = monthAt(c, k, MONTH_ABBREVIATIONS);
  if (!month || !isCapitalized(c, k) || !isPunct(c, month.end, '-')) return null;
  const year = month.end + 1;
  const y = integer(c, year);
  if (!glued(c, month.end) || !glued(c, year) || y === null || c.tokens[year]!.text.length !== 4) return null;
  // (not a serial that goes on: "14-Mar-2027-7")
  if (isPunct(c, year + 1, '-') && glued(c, year + 1)) return null;
  return dayHitChecked(y, month.m, d, year + 1);
}

/** "on the 28th": a day of the reference month. */
function dayOfThisMonth(c: Context, i: number, d: number, end: number): Hit | null {
  const suffix = ORDINAL_SUFFIXES.has(word(c, end - 1));
  const prev = word(c, i - 1);
  if (!suffix || !['on', 'by', 'until', 'till', 'since', 'before', 'after', 'from'].includes(prev) || c.ref === null)
    return null;
  if (c.tokens[end]?.kind === 'word' && !['and', 'or', 'to', 'of'].includes(word(c, end))) return null;
  const { y, m } = fromDay(c.ref);
  return dayHit(y, m, d, end);
}

/** "2020-10-20", "30/04/2019", "10/20/2020", "19.03.2008". */
export const numericDate: Parser = (c, i) => {
  const t = c.tokens[i];
  if (!t || t.kind !== 'number') return null;
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t.text);
  if (dotted) return dayMonthYear(Number(dotted[1]), Number(dotted[2]), Number(dotted[3]), i + 1, false);
  const first = integer(c, i);
  if (first === null) return null;
  if (
    t.text.length === 4 &&
    isPunct(c, i + 1, '-') &&
    glued(c, i + 1) &&
    glued(c, i + 2) &&
    isPunct(c, i + 3, '-') &&
    glued(c, i + 3) &&
    glued(c, i + 4)
  ) {
    const m = integer(c, i + 2);
    const d = integer(c, i + 4);
    if (m === null || d === null || c.tokens[i + 2]!.text.length !== 2 || c.tokens[i + 4]!.text.length !== 2)
      return null;
    return dayHitChecked(first, m, d, i + 5);
  }
  // "14-03-2026", "3-9-2025": day, month and year joined by hyphens, read as a slashed one.
  const hyphens =
    t.text.length <= 2 &&
    isPunct(c, i + 1, '-') &&
    isPunct(c, i + 3, '-') &&
    [1, 2, 3, 4].every((k) => glued(c, i + k)) &&
    !(isPunct(c, i + 5, '-') && glued(c, i + 5)) &&
    !(glued(c, i) && (isPunct(c, i - 1, '-') || c.tokens[i - 1]?.kind === 'number'));
  if (!hyphens && (!isPunct(c, i + 1, '/') || !isPunct(c, i + 3, '/'))) return null;
  if (t.text.length === 4) {
    // "2024/06/03"
    const m = integer(c, i + 2);
    const d = integer(c, i + 4);
    return m === null || d === null || c.tokens[i + 4]!.text.length > 2 ? null : dayHitChecked(first, m, d, i + 5);
  }
  if (t.text.length > 2) return null;
  const second = integer(c, i + 2);
  const y = integer(c, i + 4);
  if (second === null || y === null || c.tokens[i + 4]!.text.length !== 4) return null;
  return dayMonthYear(first, second, y, i + 5, first <= 12 && (second > 12 || !c.dayFirst));
};

/** Month first (US order) when `usOrder` and the first number can be a month, else day first. */
function dayMonthYear(a: number, b: number, y: number, end: number, usOrder: boolean): Hit | null {
  return usOrder ? dayHitChecked(y, a, b, end) : dayHitChecked(y, b, a, end);
}
const dayHitChecked = (y: number, m: number, d: number, end: number): Hit | null =>
  isValidDate(y, m, d) ? dayHit(y, m, d, end) : null;

/** "2020", "2019-2024", "the 1990s", "'90s", "fiscal year 2005", "FY2005", "the 2005 fiscal year". */
export const years: Parser = (c, i) => {
  let j = i;
  const hasThe = word(c, j) === 'the';
  if (hasThe) j++;
  let fiscal = false;
  if (word(c, j) === 'fiscal') {
    fiscal = true;
    j += word(c, j + 1) === 'year' ? 2 : 1;
  } else if (word(c, j) === 'fy') {
    fiscal = true;
    j++;
  }
  if (
    isPunct(c, j, "'’") &&
    c.tokens[j + 1]?.kind === 'number' &&
    c.tokens[j + 1]!.text.length === 2 &&
    word(c, j + 2) === 's' &&
    glued(c, j + 2)
  ) {
    const yy = Number(c.tokens[j + 1]!.text);
    return decadeHit((yy >= 30 ? 1900 : 2000) + yy, j + 3);
  }
  const decade = DECADE_WORDS.get(word(c, j));
  if (decade !== undefined && hasThe) return decadeHit(1900 + decade, j + 1);
  const y = yearNumber(c, j);
  if (y === null) return spelledYear(c, i, j);
  if (word(c, j + 1) === 's' && glued(c, j + 1)) return y % 10 === 0 ? decadeHit(y, j + 2) : null;
  if (hasThe && !fiscal && !(word(c, j + 1) === 'fiscal')) return null;
  let end = j + 1;
  if (word(c, end) === 'fiscal' && word(c, end + 1) === 'year') end += 2;
  const range =
    isPunct(c, end, DASHES + '/') && glued(c, end) && glued(c, end + 1) ? yearRangeEnd(c, end + 1, y) : null;
  if (range !== null && !fiscal) {
    // "the 2024-25 academic year", "the 2019–2020 school year": August to July.
    const schoolYear = range === y + 1 && SCHOOL_YEAR.has(word(c, end + 2)) && word(c, end + 3) === 'year';
    const interval = schoolYear
      ? intervalOf([toDay(y, 8, 1), toDay(range, 7, 31)])
      : intervalOf([toDay(y, 1, 1), toDay(range, 12, 31)]);
    return { end: schoolYear ? end + 4 : end + 2, timex: { type: 'date', value: interval, mod: null, interval } };
  }
  const period: Period = { unit: 'year', y };
  return { end, timex: periodTimex(period), period };
};

const SCHOOL_YEAR = new Set(['academic', 'school']);

/** "21st Century", "the nineteenth century", "20th-century": TIMEX3 names a century by its first two digits. */
export const century: Parser = (c, i) => {
  const n = integer(c, i);
  let ordinal: number | null = null;
  let end = i + 1;
  if (n !== null && ORDINAL_SUFFIXES.has(word(c, i + 1)) && glued(c, i + 1)) {
    ordinal = n;
    end = i + 2;
  } else if (word(c, i) === 'twenty' && isPunct(c, i + 1, DASHES) && (ORDINALS.get(word(c, i + 2)) ?? 0) > 0) {
    // "twenty-first century"
    ordinal = 20 + ORDINALS.get(word(c, i + 2))!;
    end = i + 3;
  } else if (n === null) ordinal = ORDINALS.get(word(c, i)) ?? null;
  if (ordinal === null || ordinal < 1 || ordinal > 22) return null;
  if (isPunct(c, end, DASHES) && glued(c, end) && glued(c, end + 1)) end++;
  if (word(c, end) !== 'century') return null;
  return {
    end: end + 1,
    timex: { type: 'date', value: String(ordinal - 1).padStart(2, '0'), mod: null, interval: null },
  };
};

/** The second year of "2019-2024" or "2019-24". */
function yearRangeEnd(c: Context, i: number, from: number): number | null {
  const t = c.tokens[i];
  if (!t || t.kind !== 'number' || (c.tokens[i + 1]?.kind === 'word' && !c.tokens[i + 1]!.spaced)) return null;
  const n = integer(c, i);
  if (n === null) return null;
  const to = t.text.length === 4 ? n : t.text.length === 2 ? from - (from % 100) + n : null;
  return to !== null && to > from && to - from < 100 ? to : null;
}

function decadeHit(y: number, end: number): Hit {
  const period: Period = { unit: 'decade', y: y - (y % 10) };
  return { end, timex: periodTimex(period), period };
}

const DECADE_WORDS = new Map([
  ['twenties', 20],
  ['thirties', 30],
  ['forties', 40],
  ['fifties', 50],
  ['sixties', 60],
  ['seventies', 70],
  ['eighties', 80],
  ['nineties', 90],
]);

/** "nineteen ninety-six", "the year two thousand": years in words, as transcribed speech writes them. */
function spelledYear(c: Context, i: number, j: number): Hit | null {
  let k = j;
  if (word(c, i) === 'the' && word(c, j) === 'year') k = j + 1;
  else if (word(c, i) === 'the') return null;
  const century = word(c, k);
  let y: number;
  let end: number;
  if ((century === 'eighteen' || century === 'nineteen') && (NUMBER_WORDS.get(word(c, k + 1)) ?? 0) >= 10) {
    const tens = NUMBER_WORDS.get(word(c, k + 1))!;
    const units = isPunct(c, k + 2, '-') && glued(c, k + 2) ? NUMBER_WORDS.get(word(c, k + 3)) : undefined;
    if (tens >= 20 && tens % 10 !== 0) return null;
    y = (century === 'eighteen' ? 1800 : 1900) + tens + (units !== undefined && units < 10 && tens >= 20 ? units : 0);
    end = units !== undefined && units < 10 && tens >= 20 ? k + 4 : k + 2;
  } else if (century === 'two' && word(c, k + 1) === 'thousand') {
    const units = NUMBER_WORDS.get(word(c, k + 2));
    y = 2000 + (units !== undefined && units < 20 && !['a', 'an'].includes(word(c, k + 2)) ? units : 0);
    end = y > 2000 ? k + 3 : k + 2;
    if (k === j && (y === 2000 || !['in', 'since', 'by', 'until', 'of'].includes(word(c, i - 1)))) return null;
  } else return null;
  const period: Period = { unit: 'year', y };
  return { end, timex: periodTimex(period), period };
}
