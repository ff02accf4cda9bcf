// Clock times: "10:35 a.m.", "10 p.m. EST", "noon", "midnight". The day is the reference day
// unless a date next to it says otherwise (the merge refiner joins "10 p.m. Wednesday").
import { formatDay, pad } from './calendar.js';
import { glued, integer, isCapitalized, isPunct, word, type Context, type Hit, type Parser } from './context.js';

const ZONES = new Set([
  'est',
  'edt',
  'cst',
  'cdt',
  'mst',
  'mdt',
  'pst',
  'pdt',
  'gmt',
  'utc',
  'et',
  'pt',
  'ct',
  'bst',
  'cet',
  'cest',
  'jst',
  'ist',
  'hkt',
  'sgt',
  'aest',
  'msk',
]);
const CLOCK_PREPOSITIONS = new Set([
  'at',
  'by',
  'until',
  'till',
  'from',
  'around',
  'about',
  'before',
  'after',
  'since',
  'to',
]);

/** "a.m.", "p.m", "am", "PM": the meridiem and where it ends (a final period only inside a sentence). */
function meridiem(c: Context, i: number): { pm: boolean; end: number } | null {
  const w = word(c, i);
  if (w === 'am' || w === 'pm') return { pm: w === 'pm', end: i + 1 };
  if (
    (w === 'a' || w === 'p') &&
    isPunct(c, i + 1, '.') &&
    glued(c, i + 1) &&
    word(c, i + 2) === 'm' &&
    glued(c, i + 2)
  ) {
    let end = i + 3;
    const next = c.tokens[end + 1];
    if (
      isPunct(c, end, '.') &&
      glued(c, end) &&
      next &&
      (!isCapitalized(c, end + 1) || ZONES.has(next.lower)) &&
      next.start - c.tokens[end]!.end < 2
    )
      end++;
    return { pm: w === 'p', end };
  }
  return null;
}

function zoneEnd(c: Context, i: number): number {
  if (ZONES.has(word(c, i)) && c.tokens[i]!.text === c.tokens[i]!.text.toUpperCase()) return i + 1;
  if (word(c, i) === 'local' && word(c, i + 1) === 'time') return i + 2;
  return i;
}

/** "11.00", "5.30": hours and minutes the tokens keep as one number. */
const DOTTED_CLOCK = /^(\d{1,2})\.(\d{2})$/;

/** "at 11.00 am", "by 5.30 p.m.": a clock time only with its meridiem; alone it may be a price
 *  or a figure ("shares closed at 11.50"). */
function dottedClock(c: Context, i: number, hour: number, minute: number): Hit | null {
  const mer = meridiem(c, i + 1);
  return mer && minute <= 59 ? meridiemTime(c, mer, hour, minute) : null;
}

/** A twelve-hour time and its meridiem. */
function meridiemTime(c: Context, mer: { pm: boolean; end: number }, hour: number, minute: number): Hit | null {
  if (hour < 1 || hour > 12) return null;
  return timeHit(c, (hour % 12) + (mer.pm ? 12 : 0), minute, zoneEnd(c, mer.end));
}

export const clockTime: Parser = (c, i) => {
  const w = word(c, i);
  // "high noon" is a moment of decision, no clock time
  if (w === 'noon' && word(c, i - 1) === 'high') return null;
  if (w === 'noon' || w === 'midday' || w === 'midnight') return timeHit(c, w === 'midnight' ? 24 : 12, 0, i + 1);
  const dotted = DOTTED_CLOCK.exec(c.tokens[i]?.text ?? '');
  if (dotted) return dottedClock(c, i, Number(dotted[1]), Number(dotted[2]));
  const hour = integer(c, i);
  if (hour === null || hour > 24 || c.tokens[i]!.text.length > 2) return null;
  let minute = 0;
  let j = i + 1;
  if (isPunct(c, j, ':.') && glued(c, j) && glued(c, j + 1) && c.tokens[j + 1]?.text.length === 2) {
    const m = integer(c, j + 1);
    if (m === null || m > 59) return null;
    minute = m;
    j += 2;
  } else if (c.tokens[i]!.text.includes('.')) return null;
  const mer = meridiem(c, j);
  if (mer) return meridiemTime(c, mer, hour, minute);
  if (j === i + 1) return null;
  const zoned = zoneEnd(c, j);
  if (zoned === j && !CLOCK_PREPOSITIONS.has(word(c, i - 1))) return null;
  return timeHit(c, hour, minute, zoned);
};

/** Units after a military clock time: "1400 hours", "0630 hrs". */
const MILITARY_UNITS = new Set(['hours', 'hrs']);
/** Words before a round "1400 hours" that make it a time of day rather than 1,400 hours. */
const MILITARY_PREPOSITIONS = new Set(['at', 'by', 'until', 'from', 'before', 'after', 'since']);

/**
 * "at 1400 hours", "0630 hrs": a military clock time (T14:00). A round hour may be a count of
 * hours ("worked 1400 hours"), so it is a time only after a preposition of time; "0630 hrs" is
 * one anyway. Before "of" ("1230 hours of overtime") it is a count. Tried before the durations,
 * which read a count there.
 */
export const militaryTime: Parser = (c, i) => {
  const t = c.tokens[i];
  if (t?.kind !== 'number' || !/^\d{4}$/.test(t.text) || !MILITARY_UNITS.has(word(c, i + 1))) return null;
  const hour = Number(t.text.slice(0, 2));
  const minute = Number(t.text.slice(2));
  if (hour > 23 || minute > 59) return null;
  if (word(c, i + 2) === 'of' || (minute === 0 && !MILITARY_PREPOSITIONS.has(word(c, i - 1)))) return null;
  return timeHit(c, hour, minute, zoneEnd(c, i + 2));
};

function timeHit(c: Context, h: number, m: number, end: number): Hit {
  const day = c.ref === null ? 'XXXX-XX-XX' : formatDay(c.ref);
  return { end, timex: { type: 'time', value: `${day}T${pad(h)}:${pad(m)}`, mod: null, interval: null } };
}
