// Parsers for dates read against the reference day: "last week", "next Friday", "this summer",
// "yesterday evening", "Thursday", "the fourth quarter", and the vague ones (now, recently).
import { fromDay, toDay, weekday } from './calendar.js';
import {
  glued,
  integer,
  isCapitalized,
  isPunct,
  isPutOffUntil,
  untilTense,
  commitmentTense,
  periodTimex,
  prepositionBefore,
  refTimex,
  weekdayFor,
  word,
  type Context,
  type Hit,
  type Parser,
  type Timex,
} from './context.js';
import { DAY_PARTS, MONTHS, ORDINALS, RELATIVE_OFFSETS, SEASONS, WEEKDAYS } from './lexicon.js';
import { periodAt, periodDays, shiftPeriod, type Period, type PeriodUnit, type Season } from './period.js';
import { yearNumber } from './absolute.js';
import { relativeHoliday } from './holidays.js';

const CALENDAR_UNITS = new Map<string, PeriodUnit>([
  ['day', 'day'],
  ['week', 'week'],
  ['weekend', 'weekend'],
  ['month', 'month'],
  ['quarter', 'quarter'],
  ['year', 'year'],
  ['decade', 'decade'],
  ['century', 'century'],
]);

const periodHit = (p: Period | null, end: number): Hit => ({ end, timex: periodTimex(p), period: p });

/** "last year", "earlier this month", "the current quarter", "this past Friday", "next March". */
export const relativePeriod: Parser = (c, i) => {
  let j = i;
  if (['earlier', 'later'].includes(word(c, j))) j++;
  else if (word(c, j) === 'the' && word(c, j + 1) === 'current') j++;
  // "the previous Friday" (not "the previous year", the year before a date of the text: priorYear)
  else if (word(c, j) === 'the' && word(c, j + 1) === 'previous' && WEEKDAYS.has(word(c, j + 2))) j++;
  const offset = RELATIVE_OFFSETS.get(word(c, j));
  if (offset === undefined || word(c, j) === 'following' || (word(c, j) === 'past' && j === i)) return null;
  let shift = offset;
  j++;
  // "this coming Saturday", "the coming Friday", "this past Monday": the nearest one on that side.
  let nearest = word(c, j - 1) === 'coming';
  if (word(c, j - 1) === 'this' && ['past', 'coming'].includes(word(c, j))) {
    shift = word(c, j) === 'past' ? -1 : 1;
    nearest = true;
    j++;
  }
  if (word(c, j) === 'fiscal' && word(c, j + 1) === 'year') j++;
  const w = word(c, j);
  const unit = CALENDAR_UNITS.get(w);
  if (unit === 'quarter' && word(c, j - 1) === 'this' && c.ref !== null && isReportedQuarter(c, i))
    return periodHit(reportedQuarter(c.ref), j + 1);
  if (unit && unit !== 'day') return periodHit(c.ref === null ? null : shiftPeriod(unit, c.ref, shift), j + 1);
  const wd = WEEKDAYS.get(w);
  if (wd)
    return periodHit(
      c.ref === null
        ? null
        : {
            unit: 'day',
            day: nearest
              ? nearestWeekday(c.ref, wd, shift)
              : relativeWeekday(c.ref, wd, shift, word(c, j - 1) === 'this' && shift === 0),
          },
      j + 1,
    );
  const m = MONTHS.get(w);
  if (m && isCapitalized(c, j)) return periodHit(c.ref === null ? null : relativeMonth(c.ref, m, shift), j + 1);
  const named = relativeHoliday(c, j, shift);
  if (named) return named;
  const season = SEASONS.get(w);
  if (season) return periodHit(c.ref === null ? null : relativeSeason(c.ref, season, shift), j + 1);
  return null;
};

/** "last Friday": strictly before; "next Friday": in the following week; "this Friday": this week. */
function relativeWeekday(ref: number, wd: number, shift: number, thisWeek: boolean): number {
  const sameWeek = ref - weekday(ref) + wd;
  if (thisWeek || shift === 0) return sameWeek;
  if (shift > 0) return sameWeek + 7;
  return sameWeek < ref ? sameWeek : sameWeek - 7;
}

/** The first such weekday after the reference day (shift > 0) or the last before it. */
function nearestWeekday(ref: number, wd: number, shift: number): number {
  if (shift > 0) return ref + ((wd - weekday(ref) + 7) % 7 || 7);
  return ref - ((weekday(ref) - wd + 7) % 7 || 7);
}

function relativeMonth(ref: number, m: number, shift: number): Period {
  const { y, m: refM } = fromDay(ref);
  if (shift < 0) return { unit: 'month', y: m < refM ? y : y - 1, m };
  if (shift > 0) return { unit: 'month', y: m > refM ? y : y + 1, m };
  return { unit: 'month', y, m };
}

function relativeSeason(ref: number, s: Season, shift: number): Period {
  const { y } = fromDay(ref);
  const candidates: Period[] = [y - 2, y - 1, y, y + 1].map((year) => ({ unit: 'season', y: year, s }));
  if (shift < 0) return [...candidates].reverse().find((p) => periodDays(p)[1] < ref) ?? candidates[0]!;
  if (shift > 0) return candidates.find((p) => periodDays(p)[0] > ref) ?? candidates[3]!;
  return candidates.find((p) => p.unit === 'season' && p.y === (s === 'WI' && fromDay(ref).m < 3 ? y - 1 : y))!;
}

function nearestSeason(ref: number, s: Season): Period {
  const distance = (p: Period): number => {
    const [first, last] = periodDays(p);
    return Math.max(first - ref, ref - last);
  };
  const { y } = fromDay(ref);
  const candidates: Period[] = [y - 1, y, y + 1].map((year) => ({ unit: 'season', y: year, s }));
  return candidates.reduce((a, b) => (distance(b) < distance(a) ? b : a));
}

/** Words before a season without a year that make it a time ("in the summer", "through the
 *  autumn storms"), and words that do only when no noun follows ("postponed to the autumn", "before
 *  the end of the summer", not "taken to the summer palace"). */
const BEFORE_A_SEASON = new Set('in during since until till by over through throughout this'.split(' '));
const BEFORE_A_SEASON_ALONE = new Set('to into before after from for of'.split(' '));

/** "the summer palace", "the spring camps": a season before a noun names a thing of that season;
 *  "after the fall of the regime": a season word before "of" (no year: that path came first) is
 *  the thing's own noun, a collapse. */
function namesAThing(c: Context, end: number, before: string): boolean {
  const next = c.tokens[end];
  if (!next || next.kind !== 'word') return false;
  if (word(c, end) === 'of') return true;
  // only "before"/"after" open a clause ("before the winter ends"): after "into the spring", a
  // present verb in -s ("camps") is a plural noun
  if (!SEASON_CLAUSE_OPENERS.has(before) && next.tags.has('PresentTense') && /s$/i.test(next.text)) return true;
  return (next.tags.has('Noun') || next.tags.has('Plural')) && !next.tags.has('Pronoun') && !next.tags.has('Date');
}
const SEASON_CLAUSE_OPENERS = new Set(['before', 'after']);

/** A season without "this/last/next": the one a reader means given the tense. */
export const season: Parser = (c, i) => {
  let j = i;
  const hasThe = word(c, j) === 'the';
  if (hasThe) j++;
  const s = SEASONS.get(word(c, j));
  if (!s) return null;
  let end = j + 1;
  const explicitYear = word(c, end) === 'of' ? yearNumber(c, end + 1) : yearNumber(c, end);
  if (explicitYear !== null) {
    end += word(c, end) === 'of' ? 2 : 1;
    return periodHit({ unit: 'season', y: explicitYear, s }, end);
  }
  const before = prepositionBefore(c, i);
  // "prices began to fall", "to spring back": a verb, no season
  const alone = BEFORE_A_SEASON_ALONE.has(before);
  if ((!BEFORE_A_SEASON.has(before) && !alone) || (alone && namesAThing(c, end, before)) || (!hasThe && c.isVerbAt(j)))
    return null;
  if (c.ref === null) return periodHit(null, end);
  // "keep their timetable until the spring", said in November: a stretch running on to it lies
  // ahead. Only after "until": "well into the summer" follows a past clause's infinitive as often.
  const until = ['until', 'till'].includes(prepositionBefore(c, i)) ? untilTense(c, i) : null;
  const tense = isPutOffUntil(c, i) ? 'future' : (until ?? commitmentTense(c, i, c.tenseAt(i)));
  const shift = tense === 'past' ? -1 : tense === 'future' ? 1 : 0;
  const current = periodAt('season', c.ref);
  const same = current.unit === 'season' && current.s === s;
  if (same) return periodHit(current, end);
  // A present or an infinitive ("agreed to meet again in the spring", said in November) names
  // the nearest such season, not the one of the reference's year.
  return periodHit(tense === 'present' ? nearestSeason(c.ref, s) : relativeSeason(c.ref, s, shift), end);
};

/** "the weekend": the last one, or the coming one when the verb looks ahead. */
export const weekend: Parser = (c, i) => {
  if (word(c, i) !== 'the' || word(c, i + 1) !== 'weekend') return null;
  if (c.ref === null) return periodHit(null, i + 2);
  const saturday = c.ref - weekday(c.ref) + 6;
  const day = c.tenseAt(i) === 'future' || weekday(c.ref) >= 6 ? saturday : saturday - 7;
  return periodHit(periodAt('weekend', day), i + 2);
};

/** A bare weekday, anchored by tense: "held talks on Wednesday", "will meet on Friday". */
export const bareWeekday: Parser = (c, i) => {
  const wd = WEEKDAYS.get(word(c, i));
  if (!wd || !isCapitalized(c, i)) return null;
  const day = weekdayFor(c, i, wd);
  return periodHit(day === null ? null : { unit: 'day', day }, i + 1);
};

/** "Mondays", "every Monday", "each July": sets. */
const setTimex = (value: string): Timex => ({ type: 'set', value, mod: null, interval: null });
export const pluralWeekday: Parser = (c, i) => {
  const w = word(c, i);
  if (!w.endsWith('s') || !isCapitalized(c, i)) return null;
  const wd = WEEKDAYS.get(w.slice(0, -1));
  return wd ? { end: i + 1, timex: setTimex(`XXXX-WXX-${wd}`) } : null;
};

const DEICTIC_DAYS = new Map<string, number>([
  ['today', 0],
  ['tomorrow', 1],
  ['yesterday', -1],
  ['tonight', 0],
]);

/** "today", "yesterday evening", "this morning", "Friday night", "last night", "the day before yesterday". */
export const deicticDay: Parser = (c, i) => {
  const w = word(c, i);
  let day: number | null = null;
  let j = i + 1;
  if (
    w === 'the' &&
    word(c, i + 1) === 'day' &&
    ['before', 'after'].includes(word(c, i + 2)) &&
    DEICTIC_DAYS.has(word(c, i + 3))
  ) {
    const base = DEICTIC_DAYS.get(word(c, i + 3))!;
    const shift = base + (word(c, i + 2) === 'before' ? -1 : 1);
    if (c.ref !== null) day = c.ref + shift;
    j = i + 4;
    return periodHit(day === null ? null : { unit: 'day', day }, j);
  }
  if (DEICTIC_DAYS.has(w)) {
    if (c.ref !== null) day = c.ref + DEICTIC_DAYS.get(w)!;
    if (w === 'tonight') return partHit(day, 'NI', j);
  } else if (w === 'this' || w === 'last') {
    const part = DAY_PARTS.get(word(c, j));
    if (!part || word(c, j) === 'tonight' || (w === 'last' && word(c, j) !== 'night')) return null;
    if (c.ref !== null) day = c.ref - (w === 'last' ? 1 : 0);
    return partHit(day, part, j + 1);
  } else if (WEEKDAYS.has(w) && isCapitalized(c, i)) {
    const part = DAY_PARTS.get(word(c, j));
    if (!part || word(c, j) === 'tonight' || word(c, j) === 'overnight') return null;
    return partHit(weekdayFor(c, i, WEEKDAYS.get(w)!), part, j + 1);
  } else return null;
  const part = DAY_PARTS.get(word(c, j));
  if (part && word(c, j) !== 'tonight' && word(c, j) !== 'overnight') return partHit(day, part, j + 1);
  if (w === 'today' && isGenericToday(c, i)) return { end: j, timex: refTimex('PRESENT_REF') };
  return periodHit(day === null ? null : { unit: 'day', day }, j);
};

const DAY_SIDES = new Map<string, 'START' | 'END' | null>([
  ['early', 'START'],
  ['late', 'END'],
  ['earlier', null],
  ['later', null],
]);

/**
 * "late yesterday", "later this afternoon": a side of a day counted from the reference day,
 * written into the expression (TimeML's extent) with the day's value. Not "later today" nor
 * "Earlier Sunday", which annotators cut to the day, nor "earlier this week" (relativePeriod).
 */
export const sideOfDay: Parser = (c, i) => {
  const side = DAY_SIDES.get(word(c, i));
  if (side === undefined || !['yesterday', 'tomorrow', 'this'].includes(word(c, i + 1))) return null;
  const inner = deicticDay(c, i + 1);
  if (!inner || inner.end <= i + 1) return null;
  return { ...inner, timex: { ...inner.timex, mod: side ?? inner.timex.mod } };
};

/** Nouns after "today's" that mean nowadays: people by role, the world and its times. */
const GENERIC_AFTER_TODAY =
  /^(?:\p{L}+(?:ers|ists)|people|consumers|families|children|students|youth|generations?|world|society|economy|age|era)$/u;

const CLAUSE_OPENERS = new Set(['and', 'but', 'so', 'yet', 'while', 'where', 'because']);

/**
 * "Today" as "nowadays" (PRESENT_REF): "even today", "the world of today", or a clause about how
 * things stand ("Today, the economies are linked"); not "today's briefing" or "announced today".
 */
function isGenericToday(c: Context, i: number): boolean {
  const before = word(c, i - 1);
  // "today's buyers", "today's world": the people and things of these days.
  if (isPunct(c, i + 1, "'’") && word(c, i + 2) === 's') return GENERIC_AFTER_TODAY.test(word(c, i + 3));
  if (['even', 'still'].includes(before) || (before === 'of' && word(c, i - 2) !== 'end')) return true;
  // "earlier today", "later today": a time of the day itself.
  if (before === 'earlier' || before === 'later') return false;
  // "Today, at the ministry's briefing, ...", "today during the visit": the day of an occasion.
  const next = isPunct(c, i + 1, ',') ? i + 2 : i + 1;
  if (['at', 'during'].includes(word(c, next))) return false;
  // "today's briefing", "until today", "Today is a sad day": the day itself.
  if (['by', 'until', 'till', 'since', 'from', 'as'].includes(before) || ['is', 'was'].includes(word(c, i + 1)))
    return false;
  const prev = c.tokens[i - 1];
  const opensClause = !prev || prev.kind === 'punct' || CLAUSE_OPENERS.has(before);
  return c.describesStateAt(i, opensClause);
}

/**
 * "yesterday evening", "Friday night": TIMEX3 writes the part of the day into the value
 * (2020-10-21TEV); the type stays `date` because a reader, and the statement gold, take the
 * phrase as naming that day (its interval), unlike a clock time.
 */
function partHit(day: number | null, part: string, end: number): Hit {
  if (day === null) return { end, timex: { type: 'date', value: null, mod: null, interval: null } };
  const { value, interval } = periodTimex({ unit: 'day', day });
  return { end, timex: { type: 'date', value: `${value}T${part}`, mod: null, interval } };
}

const PRESENT = new Set(['now', 'currently', 'presently', 'nowadays']);
const PAST = new Set(['recently', 'lately', 'formerly']);
const RECENT_UNITS = new Set(['years', 'months', 'weeks', 'days', 'decades']);

/** now, currently, recently, in recent years, the future, the near term, at the moment, the same day. */
export const vagueReference: Parser = (c, i) => {
  const w = word(c, i);
  if (PRESENT.has(w)) return { end: i + 1, timex: refTimex('PRESENT_REF') };
  if (PAST.has(w)) return { end: i + 1, timex: refTimex('PAST_REF') };
  if (w === 'recent' && RECENT_UNITS.has(word(c, i + 1))) return { end: i + 2, timex: refTimex('PAST_REF') };
  if (w === 'these' && word(c, i + 1) === 'days') return { end: i + 2, timex: refTimex('PRESENT_REF') };
  if (w === 'present' && word(c, i - 1) === 'at') return { end: i + 1, timex: refTimex('PRESENT_REF') };
  const next = word(c, i + 1);
  if (w === 'a' && next === 'short' && word(c, i + 2) === 'while' && word(c, i - 1) === 'in')
    return { end: i + 3, timex: refTimex('FUTURE_REF') };
  if (w !== 'the' && w !== 'this') return null;
  const after = c.tokens[i + 2];
  const ends =
    !after ||
    after.kind === 'punct' ||
    ['and', 'or', 'of', 'when', 'as', 'to', 'that', 'than', 'is', 'was'].includes(word(c, i + 2));
  if (w === 'this' && next === 'time' && ['at', 'by', 'for', 'until'].includes(word(c, i - 1)))
    return { end: i + 2, timex: refTimex('PRESENT_REF') };
  if (w !== 'the') return null;
  if ((next === 'moment' || next === 'present') && ['at', 'for', 'until'].includes(word(c, i - 1)))
    return { end: i + 2, timex: refTimex('PRESENT_REF') };
  if (next === 'past' && ends && ['in', 'than'].includes(word(c, i - 1)))
    return { end: i + 2, timex: refTimex('PAST_REF') };
  if (next === 'future' && ends) return { end: i + 2, timex: refTimex('FUTURE_REF') };
  if (
    ['near', 'foreseeable', 'short', 'long', 'immediate', 'medium'].includes(next) &&
    ['term', 'future'].includes(word(c, i + 2))
  ) {
    return { end: i + 3, timex: refTimex('FUTURE_REF') };
  }
  if (next === 'same' && word(c, i + 2) === 'day') return { end: i + 3, timex: refTimex('PAST_REF') };
  return null;
};

const QUARTER_WORDS = new Set(['quarter', 'period']);
const PRIOR = new Set(['prior', 'previous', 'preceding']);
const YEAR_BACK = new Set(['earlier', 'ago']);

/** The last quarter completed before the reference day: the one a results report is about. */
const reportedQuarter = (ref: number): Period => shiftPeriod('quarter', ref, -1);

/** How many days after a quarter ends its results are still being reported. */
const REPORTING_DAYS = 60;

/**
 * "This quarter's loss includes ...", "fuel was a tailwind this quarter": in a results report given
 * in the weeks after a quarter closed, "this quarter" is the quarter reported, unless the verb looks
 * ahead ("we expect this quarter to be slower").
 */
function isReportedQuarter(c: Context, i: number): boolean {
  const closed = periodDays(reportedQuarter(c.ref!))[1];
  return c.ref! - closed <= REPORTING_DAYS && c.tenseAt(i) !== 'future' && inQuarterContext(c, i);
}

/** Whether a business report's quarter is in play: "quarter" among the last words. */
function inQuarterContext(c: Context, i: number): boolean {
  for (let k = i - 1; k >= 0 && k > i - 80; k--) if (c.tokens[k]!.lower === 'quarter') return true;
  return false;
}

/** Words of a questioner's name between a numbered question label and its colon ("Q2 Ana Roe:"). */
const MAX_ASKER_WORDS = 4;

/**
 * "Q1: …", "Q2 Ana Roe: …": a transcript's numbered question label opening its line, the number
 * followed by a colon or by a capitalised name and a colon. "Q1 2024:" names a quarter.
 */
function questionLabel(c: Context, j: number): boolean {
  if (!c.opensLine(j)) return false;
  let k = j + 2;
  while (k < j + 2 + MAX_ASKER_WORDS && word(c, k) && isCapitalized(c, k)) k++;
  return isPunct(c, k, ':');
}

/**
 * "the fourth quarter", "this year's third quarter", "the first half of 2021", "Q4 2020",
 * "fourth-quarter", "the 20th century", and a results report's "the quarter", "the latest quarter",
 * "the year-earlier quarter", "the 1988 period".
 */
export const partOfYear: Parser = (c, i) => {
  const first = c.tokens[i];
  if (!first || (first.kind !== 'word' && first.kind !== 'number')) return null;
  let j = i;
  // The year the text names, else (undefined until a match needs it) the reference date's: read
  // only then, so that a miss stays free of the reference date and the resolved scan reuses it.
  let year: number | null | undefined;
  const referenceYear = (): number | null => (c.ref === null ? null : fromDay(c.ref).y);
  let explicit = false;
  const yearShift = RELATIVE_OFFSETS.get(word(c, j));
  if (yearShift !== undefined && word(c, j + 1) === 'year' && isPunct(c, j + 2, "'’") && word(c, j + 3) === 's') {
    year = referenceYear();
    if (year !== null) year += yearShift;
    explicit = true;
    j += 4;
  } else if (word(c, j) === 'the') {
    j++;
    const reported = reportedQuarterAt(c, i, j);
    if (reported) return reported;
    const y = yearNumber(c, j);
    if (y !== null) {
      year = y;
      explicit = true;
      j++;
    }
  }
  if (word(c, j) === 'q' && isCapitalized(c, j) && glued(c, j + 1)) {
    const q = integer(c, j + 1);
    if (q === null || q < 1 || q > 4 || questionLabel(c, j)) return null;
    let end = j + 2;
    const y = labelYear(c, end);
    if (y !== null) {
      year = y.year;
      end = y.end;
    }
    year ??= referenceYear();
    return periodHit(year === null ? null : { unit: 'quarter', y: year, q }, end);
  }
  // "H1 2025", "H2 FY2025": a half-year label, only with its year ("H1N1" is none).
  if (word(c, j) === 'h' && isCapitalized(c, j) && glued(c, j + 1)) {
    const h = integer(c, j + 1);
    const y = labelYear(c, j + 2);
    if (h === null || h < 1 || h > 2 || y === null) return null;
    return periodHit({ unit: 'half', y: y.year, h }, y.end);
  }
  // "the fiscal first quarter", "fiscal second-quarter", "the fiscal-first quarter": the quarter of
  // the fiscal year, its words in the span.
  if (word(c, j) === 'fiscal') {
    const hyphen = isPunct(c, j + 1, '-') && glued(c, j + 1) && glued(c, j + 2);
    if (ORDINALS.has(word(c, hyphen ? j + 2 : j + 1))) j += hyphen ? 2 : 1;
  }
  let n = ORDINALS.get(word(c, j));
  if (n === undefined) {
    const digits = integer(c, j);
    if (digits !== null && ['st', 'nd', 'rd', 'th'].includes(word(c, j + 1)) && glued(c, j + 1)) {
      n = digits;
      j++;
    }
  }
  if (n === undefined) {
    // "the 1988 quarter" in a results report
    if (explicit && year != null && QUARTER_WORDS.has(word(c, j)) && c.ref !== null && inQuarterContext(c, i + 1)) {
      const q = reportedQuarter(c.ref);
      return periodHit(q.unit === 'quarter' ? { unit: 'quarter', y: year, q: q.q } : null, j + 1);
    }
    return null;
  }
  let k = j + 1;
  const hyphenated = isPunct(c, k, '-') && glued(c, k);
  if (hyphenated) k++;
  const unit = word(c, k);
  if (unit === 'century' && n > 0 && c.tokens[i]!.lower === 'the')
    return periodHit({ unit: 'century', y: (n - 1) * 100 }, k + 1);
  if (unit !== 'quarter' && unit !== 'half') return null;
  if (n === -1) n = unit === 'quarter' ? 4 : 2;
  if ((unit === 'quarter' && n > 4) || (unit === 'half' && n > 2)) return null;
  year ??= referenceYear();
  let end = k + 1;
  let prior = false;
  if (word(c, end) === 'of' || (isPunct(c, end, ',') && yearNumber(c, end + 1) !== null)) {
    const y = labelYear(c, end + 1);
    const rel = RELATIVE_OFFSETS.get(word(c, end + 1));
    if (y !== null) {
      year = y.year;
      explicit = true;
      end = y.end;
    } else if (rel !== undefined && word(c, end + 2) === 'year') {
      if (year !== null) year += rel;
      explicit = true;
      end += 3;
    } else if (word(c, end + 1) === 'the' && word(c, end + 2) === 'year') {
      explicit = true;
      end += 3;
    } else if (word(c, end + 1) === 'the' && PRIOR.has(word(c, end + 2)) && word(c, end + 3) === 'year') {
      prior = true;
      end += 4;
    }
  } else if (yearNumber(c, end) !== null) {
    // "the fourth quarter 2020"
    year = yearNumber(c, end);
    explicit = true;
    end += 1;
  }
  // "the fourth quarter and full year 2020": the year is both's.
  const shared = !explicit && word(c, end) === 'and' ? fullYearAt(c, end + 1) : null;
  if (shared?.year != null) {
    year = shared.year;
    explicit = true;
  }
  if (!explicit && year !== null && c.ref !== null) {
    // "the fourth quarter" said in the first weeks of a year, in the past tense, is last year's.
    const start = unit === 'quarter' ? toDay(year, n * 3 - 2, 1) : toDay(year, n * 6 - 5, 1);
    // Likewise a quarter not yet begun, unless the verb looks ahead ("Fourth Quarter Results" in February).
    if (start > c.ref && c.tenseAt(i) !== 'future') year -= 1;
  }
  // "the fourth quarter of the prior year": the year before the one the quarter alone would be.
  if (prior && year !== null) year -= 1;
  const period: Period | null =
    year === null ? null : unit === 'quarter' ? { unit: 'quarter', y: year, q: n } : { unit: 'half', y: year, h: n };
  // "the third-quarter results": the adjective alone is the expression.
  const start = hyphenated && word(c, i) === 'the' && !explicit ? i + 1 : i;
  return { ...periodHit(period, end), start };
};

/** The year after a quarter or a half: "2025", "FY2025", "FY 2025", "fiscal 2025", "fiscal year
 *  2025" (a fiscal year keeps its number, as "fiscal 2025" alone does). */
function labelYear(c: Context, k: number): { year: number; end: number } | null {
  let j = k;
  if (word(c, j) === 'fy') j++;
  else if (word(c, j) === 'fiscal') j += word(c, j + 1) === 'year' ? 2 : 1;
  const year = yearNumber(c, j);
  return year === null ? null : { year, end: j + 1 };
}

/**
 * The year a results report's "full year" names: the year of the quarter reported ("full-year
 * revenue rose 4%", said in February), or, when the verb looks ahead ("for the full year, we
 * expect ..."), the year the report is given in.
 */
function reportedYear(c: Context, i: number): number {
  const q = reportedQuarter(c.ref!);
  const reported = q.unit === 'quarter' ? q.y : fromDay(c.ref!).y;
  return c.tenseAt(i) === 'future' ? fromDay(c.ref!).y : reported;
}

/** "full year", "the full-year 2020", "fiscal year 2020" after "and": the words, and the year they name. */
function fullYearAt(c: Context, i: number): { end: number; year: number | null } | null {
  let k = word(c, i) === 'the' ? i + 1 : i;
  if (!['full', 'fiscal'].includes(word(c, k))) return null;
  k += isPunct(c, k + 1, '-') && glued(c, k + 1) ? 2 : 1;
  if (word(c, k) !== 'year') return null;
  const year = yearNumber(c, k + 1);
  return year === null ? { end: k + 1, year: null } : { end: k + 2, year };
}

/** The last year number written earlier in the sentence of token `i`, if any. */
function sentenceYear(c: Context, i: number): number | null {
  for (let k = i - 1; k >= 0 && !isPunct(c, k, '.!?'); k--) {
    const y = yearNumber(c, k);
    if (y !== null) return y;
  }
  return null;
}

/**
 * "the full year 2020", "Full Year", "the full-year": a results report's year. Without its own
 * year it is the year of the last quarter completed before the reference day.
 */
export const fullYear: Parser = (c, i) => {
  if (word(c, i) === 'fiscal' || (word(c, i) === 'the' && word(c, i + 1) === 'fiscal')) return null;
  const found = fullYearAt(c, i);
  if (!found) return null;
  if (found.year !== null) return periodHit({ unit: 'year', y: found.year }, found.end);
  // "full-year results" without a year: only where quarters are being reported; "for the full
  // year" is the year the text is in, as "for the year" is (theYear).
  if (!inQuarterContext(c, i)) {
    if (word(c, i) !== 'the' || !BEFORE_THE_YEAR.has(word(c, i - 1))) return null;
    // "in force for the full year after the ruling": a stretch of a year, no calendar year
    if (['after', 'before', 'since', 'following'].includes(word(c, found.end)))
      return { end: found.end, timex: { type: 'duration', value: 'P1Y', mod: null, interval: null } };
    // "In 2016 the mill ran for the full year": the year the sentence gave
    const y = sentenceYear(c, i) ?? (c.ref === null ? null : fromDay(c.ref).y);
    return periodHit(y === null ? null : { unit: 'year', y }, found.end);
  }
  if (c.ref === null) return periodHit(null, found.end);
  return periodHit({ unit: 'year', y: reportedYear(c, i) }, found.end);
};

/** Prepositions before "the year" that make it the year the text is in ("a high for the year"). */
const BEFORE_THE_YEAR = new Set(['for', 'of', 'in', 'during', 'throughout', 'through']);
/** Nouns for a stretch of the year before "of the year". */
const PARTS_OF_A_YEAR = new Set(
  'months weeks quarters half rest remainder balance part course start beginning middle end close'.split(' '),
);
/** Words after "the year" that make it another year or a clause's year ("the year before", "the year
 *  in which", "the year 2000"). */
const NOT_THIS_YEAR = new Set([
  'before',
  'after',
  'ahead',
  'ago',
  'earlier',
  'later',
  'when',
  'that',
  'in',
  'of',
  'to',
  'since',
]);

/**
 * "for the year", "throughout the fiscal year": the year the report is in (in a results report,
 * the year of the quarter reported). "the year ended March 31" is a stretch of one year.
 */
export const theYear: Parser = (c, i) => {
  if (word(c, i) !== 'the' || !BEFORE_THE_YEAR.has(word(c, i - 1))) return null;
  // "the rest of the year", "nine months of the year"; not "every day of the year".
  if (word(c, i - 1) === 'of' && !PARTS_OF_A_YEAR.has(word(c, i - 2))) return null;
  const k = word(c, i + 1) === 'fiscal' ? i + 2 : i + 1;
  if (word(c, k) !== 'year' || isCapitalized(c, k)) return null;
  if (isPunct(c, k + 1, "-'’") || NOT_THIS_YEAR.has(word(c, k + 1)) || c.tokens[k + 1]?.kind === 'number') return null;
  if (['ended', 'ending'].includes(word(c, k + 1)))
    return { end: k + 1, timex: { type: 'duration', value: 'P1Y', mod: null, interval: null } };
  if (c.ref === null) return periodHit(null, k + 1);
  const y = inQuarterContext(c, i) ? reportedYear(c, i) : fromDay(c.ref).y;
  return periodHit({ unit: 'year', y }, k + 1);
};

/**
 * "prior year", "the prior year": in a results report the year before the one reported ("in line
 * with prior year", said in February 2021, is 2019); elsewhere the year before the reference.
 */
export const priorYear: Parser = (c, i) => {
  const j = word(c, i) === 'the' ? i + 1 : i;
  if (word(c, j) !== 'prior' || word(c, j + 1) !== 'year' || isPunct(c, j + 2, "'’-")) return null;
  if (c.ref === null) return periodHit(null, j + 2);
  const q = reportedQuarter(c.ref);
  const reported = inQuarterContext(c, i) && q.unit === 'quarter' ? q.y : fromDay(c.ref).y;
  return periodHit({ unit: 'year', y: reported - 1 }, j + 2);
};

/** "the quarter", "the latest quarter", "the year-earlier quarter", "the year-ago period" (after "the"). */
function reportedQuarterAt(c: Context, i: number, j: number): Hit | null {
  let k = j;
  let back = 0;
  if (word(c, k) === 'comparable' || word(c, k) === 'corresponding') k++;
  if (word(c, k) === 'year' && isPunct(c, k + 1, '-') && YEAR_BACK.has(word(c, k + 2))) {
    back = 1;
    k += 3;
  } else if (['latest', 'recent', 'just'].includes(word(c, k)))
    k += word(c, k) === 'just' && word(c, k + 2) === 'ended' ? 3 : 1;
  const noun = word(c, k);
  if (noun !== 'quarter' && !(noun === 'period' && k > j && inQuarterContext(c, i))) {
    // "the year-earlier third quarter": an ordinal quarter of the year before
    const n = ORDINALS.get(noun);
    if (back === 0 || n === undefined || n < 1 || n > 4 || word(c, k + 1) !== 'quarter' || c.ref === null) return null;
    return periodHit({ unit: 'quarter', y: fromDay(c.ref).y - 1, q: n }, k + 2);
  }
  if (noun === 'quarter' && ['of', 'century'].includes(word(c, k + 1))) return null;
  if (c.ref === null) return periodHit(null, k + 1);
  const q = reportedQuarter(c.ref);
  return periodHit(q.unit === 'quarter' ? { unit: 'quarter', y: q.y - back, q: q.q } : null, k + 1);
}

/** "a year ago", "two decades ago", "six weeks ago": the period so far back from the reference. */
export const ago = (c: Context, quantity: number | null, unit: PeriodUnit, end: number, start = end): Hit => {
  if (c.ref === null || quantity === null) return { end, timex: refTimex('PAST_REF') };
  // "a year ago" in a results report is the same quarter of the year before.
  if (unit === 'year' && quantity === 1 && inQuarterContext(c, start)) {
    const q = reportedQuarter(c.ref);
    if (q.unit === 'quarter') return periodHit({ ...q, y: q.y - 1 }, end);
  }
  const { y } = fromDay(c.ref);
  if (unit === 'decade' || unit === 'century') {
    const p: Period = { unit: 'year', y: y - quantity * (unit === 'decade' ? 10 : 100) };
    return periodHit(p, end);
  }
  return periodHit(shiftPeriod(unit, c.ref, -quantity), end);
};

/**
 * "year-earlier results", "a year-ago loss": an adjective for the year before (in a results
 * report, the quarter a year before). TimeML tags the adjective alone; "the year-earlier quarter"
 * is read whole by partOfYear, and "the year-earlier $4.5 million" is an amount.
 */
export const yearBack: Parser = (c, i) => {
  if (word(c, i) !== 'year' || !isPunct(c, i + 1, '-') || !glued(c, i + 1) || !glued(c, i + 2)) return null;
  if (!YEAR_BACK.has(word(c, i + 2)) || c.tokens[i + 3]?.kind !== 'word') return null;
  return ago(c, 1, 'year', i + 3, i);
};

const ANAPHORIC_UNITS = new Map<string, PeriodUnit>([
  ['year', 'year'],
  ['quarter', 'quarter'],
  ['month', 'month'],
  ['week', 'week'],
  ['day', 'day'],
]);

/** Verbs of saying and thinking: "that" after them opens a clause ("said that year-end sales..."). */
const CLAUSE_TAKING_VERBS = new Set(
  `say says said saying tell tells told state states stated note notes noted add adds added
  believe believes believed think thinks thought feel feels felt know knows knew expect expects expected
  hope hopes hoped argue argues argued claim claims claimed warn warns warned insist insists insisted
  announce announces announced report reports reported confirm confirms confirmed suggest suggests suggested
  agree agrees agreed predict predicts predicted estimate estimates estimated`.split(/\s+/),
);

/** Words joining a unit to itself: "year after year", "month on month", "day by day". */
const UNIT_JOINERS = new Set(['after', 'on', 'by', 'over', 'to']);

/**
 * "that year", "later that year", "earlier that day", "that same day": the period of a date the
 * text gave before; the refiner anchoredOnEarlierDate finds it. A bare "that day" is too often no
 * particular day ("trades made that day"), so a day needs "same", "earlier" or "later".
 * Not a date: a compound ("that year-on-year rise"), a repetition ("that year after year"), or a
 * bare "that" after a verb of saying, which is the clause's "that", not the determiner.
 */
export const thatPeriod: Parser = (c, i) => {
  let j = i;
  const side = word(c, j) === 'earlier' || word(c, j) === 'later';
  if (side) j++;
  if (word(c, j) !== 'that') return null;
  const same = word(c, j + 1) === 'same';
  const at = same ? j + 2 : j + 1;
  const unit = ANAPHORIC_UNITS.get(word(c, at));
  if (!unit || (unit === 'day' && !side && !same)) return null;
  if (isPunct(c, at + 1, '-') && glued(c, at + 1)) return null;
  if (UNIT_JOINERS.has(word(c, at + 1)) && ANAPHORIC_UNITS.get(word(c, at + 2)) === unit) return null;
  if (!side && !same && CLAUSE_TAKING_VERBS.has(word(c, j - 1))) return null;
  return { end: at + 1, timex: { type: 'date', value: null, mod: null, interval: null }, anaphor: unit };
};
